"""The head of a known site's path, as OCR damaged it, read back to the section the site has.

A few sites that Dutch government papers cite most order their addresses in fixed sections:
'rijksoverheid.nl/documenten/kamerstukken/2019/...', '.../ministeries/vws/...',
'tweedekamer.nl/kamerstukken/brieven_regering/detail?...'. OCR reads those heads badly where the
type is small or a layer was a scanner's: a '/' read as f, J or i
('ministeriesfvwsJbezwaarschriften'), 'n/' read as A or lost ('documenteArapporten',
'documente/kamerstukken'), a letter read as '!' ('kamerstuk!en'). The sections are a closed set,
so such a head is checkable: it is read as the one section within a small edit distance of it
(one edit in a short section, two in a longer, three in one of twenty characters or more), where
a short piece of it (a ministry's code) stands in the head as printed, and only where the address
goes on after it (a cut address is never completed from the list). Two
sections as near leave the address as printed. Only the head changes; the rest (dates, a slug, an
id) stays as OCR read it. The gazettes' site names a publication by its kind, a hyphen and its
number: a hyphen OCR lost there ('blg829682.pdf') is put back. The caller marks the address
`ocr_repaired` and asks only on a page an OCR engine read.
"""

from __future__ import annotations

import re
from typing import Final

# The sections (with their '/') that a known site's addresses start with, per host.
_MINISTRIES: Final = (
    "az", "bzk", "bz", "def", "ezk", "fin", "ienw", "jenv", "lnv", "ocw", "szw", "vws", "kgg",
    "vro",
)  # fmt: skip
_DOCUMENT_KINDS: Final = (
    "kamerstukken", "rapporten", "brieven", "publicaties", "besluiten", "beleidsnotas",
    "toespraken", "richtlijnen", "circulaires", "vergaderstukken", "jaarverslagen", "formulieren",
    "brochures", "regelingen", "convenanten", "wob-verzoeken", "woo-besluiten", "adviezen",
    "verslagen", "begrotingen", "jaarplannen", "reisadviezen", "vragen-en-antwoorden",
)  # fmt: skip
_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "rijksoverheid.nl": (
        *(f"documenten/{kind}/" for kind in _DOCUMENT_KINDS),
        *(f"ministeries/{code}/" for code in _MINISTRIES),
        "actueel/nieuws/",
        "actueel/agenda/",
        "binaries/rijksoverheid/documenten/",
        "onderwerpen/",
        "regering/",
        "contact/",
    ),
    "tweedekamer.nl": (
        "kamerstukken/brieven_regering/",
        "kamerstukken/kamervragen/",
        "kamerstukken/moties/",
        "kamerstukken/amendementen/",
        "kamerstukken/wetsvoorstellen/",
        "kamerstukken/commissieverslagen/",
        "kamerstukken/plenaire_verslagen/",
        "kamerstukken/detail",
        "debat_en_vergadering/plenaire_vergaderingen/",
        "debat_en_vergadering/commissievergaderingen/",
        "kamerleden_en_commissies/",
    ),
    "eerstekamer.nl": ("behandeling/", "wetsvoorstel/", "overig/", "kamerstuk/", "nieuws/"),
    # Amsterdam's own site: its questions-and-answers, its administration's pages by theme, and
    # the themes of the city's services.
    "amsterdam.nl": (
        "veelgevraagd/",
        "bestuur-organisatie/volg-beleid/",
        "bestuur-organisatie/gemeenteraad/",
        "bestuur-organisatie/werkenbij/",
        "bestuur-organisatie/organisatie/",
        "bestuur-organisatie/college/",
        "bestuur-organisatie/beleid/",
        "bestuur-organisatie/wob-besluiten/",
        "wonen-leefomgeving/",
        "toerisme-vrije-tijd/",
        "parkeren-verkeer/",
        "burgerzaken/",
        "ondernemen/",
        "bekendmakingen/",
    ),
    # A council's NotuBiz portal ('<council>.notubiz.nl', any council): a meeting, a document,
    # a file of them by their number.
    ".notubiz.nl": ("vergadering/", "document/", "dossier/", "agenda/"),
    # iBabs's portals ('<council>.bestuurlijkeinformatie.nl'): a meeting's agenda, a report.
    ".bestuurlijkeinformatie.nl": ("Agenda/Index/", "Reports/Item/", "Reports/Details/"),
}
_SCHEMES: Final = ("https://", "http://")
# A section's piece this short must stand in the head as printed: one letter off makes it another
# ministry's code or a word's start ('ministeries/ministerie-van-...' is no 'ministeries/fin/').
_SHORT: Final = 4
_SHORT_PIECES: Final = {
    piece: re.compile(rf"(?<![-_]){re.escape(piece)}(?![-_.])")
    for sections in _SECTIONS.values()
    for section in sections
    for piece in section.split("/")
    if 0 < len(piece) <= _SHORT
}
# ... and as a piece of its own, not the start of a longer one ('ministeries/vws-en-sport/'); a '-',
# '_' or '.' in the head that the section does not have is a word going on, no slash OCR misread.
_JOINERS: Final = "-_."
# What OCR reads a '/' as, in these sites' small type (refs37, ocr38: 'ministeriesfvwsJ', 'vwsi',
# 'documenteA'), and the slash itself. A head that ends in none of them lost its last '/', which is
# put back only before data (a digit): before a letter the word may go on.
_SLASH_READS: Final = frozenset("/fJjiIl1|!()[]{}\\tA7")
# Digits OCR does not make of a section's letters or slash ('1' it does, of 'l' and '/'): a head
# read with one is no damaged section but the section and data ('vergadering04407' lost its '/';
# its '0' was no '/'). No section has one.
_DATA_DIGITS: Final = frozenset("023456789")

# The official gazettes' site names a publication by its kind, a hyphen and its number
# ('zoek.officielebekendmakingen.nl/blg-829682.pdf', '.../kst-35000-12.html'); OCR loses that
# hyphen in small type ('blg829682.pdf'). Only these kinds, and only before the number's digits.
# The decentral gazettes there too: a municipality's (gmb), a province's (prb), a water
# board's (wsb), a joint arrangement's (bgr): 'gmb-2015-75279.html'.
_GAZETTE_HOSTS: Final = frozenset({"zoek.officielebekendmakingen.nl", "officielebekendmakingen.nl"})
_ID_WITHOUT_HYPHEN: Final = re.compile(
    r"(?:kst|blg|stb|stcrt|trb|ah|nds|h|gmb|prb|wsb|bgr)(?=\d{3,}(?:[.-]|$))"
)

# The Tweede Kamer's site names a case (zaak) or a document by year, letter and number:
# 'detail?id=2021Z03208&did=2021D07102' ('id' a case's Z or a document's D, 'did' a document's
# D). In small type OCR reads the Z as '2' and the D as '0' or 'O' ('id=2021203208'); the shape is
# fixed (a year of this century or the last, the letter, five digits), so the letter is
# knowable. OCR's 'g' for 9 and 'O'/'o' for 0 in the digits of such a shape are put back too.
_TK_ID: Final = re.compile(
    r"(?<=[?&])(id|did)=((?:19|20|[1l]9|2[0Oo])[\dgOol]{2})([ZzDO027])([\dgOol]{5})(?=&|#|$)"
)
_TK_LETTER: Final = {"Z": "Z", "z": "Z", "2": "Z", "7": "Z", "D": "D", "0": "D", "O": "D"}
_DIGIT_READ: Final = str.maketrans({"g": "9", "O": "0", "o": "0", "l": "1"})


def _sections(host: str) -> tuple[str, ...] | None:
    """The host's sections: by its name, or by the platform it is a portal of ('.notubiz.nl')."""
    found = _SECTIONS.get(host)
    if found is None:
        dot = host.find(".")
        found = _SECTIONS.get(host[dot:]) if dot > 0 else None
    return found


def _tk_id(m: re.Match[str]) -> str:
    """A Tweede Kamer id in its shape: year, letter, five digits (see `_TK_ID`)."""
    name, year, letter, number = m.group(1), m.group(2), m.group(3), m.group(4)
    read = _TK_LETTER[letter]
    if name == "did" and read != "D":
        return m.group()  # a document's id has a D; a Z here is no misread of it
    year = year.translate(_DIGIT_READ)
    if not year.startswith(("19", "20")):
        return m.group()
    return f"{name}={year}{read}{number.translate(_DIGIT_READ)}"


def _allowed(section: str) -> int:
    """How many edits a head may differ from a section by."""
    if len(section) < 10:
        return 1
    return 2 if len(section) < 20 else 3


def _distances(head: str, section: str) -> list[int]:
    """The edit distance between `section` and each prefix of `head` (by the prefix's length)."""
    row = list(range(len(head) + 1))  # the empty section against each prefix
    for i, want in enumerate(section, 1):
        prev_diag, row[0] = row[0], i
        for j, got in enumerate(head, 1):
            cost = prev_diag if got == want else prev_diag + 1
            prev_diag = row[j]
            row[j] = min(cost, row[j] + 1, row[j - 1] + 1)
    return row


def _split(url: str) -> tuple[str, str, str] | None:
    """(scheme and host as printed, the host without 'www.', the path after its first '/')."""
    lower = url.lower()
    start = next((len(s) for s in _SCHEMES if lower.startswith(s)), 0)
    slash = url.find("/", start)
    if slash < 0:
        return None
    host = lower[start:slash]
    host = host[4:] if host.startswith("www.") else host
    return url[: slash + 1], host, url[slash + 1 :]


def repaired(url: str) -> str:
    """The address with its head read as the section of its site it is nearest to, where OCR
    damaged it ('.../ministeriesfvwsJbezwaarschriften-vws' -> '.../ministeries/vws/bezwaarschriften-
    vws'), a gazette's id with its hyphen lost ('.../blg829682.pdf' -> '.../blg-829682.pdf');
    any other address (an unknown site, a head already whole, none near enough, two as near,
    nothing after the head) as it is."""
    parts = _split(url)
    if parts is None:
        return url
    before, host, path = parts
    if host in _GAZETTE_HOSTS:
        kind = _ID_WITHOUT_HYPHEN.match(path)
        return url if kind is None else before + kind.group() + "-" + path[kind.end() :]
    if host == "tweedekamer.nl":
        path = _TK_ID.sub(_tk_id, path)
    sections = _sections(host)
    if sections is None or path.startswith(sections):
        return before + path
    url = before + path
    best: list[tuple[int, int, str]] = []  # (edits, length of the head read, section)
    for section in sections:
        allowed = _allowed(section)
        if len(path.rstrip(".,;:")) <= len(section):
            continue  # no longer than the section: a cut address ('vergadering'), no damaged head
        low, high = max(1, len(section) - allowed), len(section) + allowed
        dist = _distances(path[: high + 1], section)
        found = [
            (dist[n], abs(n - len(section)), n)
            for n in range(low, min(high, len(path) - 1) + 1)
            if dist[n] <= allowed and not _DATA_DIGITS.intersection(path[:n])
        ]
        if found:
            edits, _, n = min(found)
            best.append((edits, n, section))
    if not best:
        return url
    best.sort()
    if len(best) > 1 and best[1][0] == best[0][0]:
        return url  # two sections as near: not knowable
    edits, n, section = best[0]
    head = path[:n]
    if any(head.count(c) > section.count(c) for c in _JOINERS) or any(
        _SHORT_PIECES[piece].search(head) is None
        for piece in section.split("/")
        if piece in _SHORT_PIECES
    ):
        return (
            url  # a word goes on ('vws-en-sport'), or a short piece was guessed ('mini' as 'fin')
        )
    rest = path[n:]
    if not rest:
        return url
    # After a section's '/', a '/' is the slash twice; a query or fragment is one only where the
    # head read lost its own slash ('veelqevraagd/?caseid=' is whole, 'detail?' no 'detail/?').
    doubled = rest[0] == "/" or (rest[0] in "?#&=" and not head.endswith("/"))
    if doubled if section.endswith("/") else rest[0] not in "/?#":
        return url  # a section's slash twice, or a last piece that goes on ('detailx')
    if section.endswith("/") and head[-1] not in _SLASH_READS and not rest[0].isdigit():
        return url  # its '/' lost before a letter: a word may go on ('vergaderingen/2021')
    if rest[0] == "0":
        return url  # no id or date of these sites starts with 0: the head hides a digit or more
    return before + section + rest
