"""The words an abbreviation in parentheses stands for, also when they are written in lower case.

'het Informatiepunt leefomgeving (Iplo)', 'de werkgeversvereniging voor de sector passagiers- en
bagageafhandeling luchtvaart (WPBL)', 'het Topreferente eetstoornissen netwerk (TEN)': the
abbreviation's letters are read back through the words before it, each inside a word or at its
start, the first at a word's start (the rule of Schwartz and Hearst, 2003, for definitions in
running text). The words so found are a body's name when one of them is a body's word
('-vereniging', 'netwerk', '-punt' of an information desk) and none names a programme, plan or
law: the abbreviation then names that body.
"""

from __future__ import annotations

import re
from typing import Final

# A word that makes the spelled-out words a body's name; compounds end in it
# ('werkgeversvereniging', 'Informatiepunt').
_BODY_WORD: Final = re.compile(
    r"(?:vereniging|federatie|stichting|commissie|raad|dienst|instituut|autoriteit|agentschap|"
    # bodies named in the plural: 'Samenwerkende Huisartsendiensten Rijnland (SHR)'
    r"diensten|verenigingen|stichtingen|organisaties|"
    r"organisatie|academie|stuurgroep|genootschap|bond|unie|overleg|informatiepunt|meldpunt|"
    r"steunpunt|expertisepunt|kenniscentrum|expertisecentrum|inspectie|college|"
    # a firm of consultants or engineers: 'Ingenieursbureau Vlietstra (IBV)', German 'Ingenieurbüro'
    r"(?:advies|ingenieurs?|onderzoeks)(?:bureau|büro)|"
    # a chamber that meets or takes calls: 'Strategische Milieukamer (SMK)', 'Landelijke Meldkamer
    # Samenwerking (LMS)', 'Kamer van Koophandel (KvK)'
    r"kamer|"
    # broadcasters and their association: 'Kleine Regionale Commerciële Omroepen (KRCO)'
    r"omroep|omroepen|"
    # an investigating service and a planning office: 'Financiële Recherche (Finec)', 'Centraal
    # Planbureau (CPB)' (letters65)
    r"recherche|planbureau|"
    # a German institution or bank: 'Kreditanstalt für Wiederaufbau (KfW)' (orgs69)
    r"anstalt|"
    # a holding of corporations and an alliance of interests whose abbreviation spells part of a
    # compound: 'Corporatieholding Friesland (CHF)', 'BelangenAlliantie Detailhandel Twente
    # (BADT)' (names45, from names44's half B); an office that is a body: 'Nationaal Coördinator
    # tegen Discriminatie en Racisme (NCDR)'
    r"holding|alliantie|co[öo]rdinator|"
    # a body named in English, its head last: 'F-35 Joint Program Office (JPO)', 'European
    # Maritime Safety Agency (EMSA)' (O49)
    r"^(?:office|agency|authority|organi[sz]ation|association|federation|foundation|institute|"
    r"council|commission|committee|board|bureau|alliance|coalition|union))$"
)
# 'Bureau' a word of its own is an office's name: 'Bureau medicinale cannabis (BMC)' (letters65);
# a compound ending in it is not always one ('stembureau' is a polling station).
_OWN_BODY_WORD: Final = frozenset({"bureau"})
# These only as the last word and a word of their own: a 'natuurnetwerk' is land, a
# 'stembureau' a polling station, a 'Trusted Platform Module' a device.
_LAST_BODY_WORD: Final = frozenset(
    {"netwerk", "platform", "coalitie", "consortium", "orgaan", "korps"}
)
# Words of what is done or decided, never a body's: 'Nationaal programma ... (NPLG)'.
_NOT_A_BODY: Final = re.compile(
    r"(?:programma|plan|wet|regeling|richtlijn|verordening|besluit|akkoord|agenda|aanpak|"
    r"strategie|fonds|systeem|register|monitor|onderzoek|project|norm|methode|model|index|"
    r"score|toets|verdrag|overeenkomst|convenant|protocol|regime|kader|stelsel|"
    # a code of law: 'Douanewetboek van de Unie (DWU)', 'Wetboek van Strafrecht (WvSr)'
    r"wetboek|"
    # a paper about a body's meeting: 'Verslag Schriftelijk Overleg (VSO)', 'Jaarverslag Raad ...'
    r"verslag|brief|nota|notitie|rapport|rapportage|"
    # a guide, whose 'raad' is no council: 'PIANOo Leidraad kopen ... (PIANOO)' (orgs69)
    r"leidraad|handreiking|handleiding|"
    # a meeting of the Kamer, no body: 'het Wetgevingsoverleg (WGO) Water', 'Notaoverleg (NO)'
    # (orgsL46; 'Interprovinciaal Overleg (IPO)' stays a body)
    r"wetgevingsoverleg|notaoverleg|commissiedebat|tweeminutendebat|"
    # what an English name regulates or agrees, no body: 'International Health Regulations
    # (IHR)', 'Countering America's Adversaries Through Sanctions Act (CAATSA)' (O49)
    r"^(?:regulations?|directive|act|treaty|agreement|principles|guidelines|programme|strategy))$"
)
_WORD: Final = re.compile(r"[\wÀ-ÿ'’&-]+")
_STOP: Final = ".;:()[]\u2022•|?!"


def _window(text: str, end: int, letters: int) -> tuple[int, str]:
    """The words before `end` an abbreviation of `letters` letters may stand for: at most
    min(letters + 5, 2 * letters), within the sentence."""
    start = end
    while start > 0 and text[start - 1] not in _STOP and end - start < 200:
        start -= 1
    words = list(_WORD.finditer(text, start, end))
    keep = words[-min(letters + 5, 2 * letters) :]
    if not keep:
        return end, ""
    return keep[0].start(), text[keep[0].start() : end]


def long_form(text: str, at: int, abbr: str) -> tuple[int, int] | None:
    """The span of the words before `at` (where '(' stands) that `abbr` abbreviates, if they name
    a body; else None."""
    letters = [c.lower() for c in abbr if c.isalnum()]
    if len(letters) < 3:
        return None
    base, window = _window(text, at, len(letters))
    i = len(window) - 1
    for n in range(len(letters) - 1, -1, -1):
        c = letters[n]
        while i >= 0 and (window[i].lower() != c or (n == 0 and i > 0 and window[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
    first = i + 1
    # a name in quotes: "'Kleine Regionale Commerciële Omroepen' (KRCO)"
    words = [w.lower().strip("'’").rstrip("-") for w in _WORD.findall(window[first:])]
    if not (words and words[-1] in _LAST_BODY_WORD) and not any(
        _BODY_WORD.search(w) or w in _OWN_BODY_WORD for w in words
    ):
        return None
    if any(_NOT_A_BODY.search(w) for w in words):
        return None
    end = base + len(window.rstrip().rstrip("'’\"”"))
    return base + first, end
