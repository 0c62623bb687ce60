"""refgold46: a regulation of before 2015 cited number/year without its 'nr.'.

Until 2015 the Union numbered a regulation number/year ('Verordening (EG) nr. 1907/2006'); the
finder read a regulation without 'nr.' year first, so a four-digit number that is no year lost the
act ('(EU) 1024/2012' in an enumeration of a Raad van State advice, 'REACH-verordening (EG)
1907/2006' in public texts) and one that looks like a year was misread ('(EG) 2006/2004' became
32006R2004). Guards: today's year/number ('(EU) 2016/679', '(EU) 2016/2014'), directives and
decisions (year first in every era), a year before a two-digit part ('1999/36'), no Union tag.
"""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text


def _acts(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "eu_act"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The enumeration of the Raad van State's advice (kst-36155-4).
        (
            "houdende wijziging van Verordeningen (EG) nr. 1071/2009, (EG) nr. 1072/2009 en "
            "(EU) 1024/2012 teneinde ze aan te passen",
            ["32009R1071", "32009R1072", "32012R1024"],
        ),
        ("REACH-verordening (EG) 1907/2006, bijlage XVII, vermelding 51", ["32006R1907"]),
        ("de Verordening (EEG) 1408/71 inzake sociale zekerheid", ["31971R1408"]),
        # Both parts look like years: the number comes first before 2015.
        ("Verordening (EG) 2006/2004 betreffende samenwerking tussen", ["32004R2006"]),
        ("de-minimisverordening, Verordening (EG) 1998/2006", ["32006R1998"]),
        ("Uitvoeringsverordening (EU) 1234/2012 van de Commissie", ["32012R1234"]),
    ],
)
def test_regulation_before_2015_without_nr_is_number_first(text: str, expected: list[str]) -> None:
    assert _acts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verordening (EU) 2016/679 (AVG)", ["32016R0679"]),
        ("Verordening (EU) 2019/1020 inzake markttoezicht", ["32019R1020"]),
        ("Verordening (EU) 2016/2014", ["32016R2014"]),
        ("Verordening (EG) nr. 1907/2006", ["32006R1907"]),
        ("Verordening (EG) 44/2001 (Brussel I)", ["32001R0044"]),
        ("EG-verordening 1907/2006", ["32006R1907"]),
        ("Richtlijn 2006/123/EG", ["32006L0123"]),
        # A year before a two-digit part keeps the year-first reading.
        ("Verordening (EG) 1999/36", ["31999R0036"]),
        # No Union tag, or a year outside the Union's: no act.
        ("Verordening 1234/2012 van de gemeente", []),
        ("Verordening (EG) 1234/1940", []),
        ("Besluit (EU) 1234/2012", []),
    ],
)
def test_other_numberings_unchanged(text: str, expected: list[str]) -> None:
    assert _acts(text) == expected


# The issue's forms, read right on main and after this change (guards): enumerations, ranges,
# shorthand with its context, and every family's id.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamerstuk 29 279, nrs. 12, 14 en 17", ["kst-29279-12", "kst-29279-14", "kst-29279-17"]),
        (
            "Kamerstuk 29 279, nr. 679, nr. 684 en 685",
            ["kst-29279-679", "kst-29279-684", "kst-29279-685"],
        ),
        (
            "Kamerstukken II 2019/20, 35 300 VII, nrs. 3-5",
            ["kst-35300-VII-3", "kst-35300-VII-4", "kst-35300-VII-5"],
        ),
        ("zie ook (36 471-64)", ["kst-36471-64"]),
        # refgold46's Handelingen: a motion's number and its dossier as the chair gives them.
        ("Zij krijgt nr. 22(30196).", ["kst-30196-22"]),
        ("Zij krijgt nr. 30 (32043).", ["kst-32043-30"]),
        ("- de motie-Leers over een tunnel bij Prinsenbeek (22026, nr. 29);", ["kst-22026-29"]),
        ("Aanhangsel Handelingen II 2023/24, nr. 1843", ["ah-tk-20232024-1843"]),
        ("Handelingen II 2010/11, nr. 108, item 4", ["h-tk-20102011-108"]),
        ("Stb. 2021, 123 en Stcrt. 2022, 12345", ["stb-2021-123", "stcrt-2022-12345"]),
        ("Trb. 2008, 175", ["trb-2008-175"]),
        ("ECLI:NL:HR:2019:376", ["ECLI:NL:HR:2019:376"]),
        ("Kamervragen 2024Z01234", ["2024Z01234"]),
    ],
)
def test_issue_forms(text: str, expected: list[str]) -> None:
    found = [h.normalized for h in find_in_text(text) if h.type != "law_article"]
    assert found == expected


# Near misses in refgold46's texts and the issue's list: no reference.
@pytest.mark.parametrize(
    "text",
    [
        "Bij Kabinetsmissive van 27 juli 2004, no. 04.002990, heeft Uwe Majesteit",
        "Dit advies, gedateerd 17 maart 2003, nr. W03.02.0562/1, bied ik U hierbij aan.",
        "Regeling van 27 juni 2012, nr. 2012-000368158, houdende wijziging",
        "Deze toezegging is bij uw Kamer geregistreerd onder nr. TO3357.5",
        "de betaling van bijvoorbeeld € 70,00 griffierecht",
        "Tel. 070 - 456 78 90",
        "bel 06-12345678",
        "2511 CV Den Haag, postbus 20011",
        "factuurnummer 34426-28 van",
    ],
)
def test_near_misses_stay_clean(text: str) -> None:
    assert [h for h in find_in_text(text) if h.type not in ("law_article", "kenmerk")] == []
