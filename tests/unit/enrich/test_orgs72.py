"""Round orgs72 (issue #12, a blind round on Kamer answers, letters and Woo papers): a listed
body's name heading a compound for one of its own people ('Clingendael-onderzoeker',
'Volkskrant-journalist') or for its data ('KNMI-data', 'CBS-gegevens'); two capitalised parts
joined by 'en' before the Dutch head that ends a name ('de Nederlandse Patiënten en Consumenten
Federatie'); and the list rows of the round. Near misses stay none. Sentences are our own."""

from __future__ import annotations

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _doc(text: str) -> SegmentedDocument:
    return SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])


def bodies(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in enrich(_doc(text))[1] if e.type == "organization"}


# A listed body's name before its own people: the body is named.


def test_a_listed_institute_before_its_researcher() -> None:
    found = bodies("Volgens Clingendael-onderzoeker Bob Deen duurt de oorlog nog lang.")
    assert found == {"Clingendael": "Instituut Clingendael"}


def test_a_listed_newspaper_before_its_journalist() -> None:
    found = bodies("Dat schreef Volkskrant-journalist Arnout Brouwer gisteren op sociale media.")
    assert found == {"Volkskrant": "de Volkskrant"}


def test_an_abbreviation_before_its_director() -> None:
    found = bodies("De KNMI-directeur gaf gisteren een toelichting op de cijfers.")
    assert found["KNMI"] == "Koninklijk Nederlands Meteorologisch Instituut"


def test_near_miss_a_place_before_a_correspondent_is_no_body() -> None:
    assert bodies("Volgens Brussel-correspondent Jan de Vries is dat zo.") == {}


def test_near_miss_an_unlisted_word_before_a_researcher() -> None:
    assert bodies("Volgens Klimaat-onderzoeker Jan de Vries is dat zo.") == {}


def test_near_miss_a_listed_name_before_another_word() -> None:
    assert bodies("De Volkskrant-lezers schreven veel brieven over het plan.") == {}


# A listed body's abbreviation before its data, as before its figures.


def test_an_abbreviation_before_its_data() -> None:
    found = bodies("De waterschappen willen toegang tot alle KNMI-data voor hun waarschuwingen.")
    assert found == {"KNMI": "Koninklijk Nederlands Meteorologisch Instituut"}


def test_an_abbreviation_before_its_gegevens() -> None:
    found = bodies("De RIVM-gegevens over de luchtkwaliteit zijn openbaar.")
    assert found["RIVM"] == "Rijksinstituut voor Volksgezondheid en Milieu"


def test_near_miss_a_law_before_data_is_no_body() -> None:
    assert bodies("De AVG-gegevens worden beschermd door de verwerker.") == {}


def test_near_miss_a_longer_compound_after_the_abbreviation() -> None:
    assert bodies("Het CBS-gegevensbestand is groot.") == {}


def test_near_miss_the_union_before_data_stays_none() -> None:
    assert bodies("De EU-data zijn nog niet gepubliceerd.") == {}


# Two capitalised parts joined by 'en' before the head that ends the name.


def test_a_federation_named_by_two_joined_parts() -> None:
    text = "Er zijn zorgen bij de Nederlandse Patiënten en Consumenten Federatie over de fusie."
    found = bodies(text)
    assert found == {
        "Nederlandse Patiënten en Consumenten Federatie": (
            "Nederlandse Patiënten en Consumenten Federatie"
        )
    }


def test_a_vereniging_named_by_two_joined_parts() -> None:
    found = bodies("Het advies van de Ouders en Verzorgers Vereniging is helder.")
    assert "Ouders en Verzorgers Vereniging" in found


def test_near_miss_two_listed_bodies_before_a_head_stay_apart() -> None:
    found = bodies("Een overleg van Achmea en Zilveren Kruis Groep over de premie.")
    assert "Achmea" in found
    assert not any(" en " in name for name in found)


def test_near_miss_two_places_before_a_head_are_no_name() -> None:
    assert bodies("Een overleg tussen Rotterdam en Den Haag Stichting is er niet.") == {}


def test_near_miss_two_joints_before_a_head_are_no_name() -> None:
    found = bodies("Het overleg van Ouders en Kinderen en Verzorgers Vereniging gaat door.")
    assert not any(" en " in name for name in found)


def test_near_miss_two_adjectives_before_a_head_are_no_name() -> None:
    assert bodies("Behandelingstraject: de Economische en Financiële Raad in mei.") == {}


def test_near_miss_an_english_title_stays_none() -> None:
    assert bodies("Zie de Recommendation of the Council and Parliament.") == {}


# The round's list rows.


def test_the_venice_commission() -> None:
    found = bodies("De Venetië Commissie van de Raad van Europa heeft haar zorgen geuit.")
    assert found["Venetië Commissie"] == "Venetië Commissie"
    assert found["Raad van Europa"] == "Raad van Europa"


def test_an_airline_and_an_insurer() -> None:
    found = bodies(
        "De brief gaat over de situatie bij Insel Air en over de Friesland Zorgverzekeraar."
    )
    assert found["Insel Air"] == "Insel Air"
    assert found["Friesland Zorgverzekeraar"] == "De Friesland Zorgverzekeraar"


def test_the_agricultural_university_by_its_old_name() -> None:
    found = bodies("De vakgroep van de Landbouwuniversiteit te Wageningen schrijft een rapport.")
    assert found["Landbouwuniversiteit"] == "Landbouwuniversiteit Wageningen"


def test_near_miss_the_province_friesland_stays_a_place() -> None:
    found = bodies("De provincie Friesland en de gemeente Leeuwarden werken samen.")
    assert "De Friesland Zorgverzekeraar" not in found.values()


def test_an_organisation_word_alone_before_en_is_coordinated_not_named() -> None:
    """A fiche's field 'Commissie en Opinie Raad voor Regelgevingstoetsing' names the Commissie
    and the Raad, no 'Commissie en Opinie'; a name that runs on past its head word before 'en'
    is one name still ('Bedrijfschap Horeca en Catering')."""
    found = bodies("e) Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing")
    assert "Commissie en Opinie" not in found
    assert "Raad voor Regelgevingstoetsing" in found
    assert "Commissie en Opinie" not in bodies("het advies van de Commissie en Opinie van de Raad")
    assert "Bedrijfschap Horeca en Catering" in bodies("Het Bedrijfschap Horeca en Catering meldt.")
