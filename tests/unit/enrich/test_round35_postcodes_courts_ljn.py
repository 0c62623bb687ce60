"""What a blind set of Woo decisions read through the pipeline showed (gold35): a postcode's two
letters taken for a listed abbreviation ('3500 GS Utrecht' as Gedeputeerde Staten, '6040 AZ
Roermond' as Algemene Zaken); a court named by a seat merged away in 2013 ('de rechtbank
Haarlem'); a ministry's portfolio word left over where a letterhead wraps its name ('Onderwijs,
Cultuur en' + the next line); an old ECLI's LJN with its letter O read as a zero by OCR."""

from __future__ import annotations

import pytest

from services.enrich.references.ocr import repair
from tests.unit.enrich.found import organisations


@pytest.mark.parametrize(
    "text",
    [
        "> Retouradres Postbus 1234 3500 GS Utrecht",
        "Postbus 812\n3500 GS Utrecht\nT 030 123 45 67",
        "Bezwaar richt u aan Postbus 77, 6040 AZ te Roermond, onder vermelding van het kenmerk.",
        "Kanaalweg 12\n2500 EA Den Haag",
    ],
)
def test_a_postcodes_letters_are_no_body(text: str) -> None:
    assert "Gedeputeerde Staten" not in organisations(text)
    assert "Ministerie van Algemene Zaken" not in organisations(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: the abbreviation itself, also after a year in a sentence
        ("Het college van GS Utrecht besloot anders.", "Gedeputeerde Staten"),
        ("In 2020 GS Utrecht besloot anders.", "Gedeputeerde Staten"),
        ("De nota gaat naar AZ en Financiën.", "Ministerie van Algemene Zaken"),
    ],
)
def test_the_abbreviation_outside_an_address_stays(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("Zij stelde beroep in bij de rechtbank Haarlem wegens niet tijdig beslissen.",
         "Rechtbank Haarlem"),
        ("De Rechtbank Zutphen verklaarde het beroep gegrond.", "Rechtbank Zutphen"),
        ("Het gerechtshof Den Bosch wees het hoger beroep af.", "Gerechtshof Den Bosch"),
    ],
)  # fmt: skip
def test_a_court_named_by_its_seat(text: str, court: str) -> None:
    assert court in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "De uitspraak van de rechtbank Het beroep is ongegrond.",
        "Zo oordeelde de rechtbank In die zaak ging het om een boete.",
        "Een kopie ging naar de rechtbank Uitspraak volgt binnen zes weken.",
    ],
)
def test_a_court_word_before_a_sentence_is_no_court(text: str) -> None:
    assert not [o for o in organisations(text) if o.startswith("Rechtbank")]


def test_a_wrapped_ministry_leaves_no_portfolio_word_as_a_body() -> None:
    found = organisations("Ministerie van Onderwijs, Cultuur en Inspectie van het Onderwijs")
    assert "Cultuur" not in found
    assert "Inspectie van het Onderwijs" in found
    # near miss: a real list of bodies still yields its unlisted member
    # (orgs69 listed 'Prorail' as ProRail's spelling; an unlisted member stands in for it)
    assert "Railinfra" in organisations(
        "Samen met Rijkswaterstaat, Railinfra en Vitens werken wij."
    )


@pytest.mark.parametrize(
    ("printed", "meant"),
    [
        ("ABRvS 3 maart 2004, ECLI:NL:RVS:2004:A03890.", "ECLI:NL:RVS:2004:AO3890"),
        ("HR 1 mei 2009, ECLI:NL:HR:2009:B02146.", "ECLI:NL:HR:2009:BO2146"),
        # near misses: a new serial is digits only; an intact LJN stays
        ("ABRvS 16 februari 2017, ECLI:NL:RVS:2017:20180.", "ECLI:NL:RVS:2017:20180"),
        ("ABRvS, ECLI:NL:RVS:2010:BO1165.", "ECLI:NL:RVS:2010:BO1165"),
    ],
)
def test_an_ljns_letter_o_read_as_zero(printed: str, meant: str) -> None:
    assert meant in repair(printed)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Het onderzoek betrof de School voor Vrij Leren Zwolle (hierna: de school).",
         "School voor Vrij Leren Zwolle"),
        ("Zij studeerde aan de School voor Journalistiek.", "School voor Journalistiek"),
    ],
)  # fmt: skip
def test_a_school_named_for_what_it_teaches(text: str, school: str) -> None:
    assert school in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        'Het bedrag valt onder het project "Gezonde School 2019-2022".',
        "De Nederlandse School in Madrid sloot.",
        "School voor het eerst weer open na de zomer.",
    ],
)
def test_a_programme_or_kind_of_school_is_no_body(text: str) -> None:
    assert not [o for o in organisations(text) if "School" in o]
