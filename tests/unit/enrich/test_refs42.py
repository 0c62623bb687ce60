"""refs42 (issue #12): two printed-off citation forms refs41's set left (bench/enrich/refs42.md),
each seen in a second, independent source: a gazette's abbreviation with a comma where its dot
belongs ('Stb, 2021, 500'; the consolidated laws' notes print 'Stb, 1997, 580', 'Stcrt,1995, 75',
'Trb, 1978, 188'), and a comma before a Kamerstuk's roman chapter ('35 300, IV, nr. 11'; also
'TK 1999–2000, 26800, VII, nr. 2' and a motie list's '34 000, XVI, nr. 38'). Near misses both
ways: without the number, without the year's comma, an Eerste Kamer letter after the comma, a
label inside a word, a postbox."""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text


def _ids(text: str, kind: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == kind]


# --- a comma for the abbreviation's dot -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Wet van 1 juli 2021 (Stb, 2021, 500), artikel 2.", "stb", ["stb-2021-500"]),
        ("Aanpassingswet derde tranche Awb II (Stb, 1997, 580), art. 25", "stb", ["stb-1997-580"]),
        ("Woningbesluit Stb, 1932, 7; Stb. 1947, 61", "stb", ["stb-1932-7", "stb-1947-61"]),
        ("Regeling duikopleidingen Defensie (Stcrt,1995, 75) Periode", "stcrt", ["stcrt-1995-75"]),
        ("Instellingsbesluit 2012, Stcrt, 2011, 23581.", "stcrt", ["stcrt-2011-23581"]),
        ("Protocol met Bijlage en Aanhangsels (Trb, 1978, 188);", "trb", ["trb-1978-188"]),
        ("de wet (Stb,\n2021, 12 en 14).", "stb", ["stb-2021-12", "stb-2021-14"]),
        ("(Stb, 1982 , 465)", "stb", ["stb-1982-465"]),
    ],
)
def test_comma_for_the_dot(text: str, kind: str, expected: list[str]) -> None:
    assert _ids(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("zie Stb, 2005 en verder", "stb"),  # no number
        ("Stb, 2005 blijkt dat", "stb"),
        ("in Stb, 2005 12 bepalingen", "stb"),  # no year's comma: not read in the comma form
        ("Stbx, 2005, 3", "stb"),  # the label inside a word
        ("XStb, 2005, 3", "stb"),
        ("Stc, 2005, 3", "stcrt"),  # only the full abbreviations take the comma
        ("Staatsblad, 2021, 500", "stb"),  # the name in full takes no comma for a dot
        ("Stb, 7 december 2018, 68", "stb"),  # a date, not a year, after the comma
        ("Trb, 1978-188", "trb"),
    ],
)
def test_comma_for_the_dot_near_misses(text: str, kind: str) -> None:
    assert _ids(text, kind) == []


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [  # the dotted forms as main reads them
        ("Stb. 2021, 500", "stb", ["stb-2021-500"]),
        ("Stcrt. 2011, 23581", "stcrt", ["stcrt-2011-23581"]),
        ("Trb. 2011, 222 en 2013, 42", "trb", ["trb-2011-222", "trb-2013-42"]),
        ("Stb. 1976/424", "stb", ["stb-1976-424"]),
    ],
)
def test_dotted_forms_unchanged(text: str, kind: str, expected: list[str]) -> None:
    assert _ids(text, kind) == expected


# --- a comma before a Kamerstuk's chapter ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Kamerstukken II 2019/20, 35 300, IV, nr. 11).", ["kst-35300-IV-11"]),
        ("Bron TK 1999–2000, 26800, VII, nr. 2, p. 18 Product", ["kst-26800-VII-2"]),
        ("motie 34 000, XVI, nr. 38 en", ["kst-34000-XVI-38"]),
        ("motie 33 000, X, nr.77 van", ["kst-33000-X-77"]),
        ("Kamerstuk 31 700, XVIII, nr. 48", ["kst-31700-XVIII-48"]),
        ("Kamerstukken II 2019/20, 35 300, -IV, nr. 11.", ["kst-35300-IV-11"]),
        (
            "Kamerstukken II 2019/20, 35 300, IV, nrs. 11 en 12.",
            ["kst-35300-IV-11", "kst-35300-IV-12"],
        ),
    ],
)
def test_comma_before_chapter(text: str, expected: list[str]) -> None:
    assert _ids(text, "kamerstuk") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without the number's label the comma keeps its old reading
        ("Kamerstukken II 2019/20, 35 300, IV.", ["kst-35300-IV"]),
        ("Kamerstukken I 2019/20, 32 217, A.", ["kst-32217-A"]),
        ("Kamerstukken I 2019/20, 35 300, IV, A", ["kst-35300-IV"]),
        # no dossier: a postbox, a bare 'IV, nr.'
        ("Postbus 20 018, IV, nr. 3", []),
        ("bijlage IV, nr. 3 van het besluit", []),
        ("tabel 12, IV, nr. 3", []),
    ],
)
def test_comma_before_chapter_near_misses(text: str, expected: list[str]) -> None:
    assert _ids(text, "kamerstuk") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the forms main reads
        ("Kamerstukken II 2019/20, 35 300 IV, nr. 11", ["kst-35300-IV-11"]),
        ("Kamerstukken II 2019/20, 35 300-IV, nr. 11", ["kst-35300-IV-11"]),
        ("Kamerstukken II 2021/22, 29 911, nr. 345", ["kst-29911-345"]),
        ("(36410-XIV-66)", ["kst-36410-XIV-66"]),
    ],
)
def test_chapter_forms_unchanged(text: str, expected: list[str]) -> None:
    assert _ids(text, "kamerstuk") == expected
