"""Round orgs70 (issue #12, second wave): a list of gemeenten is read item by item, so one item the
old list shape could not read ('’s-Hertogenbosch', 'Mill en St. Hubert', a comma before 'en', a
line break) no longer loses the others. Near misses stay as they were. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _doc(text: str) -> SegmentedDocument:
    return SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])


def bodies(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in enrich(_doc(text))[1] if e.type == "organization"}


def test_a_typographic_apostrophe_and_an_inner_en_between_commas_keep_the_list() -> None:
    found = bodies(
        "De colleges van de gemeenten Boxtel, Heusden, ’s-Hertogenbosch, Mill en Sint Hubert, "
        "Oss, Sint-Michielsgestel, Uden en Vught;"
    )
    assert found["’s-Hertogenbosch"] == "Gemeente ’s-Hertogenbosch"
    assert found["Mill en Sint Hubert"] == "Gemeente Mill en Sint Hubert"
    assert found["Sint-Michielsgestel"] == "Gemeente Sint-Michielsgestel"
    assert {"Boxtel", "Heusden", "Oss", "Uden", "Vught"} <= set(found)
    assert "Mill" not in found and "Sint Hubert" not in found


def test_an_abbreviated_sint_is_part_of_the_item() -> None:
    found = bodies("de raden van de gemeenten Grave, Mill en St. Hubert, Oss en Uden, ieder")
    assert found["Mill en St. Hubert"] == "Gemeente Mill en St. Hubert"
    assert {"Grave", "Oss", "Uden"} <= set(found)
    assert "St" not in found and "Mill" not in found


def test_a_comma_before_the_last_en_keeps_the_list() -> None:
    found = bodies("de raden van de gemeenten Drechterland, Enkhuizen, Opmeer, en Stede Broec.")
    assert found["Stede Broec"] == "Gemeente Stede Broec"
    assert {"Drechterland", "Enkhuizen", "Opmeer"} <= set(found)


def test_a_line_break_in_the_list_keeps_the_list() -> None:
    found = bodies("De raden van de gemeenten Asten, Deurne,\nGeldrop-Mierlo en Someren besluiten:")
    assert {"Asten", "Deurne", "Geldrop-Mierlo", "Someren"} <= set(found)


def test_listed_names_with_lower_case_words_a_comma_or_an_en_are_read_whole() -> None:
    found = bodies(
        "De raden van de gemeenten Alphen aan den Rijn, Bergen op Zoom, Nuenen, Gerwen en "
        "Nederwetten, Oirschot en Son en Breugel besluiten:"
    )
    assert found["Alphen aan den Rijn"] == "Gemeente Alphen aan den Rijn"
    assert found["Bergen op Zoom"] == "Gemeente Bergen op Zoom"
    assert found["Nuenen, Gerwen en Nederwetten"] == "Gemeente Nuenen, Gerwen en Nederwetten"
    assert found["Son en Breugel"] == "Gemeente Son en Breugel"
    assert found["Oirschot"] == "Gemeente Oirschot"
    assert "Nuenen" not in found and "Breugel" not in found


def test_an_item_that_is_no_name_leaves_the_others() -> None:
    # 'Bergen (NH)' and 'Hof van Foo aan Zee' are listed nowhere and are no names as before: left
    # out, the others kept; the listed 'Bergen (L)' is read whole
    found = bodies(
        "de gemeenten Asten, Bergen (NH), Hof van Foo aan Zee, Bergen (L), Deurne en Someren; "
    )
    assert {"Asten", "Deurne", "Someren"} <= set(found)
    assert found["Bergen (L)"] == "Gemeente Bergen (L)"
    assert not any("Foo" in k or "NH" in k for k in found)


# Near misses.
@pytest.mark.parametrize(
    "text",
    [
        # a list of streets after the kind word: no bodies
        "De gemeenten Kerkstraat, Dorpsstraat, en Molenweg",
        # the land, as before
        "Zij wonen in de gemeenten Asten, Deurne, en Someren.",
        # persons and no kind word
        "De wethouders Jansen, De Vries, en Bakker stemden in.",
    ],
)
def test_no_gemeenten_read(text: str) -> None:
    assert not any(c.startswith("Gemeente ") for c in bodies(text).values())


def test_a_list_of_provinces_is_read_as_provinces() -> None:
    found = bodies("De colleges van de provincies Gelderland, Overijssel, en Drenthe besluiten:")
    assert found["Overijssel"] == "Provincie Overijssel"
    assert found["Drenthe"] == "Provincie Drenthe"
    assert not any(c.startswith("Gemeente ") for c in found.values())


def test_two_gemeenten_in_a_sentence_read_as_before() -> None:
    found = bodies("Hij sprak met de gemeenten Den Haag en Rotterdam over de wegen.")
    assert found == {"Den Haag": "Gemeente Den Haag", "Rotterdam": "Gemeente Rotterdam"}
    assert bodies("Den Haag en Rotterdam werken samen.") == {}
