"""Round orgs74 (issue #12, orgs73's 'Left'): a hospital named before its kind as an apposition
('De Sionsberg, ziekenhuis in Dokkum'); bodies listed after their plural legal or care kind ('de
Stichtingen Verliespolis en Woekerpolisclaim'); a name that ends in an English trade's plural
('Holland Dairy Producers'); short forms of listed bodies ('RVO.nl', 'VU', 'IJenV', 'ISZW'); no
name made of a letterhead's address line ('Vakbond Postbus'). Near misses stay none: a common
word, a person, a place, a website. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.data.build_institutions import _UNIVERSITIES
from tests.unit.enrich.found import bodies

# A hospital's name that opens with its article, before its kind as an apposition.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De patiënten van De Sionsberg, ziekenhuis in Dokkum, werden verplaatst.", "De Sionsberg"),
        ("Zij werkte bij Het Lindehof, verpleeghuis in Gouda, als verzorgende.", "Het Lindehof"),
        ("De cliënten van De Hoeve, zorgboerderij in Drenthe, kregen bericht.", "De Hoeve"),
    ],
)
def test_an_article_headed_hospital_before_its_kind(text: str, name: str) -> None:
    assert name in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Volgens De Vries, leverancier van hout, is dat zo.",  # a surname, another kind
        "Hij sprak met De Minister, ziekenhuis of niet, over de zorg.",  # an office's word
        "De patiënten van De Noord, ziekenhuis in Zwolle, werden verplaatst.",  # a compass word
        "Het bezoek aan De Utrecht, ziekenhuis daar, ging niet door.",  # a place
    ],
)
def test_near_miss_no_article_headed_hospital(text: str) -> None:
    assert bodies(text) == {}


# Bodies listed after their plural legal or care kind.


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Zij schreven aan de Stichtingen Verliespolis en Woekerpolisclaim een brief.",
            {"Verliespolis", "Woekerpolisclaim"},
        ),
        ("De verenigingen Natuurmonumenten en Dorpsbelang spraken in.", {"Dorpsbelang"}),
        ("Het geld gaat naar de stichtingen Zonnehuis, Vluchthaven en Kompas.", {"Zonnehuis"}),
        ("Beide coöperaties Agrifirm en Cosun tekenden het convenant.", {"Agrifirm", "Cosun"}),
        ("De Stichtingen Kindervreugd en Zonnestraal kregen geld.", {"Kindervreugd"}),
        ("De ziekenhuizen Rijnstate en Gelre werken samen.", {"Rijnstate", "Gelre"}),
    ],
)
def test_bodies_after_a_plural_legal_kind(text: str, names: set[str]) -> None:
    assert names <= set(bodies(text))


@pytest.mark.parametrize(
    "text",
    [
        "De stichtingen in Utrecht en Amsterdam krijgen geld.",  # lower case after the kind
        "De ziekenhuizen Noord en Zuid fuseren volgend jaar.",  # a site's parts
        "Het geld gaat naar de stichtingen Amsterdam en Rotterdam.",  # places
        "De Stichtingen en Verenigingen van Nederland zijn genoemd.",  # no names
        "Het geld ging naar de Stichtingen Jan Jansen en Piet Pietersen.",  # persons
    ],
)
def test_near_miss_no_bodies_after_a_plural_kind(text: str) -> None:
    assert bodies(text) == {}


# A name that ends in an English trade's plural.


@pytest.mark.parametrize(
    "text",
    [
        "Het bedrijf Holland Dairy Producers heeft een vergunning.",
        "De zuivelfabrikant Holland Dairy Producers bouwt een fabriek.",
        "Kent u het bericht dat Holland Dairy Producers een fabriek bouwt?",
    ],
)
def test_an_english_trade_plural_ends_the_name(text: str) -> None:
    found = bodies(text)
    assert "Holland Dairy Producers" in found
    assert "Holland Dairy" not in found


@pytest.mark.parametrize(
    "text",
    [
        "De producers van de film kregen subsidie.",  # a common word, lower case
        "Het bedrijf Holland Dairy Farmers heeft een vergunning.",  # not a trade word of ours
    ],
)
def test_near_miss_no_trade_plural_name(text: str) -> None:
    assert "Holland Dairy Farmers" not in bodies(text)
    assert not any(name.endswith("Producers") for name in bodies(text))


# Short forms of listed bodies.


@pytest.mark.parametrize(
    ("text", "short", "canonical"),
    [
        ("De cijfers van RVO.nl zijn bekend.", "RVO", "Rijksdienst voor Ondernemend Nederland"),
        ("De studenten van de VU protesteren.", "VU", "Vrije Universiteit Amsterdam"),
        ("Volgens de IJenV is dat zo.", "IJenV", "Inspectie Justitie en Veiligheid"),
        ("De ISZW deed onderzoek naar de uitzendbureaus.", "ISZW", "Nederlandse Arbeidsinspectie"),
    ],
)
def test_a_listed_body_by_its_short_form(text: str, short: str, canonical: str) -> None:
    assert bodies(text).get(short) == canonical


@pytest.mark.parametrize(
    "text",
    [
        "Kijk op www.RVO.nl voor meer.",  # a website
        "Kijk op rvo.nl voor meer.",  # a website in lower case
        "Kijk op RVO.nl/subsidies voor de regeling.",  # a page's address
        "Mail naar info@RVO.nl voor meer.",  # an address
        "Volgens Rijksoverheid.nl is het zo.",  # a site's name, no abbreviation
        "Het was een déjà vu voor de minister.",  # a common word
    ],
)
def test_near_miss_no_short_form(text: str) -> None:
    assert bodies(text) == {}


def test_the_university_list_gives_the_vu() -> None:
    assert "VU" in _UNIVERSITIES["Amsterdam (bijzonder)"][1]


# A letterhead's address line after a body's kind is no name.


@pytest.mark.parametrize(
    "text",
    [
        "Landelijke Studenten Vakbond Postbus 1234 Utrecht",
        "Stichting Vluchthaven Bezoekadres Dorpsstraat 1",
    ],
)
def test_no_name_of_an_address_line(text: str) -> None:
    assert not any(word in name for name in bodies(text) for word in ("Postbus", "Bezoekadres"))
