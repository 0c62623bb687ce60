"""A first guess at the kind of letter, from its wording: it picks which letterhead reader runs
(the Handelingen's or a ministry letter's). The document's doc_type is decided afterwards, with
its evidence, by the families (services/segment/families/doctype.py)."""

from __future__ import annotations

import re

_WOO_GROUND = re.compile(r"\b5\.[12]\.\d{1,2}\s?[a-i]?\b")
_WOO_WORDS = re.compile(
    r"\bWoo-(?:verzoek|besluit)|\bWet open overheid\b|\bbesluit op uw (?:Woo-|Wob-)?verzoek"
    r"|\bWob-verzoek|\binventarislijst\b",
    re.IGNORECASE,
)
_KAMERVRAGEN = re.compile(
    r"Aanhangsel van de Handelingen|Vragen van (?:de leden|het lid)|Antwoorden? (?:op )?"
    r"(?:Kamer)?vragen|beantwoording (?:van )?(?:de )?(?:schriftelijke )?(?:Kamer)?vragen",
    re.IGNORECASE,
)
_LETTER = re.compile(
    r"Aan de Voorzitter van de (?:Tweede|Eerste) Kamer|Ons kenmerk|Retouradres", re.IGNORECASE
)


def classify(first_pages_text: str, has_questions: bool, letterhead_text: str) -> str:
    grounds = "5." in first_pages_text and len(_WOO_GROUND.findall(first_pages_text)) >= 2
    if grounds or _WOO_WORDS.search(first_pages_text):
        return "woo_besluit"
    if "Aanhangsel van de Handelingen" in first_pages_text:
        return "kamervragen"
    if _LETTER.search(letterhead_text) or _LETTER.search(first_pages_text[:3000]):
        return "kamerbrief"
    if has_questions and _KAMERVRAGEN.search(first_pages_text):
        return "kamervragen"
    return "other"
