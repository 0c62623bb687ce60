"""Articles of law: 'artikel 3:40 BW', 'artikel 5.1, tweede lid, onder e, Woo', 'art. 31, eerste
lid,
van de Huisvestingswet 2014', 'artikel 5.2. eerste lid Woo' (a list's dot after the number, before
its lid).

Only an article followed by the law it belongs to is a reference ('artikel 21' alone is not).
Normalized '<law> art. <nr>[ lid <n>][ onder <x>]', the law by its customary abbreviation when it
has one ('Woo art. 5.1 lid 2 onder e'); url is the JCI link on wetten.overheid.nl when the BWB id is
known.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

from services.enrich.data import rows, variants
from services.enrich.hits import Hit
from services.enrich.scan import BLANKS, near

_S: Final = BLANKS
_ORDINALS: Final = [
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
    "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende",
    "zeventiende", "achttiende", "negentiende", "twintigste",
]  # fmt: skip
_ORDINAL: Final = "|".join(_ORDINALS)
_BW_BOOKS: Final = {"1": "BWBR0002656", "2": "BWBR0003045", "3": "BWBR0005291", "6": "BWBR0005289",
             "7": "BWBR0005290"}  # fmt: skip


# 'artikel'/'art.' starts every match; article, lid, onder and law name follow within the reach.
_ARTICLE: Final = re.compile(r"rt(?:ikel|\.)")
_ARTICLE_REACH: Final = 400


# More letters of the same lid: 'onder e en g', 'sub c of d', 'sub c juncto sub d' (a refusal read
# with the next ground, as Wob decisions write it; 'jo.' its abbreviation).
_AND: Final = r"(?:en|of|,|juncto|jo\.)"


# One article of a list ('de artikelen 5.1, tweede lid, aanhef en onder e, en 5.2, eerste lid, van
# de Woo'): its number, lid and letters, as after 'artikel'.
_ITEM: Final = (
    rf"(?P<nr>\d+[a-z]{{0,2}}(?:[.:]\d+[a-z]{{0,2}})*)"
    rf"(?:\.?,?{_S}(?:(?P<ord>{_ORDINAL}){_S}lid|lid{_S}(?P<lid>\d+)))?"
    rf"(?:,?{_S}(?:aanhef{_S}en{_S})?(?:onder|sub){_S}(?P<onder>[a-z]|\d{{1,2}}°?)(?![\w])"
    rf"(?P<more>(?:,?{_S}{_AND}{_S}(?:onder{_S}|sub{_S})?[a-z](?![\w]))*))?"
)
_ONE_ITEM: Final = re.compile(_ITEM)
_ITEM_BARE: Final = re.sub(r"\(\?P<\w+>", "(?:", _ITEM)
# ... the items joined by 'en' or commas; the last one's law is every item's.
_ITEMS_SEP: Final = rf",?{_S}(?:en|,){_S}"
_SEP: Final = re.compile(_ITEMS_SEP)
_LIST_ANCHOR: Final = re.compile("rtikelen")


@cache
def _listed() -> re.Pattern[str]:
    names_alt = _laws()[2]
    return re.compile(
        rf"(?<![^\W\d_])[Aa]rtikelen{_S}(?P<items>{_ITEM_BARE}(?:{_ITEMS_SEP}{_ITEM_BARE})+)"
        rf",?{_S}(?:van{_S}(?:de|het){_S})?(?P<law>{names_alt})(?![\w])"
    )


# An abbreviation a writer may put in capitals ('WOB', 'WOO', 'AWB' for 'Wob', 'Woo', 'Awb'): one
# word of three to five letters, capital first and lower case after. Only after an article and
# its number, like every name here; a capitals form another law owns keeps its own law.
_CAPITALISABLE: Final = re.compile(r"[A-Z][a-z]{2,4}")


@cache
def _laws() -> tuple[re.Pattern[str], dict[str, tuple[str, str]], str]:
    """Pattern of every law name and abbreviation, and name -> (key, bwb)."""
    lookup: dict[str, tuple[str, str]] = {}
    for row in rows("laws.tsv"):
        names = variants(row)
        short = names[1] if len(names) > 1 else names[0]
        for name in names:
            lookup[name] = (short if len(short) <= 12 else row["canonical"], row.get("bwb", ""))
        caps = [n.upper() for n in names[1:] if _CAPITALISABLE.fullmatch(n)]
        for name in caps:  # urls39: 'artikel 10, lid 2, sub g WOB' names the Wob
            lookup.setdefault(name, lookup[names[1]])
    names_alt = "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(lookup, key=len, reverse=True)
    )
    pattern = re.compile(
        rf"(?<![^\W\d_])[Aa]rt(?:ikel|\.){_S}(?P<nr>\d+[a-z]{{0,2}}(?:[.:]\d+[a-z]{{0,2}})*)"
        rf"(?:\.?,?{_S}(?:(?P<ord>{_ORDINAL}){_S}lid|lid{_S}(?P<lid>\d+)))?"
        rf"(?:,?{_S}(?:aanhef{_S}en{_S})?(?:onder|sub){_S}(?P<onder>[a-z]|\d{{1,2}}°?)(?![\w])"
        rf"(?P<more>(?:,?{_S}{_AND}{_S}(?:onder{_S}|sub{_S})?[a-z](?![\w]))*))?"
        rf",?{_S}(?:van{_S}(?:de|het){_S})?(?P<law>{names_alt})(?![\w])"
    )
    return pattern, lookup, names_alt


def find(text: str) -> Iterator[Hit]:
    pattern, lookup, _ = _laws()
    anchors = list(_ARTICLE.finditer(text))
    for m in near(pattern, anchors, text, before=1, after=_ARTICLE_REACH):
        yield from _hits(m, m, lookup)
    if "rtikelen" not in text:
        return
    lists = list(_LIST_ANCHOR.finditer(text))  # only where 'artikelen' stands
    for listed in near(_listed(), lists, text, before=1, after=_ARTICLE_REACH):
        items = listed.group("items")
        pos = 0
        while (item := _ONE_ITEM.match(items, pos)) is not None:
            yield from _hits(item, listed, lookup)
            sep = _SEP.match(items, item.end())
            if sep is None:
                break
            pos = sep.end()


def _hits(
    m: re.Match[str], whole: re.Match[str], lookup: dict[str, tuple[str, str]]
) -> Iterator[Hit]:
    """The citations of one article `m` (in a list, an item of `whole`) of `whole`'s law, each
    spanning `whole`."""
    law = re.sub(r"\s+", " ", whole.group("law"))
    key, bwb = lookup[law]
    nr = m.group("nr")
    lid = m.group("lid") or (str(_ORDINALS.index(m.group("ord")) + 1) if m.group("ord") else None)
    # 'onder e en i': one citation of each letter, over the same span
    letters = [m.group("onder"), *_LETTER.findall(m.group("more") or "")]
    article = nr
    if key == "BW" and ":" in nr:  # 'artikel 3:40 BW' lives in Boek 3 as artikel 40
        book, article = nr.split(":", 1)
        bwb = _BW_BOOKS.get(book, "")
    url = None
    if bwb:
        url = f"https://wetten.overheid.nl/jci1.3:c:{bwb}&artikel={article}"
        if lid:
            url += f"&lid={lid}"
    for onder in letters:
        normalized = (
            f"{key} art. {nr}"
            + (f" lid {lid}" if lid else "")
            + (f" onder {onder}" if onder else "")
        )
        yield Hit("law_article", whole.start(), whole.end(), normalized, url)


_LETTER: Final = re.compile(r"(?<![\w])[a-z](?![\w])")
