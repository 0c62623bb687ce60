"""Self-describing identifiers: ECLI (case law), BWB (consolidated Dutch legislation), CELEX (EU
law)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.hits import Hit
from services.enrich.scan import Guarded, near
from services.enrich.words import read

# A line may break after any of its colons ('ECLI:NL:HR:2009:' + 'BK0949', joined with a space by
# the segmenter); the number after such a break holds a digit, so a sentence's next word is never
# taken for it.
_WRAP: Final = (
    r"(?:[ \t]*\r?\n[ \t]*|[ \t])?"  # or a space OCR put there ('ECLI: NL: RVS:2013:288')
)
# OCR also parts an old LJN number's two letters where their type is kerned ('AV0653' read
# 'A V0653'): a letter, a space and a letter with four digits is one number.
# refs40: a writer may part the LJN's letters from its digits the same way ('ECLI:NL: RVS:2007:BA
# 7618', Coevorden's Woo decisions): two letters, a space and four digits that end the number.
_LJN_PARTED: Final = r"(?:[A-Z][ \t](?=[A-Z]\d{4}(?![\w]))|[A-Z]{2}[ \t](?=\d{4}(?![\w.,]?\w)))?"
_ECLI: Final = re.compile(
    rf"(?<![\w:])ECLI(?::{_WRAP}|(?=NL:))[A-Z]{{2}}:{_WRAP}[A-Z0-9]{{1,7}}:{_WRAP}(?:19|20)\d\d:"
    rf"(?:(?:[ \t]*\r?\n[ \t]*|[ \t])(?=[A-Z]{{0,3}}\d))?{_LJN_PARTED}[A-Z0-9.]{{1,25}}(?<!\.)",
    re.IGNORECASE,
)
# A Dutch ECLI's number is digits (2013 on) or the LJN, two letters and four digits: letters alone
# are a number cut short ('ECLI:NL:HR:2006:A' of an OCR'd 'A V0653'), no citation.
_NL_NUMBER_CUT: Final = re.compile(r"ECLI:NL:[A-Z0-9]{1,7}:\d{4}:[A-Z.]+")
_SPACE: Final = re.compile(r"\s+")
# An ECLI printed without its country ('ECLI:RVS:2010:BO1165'): four parts where five belong. Taken
# only with a Dutch court's code, so the country can be nothing but NL; 'ECLI:NL:...' needs no help.
_ECLI_NO_COUNTRY: Final = re.compile(
    r"(?<![\w:])ECLI:(?P<court>HR|PHR|RVS|CRVB|CBB|(?:RB|GH|OGE)[A-Z]{1,4}|TAHVD|CGHV[A-Z]{0,3}):"
    r"(?P<rest>(?:19|20)\d\d:[A-Z0-9.]{1,25})(?<!\.)(?![\w:])"
)
_BWB: Final = Guarded(r"(?<![\w])", r"BWB[RV]\d{7}(?![\w])")
# Sector digit, year, document-type letter(s), number: '32016R0679'. 'CELEX:' prefix optional.
_CELEX: Final = re.compile(
    r"(?<![\w])(?:CELEX[: ]\s*)?(?P<id>[1-9](?:19[5-9]\d|20[0-3]\d)(?:[RLDFECJAMX]|PC|DC|SC)\d{4}"
    r"(?:\(\d{1,2}\))?)(?![\w])"
)


# Anchors for the windows searched: the colon after 'ECLI', the type letter after a CELEX year.
# (OCR may drop the colon after 'ECLI': 'ECLINL:RBAMS:2012:BY4496'.)
_ECLI_COLON: Final = re.compile(r":(?:(?<=ECLI:)|(?<=ECLINL:))", re.IGNORECASE)
_CELEX_TYPE: Final = re.compile(r"[RLDFECJAMXPS](?<=\d[RLDFECJAMXPS])")


# The words each scan needs one of, read in words.py's one pass over the text: 'ECLI' in any case
# `_ECLI_COLON` matches (case-insensitive, its 'I' also matches the Turkish 'İ' and 'ı'), 'BWB',
# and the century a CELEX number's year opens with.
_ECLI_CASES: Final = frozenset(
    a + b + c + d for a in "Ee" for b in "Cc" for c in "Ll" for d in "Ii\u0130\u0131"
)
_CENTURIES: Final = frozenset({"19", "20"})
CUES: Final = _ECLI_CASES | _CENTURIES | {"BWB"}


def find(text: str) -> Iterator[Hit]:
    cues = read(text).cues
    named = ":" in text and not cues.isdisjoint(_ECLI_CASES)
    colons = list(_ECLI_COLON.finditer(text)) if named else []
    for m in near(_ECLI, colons, text, before=6, after=60):
        ecli = _SPACE.sub("", m.group(0)).upper()
        if ecli[4] != ":":
            ecli = "ECLI:" + ecli[4:]
        if _NL_NUMBER_CUT.fullmatch(ecli):
            continue
        url = f"https://uitspraken.rechtspraak.nl/details?id={ecli}" if ecli[5:7] == "NL" else None
        yield Hit("ecli", m.start(), m.end(), ecli, url)
    for m in near(_ECLI_NO_COUNTRY, colons, text, before=4, after=60):
        ecli = f"ECLI:NL:{m.group('court')}:{m.group('rest')}"
        if _NL_NUMBER_CUT.fullmatch(ecli):
            continue
        yield Hit(
            "ecli", m.start(), m.end(), ecli, f"https://uitspraken.rechtspraak.nl/details?id={ecli}"
        )
    for m in _BWB.finditer(text) if "BWB" in cues else ():
        yield Hit("bwb", m.start(), m.end(), m.group(0), f"https://wetten.overheid.nl/{m.group(0)}")
    types = list(_CELEX_TYPE.finditer(text)) if not cues.isdisjoint(_CENTURIES) else []
    for m in near(_CELEX, types, text, before=72, after=12):
        yield Hit("celex", m.start(), m.end(), m.group("id"), celex_url(m.group("id")))


def celex_url(celex: str) -> str:
    return f"https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:{celex}"
