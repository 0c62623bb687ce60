"""refs44 (issue #12, point 1): the Handelingen and Aanhangsel forms refs43 found read short or not
at all. A second meeting after an item, an Aanhangsel's labelled range, an old citation by page
without a meeting (h-tk-<year>-<first>-<last>, the record's own id form for those years, no URL),
and the abbreviations 'Hand. II' / 'Aanh. Hand. II'. Near misses: other works' pages, 'hand' as a
word, a page citation without its chamber, the old Bijlagen's dossier."""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text


def _ids(text: str, kind: str = "handelingen") -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Handelingen II 2019/20, nr. 45, item 7 en nr. 46, item 3",
        "Handelingen II 2019/20, nr. 45, item 7; nr. 46, item 3.",
        "(Handelingen II 2019/20, nr. 45, item 7, en nr. 46, item 3)",
    ],
)
def test_a_second_meeting_after_an_item(text: str) -> None:
    assert _ids(text) == ["h-tk-20192020-45", "h-tk-20192020-46"]


def test_the_first_meeting_keeps_its_item_only() -> None:
    # 'item 8 en item 32' are items of one meeting; '12 andere' is no meeting
    assert _ids("Handelingen II 2011/2012, nr. 82, item 8 en item 32);") == ["h-tk-20112012-82"]
    assert _ids("Handelingen II 2019/20, nr. 45, item 7 en 12 andere debatten") == [
        "h-tk-20192020-45"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Aanhangsel Handelingen II 2021/22, nrs. 1234-1236",
        "Aanhangsel Handelingen II 2021/22, nrs. 1234 t/m 1236.",
        "Aanhangsel Handelingen II 2021/22, nrs. 1234\u20131236 en",
        "Kamerstukken II 2021/22, Aanhangsel, nrs. 1234-1236",
        "Tweede Kamer, vergaderjaar 2021\u20132022, Aanhangsel van de Handelingen, nrs. 1234-1236",
    ],
)
def test_an_aanhangsel_range_cites_each_number(text: str) -> None:
    assert _ids(text, "aanhangsel") == [
        "ah-tk-20212022-1234",
        "ah-tk-20212022-1235",
        "ah-tk-20212022-1236",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Aanhangsel Handelingen II 2021/22, nrs. 1234-1299",  # too wide for a list
        "Aanhangsel Handelingen II 2021/22, nrs. 1234-1200",  # reversed
        "Aanhangsel Handelingen II 2021/22, 1234-1236",  # unlabelled: as often pages
    ],
)
def test_an_unsure_aanhangsel_range_reads_its_first_number(text: str) -> None:
    assert _ids(text, "aanhangsel") == ["ah-tk-20212022-1234"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Handelingen II 2008/09, p. 5503-5510", "h-tk-20082009-5503-5510"),
        ("Handelingen II 2008/09, p. 5503\u201310.", "h-tk-20082009-5503-5510"),
        ("Handelingen II 2008/09, blz. 5503.", "h-tk-20082009-5503-5503"),
        ("Handelingen II 2008/09, pag. 5503", "h-tk-20082009-5503-5503"),
        ("Handelingen I 2008/09, pp. 503-510", "h-ek-20082009-503-510"),
        ("Handelingen Eerste Kamer 1999/2000, blz. 12-15", "h-ek-19992000-12-15"),
        ("Hand. II 1990/91, p. 3456", "h-tk-19901991-3456-3456"),
    ],
)
def test_an_old_page_citation(text: str, expected: str) -> None:
    hits = [h for h in find_in_text(text) if h.type == "handelingen"]
    assert [h.normalized for h in hits] == [expected]
    assert hits[0].url is None  # a cited span is the record's id only if it is the item's whole


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Hand. II 2019/20, nr. 45, item 7", "handelingen", ["h-tk-20192020-45"]),
        ("Hand. I 2019/20, nr. 12", "handelingen", ["h-ek-20192020-12"]),
        (
            "Hand. II 2015/16, nrs. 78 en 80",
            "handelingen",
            ["h-tk-20152016-78", "h-tk-20152016-80"],
        ),
        ("Aanh. Hand. II 2021/22, nr. 1234", "aanhangsel", ["ah-tk-20212022-1234"]),
        ("Aanh.Hand. II 2021/22, nr. 1234", "aanhangsel", ["ah-tk-20212022-1234"]),
        ("Aanh. Handelingen II 2021/22, nr. 1234", "aanhangsel", ["ah-tk-20212022-1234"]),
        ("Aanh. Hand. I 2021/22, nr. 12", "aanhangsel", ["ah-ek-20212022-12"]),
    ],
)
def test_the_abbreviations(text: str, kind: str, expected: list[str]) -> None:
    assert _ids(text, kind) == expected


def test_an_abbreviated_aanhangsel_is_not_also_a_meeting() -> None:
    assert _ids("Aanh. Hand. II 2021/22, nr. 12") == []


@pytest.mark.parametrize(
    "text",
    [
        "zie p. 12 van het rapport over 2008/09",
        "Rapport 2008/09, p. 5503-5510",
        "met de hand. II 2019/20, nr. 4",
        "met de Hand. 2019/20, nr. 4",
        "Handelingen 2008/09, p. 5503",  # a page without its chamber: either chamber's
        "Handelingen II 2008/09, p. 45-3156",  # a meeting and its page, no span of pages
        "Handelingen II 2008/09, p. 5510-5503",
        "Handelingen II 2019/22, p. 12",  # an impossible year
        # a later year's page: its ids are a meeting's items ('h-tk-20192020-12-12' would be one)
        "Handelingen II 2019/20, p. 12",
        "Handelingen II 2009/10, blz. 1735",
        # the old Bijlagen's dossier, abbreviated or not, is a Kamerstuk
        "Hand. II 1973/74, 12015, par. 5.",
        "Hand. II 1973/74, 120",
        "Bijl. Hand. II 1990/91, 21 427, nr. 3",
        "Bijlagen Handelingen II 1990/91, 21 427, nr. 3",
    ],
)
def test_near_misses(text: str) -> None:
    assert _ids(text) == [] and _ids(text, "aanhangsel") == []


def test_the_bijlagen_dossier_stays_a_kamerstuk() -> None:
    assert _ids("Bijlagen Handelingen II 1990/91, 21 427, nr. 3", "kamerstuk") == ["kst-21427-3"]
