"""The members of a list that a plural kind of body announces are bodies: 'de zorgaanbieders
Juvent, CKZ, MGB hulpverlening, De Hoop GGZ en Zeeuwse Gronden', 'de huurdersverenigingen
Moerdijkse Waard en Bernardus Wonen', 'de corporatiedirecteuren van Woonlinie, Woningstichting
Maasdriel en De Kernen'.

The list rule (orglists.py) takes an unknown member only beside a known one and only when it is an
abbreviation or one word; here the kind word before the list says what every member is, so a
member of up to five words is taken, known neighbours or not. Stakeholder notices (covenants,
prestatieafspraken, a ruling's or inspectorate's list of providers) name their parties so.

The list opens right after the kind word (a plural: one body is no list) and runs on commas and a
final 'en' or 'of'; it ends after the member that follows 'en', or where a member does not start
with a capital. A member other than the last may end in one lower-case word ('MGB
hulpverlening,'); the last ends at its last capitalised word. A member with initials is a person,
a sentence word or a layout word is none; municipalities and provinces are left to
orgcontext.py ('de gemeenten Rotterdam en Den Haag'), and a listed place is where the bodies
work ('de woningcorporaties Amsterdam en Rotterdam').
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities import partylists
from services.enrich.entities.attendees import given_names
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.entities.orglists import NOT_NAMES
from services.enrich.entities.orgnames import HEADS
from services.enrich.words import read

# A plural kind of body, also the tail of a compound ('jeugdzorgaanbieders',
# 'reclasseringsorganisaties'); or the heads of bodies ('corporatiedirecteuren van').
_KINDS: Final = (
    "organisaties",
    "instellingen",
    "aanbieders",
    "corporaties",
    "coöperaties",
    "cooperaties",
    "verenigingen",
    "stichtingen",
    "bedrijven",
    "ondernemingen",
    "netbeheerders",
    "omroepen",
    "ziekenhuizen",
    # care groups (elderly and nursing care) by their own names: 'zorggroepen (als Cardia,
    # Florence, Oldael, ...)' (orgs75); not the tail 'groepen' ('doelgroepen', 'leeftijdsgroepen')
    "zorggroepen",
    "verzekeraars",
    "banken",
    "vervoerders",
    "hogescholen",
    "universiteiten",
    "fondsen",
    "koepels",
    "maatschappijen",
    "waterschappen",
    "uitgeverijen",
    "kranten",
    "dagbladen",
    # the plurals of orgs80's kind heads (data/build_kind_words.py's HEADS, as OpenTaal's plural
    # list spells them), also a compound's tail: 'de voetbalclubs Ajax en PSV', 'orkesten zoals
    # ...', 'de basisscholen De Regenboog en Het Anker' (orgs81); not 'bureaus' and 'kantoren',
    # whose compounds are sites as often ('de stembureaus De Linde en Het Anker', 'postkantoren')
    "fabrieken",
    "clubs",
    "gezelschappen",
    "orkesten",
    "weekbladen",
    "instituten",
    "musea",
    "theaters",
    "scholen",
    "zorgkantoren",
    "ggd'en",
    "ggd’en",
    "ggden",
    "veiligheidsregio's",
    "veiligheidsregio’s",
    # the parties to a covenant or an agreement, announced by a colon as often as not: 'de
    # betrokken partijen: Vierstroomzorgring, De Goede Woning, ...'; 'de ketenpartners ...'
    "partijen",
    "partners",
)  # fmt: skip
_HEADS_OF: Final = (
    "directeuren",
    "bestuurders",
    "directies",
    "besturen",
    "vertegenwoordigers",
    "voorzitters",
)  # fmt: skip
# After the kind word (a colon may announce the list) the list's first capital; after a head's
# word 'van' first.
# ... or a few lower-case words, then a colon: 'de volgende zorgaanbieders het convenant:',
# 'De deelnemende woningcorporaties zijn:'.
# ... or the examples of the kind in brackets, after a word that says they are examples:
# 'zorggroepen (als Cardia, Florence, Oldael, Respect, Saffier, WZH e.d.)', 'zorgaanbieders
# (zoals Lentis en Accare)'; or the same after 'zoals' without brackets: 'bedrijven, zoals Shell
# en Unilever' (orgs75). Not a bare 'als' ('organisaties als Stichting X vragen'): it compares as
# often as it lists.
_AFTER_KIND: Final = re.compile(
    r"(?:[ \t\u00a0]+[a-zà-ÿ]+){0,3}[ \t\u00a0]*:[ \t\u00a0]+(?=[A-Z0-9À-Þ])"
    r"|[ \t\u00a0]+(?=[A-Z0-9À-Þ])"
    r"|[ \t\u00a0]*\((?:als|zoals|onder andere|o\.a\.|waaronder|bijvoorbeeld|bv\.)"
    r"[ \t\u00a0]+(?:de[ \t\u00a0]+|het[ \t\u00a0]+)?(?=[A-Z0-9À-Þ])"
    r"|,?[ \t\u00a0]+(?:zoals|waaronder)[ \t\u00a0]+(?:de[ \t\u00a0]+|het[ \t\u00a0]+)?"
    r"(?=[A-Z0-9À-Þ])"
)
_AFTER_HEADS: Final = re.compile(r"[ \t\u00a0]+van[ \t\u00a0]+(?=[A-Z0-9À-Þ])")
# A bare 'als' after the plural kind lists as well as it compares: its list is read where a
# member is a body the lists know ('organisaties als Kerk in Actie en Edukans', orgs79), not one
# name alone ('organisaties als Stichting X vragen').
_AFTER_AS: Final = re.compile(
    r"[ \t\u00a0]+als[ \t\u00a0]+(?:de[ \t\u00a0]+|het[ \t\u00a0]+)?(?=[A-Z0-9À-Þ])"
)
_PLURAL_KINDS: Final = frozenset(_KINDS)


# The kind words' tails and the announcing phrases, each with the pattern of what follows it; found
# in the one pass over the text that words.py makes for several finders (a regex alternation of
# thirty words is tried at every position).
# A merger is of bodies: 'de Kredietbank Nederland (fusie tussen GKB Leeuwarden, Stadsbank
# Midden Nederland en Kredietbank Noordwest)' (orgs76); its members may open with an article. A
# merger of municipalities names places, which the lists know and are left out below.
_MERGERS: Final = ("fusie tussen", "fusie van", "fusies tussen", "fusies van", "fuseren van")
_AFTER_MERGER: Final = re.compile(r"[ \t\u00a0]+(?:(?:de|het)[ \t\u00a0]+)?(?=[A-Z0-9À-Þ])")
KIND_WORDS: dict[str, re.Pattern[str]] = {
    **dict.fromkeys(_KINDS, _AFTER_KIND),
    **dict.fromkeys(_MERGERS, _AFTER_MERGER),
    **dict.fromkeys(_HEADS_OF, _AFTER_HEADS),
    **dict.fromkeys(partylists.ANNOUNCING, partylists.AFTER_ANNOUNCING),
    **dict.fromkeys(partylists.GENTLEMEN, partylists.AFTER_GENTLEMEN),
}


_NAME_WORD: Final = (
    r"[A-Z0-9À-ÖØ-Þ][\w&'’+]*(?:[.-][\w&'’+]+)*"  # 'NOS.nl', 'Buddy-to-buddy'; not 'Wonen.'
)
# (and an English name's: 'de organisaties Sisters for Change en Munnade'; orgs76; not 'of',
# which joins members: 'Kompaan, Lindehof of Horizonzorg')
_PARTICLE: Final = r"(?:van|de|der|den|des|het|voor|op|aan|in|di|pa|y|for|the)"
_WORDS: Final = rf"{_NAME_WORD}(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)*{_NAME_WORD}){{0,4}}"
# A member and what follows it: a separator ('' at the list's end).
_MEMBER: Final = re.compile(
    rf"(?:(?:de|het)[ \t\u00a0]+)?(?P<name>{_WORDS})"
    # 'MGB hulpverlening,', 'Stichting Mooi Zoetermeer eo.,'
    r"(?P<lower>[ \t\u00a0]+[a-zà-ÿ][\w-]*\.?(?=,))?"
    r"(?P<sep>[ \t\u00a0]*,[ \t\u00a0]*(?:en[ \t\u00a0]+|of[ \t\u00a0]+)?"
    r"|[ \t\u00a0]+(?:en|of)[ \t\u00a0]+)?"
)
_INITIALS: Final = re.compile(r"(?:[A-Z][a-z]?\.[ \u00a0]?)+")
_PLACE_BODIES: Final = frozenset({"Gemeente", "Provincie"})
# Points of the compass name parts of a region, not bodies: 'de ziekenhuizen Noord en Zuid'.
_COMPASS: Final = frozenset({"Noord", "Zuid", "Oost", "West", "Midden", "Centrum"})
_MOST: Final = 16  # members read at most
_MONTHS: Final = frozenset(
    {
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december",
    }
)  # fmt: skip


def find(text: str) -> list[Match]:
    out: list[Match] = []
    for last, word in read(text).kind_lists:
        after = KIND_WORDS[word]
        intro = after.match(text, last + 1)
        if intro is None and after is _AFTER_KIND and word in _PLURAL_KINDS:
            intro = _AFTER_AS.match(text, last + 1)
            after = _AFTER_AS
        if intro is None:
            continue  # the word goes on ('organisatiestructuur') or no capital follows
        if after is partylists.AFTER_GENTLEMEN:
            out += partylists.people_and_bodies(text, last, intro.end())
            continue
        members = _members(text, intro.end())
        if len(members) < 2:
            continue  # 'de bedrijven Shell': one name, no list the kind word announces
        if after is partylists.AFTER_ANNOUNCING:
            # 'ondertekend door', 'samen met': persons sign and come along as often as bodies
            if not partylists.bodies_only(text, last, members) or not _a_body_among(text, members):
                continue
        elif text[last - 7 : last + 1].endswith(_PARTIES) and not _a_body_among(text, members):
            continue  # 'beide partijen De Vries en Jansen': parties may be persons
        elif after is _AFTER_AS and not _a_body_among(text, members):
            continue  # 'organisaties als X en Y': compared as often, unless one is a known body
        if _regions(text, last):
            continue  # regions, not names
        if after is _AFTER_MERGER and _a_place_among(text, members):
            continue  # 'de fusie van Boarnsterhim en Heerenveen': municipalities merge
        for start, end in members:
            name = " ".join(text[start:end].split())
            if name in NOT_NAMES or name in _COMPASS or _INITIALS.match(name):
                continue
            if not any(c.isalpha() for c in name):
                continue  # 'de fusie van 2019 en 2020': years, no names
            if " " not in name and (name.lower() in _MONTHS or name.lower().endswith(_KINDS)):
                # '(zoals Universiteiten en Hogescholen)': kinds again, no names; not a name of
                # several words ending in one ('Samenwerkende Gezondheidsfondsen')
                continue
            if partylists.a_law(name):
                continue  # 'VNG, IPO en de Wmo': a law the parties answer, no party
            if name.split()[0] in _PLACE_BODIES:
                continue
            if after is _AFTER_AS and automaton().get(name, None) is None and _holds_listed(name):
                # 'organisaties als ..., VNO-NCW MKB Nederland en NVB': two listed bodies whose
                # comma the text lost, each the list's own (orgs79's sweep)
                continue
            known = automaton().get(name, None)
            if known is None and _a_person(name):
                # 'culturele organisaties en performers: Orkater, Wende, Laura van Dolron': a
                # given name and a surname, a person among the bodies (orgs76)
                continue
            if known is not None and known[1].type in ("location", "party"):
                # 'de woningcorporaties Amsterdam en Rotterdam': where they work; 'de
                # coalitiepartijen VVD en D66': parties, as the lists have them
                continue
            out.append(Match("organization", start, end, name))
    return out


# Kind words of bodies named after their region: 'de veiligheidsregio's Gooi en Vechtstreek en
# Flevoland', 'de GGD'en Twente en IJsselland' name regions, not the bodies' own names ('GGD
# Twente'), and 'en' runs inside a region's name as often as between two ('Gooi en Vechtstreek'):
# no member is taken (a member the lists know as a body the gazetteer still finds).
_REGIONAL: Final = ("veiligheidsregio's", "veiligheidsregio’s", "ggd'en", "ggd’en", "ggden")


def _regions(text: str, last: int) -> bool:
    """The kind word before the list is a regional body's plural."""
    return text[max(0, last - 17) : last + 1].lower().endswith(_REGIONAL)


# Kind words any party bears, a person too: their list needs one member known as a body.
_PARTIES: Final = ("partijen", "partners")


def _a_body_among(text: str, members: list[tuple[int, int]]) -> bool:
    """A member the lists hold as an organisation, or one an organisation word heads."""
    for start, end in members:
        name = " ".join(text[start:end].split())
        known = automaton().get(name, None)
        if known is not None and known[1].type == "organization":
            return True
        if name.split()[0] in HEADS:
            return True
    return False


def _holds_listed(name: str) -> bool:
    """A name a list holds stands inside the member as whole words: 'VNO-NCW MKB Nederland'."""
    for end, (size, _) in automaton().iter(name):
        start = end + 1 - size
        if size == len(name):
            continue
        if (start == 0 or not name[start - 1].isalnum()) and (
            end + 1 == len(name) or not name[end + 1].isalnum()
        ):
            return True
    return False


def _a_place_among(text: str, members: list[tuple[int, int]]) -> bool:
    for start, end in members:
        known = automaton().get(" ".join(text[start:end].split()), None)
        if known is not None and known[1].type == "location":
            return True
    return False


def _a_person(name: str) -> bool:
    """A given name, then a surname (its particles allowed): 'Laura van Dolron'."""
    words = name.split()
    return len(words) >= 2 and words[0] in given_names() and words[-1][:1].isupper()


def _members(text: str, pos: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    last = False
    while len(spans) < _MOST:
        m = _MEMBER.match(text, pos)
        if m is None:
            break
        sep = m.group("sep") or ""
        lower = m.group("lower")
        if lower and not sep:
            break
        end = m.end("lower") if lower and not last else m.end("name")
        spans.append((m.start("name"), end))
        if last or not sep:
            break
        last = "," not in sep or bool(re.search(r"(?:en|of)[ \t\u00a0]+$", sep))
        pos = m.end()
    return spans
