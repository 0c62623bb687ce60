"""Members of the Tweede Kamer and of cabinets, from openkamer's data fixtures.

Source: the public GitHub repository openkamer/openkamer (snapshot at commit 535b83a; the
fixtures last changed in commit 6a1e57a, December 2019), website/fixtures/person.json (812
persons with given name, particle, surname, initials and Wikidata id), parliament.json (their
Tweede Kamer memberships, 1815-2019) and government.json (the members of the cabinets
Balkenende IV to Rutte III: ministers and state secretaries). A person who sat in a cabinet is a
'bewindspersoon', else a 'tweede kamerlid'.

Each person is printed in papers by given name and surname ('Pieter Omtzigt') or by initials and
surname ('P.H. Omtzigt'), the particle lower-case between them ('Ard van der Steur'). Those full
forms name one person; a surname alone does not, so it is never a variant here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

SOURCE = "openkamer-fixtures-2019"
_LATIN = re.compile(r"^[A-Za-zÀ-ÿĀ-ž' .-]+$")


def _fixture(folder: Path, name: str) -> list[dict]:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def _initials(raw: str) -> str:
    """'P.H.' as printed; 'Th.C.' keeps its two-letter initial."""
    raw = raw.replace(" ", "")
    return raw if re.fullmatch(r"(?:[A-Z][a-z]?\.)+", raw) else ""


def _forms(fields: dict[str, str]) -> tuple[str, list[str]] | None:
    given = " ".join(fields.get("forename", "").split())
    particle = " ".join(fields.get("surname_prefix", "").split()).lower()
    surname = " ".join(fields.get("surname", "").split())
    if not surname or not _LATIN.match(f"{given} {surname}"):
        return None
    tail = f"{particle} {surname}" if particle else surname
    initials = _initials(fields.get("initials", ""))
    full = [f"{given} {tail}"] if given and not _initials(given) else []
    short = [f"{initials} {tail}"] if initials else []
    forms = list(dict.fromkeys(full + short))
    if not forms:
        return None
    return forms[0], forms[1:]


def build_people(folder: Path) -> list[list[str]]:
    """One row per person: canonical, variants, case, kind, source, Wikidata id."""
    in_cabinet = {
        row["fields"]["person"]
        for row in _fixture(folder, "government.json")
        if row["model"] == "government.governmentmember"
    }
    in_kamer = {
        row["fields"]["person"]
        for row in _fixture(folder, "parliament.json")
        if row["model"] == "parliament.parliamentmember"
    }
    out: dict[str, list[str]] = {}
    for row in _fixture(folder, "person.json"):
        pk, fields = row["pk"], row["fields"]
        if pk not in in_cabinet and pk not in in_kamer:
            continue
        forms = _forms(fields)
        if forms is None:
            continue
        canonical, variants = forms
        kind = "bewindspersoon" if pk in in_cabinet else "tweede kamerlid"
        ident = fields.get("wikidata_id") or f"openkamer-person-{pk}"
        out.setdefault(canonical, [canonical, "|".join(variants), "s", kind, SOURCE, ident])
    return sorted(out.values())
