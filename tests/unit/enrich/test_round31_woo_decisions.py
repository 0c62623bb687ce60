"""What a blind set of ministries' Wob decisions showed (gold31): firms named right after a plural
kind ('de bedrijven X en Y', 'dochterondernemingen A, B en C'); two firms joined by a slash after
'het bedrijf'; a body naming itself with the country's code ('HerstelNL'); a municipality named by
its executive ('het College van Burgemeester en Wethouders van X'); Rijkswaterstaat's regions,
foreign public-health institutes and waste processors as listed bodies; 'de belastingdienst' in
lower case; a site's word before a body's one-word name ('Landgoed Clingendael'); OCR's '!' for a
TLD's l, and a URL cut inside its TLD."""

from __future__ import annotations

import pytest

from services.enrich.entities.false_friends import names_a_site
from services.enrich.references import hosts, urls
from services.enrich.references.ocr import repair_host
from tests.unit.enrich.found import enrich_one, organisations


def _urls(text: str) -> list[str]:
    return [hit.normalized for hit in urls.find(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Het gaat om de betrokken bedrijven Vosko en dochterondernemingen Pelstra, Drunen en"
         " Kavelink.", ["Vosko", "Pelstra", "Drunen", "Kavelink"]),
        ("De banken Rendix en Hoverbank weigerden de lening.", ["Rendix", "Hoverbank"]),
        ("Wij spraken met de zorgverzekeraars Salvia en Medicor.", ["Salvia", "Medicor"]),
        ("De vrijwilligersorganisaties Helpend Hart en Buurtkracht doen mee.",
         ["Helpend Hart", "Buurtkracht"]),
    ],
)  # fmt: skip
def test_firms_right_after_a_plural_kind(text: str, names: list[str]) -> None:
    found = organisations(text)
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    "text",
    [
        "Veel bedrijven Amsterdam uit trekken naar de regio.",  # a place after the kind
        "Deze organisaties In de regio werken samen.",  # a sentence's word
        "Dat geldt voor de bedrijven De komende jaren niet.",
        "Bedrijven Zoeken Personeel is de titel van de brochure.",  # a heading's capital kind
    ],
)
def test_no_firms_from_places_or_sentence_words_after_a_plural_kind(text: str) -> None:
    assert organisations(text) == []


def test_persons_after_a_plural_kind_stay_persons() -> None:
    found = enrich_one("Het ging om de bedrijven van Jan Jansen en Piet Pietersen.")
    assert not any(e.type == "organization" for e in found)


def test_two_firms_joined_by_a_slash_after_the_kind() -> None:
    found = organisations(
        "Contacten met medewerkers van het bedrijf Kessel/Steenhandel \nImport Benelux. Verder"
    )
    assert "Kessel" in found and "Steenhandel Import Benelux" in found
    assert "Benelux" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Contacten met het bedrijf Kessel/De Vries over de levering.",  # a person's name
        "Contacten met het bedrijf Kessel/Nederland over de levering.",  # a country
        "Het bedrijf Kessel/Alfa Beta Gamma Delta levert.",  # runs on past three words
    ],
)
def test_no_second_firm_from_a_person_a_country_or_a_long_run(text: str) -> None:
    assert organisations(text) == ["Kessel"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Er was contact tussen het ministerie en BuurtzorgNL over de regels.", "BuurtzorgNL"),
        ("Volgens VeiligheidNL stijgt het aantal ongevallen.", "VeiligheidNL"),
        ("De campagne van WarmtepompNL liep een jaar.", "WarmtepompNL"),
    ],
)
def test_a_body_named_with_the_countrys_code(text: str, name: str) -> None:
    assert name in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "De vertaling EN-NL volgt later.",  # a language pair
        "Zie www.herstelnl.nl voor meer informatie.",  # a website
        "De groep BeNL komt samen.",  # no part of three letters
        "Ons kantoor UtrechtNL opent.",  # a place glued to the code
        "Het label NL staat erop.",
    ],
)
def test_no_body_from_other_words_ending_in_nl(text: str) -> None:
    assert not any(name.endswith("NL") for name in organisations(text))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Het College van Burgemeester en Wethouders van Midden Drenthe besloot anders.",
         "Gemeente Midden-Drenthe"),
        ("Een brief aan het college van B&W van Utrecht volgde.", "Gemeente Utrecht"),
        ("Het college van burgemeester en wethouders van Den Haag\nDatum 3 mei",
         "Gemeente Den Haag"),
    ],
)  # fmt: skip
def test_a_municipality_named_by_its_executive(text: str, canonical: str) -> None:
    assert canonical in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het college van burgemeester en wethouders van Jansen is een boek.",  # no place
        "Het college van burgemeester en wethouders van de gemeente besloot.",  # no name
        "Het college van bestuur van Utrecht University besloot.",  # a university's board
    ],
)
def test_no_municipality_without_a_place_after_the_executive(text: str) -> None:
    assert not any(name.startswith("Gemeente ") for name in organisations(text))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Het verzoek ging naar Rijkswaterstaat Oost-Nederland en de provincie.",
         "Rijkswaterstaat Oost-Nederland"),
        ("Het Duitse Robert Koch Instituut publiceerde nieuwe cijfers.", "Robert Koch-Institut"),
        ("Ook het Zweedse Folkhalsomyndigheten gaf advies.", "Folkhälsomyndigheten"),
        ("De cijfers van Santé publique France kwamen later.", "Santé publique France"),
        ("De belastingdienst stuurde een aanslag.", "Belastingdienst"),
    ],
)  # fmt: skip
def test_listed_regions_institutes_and_the_tax_office_in_lower_case(
    text: str, canonical: str
) -> None:
    assert canonical in organisations(text)


def test_a_region_of_rijkswaterstaat_and_rijkswaterstaat_itself() -> None:
    found = organisations("Gemeld bij Rijkswaterstaat Zuid-Nederland. Binnen Rijkswaterstaat is")
    assert found.count("Rijkswaterstaat Zuid-Nederland") == 1 and "Rijkswaterstaat" in found


@pytest.mark.parametrize(
    ("text", "name", "site"),
    [
        ("het terrein Commandopost Clingendael en de kazerne", "Clingendael", True),
        ("een wandeling over Landgoed Clingendael", "Clingendael", True),
        ("Volgens Clingendael is de kans klein.", "Clingendael", False),  # the institute
        ("een studie van Instituut Clingendael", "Clingendael", False),  # no site word
        ("de oefening bij Kamp Nieuw Milligen", "Nieuw Milligen", False),  # two words
    ],
)
def test_a_sites_word_before_a_one_word_name(text: str, name: str, site: bool) -> None:
    start = text.index(name)
    assert names_a_site(text, start, start + len(name)) is site


def test_the_institute_is_not_found_in_a_sites_name() -> None:
    assert organisations("het terrein Commandopost Clingendael en voormalige kazerne") == []
    assert organisations("Volgens Clingendael is de kans klein.") == ["Instituut Clingendael"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ministerie\nwww.rijksoverheid.n!\nwww.facebook.com/minbzk", [
            "https://www.rijksoverheid.nl", "https://www.facebook.com/minbzk"]),
        ("Zie www.voorbeeld.nl!", ["https://www.voorbeeld.nl"]),  # a sentence's '!'
        ("OCR las www.rijksoverheid.n en verder niets.", []),  # one letter: no TLD
        ("http://a.b.c is geen adres", []),
        # a line's end inside the TLD: the next line's letters finish it
        ("Reeds openbaar via http://archief.voorbeeld.e\nu/#archive\n22.3 Bijlage", [
            "http://archief.voorbeeld.eu/#archive"]),
        ("Zie http://site.e\nuitleg volgt.", []),  # a word, no TLD's rest
    ],
)  # fmt: skip
def test_ocr_exclamation_for_the_tlds_l_and_no_one_letter_tld(text: str, found: list[str]) -> None:
    assert _urls(text) == found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Het protest vond plaats bij Attero in Wijster.", ["Attero"]),
        ("Het afval gaat naar Renewi en naar AVR Afvalverwerking.",
         ["Renewi", "AVR-Afvalverwerking"]),
        ("De AVR is een regeling voor arbeidsvoorwaarden.", []),  # the bare abbreviation: no firm
    ],
)  # fmt: skip
def test_waste_processors_by_name(text: str, names: list[str]) -> None:
    assert organisations(text) == names


# gold31b, a second blind set: prisons and pharmacies by their place, a portfolio's word inside a
# directorate's name, and a site under a known host with its TLD damaged by OCR.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het contract tussen de PI Almelo en de afdeling inkoop liep af.", "PI Almelo"),
        ("Het contract tussen de PI \r\nZwaag en de afdeling inkoop liep af.", "PI Zwaag"),
        ("De Penitentiaire Inrichting Krimpen aan den IJssel sluit.",
         "Penitentiaire Inrichting Krimpen aan den IJssel"),
        ("1. Dorpsapotheek Eext en Apotheek Oude Pekela, die online leveren.",
         "Dorpsapotheek Eext"),
        ("1. Dorpsapotheek Eext en Apotheek Oude Pekela, die online leveren.",
         "Apotheek Oude Pekela"),
    ],
)  # fmt: skip
def test_a_prison_or_a_pharmacy_by_its_place(text: str, name: str) -> None:
    assert name in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Haal het recept op bij de apotheek in Assen.",  # the kind in lower case
        "Het getal PI is ongeveer 3,14.",  # no name after it
        "PI Datum 3 mei 2021",  # a label
        "Coronanieuws in de PI\r\nVanmorgen is een gedetineerde getest.",  # a heading's bare end
        "De PI-waarde van de meting steeg.",  # a compound
        "Het ging naar Apotheek De Linde en verder.",  # an article: a sentence's turn or a name
    ],
)
def test_no_prison_or_pharmacy_without_a_name(text: str) -> None:
    assert not any(n.startswith(("PI", "Apotheek")) for n in organisations(text))


def test_a_portfolios_word_inside_a_directorates_name_is_no_ministry() -> None:
    text = "Directoraat-Generaal Straffen\nDirectie Coördinatie Financiën, \nBedrijfsvoering"
    assert organisations(text) == []
    # the ministry itself, after the directorate's name has ended, still is one
    assert "Ministerie van Financiën" in organisations(
        "De Directie Coördinatie sprak met het ministerie van Financiën."
    )


def test_a_site_under_a_known_host_with_ocrs_tld() -> None:
    fixed = hosts.repaired(["http://loket.rechtspraak.ni/bestuursrecht", "https://x.voorbeeld.ni"])
    assert fixed == {
        "http://loket.rechtspraak.ni/bestuursrecht": "http://loket.rechtspraak.nl/bestuursrecht"
    }


@pytest.mark.parametrize(
    ("url", "fixed"),
    [
        ("https://www.rijksoverheid.nl/Inv", "https://www.rijksoverheid.nl/lnv"),
        (
            "https://www.rijksoverheid.nl/Inv/documenten",
            "https://www.rijksoverheid.nl/lnv/documenten",
        ),
        ("https://www.rijksoverheid.nl/Investeren", "https://www.rijksoverheid.nl/Investeren"),
        ("https://www.voorbeeld.nl/Inv", "https://www.voorbeeld.nl/Inv"),  # another site's path
    ],
)
def test_the_lnv_letterheads_path_with_its_l_read_as_i(url: str, fixed: str) -> None:
    assert repair_host(url) == fixed
