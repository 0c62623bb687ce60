"""Names that look like organisations but are not mentions: a counted series, a running line."""

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _orgs(doc: SegmentedDocument) -> list[str]:
    return [e.canonical for e in enrich(doc)[1] if e.type == "organization"]


def _one(text: str) -> SegmentedDocument:
    return SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])


def test_an_abbreviation_after_an_ordinal_counts_a_series() -> None:
    assert _orgs(_one("In het 7e AP van de Unie staat")) == []
    assert _orgs(_one("het zevende AP en de AP zelf")) == ["Autoriteit Persoonsgegevens"]


def test_the_organisation_itself_is_still_found() -> None:
    assert _orgs(_one("De AP houdt toezicht.")) == ["Autoriteit Persoonsgegevens"]


def test_a_running_line_is_not_a_mention() -> None:
    footer = "Autoriteit Financiële Markten | Jaarverslag 2023"
    segments = [
        Segment(id=f"s{p}", kind="paragraph", page=p, text=f"Tekst van pagina {p}.\n{footer}")
        for p in range(1, 5)
    ]
    segments.append(Segment(id="s9", kind="paragraph", page=4, text="De AFM meldt het."))
    assert _orgs(SegmentedDocument(segments=segments)) == ["Autoriteit Financiële Markten"]


def test_a_footer_that_numbers_its_page_is_running() -> None:
    segments = [
        Segment(
            id=f"s{p}",
            kind="paragraph",
            page=p,
            text=f"Tekst.\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel {p}",
        )
        for p in range(1, 5)
    ]
    segments.append(Segment(id="s9", kind="paragraph", page=4, text="Zo meldt de Kiesraad."))
    assert _orgs(SegmentedDocument(segments=segments)) == ["Kiesraad"]


def test_a_line_on_two_pages_is_not_yet_running() -> None:
    segments = [
        Segment(id=f"s{p}", kind="paragraph", page=p, text="De AFM meldt het vandaag.")
        for p in (1, 2)
    ]
    assert len(_orgs(SegmentedDocument(segments=segments))) == 2


def test_an_abbreviation_defined_as_something_else() -> None:
    text = "via een initial public offering (IPO) plaats; het IPO overlegt."
    assert _orgs(_one(text)) == ["Interprovinciaal Overleg"]


def test_labels_and_two_bodies_are_no_names() -> None:
    assert _orgs(_one("f) Behandelingstraject Raad\ni) Besluitvormingsprocedure Raad")) == []
    assert _orgs(_one("In 2020 heeft de Raad de Commissie aangemoedigd")) == []
