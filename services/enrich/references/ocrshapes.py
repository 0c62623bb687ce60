"""Addresses on an OCR-read page checked against the form their site gives them (ocrurls49).

A scan's address is read by Tesseract, which puts spaces after a host's dots and inside ids
('https://wetten.overheid. nl/BWBR0020566/2021- 01-01', 'detail? id=2017Z10495&did=...') and
misreads glyphs; the URL finder stops at the space, so the address comes out cut. A cut address
is no address anyone printed: "URLs exact" counts it a wrong find.

Five sites give their documents' addresses a form that can be checked, the sites' own
publication schemes (the shapes below are what those sites serve):

- wetten.overheid.nl: '/BWBR' (or BWBV, BWBW) and seven digits, a date of validity
  'YYYY-MM-DD' and an optional article anchor;
- www.tweedekamer.nl: '/kamerstukken/[section/]detail?id=YYYYZNNNNN[&did=YYYYDNNNNN]';
- zoek.officielebekendmakingen.nl: a publication's id ('kst-', 'ah-tk-', 'h-tk-', 'stb-',
  'stcrt-', 'trb-', 'gmb-', 'prb-', 'wsb-', 'blg-' and its parts) and '.html' or '.pdf' or none;
- www.rijksoverheid.nl: '/documenten/KIND/YYYY/MM/DD/slug';
- open.overheid.nl: '/documenten/ID' (an id that does not end in a hyphen).

`verdict` says whether an address of one of these sites has its form (True), has begun it and
not finished it (False: cut or garbled where nothing can check it), or is of no such site or
section (None: nothing to say). `completed` reads a cut one on across OCR's spaces, at most three
pieces, to the first reading that has the form, with the site's known confusions in its digits
(O for 0, Z read as 2 in a Kamer number, '.htm' and its l read as '!', 'I', '1' or '|'); a
reading that never gets there is no address (the enricher does not report it; its text stays
in the segment).
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities import lexicon
from services.enrich.references import ocr, urlhyphens

_ADDRESS: Final = re.compile(r"(?P<head>https?://)(?P<www>www\.)?(?P<host>[^/?#]*)(?P<path>.*)")

# a date a calendar has: '2020-91-01' is a digit OCR misread
_MM: Final = r"(?:0[1-9]|1[0-2])"
_DD: Final = r"(?:0[1-9]|[12]\d|3[01])"
_BWB: Final = re.compile(
    rf"/BWB[RVW]\d{{7}}(?:/(?:19|20)\d\d-{_MM}-{_DD}(?:/[\w.-]+)*)?/?(?:#[\w.-]+)?"
)
# a zaak's or document's number in the query, in either order ('?did=2024D18841&id=2024Z06427')
_TK_PARAM: Final = r"(?:id=\d{4}[A-Z]\d{5}|did=\d{4}D\d{5}|(?!d?id=)[a-z]+=[\w.-]+)"
_TK: Final = re.compile(rf"/kamerstukken/(?:[a-z_]+/)?detail\?{_TK_PARAM}(?:&{_TK_PARAM})*")
_OB_ID: Final = r"/(?:kst|ah-tk|ah-ek|h-tk|h-ek|stb|stcrt|trb|gmb|prb|wsb|kv-tk)-"
_OB_HEAD: Final = re.compile(_OB_ID[:-1] + r"(?:-|$)|/(?:kst|stb|stcrt|ah|h|trb|blg)?$")
# an id of two parts at least: 'kst-28905-938', 'stb-2020-123', 'h-tk-20192020-93-4'
_OB: Final = re.compile(_OB_ID + r"\d+(?:-[0-9A-Za-z]+)+(?:\.(?:html|pdf))?")
# a slug's words one hyphen apart ('netcongestie--jeugdzorg' is OCR's hyphen and a line's)
_RO: Final = re.compile(rf"/documenten/[a-z-]+/(?:19|20)\d\d/{_MM}/{_DD}/[a-z0-9]+(?:-[a-z0-9]+)*")
# an id in lower case with a letter ('ronl-...', a uuid, a slug): not a postcode's digits
_OPEN: Final = re.compile(
    r"/documenten/(?=[a-z0-9_.-]*[a-z])[a-z0-9_.]{4,}(?:-[a-z0-9_.]+)*(?:/[\w.-]*[A-Za-z0-9])*"
)

# host -> (the form of its documents' paths, whether a path has begun that form)
_SITES: Final = {
    "wetten.overheid.nl": (_BWB, lambda p: p[:2] == "/B"),
    "tweedekamer.nl": (
        _TK,
        lambda p: len(p) > 2 and (p.lower()[:8] == "/kamerst" or "/kamerstukken".startswith(p)),
    ),
    "zoek.officielebekendmakingen.nl": (_OB, lambda p: _OB_HEAD.match(p) is not None),
    "rijksoverheid.nl": (
        _RO,
        lambda p: len(p) > 3 and (p[:5] == "/docu" or "/documenten/".startswith(p)),
    ),
    "open.overheid.nl": (
        _OPEN,
        lambda p: len(p) > 3 and (p[:5] == "/docu" or "/documenten".startswith(p)),
    ),
}
# a site's host whose first label OCR's space cut off: the parent does not serve the path
_PARENT: Final = {
    "overheid.nl": (("wetten", "/BWB"), ("open", "/documenten/")),
    "officielebekendmakingen.nl": (("zoek", "/kst-"), ("zoek", "/ah-"), ("zoek", "/h-")),
}
# A known site's host cut before its TLD ('https://wetten.overheid' + '. nl/BWBR...').
_NO_TLD: Final = frozenset(h[: -len(".nl")] for h in _SITES)
# ... or cut inside it, or ending in a glyph no host has ('https://wetten.over', 'open.overhei¢')
_HOST_READ: Final = re.compile(r"[a-z0-9.-]+")
# a form's path whose head only that site serves: what is before it must be that site's host
_OWN_HEADS: Final = (
    ("wetten.overheid.nl", _BWB),
    ("zoek.officielebekendmakingen.nl", _OB),
    ("tweedekamer.nl", _TK),
    ("rijksoverheid.nl", re.compile(r"/documenten/[a-z-]+/\d{4}/\d\d/\d\d/")),
)
_WWW_READ: Final = ("www", "wwv", "vww", "ww")
# ... and the head of that path, begun ('/BWBROOS' + ' 1208/...': the rest is read on after)
_OWN_BEGUN: Final = (
    ("wetten.overheid.nl", re.compile(r"/BWB")),
    ("zoek.officielebekendmakingen.nl", re.compile(_OB_ID)),
    ("tweedekamer.nl", re.compile(r"/kamerstukken/")),
    ("rijksoverheid.nl", re.compile(r"/documenten/[a-z-]+/\d{4}/")),
)
# a site's name with a TLD OCR garbled ('zoek.officielebekendmakingen.nIkst-...')
_NAMES: Final = tuple(h[: -len("nl")] for h in _SITES)
# a BWB id's digits read as their lookalikes ('BWBROO31208'; an S may be a 5, a 3 or an 8: kept)
_BWB_READ: Final = re.compile(r"(?<=/BWB[RVW])[0-9OoIl]{7}(?![0-9A-Za-z])")
_BWB_DIGITS: Final = str.maketrans("OoIl", "0011")

# Tesseract's confusions in the digits of these forms
_DIGIT_FOR: Final = str.maketrans("OoIl", "0011")
_DATE_READ: Final = re.compile(r"(?<=/)[0-9OoIl]{4}-[0-9OoIl]{2}-[0-9OoIl]{2}(?=$|[/#])")
# ... and 'i' (ocr50: '.htmi'; no file type is so)
_TK_MARKS_READ: Final = re.compile(r"(?<=[?&]id=)[=-]+(?=\d)|(?<=[?&]did=)[=-]+(?=\d)")
_TK_AMP_READ: Final = re.compile(r"(?<=id=\d{4}[Z2]\d{5})8(?=did=)")
_HTML_READ: Final = re.compile(r"\.htm[!I1|i]$")


def verdict(url: str) -> bool | None:
    """True: a site's document address in its form; False: one begun and not in it (or a
    known site's host cut before its TLD); None: no site or section with a form."""
    m = _ADDRESS.fullmatch(url)
    if m is None:
        return None
    host, path = m.group("host").lower(), m.group("path")
    if host in _NO_TLD or any(a[:1] == "-" or a[-1:] == "-" for a in host.split(".")):
        return False  # cut before its TLD, or a label OCR's hyphen opens ('www.-minezk.nl')
    read = _HOST_READ.match(host)
    if read is not None and host not in _SITES and host not in _PARENT:
        if len(read.group()) >= 6 and any(h.startswith(read.group()) for h in _SITES):
            return False  # cut inside a site's host
        if host.startswith(_NAMES):
            return False  # a site's name before a TLD OCR garbled
        if any(f.match(path) for _, f in _OWN_HEADS):
            return False  # a site's own path under a host OCR garbled ('commiheid.nl/BWBR...')
    if host == "overheid.nl" and path.startswith(("/BWB", "/documenten/")):
        return False  # a site's path under its parent's host (which serves neither), unread
    site = _SITES.get(host)
    if site is None or not path:
        return None
    form, begun = site
    if form.fullmatch(path) is not None:
        return True
    return False if begun(path) else None


def reread(url: str) -> str:
    """The address with the forms' digit confusions read back (a no-op on a sound one)."""
    if "tweedekamer.nl/" in url and "=" in url:
        # ocr50: a query's '=' read twice or with a stroke ('?id= =2025Z20542', 'id= -2018Z23313')
        # and its '&' read as 8 after a whole number ('id=2020Z078268did=...'): no value so starts
        url = _TK_MARKS_READ.sub("", url)
        url = _TK_AMP_READ.sub("&", url)
    url = ocr.repair_host(url)
    if "wetten.overheid.nl/" in url:
        url = _DATE_READ.sub(lambda d: d.group().translate(_DIGIT_FOR), url)
        url = _BWB_READ.sub(lambda d: d.group().translate(_BWB_DIGITS), url)
    if url.endswith(".htm") and "officielebekendmakingen.nl/" in url:
        return url + "l"  # the site serves '.html' only: OCR lost the l at a cell's edge
    return _HTML_READ.sub(".html", url)


def site_read(url: str) -> str | None:
    """A site's own path under its host with OCR's damage to the dots: a dot lost
    ('zoekofficielebekendmakingen.nl', 'wettenoverheid.nl'), doubled ('makingen..nl') or 'www'
    misread before it ('wwvrijksoverheid.nl'): the site's host (only the dots and 'www' change)."""
    m = _ADDRESS.fullmatch(url)
    if m is None:
        return None
    host, path = m.group("host").lower(), m.group("path")
    if host in _SITES:
        return None
    bare = host.replace(".", "")
    for site, form in _OWN_BEGUN:
        if form.match(path) is None:
            continue
        want = site.replace(".", "")
        www = next((w for w in _WWW_READ if bare == w + want), None)
        if bare == want or www is not None:
            head = m.group("head") + ("www." if www is not None or m.group("www") else "")
            return head + site + path
    return None


def parent_read(url: str, before: str) -> str | None:
    """'https://overheid.nl/BWBR...' where the text before it ends in 'wetten' and a dot, a
    colon or a space ('https://wetten: overheid.nl/...'): the site's own host."""
    m = _ADDRESS.fullmatch(url)
    if m is None or m.group("www"):
        return None
    for label, head in _PARENT.get(m.group("host").lower(), ()):
        if m.group("path").startswith(head) and re.search(
            label + r"[.,:;]? ?$", before[-len(label) - 3 :]
        ):
            return m.group("head") + label + "." + m.group("host") + m.group("path")
    return None


# what follows a cut address on its line: OCR's space (after a host's dot: '. '), a piece
_PIECE: Final = re.compile(r"(\.?) ([^\s]+)")
_CLOSE: Final = ".,;:)]"


def completed(url: str, after: str) -> tuple[str, int] | None:
    """A cut address read on across at most three of OCR's spaces in `after` (the text right
    after it), the first reading in its site's form: (address, characters of `after` taken).
    None when no reading gets there."""
    fixed = reread(url)
    if verdict(fixed):
        return fixed, 0
    so_far, taken = url, 0
    # '.htm!' (the l read as a stroke); 'detail? id=' (the finder left the mark before a space)
    if (url.endswith(".htm") and after[:1] in "!I1|l") or (after[:1] in "?&" and after[1:2] == " "):
        so_far, taken = url + after[0], 1
    if taken and verdict(reread(so_far)):
        return reread(so_far), taken
    for _ in range(3):
        m = _PIECE.match(after, taken)
        if m is None:
            return None
        piece = m.group(2)
        tail = len(piece) - len(piece.rstrip(_CLOSE))
        so_far += m.group(1) + piece[: len(piece) - tail]
        taken = m.end() - tail
        fixed = reread(so_far)
        if verdict(fixed):
            return _more(fixed, taken, after)
        if tail:
            return None
    return None


def _more(url: str, taken: int, after: str) -> tuple[str, int]:
    """A query's next parameter after one more space ('...id=2018Z03048 &did=2025D20294')."""
    m = _PIECE.match(after, taken)
    if m is None or m.group(1) or m.group(2)[:1] != "&":
        return url, taken
    piece = m.group(2).rstrip(_CLOSE)
    longer = reread(url + piece)
    return (longer, m.start(2) + len(piece)) if verdict(longer) else (url, taken)


# a publication's file type after OCR's space ('kst-25834-383 html', 'kst-29398-821. html')
_TYPE_AFTER: Final = re.compile(r"(?: \.?|\. )(html|pdf)(?![\w/-]|\.\w)")


def file_type(url: str, after: str) -> tuple[str, int] | None:
    """A publication's address in its form without its file type, the type after a space."""
    if "officielebekendmakingen.nl/" not in url or url.endswith((".html", ".pdf")):
        return None
    m = _TYPE_AFTER.match(after)
    return (url + "." + m.group(1), m.end()) if m is not None else None


# ocr50: a path's word OCR parted with a space ('www.acm.nl/a' + ' rbeidsmarkt-brief-...',
# '.../handhaving-beleid-onderwij' + ' s-rapport-2018', '.../handhavi' + ' n' + ' g-beleid-...'):
# the address's last piece and at most two runs of letters after it, each no word, together a
# word of the list (OpenTaal's, `lexicon`) of six letters or more. The rest of the token after the
# last run goes on as the path's (a hyphen and more pieces, or nothing before a closing mark).
_LAST_PIECE: Final = re.compile(r"(?<=[/-])[a-z]+$")
_RUN: Final = re.compile(r" ([a-z]+)(?=[-/ .,;:)]|$)")
_REST: Final = re.compile(r"[-/][\w./-]*[\w/]|")
_MIN_WORD: Final = 6


def word_rejoined(url: str, after: str) -> tuple[str, int] | None:
    """The address with its last word read whole across OCR's spaces in `after` (the text right
    after it): (address, characters of `after` taken); None when no word is made so."""
    last = _LAST_PIECE.search(url)
    if last is None or "://" not in url or urlhyphens.is_word(last.group()):
        return None
    word, taken = last.group(), 0
    for _ in range(2):
        run = _RUN.match(after, taken)
        if run is None or urlhyphens.is_word(run.group(1)):
            return None
        word, taken = word + run.group(1), run.end()
        if len(word) >= _MIN_WORD and lexicon.known_word(word):
            rest = _REST.match(after, taken)
            more = rest.group() if rest is not None else ""
            return url + word[len(last.group()) :] + more, taken + len(more)
    return None
