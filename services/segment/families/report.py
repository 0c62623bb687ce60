"""Reports and studies: a title page or a large title, chapters, often a summary and contents.

Told from other long documents by their apparatus ("Inhoudsopgave", "Samenvatting",
"Rapport", "Onderzoek") or by sections under a title without letter or memo form.
"""

from __future__ import annotations

import re

from services.segment.families.reading import Reading

_WORDS = re.compile(
    r"^(?:\d{1,2}\.?\s+)?(?:Inhoudsopgave|Inhoud|Samenvatting|Managementsamenvatting|Inleiding"
    r"|Voorwoord|Bijlagen?|Literatuur|Verantwoording|Aanbevelingen)\b",
    re.I,
)
_TITLE = re.compile(
    r"\b(?:Rapport|Eindrapport|Onderzoeksrapport|Rapportage|Evaluatie|Jaarverslag)\b", re.I
)


def detect(r: Reading) -> tuple[str, str] | None:
    headings = [b for b in r.body if b.kind in ("heading", "title")]
    apparatus = {_WORDS.match(b.text).group(0).lower() for b in headings if _WORDS.match(b.text)}  # type: ignore[union-attr]
    title = next((b for b in r.body[:3] if b.kind == "title"), None)
    if len(apparatus) >= 2:
        return "rapport", f"headings {sorted(apparatus)} in a {r.page_count}-page document"
    if title and _TITLE.search(title.text):
        return "rapport", f"title '{title.text[:40]}'"
    atop = "\n".join(b.text for b in r.body[:6] if b.page == 1 and len(b.text) < 150)
    named = _TITLE.search(atop)  # "Dagelijks COVID-19 Cluster Rapport" atop page 1
    if apparatus and named:
        return "rapport", f"'{named.group(0)}' atop page 1 and heading {sorted(apparatus)}"
    if apparatus and r.page_count >= 10:
        return "rapport", f"heading {sorted(apparatus)} in a {r.page_count}-page document"
    return None
