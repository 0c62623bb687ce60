"""The taxonomy of document families and how each is told, with the evidence used.

| doc_type        | told by                                                              |
|-----------------|----------------------------------------------------------------------|
| email           | an e-mail header (Van/Aan/Onderwerp, From/To/Subject) opens it       |
| woo_inventaris  | "Inventarislijst" and a table of judged documents (Weigeringsgrond)  |
| woo_besluit     | a letter deciding a Woo/Wob request ("Woo-besluit", "uw Woo-verzoek")|
| kamervragen     | "Aanhangsel van de Handelingen", or questions under "Vragen van ..." |
|                 | or "Antwoorden op vragen van ..."                                    |
| motie           | "MOTIE VAN HET LID/DE LEDEN ..." under the dossier title             |
| amendement      | "AMENDEMENT VAN HET LID/DE LEDEN ..."                                |
| verslag         | "VERSLAG (VAN EEN SCHRIFTELIJK OVERLEG)", "LIJST VAN VRAGEN ..."     |
| bnc_fiche       | "Fiche N: ..." and the fixed sections (Algemene gegevens, Essentie)  |
| besluitenlijst  | titled "Besluitenlijst ..."                                          |
| notulen         | "Notulen", "Aantekeningen", "Verslag van de vergadering", a meeting's |
|                 | action points or particulars (Vergaderdatum, Afwezig), "Gesprek"     |
| agenda          | a meeting's agenda: "Agenda" opens page 1                            |
| kamerbrief      | a letter to the Voorzitter of the Tweede or Eerste Kamer             |
| brief           | any other letter (letter form, an address block naming someone else) |
| nota            | "nota"/"notitie"/"memo" on page 1, "(ter beslissing)", Aan:/Van:;    |
|                 | a Kamerstuk's stage ("Memorie van antwoord", "... van toelichting"); |
|                 | else a short titled piece with sections (a notitie)                  |
| rapport         | report apparatus (Inleiding, Samenvatting, Inhoudsopgave, Bijlagen)  |
|                 | or "Rapport"/"Evaluatie" in the title                                |
| other           | none of these                                                        |

Order matters: a released e-mail mentions the Woo, a Woo decision is a letter, a motie is a
Kamerstuk, a ministry letter answering questions quotes "Vragen van ..." but is a kamerbrief;
the most specific family is asked first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from services.segment.families import email, fiche, meetings, memo, parliament, report, woo
from services.segment.families.reading import Reading

# the questions as published ("Vragen van het lid ..."), or the ministry's answers titled after
# them ("Antwoorden op vragen van het lid ...", "Antwoord van minister X op vragen van de leden")
_KAMERVRAGEN: Final = re.compile(
    r"Aanhangsel van de Handelingen|^(?:Antwoord(?:en)? (?:van [^\n]{1,120}? )?op )?"
    r"Vragen van (?:de leden|het lid)\b",
    re.IGNORECASE | re.M,
)
_TO_PARLIAMENT: Final = re.compile(
    r"(?:Aan de |^De )?Voorzitter van de (?:Tweede|Eerste) Kamer", re.IGNORECASE | re.M
)
_LETTER: Final = re.compile(r"Retouradres|^Ons kenmerk|^Geachte\b", re.IGNORECASE | re.M)
_KAMER_ADDRESS: Final = re.compile(
    r"(?:Tweede|Eerste) Kamer der Staten|Postbus 200(?:18|17)\b", re.I
)

Detector = Callable[[Reading], tuple[str, str] | None]


def _aanhangsel(r: Reading) -> tuple[str, str] | None:
    found = "Aanhangsel van de Handelingen" in r.opening
    return ("kamervragen", "'Aanhangsel van de Handelingen'") if found else None


def _kamervragen(r: Reading) -> tuple[str, str] | None:
    """Questions under "Vragen van ..." that are not a ministry letter answering them."""
    # the numbered questions first (a look at kinds): the case-blind pattern tries every position
    asked = r.mentions("aanhangsel", "vragen van") and any(b.kind == "question" for b in r.body)
    match = _KAMERVRAGEN.search(r.opening) if asked else None
    if match and not memo.stage_named(r):  # a nota naar aanleiding van het verslag quotes them
        return "kamervragen", f"'{match.group(0)}' and numbered questions"
    return None


def _kamerbrief(r: Reading) -> tuple[str, str] | None:
    match = _TO_PARLIAMENT.search(r.opening[:3000]) if r.mentions("voorzitter van de") else None
    return ("kamerbrief", f"addressed to '{match.group(0).strip()}'") if match else None


def _letter(r: Reading) -> tuple[str, str] | None:
    """A letter (Retouradres, Ons kenmerk, Geachte) is a kamerbrief when page 1 names the Kamer
    (its name or its Postbus in the address block), else a `brief` to someone else (a ministry,
    a company, a municipality)."""
    quick = r.mentions("retouradres", "ons kenmerk", "geachte")
    match = _LETTER.search(r.opening[:3000]) if quick else None
    if not match:
        return None
    form = f"'{match.group(0)}'"
    page1 = "\n".join(b.text for b in r.first_page)
    kamer = _KAMER_ADDRESS.search(page1)
    if kamer:
        return "kamerbrief", f"letter form ({form}) to '{kamer.group(0)}'"
    return "brief", f"letter form ({form}), not addressed to the Kamer"


DETECTORS: Final[list[Detector]] = [
    email.detect,
    woo.detect_inventory,
    woo.detect_decision,
    _aanhangsel,
    parliament.detect,
    fiche.detect,
    meetings.detect,
    _kamerbrief,
    _kamervragen,
    memo.detect,
    _letter,
    report.detect,
    memo.detect_titled,
]


def classify(r: Reading) -> tuple[str, str]:
    for detect in DETECTORS:
        found = detect(r)
        if found:
            return found
    return "other", "no family's marks found"
