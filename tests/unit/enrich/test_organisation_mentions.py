"""Which organisation names are mentions: not the letterhead, not inside a citation, not a
minister's office or portfolio; companies, media and NGOs from the curated list."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _orgs(*segments: tuple[str, str]) -> list[tuple[str, str]]:
    doc = SegmentedDocument(
        segments=[
            Segment(id=f"s{i}", kind=kind, page=1, text=text)
            for i, (kind, text) in enumerate(segments)
        ]
    )
    _, ents = enrich(doc)
    return [(e.text, e.canonical) for e in ents if e.type == "organization"]


@pytest.mark.parametrize(
    "text",
    [
        "Vragen van het lid Keijzer (BBB) aan de Minister van Binnenlandse Zaken en "
        "Koninkrijksrelaties over de publicatie",
        "aan de Ministers van Buitenlandse Zaken en van Justitie en \nVeiligheid over het",
        "De Staatssecretaris van Financiën heeft",
        "Antwoord van Minister Bruins Slot (BZ) van Minister Schreinemacher",
        "Antwoord van Staatssecretaris Van Rij (Financiën – Fiscaliteit en Belastingdienst)",
        "Zie Tweede Kamer, vergaderjaar 2022–2023, 26 485, nr. 424.",
    ],
)
def test_offices_portfolios_and_citations_are_not_mentions(text: str) -> None:
    assert _orgs(("paragraph", text)) == []


def test_the_ministry_itself_is_a_mention() -> None:
    found = _orgs(("answer", "Uit het overzicht van het Ministerie van Financiën blijkt"))
    assert found == [("Ministerie van Financiën", "Ministerie van Financiën")]


def test_letterhead_and_furniture_are_not_mentions() -> None:
    found = _orgs(
        ("letterhead", "Tweede Kamer der Staten-Generaal"),
        ("furniture", "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel"),
        ("answer", "De Tweede Kamer is geïnformeerd."),
    )
    assert found == [("Tweede Kamer", "Tweede Kamer der Staten-Generaal")]


def test_companies_media_and_ngos() -> None:
    text = (
        "baggerprojecten van Boskalis en Van Oord; volgens de NOS en Reuters; "
        "Greenpeace en KOZP demonstreerden; ING en ABN AMRO"
    )
    assert [c for _, c in _orgs(("answer", text))] == [
        "Boskalis", "Van Oord", "Nederlandse Omroep Stichting", "Reuters", "Greenpeace",
        "Kick Out Zwarte Piet", "ING Groep", "ABN AMRO",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text", ["trouw aan de afspraken", "het ns-station", "bam!", "shell-achtig"]
)
def test_company_near_misses(text: str) -> None:
    assert _orgs(("answer", text)) == []
