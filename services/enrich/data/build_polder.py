"""Members of the Tweede Kamer (2008 on, the Kamers elected in 2023 and 2025 included) and of the
Eerste Kamer (sitting in 2026, elected in 2023), from the Polder dataset.

Source: the public GitHub repository anneschuth/polder, commit
82b2d3b07f6d8ec2cfc2efe79e60856e56008227 (2026-05-19), data/personen/*.yaml; the data is CC0 1.0
(LICENSE-DATA). One record per person, Popolo-style: a name (full, given, family, initials,
titles) and mandates with their dates. The Tweede Kamer mandates are taken from the Kamer's own
open data (OData Persoon and FractieZetelPersoon, seats from 2008 on, read 2026-05-13), the
Eerste Kamer mandates from the Eerste Kamer's member pages (read 2026-05-13); most records carry
the person's Wikidata id.

Kept: every person with a Tweede Kamer or Eerste Kamer mandate; a 'tweede kamerlid' when they sat
in the Tweede Kamer, else an 'eerste kamerlid'. Each becomes the full name ('Jesse Six Dijkstra')
and the initials with the surname ('J.P.S. Six Dijkstra'). The Eerste Kamer records print the
family name as the Kamer's pages do, titles and degrees included ('Em. prof. dr. F. van Knapen',
'Lagas MDR'): those are dropped, and the initials form is kept only when its surname is the full
name's. The id is the Wikidata id where the record has one (as openkamer's rows), so the merge
joins a person both sources name under different given names; else Polder's own id.

The data files are not committed here; run this module on a local copy of data/personen
(python -m services.enrich.data.build --polder FOLDER).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from services.enrich.data.build_parlamint import _surname

SOURCE = "polder-2026-05-19"
_KAMERS = {"org:tweede-kamer": "tweede kamerlid", "org:eerste-kamer": "eerste kamerlid"}
_LATIN = re.compile(r"^[A-Za-zÀ-ÿĀ-ž' -]+$")
_INITIALS = r"(?:[A-Z][a-z]?\.)+"
_TITLES = re.compile(r"^(?:\(b\.d\.\)\s*|(?:[Ee]m|[Pp]rof|[Dd]rs|[Mm]r|[Dd]r|[Ii]r|[Ii]ng)\.\s*)+")
_DEGREES = re.compile(r"(?:\s+(?:MSc|MPA|MA|BSc|MBA|MMC|MDR|PhD|LL\.M\.|LLM),?)+$")


def _family(raw: str) -> tuple[str, str]:
    """('A.Sj.', 'van der Goot') from 'A.Sj. van der Goot'; titles and degrees dropped."""
    family = _DEGREES.sub("", _TITLES.sub("", " ".join(raw.split())))
    m = re.match(rf"({_INITIALS})\s+(.+)", family)
    return (m.group(1), m.group(2)) if m else ("", family)


def person_row(record: dict[str, Any]) -> list[str] | None:
    """One row (canonical, variants, case, kind, source, id), or None when not kept."""
    kinds = [_KAMERS[m.get("organization_id")] for m in record.get("mandaten") or []
             if m.get("organization_id") in _KAMERS]  # fmt: skip
    name = record.get("name") or {}
    full = " ".join(str(name.get("full") or "").split())
    if not kinds or " " not in full or not _LATIN.match(full):
        return None
    initials, family = _family(str(name.get("family") or ""))
    initials = str(name.get("initials") or "").replace(" ", "") or initials
    family = _surname(family)
    forms = [full]
    if re.fullmatch(_INITIALS, initials) and family and full.lower().endswith(family.lower()):
        forms.append(f"{initials} {full[len(full) - len(family) :]}")
    kind = "tweede kamerlid" if "tweede kamerlid" in kinds else "eerste kamerlid"
    ident = (record.get("identifiers") or {}).get("wikidata") or record.get("id") or ""
    return [full, "|".join(forms[1:]), "s", kind, SOURCE, str(ident)]


def build_polder(folder: Path) -> list[list[str]]:
    out: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.yaml")):
        row = person_row(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
        if row is not None:
            out.setdefault(row[0], row)
    return sorted(out.values())
