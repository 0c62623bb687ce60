"""Round 41 (bench/segment/speed23.md): `Reading` caches its texts by hand.

functools.cached_property needs an instance `__dict__`; compiled with mypyc (the families are
the next candidates for setup.py's lists) the class has none, and every access made the text
again. The hand-made caches must give what the formulas give, once, for each reading apart,
and a reading's first access must not see another reading's text.
"""

from __future__ import annotations

from services.segment.families.reading import Reading, fold
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block


def _block(text: str, page: int, y: float, kind: str = "paragraph") -> Block:
    block = Block([Line(page, 72.0, y - 10, 300.0, y, y - 8, 10.0, False, text)]).finish()
    block.kind = kind
    return block


def _reading() -> Reading:
    body = [
        _block("Inleiding", 1, 700.0, "heading"),
        _block("Geachte voorzitter, dit is de brief.", 1, 680.0),
        _block("Tweede pagina " + "x" * 2000, 2, 780.0),
        _block("Derde pagina", 3, 780.0),
    ]
    head = [_block("Ministerie van İnfrastructuur", 1, 800.0)]
    return Reading(body, head, page_count=3)


def test_the_cached_texts_are_the_formulas() -> None:
    r = _reading()
    page1 = sorted([b for b in r.head + r.body if b.page == 1], key=lambda b: -b.lines[0].y1)
    assert r.first_page == page1
    assert r.first_page[0].text.startswith("Ministerie")
    more = "\n".join(b.text for b in r.body if b.page == 2)
    opening = "\n".join(b.text for b in page1) + "\n" + more[:1500]
    assert r.opening == opening
    assert r.folded == fold(opening) and "infrastructuur" in r.folded
    assert r.text == "\n".join(b.text for b in r.body)
    assert "Inleiding" in r.titles.split("\n")
    assert r.mentions("geachte") and not r.mentions("derde pagina")
    assert r.titled("inleiding") and not r.titled("tweede pagina")
    assert r.running == []


def test_each_text_is_made_once_and_kept_per_reading() -> None:
    r, other = _reading(), Reading([_block("Andere tekst", 1, 700.0)], [], 1)
    first = r.opening
    r.body.append(_block("Later op pagina 2", 2, 100.0))  # made already: not seen again
    assert r.opening is first and r.folded is r.folded and r.text is r.text
    assert r.first_page is r.first_page and r.titles is r.titles
    assert other.opening == "Andere tekst\n" and other.text == "Andere tekst"
    assert other.running is not r.running
