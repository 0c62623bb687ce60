"""URLs anywhere, re-joined when a PDF line break cut them, without trailing punctuation.

A line break continues a URL only when the cut is visibly mid-URL: the part before ends in URL
punctuation ('/', '-', '_', '%', '=', ...) or the next line starts with it, and the next line's
first
token looks like URL material. Otherwise the break ends the URL (a word-wrapped sentence or page
furniture must never be glued on). Hyphens a text extractor dropped at the break cannot be
recovered.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from collections.abc import Iterator
from typing import Final

from services.enrich.hits import MONTHS, Hit
from services.enrich.references import barehosts, hosts, urlhyphens
from services.enrich.words import read

_START: Final = re.compile(r"(?<![\w@/.])(?:https?://|www\.)", re.IGNORECASE)
# OCR read a space after the scheme's colon: 'https: //www.logius.nl/...'. Taken only before a
# host, so a sentence's 'http: //' with nothing behind it stays text.
# ... or lost one of its slashes ('Zie https: /www.commissiebbv.nl/...'): no less sure a scheme.
_SPACED_SCHEME: Final = re.compile(
    r"(?<![\w@/.])(?P<scheme>https?):(?: //| ?/(?![/ ]))(?=[a-z0-9][a-z0-9-]*\.[a-z])",
    re.IGNORECASE,
)
# A bare host with a path: 'regiopurmerend.nl/2024/05/03/...'. Without a path a bare host is too
# often a name ('Booking.com') to count but where something says it is a site (barehosts.py).
# The Caribbean parts of the Kingdom (cw, aw, sx, bq) and Suriname publish under their own.
_TLDS: Final = (
    "nl|com|org|eu|net|int|be|de|gov|info|io|fr|uk|lu|edu|nu|online|cw|aw|sx|bq|sr|ch|at|dk|se"
    "|no|fi|it|es|pt|ie|pl|us|ca|au|nz|co|tv|news"
)
# Lower case only: 'Discriminatie.nl/Fryslân/Tumba' names organisations, not a page.
_BARE_HOST: Final = re.compile(
    rf"(?<![\w@/.\-])(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{_TLDS})/(?=[\w%~#?=&.-])"
)
# OCR read a space after a host's dots: 'https://puc. overheid. nl/nza/doc/'; a letter-spaced text
# layer puts it before the dot ('http://www.w3 .org/TR/ws-addr-core/'). Taken only where the
# host's labels are lower case and its TLD opens a path, as no sentence goes on so. ocr50: the TLD
# may be 'nl' as Tesseract reads it after its space ('www.tweedekamer. ni/kamerstukken/...'),
# taken only where the host is a known site's (`_misread_tld`, `hosts.known_misread`).
_SPACED_HOST: Final = re.compile(
    rf"(?i:https?://|www\. ?)(?:[a-z0-9-]+ ?\. ?)*[a-z0-9-]+(?:\. | \. ?)(?:[a-z0-9-]+ ?\. ?)*"
    rf"(?:{_TLDS}|n[iI1])(?=/)"
)
# ... or a space inside a label right after 'www.' ('www.amster dam.nl/veelgevraagd'): 'www.' and a
# word are no address, and the rest with its TLD and path can only be the label's end (else it
# is read as a site of its own, 'dam.nl/veelgevraagd').
_SPLIT_LABEL: Final = re.compile(
    rf"(?i:https?://)?(?i:www\.)[a-z0-9-]+ [a-z0-9-]+\.(?:{_TLDS})(?=/)"
)
# ... or a space right after 'www.' ('www. rijksoverheid.nl/ezk' in a letterhead at 300 dpi): 'www.'
# alone is no address and no sentence goes on with a host after it, so the host that follows, lower
# case and ending in a known TLD, is the address's (with or without a path).
# urlocr47: a scanned letterhead's speck between them is read as a low quote or comma ('www.
# „rijksoverheid.nl/lvvn', fax at 150 dpi): dropped, as no host starts with one; and the TLD may
# be 'nl' with one glyph misread ('www. rijksoverheid.al/ivvn'): the host is still the address's
# (`ocrurls` reads a known site's back to '.nl'), as 'www. ' and a host is no sentence either.
# The specks OCR reads between 'www. ' and the host (enricher's slug repair reads them too).
OCR_MARKS: Final = "\u201e\u201a,'\u2018\u2019\u201c\u201d\"`"
_SPACED_WWW: Final = re.compile(
    rf"(?i:www\.) [{OCR_MARKS}]?(?:[a-z0-9-]+\.)+(?:{_TLDS}|n[a-km-z]|[a-mo-z]l)(?![\w-])"
)
_NO_MARKS: Final = str.maketrans("", "", " " + OCR_MARKS)
_NO_SPACE: Final = str.maketrans("", "", " ")


def _misread_tld(spaced: str) -> bool:
    """ocr50: a spaced host whose TLD is 'nl' as OCR misreads it ('www.tweedekamer. ni/...')
    that is no known site's: not taken (an address no one can check). False for a real TLD."""
    if spaced[-2:] not in ("ni", "nI", "n1") or spaced[-3:-2] not in ". ":
        return False
    host = spaced.translate(_NO_SPACE).split("://")[-1]
    return not hosts.known_misread(host)


# ... or, with no path, a letterhead's 'www.coevorden. nl': a 'www.' host that has no TLD before
# the space is no address (`_impossible_host`), so a TLD after it is its end. Only a TLD no word
# of prose is ('www.abc. nu kan' is a sentence going on).
_SPACED_TLD: Final = re.compile(
    r"(?i:https?://)?(?i:www\.) ?(?:[a-z0-9-]+\.)*[a-z0-9-]+\. (?:nl|com|org|eu|net|int|gov|info)"
    r"(?![\w-]|\.\w)"
)
_ROW_NUMBER: Final = re.compile(r"\d{1,3}(?:\.\d{1,2})?[.)]?[ \t]+[A-Z]")
# An OCR text layer's scheme with one glyph misread ('httDs://', 'htt~s://', 'httøs://') or its
# colon read as ';' ('httDs;//wetten.overheid.nl/'): a word of a scheme's length before '//' and a
# host is no word of prose; read as the scheme one glyph away (`_damaged_scheme`), marked repaired.
_DAMAGED_SCHEME: Final = re.compile(
    r"(?<![\w@/.])(?P<scheme>[hH][^\s/:;]{3,4})[:;]//(?=[a-z0-9][a-z0-9-]*\.[a-z])"
)
_SCHEME_OR_WWW: Final = re.compile(r"(?i:https?://)?(?i:www\.)?")


def _whole_host_spaced(found: str) -> bool:
    """A space after a host's dot, not a host that ended before a sentence's next word ('op
    www.x.nl. nl/...' holds a whole host before its space)."""
    if " " not in found:
        return False
    lead = _SCHEME_OR_WWW.match(found)
    spaces = [i for i in (found.find(". "), found.find(" .")) if i >= 0]
    before = found[lead.end() if lead else 0 : min(spaces)]
    return "." not in before or _ENDS_IN_TLD.search(before) is None


_TLD_SLASH: Final = re.compile(rf"\.(?:{_TLDS})/")
_HOST_CHARS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-"


def _host_start(text: str, end: int) -> int:
    """Where the run of host characters before `end` starts, at most 253 back: the start of
    `[A-Za-z0-9.-]*$` searched in `text[end - 253 : end]`, found by `rstrip` instead of a search
    that tries every position (issue #12). Like `$`, a last line break is passed over."""
    lo = max(0, end - 253)
    chunk = text[lo:end]
    if chunk.endswith("\n"):
        chunk = chunk[:-1]
    return lo + len(chunk.rstrip(_HOST_CHARS))


# Another URL glued on without a space ('...:FINhttps://...'): a new URL, unless it is the target
# of a redirect or archive link ('/web/2020/https://', '?url=https://').
_GLUED: Final = re.compile(r"(?<=[^\s/=?&:])https?://", re.IGNORECASE)
# ... or a list's next site after a comma or semicolon without a space ('www.denhaag.nl/bomen,www.
# rotterdam.nl/wijkconcierges', urls39): a path never goes on with 'www.' there.
_GLUED_WWW: Final = re.compile(r"(?<=[,;])[wW][wW][wW]\.")
# Where a URL can start: 4 or 5 characters before '://' ('http', 'https'), or at 'www.'.
_SCHEME: Final = re.compile("://")
_WWW: Final = re.compile(r"[wW][wW][wW]\.")
# A footnote's superscript marker ends an address: no URL holds one ('.../afvoer.\u00b3').
_NOTE_MARKS: Final = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
# Nor does a brace (RFC 3986 has none): a template's '.../users/{subject.id}' and an XML name's
# '{http://www.w3.org/2007/05/addressing/metadata}Action' end the address before it.
_URL_CHAR: Final = rf"[^\s<>\"«»\u201c\u201d|{{}}{_NOTE_MARKS}]"  # what an address may hold
_BODY: Final = re.compile(rf"{_URL_CHAR}*")
_BREAK: Final = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*")
_BLANK_BREAK: Final = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*\r?\n[ \t\u00a0]*")
# A line break a text extractor turned into one space: only after '-' or '_' that ends a part.
_SPACE_BREAK: Final = re.compile(r"(?<=[-_]) (?=[\w%])")
_URL_PIECE: Final = re.compile(r"[\w%~#?=&./-]*[-_/.][\w%~#?=&./-]*")
_CONTINUES_AFTER: Final = tuple("/-_%=&?~#+")  # not '.': a sentence ends there far more often
_CONTINUES_BEFORE: Final = tuple("%/?#&=_.~-")
_URL_TOKEN: Final = re.compile(rf"{_URL_CHAR}+")
_PUBLICATION_ID: Final = re.compile(r"(?:kst|ah|h|stb|stcrt|trb|blg|nds)-[a-z0-9-]+$")
_OPENING: Final = {")": "(", "]": "[", "}": "{"}
# ... and a backslash: no URL character (RFC 3986); a page's markdown escape leaves one at the end
# of an address ('...pijnacker\\').
# ... and an ellipsis (urls39: '.../waarom-een-circulaire-economie\u2026 en ...'): no address ends
# in one (an elided piece inside a path, '.../\u2026/rapport.pdf', stays).
_TRAILING: Final = ".,;:!?'\u2019*\\\u2026"


# A sentence's full stop and the next line's heading glued on ('.../bezwaar/jb.Bezwaar'): a path
# never ends in a capitalised word after a dot (file extensions are lower case or all capitals).
_GLUED_HEADING: Final = re.compile(
    r"(?<=[a-z0-9/])\.(?!(?i:aspx?|html?|php|pdf|jsp|cfm|docx?|xlsx?|odt)$)[A-Z][a-z]{2,}$"
)


# An inventory's rows run together: the next row's title word glued to a path's last letter, its
# number after it ('amsterdam.nl/javabrugBijlage 4b Planning').
_GLUED_ROW_TITLE: Final = re.compile(
    r"(?<=[a-z0-9])(?:Bijlagen?|Brief|Agenda|Memo|Notitie|Nota|Verslag|Besluit|Presentatie)$"
)
_ROW_NUMBER_AFTER: Final = re.compile(r"[ \t\u00a0]+\d{1,3}[a-z]?(?![\w/.-])")
# The next note or reference entry glued on where the segmenter joined the lines (urls47): a site's
# name after an id's digits ('...?id=ECLI:NL:RBDHA:2025:578' + 'OntspannenNederland.nl', the next
# note), an author's capitals after a path's '/' with the entry's year behind ('.../stikstofbeleid/'
# + 'TNO. 2022. Afbakening ...'). A path never runs from digits into a capitalised site's name,
# and a path's last piece in capitals before a year is no piece ('.../rivm-syso/OPS.' stays).
_GLUED_SITE: Final = re.compile(r"(?<=\d)" + barehosts.SITE_NAME + r"\.(?:nl|com|org|eu)$")
_GLUED_AUTHOR: Final = re.compile(r"(?<=[a-z0-9]/)[A-Z]{2,8}$")
_SITE_ENDS: Final = (".nl", ".com", ".org", ".eu")
_YEAR_AFTER: Final = re.compile(r"\.?[ \t]+(?:19|20)\d\d[.,]")


# A footnote's marker glued to an address that ends in a file's type ('...%20v1.1.pdf' + '3', its
# superscript read as a digit; urls39): no such type ends in digits, so one or two digits after it
# are the marker's. ('.mp3', '.mp4' are no types of this list.)
_NOTE_AFTER_TYPE: Final = re.compile(
    r"\.(?:pdf|html?|aspx?|docx?|xlsx?|odt|txt|csv|zip)(?P<note>\d{1,2})$"
)


_TYPED_HYPHENS: Final = str.maketrans({"\u2010": "-", "\u2011": "-"})
# refs43: Word for Mac's PDFs (producer 'Mac OS X ... Quartz PDFContext') print every hyphen as
# '-', a soft hyphen and U+2010. The segmenter reads that once since version 45 (hyphen42,
# layout/repair.py `clean`); segments made before it, and other texts, keep '-\u2010'
# ('nl0104-\u2010mestproductie', an ECN report's 'ECN-\u2010E-\u2010-\u201015'). In an address
# that pair is the one hyphen typed, unless the address also holds a plain '--' of its own.
_QUARTZ_HYPHEN: Final = "-\u2010"


def _one_hyphen_each(printed: str) -> bool:
    return _QUARTZ_HYPHEN in printed and "--" not in printed.replace(_QUARTZ_HYPHEN, "")


# A note's bracketed number glued to the end of the address it cites ('...de%20politie[3]'): a
# path or query never holds a bare '[' (RFC 3986 keeps it for IPv6 hosts), so it is the note's.
_GLUED_NOTE: Final = re.compile(r"(?<=[\w%/])\[\d{1,3}\]$")


def _attribute_sign(url: str) -> bool:
    """An HTML attribute's '=' glued to a bare host, a web page's markup printed as text ('Zie
    <http: www.digitaleoverheid.nl="">', urls48): a host never ends in '='; a query's value may
    ('?id='), so only where the address has no path and no query."""
    return "?" not in url and "/" not in url.partition("://")[2]


def _trim(url: str) -> str:
    """Drop trailing punctuation and closing brackets that have no opening partner in the URL."""
    note = _GLUED_NOTE.search(url)
    url = url[: note.start()] if note is not None else url
    while url:
        last = url[-1]
        unbalanced = last in ")]}" and url.count(last) > url.count(_OPENING[last])
        if last in _TRAILING or unbalanced or (last == "=" and _attribute_sign(url)):
            url = url[:-1]
        else:
            break
    glued = _GLUED_ROW.search(url)
    return url[: glued.start("row")] if glued else url


# The Tweede Kamer's ids have five digits after the year and letter: more at a URL's end are an
# inventory's next row number glued on ('?id=2020D17196&did=2020D17196' + '241').
_GLUED_ROW: Final = re.compile(r"[?&]d?id=20\d\d[DZ]\d{5}(?P<row>\d{1,3})$")


def _starts(text: str) -> list[int]:
    found = {m.start() for m in _WWW.finditer(text)}
    for m in _SCHEME.finditer(text):
        found.update((m.start() - 5, m.start() - 4))
    if ";//" in text:  # a scheme's colon OCR read as ';'
        for m in re.finditer(";//", text):
            found.update((m.start() - 5, m.start() - 4))
    for m in re.finditer(": ?/(?![/ ])|: //", text):
        found.update((m.start() - 5, m.start() - 4))
    if "/" in text:
        for m in _TLD_SLASH.finditer(text):
            found.add(_host_start(text, m.start()))
    return sorted(p for p in found if p >= 0)


def _damaged_scheme(text: str, at: int) -> re.Match[str] | None:
    """A scheme OCR damaged at `at`: one glyph from 'https' or 'http', or its colon read as ';'."""
    m = _DAMAGED_SCHEME.match(text, at)
    if m is None:
        return None
    read = m.group("scheme").lower()
    wrong = sum(a != b for a, b in zip(read, "https", strict=False))
    if wrong > 1 or (wrong == 0 and text[m.end("scheme")] == ":"):
        return None  # two glyphs off is a word; a whole 'https:' is _START's
    return m


def scheme_misread(printed: str) -> bool:
    """Whether an address's printed text starts with a scheme OCR damaged (`_DAMAGED_SCHEME`)."""
    return _damaged_scheme(printed, 0) is not None


def _search_start(text: str, candidates: list[int], pos: int) -> re.Match[str] | None:
    """`_START.search(text, pos)` (or a bare host's start), trying only the candidates."""
    for at in candidates[bisect_left(candidates, pos) :]:
        m = (
            _START.match(text, at)
            or (_AFTER_HOST.match(text, at) if at == pos and text[at - 1 : at] == "/" else None)
            or _GLUED.match(text, at)
            or _BARE_HOST.match(text, at)
            or _SPACED_SCHEME.match(text, at)
            or _damaged_scheme(text, at)
        )
        if m is not None:
            return m
    return None


# A site's bare address, then the next URL glued on where a line ending in '/' was joined:
# 'https://www.klimaatakkoord.nl/https://www.hdsr.nl/...'. A URL inside a path is not cut
# ('web.archive.org/web/2020/https://...' has a path before it).
_GLUED_AFTER_HOST: Final = re.compile(r"(?:https?://)?[^/\s]+/(?=https?://)", re.IGNORECASE)
_AFTER_HOST: Final = re.compile(r"https?://", re.IGNORECASE)  # where the address before was cut


# A side column's next label glued onto a bare address ('www.rijksoverheid.nlContactpersoon'; OCR
# also reads the TLD's l as I: 'www.rijksoverheid.nIContactpersoon'): a host never holds capitals
# after its TLD, so the address ends with the TLD.
# So also after the sentence's full stop ('op www.rijksoverheid.nl.Ons kenmerk').
_GLUED_LABEL: Final = re.compile(rf"\.(?:{_TLDS}|nI)(?=\.?[A-Z])")
# ... and a sentence's next word glued on where the segmenter lost a space ('op
# www.rijksoverheid.nlgeplaatst.'): no TLD but 'nl' itself begins with 'nl'.
_GLUED_WORD: Final = re.compile(r"\.nl(?=[a-z]{2,}[.,;:!?)]*$)")
# A TLD is letters ('.n1' is repaired to '.nl' later); an address of four numbers is an IP's.
_IPV4: Final = re.compile(r"(?:[a-z]+://)?\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?", re.IGNORECASE)


_WWW_PREFIX: Final = re.compile(r"(?:[a-z]+://)?www\.", re.IGNORECASE)


def _impossible_host(host: str) -> bool:
    """OCR's comma for a dot ('www.amsterdarn,n1'), digits or one letter for a TLD
    ('www.amsterdam.01', 'www.amsterdam.n'), or a
    site's name with no TLD after it ('www.rijksoverheld' + '. nl/...', OCR's space cut it off; a
    'www.' host is on the Internet, unlike an intranet's 'http://parlisweb/')."""
    tld = host.rsplit(".", 1)[-1].split(":", 1)[0]
    if "," in host or (len(tld) == 1 and "." in host):
        return True  # no TLD has one letter: OCR cut it ('www.rijksoverheid.n' + noise)
    www = _WWW_PREFIX.match(host)
    if www is not None and "." not in host[www.end() :]:
        return True
    return any(ch.isdigit() for ch in tld) and tld != "n1" and _IPV4.fullmatch(host) is None


_KNOWN_TLD: Final = frozenset(_TLDS.split("|"))


def _tld(host: re.Match[str] | None) -> str:
    """The last label of a matched host (`_HOST_END`), without a port."""
    return "" if host is None else host.group().rsplit(".", 1)[-1].split(":", 1)[0].lower()


# What OCR left of a host's rest after a space it read into a label: 'https://zoek.officielebekend'
# + ' makincien. nl/blg-916599'.
_HOST_REST_AFTER_SPACE: Final = re.compile(rf" [a-z0-9-]+ ?\. ?(?:{_TLDS})(?![a-z])")


def _cut_by_ocr_space(text: str, end: int, url: str, host: str) -> bool:
    """A host with no path whose last label is no TLD, and the host's rest after a space."""
    tld = host.rsplit(".", 1)[-1].split(":", 1)[0].lower()
    if url != host or tld in _KNOWN_TLD:
        return False
    return _HOST_REST_AFTER_SPACE.match(text, end) is not None


# pdfium's mark of a line's end hyphen (U+0002) with the next line's text run on without a break:
# in an inventory a cell's cut URL, then the next row's number ('...-van-beiroet-tot\x0217 24 juni
# 2021'). A number of one to three digits and a space after the mark is that row, not the path.
# A redaction's label there is where the blacked-out rest of the address stood ('.../wat-is' +
# U+0002 + '10.2.e'): the URL ends before it, and so where a label is the next line.
_GROUND: Final = r"(?:5\.1\.[12]\.?[a-i]|10\.[12]\.?[a-g]|11\.1|5\.2\.\d)"
_ROW_AFTER_CUT: Final = re.compile(rf"\x02(?=\d{{1,3}}[ \t]|{_GROUND}(?![\w.]))")
_A_GROUND: Final = re.compile(rf"{_GROUND}[.,;:]?")
# A whole hash names the file: what the next line holds after it is the next entry ('.../file/' +
# 32 hex digits, then '-1.733.21 Bouw van woningen').
_WHOLE_HASH: Final = re.compile(r"/(?:[0-9a-f]{64}|[0-9a-f]{40}|[0-9a-f]{32})$")
_HOST_END: Final = re.compile(r"(?:[a-z]+://)?[^/?#]*", re.IGNORECASE)
# An address with its host whole and a path after it; a host cut at the line's end
# ('https://zoek.officielebekendmaking' + 'en.nl/...') has none yet.
_HAS_PATH: Final = re.compile(r"(?:[a-z]+://)?[^/?#\s]+\.[a-z]{2,}/", re.IGNORECASE)


def _body_end(text: str, start: int) -> int:
    body = _BODY.match(text, start)
    end = body.end() if body else start
    host = _HOST_END.match(text, start, end)
    label = _GLUED_LABEL.search(text, start, host.end()) if host else None
    if label is not None:
        return label.end()
    word = _GLUED_WORD.search(text, start, host.end()) if host else None
    if word is not None and not text.startswith("/", host.end()):  # type: ignore[union-attr]
        return word.end()
    glued = _GLUED.search(text, start + 8, end)
    end = glued.start() if glued else end
    if "ww." in text[start + 4 : end]:
        www = _GLUED_WWW.search(text, start + 4, end)
        if www is not None and "?" not in text[start : www.start()]:  # a query's value may list one
            end = www.start() - 1
    if "\x02" in text[start:end]:
        row = _ROW_AFTER_CUT.search(text, start)
        end = row.start() if row is not None and row.start() < end else end
    host = _GLUED_AFTER_HOST.match(text, start, end)
    end = host.end() if host else end
    note = _NEXT_NOTE.search(text, start, end)
    if note is not None and _QUOTED_TITLE.match(text, end):
        end = note.start() + 1  # the sentence's full stop stays, to be trimmed
    return _unopened_bracket(text, start, end)


# A footnote list joined without a break: the URL's sentence ends, the next note's number and its
# quoted title follow ('...-incident.92 ‘Change Healthcare ...', '.../index.html.26 ‘HVC ...').
# (After a letter or a slash, which takes in '.html' and '.pdf': the lookbehind after the dot,
# looking back over it, so the engine skips to the dots rather than trying every position.)
_NEXT_NOTE: Final = re.compile(r"\.(?<=[^\W\d_]\.|/\.)\d{1,3}$")
_QUOTED_TITLE: Final = re.compile("[ \t]+[\u2018\u201c'\"]")


def _unopened_bracket(text: str, start: int, end: int, before: str = "") -> int:
    """Where a closing bracket the URL never opened stands, the URL ended: '(https://x.nl/a)(b)'
    is the link in its parenthesis and then another; 'https://x.org/A_(b)' keeps its own.
    `before`: the URL's parts before this one, whose brackets count."""
    if ")" not in text[start:end] and "]" not in text[start:end]:
        return end
    depth = {")": before.count("(") - before.count(")"), "]": before.count("[") - before.count("]")}
    for at in range(start, end):
        ch = text[at]
        if ch in "([":
            depth[")" if ch == "(" else "]"] += 1
        elif ch in depth:
            if depth[ch] <= 0:
                return at
            depth[ch] -= 1
    return end


# The break inside an identifier cut by a line's end or a space (a DOI's, an ECLI's): a line
# break with the spaces around it, or a run of spaces (a narrow cell's, OCR's); one for both rules.
_ID_BREAK: Final = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*|[ \t\u00a0]+")


# A DOI cut after the resolver's host or inside its suffix, the rest after a line break or the
# space a segmenter made of it: 'https://doi.org/' + '10.1016/j.esr.2019.100418',
# 'https://doi.org/10.1109/' + 'MSP.2018.2818327', '.../10.1016/j.' + 'jmateco.2007.12.001'. The
# part so far is no whole DOI (its prefix or suffix is missing, or it ends in '.'), and the rest
# can be nothing but one: after 'doi.org/' a prefix '10.<digits>/'; after the prefix a suffix of
# pieces joined by '.' or '/'; after a dot also a short last piece before a full stop
# ('...1961.tb02789.' + 'x.'). A sentence's next word ('en verder') is none of these.
_DOI_SO_FAR: Final = re.compile(
    r"(?i:https?://(?:dx\.)?doi\.org/)(?P<doi>(?:10\.\d{4,9}/(?:\S*[./])?)?)$"
)
_DOI_PREFIX: Final = re.compile(r"10\.\d{4,9}/[A-Za-z0-9]")
_DOI_SUFFIX: Final = re.compile(r"[A-Za-z0-9][\w;()/:-]*[./][\w.;()/:-]*[\w)]")
_DOI_LAST_PIECE: Final = re.compile(r"[a-z0-9]{1,3}\.(?=\s|$)")


def _doi_break(text: str, end: int, last: str) -> re.Match[str] | None:
    so_far = _DOI_SO_FAR.search(last)
    brk = _ID_BREAK.match(text, end) if so_far is not None else None
    if so_far is None or brk is None:
        return None
    if not so_far.group("doi"):
        return brk if _DOI_PREFIX.match(text, brk.end()) else None
    if _DOI_SUFFIX.match(text, brk.end()) or (
        last.endswith(".") and _DOI_LAST_PIECE.match(text, brk.end())
    ):
        return brk
    return None


# The Tweede Kamer's zaak or document number cut before its letter ('...&did=2016' + 'D04481'),
# over a line's end or a narrow cell's space: crossed only to the letter and all five digits.
_TK_YEAR_SO_FAR: Final = re.compile(r"=(?:19|20)\d\d$")
_TK_BREAK: Final = re.compile(
    r"(?:[ \t\u00a0]*\r?\n[ \t\u00a0]*|[ \t\u00a0]+)(?=[ZD]\d{5}(?![\w-]))"
)


def _continuation(text: str, end: int, last: str) -> re.Match[str] | None:
    """The break after a URL's part when the next line may continue it; OCR puts a blank line
    between lines, crossed only when the part ends mid-word ('...-wekzijn-en-' / 'sport/...')."""
    if "doi.org/" in last and (doi := _doi_break(text, end, last)) is not None:
        return doi
    if "BWB" in last and (bwb := _bwb_break(text, end, last)) is not None:
        return bwb
    if last.endswith("/") and "/web/" in last and _ARCHIVED_SO_FAR.search(last) is not None:
        archived = _ARCHIVED_TARGET.match(text, end)
        if archived is not None:
            return archived
    if (bracketed := _bracketed_space(text, end, last)) is not None:
        return bracketed
    if (below := _cell_below(text, end, last)) is not None:
        return below
    if last[-5:-4] == "=" and _TK_YEAR_SO_FAR.search(last) is not None:
        tk = _TK_BREAK.match(text, end)
        if tk is not None:
            return tk
    if "ECLI:" in last and (ecli := _ecli_break(text, end, last)) is not None:
        return ecli
    brk = _BREAK.match(text, end)
    if brk is not None and last.endswith(("-", "/", "_")):
        brk = _BLANK_BREAK.match(text, end) or brk
    if brk is None and last.endswith(("-", "_")):
        space = _SPACE_BREAK.match(text, end)
        piece = _URL_PIECE.match(text, space.end()) if space else None
        if space and piece and re.search(r"[\d_/.]", piece.group()):
            return space
        if (
            space
            and piece
            and _CELL_SLUG.fullmatch(piece.group())
            and _LINE_ENDS.match(text, piece.end())
        ):
            return space  # a cell's line cut after a hyphen: '...-afstand-' + 'scholieren-wel-...'
        if (
            space
            and piece
            and _HYPHENED_SLUG.search(last)
            and _ROW_SLUG.fullmatch(piece.group())
            and _CLOSES_LINE.match(text, piece.end())
        ):
            return space  # '.../politiehond-in-dalfsen-' + ' keerde-overleden).' ending its note

    if brk is None:
        return (
            (_escape_rest(text, end, last) if "%" in last[-2:] else None)
            or _file_type_space(text, end, last)
            or _spaced_tail(text, end, last)
            or _host_space(text, end, last)
            or _ocr_space(text, end, last)
            or _joined_word_rest(text, end, last)
            or _cell_space(text, end, last)
            or _long_slug_space(text, end, last)
        )
    return brk


# urls49: a BWB id (wetten.overheid.nl's 'BWBR' and seven digits; 'BWBV' a treaty's, 'BWBW' a
# regulation's) cut before its last digits, over a line's end or the space a segmenter made of
# it ('https://wetten.overheid.nl/BWBR0011' + '823)', a narrow cell's 'BWBR001306' + '0'): crossed
# only to the digits that make it whole, and nothing of a word after them.
_BWB_SO_FAR: Final = re.compile(r"/BWB[RVW](\d{1,6})$")
# The rest closes the id: a bracket or a sentence's mark may follow, then the line's or cell's end
# or a word; not more digits or a dash (a phone number '070 - 456 78 90', a ground '3.1.2e').
_DIGITS_AFTER: Final = re.compile(
    r"\d{1,6}(?=[)\]>.,;:]*(?:[ \t\u00a0]*(?:\r?\n|$|\|)|[ \t\u00a0]+[^\d\s-]))"
)


def _bwb_break(text: str, end: int, last: str) -> re.Match[str] | None:
    head = _BWB_SO_FAR.search(last)
    brk = _ID_BREAK.match(text, end) if head is not None else None
    if head is None or brk is None:
        return None
    rest = _DIGITS_AFTER.match(text, brk.end())
    if rest is None or len(head.group(1)) + len(rest.group()) != 7:
        return None
    return brk


# urls49: an archived copy's address, the archive's prefix and then the page's own address
# ('https://web.archive.org/web/20260608174816/' + 'https://www.rvig.nl/...'), cut where the line
# broke after the prefix's '/': the address after it is the archived one, not a next entry.
_ARCHIVED_SO_FAR: Final = re.compile(r"(?i:web\.archive\.org)/web/\d{4,14}(?:[a-z]{2}_)?/$")
_ARCHIVED_TARGET: Final = re.compile(
    r"(?:[ \t\u00a0]*\r?\n[ \t\u00a0]*|[ \t\u00a0]+)(?=(?i:https?://)[a-z0-9])"
)


# urls49: an address in angle brackets, the form RFC 3986 (appendix C) gives for an address in
# running text because its line may break anywhere: 'Zie <https://ec.europa.eu/.../default/ta' +
# 'ble> voor ...', '.../b02ba/' + 'file>'. Where a segmenter joined the lines with a space, the
# space before the piece that closes the bracket is the line's break: crossed when '<' opens the
# address (within _BRACKET_REACH) with no '>' since, and the next token runs to the '>'.
_BRACKET_REACH: Final = 400
_BRACKET_SPACE: Final = re.compile(r"[ \t\u00a0]+(?=[^\s<>\"]{1,80}>)")
_BRACKET_OPEN: Final = re.compile(r"<(?i:https?://|www\.)")


def _bracketed_space(text: str, end: int, last: str) -> re.Match[str] | None:
    if text[end : end + 1] not in (" ", "\t", "\u00a0"):
        return None
    opened = text.rfind("<", max(0, end - _BRACKET_REACH), end)  # a bounded look back, no scan
    if opened < 0 or ">" in text[opened:end] or _BRACKET_OPEN.match(text, opened) is None:
        return None
    if text.count(" ", opened, end) > 3:
        return None  # a sentence inside brackets, not one address's broken lines
    return _BRACKET_SPACE.match(text, end)


# urls49: a table without rules whose cell wrapped an address, read by the segmenter as two rows:
# the address's first line ends its row ('5 | Notitie over de | Openbaar | https://open.overheid.
# nl/'), the rest stands in the next row, whose first cell is empty as no row's is
# (' | openbaarmaking van ... |  | documenten/oep-14145d...'). The address goes on in that row's
# first cell, in its own column or after it, whose first token is an address's material (a '/',
# '.', '-', '_', '?', '=', '%' in one token, no scheme, no mail, no date, no Woo ground) when the
# part so far was cut: after '://', a '/' or a hyphen, not after a whole file's name.
_ROW_CLOSES: Final = re.compile(r"(?:[ \t\u00a0]*\|)*[ \t\u00a0]*\r?\n")
_CELL_BELOW: Final = re.compile(r"(?s:.*)")
_BELOW_PIECE: Final = re.compile(r"[\w%~#?=&.:;+/-]*[/._?=&%-][\w%~#?=&.:;+/-]*")
_NO_PIECE: Final = re.compile(
    rf"(?i:https?:|www\.)|[^@]*@|\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{2,4}}|{_GROUND}"
)
_CUT_ENDS: Final = ("/", "-", "_", "=", "&", "?")
# ... and that cell holds the address's rest alone: its lines, joined with a space, are pieces of
# an address's characters up to the cell's end ('documenten/oep-14145d83864b4ea12' + ' 33c0b01135b8
# a3f729' + ' c0b87', '.../overig_kamerstuk/' + ' 63918'): each space is the cell's line break.
# A piece holds a digit or an address's mark: a sentence's words after the address are no piece.
_BELOW_PIECE_TOKEN: Final = r"[\w%~#?=&./-]*[\d/%_=&?#.~-][\w%~#?=&./-]*"
_BELOW_CELL_SPACE: Final = re.compile(
    rf"[ \t\u00a0](?={_BELOW_PIECE_TOKEN}(?:[ \t\u00a0]{_BELOW_PIECE_TOKEN}){{0,6}}"
    r"[ \t\u00a0]*(?:\r?\n|$|\|))"
)
_FILE_NAME_END: Final = re.compile(
    r"/[^/\s]+\.(?:html?|pdf|aspx?|php|docx?|xlsx?|odt)$", re.IGNORECASE
)


def _cell_below(text: str, end: int, last: str) -> re.Match[str] | None:
    if not last.endswith(_CUT_ENDS) or _FILE_NAME_END.search(last) is not None:
        return None
    closes = _ROW_CLOSES.match(text, end)
    if closes is None:
        return None
    start = end - len(last)
    reach = max(0, start - _ROW_REACH)  # a row's line, looked at within _ROW_REACH: no scan
    column = text.count("|", text.rfind("\n", reach, start) + 1 or reach, start)
    row_end = text.find("\n", closes.end(), closes.end() + _ROW_REACH)
    row = text[closes.end() : row_end if row_end >= 0 else closes.end() + _ROW_REACH]
    if column == 0 or not row.lstrip(" \t").startswith("|"):
        return None  # not a table's row, or the next row opens with a cell of its own
    at = closes.end()
    for i, cell in enumerate(row.split("|")):
        content = cell.strip()
        if i >= column and content:
            token = content.split(" ", 1)[0]
            if _BELOW_PIECE.fullmatch(token) is None or _NO_PIECE.match(token) is not None:
                return None
            return _CELL_BELOW.match(text, end, at + len(cell) - len(cell.lstrip()))
        at += len(cell) + 1
    return None


# An ECLI in an address's path or query cut by a line's end or OCR's space ('...inziendocument?id=
# ECLI:NL:RBSGR:2' + '011:BP9757', '.../rechtspraak/ECLI:NL:RVS:' + '2014:544'): crossed only when
# the part so far holds an ECLI not yet whole and the rest completes one.
_ECLI_SO_FAR: Final = re.compile(
    r"ECLI:[A-Z]{2}:(?:[A-Z0-9]{1,7}(?::(?:\d{1,4}(?::[A-Z0-9.]*)?)?)?)?$"
)
_ECLI_WHOLE: Final = re.compile(r"ECLI:[A-Z]{2}:[A-Z0-9]{2,7}:\d{4}:[A-Z0-9.]*[A-Z0-9]")
_ECLI_END: Final = re.compile(r"[.,;:)]*(?:/|$)")


def _ecli_break(text: str, end: int, last: str) -> re.Match[str] | None:
    head = _ECLI_SO_FAR.search(last)
    if head is None or _ECLI_WHOLE.fullmatch(head.group()) is not None:
        return None
    brk = _ID_BREAK.match(text, end)
    rest = _URL_TOKEN.match(text, brk.end()) if brk is not None else None
    if brk is None or rest is None:
        return None
    joined = head.group() + rest.group()
    whole = _ECLI_WHOLE.match(joined)
    if whole is None or whole.end() <= len(head.group()):
        return None
    return brk if _ECLI_END.match(joined, whole.end()) is not None else None


# A narrow cell cut a file's type: '.../handreiking-2023.pd' + 'f'. The letters after the space
# go on only when they complete a file type and close the cell or the line, or stand before the
# next item's capital where the segmenter joined a list's lines ('...Module%20V2.4.p' + 'df' +
# ' Membrapor NH3 ...', urls47); a sentence's next word ('.pd f en verder') is no type's rest.
_CUT_TYPE: Final = re.compile(r"[^/\s]/[^/\s]+\.(?P<cut>[a-z]{1,3})$")
_TYPE_REST: Final = re.compile(r"[a-z]{1,3}(?=[ \t\u00a0]*(?:\r?\n|$|\|)| [A-Z])")


def _completes_file_type(part: str, piece: str) -> bool:
    cut = _CUT_TYPE.search(part)
    return cut is not None and re.fullmatch(_FILE_TYPES, cut.group("cut") + piece) is not None


def _file_type_space(text: str, end: int, last: str) -> re.Match[str] | None:
    space = _CELL_SPACE.match(text, end)
    rest = _TYPE_REST.match(text, space.end()) if space else None
    if space is None or rest is None or not _completes_file_type(last, rest.group()):
        return None
    return space


# A table cell's lines joined with a space by the segmenter ('https://www.raadvanstate.nl/uit
# spraken/@95293/...', '...#highlight=ECLI%3aNL%3aRVS %3a2014%3a1723'): the next token goes on
# the URL only when no sentence's word could be it: two or more path pieces after a path, or a
# percent escape after a query's value.
_CELL_SPACE: Final = re.compile(r" (?=[\w%])")
_ESCAPE_REST: Final = re.compile(r"%[0-9A-Fa-f]{2}[\w%.+~=&#;-]*")


def _cell_space(text: str, end: int, last: str) -> re.Match[str] | None:
    if text.startswith(" /", end):
        return _slash_rest(text, end, last)
    space = _CELL_SPACE.match(text, end)
    token = _URL_TOKEN.match(text, space.end()) if space else None
    if token is None:
        return None
    if _MID_PATH.search(last) is not None and (
        _PATH_PIECES.fullmatch(token.group()) or _ONE_SLASH_REST.fullmatch(token.group())
    ):
        return space
    if _QUERY_CUT.search(last) is not None and (
        _ESCAPE_REST.fullmatch(token.group()) or _QUERY_REST.fullmatch(token.group())
    ):
        return space  # '?id=2020D1719' + '6&did=2020D17196': a parameter's rest
    if (
        len(last) >= _CUT_CELL
        and _QUERY_NUMBER_CUT.search(last) is not None
        and _NUMBER_REST.fullmatch(token.group()) is not None
        and _LINE_ENDS.match(text, token.end()) is not None
    ):
        return space  # '...&connection_id=9' + ' 525022' alone on its line: the number's rest
    if (
        _WHOLE_PIECE.search(last) is not None
        and _PATH_PIECES_AFTER_SLASH.fullmatch(token.group()) is not None
    ):
        return space  # '.../nza/doc/' + 'PUC_3324_22/1/': a cell's next line after a whole piece
    if (
        len(last) >= _CUT_CELL
        and _SHORT_PIECE.search(last)
        and (
            (
                # three pieces, or two after a word's first letter ('/r' + 'outekaart-corona')
                (
                    _CELL_SLUG.fullmatch(token.group())
                    or (last[-2] == "/" and _ROW_SLUG.fullmatch(token.group()))
                )
                and _LINE_ENDS.match(text, token.end())
            )
            # or the next row's number and date say where the cell ends
            or (
                _ROW_SLUG.fullmatch(token.group()) is not None
                and next_row_glued(text, token.start(), token.group(), token.end()) > 0
            )
        )
    ):
        return space  # '.../2020/04/15/a' + 'dvies-nav-64e-omt-covid-19' closing the cell
    if _alone_in_cell(text, end, last, token):
        return space  # '... | https://.../nl/print/jouw-v' + 'accinaties' closing the row
    if _completes_uuid(last, token.group()):
        return space  # '.../batch/1ee5217e-2532-6e1a-9ca2-89021962' + 'f804'
    return None


# A path's rest that opens the next line with its slash, the break read as a space
# ('www.werkaandewijk.denhaag.nl/projecten' + ' /tramlijn-6-en-12.'): crossed after a path's word
# when the rest is a slug of three or more pieces, or two or more further pieces, that closes the
# sentence or the line. An 'and/or' slash ('en /of'), a place's ('Den Haag /Rijswijk') or a
# fraction's ('1 /2') is no slug.
_SLASH_SPACE: Final = re.compile(r" (?=/)")
_SLASH_SLUG: Final = re.compile(
    r"/[a-z0-9]+(?:-[a-z0-9]+){2,}/?|/[\w%.~-]+(?:/[\w%.~-]+)+/?(?:\?[\w%.~=&;+-]+)?"
)
_SLUG_CLOSES: Final = re.compile(r"[)\].,;:!?]*(?:[ \t\u00a0]|$)")


def _slash_rest(text: str, end: int, last: str) -> re.Match[str] | None:
    space = _SLASH_SPACE.match(text, end)
    if space is None or _MID_PATH.search(last) is None or _HAS_PATH.match(last) is None:
        return None
    slug = _SLASH_SLUG.match(text, space.end())
    if slug is None or _SLUG_CLOSES.match(text, slug.end()) is None:
        return None
    return space


# A UUID cut short ('.../batch/1ee5217e-2532-6e1a-9ca2-89021962' + 'f804', a cell's width or a
# line's end): the next token's hex digits are its rest only when they make the UUID whole (8-4-4-
# 4-12); a whole UUID's next token is the next entry or word.
_UUID_FORM: Final = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_UUID: Final = re.compile(_UUID_FORM, re.IGNORECASE)
_UUID_HEAD: Final = re.compile(r"/([0-9a-f][0-9a-f-]{0,34})$", re.IGNORECASE)
_UUID_TAIL: Final = re.compile(r"[0-9a-f-]{1,35}(?=$|[/?#.,;:)])", re.IGNORECASE)


def _completes_uuid(part: str, piece: str) -> bool:
    head = _UUID_HEAD.search(part)
    tail = _UUID_TAIL.match(piece)
    return (
        head is not None
        and tail is not None
        and _UUID.fullmatch(head.group(1)) is None
        and _UUID.fullmatch(head.group(1) + tail.group()) is not None
    )


# A table's cell holding one address and nothing else, its lines joined with a space by the
# segmenter ('Jouw opgehaalde vaccinaties | https://x.nl/nl/print/jouw-v accinaties'): the cell's
# last token is the address's rest when the address opens the cell, is long enough for a cell to
# cut (_CUT_CELL), was cut inside a path's piece (not after a '/' or a file's type) and the token
# is one lower-case piece that closes the cell. A remark after an address in its cell would be a
# sentence's words, capitalised or more than one.
_CELL_REST: Final = re.compile(r"[a-z0-9]*[a-z]{2}[a-z0-9._~%-]*/?")
# ... or one letter, the last of a long word the cell cut ('.../print/print-vaccinati' + 'e',
# '.../print-testuitsla' + 'g'): not a list's letter (a, b, c), a roman numeral's (i, v, x) or a
# word of its own ('o', 'y', 'q').
_CELL_LETTER: Final = re.compile(r"[d-hj-npr-uwz]")
_LONG_WORD_CUT: Final = re.compile(r"[/-][a-z]{6,}$")


def _cells_rest(last: str, rest: str) -> bool:
    """Whether a cell's last token can be the rest of the address `last` it cut."""
    if _CELL_REST.fullmatch(rest) is not None:
        return True
    return _CELL_LETTER.fullmatch(rest) is not None and _LONG_WORD_CUT.search(last) is not None


_CELL_CLOSES: Final = re.compile(r"[ \t\u00a0]*(?:\r?\n|$)")
_NEXT_CELL: Final = re.compile(r" \| ")
_FILE_END: Final = re.compile(r"\.[a-z]{2,4}$")
# ... nor after or inside an id's hex digits (a whole UUID '.../0e1baa05-...-5d1e8f3a2b1c', a hash
# cut short '.../file/fd6f85cea0ab7148d981d81'): their rest is hex too (_HEX_CUT, _completes_uuid).
_HEX_RUN_END: Final = re.compile(r"[/-](?=[0-9a-f]*\d)[0-9a-f]{8,}$")


def _cut_in_a_word(last: str) -> bool:
    """The address fills a cell's line and was cut inside a path piece's word."""
    return (
        len(last) >= _CUT_CELL
        and _MID_PATH.search(last) is not None
        and _FILE_END.search(last) is None
        and _HEX_RUN_END.search(last) is None
    )


def _alone_in_cell(text: str, end: int, last: str, token: re.Match[str]) -> bool:
    start = end - len(last)
    after_cell = text.startswith(" | ", start - 3)
    row_start = start == 0 or text[start - 1] == "\n"
    closes_row = _CELL_CLOSES.match(text, token.end()) is not None
    before_cell = _NEXT_CELL.match(text, token.end()) is not None
    if not ((after_cell and (closes_row or before_cell)) or (row_start and before_cell)):
        return False
    return _cut_in_a_word(last) and _cells_rest(last, token.group())


# A space a PDF's text put inside a path's last piece: '.../2021/09/20/beslu' + 't-op-wob-
# verzoek-over-aan--en-afgevoerde-mest-...'. The token after it goes on the URL only when it is a
# slug of five or more lower-case pieces joined by hyphens (U+0002: a line-end hyphen) that ends
# the line: no sentence's words run so.
_LONG_SLUG: Final = re.compile(r"[a-z0-9]+(?:(?:--?|\u0002)[a-z0-9]+){4,}/?")


# ... or after a whole piece and its '/' where the path holds two pieces or more: a footnote's
# address wrapped after a slash ('.../view/e2a3a282-...-d22da390fa7a/' + 'notitie-hoofdlijnen-van-
# het-bbv'), its line's end joined with a space.
_WHOLE_PIECE: Final = re.compile(r"[^/]/[^/\s]+/$")


def _long_slug_space(text: str, end: int, last: str) -> re.Match[str] | None:
    # a piece after another path piece ('/20/beslu'), not the host's first ('x.nl/stukken')
    pieces = last.split("//", 1)[-1].count("/")
    if _MID_PATH.search(last) is None and (_WHOLE_PIECE.search(last) is None or pieces < 3):
        return None
    if pieces < 2:
        return None
    space = _CELL_SPACE.match(text, end)
    token = _URL_TOKEN.match(text, space.end()) if space else None
    if token is None or _LONG_SLUG.fullmatch(token.group()) is None:
        return None
    return space if _LINE_ENDS.match(text, token.end()) else None


# A cell's line cut a slug after its first letters: the piece before the space is one to three
# characters after a '/', the token after it a slug of three or more pieces that ends the line.
_SHORT_PIECE: Final = re.compile(r"/[a-z0-9]{1,3}$")
_CUT_CELL: Final = 40  # a cell cuts only a long address
_CELL_SLUG: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}/?")
_ROW_SLUG: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
# An inventory's row: its number glued to the cell before (pdfium puts no space between cells),
# then the date column: '...-covid-19-vaccinatie' + '260' + ' 9 maart 2021'.
_ROW_DATE: Final = rf"[ \t\u00a0]\d{{1,2}}[ \t\u00a0](?:{MONTHS})[ \t\u00a0]\d{{4}}(?![\w])"
_NEXT_ROW_DATE: Final = re.compile(_ROW_DATE)
# A row opens a line, or follows the cell before it glued on ('...did=2020D17196' + '241 2 juni').
_ROW_START: Final = re.compile(rf"(?:^|\n|(?<=[a-z0-9]))(?P<row>\d{{1,3}}){_ROW_DATE}")
_ROW_GLUED: Final = re.compile(r"\d{1,3}$")
_ROW_REACH: Final = 600


def next_row_glued(text: str, start: int, url: str, end: int) -> int:
    """How many digits at the URL's end are the next row's number: the row this URL's cell is in
    opens with its number and date ('243 4 juni 2020 ...'), and the URL ends in that number plus
    one with a date after it ('.../volledig244 4 juni 2020'). 0 when it does not."""
    if _NEXT_ROW_DATE.match(text, end) is None:
        return 0
    rows = list(_ROW_START.finditer(text, max(0, start - _ROW_REACH), start))
    if not rows:
        return 0
    nxt = str(int(rows[-1].group("row")) + 1)
    tail = _ROW_GLUED.search(url)
    return len(nxt) if tail is not None and tail.group().endswith(nxt) else 0


_LINE_ENDS: Final = re.compile(r"[ \t\u00a0]*(?:\r?\n|$)")
# A slug of three or more pieces cut after its hyphen ('/nieuws/2371937/politiehond-die-zich-'):
# a line break the text turned into a space, when the rest is a slug that closes the line (a
# note's bracket and full stop may follow it).
_HYPHENED_SLUG: Final = re.compile(r"/[a-z0-9]+(?:-[a-z0-9]+){2,}-$")
_CLOSES_LINE: Final = re.compile(r"[)\].,;:]*[ \t\u00a0]*(?:\r?\n|$)")


# A footnote whose lines the segmenter joined with a space: the word's rest on its last line
# ('.../Omgevingsverorde ning', see _WORD_REST) is then the text's last word after one space.
_SPACE_BEFORE_LAST_WORD: Final = re.compile(r" (?=[a-z0-9]{1,12}[ \t\u00a0]*$)")


def _joined_word_rest(text: str, end: int, last: str) -> re.Match[str] | None:
    if len(last) < _FULL_LINE or _LONG_LAST_PIECE.search(last) is None:
        return None
    if _MID_PATH.search(last) is None:
        return None
    space = _SPACE_BEFORE_LAST_WORD.match(text, end)
    if space is not None and last[-1:].isalpha() and _NOTE_MARKER.match(text, space.end()):
        return None  # urls49: '...-van-woo-verzoeken' + ' 1': the paragraph's note marker
    return space


# urls49: a note's marker ends the paragraph after the address ('Zie https://www.rijksoverheid.nl/
# .../rijksbrede-instructie-voor-het-behandelen-van-woo-verzoeken 1', its superscript read as a
# digit): a word's rest a line cut off is letters, so digits alone after a path's last letter are
# the marker (an id's cut digits go on digits: '.../BWBR001306' + ' 0').
_NOTE_MARKER: Final = re.compile(r"\d{1,3}[ \t\u00a0]*$")


# OCR read a space into a slug: '.../in-houten-kan-in-co ronatijd-niet-door-de-beugel~a59d1b1b2/'.
_OCR_SPACE: Final = re.compile(r" (?=[a-z0-9])")
_SLUG_TAIL: Final = re.compile(
    r"[a-z0-9%]+(?:[-_~][a-z0-9%]+){2,}(?P<close>/|\.(?:html?|pdf|aspx?|php))?(?=[\s.,;:)\]]|$)"
)
_SLUG_END: Final = re.compile(r"/[^/?#\s]*-[a-z0-9]+$")


def _ocr_space(text: str, end: int, last: str) -> re.Match[str] | None:
    """A space inside a hyphenated slug, taken as OCR's only where what follows can be nothing but
    the slug's rest: lower-case words joined by hyphens that close as a path does ('/', '.html')
    or hold a '~', or five or more pieces closing the line; a sentence never goes on like that
    ('https://x.nl/over-ons al-met-al' stays)."""
    if _SLUG_END.search(last) is None:
        return None
    space = _OCR_SPACE.match(text, end)
    tail = _SLUG_TAIL.match(text, space.end()) if space else None
    if tail is None:
        return None
    if tail.group("close") or "~" in tail.group():
        return space
    # ... or a long slug's rest that ends its line ('.../rb-n' + ' oord-holland-07-03-2013-nr-awb-
    # 12-39' closing a footnote): five or more pieces, more than any sentence strings together
    if tail.group().count("-") >= 4 and _LINE_ENDS.match(text, tail.end()) is not None:
        return space
    return None


# Word breaks a long path inside a word when it has no better place: '.../06/brie' +
# 'fadvies-deltacommissaris-woningbouw-spoor-2'. Crossed only when the next line's first token can
# be nothing but a path's rest: lower-case pieces joined by '-' or '_' at least three times (a
# sentence's 'op-en-neer' has two), or a file name; a sentence's next line does not start so.
_FILE_TYPES: Final = r"(?:pdf|html?|aspx?|php|docx?|xlsx?|odt|md|txt|json|xml|csv|zip)"
_PATH_REST: Final = re.compile(
    r"[a-z0-9%]+(?:[-_\x02][a-z0-9%]+){3,}(?:/|[-_])?[.,;:)]*"
    rf"|[a-z0-9%]+(?:[-_][a-z0-9%]+)*\.{_FILE_TYPES}[.,;:)]*"
)
_MID_PATH: Final = re.compile(r"[^/]/[^/\s]*[a-z0-9]$")
# ... or a segment's rest, a slash and a file's name ('.../p' + 'df/1644114430-1610902885.pdf').
_FILE_REST: Final = re.compile(rf"[a-z0-9%_.-]+/(?:[\w%.~=&@-]+/)*[\w%.~=&@-]+\.{_FILE_TYPES}")
# A narrow table cell cuts a path anywhere: a next line's token of two or more path pieces
# ('ssen/details/30885/keywords/', 'spraken/@95293/...') is a path's rest, as no sentence's word
# holds two slashes.
_PATH_PIECES: Final = re.compile(r"[a-z0-9%_.-]+(?:/[\w%.~=&?#@-]*){2,}")
# ... or one slash when what follows it is no word's: a query ('kamer' + 'vragen/detail?did=2022D
# 31072&id=...') or a slug of four or more pieces ('...-meervoudi' + 'g/ecli-nl-rbnho-2025-6991'),
# where OCR read a space into the path's word.
_ONE_SLASH_REST: Final = re.compile(
    r"[a-z0-9%_.-]+/[\w%.~@-]*\?[\w%.~;+-]+=[\w%.~=&;+-]*|[a-z0-9%_.-]+/[a-z0-9]+(?:-[a-z0-9]+){3,}/?"
)
# After a path's whole piece and its slash, a token of two or more further pieces that ends in a
# slash or a file's type, its first piece an id's (six or more characters, a letter and a digit):
# '.../nza/doc/' + ' PUC_3324_22/1/', where a cell's lines were joined with a space. A date
# ('12/03/2019'), 'en/of', a fraction or 'A4/B5/' holds no such token.
_PATH_PIECES_AFTER_SLASH: Final = re.compile(
    rf"(?=[^/\s]*[A-Za-z])(?=[^/\s]*\d)[\w%.~-]{{6,}}(?:/[\w%.~-]+)+(?:/|\.{_FILE_TYPES})"
)
# ... a query or a fragment's parameter ('?keywords=waddenwegvi' + 'aduct&filter%5B...',
# '#highlight=ECLI%3aNL%3aRVS' + '%3a2014%3a1723'): a token with a
# parameter's '&' or '=' or an escape's '%' goes on a query cut inside a value;
_QUERY_CUT: Final = re.compile(r"[?#][^\s#]*=[^\s&=#]*[\w%+]$")
# ... or a long address cut inside its query's number, the rest of the number alone on the next
# line ('...?connection_type=17&connection_id=9' + ' 525022', a footnote Word broke at the line's
# end): digits, three or more, that close the line. A count or a year after an address ('?p=2 3
# keer', '?jaar=2020 2021 en') goes on with words or stands on a short address.
_QUERY_NUMBER_CUT: Final = re.compile(r"[?&][\w.%-]+=\d+$")
_NUMBER_REST: Final = re.compile(r"\d{3,}")
_QUERY_REST: Final = re.compile(r"[\w%.+~-]*(?:[&=]|%[0-9A-Fa-f]{2})[\w%.+~=&#;-]*")
# ... and a hash's hexadecimal name cut short ('/file/fd6f85cea0ab7148d981d81' + '2a431bb5a'): the
# next line's hex digits are its rest only when they make up a hash's length (MD5, SHA-1, SHA-256);
# a whole hash's next line ('903 IJplein ...') is the next entry.
_HEX_CUT: Final = re.compile(r"/([0-9a-f]{16,63})$")
_HEX_REST: Final = re.compile(r"[0-9a-f]{1,48}")
_HASH_LENGTHS: Final = (32, 40, 64)


# ... and cuts a host: 'https://zoek.officielebekendmaking' + 'en.nl/gmb-2019-220902.html',
# 'https://amsterdam.raadsinformatie.' + 'nl/vergadering/558719'. Taken only while the address so
# far has no path and no TLD at its end, and the next line's token ends the host with one.
_HOST_SO_FAR: Final = re.compile(r"(?:[a-z]+://)?[a-z0-9.-]+", re.IGNORECASE)
_ENDS_IN_TLD: Final = re.compile(rf"\.(?:{_TLDS})$", re.IGNORECASE)
_HOST_REST: Final = re.compile(rf"(?:[a-z0-9-]+\.)*(?:{_TLDS})(?:[/:?#]\S*)?")


def _completes_host(so_far: str, piece: str) -> bool:
    if _HOST_SO_FAR.fullmatch(so_far) is None or _ENDS_IN_TLD.search(so_far.rstrip(".")):
        return False
    if _cut_in_tld(so_far, piece):
        return True
    if _HOST_REST.fullmatch(piece) is None:
        return False
    return so_far.endswith(".") or "." in piece.split("/", 1)[0]


# ... or inside its TLD: 'http://rijksoverheid.archiefweb.e' + 'u/#archive'.
_TLD_REST: Final = re.compile(r"(?P<rest>[a-z]{1,3})(?:[/:?#]\S*)?$")


def _cut_in_tld(so_far: str, piece: str) -> bool:
    head, _, last = so_far.rpartition(".")
    rest = _TLD_REST.match(piece)
    return (
        bool(head)
        and len(last) == 1
        and rest is not None
        and (last + rest.group("rest")).lower() in _KNOWN_TLD
    )


# The Tweede Kamer's zaak and document numbers have five digits after the letter ('id=2022Z10845');
# one cut short at the line's end goes on with the digits it lacks ('did=2022D222' + '49;').
_CUT_TK_NUMBER: Final = re.compile(r"=\d{4}[ZD](\d{0,4})$")
_DIGITS: Final = re.compile(r"\d+")


# The last line of a footnote or paragraph holding nothing but a word's end ('.../Omgevingsverorde'
# + 'ning'), under a line the URL filled: only a full line is cut inside a word, and nothing else
# was printed after it, so it can only be the cut word's rest.
_WORD_REST: Final = re.compile(r"[a-z0-9]{1,12}")
_FULL_LINE: Final = 60
_LONG_LAST_PIECE: Final = re.compile(r"/[^/?#=&\s]{6,}$")
_LAST_LINE: Final = re.compile(r"[ \t\u00a0]*(?:$|\r?\n[ \t\u00a0]*(?:\r?\n|$))")


def _breaks_mid_word(part: str, brk: re.Match[str], piece: str, last_line: bool) -> bool:
    if brk.re is not _BREAK:
        return False
    cut = _CUT_TK_NUMBER.search(part)
    if cut is not None:
        rest = _DIGITS.match(piece)
        return rest is not None and len(cut.group(1)) + len(rest.group()) == 5
    if _QUERY_CUT.search(part) is not None and _QUERY_REST.fullmatch(piece) is not None:
        return True
    if _completes_file_type(part, piece):
        return True  # '.../handreiking-2023.pd' + 'f'
    hexed = _HEX_CUT.search(part)
    rest = _HEX_REST.match(piece)
    if hexed is not None and rest is not None and len(rest.group()) >= len(piece) - 1:
        whole = len(hexed.group(1)) + len(rest.group())
        if len(hexed.group(1)) not in _HASH_LENGTHS and whole in _HASH_LENGTHS:
            return True
    if _completes_uuid(part, piece):
        return True
    if _MID_PATH.search(part) is None:
        return False
    if (
        _PATH_REST.fullmatch(piece) is not None
        or _PATH_PIECES.fullmatch(piece) is not None
        or _FILE_REST.fullmatch(piece) is not None
    ):
        return True
    return (
        last_line
        and _WORD_REST.fullmatch(piece) is not None
        and _LONG_LAST_PIECE.search(part) is not None
    )


# A narrow cell's address already cut over two or more lines, its last piece ending in a hyphen:
# the next line's lone word that closes its line is the slug's last word ('...-woningbouw-en-' +
# 'infrastructuursector'). A sentence's address cut once does not take a plain word so.
_CELL_WORD: Final = re.compile(r"[a-z0-9]{2,40}")


def _cells_last_word(parts: list[str], piece: str, text: str, stop: int) -> bool:
    return (
        len(parts) >= 3
        and parts[-1].endswith("-")
        and _CELL_WORD.fullmatch(piece) is not None
        and _LINE_ENDS.match(text, stop) is not None
    )


# The same cell read line by line (pdfium's page text): the address alone on its line, cut inside
# a path's piece, and its rest alone on the next ('https://x.nl/nl/scanner/uitpr' + 'oberen').
def _alone_on_line(text: str, start: int, parts: list[str], piece: str, stop: int) -> bool:
    return (
        len(parts) == 1
        and (start == 0 or text[start - 1] == "\n")
        and _cut_in_a_word(parts[0])
        and _cells_rest(parts[0], piece)
        and _CELL_CLOSES.match(text, stop) is not None
    )


# What every address holds one of: a scheme, 'www.' in any case (`_WWW`), a TLD and a slash
# (`_TLD_SLASH`), or a scheme OCR spaced; read in words.py's one pass, not four scans a text.
CUES: Final = frozenset(
    {
        "://",
        ": //",
        *(a + b + c + "." for a in "wW" for b in "wW" for c in "wW"),
        *(f".{tld}/" for tld in _TLDS.split("|")),
    }
)


# A bare address whose host a line end cut after a dot, or the space a joined line leaves there:
# '(includeplatform.' + 'net/publications)'. Only the common TLDs opening a path, after a host of
# lower-case labels: a sentence's end and the next line's 'de/het' or 'nu/straks' stay text.
_CUT_TLDS: Final = ("nl", "com", "org", "eu", "net", "int", "gov", "edu", "info")
CUT_AT_DOT_CUES: Final = frozenset(f"{gap}{tld}/" for tld in _CUT_TLDS for gap in " \n")
_CUT_TLD: Final = re.compile(rf"(?<=[ \n])(?:{'|'.join(_CUT_TLDS)})/(?=[a-z0-9])")
_HOST_BEFORE_CUT: Final = re.compile(
    r"(?<![\w@/.\-])(?:[a-z0-9-]+\.)*(?=[a-z0-9-]*[a-z])[a-z0-9][a-z0-9-]{2,}\."
    r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
)


# The word before a cut host, one space away, itself a host's first labels with no TLD at its end
# ('httDs : //zoek.officielebekend' + ' makincien. nl/kst-29517-153'): OCR read spaces into one
# address whose scheme it damaged, so no rule took it; its last labels are no site of their own.
_LABELS_BEFORE: Final = re.compile(
    r"(?:^|\s)\S*[a-z0-9]\.[a-z][a-z0-9-]*[a-z][ \t]$", re.IGNORECASE
)


def _split_host_before(text: str, at: int) -> bool:
    labels = _LABELS_BEFORE.search(text, max(0, at - 80), at)
    return labels is not None and _ENDS_IN_TLD.search(labels.group().rstrip()) is None


def _cut_at_dot(text: str, found: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _CUT_TLD.finditer(text):
        tld = m.start()
        for host in _HOST_BEFORE_CUT.finditer(text, max(0, tld - 80), tld):
            if host.end() == tld:
                break
        else:
            continue
        if any(start <= host.start() <= end + 1 for start, end in found):
            continue  # inside an address, or right after one ('officielebekend rnakingen. nl/')
        if _split_host_before(text, host.start()):
            continue  # a host's middle after OCR's space: '//zoek.officielebekend makincien. nl/'
        tail = _trim(text[tld : _body_end(text, tld)])
        url = "https://" + text[host.start() : host.end()].rstrip() + tail.replace("\x02", "-")
        yield Hit("url", host.start(), tld + len(tail), url, url)


def _last_part(parts: list[str]) -> str:
    """The part the next break is asked after; a scheme alone on its line and the host's first
    labels below it are one part ('https://' + 'zoek.officielebekendmakinge' + ' n.nl/...', a
    narrow cell's lines, urls49), as if printed on one line."""
    if len(parts) > 1 and parts[-2].endswith("://"):
        return parts[-2] + parts[-1]
    return parts[-1]


def find(text: str) -> Iterator[Hit]:
    cues = read(text).cues
    if cues.isdisjoint(CUES):
        at_dot = list(_cut_at_dot(text, [])) if not cues.isdisjoint(CUT_AT_DOT_CUES) else []
        yield from at_dot
        if not cues.isdisjoint(barehosts.CUES):
            yield from barehosts.find(text, [(h.start, h.end) for h in at_dot])
        return
    if "\ufffe" in text:
        # pdfium's other mark of a line end's hyphen (U+FFFE in its page text calls): as U+0002.
        text = text.replace("\ufffe", "\x02")
    doubled, printed = False, text
    if "\u2010" in text or "\u2011" in text:
        # Word's typographic hyphens are the ASCII one the address was typed with; read so from
        # the start, a cut line's rest ('umenten/publicatie/2020/advies\u2010raad') is a path's.
        doubled = _QUARTZ_HYPHEN in text
        text = text.translate(_TYPED_HYPHENS)
    candidates = _starts(text)
    found: list[tuple[int, int]] = []
    pos = 0
    while (m := _search_start(text, candidates, pos)) is not None:
        start = m.start()
        misread = m.re is _DAMAGED_SCHEME
        end = _body_end(text, m.end() if m.re is _SPACED_SCHEME or misread else start)
        parts = [text[start:end]]
        if m.re is _SPACED_SCHEME:  # the scheme as it is written, without OCR's space
            parts = [m.group("scheme") + "://" + text[m.end() : end]]
        elif misread:  # the scheme as printed: 'https' where it has five glyphs, else 'http'
            scheme = "https" if len(m.group("scheme")) == 5 else "http"
            parts = [scheme + "://" + text[m.end() : end]]
        spaced = (
            (
                _SPACED_WWW.match(text, start)
                or _SPACED_HOST.match(text, start)
                or _SPACED_TLD.match(text, start)
            )
            if m.re is _START
            else None
        )
        if spaced is None or not _whole_host_spaced(spaced.group()):
            spaced = _SPLIT_LABEL.match(text, start) if m.re is _START else None
        if spaced is not None and spaced.re is _SPACED_HOST and _misread_tld(spaced.group()):
            spaced = None  # ocr50: the TLD 'nl' read as 'ni', 'nI', 'n1' only on a known site
        if spaced is not None and (spaced.re is _SPLIT_LABEL or _whole_host_spaced(spaced.group())):
            end = _body_end(text, spaced.end())  # the host without OCR's spaces
            closed = spaced.group().translate(_NO_MARKS if spaced.re is _SPACED_WWW else _NO_SPACE)
            parts = [closed + text[spaced.end() : end]]
        below = False  # the address went on in a wrapped cell's next row (_cell_below)
        while (
            brk := _continuation(text, end, _last_part(parts))
            or (_BELOW_CELL_SPACE.match(text, end) if below else None)
        ) is not None:
            below = below or brk.re is _CELL_BELOW
            if brk.re is _OCR_SPACE:  # the slug's rest, checked by _ocr_space
                tail = _SLUG_TAIL.match(text, brk.end())
                assert tail is not None
                parts.append(tail.group())
                end = tail.end()
                continue
            token = _URL_TOKEN.match(text, brk.end())
            if token is None or ("://" in token.group(0) and brk.re is not _ARCHIVED_TARGET):
                break
            if token.group(0).lower().startswith("www.") and not parts[-1].endswith("://"):
                break
            if _BARE_HOST.match(token.group(0)) and _HAS_PATH.match("".join(parts)):
                break  # '...-van-sammy.html' + 'vng.nl/sites/...': a list's next address
            stop = _unopened_bracket(text, token.start(), token.end(), "".join(parts))
            piece = text[token.start() : stop]
            if not any(ch.isalnum() for ch in piece):
                break  # a list's dash or a lone bracket on the next line, no part of an address
            if parts[-1].endswith("/") and _ROW_NUMBER.match(text, token.start()):
                break  # after a whole path, the next row's number and title ('30.2 Bijlage')
            line_start = text.rfind("\n", 0, brk.start()) + 1
            last_line = (
                brk.start() - line_start >= _FULL_LINE and _LAST_LINE.match(text, stop) is not None
            )
            mid_word = (
                brk.re is _ID_BREAK
                or brk.re is _TK_BREAK
                or brk.re is _SPACE_BEFORE_LAST_WORD
                or brk.re is _CELL_SPACE
                or brk.re is _TYPE_AFTER_DOT
                or brk.re is _HOST_SPACE
                or brk.re is _DIGITS_REST
                or brk.re is _PIECE_AND_ID
                or brk.re is _HYPHEN_REST
                or brk.re is _SPACED_HEX
                or brk.re is _SPACED_ESCAPE
                or brk.re is _ARCHIVED_TARGET
                or brk.re is _BRACKET_SPACE
                or brk.re is _CELL_BELOW
                or brk.re is _BELOW_CELL_SPACE
                or _breaks_mid_word("".join(parts), brk, piece, last_line)
                or (brk.re is _BREAK and _completes_host("".join(parts), piece))
                or (brk.re is _BREAK and _cells_last_word(parts, piece, text, stop))
                or (brk.re is _BREAK and _alone_on_line(text, start, parts, piece, stop))
            )
            if not (
                parts[-1].endswith(_CONTINUES_AFTER)
                or parts[-1].endswith("://")
                or piece.startswith(_CONTINUES_BEFORE)
                or mid_word
            ):
                break
            if _A_GROUND.fullmatch(piece) or (
                _WHOLE_HASH.search(parts[-1]) and not piece.startswith(("/", "?", "#"))
            ):
                break
            if _PUBLICATION_ID.match(piece) or not (mid_word or re.search(r"[/.\-_?=&%~#]", piece)):
                break  # plain words, or the page footer's own id ('ah-tk-20232024-1076')
            parts.append(piece)
            end = stop
        found.append((start, end))  # also an address declined below: its host's rest is no address
        # pdfium marks a hyphen it removed at a line end as U+0002: it was a real hyphen.
        parts = [p.replace("\x02", "-") for p in parts]
        joined = _trim("".join(parts))
        heading = _GLUED_HEADING.search(joined)
        if heading is not None and "/" in joined[joined.find("//") + 2 : heading.start()]:
            joined = _trim(joined[: heading.start()])
        row_title = _GLUED_ROW_TITLE.search(joined)
        if (
            row_title is not None
            and "/" in joined[joined.find("//") + 2 : row_title.start()]
            and _ROW_NUMBER_AFTER.match(text, end) is not None
        ):
            joined = joined[: row_title.start()]
        entry = (
            _GLUED_SITE.search(joined)
            if joined.endswith(_SITE_ENDS)
            else _GLUED_AUTHOR.search(joined)
            if joined[-1:].isupper()
            else None
        )  # the searches only where the address ends in a TLD or a capital
        if (
            entry is not None
            and "/" in joined[joined.find("//") + 2 : entry.start()]
            and (entry.re is _GLUED_SITE or _YEAR_AFTER.match(text, end) is not None)
        ):
            joined = joined[: entry.start()]
        pos = max(end, start + 1)
        bare = m.re is _BARE_HOST
        if not bare and (
            len(joined) <= len(m.group(0)) + 2 or "." not in joined[len(m.group(0)) - 1 :]
        ):
            continue  # 'https://' alone, or 'www.' with nothing behind it
        # Map the trimmed length back onto the printed span (line breaks included).
        cut = len("".join(parts)) - len(joined)
        span_end = end - cut
        glued = next_row_glued(text, start, joined, span_end)
        if glued:  # '.../volledig' + '244' + ' 4 juni 2020': the next row's number and date
            joined, span_end = joined[:-glued], span_end - glued
        note = _NOTE_AFTER_TYPE.search(joined)
        if note is not None:  # '.../bedrag%20v1.1.pdf' + '3': the note's marker glued on
            joined, span_end = joined[: note.start("note")], span_end - len(note.group("note"))
        if text.startswith(joined, span_end):
            continue  # 'https://doi.org/' + 'https://doi.org/10.1016/...': printed twice, glued
        if joined.endswith(".n") and text.startswith("!", span_end):
            joined, span_end = joined + "l", span_end + 1  # OCR's '!' for the TLD's l: '.n!'
        absolute = joined if "://" in joined else "https://" + joined
        if doubled and _one_hyphen_each(printed[start:span_end]):
            absolute = absolute.replace("--", "-")
        host = _HOST_END.match(absolute)
        if host is not None and _impossible_host(host.group()):
            continue  # no address to give
        if misread and _tld(host) not in _KNOWN_TLD:
            continue  # a damaged scheme and a host cut before its TLD ('httrs://zoek.officiele')
        if host is not None and _cut_by_ocr_space(text, span_end, absolute, host.group()):
            continue  # only the host's first labels, before a space OCR read into it
        absolute = urlhyphens.rejoin(absolute)  # 'plan-' + 'nen': a word hyphenated at a line end
        yield Hit("url", start, span_end, absolute, absolute)
    if not cues.isdisjoint(CUT_AT_DOT_CUES):
        at_dot = list(_cut_at_dot(text, found))
        found.extend((h.start, h.end) for h in at_dot)
        yield from at_dot
    if not cues.isdisjoint(barehosts.CUES):
        yield from barehosts.find(text, found)


def host_tails(found: list[tuple[str, str]]) -> set[str]:
    """Of (printed, normalized) URLs, the bare ones ('oeks.nl/2018/07/04/...') whose host is the
    end of another's host cut inside a label ('wijkverenigingoverhoeks.nl'): a spreadsheet printed
    with its overflow columns on the next page starts that page with the rest of a cut address."""
    hosts = {_host_of(n) for _, n in found}
    tails = set()
    for printed, normalized in found:
        if printed.lower().startswith(("http", "www")):
            continue
        own = _host_of(normalized)
        if any(h.endswith(own) and len(h) > len(own) and h[-len(own) - 1].isalnum() for h in hosts):
            tails.add(normalized)
    return tails


# After an address: a space, then the rest of its path's last word ('.../in ndex- smoelenboek/').
_SPACE_THEN_WORD: Final = re.compile(r" ([a-z]{3,})")


def cut_paths(found: list[tuple[str, str]]) -> dict[str, str]:
    """Of (normalized, the text after it) URLs, each one that OCR cut inside its path's last word
    with a space ('.../smoelenboek/in ndex- smoelenboek/'), mapped to the whole address the
    document prints elsewhere ('.../smoelenboek/index-smoelenboek/'): the whole one goes on from
    the cut one with letters, and the word after the space ends as that word's rest ('ndex' for
    'dex'). A sentence's next word after a whole address ('/en en verder' beside '/energie', or
    '/en energie' itself) is no such rest."""
    # in the document's order, not a set's: where two whole addresses fit, the first printed is
    # taken the same way in every process (a set's order follows the hash seed; speed50)
    whole = list(dict.fromkeys(n for n, _ in found))
    out: dict[str, str] = {}
    for cut, after in found:
        m = _SPACE_THEN_WORD.match(after)
        if m is None or "/" not in cut.split("://", 1)[-1] or not cut[-1:].isalpha():
            continue
        word = m.group(1)
        head = re.search(r"[a-z]+$", cut)
        if head is None:
            continue
        for longer in whole:
            if len(longer) <= len(cut) or not longer.startswith(cut):
                continue
            rest = re.match(r"[a-z]+", longer[len(cut) :])
            if rest is None or not word.endswith(rest.group()):
                continue
            if word != head.group() + rest.group():  # the whole word again is a sentence's
                out[cut] = longer
                break
    return out


def _host_of(url: str) -> str:
    rest = url.split("://", 1)[-1]
    return re.split(r"[/?#]", rest, maxsplit=1)[0].lower()


# A line's end that OCR (or the segmenter, joining a wrapped footnote) made a space in front of
# an address's last part: a file's type ('.../kst-26643-971' + ' .html') or the query's next
# parameter ('...?did=2024D18841' + ' &id=2024Z06427'). No sentence goes on with '.html' or
# '&name=' after a space; the type closes its token, the parameter follows a whole value.
_SPACED_TYPE: Final = re.compile(rf"[ \t\u00a0](?=\.{_FILE_TYPES}(?![\w-]|\.\w))")
# ... or after the type's dot ('.../kst-29279-874.' + ' html'), where the part so far ends in it.
_TYPE_AFTER_DOT: Final = re.compile(rf"[ \t\u00a0](?={_FILE_TYPES}(?![\w-]|\.\w))")
_SPACED_PARAM: Final = re.compile(r"[ \t\u00a0](?=&[A-Za-z_][\w.-]*=)")
_LAST_PIECE_NAMED: Final = re.compile(r"[^/\s]/[^/.\s]*[A-Za-z0-9]$")
_WHOLE_VALUE: Final = re.compile(r"[?&][A-Za-z_][\w.-]*=[^\s&=#]+$")
# OCR's space inside a path's number, the rest closing as a file's name or a piece does; and after
# a whole piece's slash, a piece and an id with digits (no sentence's word holds a slash and digits
# so: 'en/of' has none). The next footnote's number after an address is neither.
_DIGITS_REST: Final = re.compile(
    rf"[ \t\u00a0](?=\d+(?:[-_][A-Za-z0-9]+)*(?:\.{_FILE_TYPES}|/)(?![\w/-]))"
)
_PIECE_AND_ID: Final = re.compile(r"[ \t\u00a0](?=[a-z][a-z0-9-]*/[A-Za-z]*\d[\w.~%-]*/?(?![\w/]))")
# OCR's space before a path's hyphen, the rest going on as path ('.../BWBR0002471/2023-01' +
# ' -01/1/informatie'): no sentence's word starts with a hyphen and holds a slash or a file's type.
_HYPHEN_REST: Final = re.compile(
    rf"[ \t\u00a0](?=-[A-Za-z0-9][\w.~%-]*(?:/|\.{_FILE_TYPES}(?![\w-])))"
)
# OCR's space inside a hexadecimal id ('.../id54a1aa540f5d467' + ' 8b287b84c5d9e639f/rb-...'):
# both sides six or more hex digits with a digit and a letter, the rest closing its piece.
_HEX_HEAD: Final = re.compile(r"/[^/\s]*?(?=[0-9a-f]{6,}$)")
_SPACED_HEX: Final = re.compile(
    r"[ \t\u00a0](?=(?P<hex>[0-9a-f]{6,})(?:[/?#]|[ \t\u00a0]*(?:\r?\n|$)))"
)


def _hex_id(last: str, rest: str) -> bool:
    head = re.search(r"[0-9a-f]{6,}$", last)
    return (
        head is not None
        and _HEX_HEAD.search(last) is not None
        and len(head.group()) + len(rest) >= 24  # an id's length: 32, 40 or 64 digits
        and all(re.search(r"\d", x) and re.search(r"[a-f]", x) for x in (head.group(), rest))
    )


# OCR's space inside a percent escape ('...&title=Aan%' + ' 20bewindspersoon%' + ' 20-%20verzoek'):
# a '%' is always followed by two hex digits, so a part ending in '%' or '%' and one hex digit
# is cut, and the rest completing the escape goes on.
_CUT_ESCAPE: Final = re.compile(r"%[0-9A-Fa-f]?$")
_SPACED_ESCAPE: Final = re.compile(r"[ \t\u00a0](?=[0-9A-Fa-f]{1,2})")


def _escape_rest(text: str, end: int, last: str) -> re.Match[str] | None:
    cut = _CUT_ESCAPE.search(last, len(last) - 2)
    rest = _SPACED_ESCAPE.match(text, end) if cut is not None else None
    if cut is None or rest is None:
        return None
    wanted = 3 - len(cut.group())  # the hex digits the escape still needs
    digits = text[rest.end() : rest.end() + wanted]
    return rest if len(digits) == wanted and all(c in string.hexdigits for c in digits) else None


def _spaced_tail(text: str, end: int, last: str) -> re.Match[str] | None:
    if "/" not in last.split("//", 1)[-1]:
        return None  # a bare host's next word
    if _LAST_PIECE_NAMED.search(last) is not None and (typ := _SPACED_TYPE.match(text, end)):
        return typ
    if last.endswith(".") and _LAST_PIECE_NAMED.search(last, 0, len(last) - 1) is not None:
        return _TYPE_AFTER_DOT.match(text, end)
    if "?" in last and _WHOLE_VALUE.search(last) is not None:
        return _SPACED_PARAM.match(text, end)
    if last.endswith("/") and last.count("/") >= 4:
        return _PIECE_AND_ID.match(text, end)  # '.../tkconv/' + ' get/2024D34636'
    if last[-1:].isalnum() and _MID_PATH.search(last) is not None:
        if last[-1:].isdigit() and (digits := _DIGITS_REST.match(text, end)) is not None:
            return digits  # '.../kst-3281' + ' 3-AO.html'
        if (hyphen := _HYPHEN_REST.match(text, end)) is not None:
            return hyphen  # '.../2023-01' + ' -01/1/informatie'
        hexa = _SPACED_HEX.match(text, end)
        if hexa is not None and _hex_id(last, hexa.group("hex")):
            return hexa  # '.../id54a1aa540f5d467' + ' 8b287b84c5d9e639f/'
    return None


# A host OCR cut with a space inside a label ('https://zoek.officielebekendmakin' + ' gen.nl/kst-
# 34550-XV-5.html'): the part so far has a scheme or 'www.' and no TLD, so it is no address, and
# the rest ends the host with a TLD and goes on with a path. (Read apart, the rest was an address
# of its own: 'https://gen.nl/...'.)
_HOST_SPACE: Final = re.compile(r"[ \t\u00a0](?=[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/)")
_SCHEMED_HOST: Final = re.compile(r"(?i:https?://|www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*")


def _host_space(text: str, end: int, last: str) -> re.Match[str] | None:
    if _SCHEMED_HOST.fullmatch(last) is None or _ENDS_IN_TLD.search(last) is not None:
        return None
    space = _HOST_SPACE.match(text, end)
    if space is None:
        return None
    rest = _URL_TOKEN.match(text, space.end())
    return space if rest is not None and _HOST_REST.fullmatch(rest.group()) else None
