"""Companies and private bodies named after the word for their kind: 'onderzoeksbureau
A-Insights', 'reisorganisatie Corendon', 'netbeheerder TenneT', 'zorgverzekeraar Menzis'.

No list holds every firm a Kamervraag or a Woo mail names, but the papers introduce one by what
it is. The kind word is not part of the name, so the match is the name alone: one or two
capitalised words right after it. A sentence's first word ('onderzoeksbureau De ...'), a place
('zorgverzekeraars in Utrecht' has no capital after the kind) and a lone letter are none.
"""

from __future__ import annotations

from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.scan import Guarded

_KINDS = (
    "onderzoeksbureau", "adviesbureau", "ingenieursbureau", "advocatenkantoor",
    "accountantskantoor", "accountantsorganisatie", "reisorganisatie", "luchtvaartmaatschappij",
    "zorgverzekeraar", "zorgaanbieder", "zorgorganisatie", "zorginstelling", "energiebedrijf",
    "energieleverancier", "netbeheerder", "woningcorporatie", "uitgeverij", "softwareleverancier",
    "leverancier", "webwinkel", "supermarktketen", "vakbond", "brancheorganisatie",
    "werkgeversorganisatie", "belangenorganisatie", "patiëntenorganisatie", "kenniscentrum",
    "kennisinstituut", "pentestbedrijf", "beveiligingsbedrijf", "telecomaanbieder",
)  # fmt: skip
_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME_WORD = rf"[{_UPPER}][\w'’&]*(?:-[\w'’&]+)*"
_KIND = "|".join(f"[{k[0]}{k[0].upper()}]{k[1:]}" for k in _KINDS)
_NAMED = Guarded(
    r"(?<![\w-])",
    rf"(?:{_KIND})[ \t\u00a0]+(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD})?)(?![\w-])",
)
_STEMS = tuple(dict.fromkeys(k[1:7] for k in _KINDS))
_WORDS = "De Het Een Deze Dit Die Dat Er In Op Bij Van Voor En Of Als Ook Maar Ik Wij Zij Hij U"
_NOT_NAMES = frozenset([*_WORDS.split(), "Nederland", "Nederlandse", "Europese"])


def find(text: str) -> list[Match]:
    if not any(stem in text for stem in _STEMS):
        return []
    found = []
    for m in _NAMED.finditer(text):
        words = m.group("name").split()
        if words[0] in _NOT_NAMES or len(words[0]) < 2:
            continue
        if len(words) == 2 and (words[1] in _NOT_NAMES or automaton().exists(words[1])):
            words = words[:1]  # 'netbeheerder TenneT Nederland': the name, then a place
        end = m.start("name") + len(words[0]) if len(words) == 1 else m.end("name")
        known = automaton().get(words[0], None) if len(words) == 1 else None
        if known is not None and known[1].type == "location":
            continue  # 'leverancier Utrecht': a place
        name = " ".join(text[m.start("name") : end].split())
        found.append(Match("organization", m.start("name"), end, name))
    return found
