"""OCR-damaged hosts of URLs, repaired to a host the document or a known list spells right.

Tesseract misreads a host's letters in a few ways: i, l, j and I as 1 or each other
('ri1ksoverheid', 'rijksoverheld', 'amsterdam.nI'), m as rn ('arnsterdam'), ri as n
('njksoverheid'), and the TLD 'nl' as 'ni', 'nh' or 'ril'. Two hosts that differ only so share a
skeleton. A damaged host is repaired only to a host with its skeleton that is known to be spelled
right: one of the government's own sites below, or the spelling the same document prints more
often. A host no known or more frequent spelling matches stays as printed: nothing is guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

# Sites Dutch government documents cite most; their spelling is certain.
KNOWN: Final = frozenset(
    (
        "rijksoverheid.nl",
        "overheid.nl",
        "officielebekendmakingen.nl",
        "zoek.officielebekendmakingen.nl",
        "wetten.overheid.nl",
        "open.overheid.nl",
        "organisaties.overheid.nl",
        "government.nl",
        "tweedekamer.nl",
        "eerstekamer.nl",
        "parlement.com",
        "raadvanstate.nl",
        "rechtspraak.nl",
        "uitspraken.rechtspraak.nl",
        "eur-lex.europa.eu",
        "europa.eu",
        "ec.europa.eu",
        "belastingdienst.nl",
        "toeslagen.nl",
        "duo.nl",
        "rvo.nl",
        "rivm.nl",
        "cbs.nl",
        "cpb.nl",
        "pbl.nl",
        "knmi.nl",
        "nvwa.nl",
        "rdw.nl",
        "kvk.nl",
        "kadaster.nl",
        "logius.nl",
        "autoriteitpersoonsgegevens.nl",
        "acm.nl",
        "afm.nl",
        "dnb.nl",
        "ind.nl",
        "politie.nl",
        "om.nl",
        "nctv.nl",
        "rijkswaterstaat.nl",
        "ilent.nl",
        "igj.nl",
        "inspectie-ok.nl",
        "dji.nl",
        "nza.nl",
        "zorginstituutnederland.nl",
        "nationaleombudsman.nl",
        "rekenkamer.nl",
        "autoriteitnvs.nl",
        "amsterdam.nl",
        "rotterdam.nl",
        "denhaag.nl",
        "utrecht.nl",
        # ocr50: the ministries' own domains, as their letterheads and e-mail addresses print
        # them ('www.minlnv.nl', '@minbzk.nl'); OCR reads minlnv's l as i ('www.mininv.nl')
        "minaz.nl",
        "minbzk.nl",
        "minbuza.nl",
        "mindef.nl",
        "minezk.nl",
        "minfin.nl",
        "minienw.nl",
        "minjenv.nl",
        "minkgg.nl",
        "minlnv.nl",
        "minocw.nl",
        "minszw.nl",
        "minvro.nl",
        "minvws.nl",
    )
)

_LOOKALIKE: Final = str.maketrans({"1": "l", "i": "l", "j": "l", "|": "l", "!": "l", "0": "o"})
_PAIRS: Final = re.compile(r"rl|rn|vv|cl")
_AS_ONE: Final = {"rl": "n", "rn": "m", "vv": "w", "cl": "d"}
_HOST: Final = re.compile(r"(?P<scheme>https?://)(?P<www>www\.)?(?P<host>[^/?#:]+)", re.IGNORECASE)
_WWW_GLUED: Final = re.compile(r"www[a-z0-9]", re.IGNORECASE)


def skeleton(host: str) -> str:
    """The host with OCR's lookalikes made one: 'ri1ksoverheid.nI' and 'rijksoverheid.nl' alike."""
    flat = host.lower().translate(_LOOKALIKE)
    if flat.endswith(".nh"):  # 'www.rijksoverheid.nh/jenv': no TLD is 'nh'; the l read as h
        flat = flat[:-1] + "l"
    return _PAIRS.sub(lambda m: _AS_ONE[m.group()], flat)


_KNOWN_SHAPES: Final = {skeleton(k): k for k in KNOWN}


def known_misread(host: str) -> bool:
    """ocr50: a host ('www.' or not) that is a known site's with OCR's lookalikes
    ('tweedekamer.ni', 'wetten.overheid.n1'): the finder takes a TLD read so only for these."""
    host = host.lower()
    return skeleton(host[4:] if host.startswith("www.") else host) in _KNOWN_SHAPES


# A site under a known one: its own label as printed, the known host repaired
# ('loket.rechtspraak.ni' -> 'loket.rechtspraak.nl'). The sub-label must be plain letters, so
# nothing in it is guessed.
_SUB_LABEL: Final = re.compile(r"[a-z][a-z-]*")


def _known_parent(host: str) -> list[str]:
    sub, _, parent = host.partition(".")
    if "." not in parent or _SUB_LABEL.fullmatch(sub) is None or parent.lower() in KNOWN:
        return []
    known = _KNOWN_SHAPES.get(skeleton(parent))
    return [f"{sub}.{known}"] if known is not None else []


# The path's first '/' OCR read as i, l, 1 or | right after the TLD ('www.amsterdam.nlibestuur-
# organisatie/...', 'www.rijksoverheid.nliministeries/vws/...'): no TLD is so long, so the host
# ends at its TLD and the rest is the path's first word (urls46; the TLD list is the one bare
# hosts take: no word of prose).
_SLASH_READ: Final = re.compile(
    r"(?P<host>[a-z0-9.-]+\.(?:nl|com|org|eu|net))[il1|](?P<word>[a-z][a-z-]{2,})"
)


def repaired(urls: list[str]) -> dict[str, str]:
    """Each URL whose host is a damaged spelling of a right one, with the host repaired."""
    hosts = Counter(m.group("host") for u in urls if (m := _HOST.match(u)) is not None)
    right: dict[str, str] = {}
    for host, count in hosts.items():
        if host.lower() in KNOWN:
            continue
        if _WWW_GLUED.match(host) and host[3:] in hosts:
            # OCR lost the dot after 'www' ('https://wwwwerkenbijgroningen.nl/contact'), and the
            # document prints the site with it: no site's name starts so.
            right[host] = "www." + host[3:]
            continue
        shape = skeleton(host)
        fixed = [_KNOWN_SHAPES[shape]] if shape in _KNOWN_SHAPES else _known_parent(host)
        if not fixed:
            fixed = [
                h for h, n in hosts.items() if n > count and h != host and skeleton(h) == shape
            ]
        if len(fixed) == 1:
            right[host] = fixed[0]
    out = {}
    for u in urls:
        m = _HOST.match(u)
        if m is not None and (read := _SLASH_READ.fullmatch(m.group("host"))) is not None:
            rest = u[m.end("host") :]
            if rest[:1] in ("/", ""):
                out[u] = u[: m.start("host")] + read["host"] + "/" + read["word"] + rest
            continue
        if m is not None and m.group("host") in right:
            # the 'www.' of a host OCR damaged is OCR's too: its capitals go ('http://Www.')
            www, start = ("www.", m.start("www")) if m.group("www") else ("", m.start("host"))
            out[u] = u[:start] + www + right[m.group("host")] + u[m.end("host") :]
    return out
