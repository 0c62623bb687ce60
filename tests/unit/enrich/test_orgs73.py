"""Round orgs73 (issue #12, the long tail of unlisted bodies): a hospital or clinic named after
its lower-case kind word ('kliniek Trajectum', 'het ziekenhuis De Sionsberg'); a bare name defined
by an apposition that says it is a collaboration or an institute ('SIGRA, een regionaal
samenwerkingsverband van ...'); the name a body will bear ('die Espria gaat heten'); a listed
abbreviation after an ordinal that counts its meeting ('de 39ste ICAO Assemblee'); two firms with
head words joined by 'en' ('Evean Groep en Philadelphia Zorg'); a listed hospital's 'MC' spelled
out ('het Medisch Centrum Slotervaart'). Near misses stay none. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.data import rows
from services.enrich.data.build_institutions import hospitals
from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _doc(text: str) -> SegmentedDocument:
    return SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])


def bodies(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in enrich(_doc(text))[1] if e.type == "organization"}


# A hospital or a clinic after its lower-case kind word.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De windturbines raken ook zorginstellingen (zoals kliniek Trajectum) hard.", "Trajectum"),
        ("Patiënten van het ziekenhuis Rivierduin werden verplaatst naar Leiden.", "Rivierduin"),
        ("De bewoners van verpleeghuis Avondlicht kregen een brief.", "Avondlicht"),
        ("Het ziekenhuis De Sionsberg in Dokkum stopte met opnemen.", "De Sionsberg"),
    ],
)
def test_a_body_after_its_lower_case_kind(text: str, name: str) -> None:
    assert name in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het ziekenhuis Amsterdam is niet de naam van een ziekenhuis.",  # a place
        "Zij lag drie dagen in het ziekenhuis. De volgende dag ging zij naar huis.",
        "Hij bracht het naar het ziekenhuis De Minister was daar ook.",  # an office's word
        "Het Ziekenhuis wordt gesloten, zei de wethouder.",  # capitalised: no kind word
        "De kliniek Noord is gesloten.",  # a site's part
        "Volgens de leverancier De Vries is dat zo.",  # a surname after another kind
    ],
)
def test_near_miss_no_body_after_the_kind(text: str) -> None:
    assert bodies(text) == {}


# A bare name that an apposition defines as a collaboration or an institute.


def test_a_name_defined_as_a_collaboration() -> None:
    text = (
        "Dat gebeurde in samenwerking met ZOVAR, een regionaal samenwerkingsverband van zorg- "
        "en welzijnsaanbieders, en via een banenmarkt."
    )
    assert bodies(text) == {"ZOVAR": "ZOVAR"}


def test_a_name_defined_as_an_institute() -> None:
    assert "Dalmeijer" in bodies("Het onderzoek werd gedaan door Dalmeijer, een onafhankelijk "
                                 "instituut voor beleidsonderzoek.")  # fmt: skip


def test_near_miss_a_place_in_the_apposition_is_no_body() -> None:
    text = "Het gaat om Utrecht, een regionaal samenwerkingsverband van gemeenten."
    assert "Utrecht" not in bodies(text)


def test_near_miss_a_collaboration_without_its_article_is_no_apposition() -> None:
    text = "Gemeenten, samenwerkingsverband en zorgaanbieders spraken af."
    assert bodies(text) == {}


# The name a body will bear.


def test_the_name_a_merged_body_will_bear() -> None:
    text = "Na de fusie zou de nieuwe instelling, die Zorgveste gaat heten, de markt beheersen."
    assert bodies(text) == {"Zorgveste": "Zorgveste"}


@pytest.mark.parametrize(
    "text",
    [
        "De nieuwe gemeente, die Altena gaat heten, telt 55.000 inwoners.",  # a listed place
        "Het project, dat Het Nieuwe Werken gaat heten, begint in mei.",  # a sentence's word
        "Hoe die mensen gaan heten weet niemand.",  # no capital
    ],
)
def test_near_miss_no_body_to_bear_the_name(text: str) -> None:
    assert bodies(text) == {}


# A listed abbreviation after an ordinal: a series ('7e AP'), unless a meeting's word follows.


def test_an_abbreviation_whose_meeting_an_ordinal_counts() -> None:
    text = "de brief ter aanbieding van de rijksinstructie 39ste ICAO Assemblee"
    assert bodies(text) == {"ICAO": "International Civil Aviation Organization"}


def test_near_miss_an_ordinal_before_an_abbreviation_is_a_series() -> None:
    assert "ICAO" not in bodies("Het ging om de 39ste ICAO in de reeks.")


# Two firms, each with its head word, joined by 'en'.


def test_two_groups_joined_by_en_are_no_one_name() -> None:
    found = bodies("Sinds 2005 hebben Evean Groep en Philadelphia Zorg samen verpleeghuizen.")
    assert "Evean Groep en Philadelphia Zorg" not in found


def test_near_miss_a_name_that_goes_on_after_en_stays_whole() -> None:
    found = bodies("Het Sociaal en Cultureel Planbureau publiceerde het rapport.")
    assert found == {"Sociaal en Cultureel Planbureau": "Sociaal en Cultureel Planbureau"}


# A listed hospital's abbreviated 'MC' spelled out.


def test_a_listed_hospital_spelled_out() -> None:
    found = bodies("Het faillissement van het Medisch Centrum Slotervaart in Amsterdam.")
    assert found == {"Medisch Centrum Slotervaart": "MC Slotervaart"}


def test_the_builder_spells_out_mc_but_not_a_group() -> None:
    records = [
        {"soort.ziekenhuis": "Algemeen ziekenhuis", "naam.organisatie": "MC Groep",
         "organisatienummer": "1", "naam.ziekenhuis": "MC Zuiderzee", "ziekenhuisnummer": "2"},
    ]  # fmt: skip
    out = {r[0]: r[1] for r in hospitals(records)}
    assert out == {"MC Groep": "", "MC Zuiderzee": "Medisch Centrum Zuiderzee"}


def test_the_data_file_holds_what_the_builder_makes() -> None:
    listed = {r["canonical"]: r.get("variants", "") for r in rows("institutions.tsv")}
    assert listed["MC Slotervaart"] == "Medisch Centrum Slotervaart"
    assert listed["MC Groep"] == ""
