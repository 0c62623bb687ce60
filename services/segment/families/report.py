"""Reports and studies: a title page or a large title, chapters, often a summary and contents.

Told from other long documents by their apparatus ("Inhoudsopgave", "Samenvatting",
"Rapport", "Onderzoek") or by sections under a title without letter or memo form.
"""

from __future__ import annotations

import re

from services.segment.families.reading import Reading

_WORDS = re.compile(
    r"^(?:Inhoudsopgave|Inhoud|Samenvatting|Managementsamenvatting|Rapport|Eindrapport"
    r"|Onderzoeksrapport|Rapportage|Evaluatie|Jaarverslag|Advies|Conclusies?)\b",
    re.I,
)


def detect(r: Reading) -> tuple[str, str] | None:
    headings = [b for b in r.body if b.kind in ("heading", "title")]
    apparatus = next((b for b in headings if _WORDS.match(b.text)), None)
    titled = any(b.kind == "title" for b in r.body[:3])
    if apparatus and (r.page_count >= 3 or titled):
        return "rapport", f"heading '{apparatus.text[:40]}' in a {r.page_count}-page document"
    if titled and len(headings) >= 4 and r.page_count >= 3:
        return "rapport", f"a title and {len(headings)} headings"
    return None
