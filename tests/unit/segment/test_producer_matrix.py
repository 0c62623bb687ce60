"""Geometry, not producer: each matrix document reads the same whoever typeset it (issue #8).

Thirteen source documents (tests/fixtures/producers/src) typeset by seven producers
(tests/fixtures/producers/pdf) must give body token precision and recall >= 0.98 against the gold,
the gold's question, answer and footnote numbers (footnote texts and citations too), and no
furniture in body segments. Headings and the metadata (doc_type, title, date; issue #10) are
asserted in tests of their own.

Cells that fail on the current code are listed in KNOWN_GAPS / HEADING_GAPS and run as strict
xfails: a fixed cell turns the suite red until its entry is removed. The whole matrix with numbers
is in bench/producers/report.md (`python -m bench.producers.run`).
"""

from __future__ import annotations

from functools import cache

import pytest

from services.segment.segmenter import segment_pdf
from tests.fixtures.producers.cells import assert_headings, assert_read_as_written, cells
from tests.fixtures.producers.score import (
    DOCS,
    PRODUCERS,
    Score,
    pdf_path,
    score,
    text_layer_check,
)

# (doc, producer) -> what fails today on body, questions, answers, footnotes or furniture.
KNOWN_GAPS: dict[tuple[str, str], str] = {}

# (doc, producer) -> what fails today on headings (issue #10).
HEADING_GAPS: dict[tuple[str, str], str] = {}


@cache
def _score(doc: str, producer: str) -> Score:
    return score(doc, producer)


@pytest.mark.parametrize(("doc", "producer"), cells(DOCS, KNOWN_GAPS))
def test_body_questions_and_footnotes_read_as_written(doc: str, producer: str) -> None:
    assert_read_as_written(_score(doc, producer))


@pytest.mark.parametrize(("doc", "producer"), cells(DOCS, HEADING_GAPS))
def test_headings_read_as_written(doc: str, producer: str) -> None:
    assert_headings(_score(doc, producer))


# doc -> (doc_type, title, date) as printed, whoever typeset it (issue #10).
METADATA: dict[str, tuple[str, str, str | None]] = {
    "besluitenlijst": (
        "besluitenlijst",
        "Besluitenlijst procedurevergadering vaste commissie voor Volksgezondheid, Welzijn en "
        "Sport",
        "2026-02-11",
    ),
    "kamerbrief": (
        "kamerbrief",
        "Voortgang digitale toegankelijkheid van overheidswebsites",
        "2026-03-12",
    ),
    "rapport": ("rapport", "Evaluatie van de Regeling stimulering lokale energieprojecten", None),
    # the taxonomy has no type of their own for a plenary record, a ruling or a raadsvoorstel:
    # a titled piece with sections is a nota, the record (no sections) other
    "handelingen": (
        "other",
        "Wijziging van de Wet op het woningwaarderingsstelsel in verband met het reguleren van de "
        "middenhuur",
        "2026-02-12",
    ),
    "uitspraak": ("nota", "ECLI:NL:RBAMS:2026:1187", "2026-02-12"),
    "raadsvoorstel": ("nota", "Vaststellen Verordening Duurzaamheidslening 2026", "2026-03-19"),
    "vragen": (
        "kamervragen",
        "Vragen van het lid Van Kent (SP) aan de minister van Sociale Zaken en Werkgelegenheid "
        "over de oplopende wachttijden voor een WIA-keuring bij het UWV "
        "(ingezonden 14 januari 2026).",
        "2026-02-09",
    ),
    "woobesluit": ("woo_besluit", "Besluit op uw Woo-verzoek", "2025-06-18"),
    # a thread is titled by its newest message's subject and dated by its sending
    "email": ("email", "RE: evaluatie pilot camera's stations", "2025-03-19"),
    # families44: no type of their own for an advice or a statenvoorstel either; the advice is
    # dated by its "'s-Gravenhage, ..." line, the voorstel by Gedeputeerde Staten's date
    "advies": ("nota", "Advies Raad van State", "2025-04-09"),
    "statenvoorstel": (
        "nota",
        "Vaststellen Regionaal Mobiliteitsprogramma 2026-2028",
        "2026-02-03",
    ),
    "rekenkamer": ("rapport", "Zicht op de Regeling specifieke uitkering sport", None),
    "ombudsman": ("rapport", "Wachten op een antwoord", "2026-02-24"),
}


# (doc, producer) -> what fails today on the metadata.
# (tables36 read 'Datum uitspraak 12-02-2026', the label filling its column, as a row: the
# chromium and weasyprint rulings' date, listed here until then, is read.)
METADATA_GAPS: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("doc", "producer"), cells(DOCS, METADATA_GAPS))
def test_metadata_read_as_printed(doc: str, producer: str) -> None:
    meta = segment_pdf(pdf_path(doc, producer).read_bytes()).metadata
    assert (meta.doc_type, meta.title, meta.date) == METADATA[doc]


@pytest.mark.parametrize("producer", PRODUCERS)
@pytest.mark.parametrize("doc", DOCS)
def test_gold_matches_the_text_layer(doc: str, producer: str) -> None:
    """The fixture itself: every gold word is in the PDF's text and every word there is named."""
    absent, unnamed = text_layer_check(doc, producer)
    assert not absent, absent
    assert not unnamed, unnamed


def _quotes(doc: str) -> list[str]:
    """The document's pull-quotes (`Block("quote", ...)` in its source)."""
    from importlib import import_module

    source = import_module(f"tests.fixtures.producers.src.{doc}").DOC
    return [b.text for b in source.blocks if b.kind == "quote"]


QUOTED = [doc for doc in DOCS if _quotes(doc)]


@pytest.mark.parametrize("producer", PRODUCERS)
@pytest.mark.parametrize("doc", QUOTED)
def test_pull_quotes_read_beside_their_paragraphs_never_letterhead(doc: str, producer: str) -> None:
    """quotes45 (issue #8): a pull-quote is body of role pull_quote, right after the paragraph
    it stands beside; page 1's first is no letterhead (tests/unit/segment/test_quotes45.py)."""
    from tests.unit.segment.test_quotes45 import assert_quotes_beside_their_paragraphs

    segments = segment_pdf(pdf_path(doc, producer).read_bytes()).segments
    assert_quotes_beside_their_paragraphs(segments, _quotes(doc))


# The printed thread's three headers, newest first: (sent, subject), whoever typeset it. The
# subject ends at the header's last value; the salutation under it starts the message.
EMAIL_HEADERS = [
    ("woensdag 19 maart 2025 16:42", "RE: evaluatie pilot camera's stations"),
    ("woensdag 19 maart 2025 11:15", "RE: evaluatie pilot camera's stations"),
    ("dinsdag 18 maart 2025 09:03", "evaluatie pilot camera's stations"),
]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_email_headers_read_alike(producer: str) -> None:
    segments = segment_pdf(pdf_path("email", producer).read_bytes()).segments
    headers = [s.fields or {} for s in segments if s.kind == "email_header"]
    assert [(h.get("sent"), h.get("subject")) for h in headers] == EMAIL_HEADERS
    assert all(h.get("from") == "[redacted] (5.1.2e)" for h in headers)
