"""Web addresses an OCR engine read: repaired where the printed form is certain, else told.

`hosts.repaired` makes one a host's lookalike letters; this reads what it leaves, on OCR-read
pages only (ocrurl45, issue #12):

- a host one of Tesseract's single-glyph confusions away from a host of `hosts.KNOWN` (or a site
  under one: 'wobcovidl9.rijksoverheid.nl'): 1/l, l/i, 0/o, 'a' for 'g' ('officielebekendmakinaen');
  a stray letter glued to a known host's TLD ('officielebekendmakingen.nlt'); the dot after
  'www' read as '_' ('www_coevorden.nl': no host holds '_');
- a host one misread glyph ('a' for 'g', 'v' for 'y', 1 for l) from a host the same document
  prints in another address ('www.blackberrv.com' beside 'www.blackberry.com'): the printed one
  is the right one only in that direction, so two real sites a letter apart are left alone;
- in the path of a known host, a word that is no Dutch word but is one with one such glyph read
  right ('artike1' -> 'artikel'): the word list is OpenTaal's (`lexicon`).

What is left and still looks misread (a host label with l or i against a digit, 'www' glued to a
name, a path word one confusion from a word) is reported as read, and `suspect` says so: the
enricher warns a page (the address may be real; its text is never dropped).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from services.enrich.entities import lexicon
from services.enrich.references import hosts, ocr

_URL: Final = re.compile(
    r"(?P<head>[a-z]+://(?:www[._])?)(?P<host>[a-z0-9_.-]+)(?P<rest>.*)", re.IGNORECASE | re.DOTALL
)

# Tesseract's single-glyph misreadings in a host, as (read, printed). Against a known host either
# way a lookalike goes; against a host the document prints, only the way OCR errs.
_HOST_EITHER: Final = (
    ("1", "l"),
    ("l", "1"),
    ("i", "l"),
    ("l", "i"),
    ("0", "o"),
    ("o", "0"),
    ("a", "g"),
)
_HOST_READ_AS: Final = (("a", "g"), ("v", "y"), ("1", "l"))
# ... and in a word of a path: digits in a word, 'a' for 'g', two glyphs for one.
_WORD_READ_AS: Final = (("1", "l"), ("0", "o"), ("a", "g"), ("vv", "w"), ("rn", "m"))
# the confusions a word of a path is only suspected of (never repaired: 'k' for 'l' is rarer)
_WORD_SUSPECT: Final = (*_WORD_READ_AS, ("k", "l"), ("c", "e"))
# a word of a path: five or more lower-case letters (or the 0 and 1 OCR puts for o and l) between
# a path's separators
_PIECE: Final = re.compile(r"(?<![A-Za-z0-9])[a-z01]{5,}(?![A-Za-z0-9])")


def _variants(word: str, pairs: Iterable[tuple[str, str]]) -> set[str]:
    """`word` with one of `pairs`' read glyphs read as its printed one, each place in turn."""
    out = set()
    for read, printed in pairs:
        at = word.find(read)
        while at >= 0:
            out.add(word[:at] + printed + word[at + len(read) :])
            at = word.find(read, at + 1)
    return out


def _known(host: str) -> bool:
    """`host` is a known site or one under it (each parent asked: a set's look-up, not a scan)."""
    labels = host.split(".")
    return any(".".join(labels[i:]) in hosts.KNOWN for i in range(len(labels) - 1))


_L_FOR_1: Final = re.compile(r"(?<=[a-z])l(?=\d$)")


# A two-letter TLD one glyph from 'nl' that is neither 'nl' nor a TLD sites use ('nu', 'no', 'nz':
# 'esb.nu' is a site of its own); the known sites' names decide.
_NL_MISREAD: Final = re.compile(r"\.(?:n[a-kmnp-tv-y0-9]|[a-mo-z0-9]l)$")


def _host_read(host: str, printed: frozenset[str], layer: frozenset[str]) -> str | None:
    """The host `host` is a misreading of, if exactly one is certain; never one a page's text
    layer prints."""
    low = host.lower()
    if low in hosts.KNOWN or low in layer:
        return None
    sub, dot, parent = low.partition(".")
    found = {v for v in _variants(low, _HOST_EITHER) if v in hosts.KNOWN}
    if dot and parent in hosts.KNOWN and _L_FOR_1.search(sub):
        # a site under a known one whose name ends in a number: the 'l' before its last digit is
        # a 1 ('wobcovidl9')
        found.add(_L_FOR_1.sub("1", sub) + "." + parent)
    if low[:-1] in hosts.KNOWN and low[-1].isalpha():
        found.add(low[:-1])
    found |= {v for v in _variants(low, _HOST_READ_AS) if v in printed}
    if _NL_MISREAD.search(low) and _known(low[:-2] + "nl"):
        # a known Dutch site's TLD with one glyph misread ('rijksoverheid.al'; `hosts` reads
        # '.nh' and '.ni' on any page): no known site is under another TLD, and 'nl' is the one its
        # name is printed with (urlocr47)
        found.add(low[:-2] + "nl")
    return found.pop() if len(found) == 1 else None


def _word_read(word: str) -> str | None:
    if lexicon.known_word(word):
        return None
    found = {v for v in _variants(word, _WORD_READ_AS) if lexicon.known_word(v)}
    return found.pop() if len(found) == 1 else None


def _path_read(path: str) -> str:
    return _PIECE.sub(lambda m: _word_read(m.group()) or m.group(), path)


def read(url: str, printed: frozenset[str], layer: frozenset[str] = frozenset()) -> str:
    """`url` as printed where OCR's misreading is certain (`printed`: the hosts the document
    prints in its addresses, `layer`: those it prints on a text layer); else `url` itself."""
    m = _URL.match(url)
    if m is None:
        return url
    head, host, rest = m.group("head"), m.group("host"), m.group("rest")
    if head.lower().endswith("www_"):
        head = head[:-1] + "."
    fixed = _host_read(host, printed, layer) or host
    if _known(fixed.lower()):
        rest = _path_read(rest)
    if fixed != host:  # what the host's misreading kept from its own repair ('.al/ivvn')
        return ocr.repair_host(head + fixed + rest)
    return head + fixed + rest


def printed_hosts(urls: Iterable[str]) -> frozenset[str]:
    return frozenset(m.group("host").lower() for u in urls if (m := _URL.match(u)) is not None)


_GLUED: Final = re.compile(r"www[a-z]", re.I)
_L_BY_DIGIT: Final = re.compile(r"[a-z][li]\d|\d[li][a-z]|[a-z]\d[a-z]", re.I)


def suspect(url: str) -> bool:
    """`url` (read from OCR, not repaired) looks misread: a host label with l or i against a
    digit ('biil2'), a '_' in the host, 'www' glued to a name, a path word that is no word but one
    glyph from one ('vvolf', 'reaels', 'artike1')."""
    m = _URL.match(url)
    if m is None:
        return False
    host = m.group("host")
    if "_" in m.group("head") or "_" in host or _GLUED.match(host):
        return True
    if any(_L_BY_DIGIT.search(label) for label in host.split(".")):
        return True
    for piece in _PIECE.findall(m.group("rest")):
        if lexicon.known_word(piece):
            continue
        if any(lexicon.known_word(v) for v in _variants(piece, _WORD_SUSPECT)):
            return True
    return False
