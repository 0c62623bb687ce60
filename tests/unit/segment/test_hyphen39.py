"""hyphen39 (issue #8): a line-end hyphen, hard (the word's own) or soft (a hyphenator's cut).

pdfium reports both alike (U+FFFE after a letter, a plain '-' after a digit), so the reading
decides from the characters (`repair._keeps_hyphen`). Two new sources of evidence:

- the document's own spelling inside its lines (`repair.Spelling`, set while a document is
  segmented): 'Woo-verzoek' written inside a line and never 'Wooverzoek' keeps 'Woo-' /
  'verzoek'; 'beoordeling' and never 'be-oordeling' joins 'be-' / 'oordeling', which the vowel
  rule kept;
- a piece no hyphenator leaves before its cut (`repair._no_syllable`): one letter ('e-' /
  'mailadres', 'a-' / 'nummer'), no vowel ('pdf-', 'brp-'), a digit ('e2e-'), a capital after
  its first letter ('YouTube-'); and a linking word before the break ('huis-aan-' / 'huisbrief').

The fixtures (tests/fixtures/hyphen39, `python -m tests.fixtures.hyphen39.src.build`) print one
page of new prose with reportlab, Chromium and LibreOffice; on main 7 of their 11 readings fail
on each producer (the hard and soft ones; the controls pass).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from services.segment.layout.repair import SPELLING, Spelling, join_lines
from services.segment.layout.words import PageRuns, Run
from services.segment.segmenter import segment_pdf
from tests.fixtures.hyphen39.src.build import CONTROLS, HARD, SOFT

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "hyphen39"
PRODUCERS = ["verzoeken.pdf", "verzoeken.chromium.pdf", "verzoeken.lo.pdf"]
_BODIES: dict[str, str] = {}


def _body(name: str) -> str:
    if name not in _BODIES:
        doc = segment_pdf((HERE / name).read_bytes(), ocr=False)
        _BODIES[name] = " ".join(
            s.text for s in doc.segments if s.kind not in ("furniture", "letterhead")
        )
    return _BODIES[name]


@pytest.mark.parametrize("name", PRODUCERS)
@pytest.mark.parametrize("words", HARD)
def test_a_hard_hyphen_at_a_line_end_stays(name: str, words: str) -> None:
    assert words in _body(name)


@pytest.mark.parametrize("name", PRODUCERS)
@pytest.mark.parametrize("words", SOFT)
def test_a_hyphenators_cut_the_document_spells_whole_is_joined(name: str, words: str) -> None:
    assert words in _body(name)
    assert words.replace("beoordeling", "be-oordeling").replace("situatie", "situ-atie") not in (
        _body(name)
    )


@pytest.mark.parametrize("name", PRODUCERS)
@pytest.mark.parametrize("words", CONTROLS)
def test_controls_read_as_before(name: str, words: str) -> None:
    assert words in _body(name)


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["uw e\ufffe", "mailadres"], "uw e-mailadres"),
        (["het a-", "nummer"], "het a-nummer"),
        (["als pdf\ufffe", "bestand"], "als pdf-bestand"),
        (["(brp\ufffe", "messagebroker)"], "(brp-messagebroker)"),
        (["de e2e\ufffe", "spec"], "de e2e-spec"),
        (["een YouTube\ufffe", "video"], "een YouTube-video"),
        (["een huis-aan\ufffe", "huisbrief"], "een huis-aan-huisbrief"),
        (["stap-voor\ufffe", "stap"], "stap-voor-stap"),
        (["out-of\ufffe", "scope"], "out-of-scope"),
        # a hyphenator's cuts, joined as before
        (["de ge\ufffe", "bruikers"], "de gebruikers"),
        (["verant\ufffe", "woordelijk"], "verantwoordelijk"),
        (["niet-au\ufffe", "thentiek"], "niet-authentiek"),
        (["het Neder\ufffe", "landse"], "het Nederlandse"),
        # as before: a capital, a clash of vowels, 'niet', a hanging hyphen
        (["Noord\ufffe", "Holland"], "Noord-Holland"),
        (["politie\ufffe", "eenheden"], "politie-eenheden"),
        (["niet\ufffe", "ontvankelijk"], "niet-ontvankelijk"),
        (["milieu-", "en sociale"], "milieu- en sociale"),
    ],
)
def test_letters_no_hyphenator_leaves(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


def _page(*texts: str) -> PageRuns:
    runs = [
        Run(text, 72.0, 700.0 - 14 * k, 400.0, 710.0 - 14 * k, 10.0) for k, text in enumerate(texts)
    ]
    return PageRuns(1, 595.0, 842.0, runs)


@pytest.fixture
def spelled() -> Iterator[list[PageRuns]]:
    pages: list[PageRuns] = []
    token = SPELLING.set(Spelling(pages))
    yield pages
    SPELLING.reset(token)


def test_the_documents_hyphened_spelling_keeps_the_hyphen(spelled: list[PageRuns]) -> None:
    spelled.append(_page("Een Woo-verzoek over de stukken.", "de zorg-verzekeraar betaalt"))
    assert join_lines(["een tweede Woo\ufffe", "verzoek"]) == "een tweede Woo-verzoek"
    assert join_lines(["uw zorg\ufffe", "verzekeraar"]) == "uw zorg-verzekeraar"
    assert join_lines(["uw ziekte\ufffe", "verzekeraar"]) == "uw ziekteverzekeraar"  # not seen


def test_the_documents_joined_spelling_joins_a_vowel_clash(spelled: list[PageRuns]) -> None:
    spelled.append(_page("De beoordeling van de situatie duurt lang.", "beoordeling, situatie"))
    assert join_lines(["een tweede be\ufffe", "oordeling"]) == "een tweede beoordeling"
    assert join_lines(["een andere situ\ufffe", "atie"]) == "een andere situatie"
    assert join_lines(["de politie\ufffe", "eenheden"]) == "de politie-eenheden"  # not seen


def test_one_whole_spelling_does_not_undo_a_vowel_clash(spelled: list[PageRuns]) -> None:
    # 'communicatieuitingen' once (a slip), 'communicatie-' / 'uitingen' at a line's end
    spelled.append(_page("Alle communicatieuitingen en de zorgverzekeraar."))
    assert join_lines(["de communicatie\ufffe", "uitingen"]) == "de communicatie-uitingen"
    assert join_lines(["de zorg-", "verzekeraar"]) == "de zorgverzekeraar"  # no clash: once will do


def test_a_spelling_seen_both_ways_leaves_the_letters_to_decide(spelled: list[PageRuns]) -> None:
    spelled.append(
        _page("De zorgverzekeraar en een zorg-verzekeraar; de beoordeling, be-oordeling")
    )
    assert join_lines(["uw zorg\ufffe", "verzekeraar"]) == "uw zorgverzekeraar"
    assert join_lines(["een be\ufffe", "oordeling"]) == "een be-oordeling"


def test_the_cut_word_itself_is_no_evidence(spelled: list[PageRuns]) -> None:
    # the pages' own line-end pieces ('Woo-' ending a run) are left out of the spelling
    spelled.append(_page("een tweede Woo\ufffe", "verzoek en een derde Woo-"))
    assert Spelling(spelled).seen("Woo", "verzoek") == (0, 0)


def test_pages_read_after_the_first_ask_count(spelled: list[PageRuns]) -> None:
    spelled.append(_page("Niets over nummers."))
    assert join_lines(["het x\ufffe", "as"]) == "het x-as"  # one letter: kept anyway
    assert join_lines(["de kopie\ufffe", "persoon"]) == "de kopiepersoon"
    spelled.append(_page("Een kopie-persoon heeft geen eigen nummer."))
    assert join_lines(["de kopie\ufffe", "persoon"]) == "de kopie-persoon"


def test_no_spelling_outside_a_document() -> None:
    assert SPELLING.get() is None
    assert join_lines(["een be\ufffe", "oordeling"]) == "een be-oordeling"  # the vowel rule
