"""persons76 (issue #12): bare surnames in a meeting's attendance block. A university council's
minutes name their members by surname alone under sub-labels ('Aanwezig:' / 'Leden UR:' /
'Brinkman, Ferreira Pires, De Jong, Meijer (vz)' / 'College van Bestuur:' / 'Van Ast, Flierman' /
'Afwezig:' / 'Becht (m.k.), De Olde (z.k.)'), a committee's minutes 'Voorzitter: Schaapman' /
'Aanwezig: Van Dam (CDA), Bakker (VVD) en De Wit (D66)'. Main read only the surnames its lists
hold. Each with its near misses. Names and texts our own, in the shapes the documents print.

Fixtures (tests/fixtures/persons76, `python -m tests.fixtures.persons76.src.build`): the two
blocks as reportlab and Chromium print them, through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import EnrichedDocument, Segment, SegmentedDocument
from stukken.embedded import process_file

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "persons76"


def _persons(text: str) -> list[tuple[str, str]]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    found = [e for e in enrich(doc)[1] if e.type == "person"]
    for e in found:
        assert text[e.start : e.end] == e.text  # offsets point into the printed text
    return [(e.text, e.canonical) for e in found]


def _printed(text: str) -> set[str]:
    return {printed for printed, _ in _persons(text)}


_COUNCIL = """Verslag van de overlegvergadering van de Hogeschoolraad op dinsdag 3 maart 2026

Aanwezig:

Leden HR:

Aalbersberg, Van Beuningen, Dorrestijn, Ter Haseborg, Klomp-Vermeulen, Lindhout (vz),
Mettivier, Oosterwijk, van der Pijl,Wissink

College van Bestuur:

Hagedoorn en Te Lintelo

Raad van Toezicht (vanaf ag.pt. 7):

Spekhorst, Wallerbos-de Groot

Griffie:

Scheperboer, Veldhuis (Secretariaatsbureau “SB” – verslag)

Afwezig:

Bruggink (m.k.), Nijhuis (z.k.), H.Kampschreur, M. Zwiers**
1.Opening en vaststelling agenda

De voorzitter opent om 9.05 uur de vergadering."""


def test_a_university_councils_attendance_block() -> None:
    found = _printed(_COUNCIL)
    assert {
        "Aalbersberg", "Van Beuningen", "Dorrestijn", "Ter Haseborg", "Klomp-Vermeulen",
        "Lindhout", "Mettivier", "Oosterwijk", "van der Pijl", "Wissink", "Hagedoorn",
        "Te Lintelo", "Spekhorst", "Wallerbos-de Groot", "Scheperboer", "Veldhuis", "Bruggink",
        "Nijhuis", "H.Kampschreur", "M. Zwiers",
    } <= found  # fmt: skip
    assert not found & {"Leden HR", "College", "Bestuur", "Griffie", "Opening", "Raad"}


def test_the_canonical_form_spaces_glued_initials() -> None:
    assert ("H.Kampschreur", "H. Kampschreur") in _persons(_COUNCIL)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # one line, as a transcription joins the block
        (
            "Voorzitter: Kortenhoeven Griffier: Lamberink Aanwezig: Van Dam (CDA), Bakkenes "
            "(VVD) en De Wit-Hofstede (D66), Oldenkamp (SP) Namens het college: Hulshof, "
            "Wiegerinck Afwezig met kennisgeving: Stroeve (CU) Pers: geen",
            {
                "Kortenhoeven",
                "Lamberink",
                "Van Dam",
                "Bakkenes",
                "De Wit-Hofstede",
                "Oldenkamp",
                "Hulshof",
                "Wiegerinck",
                "Stroeve",
            },
        ),
        # the lines of a committee's minutes
        (
            "Voorzitter: Kortenhoeven\nGriffier: Lamberink\nAanwezig: Van Dam (CDA), Bakkenes "
            "(VVD),\nOldenkamp (SP) en Ter Voorde (GL)\nAfwezig met kennisgeving: Stroeve\n",
            {
                "Kortenhoeven",
                "Lamberink",
                "Van Dam",
                "Bakkenes",
                "Oldenkamp",
                "Ter Voorde",
                "Stroeve",
            },
        ),
        # a place after a particle is a surname
        ("Aanwezig: Van Vught, van Kampen, Tiemessen", {"Van Vught", "van Kampen", "Tiemessen"}),
        # a word after a particle is a surname too: 'De Heer' in a list of surnames
        (
            "Aanwezig leden UR:\nBrouwerink*, De Heer*, Hogendijk**, Wolters\n",
            {"Brouwerink", "De Heer", "Hogendijk", "Wolters"},
        ),
        # a sub-label joined to the list's line
        (
            "Leden UR:\nAalbersberg, Mettivier, Wissink College van Bestuur:\nHagedoorn, Te "
            "Lintelo\n",
            {"Aalbersberg", "Mettivier", "Wissink", "Hagedoorn", "Te Lintelo"},
        ),
        # the Eerste Kamer's roll call
        (
            "Tegenwoordig zijn 71 leden, te weten:\nBaarspul, Dijkhoff-Ram, Van Ooijen, "
            "Wesselink en Zandbergen,\nen de heer Mulder, minister.",
            {"Baarspul", "Dijkhoff-Ram", "Van Ooijen", "Wesselink", "Zandbergen"},
        ),
    ],
)
def test_bare_surnames_under_attendance_labels(text: str, names: set[str]) -> None:
    assert names <= _printed(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the block's own words and counts
        ("Aanwezig: Publiek, Pers\nAfwezig: Geen\nInsprekers: Geen", {"Publiek", "Pers", "Geen"}),
        # parties, not persons: two capitals
        ("Aanwezig: CDA, VVD, PvdA, GroenLinks, ChristenUnie", {"PvdA", "GroenLinks"}),
        # places and bodies the gazetteer holds
        ("Aanwezig: Zwolle, Utrecht, Rijkswaterstaat", {"Zwolle", "Utrecht", "Rijkswaterstaat"}),
        # offices and groups
        ("Aanwezig: Wethouders, Raadsleden, Ambtenaren", {"Wethouders", "Raadsleden"}),
        # a single capitalised word after a head that is no person's label
        ("Afwezig: Tiemessen.", {"Tiemessen"}),
        # a body's word after a particle ends the list
        ("Aanwezig: Brouwerink, De Raad, Wolters", {"De Raad"}),
        ("Aanwezig: Brouwerink, De Voorzitter, Wolters", {"De Voorzitter"}),
        # a sentence after the head
        ("Aanwezig: Alle leden van de commissie zijn aanwezig.", {"Alle"}),
        # no attendance head: a list of words with a colon elsewhere
        ("Thema's: Wonen, Werken, Zorg, Onderwijs", {"Wonen", "Werken", "Zorg", "Onderwijs"}),
        # a transcript's speaker who says a word
        ("Voorzitter: Dank u wel. Dan gaan we beginnen.", {"Dank"}),
        # a street and a month
        ("Aanwezig: Stationsstraat, Januari", {"Stationsstraat", "Januari"}),
        # a word on its own line after the block: a single item stands right after its label
        ("Voorzitter: Kortenhoeven\nGriffier: Lamberink\n\nWelkom\n", {"Welkom"}),
        # another label than an attendance head after a chair's name (letters65's near miss)
        ("Voorzitter: Tichelaar Secretaris: Franke", {"Tichelaar"}),
    ],
)
def test_near_misses_stay_unread(text: str, absent: set[str]) -> None:
    assert not _printed(text) & absent


def test_a_list_of_full_names_is_left_to_the_other_rules() -> None:
    # 'Koos en Paula Aartsen': the couple's given names are no surnames
    found = _printed(
        "Aanwezig zijn:\nKoos en Paula Aartsen, Anton en Hannie Blok, Clara Bruinsma, Gerard "
        "Couvreur\n"
    )
    assert not found & {"Koos", "Anton"}


def test_de_niet_as_a_word_is_no_person() -> None:
    # a capitalised word of a sentence is no surname: the head has no list after it
    assert "De Niet" not in _printed("Afwezig: De Niet aanwezige leden worden genoteerd.")


@pytest.mark.parametrize(
    ("name", "want"),
    [
        (
            "minutes.pdf",
            {
                "Aalbersberg",
                "Van Beuningen",
                "Dorrestijn",
                "Ter Haseborg",
                "Klomp-Vermeulen",
                "Lindhout",
                "Mettivier",
                "Oosterwijk",
                "Van der Pijl",
                "Bruggink",
                "Nijhuis",
            },
        ),
        (
            "minutes.chromium.pdf",
            {
                "Aalbersberg",
                "Van Beuningen",
                "Dorrestijn",
                "Ter Haseborg",
                "Klomp-Vermeulen",
                "Lindhout",
                "Mettivier",
                "Oosterwijk",
                "Van der Pijl",
                "Bruggink",
                "Nijhuis",
            },
        ),
        (
            "council.pdf",
            {
                "Kortenhoeven",
                "Lamberink",
                "Van Dam",
                "Bakkenes",
                "De Wit-Hofstede",
                "Oldenkamp",
                "Ter Voorde",
                "Hulshof",
                "Wiegerinck",
                "Stroeve",
            },
        ),
        (
            "council.chromium.pdf",
            {
                "Kortenhoeven",
                "Lamberink",
                "Van Dam",
                "Bakkenes",
                "De Wit-Hofstede",
                "Oldenkamp",
                "Ter Voorde",
                "Hulshof",
                "Wiegerinck",
                "Stroeve",
            },
        ),
    ],
)
def test_the_fixtures_through_the_pipeline(name: str, want: set[str]) -> None:
    doc = process_file(HERE / name)
    assert isinstance(doc, EnrichedDocument)
    found = {e.text for e in doc.entities if e.type == "person"}
    assert want <= found
    assert not found & {"Publiek", "Pers", "CDA", "VVD", "PvdA", "Raadzaal", "Stadhuis"}
