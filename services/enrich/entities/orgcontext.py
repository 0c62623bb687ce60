"""Organisations named by the words around them, outside every list.

- 'gemeente Houten', 'provincie Fryslân', 'waterschap Vallei en Veluwe', 'stichting Vluchteling',
  'streekgewest Oostelijk Zuid-Limburg' (the municipalities' regional body before the WGR-plus),
  'Fundashon Bos di Hubentut' (Papiamentu: foundation): a kind of body and its proper name.
- 'Vluchtelingenwerk Nederland', 'Brandweer Nederland', 'Amnesty International Nederland': one or
  more capitalised words before 'Nederland' name the Dutch branch or national body; a compass
  point or adjective before it ('Noord-Nederland', 'Heel Nederland') names a region.
- 'Parnassia B.V.', 'Bunq N.V.': a capitalised name with its legal form; 'Horvat & Partners',
  'Smit & Zn.': a founder's name and its partners or sons.
- 'de Belgische Douane', 'de Duitse politie': a foreign country's counterpart of a Dutch body.
- 'het Radboud ziekenhuis', 'Maasstad Ziekenhuis', 'het Tergooi-ziekenhuis': a capitalised name
  before 'ziekenhuis', or joined to it after an article ('de IJsselmeerziekenhuizen'); 'Tergooi
  MC', 'Amsterdam UMC': a name before 'MC' or 'UMC'; and an abbreviation joined to 'instituut'
  ('NEN-instituut').

The canonical name is the printed one, whitespace collapsed, the kind word capitalised
('Gemeente Houten').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final

from services.enrich.entities import attendees, longforms, orgnames, titled, vanforms
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.scan import Guarded
from services.enrich.words import read

_UPPER: Final = "A-ZÀ-ÖØ-Þ"
# Word's typographic hyphens (U+2010, U+2011) join a name as '-' does: 'provincie Noord‐Brabant'.
# ('s-|'t )? and a capital, written so that a pattern led by it starts with one character class
# (the engine then skips to the next capital or apostrophe; an optional group first made it try
# every position): an apostrophe read must go on as "'s-" or "'t " (throughput35).
_NAME_WORD: Final = (
    rf"[{_UPPER}'](?:(?<=')(?:s-|t )[{_UPPER}])?(?<!')[\w'’&]*(?:[-\u2010\u2011][\w'’&]+)*"
)
# A lower-case particle inside a name after a person's ('Ruwaard van Putten').
_NAME_PARTICLE: Final = r"(?:van[ \t\u00a0]+(?:der|den|de)|van|de|ter|ten)"
_GAP: Final = r"(?:[ \t\u00a0]+(?:\r?\n)?[ \t\u00a0]*|\r?\n[ \t\u00a0]*)"
_JOIN: Final = rf"(?:{_GAP}(?:de|der|van|di|pa|voor|den)(?=[ \t\u00a0]))?{_GAP}"
_NAME: Final = rf"{_NAME_WORD}(?:{_JOIN}{_NAME_WORD})?"  # two words at most: a title may follow

# A region's name: 'Gooi en Vechtstreek', 'Noord- en Oost-Gelderland', 'Hart voor Brabant',
# 'Brabant-Zuidoost' (also printed 'Brabant –Zuidoost'); 'en' joins two names on one line only
# when the second is no body of its own ('GGD Kennemerland en Veiligheidsregio ...').
_BODY_WORDS: Final = (
    r"(?:GGD|GHOR|[A-Z][a-z]*[Rr]egio|Omgevingsdienst|Gemeente|Provincie|Waterschap|"
    r"Hoogheemraadschap|Wetterskip|Stichting|Vereniging|Politie|Rechtbank|Gerechtshof)\b"
)
# The country is no region 'en' joins to another name: 'Brandweer Nederland en Vluchtelingenwerk
# Nederland' names two national bodies (round letters61).
_REGION_JOIN: Final = (
    rf"(?:{_JOIN}|[ \t\u00a0]*[–-][ \t\u00a0]*"
    # not 'GGD X en VWS'
    rf"|(?<!Nederland)-?[ \t\u00a0]+en[ \t\u00a0]+(?!{_BODY_WORDS}|[A-Z]{{2,}}\b))"
)
_REGION_NAME: Final = rf"{_NAME_WORD}(?:{_REGION_JOIN}{_NAME_WORD}){{0,3}}"
# (The words a match starts with: the engine takes no first character from the alternatives, each
# opening a group, and tried the pattern at every position; the words are searched for instead,
# and the pattern matched where one stands: `Guarded`'s lead, throughput39.)
_KIND_WORDS: Final = (
    "Gemeente|gemeente|Provincie|provincie|Waterschap|waterschap|"
    "Stichting|stichting|Vereniging|vereniging|Fundashon|fundashon|"
    "Hoogheemraadschap|hoogheemraadschap|Streekgewest|streekgewest|Rekenkamer(?:commissie)?|"
    # a court by its seat, also one merged away since 2013 ('de rechtbank Haarlem')
    "Rechtbank|rechtbank|Gerechtshof|gerechtshof"
)
_REGION_WORDS: Final = "GGD|GHOR|Omgevingsdienst|Brandweer"
_KIND: Final = Guarded(
    r"(?<![\w-])",
    # each kind in both cases as alternatives of their own, not '[Gg]emeente': an alternative led
    # by a literal is skipped on one comparison (issue #12)
    rf"(?:(?P<kind>{_KIND_WORDS})[ \t\u00a0]+"
    rf"(?P<name>{_NAME})"
    # Regional bodies always print their region after them, also on the next line.
    rf"|(?P<region>{_REGION_WORDS}){_GAP}(?P<region_name>{_REGION_NAME}))"
    rf"(?![\w\-\ufffe\u0002\u00ad\u2010\u2011])",  # not cut at a line-end hyphen ('West-\nBrabant')
    lead=f"{_KIND_WORDS}|{_REGION_WORDS}",
)
# The same after a region word: 'Regio Twente', 'Vervoerregio Amsterdam', 'Veiligheids- en
# Gezondheidsregio Gelderland-Midden'; found from the literal 'egio' (see _regions).
_AFTER_REGION: Final = re.compile(
    rf"(?P<region_name>{_GAP}{_REGION_NAME})(?![\w\-\ufffe\u0002\u00ad])"
)
_PAIRED_BEFORE: Final = re.compile(rf"[{_UPPER}][a-z]{{3,}}-[ \t\u00a0]+en[ \t\u00a0]+$")
_REGION_WORD: Final = 8  # 'Regio' alone, or a compound of it: 'Vervoerregio'; not 'Beregio' noise
_ANOTHER_KIND: Final = r"[ \t\u00a0]+en[ \t\u00a0]+(?:de|het)[ \t\u00a0]"
# 'de gemeenten Rotterdam en Den Haag': one body of the kind for every name in the list.
# A listed name with an inner 'en' inside a list, where a comma goes on after it ('de gemeenten
# Someren, Son en Breugel, Valkenswaard en Waalre'): read whole only where the lists know it
# (`_listed_bodies`), so the list is not cut there.
# An item as a list may print it (orgs70): a typographic apostrophe ('’s-Hertogenbosch'), 'St.'
# for Sint, lower-case words inside ('Alphen aan den Rijn', 'Bergen op Zoom') and an inner 'en'
# ('Mill en Sint Hubert'). Each item is read on its own (`_list_items`): one that is neither a
# name as before nor a listed gemeente is left out without losing the others.
_ITEM_WORD: Final = (
    rf"(?:['’]s-|['’]t[ \t\u00a0]+)?(?:St\.|[{_UPPER}][\w'’&]*(?:[-\u2010\u2011][\w'’&]+)*)"
)
_ITEM_INNER: Final = r"(?:aan|den|op|van|de|der|en|bij|in|het|ter|ten|voor)"
# ... and a province's letters in brackets ('Bergen (L)', 'Bergen (NH)')
_LIST_ITEM: Final = (
    rf"{_ITEM_WORD}(?:{_GAP}(?:{_ITEM_INNER}{_GAP}){{0,2}}{_ITEM_WORD}){{0,3}}"
    r"(?:[ \t\u00a0]+\([A-Z]{1,2}\))?"
)
# between items a comma, also at a line's end; before the last one 'en', also after a comma
_LIST_COMMA: Final = r"[ \t\u00a0]*,[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?"
_LIST_LAST: Final = r"[ \t\u00a0]*,?(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)en" + _GAP
_PLURAL: Final = Guarded(
    r"(?<![\w-])",
    # a colon may open the list: 'de raden van de gemeenten: Asten, Deurne en Someren' (orgs69)
    r"(?P<kind>Gemeenten|gemeenten|Provincies|provincies|Waterschappen|waterschappen):?[ \t\u00a0]+"
    rf"(?P<list>{_LIST_ITEM}(?:{_LIST_COMMA}{_LIST_ITEM})*{_LIST_LAST}{_LIST_ITEM}"
    # or the list's last 'en' joins another kind of body: 'de gemeenten Almelo, Twenterand,
    # Tubbergen en de provincie Overijssel'
    rf"|{_LIST_ITEM}(?:{_LIST_COMMA}{_LIST_ITEM})+(?={_ANOTHER_KIND}))"
    r"(?![\w-])",
)
_TERRITORY: Final = re.compile(
    r"(?:[Ii]n|[Bb]innen|[Uu]it|[Tt]ussen|[Oo]ver|[Hh]erindeling\w*\s+van|[Ss]amenvoeging\s+van|"
    r"[Oo]pheffing\s+van|[Ss]plitsing\s+van|[Gg]renscorrectie\w*\s+(?:van|tussen))\s+de\s+$"
)
# ... but bodies where the words before 'tussen' name what they do together ('samenwerking
# tussen de gemeenten Papendrecht, Dordrecht en Zwijndrecht', 'een overeenkomst tussen de ...'),
# not where a border or a difference lies between them ('in de samenwerking ligt de grens tussen').
_BETWEEN_BODIES: Final = re.compile(
    r"(?:[Ss]amenwerk|[Oo]vereenkomst|[Aa]fspra(?:ak|ken)|[Cc]onvenant|[Oo]verleg|[Gg]esprek)\w*"
    r"(?:\s+(?!(?:grens|grenzen|gebied|verschil\w*|afstand)\b)\S+){0,8}?\s+tussen\s+de\s+$"
)
_SINGULAR: Final = {"emeenten": "Gemeente", "rovincies": "Provincie", "aterschappen": "Waterschap"}
# `_NAME_WORD` with its first run of letters possessive ('*+', Python 3.11): what may follow the
# run (a hyphen, a blank) is no character of it, so a run given back letter by letter never leads
# to a match, and the engine no longer tries each shorter run at every capital of the window before
# a 'Nederland' (`_national_names`; enspeed42). Only the class's run: CPython 3.11 matches a
# possessive group's repeat after it wrongly ('A\w*+(?:-\w+)*+ +N' matches 'Ab-  N').
_NAME_WORD_HELD: Final = _NAME_WORD.replace("[\\w'’&]*(?:", "[\\w'’&]*+(?:", 1)
_NATIONAL: Final = Guarded(
    r"(?<![\w-])",
    rf"(?P<name>{_NAME_WORD_HELD}(?:[ \t\u00a0]+{_NAME_WORD_HELD}){{0,3}})"
    # also where running text wraps before it ('Connekt ITS \nNederland over de ...'): pdfium
    # keeps the space of a wrapped line before its break (a heading's line ends bare), and the
    # sentence goes on after it in lower case, which an address block does not
    r"(?:[ \t\u00a0]+|[ \t\u00a0]+\r?\n[ \t\u00a0]*(?=Nederland[ \t\u00a0]+[a-z]))"
    r"Nederland(?![\w-])",
)
# The legal forms a firm's name ends in, Dutch and foreign: 'FVE v.o.f.', 'AA PE Fund LP'.
_LEGAL_FORM: Final = (
    # 'Zonnestraal B.V' as an address block prints it, the last full stop left off
    r"(?:B\.V(?:\.|(?![.\w]))|N\.V(?:\.|(?![.\w]))|BV|NV|[Vv]\.[Oo]\.[Ff]\.|VOF|C\.V\.|L\.?P\.?|LLC|Ltd\.?|GmbH|Inc\.|plc"
    # foreign forms (round orgs69): 'ISK Biosciences Europe S.A.', 'Amlin Insurance SE', 'MSIG
    # Insurance Europe AG, gevestigd te Duitsland'; the two letters that are also a title's or a
    # word's ('de AG', 'SE' of a unit) only where a party's name ends: a comma, a bracket,
    # 'gevestigd'
    r"|S\.A\.|S\.p\.A\.|A/S|Corp\.|(?:AG|SE|SA|AB|Oy)(?=[ \t\u00a0]*[,;)]|[ \t\u00a0]+gevestigd\b))"
)
_LEGAL_HINTS: Final = (
    "B.V",
    "N.V",
    " BV",
    " NV",
    ".o.f",
    ".O.F",
    "VOF",
    "C.V.",
    " LP",
    " L.P",
    "LLC",
    "Ltd",
    "GmbH",
    "Inc.",
    " plc",
    "S.A.",
    "S.p.A.",
    "A/S",
    "Corp.",
    " AG",
    " SE",
    " SA",
    " AB",
    " Oy",
)
# A space, or a line's break. Each blank is taken one way only (as scan.BLANKS): written
# `[ \t]*\r?\n?[ \t]*`, a blank between two words could be either run's, and a name that
# failed tried every split again at each of its five words: 2^5 tries where the
# words are many and no legal form follows (a table of codes: 20 ms, now 1.4; enspeed47).
_WRAP: Final = r"[ \t\u00a0]*(?:(?:\r\n?|\n)[ \t\u00a0]*)?(?<=\s)"
_LOWER_PARTICLE: Final = r"(?:van[ \t\u00a0]+(?:der|den|de)|van|de|der|den|ter|ten)"
_LEGAL_NAME: Final = (
    # 'Pels Rijcken & Droogleever Fortuijn N.V.': partners' names joined by '&'; a fund's or
    # holding's year before the form: 'AAC Spanish BOF 2005 B.V.'
    # a sentence's line may wrap inside the name ('deelneming ABN Amro\nGroup NV')
    # a founder's name with its particle in lower case: 'Jan de Nul N.V.', 'Piet van Kessel B.V.'
    # a name of dotted capitals: 'E.ON Benelux N.V.', 'A.S.R. Nederland N.V.' (orgs69)
    rf"(?P<name>(?:[{_UPPER}](?:\.[{_UPPER}]+)+\.?|{_NAME_WORD})"
    rf"(?:{_WRAP}(?:&[ \t\u00a0]+|{_LOWER_PARTICLE}[ \t\u00a0]+)?{_NAME_WORD}){{0,4}}"
    rf"(?:{_WRAP}(?:19|20)\d\d)?)"
)
# a footnote's number may be glued to a dotted form: 'DPG Media Magazines B.V.2'
_LEGAL_END: Final = r"(?:(?<=\.)(?=\d{1,2}(?!\d)(?![.,]\d))|(?![\w]))"
_LEGAL: Final = Guarded(r"(?<![\w-])", rf"{_LEGAL_NAME}[ \t\u00a0]+{_LEGAL_FORM}{_LEGAL_END}")
# 'B.V.' wrapped to the next line ('namens Lankheet\nB.V. een melding', 'De Pier \r\nB.V.') or
# glued by OCR to the name's last word ('Van GelderB.V. (hierna: Van Gelder)') (woofix46); the
# dotted 'N.V.' not so: a reference's initials wrap as often ('Gillani \nN.V., editors'). Tried
# only where a 'B.V.' so stands (`_split_form`): most texts with a firm print it after a space.
_LEGAL_SPLIT: Final = Guarded(
    r"(?<![\w-])",
    rf"{_LEGAL_NAME}(?:[ \t\u00a0]*\r?\n[ \t\u00a0]*|(?<=[a-zà-ÿ]))B\.V\.{_LEGAL_END}",
)


def _split_form(text: str) -> bool:
    """A 'B.V.' after a line's break or glued to a lower-case letter."""
    at = text.find("B.V.", 1)
    while at != -1:
        before = text[at - 1]
        if before == "\n" or before.islower():
            return True
        at = text.find("B.V.", at + 4)
    return False


# The foreign forms of two letters that other words share ('de AG', 'SE' of a unit): one word
# before them is a firm's name only where its seat follows ('Allianz SE, gevestigd te ...').
_SHORT_FORM: Final = re.compile(r"(?:AG|SE|SA|AB|Oy)$")
_SEAT: Final = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*gevestigd\b")

# A surname's particle opens a firm's name ('Van Straaten Post B.V.', 'Ten Cate N.V.'); 'De'
# does where no sentence starts ('aan De Wit Thuiszorg B.V.'; 'De Parnassia B.V. ...' is the
# article).
_NAME_PARTICLES: Final = frozenset({"Van", "Ter", "Ten", "Den"})
_SENTENCE_BEFORE: Final = re.compile(r"(?:^|[.!?:;]\s*|\n\s*)$")


def _a_state_body(word: str) -> bool:
    """A ministry's or a Rijks- body's short name: a Woo inventory's sender cell before the firm
    in the recipient cell ('IenW Vonkel B.V.'); no firm's name starts with one (orgs17)."""
    listed = automaton().get(word, None)
    return (
        listed is not None
        and listed[1].type == "organization"
        and listed[1].canonical.startswith(_STATE_BODIES)
    )


_STATE_BODIES: Final = ("Ministerie van ", "Rijks")


def _mid_sentence(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start("name") - 4) : m.start("name")]
    return _SENTENCE_BEFORE.search(before) is None


def _after_a_particle_not_a_founders(m: re.Match[str]) -> int:
    """Where the name may start: a lower-case particle belongs to a founder's name only after a
    given name ('Jan de Nul N.V.'); elsewhere it ends a phrase before the firm's name ('Uittreksel
    Kamer van Koophandel Groenrijk Hoveniers B.V.'), and the name is read from the word after it
    on, as where no particle may join the name."""
    words = list(re.finditer(r"\S+", m.group("name")))
    particles = [i for i, w in enumerate(words) if w.group() in _LOWER_WORDS]
    if not particles:
        return m.start("name")
    founders = particles == list(range(1, len(particles) + 1))  # 'Klaas van der Meer'
    if founders and words[0].group() in attendees.given_names():
        return m.start("name")
    if founders and words[0].group() in _NAME_PARTICLES and _mid_sentence(m):
        # a surname's capitalised particle opens the firm's name ('adviesbureau &Van de Laar
        # B.V.', 'door Van der Valk B.V.'; orgs81); at a sentence's start 'Van de' is as often
        # the preposition before it ('Van de Rabobank B.V. ontvingen wij ...')
        return m.start("name")
    return m.start("name") + words[particles[-1] + 1].start()


# A signer's function on the firm's line, above its address: 'Onderzoeker Cebeon B.V.',
# 'Senior adviseur' aside (lower case), 'Directeur Bakker B.V.'. One capitalised word ending in a
# function's word; no firm's name starts with one.
_SIGNERS_FUNCTIONS: Final = (
    "onderzoeker", "adviseur", "consultant", "directeur", "manager", "medewerker", "projectleider",
    "jurist", "advocaat", "eigenaar", "coördinator", "specialist",
)  # fmt: skip


def _signers_function(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and word.lower().endswith(_SIGNERS_FUNCTIONS)


def _firm_start(text: str, m: re.Match[str]) -> int | None:
    """Where the firm's name before its legal form starts: past a mail mark and a sentence's
    function word ('Bij Parnassia B.V. ...'); None when no name is left."""
    base = start = _after_a_particle_not_a_founders(m)
    for word in re.finditer(r"\S+", text[start : m.end("name")]):
        w = word.group()
        begin = base + word.start()
        if w in orgnames.MAIL_MARKS:  # 'AANGETEKEND Anemoon B.V.'
            start = base + word.end()
            continue
        if _a_state_body(w) and begin + len(w) < m.end("name"):  # 'RIVM Vonkel B.V.'
            start = base + word.end()
            continue
        if _signers_function(w) and begin + len(w) < m.end("name"):
            start = base + word.end()  # 'Onderzoeker Cebeon B.V.': a mail's signature (orgsW47)
            continue
        if w in _NAME_PARTICLES or (
            w == "De" and _SENTENCE_BEFORE.search(text, max(0, begin - 4), begin) is None
        ):
            break
        if w not in _FUNCTION and w not in _LOWER_WORDS:
            break  # a lower-case particle opens no name: 'Bij de Nul N.V.' names 'Nul N.V.'
        start = base + word.end()
    while start < m.end("name") and text[start].isspace():
        start += 1
    return start if start < m.end("name") else None


# A firm's name of two trades joined by 'en' ('Management en Marketing Consultants BV', round
# orgs58's cut): one capitalised word and 'en' before the name on its line, the word opening the
# phrase (after a small word or at a line's start) and no listed body, function word or given name
# of its own ('KLM en Transavia BV', 'Tata Steel en Harsco BV', 'Jan en Zonen BV' stay as read).
_JOINED_BEFORE: Final = re.compile(
    rf"(?:^|(?<=\n)|(?<=[a-zà-ÿ,:] ))(?P<word>[{_UPPER}][a-zà-ÿ]{{2,}}-?)"
    r"[ \t\u00a0]+en[ \t\u00a0]+$"
)


def _joined_before(text: str, start: int) -> int:
    if not text.startswith("en ", max(0, start - 3)):
        return start
    m = _JOINED_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return start
    word = m.group("word").rstrip("-")
    if word in _FUNCTION or automaton().exists(word) or word in attendees.given_names():
        return start
    return m.start("word")


# A firm named after its founder and its partners or sons: 'Horvat & Partners', 'Smit & Zn.'.
_AND_PARTNERS: Final = Guarded(
    r"(?<![\w-])",
    rf"(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD}){{0,2}})[ \t\u00a0]+"
    # also written out: 'Drijver en Partners', 'Smit en Zonen' (orgs78)
    r"(?:&[ \t\u00a0]+(?:[Pp]artners|Co\.?|Zn\.|Zonen)|en[ \t\u00a0]+(?:Partners|Zonen))(?![\w])",
)
_AND_PARTNERS_HINTS: Final = (
    "& Partners", "& partners", "& Co", "& Zn", "& Zonen", " en Partners", " en Zonen",
)  # fmt: skip

# The kind of document a title starts with: no part of the name after it.
_DOCUMENT: Final = re.compile(
    r"\w*(?:[Bb]rief|[Nn]ota|[Nn]otitie|[Vv]erslag|[Rr]apport|[Bb]esluit|[Ff]iche|[Mm]emo|[Aa]genda)"
    # and what an inventory of a Woo release lists: 'Reactie Stichting Open Nederland'
    r"|[Rr]eactie|[Ee]-?mail|[Mm]ailwisseling|[Pp]resentatie|[Bb]ijlage|[Cc]oncept|[Nn]otulen"
    # and what a body signs or hands over: 'Manifest MVO Nederland', 'Convenant Bouwend Nederland'
    # (round letters61)
    r"|[Mm]anifest|[Cc]onvenant|[Pp]etitie"
)
_HOSPITAL: Final = Guarded(
    r"(?<![\w-])",
    # also joined by a hyphen: 'het Tergooi-ziekenhuis'; a name after a person's with a particle
    # inside: 'het Ruwaard van Putten Ziekenhuis' (cut at 'van' it named 'Putten Ziekenhuis';
    # letters66)
    rf"(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+(?:{_NAME_PARTICLE}[ \t\u00a0]+)?{_NAME_WORD}){{0,2}})"
    r"(?:[ \t\u00a0]+|-)[Zz]iekenhuis(?![\w-])",
)
# What no hospital's namesake is before its particle: an office or a body ('de Minister van VWS
# ziekenhuis X ...').
_NOT_NAMESAKES: Final = frozenset(
    ["Minister", "Ministerie", "Staatssecretaris", "Raad", "College", "Inspectie", "Gemeente"]
)
# A medical centre by its name before 'MC' or 'UMC': 'het Tergooi MC', 'Amsterdam UMC',
# 'Maastricht UMC+' (a hospital's own short form; 'MC Slotervaart', the letters first, is listed).
# Read back from each 'MC' (so no scan over every capitalised word): the name before it.
_CENTRE: Final = re.compile(r"(?<=[ \t\u00a0])U?MC\+?(?![\w+-])")
_BEFORE_CENTRE: Final = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD})?)[ \t\u00a0]+$"
)
_CENTRE_REACH: Final = 60
# A hospital or a group of them named as one word after an article: 'de IJsselmeerziekenhuizen',
# 'het Antoniusziekenhuis'; a kind of hospital is no name ('het Kinderziekenhuis').
_HOSPITAL_COMPOUND: Final = re.compile(
    # or after the letters of a medical centre: 'MC IJsselmeerziekenhuizen' (round orgs57)
    rf"(?<![\w-])(?:de|het|MC)[ \t\u00a0]+"
    rf"(?P<name>(?P<stem>[{_UPPER}][\w'’]{{2,}}?)ziekenhui(?:s|zen))(?![\w-])"
)
# A consultative table named as one word after an article: 'de Alderstafel', 'de
# Elektriciteitstafel' (the Klimaatakkoord's sector tables); a piece of furniture or a kind of
# meeting is no body ('de Keukentafel', 'de Onderhandelingstafel').
_TABLE: Final = "tafel"
# read backwards from each 'tafel' (so no scan over every 'de'): the article and the stem before it
_BEFORE_TABLE: Final = re.compile(
    rf"(?<![\w-])(?:de|De)[ \t\u00a0]+(?P<stem>[{_UPPER}][\w'’]{{2,}}?)s?$"
)
_TABLE_REACH: Final = 40
# A body named as one word ending in 'orgaan' after its article: 'het Capaciteitsorgaan', 'het
# Overlegorgaan'. The kinds of organ the law speaks of are no name ('het Bestuursorgaan',
# 'het Toezichtsorgaan').
_ORGAN: Final = "orgaan"
_BEFORE_ORGAN: Final = re.compile(
    rf"(?<![\w-])(?:het|Het)[ \t\u00a0]+(?P<stem>[{_UPPER}][\w'’]{{2,}}?)s?$"
)
# A capitalised word after it: the name goes on ('het Regieorgaan Open Science NL'), as a task's
# name does (orgnames reads those whole).
_NAME_GOES_ON: Final = re.compile(rf"[ \t\u00a0]+[{_UPPER}]")
# A province's or municipality's government by its place: 'het provinciebestuur van Groningen' is
# the Provincie Groningen, 'het gemeentebestuur van Emmen' the Gemeente Emmen.
_GOVERNMENT_OF: Final = Guarded(
    r"(?<![\w-])",
    rf"(?P<kind>[Pp]rovincie|[Gg]emeente)bestuur[ \t\u00a0]+van[ \t\u00a0]+"
    rf"(?P<name>{_NAME})(?![\w-])",
)
# A foreign country's counterpart of a Dutch body: 'de Belgische Douane', 'de Duitse politie'.
_FOREIGN: Final = Guarded(
    r"(?<![\w-])",
    rf"(?P<adj>[{_UPPER}][a-zë]+(?:[^e\W]se|sche))[ \t\u00a0]+"
    r"(?P<body>[Dd]ouane|[Pp]olitie|[Kk]ustwacht|[Bb]elastingdienst|[Mm]arechaussee)(?![\w-])",
)
_FOREIGN_STEMS: Final = ("ouane", "olitie", "ustwacht", "elastingdienst", "arechaussee")
# ... and of a ministry or a house of parliament (intl50): 'het Duitse ministerie van Economische
# Zaken', 'het Amerikaanse Ministerie van Defensie', 'het Amerikaanse Congres', 'de Franse
# Senaat', 'het Britse parlement'. Read back from each such word to the adjective before it (no
# scan from every capital); the Dutch ministry's name inside is not the Dutch ministry.
_FOREIGN_ORGAN: Final = re.compile(
    r"(?:[Mm]inisterie[ \t\u00a0]+van[ \t\u00a0]+(?:[A-Z][\w'’]+"
    r"(?:(?:,[ \t\u00a0]+|[ \t\u00a0]+en[ \t\u00a0]+|[ \t\u00a0]+)[A-Z][\w'’]+){0,4})"
    r"|Congres|Senaat|[Pp]arlement)(?![\w-])"
)
_COUNTRY_BEFORE: Final = re.compile(
    r"(?<![\w-])(?P<adj>(?:[A-Z][a-zëï]+-)?[A-Z][a-zëïö]+(?:[^e\W]se|sche))[ \t\u00a0]+$"
)
# each organ's word as words.py reads it, and how many characters of it stand before that
_ORGAN_STARTS: Final = (("inisterie van ", 1), ("Congres", 0), ("Senaat", 0), ("arlement", 1))
_FOREIGN_ORGAN_STEMS: Final = tuple(stem for stem, _ in _ORGAN_STARTS)
_INSTITUTE: Final = re.compile(r"(?<![\w-])[A-Z]{2,6}-[Ii]nstituut(?![\w-])")
# A capitalised name before a lower-case word for a collaboration: 'het Fenelab consortium'.
_CONSORTIUM: Final = re.compile(rf"(?<![\w-])(?P<name>{_NAME_WORD})[ \t\u00a0]+consortium(?![\w-])")
# A form's field for a firm's name, the name on the next line: 'Handelsnaam\nBakker B.V.'.
_TRADE_NAME: Final = re.compile(
    r"(?m)^[ \t]*(?:Handelsnaam|Bedrijfsnaam|Statutaire naam|Naam (?:van de |van het )?"
    r"(?:bedrijf|organisatie|onderneming))[ \t]*:?[ \t]*\r?\n[ \t]*"
    r"(?P<name>[A-Z0-9][^\r\n]{1,80}?)[ \t]*\r?$"
)
# A label and its value on one line, as a board's list gives each member's firm: 'Bedrijf: Friesland
# Foods Western Europe'. The value is a name: capitalised words, a legal form, small joining words.
_LABELLED: Final = re.compile(
    r"(?m)^[ \t]*(?:Bedrijf|Organisatie|Onderneming|Werkgever|Instelling)[ \t]*:[ \t]*"
    r"(?P<name>[A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z][\w'’&.-]*|van|voor|de|der|en|&)){0,7})[ \t]*\r?$"
)
_LABEL_HINTS: Final = ("Bedrijf:", "Organisatie:", "Onderneming:", "Werkgever:", "Instelling:")
_ADJECTIVE: Final = re.compile(
    r"(?:ees|isch|lijk|aal|ands|aans|ens|se|de|te)$"
)  # adjectives, participles
_FORM_NOTES: Final = re.compile(r"(?:Vooraf|Niet|Geen|Ja|Nee|-)\b")
# A committee of the Provinciale Staten or a council by its portfolio: 'Statencommissie Milieu &
# Energie', 'raadscommissie Ruimte en Wonen' (capitalised words joined by '&', 'en' or commas).
_STATES_COMMITTEE: Final = re.compile(
    r"(?<![\w-])(?:Statencommissie|[Rr]aadscommissie)"
    rf"(?:[ \t\u00a0]+voor)?[ \t\u00a0]+{_NAME_WORD}"
    rf"(?:[ \t\u00a0]*(?:&|,|[ \t\u00a0]en)[ \t\u00a0]*{_NAME_WORD}){{0,3}}(?![\w-])"
)
# An address block's addressee before 't.a.v.' (for the attention of a person or an organ in
# it): a body, its name on the line before or before it on the same line ('Zorgtuinderij Het
# Groene Erf T.a.v. de directie', 'Woonstichting De Linde\nt.a.v. de heer P. Smit'). The name is
# capitalised words (particles, '&', '+' and a legal form between), no digit (a street's number),
# no person's initials, title or given name, no place.
_ATTENTION: Final = re.compile(r"(?<![\w.])[Tt]\.a\.v\.")
_ADDRESSEE_WORD: Final = re.compile(
    rf"[{_UPPER}][\w'’&+-]*|van|voor|de|der|den|het|en|&|B\.V\.?|N\.V\.?"
)
_NO_ADDRESSEE: Final = frozenset(
    {"Aan", "Mevrouw", "Mevr.", "Mw.", "Dhr.", "Heer", "Familie", "Geachte", "Retouradres"}
)
_ADDRESSEE_WORDS: Final = 6
# A letterhead's side column read into the addressee's line: its payment and register labels
# ('Gemeente Wierden IBAN T.a.v. College van B&W') end the name; no body's name holds them.
_SIDE_LABELS: Final = frozenset({"IBAN", "BIC", "KvK", "BTW", "BSN", "Telefoon", "Fax", "E-mail"})


def _for_the_attention_of(text: str) -> list[Match]:
    out = []
    for m in _ATTENTION.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        start, end = line_start, m.start()
        if not text[start:end].strip():  # 't.a.v.' opens its line: the name is the line before
            end = max(0, line_start - 1)
            start = text.rfind("\n", 0, end) + 1
        if _sentence_runs_on(text, start):
            continue  # '... gericht aan de minister voor Buitenlandse\nHandel en ..., t.a.v.'
        name = _addressee(text, start, end)
        if name is not None:
            out.append(name)
    return out


_LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ]{2,}(?![\w-])")


def _sentence_runs_on(text: str, line_start: int) -> bool:
    """The line before is prose that ends without a mark (four lower-case words or more): the
    capitalised words opening this line end its sentence, an address block's line they are not."""
    if line_start == 0:
        return False
    before = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
    return before[-1:].isalpha() and len(_LOWER_WORD.findall(before)) >= 4


def _addressee(text: str, start: int, end: int) -> Match | None:
    end = len(text[:end].rstrip(" \t\u00a0,"))  # 'Gemeente Ede, t.a.v. ...': the comma
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[0].group() in orgnames.MAIL_MARKS:
        words = words[1:]  # 'AANGETEKEND Zorgtuinderij ...': how the letter is sent
    if not words or len(words) > _ADDRESSEE_WORDS:
        return None
    tokens = [w.group() for w in words]
    cut = next((i for i, t in enumerate(tokens) if t in _SIDE_LABELS), len(tokens))
    words, tokens = words[:cut], tokens[:cut]
    if not tokens:
        return None
    first = tokens[0]
    if (
        not first[0].isupper()
        or first in _FUNCTION
        or first in _NO_ADDRESSEE
        or first in _NO_NAME  # a label's line: 'Onderwerp Besluit Woo-verzoek'
        or _DOCUMENT.fullmatch(first) is not None  # a title: 'Besluit Openbaarmaking'
        or first in attendees.given_names()
        or any(_ADDRESSEE_WORD.fullmatch(t) is None for t in tokens)
        or any(re.fullmatch(r"(?:[A-Z]\.)+", t) for t in tokens)  # initials: a person
        or len(tokens) < 2
    ):
        return None
    begin, stop = start + words[0].start(), start + words[-1].end()
    name = _clean(text[begin:stop])
    known = automaton().get(name, None)
    if known is not None and known[1].type != "organization":
        return None  # a place or a person the lists know
    return Match("organization", begin, stop, name)


# A council's or the States' committee by its portfolio, its words listed: 'Commissie Zorg,
# Welzijn en Cultuur', 'Commissie Ruimte, Wonen en Mobiliteit'. The list has a comma and an 'en',
# and none of its words is a name the lists know ('Commissie Remkes, Rli en VNG' lists bodies).
_PORTFOLIO_COMMITTEE: Final = re.compile(
    rf"(?<![\w-])Commissie[ \t\u00a0]+(?P<words>{_NAME_WORD}"
    rf"(?:[ \t\u00a0]*,[ \t\u00a0]*{_NAME_WORD}){{1,3}}[ \t\u00a0]+en[ \t\u00a0]+{_NAME_WORD})"
    r"(?![\w-])"
)


def _portfolio_committees(text: str) -> list[Match]:
    out = []
    for m in _PORTFOLIO_COMMITTEE.finditer(text):
        words = re.findall(r"[^\s,]+", m.group("words"))
        if any(w == "en" for w in words[:-2]) or any(
            automaton().exists(w) for w in words if w != "en"
        ):
            continue
        out.append(Match("organization", m.start(), m.end(), _clean(m.group())))
    return out


# A committee named after its chair, its task in a lower-case compound before the name: 'de
# monitoringscommissie Schneiders', 'de onderzoekscommissie Van Rijn' (as 'Commissie Sorgdrager').
# The compound is a whole word (not the tail of one a line break split:
# 'ondervra\x02gingscommissie'), the name one word or a particle and one, nothing capitalised
# after it ('onderzoekscommissie Terroristische\nAanslagen' names a subject), and no adjective
# before a noun ('Digitale ondersteuning').
# (Found from the literal 'commissie ' back to the compound's start: a pattern led by the compound
# would be tried at every lower-case letter.)
_COMMITTEE_WORD: Final = re.compile(r"commissie[ \t\u00a0]+")  # a literal first: searched fast
_TASK: Final = re.compile(r"(?:(?<=[\s(])|^)[a-zà-ÿ]+$")  # 'enquêtecommissie' too
# A parliament's inquiry: 'de parlementaire enquêtecommissie Fyra', 'de Parlementaire
# ondervragingscommissie Kinderopvangtoeslag'; the adjective is part of the committee's name.
_PARLIAMENTARY: Final = re.compile(r"(?<![\w-])[Pp]arlementaire[ \t\u00a0]+$")
# A subject of two words joined by 'en': 'enquêtecommissie Fraudebeleid en Dienstverlening'.
_AND_SUBJECT: Final = re.compile(rf"[ \t\u00a0]+en[ \t\u00a0]+(?P<name>{_NAME_WORD})(?![\w-])")
_CHAIR_NAME: Final = re.compile(
    rf"(?P<name>(?:(?:Van|De|Ter|Ten)(?:[ \t\u00a0]+(?:der|den|de))?[ \t\u00a0]+)?{_NAME_WORD})"
    rf"(?![\w-]|\s+[{_UPPER}]|(?<=e)[ \t\u00a0]+[a-z])"
)
_TASK_REACH: Final = 40
# A province's executive or council in lower case: 'de gedeputeerde staten van Zeeland'.
_STATES_OF: Final = Guarded(
    r"(?<![\w-])",
    r"(?P<body>[Gg]edeputeerde|[Pp]rovinciale)[ \t\u00a0]+[Ss]taten"
    r"[ \t\u00a0]+van[ \t\u00a0]+"
    r"(?P<province>Groningen|Fryslân|Friesland|Drenthe|Overijssel|Flevoland|Gelderland|Utrecht|"
    r"Noord-Holland|Zuid-Holland|Zeeland|Noord-Brabant|Limburg)(?![\w-])",
)
# A province's own fund, company or office: a compound ending in a body's word before the
# province's name ('Energiefonds Overijssel', 'Ontwikkelingsmaatschappij Gelderland').
_PROVINCES: Final = (
    "Groningen|Fryslân|Friesland|Drenthe|Overijssel|Flevoland|Gelderland|Utrecht|Noord-Holland|"
    "Zuid-Holland|Zeeland|Noord-Brabant|Brabant|Limburg"
)
# Read back from a province the gazetteer found, in the few characters before it.
_PROVINCE_NAMES: Final = frozenset(_PROVINCES.split("|"))
PROVINCE_NAMES: Final = _PROVINCE_NAMES


def _dutch_province(name: str) -> bool:
    """`name` (after a lower-case 'provincie') is one of the twelve provinces, however its hyphen
    is printed ('Noord‐Brabant', 'Noord Brabant', 'Noord -Holland'): answers of BZ and BHO name
    foreign regions so ('de provincie Cabo Delgado', 'de provincie Helmand'), places, no bodies.
    Capitalised, 'Provincie X' heads a letter or a list and is read as before."""
    flat = re.sub(r"[ \t\u00a0]*[-\u2010\u2011][ \t\u00a0]*|[ \t\u00a0]+", "-", name.strip())
    return flat in _PROVINCE_NAMES or name.strip() in _PROVINCE_NAMES


_PROVINCIAL_BODY: Final = re.compile(
    r"(?<![\w-])[A-Z][a-z]+(?:fonds|maatschappij|bedrijf|federatie|bureau|dienst|centrum|"
    rf"instituut|bank|academie|archief){_GAP}$"
)
_BODY_REACH: Final = 40
# A province's executive or council by its short form or its college, before the province the
# gazetteer found: 'het college van GS van Zuid-Holland', 'PS van Utrecht', 'college van
# Gedeputeerde Staten van de provincie Drenthe' (the full 'Gedeputeerde Staten van X' is a listed
# name already). Read back from the province, as the province's own bodies are.
_PROVINCIAL_ORGAN: Final = re.compile(
    rf"(?<![\w-])(?:[Cc]ollege{_GAP}van{_GAP})?(?P<organ>GS|PS|[Gg]edeputeerde{_GAP}[Ss]taten"
    rf"|[Pp]rovinciale{_GAP}[Ss]taten){_GAP}van{_GAP}(?:de{_GAP}(?:provincie{_GAP})?)?$"
)
_ORGAN_REACH: Final = 60


# Before 'Nederland', these name a region or say 'all of', not a body.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_REGION: Final = _words(
    "Noord Zuid Oost West Midden Heel Geheel Zuidwest Noordwest Zuidoost Noordoost Groot Klein "
    "In Uit Naar Voor Door Met Over Van Bij Binnen Buiten Tussen Koninkrijk Europees Caribisch "
    "Land "  # a form's label before the country: 'Land Nederland'
    "Nieuw Oud Het De Een Ook Dat Die Dit Waar Hoe Wat Zo Maar En Of Als Welkom Rondje Holland"
)
# Before 'Nederland', these name a network of land or a programme, not a body.
# What the state holds or plans under the country's name, no body: 'het Natuurnetwerk Nederland',
# 'de Collectie Nederland' (the heritage in public hands).
_NOT_BODIES: Final = _words("Natuurnetwerk NatuurNetwerk Natuurnetwerken Collectie Collecties")
# A picture, survey or monitor of the country is a publication's title, not a body
# ('Cybersecuritybeeld Nederland', 'Dreigingsbeeld Terrorisme Nederland', 'Woonbarometer').
_PUBLICATION: Final = re.compile(r"[A-Z]\w*(?:beeld|monitor|barometer|verkenning|peiling|atlas)")
# A legal form alone before it is the country spoken of as a firm ('de BV Nederland'); after a
# name it is part of one ('Philips BV Nederland').
_LEGAL_FORM_ALONE: Final = _words("BV B.V. NV N.V. Bv")
# The words that start a sentence or heading, never a name ('Daarom Nederland ...').
_LOWER_WORDS: Final = frozenset({"van", "de", "der", "den", "ter", "ten"})
_FUNCTION: Final = _words(
    "De Het Een Deze Dit Die Dat In Op Bij Via Door Met Naar Over Uit Van Voor Volgens Ook "
    "Maar En Of Als Zoals Omdat Daarom Wel Niet Er Hier Daar Nu Zo Kan Moet Wil Zal Is Wordt "
    "Heeft Gaat Komt Staat Blijft Krijgt Zou Mag "
    # conjunctions and adverbs that open a clause ('Hoewel Nederland ...')
    "Hoewel Alhoewel Ofschoon Terwijl Nadat Voordat Zodat Zodra Indien Wanneer Doordat Aangezien "
    "Toen Sinds Tenzij Mits Echter Bovendien Daarnaast Tevens Dus Want Immers Juist Alleen Ter "
    # prepositions that open a sentence ('Namens Nederland is Kamerlid ...')
    "Namens Tijdens Vanuit Zonder Jegens Binnen Buiten Tussen"
)


_NEXT_WORD: Final = re.compile(rf"[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+)?[{_UPPER}]")


def _clean(text: str) -> str:
    return " ".join(text.split()).replace("\u2010", "-").replace("\u2011", "-")


# Words that never name a body after its kind: a letter's labels on the name's line ('Gemeente
# Amsterdam Datum 21 november'), an inventory's status column ('Gemeente Gedeeltelijk openbaar').
_LABELS: Final = _words(
    "Datum Pagina Kenmerk Postbus Telefoon Betreft Onderwerp Bijlage Bijlagen Data "
    # a contact block or link title on the next line: 'Brandweer\nContact marechaussee | ...'
    "Contact Contactpersoon Contactgegevens "
    # the next line's person: 'Stichting Valente\nMw. I. Verkade'
    "Mw Mevr Dhr Mr Drs Dr Ir Prof "
    # a form's note after a filled-in field: 'Waterschap Vechtstromen\nVooraf ingevuld antwoord'
    "Vooraf "
    # a letterhead's or a register's next label ('Gemeente Bezoekadres Stationsplein 1', an
    # inventory's 'gemeente | Persoonsgegevens'; orgs60)
    "Bezoekadres Postadres Website Bekendmakingen Persoonsgegevens"
)
_NO_NAME: Final = _LABELS | orgnames.STATUS_COLUMN
_FORM_LABELS: Final = _words("Naam Handelsnaam Bedrijfsnaam Opdrachtnemer Leverancier Aanbieder")


# A foundation's or association's name that goes on with a number glued to a capitalised part:
# 'Stichting Artikel 2-Fonds', 'Stichting Scholen 4Kids'; a bare number or year is no part of it.
_NUMBERED_PART: Final = re.compile(r"[ \t\u00a0]\d{1,4}-?[A-Z][\w]*(?![\w-])")

# Or its name goes on past two words where the abbreviation in brackets after it spells every
# word: 'de stichting Regionale Omroep Overleg en Samenwerking (hierna: ROOS)', 'de vereniging
# Verbond Belangenbehartiging Vervolgingsslachtoffers (VBV)'.
_SPELLED_TAIL: Final = re.compile(
    rf"(?:[ \u00a0]+(?:(?:en|voor|van|de|der|het)[ \u00a0]+)?{_NAME_WORD}){{1,4}}[ \u00a0]*"
    rf"\((?:(?:hierna|verder):?[ \u00a0]+|afgekort[ \u00a0]+tot[ \u00a0]+)?"
    rf"(?P<abbr>[{_UPPER}][{_UPPER}a-z&]{{2,7}})\)"
)


def _spelled_end(text: str, name_start: int, end: int) -> int:
    tail = _SPELLED_TAIL.match(text, end)
    if tail is None:
        return end
    spelled = longforms.long_form(text, text.rindex("(", end, tail.end()), tail.group("abbr"))
    return spelled[1] if spelled is not None and spelled[0] == name_start else end


def _kind_name_end(text: str, m: re.Match[str]) -> int | None:
    """Where a kind's name ends: before a label, a status word, a sentence's word or an
    abbreviation after a listed place ('Gemeente Uithoorn IenW'); None when its first word is
    one ('gemeente Wordt', 'provincie Gedeeltelijk')."""
    words = list(re.finditer(r"[^\s’']+", m.group("name")))
    if words[0].group() in _NO_NAME:
        return None
    first = words[0].group()
    if first in _FUNCTION and first not in _ARTICLES:
        return None  # 'gemeente Wordt'; 'gemeente De Bilt', 'stichting De Hoop' are names
    if first in _OTHER_KINDS and m.group("kind").lower() in _PLACE_KINDS:
        return None  # 'Gemeente Provincie Website', 'Gemeente B&W': a form's next kind, no place
    if len(words) < 2:
        return m.start("name") + words[0].end()  # not a closing quote: 'gemeente Amsterdam’'
    second = words[1].group()
    if second in _NO_NAME or second in _FUNCTION:
        return m.start("name") + words[0].end()
    if m.group("kind").lower() in _PLACE_KINDS and (
        _ABBREVIATION.fullmatch(second) or _listed_place_ends(first, second)
    ):
        return m.start("name") + words[0].end()  # a place's name holds no abbreviation
    return m.start("name") + words[-1].end()


# A water board's name of two joined by 'en' ('Waterschap Reest en Wieden', 'Waterschap Peel en
# Maasvallei', boards merged away since): the second word no body, abbreviation or place of its
# own ('waterschap Rivierenland en Gelderland', '... en Provincie Utrecht' stay two).
_WATER_KINDS: Final = ("waterschap", "hoogheemraadschap")
_WATER_AND: Final = re.compile(
    rf"[ \t\u00a0]+en[ \t\u00a0]+(?!{_BODY_WORDS})(?P<second>{_NAME_WORD})(?![\w-])"
)


def _water_and_end(text: str, start: int, end: int) -> int:
    """Where a water board's one-word name ends when an inner 'en' joins a second word to it:
    only where the lists do not know the first word alone as the board."""
    first = text[start:end]
    if not re.fullmatch(r"\S+", first) or _a_water_board(first):
        return end
    more = _WATER_AND.match(text, end)
    if more is None:
        return end
    second = more.group("second")
    if _ABBREVIATION.fullmatch(second) or second in _FUNCTION or second in _OTHER_KINDS:
        return end
    if _is_place(second) or second in _PROVINCE_NAMES or automaton().exists(f"Gemeente {second}"):
        return end
    return end if _a_water_board(second) else more.end()  # 'Delfland en Rijnland': two boards


# A hyphen after a space inside a place's name, as a converted paper prints it ('Provincie Zuid
# -Holland', 'Provincie Zuid - Holland'): one name where the lists know the kind's body whole.
_BROKEN_HYPHEN: Final = re.compile(
    rf"[ \t\u00a0]+[-\u2010\u2011][ \t\u00a0]*(?P<rest>[{_UPPER}][\w'’]+)(?![\w-])"
)


def _broken_hyphen(text: str, kind: str, start: int, end: int) -> tuple[str, int] | None:
    """The name and its end where the name's one word goes on over a broken hyphen to a listed
    body of the kind ('Provincie Zuid-Holland'; not 'provincie Noord -Korea'); None elsewhere."""
    first = text[start:end]
    rest = _BROKEN_HYPHEN.match(text, end)
    if rest is None or not re.fullmatch(r"\S+", first):
        return None
    whole = f"{first}-{rest.group('rest')}"
    return (whole, rest.end()) if automaton().exists(f"{kind} {whole}") else None


def _a_water_board(word: str) -> bool:
    return any(
        automaton().exists(f"{kind} {word}")
        for kind in ("Waterschap", "Hoogheemraadschap", "Hoogheemraadschap van", "Wetterskip")
    )


# OCR splits a word at a space it reads in it ('Noord-Bra bant'); the rest is a lower-case piece.
_PIECE: Final = re.compile(r" ([a-zà-ÿ]{2,})(?![\w-])")
_LAST_WORD: Final = re.compile(r"\S+$")


def _split_place_end(text: str, start: int, end: int) -> int:
    """A name's last word that OCR split ('streekgewest Westelijk Noord-Bra bant') ends after
    its piece when the two pieces joined are a listed place's name."""
    piece = _PIECE.match(text, end)
    last = _LAST_WORD.search(text, start, end)
    if piece is None or last is None:
        return end
    known = automaton().get(last.group() + piece.group(1), None)
    return piece.end() if known is not None and known[1].type == "location" else end


def _listed_place_ends(first: str, second: str) -> bool:
    """A listed place is the whole name; the word after it is a table's mark or the next cell
    ('gemeente Zwolle V', 'Gemeente Zwolle Museale Collectie'), unless the pair is listed."""
    known = automaton().get(first, None)
    return (
        known is not None
        and known[1].type == "location"
        and not automaton().exists(f"{first} {second}")
    )


_ARTICLES: Final = frozenset({"De", "Het", "Den"})
# Words that open a sentence, never a place's second word.
_OPENERS: Final = (frozenset(_FUNCTION) - _ARTICLES) | frozenset(
    _words("Naast Ook Verder Tot Onder")
)
# Kinds named after a place: a capitals word after the place is the next body ('Gemeente
# Uithoorn IenW', 'Provincie Noord-Brabant POV').
_PLACE_KINDS: Final = frozenset({"gemeente", "provincie", "waterschap", "hoogheemraadschap"})
# No place bears a kind's word as its name.
_OTHER_KINDS: Final = _words("Gemeente Gemeenten Provincie Provincies Waterschap B&W")
_ABBREVIATION: Final = re.compile(r"[A-Z]{2,}|[A-Z][a-z]{0,3}[A-Z]+\w*")


# Four name words before 'Nederland' never reach further back than this.
_NATIONAL_REACH: Final = 200


def _national_names(text: str) -> Iterator[re.Match[str]]:
    """`_NATIONAL.finditer(text)`, searched only in a window before each 'Nederland': the
    pattern tried at every capitalised word of a long text was a tenth of all enrichment."""
    body, guard = _NATIONAL.body.search, _NATIONAL.guard.match
    pos = 0
    at = text.find("Nederland")
    while at != -1:
        start, end = max(pos, at - _NATIONAL_REACH), at + len("Nederland") + 3
        while (m := body(text, start, end)) is not None:
            if guard(text, m.start()) is not None:
                yield m
                pos = m.end()
                break
            start = m.start() + 1
        at = text.find("Nederland", max(at + 1, pos))


def _national(text: str) -> list[Match]:
    out = []
    for m in _national_names(text):
        words = list(re.finditer(r"\S+", m.group("name")))
        if words and words[0].group() in _SUBJECT_LABELS:
            if not _listed_after_label(words):
                continue  # 'Betreft Aanpak Nederland van het slot': a letter's subject, a title
            words = words[1:]  # 'Betreft LTO Nederland': the label is no word of the name
        while words and (
            words[0].group() in _FUNCTION
            or (len(words) > 1 and _DOCUMENT.fullmatch(words[0].group()))
            or (len(words) > 1 and words[0].group() in orgnames.STATUS_COLUMN)
            or orgnames.kind_before_name(
                words[0].group(), " ".join(w.group() for w in words[1:]) + " Nederland"
            )
        ):
            words = words[1:]  # 'Reactie Stichting Open Nederland': a document's title; an
            # inventory's status column before it ('Openbaar LTO Nederland'); a kind word
            # ('Landbouwbranchevereniging LTO Nederland')
        if not words or words[0].group() in _REGION or words[-1].group() in _REGION:
            continue
        if re.search(r"(?:se|sche)$", words[-1].group()):
            continue  # 'Nederlandse', 'Europese': an adjective, not a name
        for i in range(len(words) - 1, 0, -1):
            listed, pair = words[i - 1].group(), f"{words[i - 1].group()} {words[i].group()}"
            if automaton().exists(listed) and not automaton().exists(pair):
                # 'De Kweker Lekkerland Lidl Nederland' (a members list on one line): the name
                # starts after a listed body before it, unless that runs on in a longer listed
                # name ('Amnesty International Nederland')
                words = words[i:]
                break
        if words[-1].group() in _NOT_BODIES or (
            len(words) == 1 and words[0].group() in _LEGAL_FORM_ALONE
        ):
            continue
        if any(_PUBLICATION.fullmatch(w.group()) for w in words):
            continue  # 'Cybersecuritybeeld Nederland 2022': a yearly picture of the country
        begin = m.start("name") + words[0].start()
        if (
            "\n" in text[begin : m.end()]
            and _LOWER_WORD.search(text, text.rfind("\n", 0, begin) + 1, begin) is None
        ):
            continue  # wrapped before 'Nederland' only in a sentence, not a heading's words
        if len(words) == 1 and _asks(text, begin, words[0].group(), m.end()):
            continue
        if _CONNECTOR_BEFORE.search(text, max(0, begin - 40), begin):
            continue  # '... voor Ondernemend Nederland': the tail of a longer name
        if _POSTCODE.search(text, max(0, begin - 12), m.end()):
            continue  # '1118 CP Schiphol Nederland': the place and country of an address
        out.append(Match("organization", begin, m.end(), _clean(text[begin : m.end()])))
    return out


# A letter's subject label: the words after it up to 'Nederland' are the subject's title
# ('Betreft Aanpak Nederland van het slot', a Kamerbrief's letterhead; orgs82), a body only where
# the lists hold them with the country ('Betreft LTO Nederland').
_SUBJECT_LABELS: Final = frozenset({"Betreft", "Onderwerp"})


def _listed_after_label(words: list[re.Match[str]]) -> bool:
    rest = " ".join(w.group() for w in words[1:])
    return bool(rest) and automaton().exists(f"{rest} Nederland")


_LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ]{2,}(?![\w-])")
# A capitalised head and a connector before the name: 'Rijksdienst voor Ondernemend Nederland'.
_CONNECTOR_BEFORE: Final = re.compile(
    r"(?<![\w-])[A-ZÀ-Þ][\w-]*[ \u00a0]+(?:voor|van|der)[ \u00a0]+$"
)
_POSTCODE: Final = re.compile(r"(?<!\d)\d{4}[ \u00a0]?[A-Z]{2}(?![\w-])")
_SENTENCE_START: Final = re.compile(r"(?:^|[.?!:]\s+|\n\s*|\d+[.)]\s+)$")


def _asks(text: str, begin: int, word: str, end: int) -> bool:
    """'4. Zet Nederland nog altijd in op ...': a verb (third person, '-t') opening a sentence or
    question before the subject 'Nederland', not a body's name."""
    if not word.endswith("t") or not _SENTENCE_START.search(text[max(0, begin - 8) : begin]):
        return False
    return re.match(r"\s+[a-z]", text[end:]) is not None


def _hospitals(text: str) -> list[Match]:
    out = []
    for m in _HOSPITAL.finditer(text):
        words = list(re.finditer(r"\S+", m.group("name")))
        while words and (words[0].group() in _FUNCTION or words[0].group() in _ANY):
            words = words[1:]
        if not words or re.search(r"(?:se|sche)$", words[-1].group()):
            continue  # 'Elk ziekenhuis', 'Amsterdamse ziekenhuis'
        while True:  # 'de Minister van VWS ziekenhuis': the name after the particle
            particle = next((i for i, w in enumerate(words) if w.group()[0].islower()), None)
            if particle is None or (
                particle > 0
                and words[particle - 1].group() not in _NOT_NAMESAKES
                and words[particle - 1].group() not in _FUNCTION
            ):
                break
            words = words[particle + 1 :]
        if not words:
            continue
        if text[m.end("name")] == "-" and words[-1].group() in _HOSPITAL_KINDS | _COMPASS:
            continue  # 'een Kinder-ziekenhuis', 'het Noord-ziekenhuis': a kind or a wing
        begin = m.start("name") + words[0].start()
        out.append(Match("organization", begin, m.end(), _clean(text[begin : m.end()])))
    for m in _HOSPITAL_COMPOUND.finditer(text):
        if m.group("stem") not in _HOSPITAL_KINDS:
            out.append(Match("organization", m.start("name"), m.end("name"), m.group("name")))
    return out


def _medical_centres(text: str) -> list[Match]:
    out = []
    for centre in _CENTRE.finditer(text):
        base = max(0, centre.start() - _CENTRE_REACH)
        m = _BEFORE_CENTRE.search(text, base, centre.start())
        if m is None:
            continue
        words = list(re.finditer(r"\S+", m.group("name")))
        while words and (words[0].group() in _FUNCTION or words[0].group() in _ANY):
            words = words[1:]
        if not words or re.search(r"(?:se|sche)$", words[-1].group()):
            continue  # 'Het MC', 'de Brabantse MC'
        begin = m.start("name") + words[0].start()
        out.append(Match("organization", begin, centre.end(), _clean(text[begin : centre.end()])))
    return out


_HOSPITAL_KINDS: Final = _words(
    "Streek Kinder Dieren Academisch Algemeen Categoraal Psychiatrisch Universitair Militair "
    "Particulier Top Basis Stads Nood Vrouwen Oog Tand Revalidatie Ziekenhuis"
)
_COMPASS: Final = _words(
    "Noord Zuid Oost West Noordoost Noordwest Zuidoost Zuidwest Midden Centraal"
)
_ANY: Final = _words("Elk Ieder Geen Welk Ons Uw Hun Zijn Haar Elke Iedere Welke Ander Andere")
# A table that is furniture or a kind of meeting, not a body ('de Keukentafel').
_TABLE_KINDS: Final = _words(
    "Keuken Eet Teken Werk Spel Salon Bij Stam Sta Vergader Onderhandelings Onderhandeling Ronde "
    "Praat Gespreks Gesprek Overleg Tafel Kaart Tuin Picknick Biljart Pingpong Tennis Snij Kook "
    "Behandel Operatie Massage Verzorgings Commode Televisie Nacht Toilet Schrijf Lees"
)


# After 'Regio' a programme, not a region: 'Regio Deal Twente'.
_PROGRAMMES: Final = _words("Deal Deals Envelop Envelope")

# A care home, hospice or provider of care by its name after the kind: 'verpleeghuis Smeetsland',
# 'verzorgingshuis De Drie Hoven', 'zorgaanbieder Buurtzorg'. The name is the capitalised words
# after the kind (two at most, after an article of its own), a listed place after them no part of
# it ('verpleeghuis Smeetsland Rotterdam'); a capitalised kind is part of the name ('Hospice Groep
# Midden-Kennemerland'); a listed body is the gazetteer's (round orgs57).
_CARE: Final = re.compile(
    r"(?<![\w-])(?:[Vv]erpleeghuis|[Vv]erzorgingshuis|(?:[Ww]oon)?[Zz]orgcentrum|[Hh]ospice|"
    r"[Rr]evalidatiecentrum|[Zz]orginstelling|(?:[Jj]eugd)?[Zz]orgaanbieder|"
    r"[Tt]huiszorg(?:organisatie|aanbieder))[ \t\u00a0]+"
    rf"(?P<name>(?:(?:De|Het|Den|'t)[ \t\u00a0]+)?{_NAME})(?![\w\-\ufffe\u0002\u00ad\u2010\u2011])"
)
_CARE_HINTS: Final = (
    "erpleeghuis ", "erzorgingshuis ", "orgcentrum ", "ospice ", "evalidatiecentrum ",
    "orginstelling ", "orgaanbieder ", "huiszorgorganisatie ", "huiszorgaanbieder ",
)  # fmt: skip


def _care_kinds(text: str, cues: frozenset[str]) -> Iterator[re.Match[str]]:
    """`_CARE` matched where a hint stands (at its word's start), not scanned over the text."""
    starts: set[int] = set()
    for hint in _CARE_HINTS:
        if hint in cues:
            at = text.find(hint)
            while at != -1:
                begin = at
                while begin and text[begin - 1].isalpha():
                    begin -= 1
                starts.add(begin)
                at = text.find(hint, at + len(hint))
    for begin in sorted(starts):
        m = _CARE.match(text, begin)
        if m is not None:
            yield m


def _care_homes(text: str, cues: frozenset[str]) -> Iterator[Match]:
    for m in _care_kinds(text, cues):
        words = list(re.finditer(r"\S+", m.group("name")))
        first = words[0].group()
        if first in _NO_NAME or (first in _FUNCTION and (first not in _ARTICLES or len(words) < 2)):
            continue  # 'zorgaanbieder Deze', a bare 'verpleeghuis De'
        if len(words) > 1 + (first in _ARTICLES) and _is_place(words[-1].group()):
            words = words[:-1]  # 'verpleeghuis Smeetsland Rotterdam': the place it stands in
        start, end = m.start("name"), m.start("name") + words[-1].end()
        name = _clean(text[start:end])
        if _is_place(name) or automaton().exists(name) or first in attendees.given_names():
            continue  # 'zorginstelling Amsterdam' (a place), a listed body, a person
        if text[m.start()].isupper():
            start, name = m.start(), _clean(text[m.start() : end])
        yield Match("organization", start, end, name)


_KIND_STEMS: Final = (
    "emeente", "rovincie", "aterschap", "tichting", "ereniging", "undashon", "oogheemraadschap",
    "GGD", "Omgevingsdienst", "Rekenkamer", "Brandweer", "treekgewest", "echtbank ",
    "erechtshof ",
)  # fmt: skip
_COURTS: Final = ("rechtbank", "gerechtshof")


def _is_place(name: str) -> bool:
    return orgnames.a_place(_clean(name))


def _plurals(text: str) -> list[re.Match[str]]:
    """`_PLURAL.finditer(text)`, tried only where a kind's stem stands."""
    found = []
    for stem in _SINGULAR:
        pos = text.find(stem)
        while pos > 0:
            if _PLURAL.guard.match(text, pos - 1) and (m := _PLURAL.body.match(text, pos - 1)):
                found.append(m)
            pos = text.find(stem, pos + len(stem))
    return sorted(found, key=lambda m: m.start())


_ITEM_COMMA: Final = re.compile(_LIST_COMMA)
_OXFORD_EN: Final = re.compile(rf"en{_GAP}")
_INNER_AND: Final = re.compile(rf"(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)en{_GAP}")
_STRICT_NAME: Final = re.compile(_NAME)
_STREET: Final = re.compile(r"(?:straat|laan|weg|plein|kade|gracht|singel|dreef|steeg)$")


def _listed_item(text: str, kind: str, start: int, end: int) -> bool:
    whole = _clean(text[start:end])
    return automaton().exists(f"{kind} {whole}") or _is_place(whole)


def _list_items(text: str, kind: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a list's items (orgs70). Commas part them; the last chunk's 'en' parts the
    last two, where the right one is listed whole before any later 'en' ('Nuenen en Son en
    Breugel'). An inner 'en' keeps an item whole where the lists know it ('Son en Breugel') or
    where commas stand on both its sides ('..., Mill en Sint Hubert, Oss, ...'). An item that is
    neither listed nor a name as before ('Alphen aan den Rijn' is listed) is left out; the list's
    last item then keeps its first name as before."""
    chunks: list[tuple[int, int]] = []
    pos = start
    for sep in _ITEM_COMMA.finditer(text, start, end):
        chunks.append((pos, sep.start()))
        pos = sep.end()
    chunks.append((pos, end))
    for i in range(len(chunks) - 2, -1, -1):  # a listed name with a comma in it ('Nuenen, Gerwen
        if _listed_item(text, kind, chunks[i][0], chunks[i + 1][1]):  # en Nederwetten')
            chunks[i : i + 2] = [(chunks[i][0], chunks[i + 1][1])]
    items: list[tuple[int, int, bool]] = []  # start, end, read whole by the list's shape
    for i, (s, e) in enumerate(chunks):
        last = i == len(chunks) - 1
        opened = _OXFORD_EN.match(text, s, e) if last and i > 0 else None
        oxford = opened is not None
        if opened is not None:
            s = opened.end()
        ands = list(_INNER_AND.finditer(text, s, e))
        if not ands or oxford or _listed_item(text, kind, s, e):
            items.append((s, e, False))
        elif last:
            cut = next((a for a in ands if _listed_item(text, kind, a.end(), e)), ands[-1])
            left_whole = i > 0 and cut is not ands[0]
            items.extend([(s, cut.start(), left_whole), (cut.end(), e, False)])
        elif i > 0:
            items.append((s, e, True))
        elif len(ands) == 1 and not (
            _listed_item(text, kind, s, ands[0].start())
            and _listed_item(text, kind, ands[0].end(), e)
        ):
            # the first item, a comma after it: one name with an inner 'en' ('Mill en Sint
            # Hubert, Oss en Uden'), unless both halves are listed ('Hoorn en Enkhuizen, ...')
            # (orgs71)
            items.append((s, e, True))
        else:
            items.extend([(s, ands[0].start(), False), (ands[0].end(), e, False)])
    out: list[tuple[int, int]] = []
    for n, (s, e, whole) in enumerate(items):
        if _listed_item(text, kind, s, e):
            out.append((s, e))
        elif _STREET.search(text, s, e):
            continue  # a street is no body: 'Kerkstraat, Dorpsstraat en Molenweg'
        elif whole or _STRICT_NAME.fullmatch(text, s, e):
            out.append((s, e))
        elif n == len(items) - 1 and (first := _STRICT_NAME.match(text, s, e)) is not None:
            out.append((s, first.end()))
    return out


# 'Aan de colleges van burgemeester en wethouders van Asten, Deurne en Someren', 'de raden van
# Hoorn en Enkhuizen', 'de gemeenteraden van Wassenaar, Voorschoten en Oegstgeest': a list of
# gemeenten without 'de gemeenten' before it (orgs71). Only the items the register lists as
# gemeenten (`registers.tsv`, the OO export of 2023-07-03) are bodies: not 'de raden van Bestuur
# en Toezicht', 'de colleges van Nederland en België'.
_COUNCILS_LIST: Final = Guarded(
    r"(?<![\w-])",
    rf"(?:[Cc]olleges|[Rr]aden|[Gg]emeenten?raden)(?:{_GAP}van{_GAP}(?:[Bb]urgemeester{_GAP}en{_GAP}[Ww]ethouders|"
    rf"B{_GAP}?&{_GAP}?W|B{_GAP}en{_GAP}W))?{_GAP}van:?{_GAP}"
    rf"(?P<list>{_LIST_ITEM}(?:{_LIST_COMMA}{_LIST_ITEM})*{_LIST_LAST}{_LIST_ITEM})"
    r"(?![\w-])",
)


def _councils_lists(text: str) -> list[Match]:
    out: list[Match] = []
    for m in _COUNCILS_LIST.finditer(text):
        before = re.search(r"(\S+)[ \t\u00a0]+$", text[max(0, m.start() - 40) : m.start()])
        if before is not None and before.group(1)[0].isupper() and before.group(1) not in _FUNCTION:
            continue  # a name's word before it: 'University Colleges van Utrecht en Leiden'
        for start, stop in _list_items(text, "Gemeente", m.start("list"), m.end("list")):
            name = _clean(text[start:stop])
            if automaton().exists(f"Gemeente {name}"):
                out.append(Match("organization", start, stop, f"Gemeente {name}"))
    return out


def _listed_bodies(text: str) -> list[Match]:
    out: list[Match] = []
    for m in _plurals(text):
        if _TERRITORY.search(text, max(0, m.start() - 40), m.start()) and not (
            _BETWEEN_BODIES.search(text, max(0, m.start() - 120), m.start())
        ):
            continue  # 'in de gemeenten X en Y', 'samenvoeging van de gemeenten ...': the land
        kind = _SINGULAR[m.group("kind")[1:]]
        names = _list_items(text, kind, m.start("list"), m.end("list"))
        if any(text[s:e].split()[0] in _FUNCTION and not _is_place(text[s:e]) for s, e in names):
            continue  # 'de gemeenten De ... ': a sentence goes on, unless a place ('Het Hogeland')
        for start, stop in names:
            # the list's last name may have taken the next line's first word ('... en
            # Roosendaal\nNaast de documenten'): a listed place ends there
            end = _before_the_address(text, start, stop)
            # ... or the next sentence's first word where a heading ran into it ('Roosendaal
            # Naast de documenten')
            later = [w for w in re.finditer(r"\S+", text[start:end])][1:]
            cut = next((w for w in later if w.group() in _OPENERS), None)
            if cut is not None:
                end = start + len(text[start : start + cut.start()].rstrip())
            out.append(Match("organization", start, end, f"{kind} {_clean(text[start:end])}"))
    return out


# What the next line of an address block or letterhead opens with after a body's one-word name:
# a street, a post box, a label ('Provincie Overijssel\nLuttenbergstraat 2', 'Gemeente Wierden\n
# T.a.v. College van B&W').
_ADDRESS_WORD: Final = re.compile(
    r"\w*(?:straat|laan|weg|plein|kade|gracht|singel|dreef|steeg|park)|Postbus|Bezoekadres|"
    r"Postadres|Telefoon|Datum|Kenmerk|Inlichtingen|[A-Z]"
)


def _before_the_address(text: str, start: int, end: int) -> int:
    """The end of a body's name that took the next line's first word as its second: an address
    or a label, or any word after a listed place that does not go on with it ('Provincie
    Overijssel\nBehandeld door ...', a form's next label; 'Gemeente Den\nHaag' goes on)."""
    gap = re.search(r"\s*\n\s*(\S+)$", text[start:end])
    if gap is None:
        return end
    first = text[start:end][: gap.start()].rstrip()
    whole = _clean(text[start:end])
    if _ADDRESS_WORD.fullmatch(gap.group(1)) is None and (
        not automaton().exists(first) or automaton().exists(whole)
    ):
        return end
    return start + len(first)


def provincial_bodies(text: str, places: list[Match]) -> list[Match]:
    """A province's own fund, company or office before the province's name ('Energiefonds
    Overijssel'), looked for only before the provinces among `places` (no pass of its own); and
    a listed body's provincial branch."""
    out = []
    bodies: dict[int, Match] | None = None  # the bodies by where they end, made when needed
    for place in places:
        if place.type == "organization" and place.canonical.startswith("Provincie "):
            organ = _provincial_organ(text, place, place.canonical[len("Provincie ") :])
            out.extend([organ] if organ is not None else [])  # 'GS van de provincie Utrecht'
        elif place.type == "location" and place.canonical in _PROVINCE_NAMES:
            organ = _provincial_organ(text, place, _clean(text[place.start : place.end]))
            organ = organ or _elided_organ(text, place, place.canonical)
            if organ is not None:
                out.append(organ)
                continue
            body = _PROVINCIAL_BODY.search(text, max(0, place.start - _BODY_REACH), place.start)
            if body is not None:
                name = _clean(text[body.start() : place.end])
                out.append(Match("organization", body.start(), place.end, name))
                continue
            if bodies is None:
                bodies = {m.end: m for m in places if m.type == "organization"}
            branch = _branch_before(text, place, bodies.get(place.start - 1))
            if branch is not None:
                out.append(branch)
    return out


def _provincial_organ(text: str, place: Match, province: str) -> Match | None:
    """'het college van GS van Zuid-Holland' is Gedeputeerde Staten van Zuid-Holland, 'PS van
    Utrecht' its Provinciale Staten: the organ's listed name for the province, if the lists hold
    it ('GS van' only before a province the gazetteer found, so no postcode's letters)."""
    if "S" not in text[max(0, place.start - _ORGAN_REACH) : place.start]:
        return None  # cheap: every form has a capital S or an s in 'staten'/'Staten'
    organ = _PROVINCIAL_ORGAN.search(text, max(0, place.start - _ORGAN_REACH), place.start)
    canonical = _listed_organ(organ, province)
    if organ is None or canonical is None:
        return None
    return Match("organization", organ.start(), place.end, canonical)


def _listed_organ(organ: re.Match[str] | None, province: str) -> str | None:
    """The listed organ's canonical for the organ word found and the province, or None."""
    if organ is None:
        return None
    kind = organ.group("organ")
    full = "Gedeputeerde Staten" if kind == "GS" or kind[0] in "Gg" else "Provinciale Staten"
    known = automaton().get(f"{full} van {province}", None)
    return known[1].canonical if known is not None and known[1].type == "organization" else None


# Two provinces' organs under one organ word: 'provinciale staten van Utrecht en van
# Zuid-Holland', 'besluit van provinciale staten van Utrecht van 26 oktober 2009 en van
# Zuid-Holland van 14 oktober 2009'. The second province, after 'en van', is its organ too.
_ELIDED_ORGAN: Final = re.compile(
    rf"(?<![\w-])(?P<organ>GS|PS|[Gg]edeputeerde{_GAP}[Ss]taten|[Pp]rovinciale{_GAP}[Ss]taten)"
    rf"{_GAP}van{_GAP}(?:de{_GAP}provincie{_GAP})?(?:{_PROVINCES})"
    r"(?:[ \t\u00a0]+van[ \t\u00a0]+\d{1,2}[ \t\u00a0]+[a-z]+[ \t\u00a0]+\d{4})?"
    rf"{_GAP}en{_GAP}van{_GAP}$"
)


def _elided_organ(text: str, place: Match, province: str) -> Match | None:
    """The organ of a province after 'en van' that the organ word before another province
    names: the province's name is the organ's mention; None where no organ stands before."""
    if "en van" not in text[max(0, place.start - 8) : place.start]:
        return None  # cheap
    organ = _ELIDED_ORGAN.search(text, max(0, place.start - _ORGAN_REACH - 40), place.start)
    canonical = _listed_organ(organ, province)
    return None if canonical is None else Match("organization", place.start, place.end, canonical)


def _branch_before(text: str, place: Match, body: Match | None) -> Match | None:
    """A body's provincial branch: a listed body's name, one space, the province ('Bureau
    Jeugdzorg Gelderland', 'Rijkswaterstaat Zeeland'); not a province's own organ."""
    if (
        body is None
        or text[body.end] != " "
        or not body.canonical[:1].isupper()
        or body.canonical.startswith(("Provincie", "Provinciale", "Gedeputeerde"))
        or place.canonical in body.canonical
    ):
        return None
    return Match("organization", body.start, place.end, _clean(text[body.start : place.end]))


def _region_end(m: re.Match[str]) -> int:
    """A region's name ends before a sentence's first word ('... Gelderland Midden De AP') and
    before a logo's or scan's capitals of two letters at most ('GGD Gelderland-Zuid YG GD}')."""
    base = m.start("region_name")
    for i, word in enumerate(re.finditer(r"\S+", m.group("region_name"))):
        if i and (word.group() in _FUNCTION or word.group() in _NO_NAME or _stray(word.group())):
            return base + len(m.group("region_name")[: word.start()].rstrip())
        if i and m.string.startswith(":", base + word.end()):
            # a label after the name on a title page: '... Oost Gelderland Auteurs: H. Kreulen'
            return base + len(m.group("region_name")[: word.start()].rstrip())
    return m.end()


def _stray(word: str) -> bool:
    """One or two capitals, a stray mark after them at most: no word of a region's name."""
    core = word.rstrip("}])|.,;:")
    return 0 < len(core) <= 2 and core.isupper()


def _regional_body(text: str, start: int, kind: str, m: re.Match[str]) -> Match | None:
    end = _region_end(m)
    name = _clean(text[m.start("region_name") : end])
    name = re.sub(r"(?<=\w)\s*[–-]\s*(?=[A-Z])", "-", name)  # 'Brabant –Zuidoost'
    first = name.split()[0]
    if first in _FUNCTION or len(first) < 3 or first in _PROGRAMMES or first in _NO_NAME:
        return None  # 'GGD\nDe ...', 'GGD Si' (OCR), 'Regio Deal': no body after the word
    if first.endswith("egio"):
        return None  # 'veiligheidsregio Veiligheidsregio X': the second word's own body
    printed = f"{kind} {name}"
    known = automaton().get(printed, None)  # a listed part's body: 'de veiligheidsregio
    if known is not None and known[1].type == "organization":  # Gelderland-Midden' is VGGM
        return Match("organization", start, end, known[1].canonical)
    listed = _listed_region_before(text, kind, m.start("region_name"), end)
    if listed is not None:
        return Match("organization", start, listed[0], listed[1])
    return Match("organization", start, end, printed)


def _listed_region_before(text: str, kind: str, begin: int, end: int) -> tuple[int, str] | None:
    """A listed body's name that ends before the region's last words, where the whole is not
    listed: a title page's or colophon's next label or heading ran into it ('Veiligheidsregio
    Brabant-Zuidoost Toetsingsnormen', 'Veiligheidsregio Hollands Midden MPMS Management'). The
    end of the listed name and its canonical; None where no shorter name is listed."""
    words = list(re.finditer(r"\S+", text[begin:end]))
    for k in range(len(words) - 1, 0, -1):
        if words[k].group()[0] in "–-" or words[k - 1].group()[-1] in "–-":
            continue  # 'Omgevingsdienst Rivierenland –Oost': the name goes on over its hyphen
        stop = begin + words[k - 1].end()
        name = re.sub(r"(?<=\w)\s*[–-]\s*(?=[A-Z])", "-", _clean(text[begin:stop]))
        for form in (name, re.sub(r" (?=\S+$)", "-", name)):  # 'Noord- en Oost Gelderland'
            known = automaton().get(f"{kind} {form}", None)
            if known is not None and known[1].type == "organization" and form[-1] != "-":
                return stop, known[1].canonical
    return None


# A safety region is the body in lower case too ('het algemeen bestuur van de veiligheidsregio
# Gelderland-Midden'), as 'gemeente X' is; 'de regio Twente' is an area (round orgs57).
_LOWER_REGIONS: Final = frozenset({"veiligheidsregio"})


def _regions(text: str) -> list[Match]:
    """Bodies after a capitalised word that is or ends in 'regio' (or 'veiligheidsregio')."""
    out = []
    pos = text.find("egio")
    while pos != -1:
        begin = pos - 1
        while begin > 0 and text[begin - 1].isalpha():
            begin -= 1
        word = text[begin : pos + 4]
        after = _AFTER_REGION.match(text, pos + 4)
        if (
            after is not None
            and (word[:1].isupper() or word in _LOWER_REGIONS)
            and (word == "Regio" or (word.endswith("regio") and len(word) >= _REGION_WORD))
            and (begin == 0 or not (text[begin - 1].isalnum() or text[begin - 1] == "-"))
        ):
            paired = _PAIRED_BEFORE.search(text, max(0, begin - 40), begin)
            start = paired.start() if paired else begin
            kind = _clean(text[start : pos + 4])
            body = _regional_body(text, start, kind[:1].upper() + kind[1:], after)
            if body is not None:
                out.append(body)
        pos = text.find("egio", pos + 4)
    return out


# A foundation's or association's name may be a phrase, its small words between capitalised ones:
# 'Stichting Varkens in Nood', 'stichting Stem op een Vrouw'. On one line, to a capitalised word
# that no list knows (not 'stichting Vluchteling in Amsterdam').
_PHRASE_TAIL: Final = re.compile(
    rf"(?:[ \u00a0]+(?:in|op|een|tot|met|zonder|om|uit|aan)){{1,2}}[ \u00a0]+"
    rf"(?P<word>{_NAME_WORD})(?![\w\-\ufffe\u0002\u00ad])"
)


def _phrase_end(text: str, name: str, end: int) -> int:
    tail = _PHRASE_TAIL.match(text, end)
    if tail is None or " " in name.strip() or automaton().exists(tail.group("word")):
        return end
    return tail.end()


# Two name words may go on with the country of a national body: 'stichting Streekeigen Producten
# Nederland' (its two-word reach stops before it; 'stichting X in Nederland' is a place).
_NATIONAL_TAIL: Final = re.compile(r"[ \u00a0]+Nederland(?![\w\-\ufffe\u0002\u00ad])")


# Or its name in quotes: "de stichting 'Stem op een Vrouw'".
_QUOTED_KIND: Final = re.compile(
    r"(?<![\w-])(?P<kind>[Ss]tichting|[Vv]ereniging)[ \t\u00a0]+['‘\"“]"
    rf"(?P<name>[{_UPPER}][^'’\"”\n]{{1,60}}?)['’\"”](?!\w)"
)


# A ministry by its abbreviation after the word: 'het ministerie van VWS' is one mention of the
# ministry, printed whole (not the portfolio 'VWS' inside it).
_MINISTRY_BY_LETTERS: Final = re.compile(
    r"(?<![\w-])[Mm]inisterie[ \t\u00a0]+van[ \t\u00a0]+(?P<abbr>[A-Z][A-Za-z&]{1,6})(?![\w&-])"
)


def _ministries(text: str) -> list[re.Match[str]]:
    """`_MINISTRY_BY_LETTERS.finditer(text)`, matched only at an 'inisterie' with 'M' or 'm'
    before it: led by that class and the look back before it, the engine tried the pattern at every
    position of the text (enspeed44). Every match starts one character before such a word, and no
    two overlap: the one at the first such place at or after the last match's end is
    `finditer`'s."""
    found = []
    at = text.find("inisterie", 1)
    while at != -1:
        m = _MINISTRY_BY_LETTERS.match(text, at - 1) if text[at - 1] in "Mm" else None
        if m is not None:
            found.append(m)
        at = text.find("inisterie", m.end() + 1 if m is not None else at + 1)
    return found


def _foreign_organs(text: str, cues: frozenset[str]) -> list[Match]:
    """A foreign country's ministry or house of parliament by the adjective of its country
    (`_FOREIGN_ORGAN`): 'het Amerikaanse Ministerie van Defensie' is no Dutch ministry."""
    out: list[Match] = []
    for stem, back in _ORGAN_STARTS:
        if stem not in cues:
            continue
        at = text.find(stem, back)
        while at != -1:
            start = at - back
            m = _FOREIGN_ORGAN.match(text, start)
            before = _COUNTRY_BEFORE.search(text, max(0, start - 30), start) if m else None
            if m is not None and before is not None:
                adj = before.group("adj")
                if adj not in ("Nederlandse", "Caribische"):
                    organ = m.group()
                    if organ[0] == "M":
                        organ = "m" + organ[1:]
                    out.append(Match("organization", before.start(), m.end(), f"{adj} {organ}"))
            at = text.find(stem, at + len(stem))
    return out


def _ministries_by_letters(text: str) -> list[Match]:
    out = []
    for m in _ministries(text):
        known = automaton().get(m.group("abbr"), None)
        if known is not None and known[1].canonical.startswith("Ministerie "):
            out.append(Match("organization", m.start(), m.end(), known[1].canonical))
    return out


def _one_word_bodies(
    text: str, tail: str, before: re.Pattern[str], keep: Callable[[re.Match[str], int], bool]
) -> Iterator[Match]:
    """Bodies named as one word ending in `tail` ('tafel', 'orgaan') after the article `before`
    reads back from it: found from each `tail` (no scan over every article), where `keep` lets
    the stem and what follows pass."""
    at = text.find(tail)
    while at != -1:
        end = at + len(tail)
        if end == len(text) or not (text[end].isalnum() or text[end] in "-_"):  # not 'tafels'
            m = before.search(text, max(0, at - _TABLE_REACH), at)
            if m is not None and keep(m, end):
                yield Match("organization", m.start("stem"), end, text[m.start("stem") : end])
        at = text.find(tail, end)


def _tables(text: str) -> Iterator[Match]:
    return _one_word_bodies(
        text, _TABLE, _BEFORE_TABLE, lambda m, end: m.group("stem") not in _TABLE_KINDS
    )


def _organs(text: str) -> Iterator[Match]:
    return _one_word_bodies(
        text,
        _ORGAN,
        _BEFORE_ORGAN,
        lambda m, end: (
            not orgnames.organ_kind(text[m.start("stem") : end])
            and not _NAME_GOES_ON.match(text, end)
        ),
    )


def _governments_of_places(text: str) -> Iterator[Match]:
    """Only a listed province or municipality: 'het provinciebestuur van Emmen' names none."""
    for m in _GOVERNMENT_OF.finditer(text):
        kind, name = m.group("kind").capitalize(), _clean(m.group("name"))
        first = name.split(" ")[0]
        # the name may have taken the next word ('van Kerkrade Pieter'): the first word then
        for place, end in ((name, m.end()), (first, m.start("name") + len(first))):
            body = automaton().get(f"{kind} {place}", None)
            if body is not None and body[1].type == "organization":
                yield Match("organization", m.start(), end, body[1].canonical)
                break


_INQUIRIES: Final = frozenset({"enquêtecommissie", "ondervragingscommissie"})


def _named_committees(text: str) -> Iterator[Match]:
    for word in _COMMITTEE_WORD.finditer(text):
        head = _TASK.search(text, max(0, word.start() - _TASK_REACH), word.start())
        chair = _CHAIR_NAME.match(text, word.end())
        if head is None and chair is not None and _chair_committee(text, word.start(), chair):
            name = f"Commissie {_clean(chair.group('name'))}"
            yield Match("organization", word.start(), chair.end(), name)
            continue
        if head is None or len(head.group()) < 3 or chair is None:
            continue
        if chair.group("name") in _FUNCTION or chair.group("name") in _NO_NAME:
            continue
        task = head.group() + "commissie"
        if task.startswith(("raads", "staten", "kamer")):
            continue  # a council's or Kamer's committee by portfolio ('raadscommissie Ruimte')
        start, end, subject = head.start(), chair.end(), _clean(chair.group("name"))
        if task in _INQUIRIES:
            joined = _AND_SUBJECT.match(text, end)
            if joined is not None and not automaton().exists(joined.group("name")):
                end, subject = joined.end(), f"{subject} en {joined.group('name')}"
            parliament = _PARLIAMENTARY.search(text, max(0, start - 16), start)
            if parliament is not None:
                start, task = parliament.start(), f"parlementaire {task}"
        yield Match("organization", start, end, f"{task[0].upper()}{task[1:]} {subject}")


# A committee named after its chair alone, after its article: 'de commissie Remkes', 'de
# commissie Van Rijn'. The name must be a surname: a listed member's or minister's, or one with
# its capitalised particle; a portfolio ('de commissie Financiën') or a body is no chair.
_ARTICLE_BEFORE: Final = re.compile(r"(?<![\w-])(?:de|De)[ \t\u00a0]+$")
_CAPITAL_PARTICLE: Final = re.compile(r"(?:Van|De|Ter|Ten)[ \t\u00a0]")
_OFFICER_OF: Final = re.compile(
    r"(?:oorzitter|riffier|leden|lid)[ \t\u00a0]+van[ \t\u00a0]+de[ \t\u00a0]+$"
)


def _chair_committee(text: str, at: int, chair: re.Match[str]) -> bool:
    if _ARTICLE_BEFORE.search(text, max(0, at - 4), at) is None:
        return False
    if _OFFICER_OF.search(text, max(0, at - 30), at):
        return False  # 'De voorzitter van de commissie Van Meenen': its chair, named
    name = chair.group("name")
    surname = name.split()[-1]
    if name in _FUNCTION or name in _NO_NAME or automaton().exists(surname):
        return False
    return _CAPITAL_PARTICLE.match(name) is not None or surname in titled.member_surnames()


# A municipality named by its executive: 'het College van Burgemeester en Wethouders van Midden
# Drenthe', 'het college van B&W van Utrecht', 'het college van b en w van Rotterdam'; in a
# signature also without 'college van' ('Burgemeester en Wethouders van Amsterdam Namens deze',
# orgs60). The body is the municipality, as 'gemeente X' names it; only a listed place's name
# (with its hyphen typed as a space or not) is read so.
_OF_THE_PLACE: Final = (
    rf"{_GAP}(?:van|der{_GAP}gemeente){_GAP}(?:de{_GAP}gemeente{_GAP})?(?P<name>{_NAME})(?![\w-])"
)
_COLLEGE: Final = re.compile(
    rf"[Cc]ollege{_GAP}van{_GAP}(?:[Bb]urgemeester{_GAP}en{_GAP}[Ww]ethouders|B{_GAP}?&{_GAP}?W"
    rf"|b{_GAP}?&{_GAP}?w|B{_GAP}en{_GAP}W|b{_GAP}en{_GAP}w){_OF_THE_PLACE}"
)
# Not where 'college van' stands before it (`_COLLEGE` reads that whole).
_EXECUTIVE: Final = Guarded(
    r"(?<![\w-])(?<!ollege van )(?<!ollege van\n)",
    rf"[Bb]urgemeester{_GAP}en{_GAP}[Ww]ethouders{_OF_THE_PLACE}",
)


def _colleges(text: str, cues: frozenset[str]) -> Iterator[Match]:
    matches: list[re.Match[str]] = []
    if "ollege" in cues:
        matches += _COLLEGE.finditer(text)
    if "urgemeester" in cues:
        matches += _EXECUTIVE.finditer(text)
    for m in matches:
        name = _clean(m.group("name"))
        words = name.split()
        while words and not (_is_place(" ".join(words)) or _is_place("-".join(words))):
            words = words[:-1]  # 'van Utrecht Datum': the place, then a label
        if words:
            end = m.start("name") + len(" ".join(words))
            if " " in m.group("name")[: end - m.start("name")]:
                end = m.start("name") + _span_of(m.group("name"), len(words))
            place = " ".join(words) if _is_place(" ".join(words)) else "-".join(words)
            yield Match("organization", m.start(), end, f"Gemeente {place}")


def _span_of(printed: str, words: int) -> int:
    """The length of the first `words` words of a printed name (its gaps as printed)."""
    spans = list(re.finditer(r"\S+", printed))
    return spans[words - 1].end()


# A safety region by its kind's letters and its listed name: 'VR Zuid-Holland Zuid', 'VR
# Hollands Midden' (orgs69): the words after 'VR' that 'Veiligheidsregio' heads in the lists, the
# longest so listed.
_VR: Final = re.compile(
    rf"(?<![\w-])VR[ \t\u00a0]+(?P<name>{_NAME_WORD}"
    rf"(?:[ \t\u00a0]+(?:en[ \t\u00a0]+)?{_NAME_WORD}){{0,3}})"
)


def _safety_regions(text: str) -> Iterator[Match]:
    for m in _VR.finditer(text):
        words = list(re.finditer(r"\S+", m.group("name")))
        for n in range(len(words), 0, -1):
            name = m.group("name")[: words[n - 1].end()]
            listed = automaton().get("Veiligheidsregio " + " ".join(name.split()), None)
            if listed is not None and listed[1].type == "organization":
                yield Match(
                    "organization", m.start(), m.start("name") + len(name), listed[1].canonical
                )
                break


# A body naming itself by one word of capitalised parts and the country's code: 'HerstelNL',
# 'VeiligheidNL', 'TechniekNL' (initiatives, networks and sector bodies). Read from each 'NL'
# that ends a word, the parts before it at least three letters long; a place so glued is none.
_NL_END: Final = re.compile(r"NL(?![\w-])")
_CAMEL_PARTS: Final = re.compile(r"(?<![\w.@/\\-])(?:[A-Z][a-zà-ÿ]{2,})+$")


def _nl_names(text: str) -> Iterator[Match]:
    for m in _NL_END.finditer(text):
        parts = _CAMEL_PARTS.search(text, max(0, m.start() - 40), m.start())
        if parts is not None and not _is_place(parts.group()):
            yield Match("organization", parts.start(), m.end(), text[parts.start() : m.end()])


# A prison or a pharmacy by its kind and its place: 'de PI Haaglanden', 'Penitentiaire Inrichting
# Vught', 'Stadsapotheek Venlo', 'Apotheek Bad Nieuweschans'. The name is one to three
# capitalised words, ended by a lower-case word, a comma or a label. The first may open the next
# line where a running sentence wrapped (its space kept before the break); a heading's line ends
# bare ('Coronanieuws in de PI' + 'Vanmorgen is ...').
_PLACE_NAME: Final = (
    rf"{_NAME_WORD}(?:[ \t\u00a0]+(?:aan[ \t\u00a0]+(?:de|den|het)[ \t\u00a0]+)?{_NAME_WORD})"
    r"{0,2}"
)
_BY_PLACE: Final = Guarded(
    r"(?<![\w-])",
    rf"(?P<kind>PI|Penitentiaire[ \t\u00a0]+Inrichting|[A-Z][a-z]*apotheek|Apotheek)"
    rf"[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?(?P<name>{_PLACE_NAME})(?![\w-])",
)


def _by_place(text: str) -> Iterator[Match]:
    for m in _BY_PLACE.finditer(text):
        words = m.group("name").split()
        kept: list[str] = []
        for word in words:
            if word in _NO_NAME or (word in _FUNCTION and word not in _ARTICLES):
                break
            kept.append(word)
        if not kept or kept[0] in _ARTICLES:
            continue  # 'PI Datum', 'Apotheek De ...' at a sentence's turn
        end = m.start("name") + _span_of(m.group("name"), len(kept))
        yield Match("organization", m.start(), end, _clean(text[m.start() : end]))


# A body's slot: who acts for, with or as a member of a body ('namens de NVOO', 'samen met
# Feminists Against Ableism', 'lid van NLDigital'); and a body that speaks ('GeenDorHout stelt').
_SLOT_BEFORE: Final = (
    r"(?:namens|[Ss]amen[ \t\u00a0]+met|lid[ \t\u00a0]+van|aangesloten[ \t\u00a0]+bij|"
    r"ondertekend[ \t\u00a0]+door|in[ \t\u00a0]+opdracht[ \t\u00a0]+van)"
    r"[ \t\u00a0]+(?:(?:de|het)[ \t\u00a0]+)?"
)
_SLOT_HINTS: Final = (
    "namens",
    "amen met",
    "lid van",
    "aangesloten bij",
    "ondertekend door",
    "opdracht van",
)
# An unknown token shaped as a body's name: a word with a capital inside ('GeenDorHout',
# 'NLDigital', each part two letters or more, so not 'RvT', 'PvdA' or 'MvT'), or three to six
# capitals ('NVOO'), not glued to a hyphen ('VVD-fractie') or a dot.
_CAMEL: Final = r"(?:[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+|[A-Z]{2,}[a-z]{3,})"
_END: Final = r"(?![\w\-@/]|\.\w)"
_BODY_TOKEN: Final = rf"(?:{_CAMEL}|[A-Z]{{3,6}}){_END}"
# An English body's name of capitalised words joined by a preposition or an article of its own:
# 'Feminists Against Ableism', 'Friends of the Earth'; a person's name has none of these.
_ENGLISH_JOIN: Final = r"(?:Against|Without|For|Of|And|for|of|the|and|without|against)"
_ENGLISH_NAME: Final = (
    rf"[A-Z][a-z]+(?:[ \t\u00a0]+{_ENGLISH_JOIN})+(?:[ \t\u00a0]+(?:the[ \t\u00a0]+)?[A-Z][a-z]+)+"
    rf"(?![\w-])"
)
# Matched where a hint stands (a few places a text), never scanned over the whole text.
_SLOTTED: Final = re.compile(rf"{_SLOT_BEFORE}(?P<name>{_BODY_TOKEN}|{_ENGLISH_NAME})")
# An ordinal before 'lid van' numbers a law's paragraph, no membership: 'artikel 65, tweede lid
# van de IHR' (O49), 'het 3e lid van de Awb'.
_PARAGRAPH_BEFORE: Final = re.compile(
    r"(?:(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)"
    r"|\d{1,2}e)[ \t\u00a0]+$"
)
# A body that speaks: the verb after its name ('GeenDorHout stelt'); found by the verb, the name
# read back from it.
_SPEECH_VERBS: Final = (
    " zegt", " stelt", " vindt", " meldt", " laat weten", " pleit", " roept", " vreest",
    " waarschuwt", " reageert", " vraagt", " eist", " wil",
)  # fmt: skip
_SPEECH_END: Final = re.compile(r"(?![\w-])")
_TLDS: Final = (".nl", ".com", ".org", ".eu", ".net")
_CAMEL_WORD: Final = re.compile(rf"(?<![\w-]){_CAMEL}{_END}")
_YOUTH: Final = re.compile(r"(?:Jongeren|Jong)(?![\w-])")
_YOUTH_BODY: Final = re.compile(r"(?<![\w-])[A-Z][A-Z-]{1,7}$")


# A takeover names two firms: 'de overname van Ziggo door Liberty Global (UPC)' (O49, a report's
# list of letters). Where one of the two is a known body, the other, a name of up to three
# capitalised words, is one too; so is a brand in brackets right after the buyer.
_NAME_WORDS: Final = r"[A-Z][\w&'’-]*(?:[ \t\u00a0]+[A-Z][\w&'’-]*){0,2}"
_TAKEOVER: Final = re.compile(
    rf"[ \t\u00a0\n]+(?:(?:de|het)[ \t\u00a0]+)?(?P<a>{_NAME_WORDS})"
    rf"[ \t\u00a0\n]+door[ \t\u00a0\n]+(?:(?:de|het)[ \t\u00a0]+)?(?P<b>{_NAME_WORDS})"
    r"(?:[ \t\u00a0]+\((?P<c>[A-Z]{2,6})\))?(?![\w-])"
)


def _known_body(name: str) -> bool:
    known = automaton().get(name, None)
    return known is not None and known[1].type == "organization"


def _taken_over(text: str, at: int) -> list[Match]:
    m = _TAKEOVER.match(text, at)
    if m is None:
        return []
    found = []
    for mine, other in (("a", "b"), ("b", "a")):
        name = m.group(mine)
        # a person buys too ('door Jan Pieters'); a rarer given name opens a firm's name
        # ('Liberty Global'): only the firm given names (core_given_names) say a person
        if (
            _known_body(m.group(other))
            and not automaton().exists(name)
            and not _is_place(name)
            and name.split()[0] not in attendees.core_given_names()
        ):
            found.append(Match("organization", *m.span(mine), name))
    brand = m.group("c")
    if brand and (found or _known_body(m.group("b"))) and not automaton().exists(brand):
        found.append(Match("organization", *m.span("c"), brand))
    return found


def _youth_wings(text: str, cues: list[int]) -> list[Match]:
    """A listed body's youth wing: 'CNV Jongeren', 'FNV Jong' (not the body itself); `cues`:
    where the text has ' Jong' (the cue pass found them)."""
    found = []
    for at in cues:
        body = _YOUTH_BODY.search(text, max(0, at - 8), at)
        wing = _YOUTH.match(text, at + 1) if body is not None else None
        if body is not None and wing is not None:
            known = automaton().get(body.group(), None)
            if known is not None and known[1].type == "organization":
                name = text[body.start() : wing.end()]
                found.append(Match("organization", body.start(), wing.end(), name))
    return found


# Every slot's hint, speech verb and web address ending, with what it cues: found in words.py's
# one pass over a text (issue #12).
CUE_WORDS: dict[str, str] = {
    **dict.fromkeys(_SLOT_HINTS, "slot"),
    **dict.fromkeys(_SPEECH_VERBS, "verb"),
    **dict.fromkeys(_TLDS, "tld"),
    **dict.fromkeys(_LABEL_HINTS, "label"),
    " Jong": "youth",
    "overname van": "takeover",
}


def _labelled(text: str) -> Iterator[Match]:
    for m in _LABELLED.finditer(text):
        name = _clean(m.group("name"))
        if not _is_place(name) and name.split()[0] not in _FUNCTION:
            yield Match("organization", *m.span("name"), name)


def _host_label(text: str, at: int) -> str:
    """The label a web address ending at `at` ('.nl') names: 'geendorhout' of
    'https://geendorhout.com/...', 'www.geendorhout.nl'; not a subdomain's or a mail's."""
    first = at
    while first and (text[first - 1].isascii() and text[first - 1].isalnum()):
        first -= 1
    label = text[first:at]
    before = text[max(0, first - 4) : first]
    if len(label) < 5 or not label.islower() or not label[0].isalpha():
        return ""
    if first and text[first - 1] in ".@-_" and before != "www.":
        return ""
    return label


def _cued(text: str) -> list[Match]:
    """An unknown name in a body's slot: 'namens de NVOO', 'samen met Feminists Against Ableism';
    an unknown CamelCase name that speaks ('GeenDorHout stelt') or that the text's own web
    address spells ('GeenDorHout' beside 'geendorhout.com'). Names the lists know are theirs.
    Also a label's firm ('Bedrijf: X') and a listed body's youth wing ('CNV Jongeren'): all
    found after one pass for their cue words."""
    found = []
    named: dict[str, list[tuple[int, int]]] = {}
    labelled = False
    youth: list[int] = []
    hosts: set[str] = set()
    for last, word in read(text).org_cues:
        cue, size = CUE_WORDS[word], len(word)
        at = last + 1 - size
        if cue == "tld":
            label = _host_label(text, at)
            if label:
                hosts.add(label)
        elif cue == "label":
            labelled = True
        elif cue == "youth":
            youth.append(at)
        elif cue == "takeover":
            found.extend(_taken_over(text, last + 1))
        elif cue == "slot":
            at -= size == len("amen met")  # 'samen met', 'Samen met': the hint's first letter
            if at < 0 or (at and (text[at - 1].isalnum() or text[at - 1] == "-")):
                continue
            if word == "lid van" and _PARAGRAPH_BEFORE.search(text, max(0, at - 14), at):
                continue  # 'artikel 65, tweede lid van de IHR': a law's paragraph (O49)
            m = _SLOTTED.match(text, at)
            name = m.group("name") if m is not None else ""
            if (
                m
                and not automaton().exists(name)
                and name.split()[0] not in attendees.given_names()
            ):
                found.append(Match("organization", *m.span("name"), _clean(name)))
        elif _SPEECH_END.match(text, last + 1) is not None:
            first = at
            while first and not text[first - 1].isspace():
                first -= 1
            word = text[first:at]
            if (
                word[:1].isupper()
                and not word[1:].islower()  # most words: 'Zij', 'Nederland'
                and _CAMEL_WORD.fullmatch(word) is not None
            ):
                named.setdefault(word, []).append((first, at))
    if labelled:
        found.extend(_labelled(text))
    if youth:
        found.extend(_youth_wings(text, youth))
    lower = text.lower() if hosts else ""
    for host in hosts:
        at = lower.find(host)
        while at != -1:
            if not text[at : at + len(host)].islower():  # the address itself is in lower case
                camel = _CAMEL_WORD.match(text, at)
                if camel is not None and camel.end() == at + len(host):
                    named.setdefault(camel.group(), []).append(camel.span())
            at = lower.find(host, at + len(host))
    for name, spans in named.items():
        if not automaton().exists(name):
            found.extend(Match("organization", a, b, name) for a, b in sorted(set(spans)))
    return found


# The words `find`'s gates ask for, read in words.py's one pass over the text (issue #12).
GATES: Final = frozenset((
    " MC", " UMC", "& ", "-Instituut", "-instituut", "Commissie ", "Inrichting", "NL", "Naam ",
    "Nederland", "PI", "Statencommissie", "W ", "a.v.", "aadscommissie", "aden van", "andelsnaam",
    "aterschappen", "commissie ", "consortium", "ebestuur van", "edrijfsnaam", "egio", "emeenten",
    "ereniging ", "ethouders", "iekenhui", "inisterie van ", "ollege", "ommissie", "potheek",
    "rovincies", "taten van ", "tichting ", "urgemeester", "w van", "VR ", _TABLE, _ORGAN,
    *_KIND_STEMS,
    *_FOREIGN_STEMS, *_FOREIGN_ORGAN_STEMS, *_AND_PARTNERS_HINTS, *_LEGAL_HINTS, *_CARE_HINTS,
))  # fmt: skip
# `find`'s whole gate (cue43: words.ASK_ORGCONTEXT): `GATES` and the cue words `_cued` reads.
FIND_GATES: Final = GATES | frozenset(CUE_WORDS)


# The gates' words as sets: `isdisjoint` then reads the text's few cues, not every word of
# the gate (a tuple is iterated whole, item by item; throughput39).
_KIND_STEMS_SET: Final = frozenset(_KIND_STEMS)
_FOREIGN_STEMS_SET: Final = frozenset(_FOREIGN_STEMS)
_FOREIGN_ORGAN_SET: Final = frozenset(_FOREIGN_ORGAN_STEMS)
_CARE_HINTS_SET: Final = frozenset(_CARE_HINTS)
_AND_PARTNERS_HINTS_SET: Final = frozenset(_AND_PARTNERS_HINTS)
_LEGAL_HINTS_SET: Final = frozenset(_LEGAL_HINTS)


def find(text: str) -> list[Match]:
    cues = read(text).cues
    found: list[Match] = []
    if "PI" in cues or "Inrichting" in cues or "potheek" in cues:
        found.extend(_by_place(text))
    if "NL" in cues:
        found.extend(_nl_names(text))
    if "VR " in cues:
        found.extend(_safety_regions(text))
    if "ethouders" in cues or ("ollege" in cues and ("W " in cues or "w van" in cues)):
        found.extend(_colleges(text, cues))
    if "inisterie van " in cues:
        found.extend(_ministries_by_letters(text))
    if "emeenten" in cues or "rovincies" in cues or "aterschappen" in cues:
        found.extend(_listed_bodies(text))
    if "ollege" in cues or "aden van" in cues:
        found.extend(_councils_lists(text))
    kinds = _KIND.finditer(text) if not cues.isdisjoint(_KIND_STEMS_SET) else ()
    for m in kinds:
        if m.group("region"):
            body = _regional_body(text, m.start(), m.group("region"), m)
            found.extend([body] if body is not None else [])
            continue
        kind, end = m.group("kind"), _kind_name_end(text, m)
        if end is None:
            continue
        if kind.lower() in _COURTS and not _is_place(text[m.start("name") : end]):
            continue  # a court is named by its seat: 'de rechtbank Uitspraak' is no court
        if kind == "provincie" and not _dutch_province(text[m.start("name") : end]):
            continue  # 'in de provincie Cabo Delgado', 'provincie Idlib': a foreign region
        last = re.search(r"\s(\S+)$", m.group("name"))
        if last is not None and last.group(1) in attendees.given_names():
            nxt = _NEXT_WORD.match(text, m.end())
            if "\n" in last.group() or nxt is not None:
                # 'Provincie Drenthe\nLinda de Bruin', 'Waterschap Aa Frank Mulder': a person
                # follows the body's one-word name
                end = len(text[: m.start("name") + last.start()].rstrip())
        if kind.lower() in ("stichting", "vereniging") and end == m.end():
            end = _phrase_end(text, m.group("name"), end)
            if end == m.end() and (numbered := _NUMBERED_PART.match(text, end)) is not None:
                end = numbered.end()  # 'Stichting Artikel 2-Fonds', not 'Stichting Artikel'
            if end == m.end() and (national := _NATIONAL_TAIL.match(text, end)) is not None:
                end = national.end()  # 'stichting Streekeigen Producten Nederland
            if end == m.end() and (spelled := _spelled_end(text, m.start("name"), end)) > end:
                # '... Samenwerking (ROOS)': named by the words the abbreviation spells, as the
                # abbreviation is (abbreviations.py), not by the kind before them
                spelt = _clean(text[m.start("name") : spelled])
                found.append(Match("organization", m.start(), spelled, spelt))
                continue
        kind_name = f"{kind[0].upper()}{kind[1:]}"
        if (broken := _broken_hyphen(text, kind_name, m.start("name"), end)) is not None:
            name, end = broken  # 'Provincie Zuid -Holland': one listed body's name
            found.append(Match("organization", m.start(), end, f"{kind_name} {name}"))
            continue
        if kind.lower() in _WATER_KINDS:
            end = _water_and_end(text, m.start("name"), end)
        end = orgnames.before_note_mark(text, m.start("name"), end)  # 'Stichting X12, die'
        end = orgnames.before_glued_te(text, m.start(), end)  # 'Stichting X Gelderlandte Arnhem'
        end = _before_the_address(text, m.start("name"), end)
        end = orgnames.before_the_organ(text, m.start("name"), end)
        split = _split_place_end(text, m.start("name"), end)
        name = _clean(text[m.start("name") : end]) + text[end + 1 : split]  # the pieces joined
        end = split
        printed = f"{kind_name} {name}"
        if kind.lower() in _WATER_KINDS and "’" in name:
            # 'Waterschap Hunze en Aa’s' as a typesetter curls the list's apostrophe
            known = automaton().get(printed.replace("’", "'"), None)
            printed = known[1].canonical if known is not None else printed
        found.append(Match("organization", m.start(), end, printed))
    if "egio" in cues:
        found.extend(_regions(text))
    if "Nederland" in cues:
        found.extend(_national(text))
    if not cues.isdisjoint(_FOREIGN_ORGAN_SET):
        found.extend(_foreign_organs(text, cues))
    if not cues.isdisjoint(_FOREIGN_STEMS_SET):
        for m in _FOREIGN.finditer(text):
            if m.group("adj") not in ("Nederlandse", "Caribische"):  # the Dutch bodies are listed
                name = f"{m.group('adj')} {m.group('body').capitalize()}"
                found.append(Match("organization", m.start(), m.end(), name))
    if "tichting " in cues or "ereniging " in cues:
        for m in _QUOTED_KIND.finditer(text):
            kind = m.group("kind")
            name = f"{kind[0].upper()}{kind[1:]} {_clean(m.group('name'))}"
            found.append(Match("organization", m.start(), m.end(), name))
    if "consortium" in cues:
        for m in _CONSORTIUM.finditer(text):
            name = m.group("name")
            if name in _FUNCTION or _ADJECTIVE.search(name) or automaton().exists(name):
                continue
            found.append(Match("organization", m.start(), m.end(), _clean(m.group())))
    if "andelsnaam" in cues or "edrijfsnaam" in cues or "Naam " in cues:
        for m in _TRADE_NAME.finditer(text):
            if _FORM_NOTES.match(m.group("name")) is None:
                found.append(Match("organization", *m.span("name"), _clean(m.group("name"))))
    if "ommissie" in cues and ("Statencommissie" in cues or "aadscommissie" in cues):
        found.extend(
            Match("organization", m.start(), m.end(), _clean(m.group()))
            for m in _STATES_COMMITTEE.finditer(text)
        )
    if "a.v." in cues:
        found.extend(_for_the_attention_of(text))
    found.extend(_cued(text))
    if "Commissie " in cues:
        found.extend(_portfolio_committees(text))
    if "commissie " in cues:
        found.extend(_named_committees(text))
    if "taten van " in cues:
        for m in _STATES_OF.finditer(text):
            name = f"{m.group('body').capitalize()} Staten van {m.group('province')}"
            found.append(Match("organization", m.start(), m.end(), name))
    if "iekenhui" in cues:  # the plural too: 'de IJsselmeerziekenhuizen'
        found.extend(_hospitals(text))
    if " MC" in cues or " UMC" in cues:
        found.extend(_medical_centres(text))
    if not cues.isdisjoint(_CARE_HINTS_SET):
        found.extend(_care_homes(text, cues))
    if _TABLE in cues:
        found.extend(_tables(text))
    if _ORGAN in cues:
        found.extend(_organs(text))
    if "ebestuur van" in cues:
        found.extend(_governments_of_places(text))
    found.extend(vanforms.find(text))  # 'Vrije Universiteit van Amsterdam'
    if "-instituut" in cues or "-Instituut" in cues:
        found.extend(
            Match("organization", m.start(), m.end(), m.group()) for m in _INSTITUTE.finditer(text)
        )
    if not cues.isdisjoint(_AND_PARTNERS_HINTS_SET):
        for m in _AND_PARTNERS.finditer(text):
            if m.group("name").split()[0] not in _FUNCTION:
                name = _clean(m.group()).replace("& partners", "& Partners")
                found.append(Match("organization", m.start(), m.end(), name))
    if not cues.isdisjoint(_LEGAL_HINTS_SET):
        legal = list(_LEGAL.finditer(text))
        if _split_form(text):
            legal = sorted([*legal, *_LEGAL_SPLIT.finditer(text)], key=lambda m: m.start())
        for m in legal:
            start = _firm_start(text, m)
            if start is None:
                continue
            words = text[start : m.end("name")].split()
            wrap = text.rfind("\n", start, m.start("name") + len(m.group("name")))
            if (
                wrap != -1
                and not text[wrap + 1 : m.end()].lstrip()[:1].isdigit()  # only the year went on
                and _LOWER_WORD.search(text, text.rfind("\n", 0, start) + 1, start) is None
            ):
                # a line before the firm's is no part of it unless a sentence runs on there
                # ('Rijkswaterstaat\nTenneT TSO B.V.' is two lines of an address block)
                start = wrap + 1 + len(text[wrap + 1 :]) - len(text[wrap + 1 :].lstrip())
                words = text[start : m.end()].split()[:-1]
                if not words or (words[0] in _FUNCTION and words[0] not in _NAME_PARTICLES):
                    continue
            if (
                _SHORT_FORM.search(m.group())
                and (len(words) < 2 or _DOCUMENT.fullmatch(words[0]))
                and not _SEAT.match(text, m.end())
            ):
                continue  # 'Unit SE;', 'Rapport SA,': one word before the letters is no firm's
            if len(words) > 1 and (_DOCUMENT.fullmatch(words[0]) or words[0] in _FORM_LABELS):
                # 'Voorhangbrief Holland Casino NV': an agenda item's title names the firm after
                # the kind of document; 'Naam NFIR B.V.': a form's label before its value
                start = text.index(words[1], start + len(words[0]))
            start = _joined_before(text, start)
            name_end = m.end("name")
            if (
                "\n" in text[name_end : m.end()]
                and _LOWER_WORD.search(text, text.rfind("\n", 0, start) + 1, start) is None
            ):
                continue  # 'Totaal\nB.V.': a form wrapped to the next line only in a sentence
            canonical = _clean(text[start : m.end()])
            if not text[name_end : name_end + 1].isspace():  # glued: 'Van GelderB.V.'
                canonical = _clean(f"{text[start:name_end]} {text[name_end : m.end()]}")
            found.append(Match("organization", start, m.end(), canonical))
    return found
