"""Round orgs71 (issue #12, third wave): a list of gemeenten after 'de colleges (van burgemeester en
wethouders) van', 'de raden van' or 'de gemeenteraden van', without 'de gemeenten' before it; only
the items the register lists as gemeenten are bodies. And a list's first item with an inner 'en',
a comma after it, is one name ('Mill en Sint Hubert, Oss en Uden') unless both halves are listed.
Near misses stay as they were. Sentences are our own."""

from __future__ import annotations

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _doc(text: str) -> SegmentedDocument:
    return SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])


def bodies(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in enrich(_doc(text))[1] if e.type == "organization"}


def test_an_addressee_list_of_colleges_without_de_gemeenten() -> None:
    found = bodies(
        "Wij schrijven aan de colleges van B&W van Hoorn, Enkhuizen en Medemblik over de regeling."
    )
    assert found["Hoorn"] == "Gemeente Hoorn"
    assert found["Enkhuizen"] == "Gemeente Enkhuizen"
    assert found["Medemblik"] == "Gemeente Medemblik"


def test_the_raden_of_two_gemeenten() -> None:
    found = bodies("Het overleg met de raden van Utrecht en Amersfoort is gepland in mei.")
    assert found["Utrecht"] == "Gemeente Utrecht"
    assert found["Amersfoort"] == "Gemeente Amersfoort"


def test_the_gemeenteraden_of_a_list_with_a_hyphen() -> None:
    found = bodies(
        "Zij zijn benoemd door de gemeenteraden van Wassenaar, Oegstgeest en Leidschendam-Voorburg."
    )
    assert found["Leidschendam-Voorburg"] == "Gemeente Leidschendam-Voorburg"
    assert {"Wassenaar", "Oegstgeest"} <= set(found)


def test_an_unlisted_item_in_a_council_list_is_no_body() -> None:
    found = bodies("De colleges van Utrecht en Rijnland werken samen aan het plan.")
    assert found.get("Utrecht") == "Gemeente Utrecht"
    assert "Rijnland" not in found


def test_near_miss_boards_of_a_kind_are_no_gemeenten() -> None:
    assert bodies("De raden van Bestuur en Toezicht vergaderen in mei over het plan.") == {}


def test_near_miss_countries_are_no_gemeenten() -> None:
    found = bodies("De colleges van Nederland en België werken samen aan het verdrag.")
    assert not any(c.startswith("Gemeente") for c in found.values())


def test_near_miss_a_name_word_before_colleges() -> None:
    found = bodies("De University Colleges van Utrecht en Leiden zijn goed.")
    assert "Utrecht" not in found and "Leiden" not in found


def test_near_miss_persons_after_colleges() -> None:
    found = bodies("De colleges van Jan Jansen en Piet de Vries zijn gezien.")
    assert not any(c.startswith("Gemeente") for c in found.values())


def test_an_unlisted_first_item_with_an_inner_en_opens_the_list() -> None:
    found = bodies(
        "Het besluit van de gemeenten Mill en Sint Hubert, Oss en Uden is genomen in mei."
    )
    assert found["Mill en Sint Hubert"] == "Gemeente Mill en Sint Hubert"
    assert {"Oss", "Uden"} <= set(found)
    assert "Mill" not in found and "Sint Hubert" not in found


def test_near_miss_two_listed_gemeenten_open_the_list() -> None:
    found = bodies(
        "Het besluit van de gemeenten Hoorn en Enkhuizen, Medemblik en Opmeer is genomen."
    )
    assert found["Hoorn"] == "Gemeente Hoorn"
    assert found["Enkhuizen"] == "Gemeente Enkhuizen"
    assert "Hoorn en Enkhuizen" not in found
