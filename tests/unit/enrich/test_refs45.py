"""refs45 (issue #12, points 2-3): the forms refs44 left and what a blind gold of the Kamer's own
papers showed. Consecutive meetings ('Handelingen II 2019/20, nrs. 45-47'), an old citation's page
list ('p. 5503, 5510 en 5512'), and the number the Handelingen give a motion as it is moved
('Zij krijgt nr. 469 (29453).' is kst-29453-469). Near misses: a singular label's range (2002-2010's
meeting and page), a wide or reversed range, pages out of order, a count after a page, 2009/10's
pages (its ids name a meeting), 'krijgt nr.' before anything but a dossier (phone numbers,
years)."""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text


def _ids(text: str, kind: str = "handelingen") -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Zie Handelingen II 2019/20, nrs. 45-47.",
        "Zie Handelingen II 2019/20, nrs. 45 t/m 47, over de begroting.",
        "(Handelingen II 2019/20, nrs. 45\u201347)",
    ],
)
def test_consecutive_meetings_each(text: str) -> None:
    assert _ids(text) == ["h-tk-20192020-45", "h-tk-20192020-46", "h-tk-20192020-47"]


def test_the_range_is_the_span() -> None:
    text = "Zie Handelingen II 2019/20, nrs. 45-47."
    hits = [h for h in find_in_text(text) if h.type == "handelingen"]
    assert {text[h.start : h.end] for h in hits} == {"Handelingen II 2019/20, nrs. 45-47"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # singular label: 2002-2010 printed a meeting and its page so ('nr. 45-3156')
        ("Zie Handelingen II 2019/20, nr. 45-47.", ["h-tk-20192020-45"]),
        ("Zie Handelingen II 2006/07, nr. 45-3156.", ["h-tk-20062007-45"]),
        # too wide for one debate, or reversed: the first only, as before
        ("Zie Handelingen II 2019/20, nrs. 45-52.", ["h-tk-20192020-45"]),
        ("Zie Handelingen II 2019/20, nrs. 47-45.", ["h-tk-20192020-47"]),
        ("Zie Handelingen II 2019/20, nr. 45, item 7.", ["h-tk-20192020-45"]),
    ],
)
def test_meeting_ranges_not_read(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


def test_page_list_each() -> None:
    assert _ids("Zie Handelingen II 2008/09, p. 5503, 5510 en 5512.") == [
        "h-tk-20082009-5503-5503",
        "h-tk-20082009-5510-5510",
        "h-tk-20082009-5512-5512",
    ]
    assert _ids("Zie Handelingen II 2008/09, pp. 5503-5505 en 5510-12.") == [
        "h-tk-20082009-5503-5505",
        "h-tk-20082009-5510-5512",
    ]
    hits = [h for h in find_in_text("Handelingen I 2007/08, blz. 120 en 135.")]
    assert [h.normalized for h in hits] == ["h-ek-20072008-120-120", "h-ek-20072008-135-135"]
    assert all(h.url is None for h in hits)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count after the page is no page
        (
            "Zie Handelingen II 2008/09, p. 5503, 12 leden stemden voor.",
            ["h-tk-20082009-5503-5503"],
        ),
        # out of order: what follows is read no further, and the span stops at the last read
        ("Zie Handelingen II 2008/09, p. 5510 en 5503.", ["h-tk-20082009-5510-5510"]),
        # 2009/10's ids are a meeting and its first page (h-tk-20092010-72-6141): no meeting, no id
        ("Zie Handelingen II 2009/10, p. 5503 en 5510.", []),
        # with the meeting: the meeting's id, as for every year
        ("Zie Handelingen II 2009/10, nr. 72, p. 6141-6150.", ["h-tk-20092010-72"]),
    ],
)
def test_page_lists_not_read(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


def test_out_of_order_page_span_ends_at_the_last_read() -> None:
    text = "Zie Handelingen II 2008/09, p. 5510 en 5503."
    (hit,) = [h for h in find_in_text(text) if h.type == "handelingen"]
    assert text[hit.start : hit.end] == "Handelingen II 2008/09, p. 5510"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zij krijgt nr. 469 (29453).", ["kst-29453-469"]),
        ("Zij krijgt nr. 12 (34775-XVI).", ["kst-34775-XVI-12"]),
        ("Zij krijgt nr. 7 (21501-08).", ["kst-21501-08-7"]),
        ("Zij krijgt nr. 726, was nr. 719 (21501-08).", ["kst-21501-08-726", "kst-21501-08-719"]),
        ("Zij krijgt nr. 5 (35 925).", ["kst-35925-5"]),
    ],
)
def test_the_number_a_motion_is_given(text: str, expected: list[str]) -> None:
    hits = [h for h in find_in_text(text) if h.type == "kamerstuk"]
    assert [h.normalized for h in hits] == expected
    assert all(h.url and h.url.endswith(f"{h.normalized}.html") for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        "Hij krijgt nr. 3 (op de lijst).",
        "Het kind krijgt nr. 12 (2019).",
        "Zij krijgt nr. 5 (06-12345678).",
        "Zij krijgt nr. 5 (1234 AB).",
        "De klant krijgt nr. 40 (€ 12.500).",
    ],
)
def test_krijgt_nr_near_misses(text: str) -> None:
    assert _ids(text, "kamerstuk") == []
