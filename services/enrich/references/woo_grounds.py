"""Woo redaction grounds printed next to blacked-out text: '5.1.2e', '5.1.1c', '5.2.1'; old Wob
'10.2e'; with or without a dot before the letter ('5.1.2.e', '10.2.e'), and the letter written
apart: '5.1.2 e', '5.1.2-e', '5.1.2 sub e', '5.1.2, onder e', '5.1.2(e)'.

Scans are OCR'd, so '51.2e', '5.12e' and a stray '¢' before the letter occur; the grounds are a
closed
set, so these read unambiguously as 5.1.2e. A bare '512' (no letter) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from services.enrich.hits import Hit
from services.enrich.scan import Guarded

_WOO_ARTICLE = "https://wetten.overheid.nl/jci1.3:c:BWBR0045754&artikel="
_WOB_ARTICLE = "https://wetten.overheid.nl/jci1.3:c:BWBR0005252&artikel="
# 5.1.1 a-e (absolute grounds), 5.1.2 a-i (relative grounds), with OCR-dropped dots.
_NOT_AFTER = r"(?<![\w.,])"
# Between the lid and its letter: nothing, a dot, a space, a dash, 'sub'/'onder', a parenthesis.
_APART = r"(?:\.?[ ¢-]|\.|\.?¢|,?[ \t]+(?:sub|onder)[ \t]+|[ \t]?\((?=[a-i]\)))?"
# After it: the closing parenthesis it opened; no word goes on ('10.2 e-mails' is no ground).
_CLOSE = r"(?:(?<=\([a-i])\))?(?![\w]|-[^\W\d_])"
_WOO = Guarded(_NOT_AFTER, rf"5\.?1\.?(?P<lid>[12]){_APART}(?P<letter>[a-i])(?![\w.,]?\d){_CLOSE}")
_WOO_OTHER = Guarded(_NOT_AFTER, r"5\.(?P<art>[12])\.(?P<lid>[1-7])(?![\w.,]?\d)(?![\w])")
_WOB = Guarded(_NOT_AFTER, rf"1(?P<art>[01])\.(?P<lid>[12]){_APART}(?P<letter>[a-g]){_CLOSE}")


def find(text: str) -> Iterator[Hit]:
    for m in _WOO.finditer(text):
        if m.group("lid") == "1" and m.group("letter") > "e":
            continue
        ground = f"5.1.{m.group('lid')}{m.group('letter')}"
        yield Hit("woo_ground", m.start(), m.end(), f"woo-{ground}", _WOO_ARTICLE + "5.1")
    for m in _WOO_OTHER.finditer(text):
        ground = f"5.{m.group('art')}.{m.group('lid')}"
        if ground in ("5.1.1", "5.1.2"):  # these need their letter
            continue
        yield Hit("woo_ground", m.start(), m.end(), f"woo-{ground}", _WOO_ARTICLE + ground[:3])
    for m in _WOB.finditer(text):
        art = f"1{m.group('art')}"
        ground = f"{art}.{m.group('lid')}{m.group('letter')}"
        yield Hit("woo_ground", m.start(), m.end(), f"wob-{ground}", _WOB_ARTICLE + art)
