"""Hospitals, universities and hogescholen, and the bodies the 2026 register holds that the
2023 export behind registers.tsv lacks: the rows of institutions.tsv.

Sources (public GitHub repositories, read from local copies; nothing is fetched at run time):
- hospitals: the RIVM list of Dutch hospitals and their organisations (Volksgezondheidenzorg.info,
  ziekenhuizen2016_dec.xlsx, December 2016) as kept in nl-hugo/mapNL (MIT), commit
  8230866e96ac49538927d3d14e492b08a9447ccd, data/ziekenhuizen.rdata (an R data frame: one row
  per location with its organisation, type and RIVM numbers). Read with the `rdata` package,
  which only this builder needs (pip install rdata==1.1.0).
- higher education: the annex (Bijlage) of the Wet op het hoger onderwijs en wetenschappelijk
  onderzoek (BWBR0005682; law text, no copyright under Auteurswet art. 11) as kept in
  statengeneraal/laws-markdown, commit 91556a80a25a3da4234c8039945c6aeef4108d00 (2017-05-10),
  wet/wet/op/het/hoger/onderwijs/en/wetenschappelijk/onderzoek/BWBR0005682/README.md: the funded
  hogescholen and the levensbeschouwelijke universiteiten by name; the public universities,
  which the annex names by their seat only, are named in _UNIVERSITIES below.
- register 2026: the national organisation register as mirrored by anneschuth/polder (data CC0),
  commit 82b2d3b07f6d8ec2cfc2efe79e60856e56008227, data/organisaties/<type>/*.yaml: zbo's,
  advisory bodies, agencies, inspections, bodies with a statutory task (rwt) and the regional
  bodies of joint arrangements (GGD, veiligheidsregio, omgevingsdienst) current in 2026, with
  their register (ROO) id; only names no other data file holds are kept.

Precision: a hospital's short name ('Amphia', 'Rijnstate', 'Isala') is kept case-sensitive, and
only when it is not a place, a region or a given name (NOT_A_SHORT_NAME); names of one word and
groups of bodies ('Keuringsinstanties ...') are left out as registers.tsv leaves them out.

    python -m services.enrich.data.build --institutions DIR
    (DIR holds ziekenhuizen.rdata, BWBR0005682.md and organisaties/ from the sources above)
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import yaml

HOSPITALS = "rivm-ziekenhuizen-2016"
HIGHER_EDUCATION = "whw-bijlage-2017"
REGISTER = "polder-roo-2026-05-19"
SOURCES = (HOSPITALS, HIGHER_EDUCATION, REGISTER)
PROVENANCE = (
    f"#   {HOSPITALS}: nl-hugo/mapNL (MIT) 8230866, data/ziekenhuizen.rdata (RIVM, Dec 2016)",
    f"#   {HIGHER_EDUCATION}: statengeneraal/laws-markdown 91556a8, BWBR0005682 annex (law text)",
    f"#   {REGISTER}: anneschuth/polder (data CC0) 82b2d3b, data/organisaties/*/*.yaml",
)

_HOSPITAL_KINDS = {"algemeen ziekenhuis", "academisch ziekenhuis", "kinderziekenhuis"}
# Words around a hospital's own name ('Amphia Ziekenhuis', 'Ziekenhuis Bernhoven').
_HOSPITAL_WORDS = re.compile(
    r"^(?:Ziekenhuis|Stichting)\s+|\s+(?:Ziekenhuis(?:groep|en)?|ziekenhuis|Zorggroep|Groep|"
    r"klinieken|Medisch Centrum|Ziekenhuis Groep)$"
)
# Short names that are places, regions, waters, given or saints' names: kept only in full.
NOT_A_SHORT_NAME = frozenset(
    {"Gelre", "Rivierenland", "Amstelland", "IJsselland", "Martini", "Catharina", "Laurentius",
     "Slingeland", "Maasstad", "Rivas", "Treant", "Pantein", "Antonius", "De Gelderse Vallei",
     "Spijkenisse", "Zaans", "Flevo", "Havenziekenhuis", "Bravis", "Saxenburgh", "MC",
     "Academisch", "Erasmus", "Ommelander", "Haaglanden", "Máxima", "Meander", "Noodwest"}
)  # fmt: skip
# The annex names the public universities (a, h) and two of the special ones (b) by seat.
_UNIVERSITIES = {
    "Leiden": ("Universiteit Leiden", []),
    "Groningen": ("Rijksuniversiteit Groningen", ["RUG"]),
    "Amsterdam": ("Universiteit van Amsterdam", ["UvA"]),
    "Utrecht": ("Universiteit Utrecht", []),
    "Delft": ("Technische Universiteit Delft", ["TU Delft"]),
    "Wageningen": ("Wageningen University & Research", ["Wageningen Universiteit", "WUR"]),
    "Eindhoven": ("Technische Universiteit Eindhoven", ["TU Eindhoven"]),
    "Enschede": ("Universiteit Twente", []),
    "Rotterdam": ("Erasmus Universiteit Rotterdam", []),
    "Maastricht": ("Universiteit Maastricht", ["Maastricht University"]),
    "Amsterdam (bijzonder)": ("Vrije Universiteit Amsterdam", ["VU"]),
    "Nijmegen": ("Radboud Universiteit", ["Radboud Universiteit Nijmegen"]),
    "Tilburg": ("Tilburg University", ["Universiteit van Tilburg"]),
    "Heerlen": ("Open Universiteit", []),
}
_ENUMERATION = re.compile(r"^[A-Z][a-z]+ en ")
_SEAT = re.compile(r" te [A-Z][a-z]+$")
_ANNEX_ITEM = re.compile(r"^\s*[–-]\s+(.+?),\s+uitgaande van\b", re.M)
# Register types kept, and how they are called in the other data files.
_REGISTER_KINDS = {
    "zbo": "zbo",
    "adviescolleges": "adviescollege",
    "agentschappen": "agentschap",
    "inspecties": "inspectie",
    "hoge-colleges": "hoog college van staat",
    "politie-om": "justitie",
    "rwt": "rwt",
    "gemeenschappelijke-regelingen": "regionaal samenwerkingsorgaan",
}
# A joint arrangement is a body (not the arrangement's text) when it is named as one.
_REGIONAL_BODY = re.compile(
    r"^(?:GGD|Veiligheidsregio|Omgevingsdienst|Regionale Uitvoeringsdienst|Metropoolregio|"
    r"Vervoerregio|Recreatieschap|Belastingsamenwerking|Werkbedrijf|Regio)\b"
)
_GROUP_OF_BODIES = re.compile(
    r"^(?:Keuringsinstanties|Aangemelde instanties|Aangewezen|Klassenbureaus|Notarissen|"
    r"Gerechtsdeurwaarders|Havenbeheerders|Registratiecommissies|Topteams|Regionale|"
    r"Medisch-ethische toetsingscommissies|Duitstalige Gemeenschap|Externe begeleidingscommissie|"
    r"Instellingen|Uitvoerders|Klassebureaus)"
)
# Divisions of Statistics Netherlands the register lists as zbo's, named by their task.
_DIVISION = re.compile(
    r"^(?:IT en CIO|CBS communicatie en nieuws|Bedrijfsvoering en strategie|"
    r"Economie, bedrijven en nationale rekeningen|Dataservices, research en innovatie)$"
)
# Abbreviations that are words ('stek'), as build.py leaves out.
_WORDS = frozenset({"STAB", "SALD", "DRAN", "STEK"})
_ABBREVIATION = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&]{3,7}")


def _row(
    canonical: str, forms: list[str], case: str, kind: str, source: str, ident: str
) -> list[str]:
    others = [f for f in dict.fromkeys(forms) if f != canonical]
    return [canonical, "|".join(others), case, kind, source, ident]


def _short_hospital_name(name: str) -> str | None:
    short = _HOSPITAL_WORDS.sub("", name).strip()
    if short == name or short in NOT_A_SHORT_NAME or " " in short or len(short) < 4:
        return None
    return short


# The list abbreviates 'Medisch Centrum' ('MC Slotervaart'); papers spell it out ('het Medisch
# Centrum Slotervaart', orgs73). Not a group's 'MC Groep': a firm's name, not a hospital's.
_MC = re.compile(r"MC (?!Groep$)(?P<rest>[A-Z].*)")


def _spelled_out(name: str) -> list[str]:
    m = _MC.fullmatch(name)
    return [f"Medisch Centrum {m.group('rest')}"] if m else []


def _hospital_frame(path: Path) -> Any:
    rdata = importlib.import_module("rdata")  # only this builder needs it: not a dependency

    parsed = rdata.parser.parse_file(path)
    return rdata.conversion.convert(parsed, default_encoding="utf-8")["ziekenhuizen"]


def hospitals(records: list[dict[str, str]]) -> list[list[str]]:
    """One row per hospital organisation and per hospital (not per outpatient clinic); the
    short name ('Amphia') is a case-sensitive variant in a row of its own."""
    out: dict[str, list[str]] = {}
    for rec in records:
        kind = rec["soort.ziekenhuis"].strip().lower()
        names = [(rec["naam.organisatie"], f"org-{int(float(rec['organisatienummer']))}")]
        if kind in _HOSPITAL_KINDS:
            names.append((rec["naam.ziekenhuis"], f"zh-{int(float(rec['ziekenhuisnummer']))}"))
        for name, ident in names:
            name = " ".join(name.split())
            if name in out or name in NOT_A_SHORT_NAME:
                continue
            if " " not in name:  # 'Diakonessenhuis', 'Tergooiziekenhuizen'
                out[name] = _row(name, [], "s", "ziekenhuis", HOSPITALS, ident)
                continue
            out[name] = _row(name, _spelled_out(name), "i", "ziekenhuis", HOSPITALS, ident)
            short = _short_hospital_name(name)
            if short and short not in out:
                out[short] = _row(name, [short], "s", "ziekenhuis", HOSPITALS, ident)
    return list(out.values())


def higher_education(annex: str) -> list[list[str]]:
    """The universities and hogescholen of the WHW annex; a brand before 'Hogeschool'
    ('Avans Hogeschool', 'Fontys Hogeschool Tilburg') is a case-sensitive row of its own."""
    text = annex[annex.rindex("### Bijlage") :]
    out: dict[str, list[str]] = {}
    brands: dict[str, list[str]] = {}
    for name, extra in _UNIVERSITIES.values():
        out[name] = _row(name, extra, "i", "universiteit", HIGHER_EDUCATION, "bijlage a, b, h")
    for match in _ANNEX_ITEM.finditer(text):
        printed = re.sub(r"[«»]", "", " ".join(match[1].split()))
        first, _, rest = printed.partition(", ")
        if _ENUMERATION.match(rest):  # 'Hogeschool van Beeldende Kunsten, Muziek en Dans'
            first, rest = printed, ""
        kind = "universiteit" if "Universiteit" in first else "hogeschool"
        forms = [f"{first} {rest}"] if rest.startswith("Hogeschool") else []
        seat = _SEAT.search(first)  # 'Universiteit voor Humanistiek te Utrecht'
        if seat:
            forms.append(first)
            first = first[: seat.start()]
        out.setdefault(first, _row(first, forms, "i", kind, HIGHER_EDUCATION, "bijlage g, i"))
        brand, _, after = first.partition(" ")
        if after.startswith("Hogeschool") and not brand.endswith("e"):
            brands.setdefault(brand, []).append(first)
    table = list(out.values())
    for brand, names in brands.items():  # 'Fontys' names eight hogescholen: it is its own name
        canonical = names[0] if len(names) == 1 else brand
        table.append(_row(canonical, [brand], "s", "hogeschool", HIGHER_EDUCATION, "bijlage g"))
    return table


def _current_name(record: dict[str, Any]) -> dict[str, Any] | None:
    names = [n for n in record.get("names") or [] if not n.get("valid_until")]
    return names[-1] if names else None


_BRACKETED = re.compile(r"\s*\(([^()]+)\)$")
_FOUNDATION = re.compile(r"^Stichting (?=[A-Z]\S* \S)")


def _printed(canonical: str, name: dict[str, Any]) -> list[str]:
    """How papers print a register name: without its bracketed abbreviation ('Instituut Fysieke
    Veiligheid (IFV)'), without 'Stichting' before a name of two words or more, and the
    abbreviation itself."""
    forms: list[str] = []
    bracketed = _BRACKETED.search(canonical)
    bare = canonical[: bracketed.start()] if bracketed else canonical
    abbrs = [str(name.get("abbr") or ""), bracketed[1] if bracketed else ""]
    forms += [bare] if bare != canonical and " " in bare else []
    if _FOUNDATION.match(bare) and not re.search(r"\d", bare):  # not 'Amstel 218', an address
        forms.append(_FOUNDATION.sub("", bare))
    return forms + [a for a in abbrs if _ABBREVIATION.fullmatch(a) and a not in _WORDS]


def register_bodies(folder: Path) -> list[list[str]]:
    """Current bodies of the kept register types, named by more than one word."""
    out: dict[str, list[str]] = {}
    for type_dir, kind in _REGISTER_KINDS.items():
        for path in sorted((folder / type_dir).glob("*.yaml")):
            record = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            name = _current_name(record)
            if record.get("valid_until") or name is None:
                continue
            printed = " ".join(str(name["value"]).split()).replace('"', "")
            canonical = re.sub(r"'([^']+)'", r"\1", printed)
            if type_dir == "gemeenschappelijke-regelingen" and not _REGIONAL_BODY.match(canonical):
                continue
            if len(canonical.split()) < 2 or _GROUP_OF_BODIES.match(canonical):
                continue
            if _DIVISION.match(canonical):
                continue
            ident = str((record.get("identifiers") or {}).get("roo_id") or record.get("id", ""))
            out.setdefault(
                canonical, _row(canonical, _printed(canonical, name), "i", kind, REGISTER, ident)
            )
    return list(out.values())


def build_institutions(folder: Path, known: set[str]) -> list[list[str]]:
    """The rows of the three sources, merged."""
    frame = _hospital_frame(folder / "ziekenhuizen.rdata")
    records = [{str(k): str(v) for k, v in rec.items()} for rec in frame.to_dict("records")]
    tables = (
        hospitals(records),
        higher_education((folder / "BWBR0005682.md").read_text(encoding="utf-8")),
        register_bodies(folder / "organisaties"),
    )
    return merge(known, *tables)


def merge(known: set[str], *tables: list[list[str]]) -> list[list[str]]:
    """The rows no other data file names (by canonical or by a printed form of more than one
    word); a variant two rows share, or one another file holds, is dropped."""
    held = {k.lower() for k in known}
    seen = set(held)
    cases: dict[str, str] = {}  # a canonical may have one row per case (its short name)
    counts: dict[str, int] = {}
    for table in tables:
        for row in table:
            for form in filter(None, row[1].split("|")):
                counts[form] = counts.get(form, 0) + 1
    out: list[list[str]] = []
    for table in tables:
        for row in table:
            names = [row[0], *(f for f in row[1].split("|") if " " in f)]
            if cases.get(row[0].lower()) == row[2] or any(n.lower() in held for n in names):
                continue
            forms = [f for f in filter(None, row[1].split("|")) if counts[f] == 1]
            forms = [f for f in forms if f.lower() not in seen and f != row[0]]
            if row[0].lower() in cases and not forms:
                continue
            cases.setdefault(row[0].lower(), row[2])
            seen |= {row[0].lower(), *(f.lower() for f in forms)}
            out.append([row[0], "|".join(forms), *row[2:]])
    return sorted(out)
