"""The Kamer committees named by their short codes: in a besluitenlijst's labels, and after
'vaste (Kamer)commissie voor' anywhere ('de vaste Kamercommissie voor LNV'), as is the portfolio
spelled out after it ('vaste commissie voor Binnenlandse Zaken').

'Volgcommissie(s): BuZa, JUST, FIN' and 'Voortouwcommissie: VWS' name vaste commissies of the
Tweede Kamer by the ministry they follow ('FIN': the vaste commissie voor Financiën). Outside
those labels 'FIN', 'JUST' or 'VW' are words or other things, so the codes are read only there:
on the label's line and on the lines after it that start with a code ('BZK i.v.m. agendapunt 24').
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.words import read

_COMMITTEES: Final = {
    "BuZa": "Buitenlandse Zaken", "BZK": "Binnenlandse Zaken en Koninkrijksrelaties",
    "DEF": "Defensie", "EZ": "Economische Zaken", "EZK": "Economische Zaken en Klimaat",
    "FIN": "Financiën", "JUST": "Justitie", "JenV": "Justitie en Veiligheid",
    "VenJ": "Veiligheid en Justitie", "LNV": "Landbouw, Natuur en Voedselkwaliteit",
    "OCW": "Onderwijs, Cultuur en Wetenschap", "SZW": "Sociale Zaken en Werkgelegenheid",
    "VROM": "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",
    "VW": "Verkeer en Waterstaat", "VWS": "Volksgezondheid, Welzijn en Sport",
    "WWI": "Wonen, Wijken en Integratie", "EUZA": "Europese Zaken",
    "BHO": "Buitenlandse Handel en Ontwikkelingssamenwerking", "IenM": "Infrastructuur en Milieu",
    "IenW": "Infrastructuur en Waterstaat", "KR": "Koninkrijksrelaties",
    # as besluitenlijsten print them: 'BuHa-OS', 'V&J', 'EU' (the vaste commissie voor Europese
    # Zaken), 'RU' (the commissie voor de Rijksuitgaven, no vaste commissie of a ministry)
    "BuHa-OS": "Buitenlandse Handel en Ontwikkelingssamenwerking", "V&J": "Veiligheid en Justitie",
    "EU": "Europese Zaken", "RU": "de Rijksuitgaven",
}  # fmt: skip
_NOT_VASTE: Final = {"RU": "Commissie voor de Rijksuitgaven"}
_LABEL: Final = re.compile(r"(?:Volgcommissie\(?s?\)?|Voortouwcommissie\(?s?\)?)\s*:")
_CODES: Final = "|".join(re.escape(c) for c in _COMMITTEES)
_CODE: Final = re.compile(rf"(?<![\w-])({_CODES})(?![\w-])")
_NAMED_BY_CODE: Final = re.compile(
    rf"(?<![\w-])[Vv]aste\s+(?:Kamer)?[Cc]ommissie\s+voor\s+({_CODES})(?![\w-])"
)
# The portfolios of committees that follow no code above: the ministries of 2022 and 2024
# ('Asiel en Migratie', 'Klimaat en Groene Groei') and the cabinets' older ones.
_SPELLED_ONLY: Final = (
    "Asiel en Migratie", "Volkshuisvesting en Ruimtelijke Ordening", "Klimaat en Groene Groei",
    "Landbouw, Visserij, Voedselzekerheid en Natuur", "Digitale Zaken",
    "Buitenlandse Handel en Ontwikkelingshulp", "Economische Zaken, Landbouw en Innovatie",
    "Immigratie en Asiel",
    # the Eerste Kamer's committees, whose portfolios join a few ministries' (as eerstekamer.nl's
    # 'korte aantekeningen' and parlement.com's list name them): 'de Eerste Kamer Commissie voor
    # Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking' (round letters63)
    "Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking",
    "Infrastructuur, Waterstaat en Omgeving", "Infrastructuur, Milieu en Ruimtelijke Ordening",
    "Immigratie & Asiel", "Immigratie en Asiel/JBZ-aangelegenheden",
    "Economische Zaken en Klimaat/Landbouw, Natuur en Voedselkwaliteit",
    "Binnenlandse Zaken en de Hoge Colleges van Staat/Algemene Zaken en Huis van de Koning",
    "Binnenlandse Zaken en de Hoge Colleges van Staat", "Financiën", "Koninkrijksrelaties",
    "Europese Zaken", "Justitie en Veiligheid",
)  # fmt: skip
# 'vaste commissie voor Binnenlandse Zaken': the portfolio spelled out (the older short names
# included), longest first so 'Economische Zaken en Klimaat' is not cut to 'Economische Zaken'.
# 'vaste' and 'voor' may be left out: 'de commissie voor Asiel en Migratie', and the Eerste Kamer's
# notes and the Kamer's agenda print 'commissie Onderwijs, Cultuur en Wetenschap (OCW)',
# 'Procedurevergadering commissie Binnenlandse Zaken'; a portfolio is a long, fixed phrase.
_PORTFOLIOS: Final = sorted(
    {*_COMMITTEES.values(), *_SPELLED_ONLY, "Binnenlandse Zaken"} - {"de Rijksuitgaven"},
    key=len,
    reverse=True,
)
# (A slash between two portfolios may stand between spaces: 'Staat / Algemene Zaken'.)
_SPELLED: Final = "|".join(
    re.escape(p).replace(r"\ ", r"\s+").replace("/", r"\s*/\s*") for p in _PORTFOLIOS
)
# (Found from the literal 'ommissie' on, the words before it read back: a pattern whose first
# words are optional has no literal to scan for and is tried at every position.)
# Letters also print 'van' for 'voor' ('de leden van de Vaste Commissie van Onderwijs, Cultuur en
# Wetenschap'): the same committee, no ministry. A note's number may be glued on ('De vaste
# commissie voor Buitenlandse Zaken1 heeft').
# Two committees named together take the plural: 'de commissie voor de Rijksuitgaven en de vaste
# commissies voor Volksgezondheid, Welzijn en Sport' (orgsK47's set K, a list of 2002): the
# portfolio after it is no ministry either.
_PORTFOLIO_AFTER: Final = re.compile(
    rf"ommissies?\s+(?:voor\s+|van\s+)?({_SPELLED})(?:(?![\w-])|(?=[1-9]\d?(?![\w-])))"
)
_COMMITTEE_BEFORE: Final = re.compile(r"(?<![\w-])(?:[Vv]aste\s+|[Aa]lgemene\s+)?(?:Kamer)?[Cc]$")
# The Kamer's former 'algemene commissies' ('De Algemene commissie voor Volksgezondheid, Welzijn
# en Sport heeft over het rapport ...', 'De algemene commissie voor de Rijksuitgaven', orgsL46):
# the word is the name's, and such a committee is no vaste commissie.
_GENERAL: Final = re.compile(r"[Aa]lgemene\s")
# The committee's own code in brackets after its name ('commissie voor Volksgezondheid, Welzijn en
# Sport (VWS)'): part of the name, not the ministry named again.
_SLASH: Final = re.compile(r"\s*/\s*")
_OWN_CODE: Final = re.compile(r"[ \t\u00a0]*\((?:[A-Z][A-Za-z&]{1,7})(?:/[A-Z][A-Za-z&]{1,7})?\)")
# The European Commission's or Parliament's own committees are no Kamer's.
_EUROPEAN_BEFORE: Final = re.compile(r"(?i:europese|europees\s+parlement)\s+$")
# The Tweede Kamer's committee for the state's accounts, named in full ('de commissie voor de
# Rijksuitgaven') or on an agenda ('Procedurevergadering commissie Rijksuitgaven').
_ACCOUNTS: Final = re.compile(
    r"(?<![\w-])(?:[Aa]lgemene\s+)?[Cc]ommissie\s+(?:voor\s+de\s+)?Rijksuitgaven(?![\w-])"
)
_LINE_OF_CODES: Final = re.compile(rf"[ \t]*(?:{_CODES})(?![\w-])")


# A commission named after its chair, as papers name them: 'de commissie-Remkes', 'de Commissie-Van
# der Meer II' (its second term). The hyphen joins the word to a capitalised surname, its particles
# capitalised as a surname's first word is.
_PARTICLES: Final = (
    r"(?:Van(?:[ \t]+(?:der|den|de))?|De|Den|Der|Ter|Ten|Te|Op[ \t]+de|In[ \t]+'t)[ \t]+"
)
_SURNAME: Final = r"[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)?"
_BY_CHAIR: Final = re.compile(
    rf"(?<![\w-])(?:[Cc]ommissie|[Ss]taatscommissie|[Aa]dviescommissie)-(?:{_PARTICLES})?{_SURNAME}"
    r"(?:[ \t]+(?:I{1,3}|IV)(?![\w-]))?(?![\w-])"
)

# ... and without the hyphen where a paper gives the commission's byname in brackets or quotes after
# its full name: 'de Stuurgroep decentralisatie Friese taal (...) («commissie Hoekstra»)', '(...
# Toezichtarrangementen (commissie Oosting, zie ...)'. Only there: in running text 'de commissie
# Onderwijs' or 'de commissie Van Dam' may be a portfolio or the committee and its member; no
# portfolio's word ('(commissie Financiën)') and no place ('(commissie Den Haag)') is a chair.
_BYNAME: Final = re.compile(
    rf"(?<=[(«\"“‘'])[Cc]ommissie[ \t]+(?P<chair>(?:{_PARTICLES})?{_SURNAME})"
    r"(?=[ \t]*[,)»\"”’'])"
)
_PORTFOLIO_WORDS: Final = frozenset(w for p in _PORTFOLIOS for w in p.split())


def _bynames(text: str) -> list[Match]:
    found = []
    for m in _BYNAME.finditer(text):
        chair = " ".join(m.group("chair").split())
        if chair.split()[-1] in _PORTFOLIO_WORDS or automaton().exists(chair):
            continue
        # named as orgcontext names 'de commissie Hoekstra' in running text
        found.append(Match("organization", m.start(), m.end(), f"Commissie {chair}"))
    return found


def _name(code: str) -> str:
    return _NOT_VASTE.get(code) or f"Vaste commissie voor {_COMMITTEES[code]}"


# The words `find` and `chairs` need, read from words.py's pass, not scanned for (speed50):
# every match of `find` holds 'ommissie', every one of `chairs` one of `_LED_WORDS`.
_LED_WORDS: Final = ("leiding", "voorzitterschap")
CUES: Final = frozenset({"ommissie", *_LED_WORDS})


def find(text: str) -> list[Match]:
    if "ommissie" not in read(text).cues:
        return []
    found = [
        Match("organization", m.start(), m.end(), _name(m.group(1)))
        for m in _NAMED_BY_CODE.finditer(text)
    ]
    for m in _PORTFOLIO_AFTER.finditer(text):
        head = _COMMITTEE_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if head is None or _EUROPEAN_BEFORE.search(text, max(0, head.start() - 30), head.start()):
            continue
        portfolio = " ".join(m.group(1).split())
        if "/" in portfolio:
            portfolio = _SLASH.sub("/", portfolio)  # 'Staat / Algemene Zaken' as listed
        code = _OWN_CODE.match(text, m.end())
        end = code.end() if code else m.end()
        kind = "Algemene" if _GENERAL.match(text, head.start()) else "Vaste"
        found.append(Match("organization", head.start(), end, f"{kind} commissie voor {portfolio}"))
    for m in _ACCOUNTS.finditer(text) if "Rijksuitgaven" in text else ():
        found.append(Match("organization", m.start(), m.end(), _NOT_VASTE["RU"]))
    for m in _BY_CHAIR.finditer(text) if "ommissie-" in text else ():
        name = " ".join(m.group().split())
        found.append(Match("organization", m.start(), m.end(), name[0].upper() + name[1:]))
    found += _bynames(text) if "ommissie " in text else []
    for label in _LABEL.finditer(text):
        end = text.find("\n", label.end())
        end = len(text) if end == -1 else end
        while end < len(text) and _LINE_OF_CODES.match(text, end + 1):
            nxt = text.find("\n", end + 1)
            end = len(text) if nxt == -1 else nxt
        for m in _CODE.finditer(text, label.end(), end):
            found.append(Match("organization", m.start(), m.end(), _name(m.group(1))))
    return found


# The chair a committee or team is named after, named as its chair: 'het Aanjaagteam
# Bescherming Arbeidsmigranten onder leiding van Roemer1 (hierna: Aanjaagteam Roemer)'. The
# surname alone after 'onder leiding/voorzitterschap van' is a person only where the text names
# the body after it too; a footnote's number may be glued to it.
_LED_BY: Final = re.compile(
    r"(?:leiding|voorzitterschap)[ \t\n]+van[ \t\n]+"
    r"(?:(?:de[ \t]+heer|mevrouw|dhr\.|mw\.)[ \t\n]+)?"
    rf"(?P<name>(?:{_PARTICLES})?{_SURNAME})(?:[1-9]\d?)?(?=[ \t\n,.;:()]|$)"
)
_ONDER_BEFORE: Final = re.compile(r"(?<![\w-])onder[ \t\n]+$")
_NAMED_AFTER: Final = (
    r"(?<![\w-])[A-Za-zà-ÿ]*(?:[Cc]ommissie|[Tt]eam|[Gg]roep|[Tt]askforce)[ \t\n-]+"
)


def _led_by(text: str) -> list[re.Match[str]]:
    """The phrasings, found from their rarer word ('leiding', 'voorzitterschap') back to 'onder'
    (which most texts hold in 'onderzoek', 'onderwijs')."""
    out = []
    for word in _LED_WORDS:
        at = text.find(word)
        while at != -1:
            if _ONDER_BEFORE.search(text, max(0, at - 12), at) and (m := _LED_BY.match(text, at)):
                out.append(m)
            at = text.find(word, at + 1)
    return out


def chairs(text: str) -> list[Match]:
    if read(text).cues.isdisjoint(_LED_WORDS) or "onder " not in text:
        return []
    found = []
    for m in _led_by(text):
        name = " ".join(m.group("name").split())
        if automaton().exists(name):
            continue  # a listed body or place leads it: 'onder leiding van Rijkswaterstaat'
        spelled = re.escape(name).replace(r"\ ", r"[ \t\n]+")
        after = re.compile(_NAMED_AFTER + spelled + r"(?![\w-])")
        if after.search(text) is not None:
            found.append(Match("person", m.start("name"), m.end("name"), name))
    return found
