"""Members of parliament and of cabinets 2014-2022, from the ParlaMint-NL speaker list.

Source: the public GitHub repository clarin-eric/ParlaMint, commit
f2918caa0858f7b986723c12a562ad79a506ed92, Samples/ParlaMint-NL/ParlaMint-NL-listPerson.xml
(TEI): every speaker of the Tweede and Eerste Kamer debates from 2014 to mid-2022, with
forename, surname (particle first), party, Kamer and cabinet affiliations (minister,
secretaryOfState) and a link to the person's Wikipedia article. It adds the Kamer elected in
2021 and the cabinets Rutte III (late) and Rutte IV, which openkamer's fixtures (2019) do not
have. The cabinets Schoof and Jetten come from the Rijksoverheid pages (build_cabinets.py), the
Kamers elected in 2023 and 2025 and the Eerste Kamer of 2023 from Polder (build_polder.py).

Kept: persons with an affiliation and a Wikipedia link (the link vouches for the spelling; the
entries without one are guests and a few misspelt names). The canonical form is 'forename
surname' with the particle lower-case ('Hanke Bruins Slot', 'Bas van 't Wout'); where the source
dropped an accent that the article title keeps ('Rene' for 'René'), the title's spelling is used.
A person who sat in a cabinet is a 'bewindspersoon', else a member of the Kamer they sat in,
else (a party affiliation only) a 'politicus'.

The repository snapshot is larger than can be fetched here, so the committed rows were taken from
the file as read through a code index, with the same rules; run this module on a local copy to
rebuild them (python -m services.enrich.data.build --parlamint FILE).
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

SOURCE = "parlamint-nl-listperson"
_TEI = "{http://www.tei-c.org/ns/1.0}"
_ID = "{http://www.w3.org/XML/1998/namespace}id"
_PARTICLE = re.compile(r"^(?:van|de|der|den|het|ten|ter|te|in|von|'t|op|la|le)\b", re.I)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _surname(raw: str) -> str:
    """'Van Haersma Buma' after a forename is printed 'van Haersma Buma'."""
    words = raw.split()
    out = []
    for i, word in enumerate(words):
        particle = (
            _PARTICLE.fullmatch(word)
            and i < len(words) - 1
            and all(_PARTICLE.fullmatch(w) for w in words[:i])
        )
        out.append(word.lower() if particle else word)
    return " ".join(out)


def _kind(affiliations: list[tuple[str, str]]) -> str:
    if any(role in ("minister", "secretaryOfState") or ref == "#GOV" for role, ref in affiliations):
        return "bewindspersoon"
    if any(ref == "#TK" for _, ref in affiliations):
        return "tweede kamerlid"
    if any(ref == "#EK" for _, ref in affiliations):
        return "eerste kamerlid"
    return "politicus"


def person_row(person: ET.Element) -> list[str] | None:
    """One row (canonical, variants, case, kind, source, xml:id), or None when not kept."""
    forename = " ".join((person.findtext(f"{_TEI}persName/{_TEI}forename") or "").split())
    surname = _surname(" ".join((person.findtext(f"{_TEI}persName/{_TEI}surname") or "").split()))
    affiliations = [
        (a.get("role", ""), a.get("ref", "")) for a in person.iter(f"{_TEI}affiliation")
    ]
    wiki = [i.text or "" for i in person.iter(f"{_TEI}idno") if i.get("subtype") == "wikimedia"]
    if not forename or not surname or not affiliations or not wiki:
        return None
    canonical = f"{forename} {surname}"
    title = unquote(wiki[0].rsplit("/", 1)[-1]).replace("_", " ")
    if _fold(title) == canonical:
        canonical = title  # the accent the source dropped
    return [canonical, "", "s", _kind(affiliations), SOURCE, person.get(_ID, "")]


def fold(text: str) -> str:
    """The key two lists share for one person: lower-case, no accents."""
    return _fold(text).lower()


def build_parlamint(path: Path) -> list[list[str]]:
    root = ET.parse(path).getroot()
    out: dict[str, list[str]] = {}
    for person in root.iter(f"{_TEI}person"):
        row = person_row(person)
        if row is not None:
            out.setdefault(row[0], row)
    return sorted(out.values())
