"""read27 (issue #8: every family read as a person reads it; no invented structure).

Notes need evidence: small numbered lines at a page's foot are footnotes only when their numbers
are marked in the text (a raised marker, or one glued after its word) on that page or the page
before, when their own labels are raised, or when one lone note carries the document's
numbering on. A law's lids quoted in 9 pt in a Wob decision's annex are the law's list, not notes.
Fixtures: tests/fixtures/read27 (reportlab and WeasyPrint; `src/build.py`).

And three classes the structure audit counted (bench/breadth/report-read27.md): a word broken on a
hyphen that Word sets apart in 0.5 pt splits no paragraph, and a result line repeated under
every criterion of an audit ('Resultaat: geen fout gevonden') is text, not a head, and a signer's
name under a sign-off signs.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from services.segment.layout.footnotes import split_footnotes
from services.segment.layout.lines import Line
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "read27"
PRODUCERS = ["reportlab", "weasyprint"]


@cache
def _doc(name: str) -> SegmentedDocument:
    return segment_pdf((FIXTURES / f"{name}.pdf").read_bytes(), ocr=False)


def _notes(doc: SegmentedDocument) -> list[tuple[int, str | None, str]]:
    return [(s.page, s.number, s.text) for s in doc.segments if s.kind == "footnote"]


def _body(doc: SegmentedDocument) -> str:
    return " ".join(s.text for s in doc.segments if s.kind not in ("furniture", "footnote"))


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_quoted_law_at_the_page_foot_is_no_footnote(producer: str) -> None:
    doc = _doc(f"law-quote.{producer}")
    notes = _notes(doc)
    assert [(p, n) for p, n, _ in notes] == [(1, "1")]  # the letter's own note, marked
    assert notes[0][2].startswith("https://www.rijksoverheid.nl/documenten/kamerstukken/")
    body = _body(doc)
    for lid in ("1. Het verstrekken van informatie", "2. Het verstrekken", "3. Het tweede lid"):
        assert lid in body  # the lids keep their numbers, in the body
    items = [s.text for s in doc.segments if s.page == 2 and s.kind == "list_item"]
    assert items[0].startswith("1. Het verstrekken van informatie ingevolge deze wet")


@pytest.mark.parametrize("producer", PRODUCERS)
def test_marked_notes_stay_notes(producer: str) -> None:
    notes = _notes(_doc(f"notes.{producer}"))
    assert [(p, n) for p, n, _ in notes] == [(1, "1"), (1, "2"), (1, "3")]
    assert (
        notes[0][2]
        == "Motie 2024-17 van de leden De Vries en Bakker over parkeren in de binnenstad."
    )
    assert notes[2][2].startswith("Op 12 en 19 september 2024")


def _line(y: float, text: str, size: float, refs: list[str] | None = None) -> Line:
    return Line(1, 72, y, 72 + 5 * len(text), y + size, y, size, False, text, refs=refs)


def _page(refs: list[str]) -> list[Line]:
    body = [_line(700 - 14 * k, f"Een regel tekst van de brief, nummer {k}.", 10) for k in range(6)]
    body[2].refs = refs
    notes = [
        _line(90 - 10 * k, f"{k + 1} Zie de toelichting bij punt {k + 1}.", 8) for k in range(3)
    ]
    return body + notes


def test_evidence_by_marker_on_the_page_or_the_page_before() -> None:
    _, notes = split_footnotes(_page(["1", "2", "3"]), 10, 0, marks={"1", "2", "3"})
    assert [n.number for n in notes] == ["1", "2", "3"]
    lines = _page([])
    body, notes = split_footnotes(lines, 10, 0, marks=set())
    assert notes == [] and body == lines
    assert lines[-1].text == "3 Zie de toelichting bij punt 3."  # untouched: read as body
    # two of three marked (a marker the line builder missed): the block is notes
    _, notes = split_footnotes(_page(["1", "3"]), 10, 0, marks={"1", "3"})
    assert [n.number for n in notes] == ["1", "2", "3"]
    # without `marks` (no evidence asked), as before
    _, notes = split_footnotes(_page([]), 10, 0)
    assert [n.number for n in notes] == ["1", "2", "3"]


def test_a_lone_note_numbered_on_needs_no_marker() -> None:
    """A scan's text layer may lose the raised '1' (a Wob decision's page 8): one note, the next
    of the document's, is a note; a lone number out of turn is not."""
    lines = _page([])[:7]
    _, notes = split_footnotes(lines, 10, 0, marks=set())
    assert [n.number for n in notes] == ["1"]
    lines = [*_page([])[:6], _line(90, "3 opgenomen dat in de kadernota ruimte is.", 8)]
    _, notes = split_footnotes(lines, 10, 0, marks=set())
    assert notes == []


def test_a_word_broken_on_a_hyphen_set_apart_splits_no_paragraph() -> None:
    doc = _doc("hyphen-mark.reportlab")
    texts = [s.text for s in doc.segments if s.kind == "paragraph"]
    assert len(texts) == 2
    assert "welke persoonsgegevens daarbij horen" in texts[0]
    assert "gegevensbeschermingseffectbeoordeling uit" in texts[1]


def test_a_result_line_under_every_criterion_is_no_heading() -> None:
    doc = _doc("audit-results.reportlab")
    heads = [s.text for s in doc.segments if s.kind == "heading"]
    assert heads == [
        "Succescriterium 1.1.1: Niet-tekstuele content",
        "Succescriterium 1.2.1: Louter-geluid en louter-videobeeld",
        "Succescriterium 1.2.2: Ondertitels (vooraf opgenomen)",
        "Succescriterium 1.3.1: Info en relaties",
    ]
    results = [s.text for s in doc.segments if s.text.startswith("Resultaat:")]
    assert results[0] == "Resultaat: geen fout gevonden" and len(results) == 4


def test_a_signers_name_and_function_sign_and_head_nothing() -> None:
    doc = _doc("signer.reportlab")
    kinds = [(s.kind, s.text) for s in doc.segments]
    assert ("signature", "A.M.A. Driessen") in kinds
    assert ("signature", "Directeur Internationale Marktordening en Handelspolitiek") in kinds
    assert [t for k, t in kinds if k == "heading"] == ["Bezwaar"]
