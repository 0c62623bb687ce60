"""Ministers and state secretaries of the cabinets Rutte IV, Schoof and Jetten, from the
Rijksoverheid's cabinet pages.

Source: the Rijksoverheid pages 'Kabinet-Rutte IV (2022-2024)', 'Kabinet-Schoof (2024-2026)' and
'Kabinet-Jetten (sinds 2026)' (CC0, read on 2026-09-25) as kept in the public GitHub repository
ThijsvanEssen/lawgraph, tests/fixtures/rijksoverheid/kabinet-rutte-iv.html (commit
3e62958c850bcc5daa8a4dd6e36f78eb18e24b2c), kabinet-schoof.html (commit
4132e09c5bc289810939ec5c1ff7fbe7792f1ad3) and kabinet-jetten.html (commit
e149d46d9ec102e2133c5abe64472741295b085b). Each page lists, under 'Ministers' and
'Staatssecretarissen', every holder of a post as the government prints them: titles, initials,
the given name in parentheses, the surname with its particle, degrees, party and dates:
'Mr. drs. M.C.G. (Mona) Keijzer (BBB)', 'R.P. (Ruben) Brekelmans MPA, MSc (VVD), 22 augustus
2025 - 5 september 2025', 'A. de Vries (VVD)'.

Each holder becomes one row: the given name and surname ('Mona Keijzer') and the initials and
surname ('M.C.G. Keijzer'); without a given name, the initials form alone. The informateurs and
formateurs on the same pages hold no post and are left out. The repository's newest snapshot no
longer has these files, so they were read at those commits through a code index and the rows
made from a copy of their post lists by this module
(python -m services.enrich.data.build --cabinets FOLDER).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

SOURCE = "rijksoverheid-kabinetten-2026"
_SECTIONS = ("Ministers", "Staatssecretarissen")
_TITLES = re.compile(r"^(?:(?:[Pp]rof|[Dd]rs|[Mm]r|[Dd]r|[Ii]r|[Ii]ng)\.\s*)+")
_HOLDER = re.compile(
    r"^(?P<ini>(?:[A-Z][a-z]?\.\s?)+)\s*(?:\((?P<given>[^()]+)\)\s*)?(?P<rest>[^(,]+?)"
    r"(?=\s*\(|\s*,|\.\s+Ook|\s*$)"
)
_DEGREES = re.compile(r"(?:\s+(?:MSc|MPA|MA|BSc|MBA|PhD|LL\.M\.|LLM)),?$")
_LINE = re.compile(r"<br\s*/?>|</li>")


def _surname(rest: str) -> str:
    rest = " ".join(rest.split())
    while (m := _DEGREES.search(rest)) is not None:
        rest = rest[: m.start()]
    return rest.strip(" ,")


def holder(line: str) -> tuple[str, list[str]] | None:
    """'Mr. drs. M.C.G. (Mona) Keijzer (BBB)' -> ('Mona Keijzer', ['M.C.G. Keijzer'])."""
    line = _TITLES.sub("", " ".join(html.unescape(line).split()))
    m = _HOLDER.match(line)
    if m is None:
        return None
    surname = _surname(m.group("rest"))
    if not surname or not surname.split()[-1][:1].isupper():
        return None
    initials = m.group("ini").replace(" ", "")
    short = f"{initials} {surname}"
    given = " ".join((m.group("given") or "").split())
    return (f"{given} {surname}", [short]) if given else (short, [])


def _post_lines(page: str) -> list[str]:
    """The holders' lines under the 'Ministers' and 'Staatssecretarissen' headings."""
    lines = []
    for section in re.split(r"<h2[^>]*>", page)[1:]:
        heading, _, body = section.partition("</h2>")
        if heading.strip() not in _SECTIONS:
            continue
        for item in re.findall(r"<li>(.*?)</li>", body, re.DOTALL):
            _, _, holders = item.partition("</strong>")
            lines += [re.sub(r"<[^>]+>", "", p).strip() for p in _LINE.split(holders)]
    return [line for line in lines if line]


def build_cabinets(folder: Path) -> list[list[str]]:
    """One row per person: canonical, variants, case, kind, source, page and printed form."""
    out: dict[str, list[str]] = {}
    for path in sorted(folder.glob("kabinet-*.html")):
        for line in _post_lines(path.read_text(encoding="utf-8")):
            found = holder(line)
            if found is None:
                continue
            canonical, variants = found
            ident = f"{path.stem}: {variants[0] if variants else canonical}"
            row = out.setdefault(canonical, [canonical, "", "s", "bewindspersoon", SOURCE, ident])
            known = [v for v in row[1].split("|") if v]
            row[1] = "|".join(dict.fromkeys([*known, *variants]))  # 'M. Paul', 'M.L.J. Paul'
    return sorted(out.values())
