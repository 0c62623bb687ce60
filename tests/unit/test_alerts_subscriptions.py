"""examples/alerts matching: cites and saved searches; an alert when a document starts to match."""

from __future__ import annotations

from examples.alerts.subscriptions import Matches, Subscription, fold, matches
from stukken.contracts import EnrichedDocument
from tests.fixtures.index_docs import make_doc

CITES = Subscription(id="c", kind="cites", reference="kst-29383-406", webhook="http://h/")
SEARCH = Subscription(id="s", kind="search", query="Financiële stikstof", webhook="http://h/")


def doc(text: str, refs: tuple[str, ...] = ()) -> EnrichedDocument:
    return make_doc("d1", [("paragraph", text)], refs=refs)


def test_cites_and_search_match_on_the_document_itself() -> None:
    assert fold("Financiële") == "financiele"
    citing = doc("Zie de brief.", refs=("kst-29383-406",))
    assert matches(CITES, citing) and not matches(SEARCH, citing)
    about = doc("De financiele gevolgen van STIKSTOF.")
    assert matches(SEARCH, about) and not matches(CITES, about)
    typed = SEARCH.model_copy(update={"doc_type": "woo_besluit"})
    assert not matches(typed, about)


def test_an_alert_fires_once_when_a_document_starts_to_match() -> None:
    state = Matches()
    subs = [CITES, SEARCH]
    assert state.update(subs, "d1", doc("Niets.")) == []
    assert state.update(subs, "d1", doc("Zie", refs=("kst-29383-406",))) == [CITES]
    assert state.update(subs, "d1", doc("Zie ook", refs=("kst-29383-406",))) == []  # still
    assert state.update(subs, "d1", None) == []  # deleted
    assert state.update(subs, "d1", doc("Terug", refs=("kst-29383-406",))) == [CITES]
