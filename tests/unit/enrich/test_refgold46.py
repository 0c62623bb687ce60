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
