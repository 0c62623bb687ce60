"""A word of an address hyphenated at a line's end, read whole again (urls47, issue #12).

A typesetter that hyphenates justified text cuts an address's word as it cuts prose's: 'www.lto.nl/
lto-presenteert-concrete-plan-' + 'nen-om-...', '.../juris/document/do-' + 'cument.jsf?...', 'https://
commu-' + 'nity.safe.com/...' (a Houthoff memo and BIJ12's delivery protocol, two producers). The
segmenter keeps such a line end's hyphen inside an address (most are the address's own: 'wp-' +
'content', 'ronl-663f8b39-' + 'c4c3-...'), so the enricher sees 'plan-nen'. A slug's hyphen parts
whole words; hyphenation parts one word. So the hyphen goes when the piece after it is no word
(not on the common-word list, none of the short words a slug holds: 'in-een', 'aan-bod') and the
two pieces together are a common word of six letters or more ('plannen', 'document',
'community'). The list leaves out words that are surnames too ('raad', 'ring'), so after a
word a piece of four letters or more stays a word ('advies-raad'). 'XML-' + 'Schema' stays:
'Schema' is a word, that hyphen cannot be told from a slug's.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities import lexicon
from services.enrich.references import hosts

# A hyphen between two letters, found at the start of the letters before it (zero width, so one
# letter run may be the piece after a hyphen and the piece before the next): the pieces' letters.
_PIECES: Final = re.compile(r"(?<![A-Za-z])(?=([A-Za-z]{2,})-([a-z]{2,}))")
_MIN_WHOLE: Final = 6
# Words a slug parts off that the list lacks, most under its four letters ('komen-aan-bod',
# 'voor-af', 'data-set', 'hand-out', 'on-line'): a piece that is one of them is a word, the
# hyphen the slug's.
_SLUG_WORDS: Final = (
    "de het een en van in op te aan af al bij dan dat die er is na nu of om ook per pas toe tot "
    "uit wat wie zo ze mee bod dag eis gas ijs nee nog oog oud rol vak zee zin zon weg web wet "
    "wil bos dak pad put rek tas tol ton vee vis wal gat kop lid mes nut sap "
    "the and for to on at by an it up out use new all any how now our one two way day end job "
    "act law tax key net set top low air age art box car map pay run see sun war line"
)
_SHORT_WORDS: Final = frozenset(_SLUG_WORDS.split())


def is_word(piece: str) -> bool:
    return piece in _SHORT_WORDS or lexicon.known_word(piece)


def _host_rejoined(url: str) -> str:
    """urls49: a typesetter that hyphenates inside an address cuts its host's label too ('https://
    open.over-' + 'heid.nl/...', 'https://wet-' + 'ten.overheid.nl/BWBR...', groff and InDesign
    with hyphenation on): a host whose one hyphen taken out makes a site of `hosts.KNOWN`, itself
    none, is that site. A known site's own hyphen, or a host the list lacks, stays."""
    scheme, sep, rest = url.partition("://")
    host = rest.split("/", 1)[0].split("?", 1)[0] if sep else ""
    if "-" not in host:
        return url
    bare = host.lower().removeprefix("www.")
    if bare in hosts.KNOWN:
        return url
    at = host.find("-")
    while at >= 0:
        whole = host[:at] + host[at + 1 :]
        if whole.lower().removeprefix("www.") in hosts.KNOWN:
            return scheme + sep + whole + rest[len(host) :]
        at = host.find("-", at + 1)
    return url


def rejoin(url: str) -> str:
    """`url` with each hyphen that cuts one word taken out; `url` itself when none does."""
    if "-" not in url:
        return url
    url = _host_rejoined(url)
    cuts: list[int] = []
    for m in _PIECES.finditer(url):
        left, right = m.group(1), m.group(2)
        if len(left) + len(right) < _MIN_WHOLE or not lexicon.known_word((left + right).lower()):
            continue  # most slugs' neighbours make no word: one set lookup
        if is_word(right):
            continue
        if len(right) >= lexicon.MIN_LENGTH and lexicon.known_word(left.lower()):
            continue  # two words ('advies-raad'): the list leaves out words that are surnames too
        cuts.append(m.start() + len(left))
    if not cuts:
        return url
    out, last = [], 0
    for at in cuts:
        out.append(url[last:at])
        last = at + 1
    return "".join(out) + url[last:]
