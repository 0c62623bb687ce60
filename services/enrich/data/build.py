"""Rebuild the register-derived gazetteer files from their public sources.

    python -m services.enrich.data.build --register alle_organisaties.json \
        --openkamer openkamer/website/fixtures

Sources (public GitHub repositories; the files are read from local copies, nothing is fetched at
run time):
- register: the national government organisation register (organisaties.overheid.nl, export of
  2023-07-03) as kept in R0m4ndu/Stage-Woo-Organisaties, commit 4c48bf6,
  Woo-Organisaties-Code/Files/Json/Organisaties/alle_organisaties.json: every gemeente, provincie,
  waterschap, ministry, agency, zbo, advisory body, court, regional body (GGD, veiligheidsregio,
  omgevingsdienst) and organisation with government involvement, with its register id.
- members: members of the Tweede Kamer 2012-2019 with their name variants, from
  everypolitician/everypolitician-data, commit 081b3a8,
  data/Netherlands/House_of_Representatives/names.csv (EveryPolitician id per person).

- openkamer: members of the Tweede Kamer 1815-2019 and of the cabinets Balkenende IV to Rutte III,
  see build_people.py (the first source of the committed people.tsv).
- cabinets: the Rijksoverheid pages of the cabinets Rutte IV, Schoof and Jetten (as kept in
  ThijsvanEssen/lawgraph, tests/fixtures/rijksoverheid), see build_cabinets.py.
- parlamint: the ParlaMint-NL speaker list (clarin-eric/ParlaMint, commit f2918ca,
  Samples/ParlaMint-NL/ParlaMint-NL-listPerson.xml): members of the Tweede and Eerste Kamer and
  of the cabinets 2014-2022 (Rutte IV included), see build_parlamint.py; merged after openkamer,
  whose rows win for a person both name.
- polder: members of the Tweede Kamer (2008 on, the Kamers elected in 2023 and 2025 included) and
  of the Eerste Kamer (elected in 2023) from anneschuth/polder (CC0), commit 82b2d3b,
  data/personen/*.yaml, see build_polder.py; merged last.

- crs channels: the international organisations, NGOs and funds of the OECD DAC's channels of
  delivery as IATI replicates them (CC BY 4.0), see build_crs_channels.py.
- subsidies: the foundations, associations, festivals and NGOs the ministries fund, from the
  recipients of the Rijksbegroting's subsidy overviews of 2015 (openstate/datasets), see
  build_subsidies.py.
- register laws (refs49): the citeertitel of every wet, AMvB and ministerial regulation in the BWB
  as statengeneraal/laws-markdown 91556a8 mirrors it, for references/law_articles only (not the
  gazetteer), see build_register_laws.py (run on its own: python -m
  services.enrich.data.build_register_laws PATH-TO-A-GIT-COPY).
- development: the development, aid and mission organisations the Regeling aanwijzing
  ontwikkelingsorganisaties 2011 designates by name (statengeneraal/laws-markdown, commit
  91556a8, BWBR0031167), see build_development.py.
- firms: large companies active in the Netherlands, from the MT500 list of 2018 as Faker's nl_NL
  company provider keeps it (MIT), less names that are words, surnames or places, see
  build_firms.py.
- given names: the first names of Faker's Dutch person providers (nl_NL, and nl_BE from Statbel's
  most common names in Flanders, 2022; MIT), less names that are Dutch words, and deduce's
  first-name list (LGPL-3.0-or-later), words marked, see build_given_names.py.
- corporations: Dutch housing corporations with their Autoriteit woningcorporaties register
  number, as a building-survey application's fixture lists them (the register of about 2018),
  less names that are words or places, see build_corporations.py.
- short forms: the names papers print for register bodies without their legal form ('Dunea',
  'Fair Wear', 'IDH', 'Sira'), derived from registers.tsv, institutions.tsv and the curated
  organisations.tsv, see build_short_forms.py.

Writes registers.tsv (organisations) and people.tsv (persons) beside this file, each row with its
source and the id the source gives it. Names already in the curated organisations.tsv are left to
that file; one-word names of regional bodies and foundations ('Blink', 'Sociaal') are words, not
names, and are left out, as are abbreviations shared by several bodies or too short to be sure
of ('PT', 'GR').
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter
from pathlib import Path

from services.enrich.data import (
    build_cabinets,
    build_common_words,
    build_corporations,
    build_crs_channels,
    build_development,
    build_firms,
    build_given_names,
    build_institutions,
    build_parlamint,
    build_people,
    build_polder,
    build_short_forms,
    build_subsidies,
    rows,
    variants,
)

_DIR = Path(__file__).parent
_REGISTER = "oo-register-2023-07-03"
_MEMBERS = "everypolitician-tk-2012-2019"
# Register kinds kept, and how their names are printed in papers.
_KINDS = {
    "Gemeente": "gemeente",
    "Provincie": "provincie",
    "Waterschap": "waterschap",
    "Ministerie": "ministerie",
    "Agentschap": "agentschap",
    "Zelfstandig bestuursorgaan": "zbo",
    "Adviescollege": "adviescollege",
    "Rechtspraak": "rechtspraak",
    "Hoog College van Staat": "hoog college van staat",
    "Openbaar lichaam voor beroep en bedrijf": "openbaar lichaam voor beroep en bedrijf",
    "Caribisch openbaar lichaam": "openbaar lichaam",
    "Regionaal samenwerkingsorgaan": "regionaal samenwerkingsorgaan",
    "Grensoverschrijdend regionaal samenwerkingsorgaan": "regionaal samenwerkingsorgaan",
    "Interdepartementale commissie": "interdepartementale commissie",
    "Koepelorganisatie": "koepel",
    "Organisatie met overheidsbemoeienis": "organisatie met overheidsbemoeienis",
}
# Papers print these gemeenten by another name than the register's.
_ALSO_CALLED = {
    "Gemeente Den Haag": ["gemeente 's-Gravenhage"],
    "Provincie Fryslân": ["provincie Friesland"],
}
# Register entries that name a group of bodies or a place, not one organisation.
_NOT_ONE_BODY = re.compile(
    r"^(?:Keuringsinstanties|Aangemelde instanties|Aangewezen|Klassenbureaus|"
    r"Medisch-ethische toetsingscommissies|"
    r"Regionale Loodsencorporaties|De Waddeneilanden|Heesch West|Duitstalige Gemeenschap)\b"
)
_LATIN = re.compile(r"^[A-Za-zÀ-ÿĀ-ž' .-]+$")
_WIKIDATA = re.compile(r"Q[0-9]+")
# The people sources in the order they are merged.
_PEOPLE_SOURCES = (build_people.SOURCE, _MEMBERS, build_parlamint.SOURCE, build_cabinets.SOURCE)


def _names(kind: str, name: str) -> tuple[str, list[str]]:
    """Canonical name and printed variants of one register entry."""
    name = re.sub(r"'([^']+)'", r"\1", " ".join(name.split()))  # "Stichting 'Theater X'"
    name = name.strip("'\"‘’“” ")
    # a sentence's article the register prints before a few names is no part of them: 'de
    # Noordelijke Rekenkamer' was found with its 'de' and never without it (names45)
    name = re.sub(r"^(?:de|het) (?=[A-Z])", "", name)
    if kind == "Ministerie":
        return f"Ministerie van {name}", [f"ministerie van {name}"]
    if kind == "Waterschap":
        base = name
        if not re.match(r"(?:Waterschap|Hoogheemraadschap|Wetterskip)\b", name):
            name = f"Waterschap {name}"
        extra = [name[0].lower() + name[1:]]
        if " " in base and base != name:
            extra.append(base)
        return name, extra
    if kind == "Caribisch openbaar lichaam":
        return f"Openbaar lichaam {name}", [f"openbaar lichaam {name}"]
    if kind in ("Gemeente", "Provincie"):
        return name, [name[0].lower() + name[1:], *_ALSO_CALLED.get(name, [])]
    return name, []


def _identifier(entry: dict[str, str]) -> str:
    """The register id ('nl.gm0321'); bodies with government involvement have none there, so
    the export they come from stands in."""
    ident = entry.get("dc_identifier", "")
    return ident if ident not in ("", "nl.") else "exportOO.xml"


_CURATED = ("organisations.tsv", "parties.tsv", "locations.tsv", "laws.tsv")
# The organisation files built from other sources, before the firms.
_DERIVED = (
    "registers.tsv",
    "institutions.tsv",
    "short_forms.tsv",
    "subsidies.tsv",
    "international.tsv",
    "development.tsv",
)


def _printed_forms(files: tuple[str, ...]) -> set[str]:
    """Every printed form in the entity files named."""
    return {v for name in files for row in rows(name) for v in variants(row)}


# An abbreviation the register gives is kept when it is one body's only: two capitals or more,
# four to eight characters, not a word in capitals.
_ABBREVIATION = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&]{3,7}")
_CAPITAL_WORDS = frozenset({"STAB", "SALD", "DRAN"})  # words or too generic


def _abbreviation(entry: dict[str, str], counts: Counter[str], known: set[str]) -> list[str]:
    abbr = (entry.get("dc_publisher_afkorting") or "").strip()
    if entry["dc_title"].startswith(("Gemeente", "Provincie", "Ministerie")):
        return []  # their 'abbreviations' are place names and codes ('Tilburg', 'FR', 'Def')
    if not _ABBREVIATION.fullmatch(abbr) or counts[abbr] > 1 or abbr in _CAPITAL_WORDS:
        return []  # three letters ('RTS', 'APK', 'VRT') stand for too much else
    return [] if abbr.lower() in known else [abbr]


def build_register(path: Path) -> list[list[str]]:
    dossiers = json.loads(path.read_text(encoding="utf-8"))["infobox"]["foi_dossiers"]
    known = {form.lower() for form in _printed_forms(_CURATED)}  # the curated lists
    counts = Counter((e.get("dc_publisher_afkorting") or "").strip() for e in dossiers.values())
    out: dict[str, list[str]] = {}
    for entry in dossiers.values():
        kind = entry["dc_title"].split(" - ", 1)[0]
        if kind not in _KINDS or entry.get("foi_endDate"):
            continue
        canonical, extra = _names(kind, entry["dc_publisher_name"])
        if (
            len(canonical.split()) < 2
            or canonical.lower() in known
            or _NOT_ONE_BODY.match(canonical)
        ):
            continue
        extra += _abbreviation(entry, counts, known)
        forms = [v for v in extra if v.lower() not in known and v != canonical]
        out.setdefault(
            canonical,
            [canonical, "|".join(dict.fromkeys(forms)), "i", _KINDS[kind], _REGISTER,
             _identifier(entry)],
        )  # fmt: skip
    return sorted(out.values())


def build_members(path: Path) -> list[list[str]]:
    """One row per person: the longest Latin-script name without initials as canonical, the
    others (with and without initials) as variants."""
    by_id: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = " ".join(row["name"].split())
            if _LATIN.match(name) and " " in name and "," not in name:
                by_id.setdefault(row["id"], []).append(name)
    out = []
    for ident, names in by_id.items():
        plain = [n for n in names if not re.search(r"\b[A-Z]\b", n)] or names
        canonical = max(plain, key=len)
        others = sorted(n for n in set(names) if n != canonical)
        out.append([canonical, "|".join(others), "s", "tweede kamerlid", _MEMBERS, ident])
    return sorted(out)


def merge_people(*tables: list[list[str]]) -> list[list[str]]:
    """One row per person and source: the first source's row names a person (compared without
    case or accents, or by Wikidata id where both rows give one: 'Fleur Agema' is 'Marie-Fleur
    Agema'); a later source's row for the same person is kept only for the printed forms it adds
    ('M.G.J. Harbers'; its own spelling of the name only when it differs by more than case or
    accents), and a later cabinet post makes them a 'bewindspersoon', as a later seat does one
    known only as a 'politicus'."""
    first: dict[str, list[str]] = {}
    forms: dict[str, set[str]] = {}
    by_wikidata: dict[str, str] = {}
    extra: list[list[str]] = []
    for table in tables:
        for row in table:
            key = by_wikidata.get(row[5]) or build_parlamint.fold(row[0])
            if _WIKIDATA.fullmatch(row[5]):
                by_wikidata.setdefault(row[5], key)
            printed = {row[0], *(v for v in row[1].split("|") if v)}
            if key not in first:
                first[key] = list(row)
                forms[key] = printed
                continue
            if row[3] == "bewindspersoon" or first[key][3] == "politicus":
                first[key][3] = row[3]
            same = {row[0]} if build_parlamint.fold(row[0]) == key else set()
            new = sorted(printed - forms[key] - same)
            if new:
                forms[key] |= set(new)
                extra.append([first[key][0], "|".join(new), *row[2:]])
    kinds = {row[0]: row[3] for row in first.values()}
    for row in extra:
        row[3] = kinds[row[0]]
    return sorted([*first.values(), *extra])


def committed_people(*leaving_out: str) -> list[list[str]]:
    """The rows of the committed people.tsv, less those of the sources named (to be merged anew);
    merging them again gives them back unchanged."""
    columns = ("canonical", "variants", "case", "kind", "source", "source_id")
    return [[r[c] for c in columns] for r in rows("people.tsv") if r["source"] not in leaving_out]


def _write(name: str, header: str, table: list[list[str]]) -> None:
    lines = [header, "canonical\tvariants\tcase\tkind\tsource\tsource_id"]
    lines += ["\t".join(row) for row in table]
    (_DIR / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _common_words() -> frozenset[str]:
    """common_words.txt: Dutch words in lower case."""
    path = _DIR / "common_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln for ln in lines if ln and not ln.startswith("#"))


def _listed_surnames() -> frozenset[str]:
    """The last words of people.tsv's names ('Ceder' of 'Don Ceder')."""
    path = _DIR / "people.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return frozenset(r["canonical"].split()[-1] for r in csv.DictReader(lines, delimiter="\t"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--register", type=Path, help="without it, registers.tsv is left as it is")
    parser.add_argument(
        "--institutions",
        type=Path,
        help="folder with the hospital, WHW annex and register copies (see build_institutions.py)",
    )
    parser.add_argument(
        "--short-forms",
        action="store_true",
        help="derive short_forms.tsv from the organisation files (needs wordfreq)",
    )
    parser.add_argument(
        "--crs-channels", type=Path, help="IATI's CRSChannelCode.xml: rebuild international.tsv"
    )
    parser.add_argument(
        "--subsidies",
        type=Path,
        help="subsidiesministeries2015.csv: rebuild subsidies.tsv (needs wordfreq)",
    )
    parser.add_argument(
        "--development",
        type=Path,
        help="BWBR0031167's README.md (statengeneraal/laws-markdown): rebuild development.tsv",
    )
    parser.add_argument(
        "--firms",
        action="store_true",
        help="rebuild firms.tsv from Faker's nl_NL large companies (needs faker and wordfreq)",
    )
    parser.add_argument(
        "--corporations",
        type=Path,
        help="buildingexaminator's LoadOwnerData.php: rebuild corporations.tsv",
    )
    parser.add_argument(
        "--given-names",
        action="store_true",
        help="rebuild given_names.tsv from Faker's and deduce's first names (build_given_names.py)",
    )
    parser.add_argument(
        "--common-words",
        action="store_true",
        help="rebuild common_words.txt from OpenTaal's word list (build_common_words.py)",
    )
    parser.add_argument("--openkamer", type=Path, help="openkamer's website/fixtures folder")
    parser.add_argument("--members", type=Path, help="EveryPolitician names.csv, merged in")
    parser.add_argument("--parlamint", type=Path, help="ParlaMint-NL-listPerson.xml, merged in")
    parser.add_argument("--cabinets", type=Path, help="folder of Rijksoverheid cabinet pages")
    parser.add_argument("--polder", type=Path, help="Polder's data/personen folder, merged last")
    parser.add_argument(
        "--onto-committed",
        action="store_true",
        help="merge the people sources given onto the committed people.tsv (whose earlier "
        "sources' copies are not at hand) instead of rebuilding it from them",
    )
    args = parser.parse_args()
    if args.register is not None:
        _write(
            "registers.tsv",
            f"# Generated by services/enrich/data/build.py from {_REGISTER} (see its docstring).",
            build_register(args.register),
        )
    if args.institutions is not None:
        _write(
            "institutions.tsv",
            "# Generated by services/enrich/data/build.py from "
            f"{', '.join(build_institutions.SOURCES)} (see build_institutions.py):\n"
            + "\n".join(build_institutions.PROVENANCE),
            build_institutions.build_institutions(
                args.institutions, _printed_forms((*_CURATED, "registers.tsv"))
            ),
        )
    if args.crs_channels is not None:
        _write(
            "international.tsv",
            build_crs_channels.HEADER,
            build_crs_channels.build_crs_channels(
                args.crs_channels,
                _printed_forms((*_CURATED, "registers.tsv", "institutions.tsv", "short_forms.tsv")),
            ),
        )
    if args.subsidies is not None:
        from wordfreq import zipf_frequency  # the builder's own dependency

        _write(
            "subsidies.tsv",
            build_subsidies.HEADER,
            build_subsidies.build_subsidies(
                args.subsidies,
                _printed_forms((*_CURATED, "registers.tsv", "institutions.tsv", "short_forms.tsv")),
                zipf_frequency,
            ),
        )
    if args.development is not None:
        _write(
            "development.tsv",
            build_development.HEADER,
            build_development.build_development(
                args.development,
                # every other list's forms (not the list being built)
                _printed_forms(
                    (
                        *_CURATED,
                        *(name for name in _DERIVED if name != "development.tsv"),
                        "firms.tsv",
                        "media.tsv",
                    )
                ),
            ),
        )
    if args.firms:
        # the builder's own dependencies
        from faker.providers.company.nl_NL import Provider
        from faker.providers.person.nl_NL import Provider as People
        from wordfreq import zipf_frequency

        from services.enrich.entities import orgnames

        surnames = {r["canonical"].split()[-1] for r in rows("people.tsv")} | set(People.last_names)
        _write(
            "firms.tsv",
            build_firms.HEADER,
            build_firms.build_firms(
                Provider.large_companies,
                _printed_forms((*_CURATED, *_DERIVED)),
                zipf_frequency,
                surnames,
                orgnames.HEADS,
            ),
        )
    if args.corporations is not None:
        gemeenten = {
            r["canonical"].removeprefix("Gemeente ")
            for r in rows("registers.tsv")
            if r["canonical"].startswith("Gemeente ")
        }
        _write(
            "corporations.tsv",
            build_corporations.HEADER,
            build_corporations.build_corporations(
                args.corporations,
                _printed_forms((*_CURATED, *_DERIVED, "firms.tsv", "media.tsv")),
                _common_words(),
                _printed_forms(("locations.tsv",)) | gemeenten,
            ),
        )
    if args.given_names:
        # the builder's own dependency
        from faker.providers.person.nl_BE import Provider as Flemish
        from faker.providers.person.nl_NL import Provider as Dutch
        from wordfreq import zipf_frequency

        from services.enrich.entities import gazetteer

        places = gazetteer.automaton()
        names = build_given_names.build_given_names(
            {"nl_NL": Dutch.first_names, "nl_BE": Flemish.first_names},
            build_given_names.deduce_first_names(),
            build_given_names.opentaal_words(),
            lambda word: zipf_frequency(word, "en") >= 5.0,
            places.exists,
            build_given_names.deduce_surnames() | _listed_surnames(),
        )
        lines = [build_given_names.HEADER, "canonical\tsource\tsource_id"]
        lines += [f"{r['canonical']}\t{r['source']}\t{r['id']}" for r in names]
        (_DIR / "given_names.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.common_words:
        from wordfreq import zipf_frequency  # the builder's own dependency

        listed = [r["canonical"] for r in rows("people.tsv")]
        listed += [v for r in rows("people.tsv") for v in r["variants"].split("|") if v]
        given = [r["canonical"] for r in rows("given_names.tsv")]
        deduce = build_given_names.deduce_all_surnames()
        words = build_common_words.build_common_words(
            build_given_names.OPENTAAL.read_text(encoding="utf-8").split("\n"),
            lambda word: zipf_frequency(word, "nl"),
            build_common_words.surname_words([*listed, *given, *deduce]),
        )
        (_DIR / "common_words.txt").write_text(
            build_common_words.HEADER + "\n" + "\n".join(words) + "\n", encoding="utf-8"
        )
    if args.short_forms:
        from wordfreq import zipf_frequency  # the builder's own dependency

        _write(
            "short_forms.tsv",
            build_short_forms.HEADER,
            build_short_forms.build_short_forms(
                [*rows("registers.tsv"), *rows("institutions.tsv"), *rows("organisations.tsv")],
                _printed_forms((*_CURATED, "registers.tsv", "institutions.tsv")),
                zipf_frequency,
                refused=build_institutions.NOT_A_SHORT_NAME,
            ),
        )
    people_sources = (args.openkamer, args.members, args.parlamint, args.cabinets, args.polder)
    if all(a is None for a in people_sources):
        return
    tables: list[list[list[str]]] = []
    sources: list[str] = []
    if args.onto_committed:
        committed = committed_people(build_polder.SOURCE)
        present = {row[4] for row in committed}
        sources += [s for s in _PEOPLE_SOURCES if s in present]
        tables.append(committed)
    if args.openkamer is not None:
        sources.append(build_people.SOURCE)
        tables.append(build_people.build_people(args.openkamer))
    if args.members is not None:
        sources.append(_MEMBERS)
        tables.append(build_members(args.members))
    if args.parlamint is not None:
        sources.append(build_parlamint.SOURCE)
        tables.append(build_parlamint.build_parlamint(args.parlamint))
    if args.cabinets is not None:
        sources.append(build_cabinets.SOURCE)
        tables.append(build_cabinets.build_cabinets(args.cabinets))
    if args.polder is not None:
        sources.append(build_polder.SOURCE)
        tables.append(build_polder.build_polder(args.polder))
    people = merge_people(*tables)
    _write(
        "people.tsv",
        f"# Generated by services/enrich/data/build.py from {' and '.join(sources)} (see the "
        "docstrings of build.py, build_people.py, build_parlamint.py, build_cabinets.py and "
        "build_polder.py).",
        people,
    )


if __name__ == "__main__":
    main()
