"""Session 35: a list of article numbers made the law-citation pattern backtrack exponentially.

`_S` (spaces with at most one line break) was written `[ ]*(?:\\n)?[ ]*`: without a line break
a run of spaces splits between the two stars in as many ways as it is long, and a list of
articles that ends in no law name tried every split of every gap (a 16-paragraph regulation,
'de artikelen 2, tweede lid, 5, eerste lid, 8, ... 58, tweede lid, van de Nadere voorschriften',
took minutes; thirty items, hours: one message stalls the enrich stage). Written
`[ ]*(?:\\n[ ]*)?` it matches the same text one way. These tests hang (pytest's timeout fails
them) if that comes back.
"""

from __future__ import annotations

import random
import re

import pytest

from services.enrich.enricher import enrich
from services.enrich.entities import dates
from services.enrich.references import (
    eu_acts,
    gazettes,
    handelingen,
    law_articles,
    parliamentary,
)
from stukken.contracts import Segment, SegmentedDocument

_OLD_S = r"[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*"


def _refs(text: str) -> list[tuple[str, str]]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    return [(r.type, r.normalized) for r in enrich(doc)[0]]


def _articles(n: int) -> str:
    return ", ".join(f"{i}" + (", eerste lid" if i % 2 else "") for i in range(1, n + 1))


def test_a_long_list_of_articles_without_a_law_ends_at_once() -> None:
    text = f"De raad geeft mandaat voor de artikelen {_articles(25)}, van de Nadere voorschriften."
    assert not [r for r in _refs(text) if r[0] == "law_article"]


def test_a_long_list_of_articles_with_its_law_cites_every_one() -> None:
    text = f"Gelet op de artikelen {_articles(25)}, van de Algemene wet bestuursrecht."
    found = [r for r in _refs(text) if r[0] == "law_article"]
    assert len(found) == 25


@pytest.mark.parametrize(
    "module", [dates, eu_acts, gazettes, handelingen, law_articles, parliamentary]
)
def test_the_spaces_pattern_matches_what_it_matched(module: object) -> None:
    new = re.compile(rf"(?:{module._S})\Z")  # type: ignore[attr-defined]
    old = re.compile(rf"(?:{_OLD_S})\Z")
    rng = random.Random(35)
    for _ in range(2000):
        gap = "".join(rng.choice([" ", "\t", "\u00a0", "\n", "\r\n", "x"]) for _ in range(6))
        for start in range(len(gap)):
            assert bool(new.match(gap, start)) == bool(old.match(gap, start)), repr(gap[start:])
