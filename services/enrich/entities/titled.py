"""Persons named with a word that says they are one: 'hoogleraar Fijnaut', 'burgemeester Halsema',
'de heer Van Dijk', 'mr. C.J. de Vries', and the members in 'de leden Van der Werf en Sneller',
'het lid Omtzigt', 'de vraag van lid Kröger' wherever the text has them (not only in the heading
of written questions).

A title followed by a lower-case 'van' or 'voor' names an office ('minister van Financiën'; 'van
der' and 'van den' start a surname: 'Minister van der Wal'), and a name that is an
organisation's, a place's or an office word ('voorzitter Raad van State') is no person; those are
left alone. Particles stay as printed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Final

from services.enrich.data import rows
from services.enrich.entities import attendees, imperatives, lexicon, orgnames, portfolios
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.entities.gazetteer import find as gazetteer_find
from services.enrich.entities.persons import NAME_WORD as _WORD
from services.enrich.entities.persons import canonical, listed_surname_tail_end, name_end
from services.enrich.scan import Guarded, near_from
from services.enrich.words import read
from stukken.contracts import Entity, Segment

_L: Final = r"[^\W\d_]"
_PARTICLE_CAP: Final = (
    # also capitalised after 'Van' as mails type them: 'mw. Van Den Berg'
    # the article's apostrophe straight or curled: 'Van ’t Riet' (persons69)
    r"(?:Van\s+(?:der|den|de|het|['’]t|Der|Den|De)|Van|De|Den|Der|Ter|Ten|Te|In\s+['’]t|Op\s+de|"
    # more particles of two words, capitalised as a surname's first: 'J.M.G. In den Kleef',
    # 'Uit den Bogaard', 'Op den Brouw', 'In het Veld' (persons69)
    r"In\s+(?:den|der|de|het)|Uit\s+(?:den|de)|Op\s+(?:den|het|ten)|"
    r"Von\s+(?:der|den)|Von|Du|La|Le)"
)
# Text joined from a wrapped line may glue a lower-case particle to the name: 'Von derLeyen'.
_AFTER_PARTICLE: Final = r"(?:\s+|(?<=[a-z])(?=[A-Z]))"
# '(?<=\s)(der|den|de)' with its lookbehind after the 'd' (the same test): led by the literal 'd',
# not a lookbehind, the engine jumps to the d's instead of trying every position (issue #12).
_GLUED_PARTICLE: Final = re.compile(r"(d(?<=\sd)(?:er|en|e))(?=[A-Z])")
# After initials Romance particles too, in either case: 'M.A.A. di Bucchianico', 'M.A.A Di ...'.
_PARTICLE: Final = (
    rf"(?:{_PARTICLE_CAP}|van\s+(?:der|den|de|het|['’]t)|van|de|den|der|ter|ten|te|in\s+['’]t|op\s+de"
    r"|[Dd]i|[Dd]a|[Dd]el|[Dd]ella|[Dd]os|du|la|le"
    # abbreviated after initials, as older minutes print it: 'J. v.d. Berg', 'A. v. Dijk'
    # (persons73)
    r"|v\.[ ]?d\.|v\.)"
)
# 'Ö. Özdemir' too; pdfium may print a space before a dot ('R.W.C . Clabbers') and a signature may
# drop the last initial's dot ('M.A.A Di Bucchianico'): a lone capital after dotted initials.
_INITIALS: Final = (
    r"(?:(?:IJ|[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]?)[ ]?\.\s?){1,5}(?:(?<=\.)[A-ZÀ-ÖØ-Þ](?=[ \t\u00a0]))?"
)
_ACADEMIC: Final = r"(?:(?:[Pp]rof|[Dd]rs?|[Mm]r|[Ii]r|[Ii]ng|[Ee]m)\.\s*)"
# An office word after a name is the next addressee's title, not a second surname ('de heer
# Koolmees Staatssecretaris van ...', also as OCR misspells it: 'Staassecretaris').
_OFFICE_AFTER: Final = (
    rf"(?!{_L}*(?i:secretaris|minister|voorzitter|directeur|president|kamerlid|wethouder|"
    r"burgemeester|leider|hoofd|co[öo]rdinator|adviseur|medewerker|jurist|manager)\b)"
)
# Initials allow a lower-case particle ('C. van der Werf'); without them it is capitalised.
# A given name before a lower-case particle: 'Romke de Jong', 'Inge vanDijk' (glued in the PDF).
# Two given names too, before the particle: 'ir. Karst Jan van Esch' (persons69).
_GIVEN: Final = (
    rf"{_WORD}(?:[ \t\u00a0]+{_OFFICE_AFTER}{_WORD})?[ \t\u00a0]+"
    rf"(?:van\s+(?:der|den|de)|van|de|der|den|ter|ten|te)\s*(?={_WORD})"
)
# A second word after the first is a word, not the next person's initial ('drs. R. Wever J.P.A.
# Kroese') nor a degree ('M.P.M. Schoonderwoerd MCDm', 'Elwin Leusink MSc'), and not across a
# column's gap of three spaces or more ('Dhr. M. Vuijk      Kloetinge', a table's next cell)
# (persons69).
_SECOND_WORD: Final = r"(?=IJ[a-z]|[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-ÿ])"
_NAME: Final = (
    # a given name before the initials: 'Dr. ir. Aad J. Oomens' (persons69)
    rf"(?:{_GIVEN}|(?:{_WORD}[ \t\u00a0]+(?=[A-Z]\.))?{_INITIALS}\s*(?:{_PARTICLE}\s+)?"
    rf"|(?:{_PARTICLE_CAP}{_AFTER_PARTICLE}))?{_WORD}"
    rf"(?:[ \t\u00a0]{{1,2}}{_OFFICE_AFTER}{_SECOND_WORD}{_WORD})?"
)
_TITLE_WORDS: Final = (
    "hoogleraar", "professor", "burgemeester", "wethouder", "gedeputeerde", r"de\s+heer",
    r"geachte\s+heer",  # a letter's salutation: 'Geachte heer Rutte,'
    # ... its 'Heer' capitalised too ('Geachte Heer Donner,'; persons70): 'De Heer' alone may be a
    # surname, after 'Geachte' it is the courtesy title
    r"geachte\s+Heer",

    "mevrouw", r"mevr\.", r"dhr\.", r"mw\.", "collega",
    # the spoken courtesy title of a transcript ('meneer Christans van de PvdA'; names45)
    "meneer", "mijnheer", "kamerlid", "oud-minister", "oud-Kamerlid",
    # the chamber's president, in office or before ('oud-Kamervoorzitter Arib'; persons79)
    "kamervoorzitter", "oud-Kamervoorzitter", "oud-kamervoorzitter",
    # the older courtesy titles of an attendance ('mejuffrouw Nolte', 'jonkvrouwe Wttewaall van
    # Stoetwege') (persons72)
    "mejuffrouw", "jonkvrouwe", "jonkvrouw", "jonkheer",
    r"dhr(?=[ \t\u00a0])",  # as mails write it without the dot: 'dhr Vulpen (JenV)'
    "minister", "staatssecretaris", "premier", "minister-president", "minister-President",
    "ambassadeur", "ombudsman",
    "onderzoeker", "journalist", "advocaat", "raadslid", "fractievoorzitter", r"prof\.", r"dr\.",
    r"mr\.", r"drs\.", r"ir\.", "moties?", "amendement", "griffier:?", "formateur", "informateur",
    # professions the papers quote people by ('brandweerman Marcel Dokter', 'viroloog Koopmans')
    "brandweerman", "brandweervrouw", "huisarts", "viroloog", "epidemioloog", "econoom",
    "historicus", "psycholoog", "socioloog", "politicoloog",
    # and lawyers by their trade ('de jurist Nada Kiswanson', whose given name is also a word;
    # letters66)
    "jurist", "juriste",
    # and by their trade ('ondernemer Sywert van Lienden', 'zakenman Van den Boogaard')
    "ondernemer", "zakenman", "zakenvrouw",
    # offices of the provinces, water boards, the civil service, justice and the EU, and the work
    # titles meeting notes print before a name ('dijkgraaf Van Dijk', 'projectleider Jansen')
    r"commissaris\s+van\s+de\s+Koningin", r"commissaris\s+van\s+de\s+Koning", "eurocommissaris",
    "EU-commissaris", "dijkgraaf", "heemraad", "hoogheemraad", "watergraaf", "statenlid",
    "loco-burgemeester", "directeur-generaal",
    "secretaris-generaal", "inspecteur-generaal", "programmadirecteur", "projectleider",
    "programmamanager", r"officier\s+van\s+justitie", "landsadvocaat", "staatsraad",
    # the official a council proposal names as its contact (round decentral52)
    r"behandelend\s+ambtenaar",
    "kinderombudsman", "lijsttrekker", "senator", "europarlementariër", "hoofdredacteur",
    # heads of foreign governments, the Caribbean islands' governors, the prosecution's heads,
    # a firm's or party's chief ('bondskanselier Scholz', 'gezaghebber Rijna')
    "kanselier", "bondskanselier", "gouverneur", "gezaghebber", "procureur-generaal",
    "advocaat-generaal", "bestuursvoorzitter", "directeur-bestuurder", "fractieleider",
    "partijleider",
    # a firm's or a body's chief as the press titles one ('ING-topman Ralph Hamers')
    "topman", "topvrouw", "topbestuurder",
    # the justice titles capitalised after the hyphen too ('Advocaat-Generaal Wattel')
    "advocaat-Generaal", "procureur-Generaal",
    # the European Commission's president ('Commissievoorzitter Von der Leyen')
    "commissievoorzitter", "Commissievoorzitter",
    # the EU's foreign-affairs chief as Dutch papers title him ('de Hoge Vertegenwoordiger Borrell')
    r"hoge\s+Vertegenwoordiger", r"hoge\s+vertegenwoordiger",
    # a portfolio's holder capitalised, as a council's announcements open ('* Portefeuillehouder
    # G. Hoekstra doet een mededeling'), only before initials: a model's list of roles
    # ('Inspreker Portefeuillehouder Griffier Overig') has none (names43, found after its blind
    # scoring)
    r"portefeuillehouder(?=[ \t\u00a0]+(?:[A-Z]\.[ \u00a0]?){1,5}[ \u00a0]*[A-Za-z])",
    # the engineer's degree, only before initials: 'ing. E. Been, mr. J.H. Potter' (a ruling's
    # list of a municipality's officials; persons49), not 'ing. 1 januari' (ingaande)
    r"ing\.(?=[ \t\u00a0]+(?:[A-Z]\.[ \u00a0]?){1,5}[ \u00a0]*[A-Za-z])",
)  # fmt: skip
# Titles that also head a table's label ('Voorzitter Ja 35%') or a letterhead line ('Directeur
# Kustwacht'): only lower-case, with the name on the same line.
_BROAD_WORDS: Final = (
    "gezant", "president", "directeur", "woordvoerder", "rapporteur", "activist", "activiste",
    "voorzitter",
    "commissaris",  # 'de Commissaris Rijksvastgoed' is an office
    # a portfolio's holder as provincial letters name him ('De portefeuillehouder De Bree heeft
    # toegezegd'), not a model's list of roles ('Inspreker Portefeuillehouder Griffier Overig')
    # (persons72)
    "portefeuillehouder",
    # the armed forces' ranks, lower-case ('de generaal Eisenhower'; a capitalised 'Generaal' opens
    # a street's name as often: 'Generaal Foulkesweg'), the hyphenated rank either way
    # ('Luitenant-generaal Luyt', a minister's letter; persons79)
    "luitenant-generaal", "Luitenant-generaal", "generaal-majoor", "brigadegeneraal", "generaal",
    "luitenant-kolonel", "kolonel", "majoor", "luitenant-admiraal", "vice-admiraal", "admiraal",
)  # fmt: skip
# Substrings one of which every title or work phrase holds: a cheap test before the patterns.
_STEM_PAIRS = tuple(  # (stem, characters of the title before it)
    dict.fromkeys(
        [
            (t.replace("\\s+", " ").replace("\\.", ".")[1:], 1)
            for t in _TITLE_WORDS
            if len(t) > 6 and "(?" not in t
        ]
        + [(t, 0) for t in _BROAD_WORDS]
        + [("President", 0), ("Voorzitter", 0)]
        + [("dr.", 0), ("Dr.", 0), ("mr.", 0), ("Mr.", 0), ("rof.", 1), ("hr.", 1), ("otie", 1)]
        + [("drs.", 0), ("Drs.", 0), ("ir.", 0), ("Ir.", 0), ("mw.", 0), ("Mw.", 0)]
        + [("hr ", 1)]  # 'dhr Vulpen', as mails write it without the dot
        + [("opman", 1), ("opvrouw", 1)]  # 'topman', shorter than the long titles' stems
        + [("-chef", -1), ("-leider", -1), ("-baas", -1)]  # only after a hyphen: see _CHIEF
        + [("evr.", 1)]  # 'Mevr.' / 'mevr.', shorter than the long titles' stems
        + [("eneer", 1)]  # 'meneer' / 'Meneer', likewise (names45)
        + [("riffier", 1)]
        + [("ortefeuillehouder", 1)]  # 'Portefeuillehouder G. Hoekstra' (names43)
        + [("urist", 1)]  # 'jurist', shorter than the long titles' stems (letters66)
        # 'ing. E. Been' after a blank only: a sentence's '...ing.' end is no title (persons49)
        + [(" ing.", -1)]
    )
)
# A title of several words wrapped at a line end ('met de' / 'heer Lussing'): its stem also with
# each space a line break, as pdfium and the segmenter print one.
_LINE_BREAKS: Final = ("\n", " \n", "\r\n", " \r\n")
_STEM_PAIRS += tuple(
    (stem[:i] + brk + stem[i + 1 :], back)
    for stem, back in _STEM_PAIRS
    for i, ch in enumerate(stem)
    if ch == " "
    for brk in _LINE_BREAKS
)


def _shared_stems(pairs: tuple[tuple[str, int], ...]) -> dict[str, tuple[int, ...]]:
    """Each stem with the offsets of the titles found through it: a title whose stem holds a
    shorter one is found through that one ('loco-burgemeester' through 'urgemeester'), so the text
    is searched once per stem, not once per title."""
    chosen: dict[str, set[int]] = {}
    for stem, back in sorted(pairs, key=lambda p: len(p[0])):
        inner = next((c for c in chosen if c in stem), None)
        if inner is None:
            chosen[stem] = {back}
        else:
            chosen[inner].add(back + stem.index(inner))
    return {stem: tuple(sorted(backs)) for stem, backs in chosen.items()}


_TITLE_STEMS: Final = _shared_stems(_STEM_PAIRS)
TITLE_STEMS: Final = frozenset(_TITLE_STEMS)  # found in words.py's one pass over a text (issue #12)
_WORK_STEMS: Final = (
    "nalyse van", "itspraken van", "itspraak van", "woorden van", "stelling van", "betoog van",
    "leidooi van", "visie van", "column van", "pvatting van", "proep van", "oratie van",
    "roefschrift van",
)  # fmt: skip
# Either case at the start ('Wethouder Wagner', 'De heer E.M. Krijns').
_TITLES: Final = "|".join(f"[{t[0].upper()}{t[0].lower()}]{t[1:]}" for t in _TITLE_WORDS)
# What a person (not a body) does: 'de analyse van Fijnaut', 'het pleidooi van Van Dijk'.
_WORK_OF: Final = Guarded(
    r"(?<![\w-])",
    r"(?:analyse|uitspraken|uitspraak|woorden|stelling|betoog|pleidooi|visie|column|"
    rf"opvatting|oproep|oratie|proefschrift)\s+van\s+{_ACADEMIC}*(?P<name>{_NAME})(?![\w-])",
)
# 'de inspanningen van Medy van der Laan c.s.': 'cum suis' after a given name, a particle and a
# surname is a person with others (firms and foundations 'c.s.' in rulings have no particle); so
# is a surname that opens with its capitalised particle ('Vragen Van Raan c.s. over ...'), unless
# it is a listed firm's ('Van Oord c.s.').
_A_TITLE: Final = re.compile(rf"(?i:(?:{_TITLES})(?:en|s)?|(?:kamer)?leden|fracties?)")
_CUM_SUIS: Final = re.compile(
    rf"(?<![\w.-])(?P<name>{_GIVEN}{_WORD}|{_PARTICLE_CAP}{_AFTER_PARTICLE}{_WORD})"
    r"[ \t\u00a0]+c\.s\."
)
# The askers of written questions named by a surname and 'cum suis' ('Schriftelijke vragen
# Loomans cs inzake ...', 'Vragen Jansen c.s. over ...'), as councils and Staten print them.
_QUESTIONS_CUM_SUIS: Final = re.compile(
    rf"(?<![\w-])[Vv]ragen[ \t\u00a0]+(?:van[ \t\u00a0]+)?(?P<name>{_WORD})[ \t\u00a0]+"
    r"(?:c\.s\.|cs)(?![\w])"
)
# A hyphen may go on to a particle: 'staatssecretaris Gräper-van Koolwijk' (see name_end).
_HYPHEN_PARTICLE: Final = r"(?:van|de|der|den|ter|ten)[ \u00a0]"
_NOT_A_NOTE: Final = r"(?!\d{1,3}(?![\w-]))"
# 'President Zelensky sprak': capitalised as a head of state's title, with one name (no office
# word) and the sentence going on in lower case on the same line (a label 'President' heads a
# table or a letterhead line with capitals or numbers after it).
# A sentence may open with a chair's title the same way: 'Voorzitter Bosma kondigde actie aan',
# 'Voorzitter Van der Staaij zei' (a capitalised particle before the surname).
_HEAD_OF_STATE: Final = (
    rf"(?:President|Voorzitter)[ \u00a0]+(?={_OFFICE_AFTER}(?:{_PARTICLE_CAP}[ \u00a0]+)?{_WORD}"
    r"[ \t\u00a0]+(?!(?:van|de|der|den|ter|ten|te)\b)[a-zà-ÿ])"
)
# A surname after a title may keep its particle in lower case as the answer's heading prints it
# ('Antwoord van Minister van der Wal-Zeggelink'): two-word particles and 'ter'/'ten' only, which
# no portfolio starts with ('minister van Defensie', 'minister van de ...' stay offices).
_LOWER_PARTICLE_NAME: Final = rf"(?:van[ \t\u00a0]+(?:der|den)|ter|ten)[ \t\u00a0]+{_WORD}"
# After a courtesy title ('de heer', 'mevrouw', 'dhr.', 'mw.', 'mevr.', 'mejuffrouw') a lower-case
# particle of one word opens the surname too: 'mw. van Vucht-Tijssen', 'mevrouw van Dam', 'dhr. de
# Boer'. No office follows a courtesy title as 'minister van Defensie' does; a place or body after
# 'van' ('mevrouw van Wijk bij Duurstede') is read in find, an office's or a body's word in
# _person ('Mevrouw de Voorzitter', 'de heer van het College') (persons77).
_COURTESY_PARTICLE_NAME: Final = (
    r"(?:(?<=heer[ \t\u00a0\n])|(?<=vrouw[ \t\u00a0\n])|(?<=hr\.[ \t\u00a0\n])"
    r"|(?<=mw\.[ \t\u00a0\n])|(?<=Mw\.[ \t\u00a0\n])|(?<=evr\.[ \t\u00a0\n])|(?<=hr[ \t\u00a0]))"
    rf"(?:van[ \t\u00a0]+(?:de|het|['’]t)|van|de|den|te|in[ \t\u00a0]+['’]t)[ \t\u00a0]+{_WORD}"
    # a second surname word too, as _NAME takes it: 'mevrouw van Basten Batenburg (VVD)'
    rf"(?:[ \t\u00a0]{{1,2}}{_OFFICE_AFTER}{_SECOND_WORD}{_WORD})?"
)
# Between a title and its name a space or one line break: an empty line ends the title's
# paragraph ('... van de Minister\n\nI Vragen en opmerkingen' opens a chapter, names no one).
# (A table's cell goes on on the next line after an empty first cell: 'wethouder\n | R. Jansen'.)
_NEXT_LINE: Final = r"\r?\n[ \t\u00a0]*(?:\|[ \t\u00a0]+)?"
_TITLE_GAP: Final = rf"(?:[ \t\u00a0]+(?:{_NEXT_LINE})?|{_NEXT_LINE})"
_TITLED: Final = Guarded(
    r"(?<![\w-])",
    # the plural joined so too: 'twee aangenomen moties-Koffeman c.s.' (round letters61)
    rf"(?:(?:{_TITLES}){_TITLE_GAP}|[Mm]oties?-|[Aa]mendement(?:en)?-"
    rf"|(?:{'|'.join(_BROAD_WORDS)})[ \u00a0]+"
    rf"|{_HEAD_OF_STATE})"
    rf"{_ACADEMIC}*(?P<name>{_LOWER_PARTICLE_NAME}|{_COURTESY_PARTICLE_NAME}|{_NAME})"
    # a footnote's number may be glued on: 'de motie De Groot27 zullen we'
    rf"(?!{_NOT_A_NOTE}\w|-(?![ ]?{_HYPHEN_PARTICLE}))",
)
# A chair's field between the title and the name: 'hoogleraar strafrecht Fijnaut', 'hoogleraar
# Europees recht Kochenov', 'professor sociale psychologie Stapel'. The field ends in a discipline's
# ending; capitalised without a name after it, it is no surname ('een hoogleraar Belastingrecht bij
# de Erasmus Universiteit').
_FIELD_END: Final = (
    r"(?:recht|kunde|logie|wetenschap|wetenschappen|economie|geschiedenis|filosofie|ethiek|"
    r"fysica|chemie|informatica|statistiek|politiek|theologie|psychiatrie|bestuur|grafie|nomie)"
)
# (each case spelled out, so that every alternative starts with a letter the engine skips to)
_CHAIR_FIELD: Final = Guarded(
    r"(?<![\w-])",
    r"(?:hoogleraar|Hoogleraar|professor|Professor|lector|Lector)[ \t\u00a0]+"
    rf"(?P<field>(?:{_L}+[ \t\u00a0]+)?{_L}*{_FIELD_END})(?!\w)",
)
_FIELD_NAME: Final = re.compile(rf"[ \t\u00a0]+{_ACADEMIC}*(?P<name>{_NAME})(?![\w-])")
_FIELD_STEMS: Final = ("oogleraar", "rofessor", "lector", "Lector")


def _chair_fields(text: str) -> tuple[set[int], list[Match]]:
    """Where a chair's title has a field after it (the titles to leave to this reading), and the
    persons named after the field."""
    starts: set[int] = set()
    found: list[Match] = []
    for m in _CHAIR_FIELD.finditer(text):
        starts.add(m.start())
        name = _FIELD_NAME.match(text, m.end())
        if name is not None and (one := _person(text, name.start("name"), name.end("name"))):
            found.append(one)
    return starts, found


# A name between dashes after an office and its body: 'de Secretaris-Generaal van de Verenigde
# Naties (VN) – António Guterres – bezocht', 'de minister van Financiën – Eelco Heinen – zei'.
_DASHED_NAME: Final = re.compile(
    rf"[ \t\u00a0][–—][ \t\u00a0]+(?P<name>{_NAME})[ \t\u00a0]+[–—][ \t\u00a0]"
)
_OFFICE_BEFORE: Final = re.compile(rf"(?<![\w-])(?i:{_TITLES})(?![\w-])[^–—.;:!?\n]{{0,60}}$")
_DASHED_REACH: Final = 90
# An envoy titled by his brief, the title one word with it: 'EU-sanctiegezant O'Sullivan',
# 'klimaatgezant Kerry' (tried where 'gezant' ends such a compound).
_ENVOY: Final = re.compile(
    rf"gezant[ \u00a0]+{_ACADEMIC}*(?P<name>{_NAME})(?!\w|-(?!{_HYPHEN_PARTICLE}))"
)
# After 'het lid' a lower-case particle starts a name too ('het lid de Groot (D66)').
# A double surname whose second part opens with a lower-case particle after the hyphen
# ('Nijkerken-de Haan', 'Van Veldhoven-van der Meer'): the list goes on after it.
_MEMBER_TAIL: Final = (
    r"(?:-(?:van[ \t\u00a0]+(?:der|den|de)|van|de|der|den|ter|ten)[ \t\u00a0]+"
    + _WORD
    # a name an OCR'd page broke at its line end and the text joined with the hyphen left in:
    # 'Van Houwe-lingen, Huibers' (persons72): the rest in lower case up to the list's comma
    + r"|-[a-zà-ÿ]{2,}(?=,|[ \t\u00a0]+en[ \t\u00a0]))?"
)
_MEMBER: Final = (
    rf"(?:{_GIVEN}|(?:{_INITIALS}\s*)?(?:{_PARTICLE}\s+)?)?{_WORD}{_MEMBER_TAIL}"
    rf"(?:[ \t\u00a0]+{_WORD})?"
)
_PARTY_MEMBERS: Final = r"[A-Z0-9][\w+]*-(?:[Kk]amer)?(?:leden|lid)\b"
# A committee's composition gives the chair's office after the member's party: 'Leden: Van den
# Berg (SGP), Valk (PvdA), voorzitter, Zijlstra (PvdA), ...' (persons69): the office, only right
# after a party's bracket, is no member and does not end the list.
_OFFICE_IN_LIST: Final = (
    r"(?:(?<=[)I])\s*,\s*(?:voorzitter|ondervoorzitter|vicevoorzitter)(?=\s*,))?"
)
# An OCR layer reads a party's closing bracket as 'I' before the comma: 'Wöltgens (P.v.d.A.I,',
# 'Wolffensperger (D66I,' (a committee's composition of 1987, persons71): the list goes on.
_PARTY_BRACKET: Final = r"(?:\s*\((?:[^()\n]{1,30}\)|[^()\n]{0,28}[.\dA-Z]I(?=\s*,)))"
_BRACKETS: Final = re.compile(r"\((?:[^()\n]*\)|[^()\n]{0,28}[.\dA-Z]I(?=\s*,))|\([^)]*\)")
_MEMBER_LIST: Final = (
    rf"(?P<list>{_MEMBER}{_PARTY_BRACKET}?{_OFFICE_IN_LIST}"
    # the list ends where another party's members begin ('... en GroenLinks-leden X en Y')
    # co-askers may be joined by a slash ('de leden Van den Hul/Westerveld')
    # or by an ampersand ('de motie van Van Gerven & Oosenbrug')
    rf"(?:\s*(?:,|en|/|&)\s*(?!{_PARTY_MEMBERS}){_MEMBER}{_PARTY_BRACKET}?{_OFFICE_IN_LIST})*)"
)
_MEMBERS: Final = Guarded(
    # text joined from wrapped lines may glue the word before on: 'Vragen vande leden X en Y'
    r"(?<![\w-])|(?<=(?<![\w-])van)|(?<=(?<![\w-])aan)",
    # a former member too: 'het voormalig lid Van Dijk'; every alternative starts with a letter
    # (the word before 'lid' looked back at, both cases spelled out as alternatives of their own,
    # not '[Hh]': a class-led alternative leaves the engine no first character; issue #12), so the
    # engine skips to those
    # A committee report's attendance: 'Aanwezig zijn negen leden der Kamer, te weten: X, Y en Z'.
    # official prose capitalises the member's word: 'het verzoek dat het Lid Van Dijk deed'; a
    # sentence may open with it: 'Het lid Omtzigt vroeg het woord.'
    # a minister's letter names them as the Kamer's: 'de leden van uw Kamer Paternotte en X'
    r"(?:de\s+leden\s+van\s+uw\s+Kamer|"
    # a Kamer committee's composition, in a paper's footnote: 'Samenstelling:\nLeden: Van den Berg
    # (SGP), Valk (PvdA), voorzitter, ...' and its deputies 'Plv. leden: ...' (persons69)
    r"Samenstelling:\s+Leden:|Plv\.\s+leden:|"
    # a sentence may open with the members too: 'De leden Kolkman en Tuinstra stemden tegen.'
    r"de\s+leden|De\s+leden|Het\s+(?:voormalige?\s+)?[Ll]id|het\s+(?:voormalige?\s+)?[Ll]id|"
    r"lid(?<=(?:van|aan|met) lid)|Kamerleden|"
    r"kamerleden|de\s+Kamerleden|de\s+heren|leden\s+der\s+Kamer,\s+te\s+weten:|"
    # the Handelingen' attendance without the Kamer's name: 'Tegenwoordig zijn 130 leden, te weten:'
    r"leden,\s+te\s+weten:|"
    # the Handelingen' absent members, a line each with its reason: 'de volgende leden zich hebben
    # afgemeld:\n\nFaber-van de Klashorst en Peter van Dijk, wegens ziekte;' (letters65), and the
    # one member: 'het volgende lid zich heeft afgemeld:\n\nVan Dijk, wegens bezigheden elders.'
    # (persons74, after its blind scoring)
    r"leden\s+zich\s+hebben\s+afgemeld:|lid\s+zich\s+heeft\s+afgemeld:|"
    # the Eerste Kamer's older form of it: 'ingekomen berichten van verhindering van de leden:\n\n
    # Swagerman, De Vries-Leggedoor en Dupuis, wegens verblijf buitenslands;' (persons69)
    r"verhindering\s+van\s+de\s+leden:|"
    # the Handelingen' appointments: 'Ik benoem tot leden van de tijdelijke commissie ... de
    # volgende leden: Van Bochove, Dijsselbloem, ..., Bosma, Dibi en Ortega-Martijn' (letters65,
    # after the held-aside scoring)
    r"de\s+volgende\s+leden:|"
    # 'het verzoek van leden X en Y': the article may be left out after a preposition
    rf"de\s+dames|leden(?<=(?:van|aan|met) leden)|"
    # a motion named by its members after 'van', the first capitalised: 'de motie van Van Gerven
    # & Oosenbrug' ('de motie van de VVD', 'motie van het kabinet' name no member)
    # (a title after 'van' is read with its name by _TITLED: 'de motie van Kamerlid Omtzigt')
    rf"Moties?\s+van(?=\s+[A-ZÀ-ÖØ-Þ])(?!\s+(?:{_TITLES})(?!\w))|"
    rf"moties?\s+van(?=\s+[A-ZÀ-ÖØ-Þ])(?!\s+(?:{_TITLES})(?!\w)))\s+{_MEMBER_LIST}",
)
# The Handelingen' attendance read to its end past a name of three words, which ends a members'
# list ('Noorman-den Uyl, Oedayraj Singh Varma, Oudkerk, ...'): the list goes on after its comma.
# Its name of three words may hold a particle: 'Niek Jan van Kesteren, Ton van Kesteren, ...'
# (letters65).
_ATTENDANCE_ON: Final = re.compile(
    rf"(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)?{_WORD}){{1,2}},\s*{_MEMBER_LIST}"
)
# The absent members' next line: '..., wegens ziekte;\n\nDe Vries-Leggedoor, Meijer en Pijlman,
# wegens persoonlijke omstandigheden.' (the list read up to its reason).
_ABSENT_ON: Final = re.compile(
    rf",[ \t\u00a0]+wegens[^\n]{{0,100}}\n\s*{_MEMBER_LIST}(?=,[ \t\u00a0]+wegens)"
)


# An OCR layer reads a surname's capital 'I' as 'l': 'Van lersel (C.D.A.)' in a committee's
# composition of 1987 (persons71's r32), where the list ended at the lower-case word and its later
# members were lost. Read in a members' list only, and only where the list confirms the name: a
# capitalised particle before it or a member's party bracket ('(C.D.A.), lJzerman (...)'), and
# either a party's bracket right after it or a listed member's surname once repaired ('Van
# lJsselmuiden' -> 'IJsselmuiden'). The copy keeps every offset (one letter for one letter); the
# canonical name is the repaired one, the text as printed (persons72).
_OCR_CAPITAL_I: Final = re.compile(
    r"(?P<before>(?<![\w-])(?:Van(?:[ \t\u00a0]+(?:der|den|de))?|De|Den|Der|Ter|Ten)[ \t\u00a0]"
    r"|[)I],[ \t\u00a0])"
    # not 'De leden (CDA) ...', which names the members' group
    r"l(?!eden(?![\w-])|id(?![\w-]))(?P<rest>J?[a-zà-ÿ]{2,})(?![\w-])"
    r"(?P<party>[ \t\u00a0]*\((?:[^()\n]{1,30}\)|[^()\n]{0,28}[.\dA-Z]I(?=\s*,)))?"
)


# Every match holds its 'l' after a blank; it starts at most a particle, blanks and 'Van' before
# that blank, and is told within five characters after the 'l' ('leden' and the character after).
# So the pattern, led by a lookbehind and tried at every place of a text, is searched only from
# there (`scan.near_from`; throughput38).
_L_AFTER_BLANK: Final = re.compile(r"l(?<=[ \t\u00a0]l)")
_BLANKS_IN_LINE: Final = frozenset(" \t\u00a0")
_LONGEST_PARTICLE: Final = 3  # 'der', 'den'
_VAN_LENGTH: Final = 3
_TOLD_AFTER_L: Final = 5


def _capital_i_start(text: str, at: int) -> int:
    """No later than where `_OCR_CAPITAL_I` matching its 'l' at `at` can start."""
    at -= 1 + _LONGEST_PARTICLE
    while at > 0 and text[at - 1] in _BLANKS_IN_LINE:
        at -= 1
    return max(0, at - _VAN_LENGTH)


def _capital_i_matches(text: str) -> Iterator[re.Match[str]]:
    """`_OCR_CAPITAL_I.finditer(text)`."""
    anchors = list(_L_AFTER_BLANK.finditer(text))
    starts = [_capital_i_start(text, a.start()) for a in anchors]
    return near_from(_OCR_CAPITAL_I, anchors, starts, text, after=_TOLD_AFTER_L)


# ... or a run of names around it: ', Van lersel, Janmaat,' in an attendance without parties.
_IN_A_NAMES_RUN: Final = re.compile(
    r",[ \t\u00a0]+(?:[A-Z]\.)*[ \t\u00a0]?[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+[,( ]"
)


def _capital_i_repaired(text: str) -> str:
    """`text` with the members' 'l' read for 'I' where the list confirms it (same length)."""
    if " l" not in text:
        return text
    at = []
    for m in _capital_i_matches(text):
        if (
            m.group("party")
            or "I" + m.group("rest") in member_surnames()
            or (
                m.group("before")[:1].isupper()
                and text.endswith(", ", 0, m.start())
                and _IN_A_NAMES_RUN.match(text, m.end()) is not None
            )
        ):
            at.append(m.end("before"))
    if not at:
        return text
    chars = list(text)
    for i in at:
        chars[i] = "I"
    return "".join(chars)


def _attendance_goes_on(text: str, lists: list[re.Match[str]]) -> list[re.Match[str]]:
    more = []
    for m in lists:
        if "afgemeld:" in m.group(0) or "verhindering van de leden:" in m.group(0):
            on = _ABSENT_ON.match(text, m.end())
            while on is not None:
                more.append(on)
                on = _ABSENT_ON.match(text, on.end())
            continue
        if "te weten:" not in m.group(0):
            continue
        on = _ATTENDANCE_ON.match(text, m.end())
        while on is not None:
            more.append(on)
            on = _ATTENDANCE_ON.match(text, on.end())
    return more


# A party's members: 'de SGP-leden Bisschop en Van der Staaij', 'PVV-Kamerlid Agema' (its own
# pattern, asked only where a text has '-leden' or '-lid': it starts with any capital).
_PARTY_MEMBER_LIST: Final = Guarded(r"(?<![\w-])", rf"{_PARTY_MEMBERS}\s+{_MEMBER_LIST}")
_PARTY_STEMS: Final = ("-leden", "-lid", "-Kamerl", "-kamerl")
_ONE: Final = re.compile(_MEMBER)
# A committee report's header names its chair on a line of its own: 'Voorzitter: Neppérus'. The
# speaker's label in the minutes ('De voorzitter: Goedemiddag.') is lower case and never alone.
# A table of Kamervragen (openkamer's list pages) prints the askers and the answerers as cells, a
# line each ending in '|': 'Kuipers , Alexandra van Huffelen (staatssecretaris ...) (D66) |'. An
# item of a cell that is only a listed member's or minister's surname is that person.
_CELL_END: Final = re.compile(r"\|[ \t]*\r?$", re.MULTILINE)  # a literal first: searched fast
_CELL_ITEM: Final = re.compile(rf"(?:^|(?<=,))[ \t]*(?P<name>{_WORD})[ \t]*(?=,|$)")
_BODY_WORDS = frozenset(
    {"Provincie", "Gemeente", "Staten", "Waterschap", "Raad", "College", "Commissie", "Kamer"}
    | {"Rijk", "Regering", "Kabinet"}
)
# The header flattened to one line keeps the clerk's label after the chair: 'Voorzitter: Tichelaar
# Griffier: Franke' (letters65).
_CHAIR_LINE: Final = Guarded(
    r"(?<![^\n])",
    rf"Voorzitter:[ \t]+(?P<name>{_NAME})[ \t]*(?:\r?$|(?=Griffier:[ \t]+[A-ZÀ-ÖØ-Þ]))",
    re.MULTILINE,
)
# A lower-case 'van' and an article after 'de leden' is the preposition ('de leden van de Raad',
# 'de leden van het Hof'): a surname named alone capitalises its particle ('Van der Lee').
_OF_THE_BODY: Final = re.compile(r"van\s+(?:de|het|der|den|'t)\s")
# 'de leden van Provinciale Staten': a lower-case 'van' and two capitalised words name the body.
_OF_A_NAMED_BODY: Final = re.compile(r"[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-ÿ]")


def _of_a_named_body(text: str, named: str, end: int) -> bool:
    """'van' and two capitalised words or more ('van Provinciale Staten'), or one more following,
    is the body the members sit in, unless its last word is a listed member's surname."""
    words = named.split()
    if words[0] != "van" or len(words) < 2 or words[-1] in member_surnames():
        return False
    if len(words) == 2 and _listed_body(words[1]):
        return True  # 'de leden van GroenLinks, CDA en VVD': the party they belong to
    if len(words) > 2 and all(w[:1].isupper() for w in words[1:]):
        return True
    return _OF_A_NAMED_BODY.match(text, end) is not None


def _listed_party(word: str) -> bool:
    known = automaton().get(word, None)
    return known is not None and known[1].type == "party"


# Offices held for a place, before the name: 'burgemeester Halsema (van Amsterdam)'.
_PLACE_OFFICE_BEFORE: Final = re.compile(
    r"(?i:burgemeester|wethouder|gedeputeerde|dijkgraaf|commissaris|statenlid|raadslid)"
    r"[ \t\u00a0]+$"
)


def _listed_place(word: str) -> bool:
    known = automaton().get(word, None)
    return known is not None and known[1].type == "location"


def _listed_body(word: str) -> bool:
    known = automaton().get(word, None)
    return known is not None and known[1].type in ("party", "organization")


# A name goes on as a compound with a lower-case word: no surname ('VVD-fractie').
_COMPOUND_GOES_ON: Final = re.compile(r"-[a-zà-ÿ]")


# A motion's or amendment's heading prints its members in capitals: 'MOTIE VAN DE LEDEN INGE VAN
# DIJK EN GRINWIS'.
_MOTION: Final = re.compile(
    r"(?:MOTIE|AMENDEMENT)\s+VAN\s+(?:HET\s+LID|DE\s+LEDEN)\s+"
    # each name word in capitals to its end: not the first letter of the next line's 'Plenair'
    r"(?P<list>[A-ZÀ-ÖØ-Þ'’-]+(?![a-zß-öø-ÿ])(?:(?:[ \t]+|,[ \t]*)[A-ZÀ-ÖØ-Þ'’-]+(?![a-zß-öø-ÿ]))*)"
)
_CAPS_SEPARATOR: Final = re.compile(r"\s*,\s*|\s+EN\s+")
_LOWER_PARTICLES: Final = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "het"})


def _from_capitals(name: str) -> str:
    words = [w.capitalize() if "-" not in w else w.title() for w in name.split()]
    return " ".join(
        w.lower() if i and w.lower() in _LOWER_PARTICLES and i < len(words) - 1 else w
        for i, w in enumerate(words)
    )


def _motion_members(text: str) -> Iterator[Match]:
    for m in _MOTION.finditer(text):
        base = m.start("list")
        pos = 0
        for sep in [*_CAPS_SEPARATOR.finditer(m.group("list")), None]:
            end = sep.start() if sep else len(m.group("list"))
            name = m.group("list")[pos:end]
            if name:
                yield Match(
                    "person", base + pos, base + end, canonical(_from_capitals(name)), "indiener"
                )
            pos = sep.end() if sep else end


# The Tweede Kamer's registers print the sender of a zaak as 'function, Surname particle Initials':
# 'minister van Binnenlandse Zaken, Horst ter G.', 'Tweede Kamerlid, Raak van A.A.G.M. (SP)',
# 'Tweede Kamerlid, Ham, van der (D66)', 'Nationale ombudsman, Brenninkmeijer A.F.M. - 18 maart'.
_REGISTER_PARTICLE: Final = r"(?:van\s+der|van\s+den|van\s+de|van|ter|ten|de|den|te|in\s+'t)"
_REGISTER_NAME: Final = Guarded(
    r"(?<![\w-])",
    # the office a whole word: 'Ministerie van VWS,' is a letterhead; each case spelled out, so
    # that every alternative starts with a letter the engine can skip to
    r"(?:Minister|minister|Staatssecretaris|staatssecretaris|Kamerlid|Voorzitter|voorzitter|"
    r"Ombudsman|ombudsman)(?![a-z])"
    rf"[^,\n]{{0,80}}(?:\n[^,\n]{{0,60}})?,\s+(?P<sur>{_WORD}(?:[ \t]+{_WORD})?)"
    rf"(?:,?\s+(?P<p1>{_REGISTER_PARTICLE}))?(?:,?\s*(?P<ini>(?:[A-Z][a-z]?\.)+))?"
    rf"(?:\s+(?P<p2>{_REGISTER_PARTICLE}))?(?=\s*(?:\(|-\s|\n|$))",
)


# A function word in the surname's place: the register's line went on to the next entry, whose
# office follows its name ('- Indiener: P.J. Valstar, Tweede Kamerlid').
_OFFICE_WORD: Final = re.compile(
    r"(?i:\w*(?:kamerlid|minister|secretaris|voorzitter|ombudsman|tweede|eerste|lid))"
)
_REGISTER_STEMS: Final = ("Koninkrijksrelaties,", "inister van", "taatssecretaris van", "mbudsman,")


def _register_names(text: str) -> Iterator[Match]:
    for m in _REGISTER_NAME.finditer(text):
        particle = m.group("p1") or m.group("p2")
        initials = m.group("ini")
        surname = m.group("sur")
        if surname in _NOT_NAMES or surname in _PARTICLES or surname.isupper():
            # '..., De' where a text breaks off before 'De Minister van ...', or a signature's
            # office whose name was left out: '..., De' + blank line
            continue
        if automaton().exists(surname):
            continue
        if any(_OFFICE_WORD.fullmatch(w) for w in surname.split()):
            continue  # '..., P.J. Valstar, Tweede Kamerlid': the function after the name
        if initials:
            name = " ".join(p for p in (initials, particle, surname) if p)
        else:
            name = f"{particle[0].upper()}{particle[1:]} {surname}" if particle else surname
        yield Match("person", m.start("sur"), m.end(), canonical(name))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_OFFICES: Final = frozenset(
    {"Minister", "Ministers", "Staatssecretaris", "Premier", "Minister-President", "President"}
    | {"Secretaris-Generaal", "Commissaris", "Voorzitter"}
)
# Adjectives of a country or people: 'de Israëlische', 'de Amerikaanse', 'de Nederlandse'.
_ADJECTIVE: Final = re.compile(
    r"(?:ische|aanse|iaanse|landse|[Dd]uitse|[Ff]ranse|[Bb]ritse|[Pp]oolse|[Ee]uropese)$"
)


_PARTICLES: Final = _words("Van De Den Der Ter Ten Te Von Du La Le")
_NOT_NAMES = _words(
    "Welzijn Sport Cultuur Wetenschap Klimaat Energie Veiligheid Werkgelegenheid Waterstaat "
    "Koninkrijksrelaties Ruimtelijke Ordening Natuur Voedselkwaliteit Visserij Landbouw Innovatie "
    "Milieu Integratie Asiel Migratie Economische Zaken Onderwijs Volkshuisvesting Jeugd Preventie "
    "Kamer Raad Commissie Staat Minister Staatssecretaris Ministers Kabinet Regering Voorzitter "
    "Koning Koningin Nederland Tweede Eerste Financiën Justitie Defensie Vraag Antwoord Zie "
    "Buitenlandse Binnenlandse Sociale Algemene Volksgezondheid Infrastructuur Rechtsbescherming "
    "Bij Het Een In Op Voor Dit Deze Ook Wel Er Zij Hij Namens Inmiddels Ja Nee "
    # a redacted name leaves the next sentence's first word after the title: 'contact gehad met
    # de heer [...] Tijdens dit gesprek'
    "Tijdens Daarnaast Daarbij Tevens Verder Hierbij Hierin Hiermee Vervolgens Omdat Toen Sinds "
    "Vanwege Volgens Gezien Nadat Zodra Indien Wanneer Echter Bovendien Ondanks "
    # the address block and letter head go on after the addressee's name: 'de heer F. Rijkaart
    # Postbus 20011'
    "Postbus Datum Kenmerk Betreft Onderwerp Retouradres Bijlage Bijlagen Contactpersoon Pagina "
    # a province's governing bodies: 'Gedeputeerde Staten van Overijssel' is no deputy's name
    "Staten "
    # a deputy's office on the signer's next line: 'L. van Poelgeest\nPlv. Secretaris-Generaal'
    "Plv Wnd Loco Plaatsvervangend Waarnemend "
    # an inventory's next column: 'Nota aan minister Grapperhaus Openbaar' (its status words are
    # the ones that end an organisation's name there too)
    "Weigeringsgrond "
    # a salutation or 'T.a.v. de heer' whose name was redacted: the next line's first word
    # ('Geachte heer\nUw verzoek', 'de heer\nPer e-mail')
    "Uw Onze Ons Per Sorry "
    # ... or a label, a sentence's or a heading's first word on it (Coevorden's anonymised Woo
    # decisions: 'Geachte heer\nVerzenddatum: 3 augustus', 'Geachte heer mevrouw\nIk verzoek',
    # 'de heer\nAanpak/uitvoering'; not 'Alle', a Frisian given name: 'de heer Alle Bakker')
    "Verzenddatum Ik Aanpak "
    # a board's table prints the member's seat after the name: 'Dhr. P. Jansen Lid bestuur'
    "Lid Penningmeester "
    # 'Minister President Rutte' written without its hyphen
    "President "
    # a degree after the name: 'mw. A.I. Jansen MSc'
    "MSc BSc MA BA MBA MPA MPH PhD LLM "
    # a report's next heading after its office: 'en reactie van de Minister\n\nVragen en
    # opmerkingen van de leden ...'
    "Vragen Opmerkingen Reactie Antwoorden "
    # a Kamerstuk's number under an office that ends a heading: 'Nationale ombudsman\nNr. 1 BRIEF'
    "Nr Nrs "
    # an OCR'd Handelingen' head run into one line: 'Voorzitter: de heer Terpstra Tegenwoordig,
    # met de tijdelijke Voorzitter, 93 leden'; the cabinet's offices in its attendance: 'De Jong,
    # Minister-President, Minister van Algemene Zaken' (persons72)
    "Tegenwoordig Aanwezig Afwezig Minister-President Vice-Minister-President"
)
_NOT_NAMES |= orgnames.STATUS_COLUMN
# A street's, square's or neighbourhood's name after a title that is part of it ('Burgemeester
# Brokxlaan', 'Mr. Visserplein'); not the endings surnames have ('Versteeg', 'Hogeweg', 'Verkade').
# A path or quay too, as a Woo request's subject and its decision name a street after a person:
# 'opheffen parkeerplaatsen Van Bossepad', 'aan het Van Bossepad 4-10' (blind48's w02, Gemeente
# Amsterdam; persons49). Not '-steeg', which ends surnames ('N. Verhogesteeg').
_STREET: Final = re.compile(
    r"\w{4,}(?:laan|plein|straat|brug|buurt|park|gracht|singel|dreef|pad|kade)"
)
# A house number after the word, then the line's end, a comma or a postcode: the word is a street's
# ('Binnenhof 19', 'Lange Voorhout 9,') (persons78).
_HOUSE_NUMBER: Final = re.compile(
    r"[ \t\u00a0]+\d{1,4}(?:[ \t\u00a0]?[a-zA-Z](?![\w]))?(?:-\d{1,4})?"
    r"[ \t\u00a0]*(?:\r?\n|,|$|\d{4}[ \t\u00a0]?[A-Z]{2}(?![\w]))"
)
# A building's or school's name ends so: 'de Den Deylschool c.s.', 'het Vondelgebouw'. A group's
# compound too: 'onze collega Statenfractie in Friesland', 'collega Raadsfractie' (persons73).
_BUILDING: Final = re.compile(
    r"\w{3,}(?:school|college|lyceum|gebouw|kliniek|ziekenhuis|museum|theater|stadion|kazerne"
    r"|fractie|fracties"
    # a body's compound after an office: 'herbenoeming voorzitter Adviescommissie
    # omgevingskwaliteit', 'voorzitter Rekenkamercommissie' (persons78)
    r"|commissie|commissies|dienst|bureau|afdeling|directie|inspectie|autoriteit|instituut)"
)
# The words a body's name opens with, which end a person's name before them.
_BODY_WORDS = orgnames.HEADS.words | _words("Ministerie Gemeente Provincie Waterschap")
# A page that runs a signature into the next heading: 'drs. R.W. Knops Schriftelijke antwoorden
# op vragen ...', '... E. van Marum Vragen van het lid Dijk'; the heading's word is no surname.
_NOT_NAMES |= _words(
    "Vragen Antwoorden Schriftelijke Mondelinge Beantwoording Inleiding Samenvatting Aanleiding"
)
NOT_NAMES: Final = _NOT_NAMES  # also the words appositions.py takes for no body's first
# The portfolio of a minister or state secretary who heads no ministry, printed capitalised after
# the office as cabinets since 2010 title them: 'de Staatssecretaris Langdurige en Maatschappelijke
# Zorg', 'Staatssecretaris Herstel en Toeslagen', 'Minister Medische Zorg', 'Staatssecretaris
# Fiscaliteit, Belastingdienst en Douane'. Its first word is no surname. (Kept out of NOT_NAMES:
# a body's name may open with such a word.)
_NOT_NAMES |= _words(
    "Langdurige Maatschappelijke Medische Herstel Toeslagen Fiscaliteit Douane Digitalisering "
    "Armoedebeleid Participatie Pensioenen Emancipatie Funderend Primair Voortgezet "
    "Ontwikkelingssamenwerking Mijnbouw"
)
# A reference's label after a motion's word names the motion by its number, not its member: 'de
# moties Kamerstuk 32 793, nr. 176 (Dik-Faber)', 'motie Handelingen II ...'.
_NOT_NAMES |= _words(
    "Kamerstuk Kamerstukken Handelingen Aanhangsel Staatsblad Staatscourant Tractatenblad Stb Stcrt"
)


# A royal title that is a common surname too: a surname after initials, a given name, a particle or
# a courtesy title ('mr. H.E. Koning', 'de heer Koning', 'mevrouw De Koning'), not after an office
# ('commissaris van de Koning' is read as the title).
_ROYAL_SURNAMES: Final = frozenset({"Koning"})
# The courtesy titles before a name the rules below look back for (each adds its own).
_COURTESY_TITLES: Final = r"de\s+heer|mevrouw|mevr\.|dhr\.|mw\."
_ROYAL_COURTESY: Final = re.compile(rf"(?i:{_COURTESY_TITLES}|geachte\s+heer)\s+$")


def _not_names(text: str, start: int, words: list[str]) -> frozenset[str]:
    """_NOT_NAMES, less a royal title that is this name's surname."""
    if not words or words[-1] not in _ROYAL_SURNAMES:
        return _NOT_NAMES
    before = words[-2] if len(words) > 1 else ""
    if (
        before.endswith(".")
        or before.capitalize() in _PARTICLES
        or before in attendees.given_names()
        or (not before and _ROYAL_COURTESY.search(text, max(0, start - 16), start) is not None)
    ):
        return _NOT_NAMES - _ROYAL_SURNAMES
    return _NOT_NAMES


# A body's name that a title's name opens: 'Oud voorzitter European Students Union'.
_NEXT_WORD: Final = re.compile(rf"[ \u00a0]+({_WORD})")


def _opens_body(text: str, end: int, words: list[str]) -> bool:
    if any("." in w for w in words) or words[0] in attendees.given_names():
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1) in orgnames.HEADS


_ONE_INITIAL: Final = re.compile(r"(?:[A-Z]\.)+")
_LOWER_WORD_AFTER: Final = re.compile(r"[ \t\u00a0]+([a-zà-ÿ]{2,})\b")


# A body's noun is a surname after initials and a lower-case 'de': 'W.G. de Raad' (persons69's
# leftover, persons71). The body goes on after it ('B. de Raad van State', 'de Raad Vraag') and
# is then no one's name; a title before the initials is not read ('drs. W. de Raad' stays).
_BODY_SURNAMES: Final = _words("Raad")
_BODY_GOES_ON: Final = re.compile(r"[ \t\u00a0]+(?:van|voor|der|[A-ZÀ-ÖØ-Þ])")


def _body_surname(text: str, end: int, words: list[str]) -> bool:
    return (
        len(words) >= 3
        and words[-1] in _BODY_SURNAMES
        and words[-2] == "de"
        and all(_ONE_INITIAL.fullmatch(w) for w in words[:-2])
        and _BODY_GOES_ON.match(text, end) is None
    )


# 'c.s.' after a surname as Tesseract reads it in a scan: 'Cs', 'Gs', 'Cs.' (ocr49); no Dutch name
# ends in such a word.
_CUM_SUIS_READ: Final = re.compile(r"(?<=\w) (?:[CG]s|[CG]\.s)\.?$")


def _person(
    text: str, start: int, end: int, role: str | None = None, member: bool = False
) -> Match | None:
    """`member`: named as a Kamer member ('de leden X en Y'), where a listed member's surname is
    a person even when it is also a place ('het lid Westerveld')."""
    end = name_end(text, end)
    name = text[start:end].rstrip()
    if name.endswith(("s", "s.")) and (cs := _CUM_SUIS_READ.search(name)) is not None:
        name = name[: cs.start()]  # 'het lid Kraneveldt Cs,': OCR's 'c.s.' is no surname (ocr49)
        end = start + len(name)
    if text.startswith(":", start + len(name)) and name.rsplit(None, 1)[-1] in _FIELD_LABELS:
        # 'Voorzitter: de heer Schmidt Griffier: Lucassen': the next field's label, no word of
        # the name (round letters63)
        name = name.rsplit(None, 1)[0].rstrip() if " " in name.strip() else ""
        if not name:
            return None
        end = start + len(name)
    words = _GLUED_PARTICLE.sub(r"\1 ", name).split()  # 'Von derLeyen': 'der' and 'Leyen'
    if (double := _double_surname(text, end, words)) is not None:
        end = double  # 'wethouder I. Zweerts de Jong': a double surname joined by 'de'
        name = text[start:end]
        words = name.split()
    if (
        len(words) > 2
        and _ONE_INITIAL.fullmatch(words[-3])
        and words[-2][:1].isupper()
        and words[-2] not in _PARTICLES
        and words[-1][:1].isupper()
        and (after := _LOWER_WORD_AFTER.match(text, end)) is not None
        and after.group(1) not in _LOWER_PARTICLES
    ):
        # 'Dhr. H. Koetje Overleg gevoerd met:', 'Aad J. Oomens Paraaf goedgekeurd': after initials
        # and a surname a capitalised word that a lower-case one follows opens the next cell's
        # label (persons69)
        end = text.index(words[-2], start + len(name) - len(words[-1]) - len(words[-2]) - 2)
        end += len(words[-2])
        name = text[start:end]
        words = words[:-1]
    if (
        len(words) > 3
        and words[1][:1].isupper()
        and words[2] in _LOWER_PARTICLES
        and not words[0].endswith(".")
        and words[0] not in _PARTICLES
        and words[0] not in attendees.given_names()
    ):
        # two given names before a particle, the first one the list knows: 'Veiligheidsregio
        # Joost van Hemert' is Joost van Hemert (persons69)
        start = text.index(words[1], start + len(words[0]))
        name = text[start:end].rstrip()
        words = words[1:]
    if (
        len(words) > 2
        and _ONE_INITIAL.fullmatch(words[1])
        and not words[0].endswith(".")
        and words[0] not in attendees.given_names()
    ):
        # 'Minister Hoekstra J. de Vries', 'ir. Aad J. Oomens' ('Aad' is also a word): only a
        # given name the list knows stands before initials as the name's (persons69)
        start = text.index(words[1], start + len(words[0]))
        name = text[start:end].rstrip()
        words = words[1:]
    not_names = _not_names(text, start, words)
    if len(words) > 1 and words[0] in _OFFICES:
        # 'de uitspraken van Minister Kaag': the office is no part of the name; 'Secretaris-
        # Generaal van de Verenigde Naties' names no one
        if not words[1][:1].isupper():
            return None
        start = text.index(words[1], start + len(words[0]))
        name = text[start:end].rstrip()
        words = words[1:]
    portfolio = next(
        (
            i
            for i in range(1, len(words) - 1)
            if (words[i] in ("van", "voor") and words[i + 1] in not_names)
            # 'de heer Lussing van Agentschap Telecom': the body he works for follows the name
            or (words[i] == "van" and words[i + 1] in _BODY_WORDS)
            # 'mevrouw Kröger van GroenLinks', 'de heer Bosma van de PVV': the party she or he
            # speaks for follows the name
            or (words[i] == "van" and i + 2 == len(words) and _listed_party(words[i + 1]))
            # ('onderzoeker Kolkman van de UvA': the body he works for, a listed body's short form)
            or (
                words[i : i + 2] in (["van", "de"], ["van", "het"])
                and i + 3 == len(words)
                and _listed_body(words[i + 2])
            )
            # 'het lid Kostić van de Partij voor de Dieren': the party's name opens after 'van
            # de', its first word no surname (letters66)
            or (
                words[i : i + 2] == ["van", "de"]
                and i + 3 == len(words)
                and name.endswith(words[-1])
                and _opens_listed_name(text, start + len(name) - len(words[-1]), start + len(name))
            )
            # 'burgemeester Halsema van Amsterdam': the place he or she governs follows the
            # name after an office held for a place (a given name before 'van' is someone's:
            # 'Piet van Amsterdam', 'de ombudsman Reinier van Zutphen')
            or (
                i == 1
                and len(words) == 3
                and words[1] == "van"
                and "." not in words[0]
                and words[0] not in attendees.given_names()
                and _listed_place(words[2])
                and _PLACE_OFFICE_BEFORE.search(text, max(0, start - 24), start) is not None
            )
        ),
        None,
    )
    if portfolio is None and len(words) > 2 and words[-1].isupper() and "van" in words[1:-1]:
        # 'secretaris-generaal Guterres van de VN': the body follows the name
        portfolio = words.index("van", 1)
    # a portfolio after the name says a minister's: 'staatssecretaris Heemskerk van Economische
    # Zaken' is Frank Heemskerk, not the place (letters65)
    held = (
        portfolio is not None
        and words[portfolio] in ("van", "voor")
        and words[portfolio + 1] in not_names
        and words[portfolio + 1] not in _BODY_WORDS
    )
    if portfolio is not None:
        # 'Minister Hoekstra van Buitenlandse Zaken': the portfolio follows the name
        words = words[:portfolio]
        name = text[start : text.index(words[-1], start) + len(words[-1])]
    if len(words) > 1 and words[-2] in _LOWER_PARTICLES and _ADJECTIVE.search(words[-1]):
        # 'premier Rutte de Israëlische regering': an adjective, not a surname, after 'de'
        words = words[:-2]
        name = text[start : text.index(words[-1], start) + len(words[-1])]
    if (
        (member or (held and len(words) == 1))
        and words
        and words[-1] in member_surnames()
        and words[-1] not in not_names
    ):
        return Match("person", start, start + len(name), canonical(name), role)
    # a particle after a double surname's hyphen too: 'Aiking-van Wageningen' (no place after it)
    after_particle = len(words) > 1 and (
        words[-2].capitalize() in _PARTICLES or bool(_HYPHEN_PARTICLE_END.search(words[-2]))
    )
    if after_particle and automaton().exists(name):
        return None
    if (
        len(words) > 1
        and not after_particle
        and (words[-1] in not_names or automaton().exists(words[-1]))
        and not _initials_then_place(text, start, words, not_names)
    ):
        words = words[:-1]  # 'minister Hoekstra Nederland': the name ends before the place
        if len(words) == 1 and _ADJECTIVE.search(words[0]):
            return None  # 'commissaris Europese Zaken': a portfolio, no name
        name = " ".join(words)
        name = text[start : text.index(words[-1], start) + len(words[-1])]
    end = start + len(name)
    if words and words[0] in not_names and words[0] not in _PARTICLES:
        return None  # 'Gedeputeerde Staten van Overijssel': a body after the title word
    if body_surname := _body_surname(text, end, words):
        not_names = not_names - _BODY_SURNAMES
    surname = [w for w in words if w[:1].isupper() and not w.endswith(".")]
    if not surname or surname[-1] in not_names or surname[-1] in _PARTICLES:
        return None
    if len(surname[-1]) > 1 and surname[-1].isupper():  # 'Staatssecretaris VW': a ministry
        return None
    if len(surname[-1]) == 1:
        return None  # 'Alle TO-leden O' (a table's open/closed column): one letter is no name
    if automaton().exists(name) or (len(words) == 1 and automaton().exists(words[0])):
        return None  # an organisation, party, place or law, not a person
    if _opens_listed_name(text, start, end):
        return None  # 'Fractievoorzitter Partij voor de Dieren': the party's first word
    if any(len(w) > 1 and w.isalpha() and w.isupper() for w in words):
        return None  # 'Minister VWS Deadline': an abbreviation is no part of a name
    body = next((i for i, w in enumerate(words) if w in _BODY_WORDS), None)
    if body is not None and body > 1 and "." in words[0] and not body_surname:
        # 'Mw. mr. A. Philipsen Ministerie van Justitie': a signer's body follows the name
        words = words[:body]
        end = text.index(words[-1], start) + len(words[-1])
        name = text[start:end]
        surname = [w for w in words if w[:1].isupper() and not w.endswith(".")]
    if not body_surname and any(w in orgnames.HEADS for w in words):
        return None  # 'onderzoekers van Universiteit', 'voorzitter Vakvereniging ...'
    if _opens_body(text, end, words):
        return None  # 'voorzitter European Students Union': a body's first words
    if _STREET.fullmatch(surname[-1]) and surname[-1] not in member_surnames():
        return None  # 'Burgemeester Brokxlaan 32', 'Mr. Visserplein': a street's name
    if _BUILDING.fullmatch(surname[-1]) and surname[-1] not in member_surnames():
        return None  # 'de Den Deylschool c.s.': a school's name
    if _HOUSE_NUMBER.match(text, end) and surname[-1] not in member_surnames():
        return None  # 'Kabinet Minister-President Binnenhof 19\n2513 AA': a letterhead's address
    if _GARBLED.search(surname[-1]):
        return None  # an OCR layer's reading of a signature: 'M.R. SctnjTWk'
    if len(words) == 1 and _qualifying_adjective(text, end, words[0]):
        return None  # 'een jurist Nederlands recht': a land's adjective before its noun

    return Match("person", start, end, canonical(name), role)


# A land's or people's adjective as Dutch capitalises it, the languages among them ('een jurist
# Nederlands recht', 'advocaat Europees recht'): after a title it reads as a surname. Where a
# lower-case word follows it qualifies that word and names no one; a listed member's surname or a
# given name of that form ('minister Engels zei', 'Frans') only before a noun of law or
# language ('Engels recht', 'Engels strafrecht', 'Frans moedertaal'). (letters67)
_LAND_ADJECTIVES: Final = attendees.LANGUAGES | _words(
    "Europees Belgisch Amerikaans Brits Surinaams Marokkaans Antilliaans Caribisch Indonesisch"
    " Oekraïens Israëlisch Iraans Afghaans Syrisch Iraaks Vlaams Canadees Australisch Oostenrijks"
)
_NEXT_LOWER: Final = re.compile(r"[ \t\u00a0]+([a-zà-ÿ][a-zà-ÿ-]*)")
_QUALIFIED_NOUN_ENDS: Final = ("recht", "taal")


def _qualifying_adjective(text: str, end: int, word: str) -> bool:
    if word not in _LAND_ADJECTIVES:
        return False
    nxt = _NEXT_LOWER.match(text, end)
    if nxt is None:
        return False
    if word in member_surnames() or word in attendees.given_names():
        return nxt.group(1).endswith(_QUALIFIED_NOUN_ENDS)
    return True


_HYPHEN_PARTICLE_END: Final = re.compile(r"\w-(?:van|de|der|den|ter|ten)$")
# After initials and a surname, 'de' and a second surname: a double surname ('I. Zweerts de Jong',
# 'J. Roest de Kooning'); not an office, adjective or listed name after it ('de Minister').
_DOUBLE_DE: Final = re.compile(rf"[ \t\u00a0]+de[ \t\u00a0]+(?P<second>{_WORD})(?![\w\-.])")


def _double_surname(text: str, end: int, words: list[str]) -> int | None:
    if len(words) < 2 or not all(w.endswith(".") for w in words[:-1]) or "-" in words[-1]:
        return None
    if not words[-1][:1].isupper() or not words[-1][1:].islower():
        return None
    m = _DOUBLE_DE.match(text, end)
    if m is None:
        return None
    second = m.group("second")
    if (
        second in _NOT_NAMES
        or not second[1:].islower()
        or _ADJECTIVE.search(second)
        or automaton().exists(second)
        or second in orgnames.HEADS
    ):
        return None
    return m.end()


# Abbreviations of a place's first word that look like an initial: 'St. Maarten', 'N. Holland'.
_PLACE_PREFIXES: Final = frozenset({"St.", "Sint.", "N.", "Z.", "O.", "W."})


# An office or a form of address just before the initials ('wethouder R. Bloemendaal', 'de heer
# mr. K. Wassenaar'): no body's or paper's name ('het bericht van D. Amsterdam').
_ADDRESSED_BEFORE: Final = re.compile(
    r"(?<![\w-])(?i:wethouder|burgemeester|gedeputeerde|raadslid|statenlid|heer|mevrouw|mevr\.|"
    r"mw\.|dhr\.|hr\.|minister|staatssecretaris|secretaris|gemeentesecretaris|voorzitter|"
    r"griffier|commissaris|dijkgraaf|directeur|lid)(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0|]*)"
    r"(?:[a-z]{1,4}\.[ \t\u00a0]*)*$"
)


def _initials_then_place(
    text: str, start: int, words: list[str], not_names: frozenset[str]
) -> bool:
    """Initials or a given name after an office or address, then a listed place's name: a
    person whose surname is a place ('wethouder R. Bloemendaal', 'voorzitter Jan Hardenberg'),
    no office for the place."""
    return (
        len(words) > 1
        and _ADDRESSED_BEFORE.search(text, max(0, start - 40), start) is not None
        and (
            all(w.endswith(".") and len(w) <= 6 for w in words[:-1])
            or (len(words) == 2 and _given_name(words[0]))
        )
        and words[0] not in _PLACE_PREFIXES
        and words[-1] not in not_names
        and _listed_place(words[-1])
    )


def _given_name(word: str) -> bool:
    """A given name of the lists, a word's look-alike too ('Jan'), that is no language ('Frans')
    and no listed place or body."""
    return (
        (word in attendees.given_names() or word in attendees.WORD_GIVEN)
        and word not in attendees.LANGUAGES
        and not automaton().exists(word)
    )


# The longest stretch after a title that is read for a listed name starting with the 'name'.
_LISTED_NAME_REACH: Final = 120
_UP_TO_SPACE: Final = re.compile(r"\S+")


def _opens_listed_name(text: str, start: int, end: int) -> bool:
    """A listed body's, party's or law's name starts where the name does and runs on past it
    ('Partij' of 'Partij voor de Dieren'): the title heads that name, no person."""
    head = _UP_TO_SPACE.match(text, start, end)
    if head is not None and not automaton().match(head.group()):
        # no listed name starts with the name's first word: none starts where the name does
        # (the lists' pass only joins spaces, so that word is printed in it as here)
        return False
    window = text[start : start + _LISTED_NAME_REACH]
    return any(
        m.start == 0 and m.end > end - start and m.type in ("organization", "party", "law")
        for m in gazetteer_find(window)
    )


def person(text: str, start: int, end: int, role: str | None = None) -> Match | None:
    """The person named at text[start:end], unless the name is an organisation's, a place's or an
    office word."""
    return _person(text, start, end, role)


def _cell_surnames(text: str) -> Iterator[Match]:
    for end in _CELL_END.finditer(text):
        base = text.rfind("\n", 0, end.start()) + 1
        cell = text[base : end.start()].rstrip(" \t")
        if "|" in cell or not 2 <= len(cell) <= 300:
            continue
        for item in _CELL_ITEM.finditer(cell):
            if item.group("name") not in member_surnames():
                continue
            found = _person(text, base + item.start("name"), base + item.end("name"))
            if found is not None:
                yield found


# A Kamervraag page's header (openkamer) labels who asked and who answered, a line each:
# 'Beantwoord door Kuipers', 'Indieners Inge van Dijk (CDA), Joba van den Berg-Jansen (CDA)',
# 'Indiener(s): Ypma (PvdA)' (a kamerstuk page). An
# item that is only a listed member's or minister's surname is that person, as in a list's cell.
_ASKED_ANSWERED: Final = re.compile(
    r"^(?:Beantwoord door|Indieners?|Indiener\(s\)):?[ \t]+(?P<cell>[^\n]{2,300})$", re.MULTILINE
)


def _asked_answered(text: str) -> Iterator[Match]:
    for line in _ASKED_ANSWERED.finditer(text):
        cell = re.sub(r"\([^)]*\)", lambda p: " " * len(p.group(0)), line.group("cell"))
        base = line.start("cell")
        for item in _CELL_ITEM.finditer(cell.rstrip()):
            if item.group("name") not in member_surnames():
                continue
            found = _person(text, base + item.start("name"), base + item.end("name"))
            if found is not None:
                yield found


# 'het lid Smaling van de SP-fractie': the given-name reading ('Smaling van de' + 'SP') took the
# member's group for the surname; the capitalised word before the particle is the member.
_BEFORE_GROUP: Final = re.compile(
    rf"(?P<name>{_WORD})[ \t\u00a0]+(?:van[ \t\u00a0]+(?:de|het)|der)[ \t\u00a0]"
)


def _member_of_group(text: str, start: int, item: str) -> Match | None:
    m = _BEFORE_GROUP.match(item)
    if m is None:
        return None
    return _person(text, start, start + m.end("name"), "kamerlid", True)


# The words `find`'s gates ask for, read in words.py's one pass over the text (issue #12).
# What `_cabinet_appositions` needs before it is read.
_CABINET_APPOSED: Final = frozenset({", Minister", ", Staatssecretaris", ", staatssecretaris"})
GATES: Final = frozenset((
    " cs", " |", " – ", " — ", "AMENDEMENT", "Beantwoord door", "Indiener", "Kamerlid,", "MOTIE",
    "Samenstelling:",
    "Voorzitter:", "Zaak", "c.s.", "dames", "et Lid", "heren", "leden", "lid", "otie van",
    "oties van", *_PARTY_STEMS, *_REGISTER_STEMS, *_WORK_STEMS, *_FIELD_STEMS,
    *_CABINET_APPOSED,
))  # fmt: skip


# `find`'s whole gate (cue43: words.ASK_TITLED): `GATES`, the stems `_titles` starts from, and
# the words it tests in the text itself (the cabinet's appositions, a capital 'Van').
FIND_GATES: Final = (
    GATES | TITLE_STEMS | {", Minister", ", Staatssecretaris", ", staatssecretaris", " Van "}
)

# The gates' words as sets: `isdisjoint` then reads the text's few cues, not every word of
# the gate (a tuple is iterated whole, item by item; throughput39).
_PARTY_STEMS_SET: Final = frozenset(_PARTY_STEMS)
_REGISTER_STEMS_SET: Final = frozenset(_REGISTER_STEMS)
_WORK_STEMS_SET: Final = frozenset(_WORK_STEMS)
_FIELD_STEMS_SET: Final = frozenset(_FIELD_STEMS)


def find(text: str) -> Iterator[Match]:
    cues = read(text).cues
    if "Beantwoord door" in cues or "Indiener" in cues:
        yield from _asked_answered(text)
    if "MOTIE" in cues or "AMENDEMENT" in cues:
        yield from _motion_members(text)
    if " |" in cues:
        yield from _cell_surnames(text)
    if (
        "lid" in cues
        or "leden" in cues
        or "heren" in cues
        or "dames" in cues
        or "et Lid" in cues
        or "otie van" in cues
        or "oties van" in cues
        or "Samenstelling:" in cues
    ):
        printed = text
        text = _capital_i_repaired(text)  # 'Van lersel (C.D.A.)': OCR's 'l' for 'I'
        lists = list(_MEMBERS.finditer(text))
        lists += _attendance_goes_on(text, lists)
        if not cues.isdisjoint(_PARTY_STEMS_SET):
            lists += _PARTY_MEMBER_LIST.finditer(text)
        for m in lists:
            base = m.start("list")
            outside = _BRACKETS.sub(lambda p: " " * len(p.group(0)), m.group("list"))
            named = False  # a member found before in this list: the list runs on names
            for one in _ONE.finditer(outside):
                if _COMPOUND_GOES_ON.match(text, base + one.end()):
                    if found := _member_of_group(text, base + one.start(), one.group()):
                        yield found
                    continue  # 'de leden van de GroenLinks-PvdA-fractie': a party's group
                if (
                    _OF_THE_BODY.match(one.group())
                    and one.group().split()[-1] not in member_surnames()
                    and not _later_particle_name(outside, one)
                ):
                    continue  # 'de leden van het Burgerparlement': the body they sit in
                if _of_a_named_body(text, one.group(), base + one.end()):
                    continue  # 'de leden van Provinciale Staten'
                end = base + one.end()
                if " " not in one.group() and m.group(0).startswith(("de heren", "de dames")):
                    # 'de heren Piet\nSmet en Jan Pieters': the surname wrapped to the next line
                    wrapped = _SURNAME_NEXT_LINE.match(text, end)
                    end = wrapped.end() if wrapped is not None else end
                found = _person(text, base + one.start(), end, "kamerlid", True)
                if found is None:
                    found = _place_member(text, outside, one, base, end, named)
                if found:
                    named = True
                    yield found
        text = printed
    if "Zaak" in cues or "Kamerlid," in cues or not cues.isdisjoint(_REGISTER_STEMS_SET):
        yield from _register_names(text)
    if not cues.isdisjoint(_WORK_STEMS_SET):
        for m in _WORK_OF.finditer(text):
            if found := _person(text, m.start("name"), _name_end(m)):
                yield found
    if "Voorzitter:" in cues:
        for m in _CHAIR_LINE.finditer(text):
            if any(w in orgnames.HEADS or w in _BODY_WORDS for w in m.group("name").split()):
                continue  # 'Voorzitter: Provincie Utrecht': the body chairs
            found = _person(text, m.start("name"), m.end("name"), "voorzitter")
            if found is not None and found.end == m.end("name"):  # all of it, or a body's name
                yield found
    if "c.s." in cues:
        for m in _CUM_SUIS.finditer(text):
            if _A_TITLE.fullmatch(m.group("name").split()[0]):
                continue  # 'Moties van Paternotte c.s.': a title, then 'van' and the name
            found = _person(text, m.start("name"), m.end("name"))
            if found is not None and found.end == m.end("name"):
                yield found
    if "c.s." in cues or " cs" in cues:
        for m in _QUESTIONS_CUM_SUIS.finditer(text):
            if m.group("name") in _NOT_NAMES or m.group("name") in _BODY_WORDS:
                continue  # 'vragen Provincie cs': a body's word, no asker
            found = _person(text, m.start("name"), m.end("name"))
            if found is not None and found.end == m.end("name"):
                yield found
    if " – " in cues or " — " in cues:
        for m in _DASHED_NAME.finditer(text):
            office = _OFFICE_BEFORE.search(text, max(0, m.start() - _DASHED_REACH), m.start())
            if office is not None and (found := _person(text, m.start("name"), m.end("name"))):
                yield found
    if not cues.isdisjoint(_CABINET_APPOSED):  # words.py's pass, not three scans (speed50)
        yield from _cabinet_appositions(text)
    at = text.find(" Van ")
    while at != -1:
        van = _CAPITAL_VAN.match(text, at + 1)  # tried only where ' Van ' stands
        at = text.find(" Van ", at + 4)
        if van is None or _van_of_a_body(text, van):
            continue
        if text[max(0, van.start("name") - 4) : van.start("name")] == "het ":
            continue  # 'aan het Van Bossepad': a thing, no person, after 'het' (persons49)
        found = _person(text, van.start("name"), van.end("name"))
        if found is not None and found.end == van.end("name"):
            if _COURTESY.search(text, max(0, van.start("name") - 12), van.start("name")):
                # 'mevrouw Van Dobben de Bruijn, de heer Brill': a second surname after a
                # lower-case particle, as after initials (persons78; persons75's Staten minutes)
                end = listed_surname_tail_end(text, found.end, _NOT_NAMES | _BODY_WORDS)
                if end != found.end:
                    found = _person(text, found.start, end) or found
            yield found
    fields: set[int] = set()
    if not cues.isdisjoint(_FIELD_STEMS_SET):
        fields, chaired = _chair_fields(text)
        yield from chaired
    for m in _titles(text):
        if m.start() in fields:
            continue  # read with its field above
        joint = _joint_submitters(text, m)
        if joint:
            yield from joint
        elif (
            _motion_title(text, m)
            or _label_line(text, m)
            or _empty_field(text, m)
            or _bare_name_next_line(text, m)
            or _inventory_subject(text, m)
            or _unit_after_office(m)
            or _unit_after_title(text, m)
            or _adjective_before_body_noun(text, m)
            or _heading_then_sentence(text, m)
            or _university_after_chair(text, m)
            or _place_after_courtesy(text, m)
        ):
            continue
        elif found := (
            _person_after_portfolio(text, m)
            or _wrapped_surname(text, m)
            or _person(text, m.start("name"), _name_end(m))
            or _courtesy_place(text, m)
        ):
            yield found
        yield from _cosubmitters(text, m)
    yield from _glued_speakers(text)


# A speaker's line as officielebekendmakingen's HTML of older Handelingen prints it, the courtesy
# title glued to the name: 'De heerKlaver (GroenLinks):', 'De heerUlenbelt (SP):' (2010-2011;
# persons49). Only the title alone before it on its line, and the party's bracket and the colon
# after the name.
_GLUED_STEMS: Final = ("e heer", "evrouw")
_GLUED_SPEAKER: Final = re.compile(
    rf"(?P<name>{_WORD})[ \t\u00a0]*\([^()\n]{{2,40}}\)[ \t\u00a0]*:"
)


def _glued_speakers(text: str) -> Iterator[Match]:
    for last, stem in read(text).title_stems:
        start = last + 1
        if stem not in _GLUED_STEMS or start >= len(text) or not text[start].isupper():
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip() not in ("De heer", "Mevrouw"):
            continue
        m = _GLUED_SPEAKER.match(text, start)
        if m is not None and (found := _person(text, m.start("name"), m.end("name"))):
            yield found


# A members' list's later item opening with 'van der' or 'van den' in lower case is a member, as
# older Handelingen print the particle ('Tegenwoordig zijn ..., te weten: Terpstra, van der Zaal,
# Kortenhorst, ...'): a body the members sit in follows 'de leden' itself ('de leden van het
# Burgerparlement'), not a list's comma or 'en', and opens with 'van de' or 'van het' (persons73).
_LATER_PARTICLE_NAME: Final = re.compile(r"van[ \t\u00a0]+(?:der|den)[ \t\u00a0]+[A-ZÀ-ÖØ-Þ]")
_LIST_JOIN_BEFORE: Final = re.compile(r"(?:,|[ \t\u00a0]en)[ \t\u00a0\n]*$")


def _later_particle_name(outside: str, one: re.Match[str]) -> bool:
    return (
        _LATER_PARTICLE_NAME.match(one.group()) is not None
        and _LIST_JOIN_BEFORE.search(outside, max(0, one.start() - 8), one.start()) is not None
    )


# A listed place's name as a members' list's item is a member whose surname is that place
# ('Tegenwoordig zijn ..., te weten: Van Dis, Castricum, Kamp, ...', 'het lid Castricum
# (PvdA)'), where the list says so around it: a party's bracket right after it, or a list's comma
# or 'en' before it with a member found before it (the list already running on names: not 'de
# moties van Nederland en Europa'). One capitalised word, no
# body's or party's name, not in capitals (persons73).
_PARTY_AFTER: Final = re.compile(
    r"[ \t\u00a0]*\((?:[^()\n]{1,30}\)|[^()\n]{0,28}[.\dA-Z]I(?=\s*,))"
)
_TITLE_CASE: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{3,}")


def _place_member(
    text: str, outside: str, one: re.Match[str], base: int, end: int, named: bool
) -> Match | None:
    word = one.group()
    if _TITLE_CASE.fullmatch(word) is None:
        return None
    # ... and a listed member's surname that is also a word the names' rules refuse ('Van der
    # Wal, Welzijn, Westerveld': a portfolio's word, 'Volksgezondheid, Welzijn en Sport'), in
    # the same places of a list (meta36, after its blind scoring)
    if not _listed_place(word) and word not in member_surnames():
        return None
    later = _LIST_JOIN_BEFORE.search(outside, max(0, one.start() - 8), one.start()) is not None
    if not (later and named) and _PARTY_AFTER.match(text, end) is None:
        return None
    return Match("person", base + one.start(), end, canonical(word), "kamerlid")


# A cabinet's members in a run, each surname with its office after a comma: 'en de heren Lubbers,
# Minister-President, Minister van Algemene Zaken, Dankert, Staatssecretaris van Buitenlandse
# Zaken, en Kosto, Staatssecretaris van Justitie' (an attendance's cabinet; a minister of an
# older cabinet the lists lack). The surname after a list's comma, 'en' or a colon, one
# capitalised word (a capitalised particle before it allowed), and the office a minister's or
# state secretary's with its portfolio ('van', 'voor') or the Minister-President's; no listed
# place, body or law, no word the titles' rules take for no name ('Financiën, Minister van ...')
# (persons73).
_CABINET_APPOSITION: Final = re.compile(
    rf"(?:(?<=[,:;][ \t\u00a0])|(?<=[ \t\u00a0]en[ \t\u00a0]))"
    rf"(?P<name>(?:{_PARTICLE_CAP}[ \t\u00a0]+)?[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+)?)"
    r",[ \t\u00a0]+(?:(?:[Mm]inister|[Ss]taatssecretaris)[ \t\u00a0]+(?:van|voor)"
    r"[ \t\u00a0]+[A-ZÀ-ÖØ-Þ]|[Mm]inister-[Pp]resident(?![\w-]))"
)


def _cabinet_appositions(text: str) -> Iterator[Match]:
    for m in _CABINET_APPOSITION.finditer(text):
        name = m.group("name")
        last = name.split()[-1]
        if last in _NOT_NAMES or automaton().exists(last) or automaton().exists(name):
            continue
        if _A_TITLE.fullmatch(last) or last in orgnames.HEADS or last in _BODY_WORDS:
            continue
        yield Match("person", m.start("name"), m.end("name"), canonical(name))


# A courtesy title before a listed place's name names a person whose surname is that place: 'de
# heer Castricum', 'Mevrouw Tilburg vroeg het woord' (no office is held for a place after such a
# title, as after 'burgemeester'). One capitalised word, no body's or party's name, not in capitals
# ('mevrouw UTRECHT' is read by the capitals' rule, if at all) (persons73).
_COURTESY_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:[Dd]e[ \t\u00a0]+heer|[Gg]eachte[ \t\u00a0]+heer|[Mm]evrouw|[Mm]evr\.|[Mm]w\.|"
    r"[Dd]hr\.?|[Mm]ejuffrouw|[Jj]onkheer|[Jj]onkvrouwe?)[ \t\u00a0]+$"
)


# ... and before a word the titles' rules take for no name ('Niet', 'Bos'), where a party's
# bracket follows: 'de heer De Niet (PvdA)', 'mevrouw Van der Bij (K.V.P.)' (an attendance's
# members of 1968; persons73). The bracket a party's: a listed party or its capitals and dots.
_PARTY_LIKE: Final = re.compile(r"[ \t\u00a0]*\((?P<party>[A-Z][A-Za-z0-9.\-]{0,11})\)")


def _courtesy_place(text: str, m: re.Match[str]) -> Match | None:
    start = m.start("name")
    name = m.group("name")
    if text.startswith("-", m.end("name")):
        return None  # a compound goes on: 'de heer Amsterdam-Noord', a place's part
    if _COURTESY_BEFORE.search(text, max(0, start - 24), start) is None:
        return None
    words = name.split()
    if len(words) == 1 and _TITLE_CASE.fullmatch(name) is not None and _listed_place(name):
        return Match("person", start, m.end("name"), canonical(name))
    party = _PARTY_LIKE.match(text, m.end("name"))
    if (
        party is None
        or _TITLE_CASE.fullmatch(words[-1]) is None
        or words[-1] not in _NOT_NAMES
        or not (
            _listed_party(party.group("party"))
            or sum(c.isupper() for c in party.group("party")) >= 2
        )
    ):
        return None
    return Match("person", start, m.end("name"), canonical(name))


# A surname named alone keeps its particle capitalised ('contact opnemen met Van Lienden om ...',
# 'de uitspraken van Van Haga'): 'Van' in a sentence after a word in lower case or a comma, then
# one capitalised word and no further one ('Van Gogh Museum'); a listed body's, firm's or place's
# name is no person ('bij Van Oord'). 'De' is left alone: papers and places open with it ('De
# Telegraaf', 'De Bilt').
_CAPITAL_VAN: Final = re.compile(
    rf"(?<=[a-zà-ÿ,;:] )(?P<name>Van(?: der| den| de| 't)? {_WORD})(?![\w-])(?! [A-ZÀ-Þ])"
)
_WORD_BEFORE: Final = re.compile(r"(\S+) \Z")
# After a body's head or a firm's 'en' the name is the body's: '(onderzoeks)commissie Van Zwol',
# 'Groep Van Haga', 'Winkelman en Van Hessen'; a listed law or body as the word is no surname
# ('Van Wob naar Woo', a title).
_BODY_BEFORE: Final = ("commissie", "groep", "fractie", "stichting", "kabinet", "raad", "college")


def _van_of_a_body(text: str, m: re.Match[str]) -> bool:
    before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    word = before.group(1) if before else ""
    if not word[:1].islower() and not word.endswith((",", ";", ":")):
        return True  # a capitalised word before: part of a longer name ('Groep Van Haga')
    if word in ("en", "&") or word.lower().endswith(_BODY_BEFORE) or word in orgnames.HEADS:
        return True
    known = automaton().get(m.group("name").split()[-1], None)
    return known is not None and known[1].type in ("law", "organization", "party")


_SPACE: Final = re.compile(r"[ \u00a0]+")
# A heading that ends in an office ('Brieven aan de informateur'), and the paragraph under it opens
# with a name its article heads: 'De Formatiewijzer verzamelt hier ...'. The heading is a short
# line of its own (the text's first, or after a blank line) without a stop or a comma, and a
# courtesy title is no office ('Geachte heer\nDe Vries,').
_ARTICLE_NAME_GOES_ON: Final = re.compile(r"[ \u00a0]+[a-zà-ÿ]")
_HEADING_MARKS: Final = frozenset(".,;:!?()")


def _heading_then_sentence(text: str, m: re.Match[str]) -> bool:
    if not m.group("name").startswith("De ") or "\n" not in text[m.start() : m.start("name")]:
        return False
    courtesy = ("de heer", "geachte", "mevr", "mw.", "dhr.", "mevrouw", "meneer", "mijnheer")
    if m.group(0).lower().startswith(courtesy):
        return False
    if _ARTICLE_NAME_GOES_ON.match(text, m.end("name")) is None:
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line = text[line_start : m.start()]
    if len(line.split()) > 6 or any(c in _HEADING_MARKS for c in line):
        return False
    return line_start == 0 or not text[text.rfind("\n", 0, line_start - 1) + 1 : line_start].strip()


def _name_end(m: re.Match[str]) -> int:
    """Where the titled name ends: a given name and two capitalised words take the third too
    when the sentence goes on after it ('de heer Mohamed Hamdan Dagalo leidt')."""
    words = m.group("name").split()
    if len(words) == 2 and _ONE_INITIAL.fullmatch(words[0]) and "." not in words[1]:
        # 'de heer H.J. Glastra van Loon (HvB)': a second surname after a lower-case particle
        return listed_surname_tail_end(m.string, m.end("name"), _NOT_NAMES | _BODY_WORDS)
    if len(words) != 2 or words[0] not in attendees.given_names() or "." in m.group("name"):
        return m.end("name")
    space = _SPACE.match(m.string, m.end("name"))
    if space and words[1] in attendees.WORD_GIVEN:
        # 'Mr. Geert Jan Hamilton': a second given name that is also a word, then the surname
        surname = _SURNAME_AFTER_GIVEN.match(m.string, space.end())
        if surname is not None and surname.group("surname") not in _NOT_NAMES:
            return surname.end()
    third = attendees.third_name_end(m.string, space.end()) if space else None
    return third or m.end("name")


_SURNAME_AFTER_GIVEN: Final = re.compile(
    rf"(?:{_PARTICLE}[ \t\u00a0]+)?(?P<surname>{_WORD})(?![\w-])"
)


# A given name at a line's end after a courtesy title, its surname on the next line before a
# list's comma, 'en' or a bracket: 'van mevrouw Anna\nJanssens; Stuk 5-12', 'de heer Piet\nSmet
# (N)'; not a place and date on the next line ('mevrouw Keizer\nRijswijk, 11 mei').
_COURTESY: Final = re.compile(rf"(?i:{_COURTESY_TITLES}|de\s+heren)\s+$")
_SURNAME_NEXT_LINE: Final = re.compile(
    rf"[ \t\u00a0]*\r?\n[ \t\u00a0]*{_OFFICE_AFTER}{_WORD}"
    r"(?=[ \t\u00a0]*(?:[;(]|,(?![ \t\u00a0]*\d)|en[ \t\u00a0]))"
)


def _wrapped_surname(text: str, m: re.Match[str]) -> Match | None:
    if " " in m.group("name") or "\n" not in text[m.end("name") : m.end("name") + 3]:
        return None
    if _COURTESY.search(text, max(0, m.start()), m.start("name")) is None:
        return None
    wrapped = _SURNAME_NEXT_LINE.match(text, m.end("name"))
    if wrapped is None:
        return None
    found = _person(text, m.start("name"), wrapped.end())
    return found if found is not None and " " in found.canonical else None


# Offices that head a unit, printed before the unit's name in a signature or a letterhead
# ('directeur Publieke Gezondheid', 'programmamanager Wetgeving').
_UNIT_HEADS: Final = frozenset(
    {"directeur", "directeur-generaal", "programmadirecteur", "programmamanager", "projectleider"}
    | {"inspecteur-generaal", "secretaris-generaal"}
)
# Staff functions that sign an anonymised letter before their unit's name (persons48).
_STAFF_HEADS: Final = frozenset({"jurist", "teamleider", "medewerker", "beleidsmedewerker"})
_STAFF_UNIT_LENGTH: Final = 12  # 'Omgevingsrecht'; a surname so long with a unit's ending is rare
# How a unit's name ends: a field of policy or work, not a surname.
_UNIT_NAME: Final = re.compile(
    r"(?:heid|ing|zaken|beleid|zorg|tie|teit|schap|recht|stelsel|markten|financiën|economie|"
    r"onderwijs|cultuur|milieu|water|energie|klimaat|wonen|jeugd|sport|media|natuur|"
    # a market's directorate: 'directeur Woningmarkt' (names45, a local broadcaster's BZK quote)
    r"infrastructuur|mobiliteit|markt|bedrijfsvoering)$"
)


# Offices held for a portfolio, printed before it in a signature ('Wethouder Zorg', 'wethouder
# Wonen en Bouwen', 'afdelingshoofd Vergunningen, Toezicht en Handhaving').
_PORTFOLIO_HEADS: Final = frozenset(
    {"wethouder", "gedeputeerde", "afdelingshoofd", "portefeuillehouder"}
)
_FIELDS: Final = frozenset(
    _words(
        "zorg wonen onderwijs cultuur sport jeugd economie financiën verkeer werk inkomen armoede "
        "klimaat energie duurzaamheid mobiliteit welzijn veiligheid handhaving"
    )
)
# A unit's or portfolio's enumeration goes on after the first word: 'directeur Grond en
# Ontwikkeling', 'directeur Metro & Tram', 'directeur Beschermen, Aanpakken en Voorkomen'.
_ENUMERATED: Final = re.compile(r"[ \t\u00a0]*(?:,|&|[ \t\u00a0]en)\s+[A-ZÀ-ÖØ-Þ]")


def _unit_after_office(m: re.Match[str]) -> bool:
    """'directeur Wetgeving', 'directeur Publieke Gezondheid', 'wethouder Wonen en Bouwen': a
    unit's name or a portfolio after its head's office, no initials or given name before it."""
    office = m.group(0)[: m.start("name") - m.start()].split()
    head = office[-1].lower() if office else ""
    words = m.group("name").split()
    if head in _STAFF_HEADS:
        # an anonymised letter's signature keeps the function and its unit: 'Jurist
        # Omgevingsrecht', 'Teamleider Omgevingsontwikkeling' (Coevorden's Woo decisions): one
        # long compound with a unit's ending, which no surname is ('Engelbrecht', 'Bruning' stay)
        return (
            len(words) == 1
            and len(words[0]) >= _STAFF_UNIT_LENGTH
            and _UNIT_NAME.search(words[0].lower()) is not None
            and words[0] not in member_surnames()
        )
    if head not in _UNIT_HEADS and head not in _PORTFOLIO_HEADS:
        return False
    if any("." in w for w in words):
        return False
    listed = len(words) == 1 and words[0] in member_surnames()
    if not listed and _ENUMERATED.match(m.string, m.end("name")) is not None:
        return True
    if head in _PORTFOLIO_HEADS:
        if len(words) != 1:
            return False
        if words[0].lower() in _FIELDS:
            return True
        # a council's portfolio noun ('wethouder Vastgoed', 'wethouder Bibliotheken'; persons42):
        # a policy field, or a word the text prints in lower case too, and no listed member's
        return not listed and (portfolios.is_field(words[0]) or portfolio_noun(m.string, words[0]))
    return _UNIT_NAME.search(words[-1].lower()) is not None or (
        len(words) > 1 and words[0].endswith("e") and words[0][:1].isupper()
    )


# A unit's name after a title with no initials, its enumeration going on in lower case: 'i.o.
# mr. Openbaarmaking en privacy' (orgsW46: the NVWA's Woo decisions sign for a team so). One
# Dutch word that no list names anyone by ('Bakker', 'Koning' are not on it).
_UNIT_GOES_ON: Final = re.compile(r"[ \t\u00a0]+(?:en|&)[ \t\u00a0]+[a-zà-ÿ]")


def _unit_after_title(text: str, m: re.Match[str]) -> bool:
    name = m.group("name")
    return (
        " " not in name
        and lexicon.common_word(name)
        and _UNIT_GOES_ON.match(text, m.end("name")) is not None
    )


# A table's header row whose first column is headed by an office: 'Kamerlid Politieke partij Vraag
# en Antwoord' (IenW's written answers to a budget debate's first term, 2024 and 2026; blind48's
# b07). A Dutch adjective no list names anyone by, inflected ('Politieke'), before a party's or
# group's noun in lower case qualifies that noun and names no one.
_BODY_NOUN_AFTER: Final = re.compile(
    r"[ \t\u00a0]+(?:partij|partijen|fractie|fracties|groepering|groeperingen|stroming)(?![\w-])"
)


def _adjective_before_body_noun(text: str, m: re.Match[str]) -> bool:
    name = m.group("name")
    return (
        " " not in name
        and name.endswith("e")
        and lexicon.common_word(name)
        and _BODY_NOUN_AFTER.match(text, m.end("name")) is not None
    )


# A portfolio's field between the office and the holder's full name: 'wethouder Wonen Bert Doorn'
# (names45, a housing association's interviews) read 'Wonen Bert' as the name. The field a
# policy field, a listed given name after it, and the surname after that.
_SURNAME_ON: Final = re.compile(rf"[ \t\u00a0]+(?:(?:van|de|der|den|ter|ten)[ \t\u00a0]+)*{_WORD}")


def _person_after_portfolio(text: str, m: re.Match[str]) -> Match | None:
    office = m.group(0)[: m.start("name") - m.start()].split()
    if not office or office[-1].lower() not in _PORTFOLIO_HEADS:
        return None
    words = m.group("name").split()
    if len(words) != 2 or words[0].lower() not in _FIELDS:
        return None
    if words[1] not in attendees.given_names():
        return None
    on = _SURNAME_ON.match(text, m.end("name"))
    if on is None:
        return None
    return _person(text, m.end("name") - len(words[1]), on.end())


# A surname printed with what names a person before it: initials, a given name's capital and
# dot, a courtesy title ('J. Bakker', 'de heer Bakker', 'mevrouw Bakker').
_NAMED_BEFORE: Final = (
    r"(?:[A-Z]\.[ \t\u00a0]?|heer[ \t\u00a0]+|vrouw[ \t\u00a0]+|mw\.[ \t\u00a0]+|hr\.[ \t\u00a0]+)"
)


# A portfolio's noun or adjective as councils name them: a plural or an infinitive ('Bibliotheken',
# 'Dieren', 'Parkeren'), a field's ending ('Buitenruimte', 'Handhaving', 'Burgerzaken'), an
# adjective before the field ('Stedelijke (Ontwikkeling)'). Not a surname that is a word too
# ('gedeputeerde Straat' beside a typed 'gedeputeerde straat', 'Bakker', 'Visser'; persons42's
# blind set).
_PORTFOLIO_SHAPE: Final = re.compile(
    r"(?:en|heid|ing|zaken|beleid|zorg|ruimte|wezen|lijke|ische|ale|ele|ieve)$"
)


def portfolio_noun(text: str, word: str) -> bool:
    """`word` after a portfolio's office is the portfolio's noun, not a surname: shaped as one,
    the text printing it in lower case as a word of its own ('wethouder Bibliotheken' beside 'de
    bibliotheken') and nowhere as a person's name (after initials or a courtesy title: 'J.
    Bakker', 'de heer Bakker')."""
    if len(word) < 4 or not word[1:].islower() or _PORTFOLIO_SHAPE.search(word) is None:
        return False
    # printed in lower case too, or a Dutch word no list names anyone by ('de wethouder
    # Bibliotheken' where the minutes print only 'Cultuur en Bibliotheken'; names43)
    if not _printed_lower(text, word) and not lexicon.common_word(word):
        return False
    return re.search(rf"{_NAMED_BEFORE}{re.escape(word)}(?![\w-])", text) is None


# A university's first word after a chair's title, as a headline shortens it: 'Hoogleraar Erasmus
# ontkent fraude' (the Erasmus Universiteit's); a listed university, medical centre or university of
# applied sciences starts with the word.
_CHAIRS: Final = ("hoogleraar", "professor")
_UNIVERSITY_WORDS: Final = (" Universiteit", " University", " MC", " UMC", " Hogeschool")


def _university_after_chair(text: str, m: re.Match[str]) -> bool:
    name = m.group("name")
    if " " in name or not m.group(0).lower().startswith(_CHAIRS):
        return False
    known = automaton()
    return any(next(known.keys(name + w), None) is not None for w in _UNIVERSITY_WORDS)


# A motion titled by its subject, not its submitter: 'de motie Grip op wind', 'motie Geen
# tijd te verliezen'; a preposition and a lower-case word go on after the word ('op stuk nr.' is
# the motion's number).
_SUBJECT_AFTER: Final = re.compile(
    r"[ \t\u00a0]+(?:op|voor|tegen|over|met|in|om)[ \t\u00a0]+(?!stuk\b)[a-z]"
)


# A city's, province's or region's adjective as a motion's title opens ('motie Haagse belangen').
_PLACE_ADJECTIVES: Final = _words(
    "Haagse Amsterdamse Rotterdamse Utrechtse Groningse Leidse Delftse Zwolse Haarlemse Arnhemse "
    "Nijmeegse Tilburgse Bredase Eindhovense Almeerse Scheveningse Westlandse Brabantse Limburgse "
    "Friese Zeeuwse Drentse Overijsselse Gelderse Hollandse Twentse Flevolandse Veluwse"
)
_MOTION_AGAIN: Final = re.compile(r"[ \t\u00a0]+(?:motie|amendement)(?![\w-])")
_NATIONAL: Final = re.compile(
    r"(?:ische|[eai]ense|aanse|landse|[Dd]uitse|[Ff]ranse|[Bb]ritse|[Pp]oolse)$"
)
_LOWER_WORD: Final = re.compile(r"[ \t\u00a0]+[a-zà-ÿ]{3,}")


# A council's motion or amendment numbered by its agenda item and party: 'Amendement K.A HvDH',
# 'Motie F.1 HvdH', 'Amendement N.E GL' (a besluitenlijst's rows). The number looks like initials;
# the party after it (a word with a capital inside, or one the gazetteer holds) says what it is.
_MOTION_CODE: Final = re.compile(r"[A-Z]\.?[A-Z0-9]{1,2}\.?")
_INNER_CAPITAL: Final = re.compile(r"[a-z][A-Z]")


def _party_word(word: str) -> bool:
    known = automaton().get(word.rstrip(".,"), None)
    return _INNER_CAPITAL.search(word) is not None or (
        known is not None and known[1].type == "party"
    )


# A motion or amendment titled by an imperative or a common word, the title going on in lower
# case: 'het amendement Uitzondering bij spoed', 'amendement Voer participatieverordening eerst
# uit', 'amendement Schrap verplichte rustperiodes' (persons79; Den Haag's council papers). The
# word is the title's where the document prints it in lower case too ('uitzondering', 'schrap'),
# or where an article and a lower-case word follow it ('de motie Schrap de leges'): neither follows
# a submitter's surname ('de motie Leenders over de jeugdzorg', 'de motie Bakker c.s.').
_TITLE_GOES_ON: Final = re.compile(r"[ \t\u00a0]+(?!c\.s\.|en[ \t\u00a0]+[A-Z])[a-zà-ÿ]")
_ARTICLE_AFTER: Final = re.compile(r"[ \t\u00a0]+(?:de|het|een)[ \t\u00a0]+[a-zà-ÿ]")


def _printed_lower(text: str, word: str) -> bool:
    low = word.lower()
    return low in text and re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None


# A Dutch word that no list names anyone by (data/common_words.txt, OpenTaal's less every listed
# surname and given name; names43) opening a motion's title, the title going on: in lower case
# ('het amendement Onderzoeksmethodes vaststellen', though the text never prints the word so),
# after an abbreviation ('de motie Inzet AI voor ambtelijke functies') or after a comma and a
# lower-case word ('het amendement Kunstgras, voorgesteld samen met ...'). A submitter's surname
# that is a word too ('Bakker', 'Visser', 'Hart', 'Stel') is on no such list.
_WORD_TITLE_ON: Final = re.compile(
    r"[ \t\u00a0]+(?!c\.s\.|en[ \t\u00a0]+[A-Z])[a-zà-ÿ]"
    r"|[ \t\u00a0]+[A-Z]{2,5}[ \t\u00a0]+[a-zà-ÿ]"
    r"|,[ \t\u00a0]+(?!c\.s\.)[a-zà-ÿ]"
)


def _lexicon_title(text: str, name: str, end: int) -> bool:
    return (
        lexicon.common_word(name)
        and _WORD_TITLE_ON.match(text, end) is not None
        and name not in attendees.given_names()
        and name not in bare_member_surnames()
    )


def _common_word_title(text: str, name: str, end: int) -> bool:
    if _lexicon_title(text, name, end):
        return True
    if len(name) < 3 or _TITLE_GOES_ON.match(text, end) is None:
        return False
    return (
        _ARTICLE_AFTER.match(text, end) is not None
        or _imperative(name, text, end)
        or _printed_lower(text, name)
    )


_NEXT_WORD_LOWER: Final = re.compile(r"[ \t\u00a0]+([a-zà-ÿ]+)")


def _imperative(name: str, text: str, end: int) -> bool:
    """A verb's imperative in -eer ('Normeer openbaar vervoer', 'Prioriteer gele wijken',
    'Intensiveer aanpak'): the -eren verbs' stem, no Dutch surname's ending at this length; or a
    stem that opens motions' titles as a class ('Regel', 'Omarm', 'Verbied'; persons42), unless
    it is a given name too or the word after it one a submitter's name takes ('is', 'over')."""
    if len(name) >= 7 and name.endswith("eer") and name[1:].islower():
        return True
    nxt = _NEXT_WORD_LOWER.match(text, end)
    return (
        nxt is not None
        and imperatives.opens_title(name, nxt.group(1))
        and name not in attendees.given_names()
    )


# ... and the same over the whole document, where the word's lower-case use stands in another
# segment than the title (an advice's paragraphs: 'Het amendement Aanpassen locatiebeleid voor
# maatwerk: ...' and, pages on, 'het aanpassen van ...'). The linker runs it first, so the title's
# word is not sought through the document as a surname either.
_WORD_TOKEN: Final = re.compile(r"[\w-]+")
_MOTION_BEFORE: Final = re.compile(r"(?<![\w-])(?:[Mm]otie|[Aa]mendement)[ \t\u00a0]+\Z")
# A portfolio's office right before a person found ('wethouder Vastgoed'), either case.
_PORTFOLIO_OFFICE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?i:wethouder|gedeputeerde|portefeuillehouder)[ \t\u00a0]+\Z"
)


# A council's minutes head each motion with its number and its party before the title: 'Motie L.1
# CDA Regel bereikbaarheid ...', 'Motie H.3 PvdA Schoenmaker blijf bij je leest', 'Motie I.4 FVD
# Geen resultaat? Geen restricties' (Den Haag's minutes of 2024-2025; persons42). The word after
# the party is the title's first, wherever else the document speaks of 'de motie <word>'. The
# party's slot holds a capital ('CDA', 'PvdA', 'HvDH', 'CU/SGP'), not a particle. The same
# minutes also number a motion by its party alone, the title right after ('Motie D66.1
# Drempeldemocratie', 'Motie PvdA.4 Inzet voor ...', 'Motie HvDH.11 Verplaatsing ...'; motions42):
# there the title's word has a small second letter, so 'Motie AA.4 VVD ...' gives no 'VVD'.
_CODED_TITLE: Final = Guarded(
    r"(?<![\w-])",
    # each case spelled out: the engine skips to the letters, not trying every position
    r"(?:Motie|motie|Amendement|amendement)[ \t\u00a0]+"
    r"(?:[A-Z]{1,2}\.[A-Z0-9]{1,2}\.?[ \t\u00a0]+(?=[\w/&+-]*[A-Z])[\w/&+-]{2,12}"
    r"|(?=[\w/&+-]*[A-Z])[\w/&+-]{1,11}[A-Za-z0-9]\.\d{1,2}(?=[ \t\u00a0]+[A-ZÀ-ÖØ-Þ][a-zà-ÿ]))"
    r"[ \t\u00a0]+(?P<word>[A-ZÀ-ÖØ-Þ][\w-]*)",
)


# A local party named 'X voor <place>' ('Hart voor Den Haag') after a motion, its article and
# line break allowed: 'de motie van Hart voor Den Haag', 'twee moties van Hart voor Den Haag',
# 'Amendement\nHart voor Den Haag' (a table's header and row). Its first word is no submitter where
# the place is listed or the document prints the name as a member's party, '(Hart voor Den Haag)'
# (motions42); 'de motie Bakker voor de raad' and 'motie Visser voor het klimaat' stay persons.
_MOTION_OF_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:[Mm]oties?|[Aa]mendement(?:en)?)(?:[ \t\u00a0]+van)?\s+\Z"
)
_PARTY_GOES_ON: Final = re.compile(
    r"[ \t\u00a0]+voor[ \t\u00a0]+(?P<rest>(?:de[ \t\u00a0]+)?[A-ZÀ-ÖØ-Þ][\w-]*"
    r"(?:[ \t\u00a0]+[A-ZÀ-ÖØ-Þ][\w-]*)?)"
)


def _party_name_on(seg: str, e: Entity, whole: str) -> bool:
    """`e` opens a party's name 'X voor <place>' after a motion's word."""
    if _MOTION_OF_BEFORE.search(seg, max(0, e.start - 20), e.start) is None:
        return False
    on = _PARTY_GOES_ON.match(seg, e.end)
    if on is None:
        return False
    rest = " ".join(on.group("rest").split())
    if _listed_place(rest) or _listed_place(rest.split()[0]):
        return True
    return f"({e.text} voor {rest.split()[0]}" in whole


def without_word_titles(entities: list[Entity], segments: list[Segment]) -> list[Entity]:
    """The persons a motion's or amendment's one-word title was read as, dropped."""
    texts = {seg.id: seg.text for seg in segments}
    words: frozenset[str] | None = None  # the document's words, read once where first needed
    whole: str | None = None  # the document's text, likewise
    coded: frozenset[str] | None = None  # the first words of its numbered motions' titles
    drop: set[int] = set()
    for i, e in enumerate(entities):
        if e.type != "person" or " " in e.text or len(e.text) < 3 or e.text != e.canonical:
            continue
        seg = texts.get(e.segment_id, "")
        if _PORTFOLIO_OFFICE_BEFORE.search(seg, max(0, e.start - 22), e.start) is not None:
            # 'wethouder Bibliotheken' where another segment prints 'de bibliotheken' (persons42)
            if whole is None:
                whole = "\n".join(texts.values())
            if e.text not in bare_member_surnames() and (
                portfolios.is_field(e.text) or portfolio_noun(whole, e.text)
            ):
                drop.add(i)
            continue
        if " voor " in seg[e.end : e.end + 6] or "\tvoor" in seg[e.end : e.end + 6]:
            if whole is None:
                whole = "\n".join(texts.values())
            if _party_name_on(seg, e, whole):  # 'de motie van Hart voor Den Haag' (motions42)
                drop.add(i)
                continue
        if _MOTION_BEFORE.search(seg, max(0, e.start - 12), e.start) is None:
            continue
        if e.text in bare_member_surnames():
            continue
        if coded is None:
            coded = frozenset(
                m.group("word") for m in _CODED_TITLE.finditer("\n".join(texts.values()))
            )
        if e.text in coded:  # 'Motie H.3 PvdA Schoenmaker blijf bij je leest' elsewhere
            drop.add(i)
            continue
        if _lexicon_title(seg, e.text, e.end):  # 'de motie Inzet AI voor ...' (names43)
            drop.add(i)
            continue
        if _TITLE_GOES_ON.match(seg, e.end) is None:
            continue
        if _imperative(e.text, seg, e.end):
            drop.add(i)
            continue
        if words is None:
            words = frozenset(_WORD_TOKEN.findall("\n".join(texts.values())))
        if e.text.lower() in words:  # printed in lower case, a word of its own
            drop.add(i)
    return [e for i, e in enumerate(entities) if i not in drop] if drop else entities


def _motion_title(text: str, m: re.Match[str]) -> bool:
    if not m.group(0).lower().startswith(("motie", "amendement")):
        return False
    name = m.group("name")
    words = name.split()
    if len(words) > 1 and _MOTION_CODE.fullmatch(words[0]) and _party_word(words[1]):
        return True  # 'Amendement K.A HvDH Afzonderlijke ...': its number and party (persons78)
    if " " in name or name in bare_member_surnames():
        return False
    # 'moties Armeense kwestie': an adjective of a people or land, then the matter; a city's or
    # region's too ('de motie Haagse belangen geborgd', persons78)
    adjective = (
        _NATIONAL.search(name) is not None or name in _PLACE_ADJECTIVES
    ) and _LOWER_WORD.match(text, m.end("name"))
    return (
        bool(adjective)
        or _SUBJECT_AFTER.match(text, m.end("name")) is not None
        # an inventory's type and title columns: 'motie Wob motie van de leden X en Y'
        or _MOTION_AGAIN.match(text, m.end("name")) is not None
        or _common_word_title(text, name, m.end("name"))
    )


# Capitals inside a word after a small letter, two in a row: no surname is spelt so ('McDonald'
# and 'DeVries' have one), an OCR layer's reading of a handwritten signature often is.
_GARBLED: Final = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]{2}")


# The labels of a minutes' head, whose colon ends the field before them.
_FIELD_LABELS: Final = frozenset(
    {
        *("Voorzitter", "Griffier", "Griffie", "Secretaris", "Notulist", "Notulen", "Verslag"),
        *("Aanwezig", "Afwezig", "Wethouders", "Leden", "Datum", "Plaats", "Tijd", "Locatie"),
    }
)
# A label's word right after a label's colon: a minutes' head whose fields are left empty
# ('Voorzitter: Griffier: Griffie: Aanwezig zijn de leden: ...'; round letters63).
_NEXT_LABEL: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][\w-]*:")


def _empty_field(text: str, m: re.Match[str]) -> bool:
    """The title ends in a colon and the 'name' after it is the next label, colon and all."""
    return text[m.start() : m.start("name")].rstrip().endswith(":") and (
        _NEXT_LABEL.match(text, m.start("name")) is not None
    )


def _label_line(text: str, m: re.Match[str]) -> bool:
    """A capitalised title alone on its line is a label or a table cell ('Secretaris-generaal',
    'Landsadvocaat'): the next line ('Bezwaarclausule', 'Deels Openbaar') is no name of it."""
    title = text[m.start() : m.start("name")]
    return (
        title[:1].isupper()
        and " " not in title.strip()
        and "\n" in title
        and (m.start() == 0 or text[m.start() - 1] == "\n")
    )


# An office that ends its line: what opens the next line is a heading's or a form's next field
# as often as a wrapped sentence's name ('Nota aan de minister\nAan: ...', 'Beslisnota voor de
# staatssecretaris\nInlichtingen bij ...', 'Nota voor de minister\nStatus Definitief', a
# Woo-released note's header), so a bare capitalised word or two there is read only as a listed
# member's or minister's surname ('Antwoord van Minister\nKuipers'); initials, a given name or a
# particle still make a name, a courtesy or academic title still takes its name there ('de
# heer\nJansen'), and a document that names the person in full elsewhere links the surname.
_NAMES_ACROSS_LINES: Final = re.compile(
    rf"(?i:{_COURTESY_TITLES}|geachte\s+heer|prof\.|dr\.|mr\.|drs\.|ir\.|moti|amendement)"
)


def _bare_name_next_line(text: str, m: re.Match[str]) -> bool:
    title = text[m.start() : m.start("name")]
    if "\n" not in title or "." in title.rsplit("\n", 1)[1]:
        return False  # on the title's line, or an academic title before the name
    name = m.group("name")
    words = name.split()
    if "." in name or words[0].capitalize() in _PARTICLES:
        return False
    if name in member_surnames() or (len(words) > 1 and words[0] in attendees.given_names()):
        return False
    return _NAMES_ACROSS_LINES.match(title) is None


# An inventory's row describes a document before its status column ('13 02-03-2021 Nota minister
# Kabinetsreactie Openbaar', 'Agenda directeur Wetgeving Deels openbaar'): a bare capitalised word
# after the office there is the document's subject as often as a name, so only a listed member's
# or minister's surname is read ('Nota aan minister Grapperhaus Openbaar'); initials, a given name
# or a particle still make a name.
_STATUS_AFTER: Final = re.compile(rf"[ \t\u00a0]+(?:{'|'.join(sorted(orgnames.STATUS_COLUMN))})\b")


def _inventory_subject(text: str, m: re.Match[str]) -> bool:
    words = m.group("name").split()
    if words[-1] in orgnames.STATUS_COLUMN:
        words = words[:-1]
        after = True
    else:
        after = _STATUS_AFTER.match(text, m.end("name")) is not None
    if not after or len(words) != 1 or "." in words[0] or words[0] in member_surnames():
        return False
    return words[0].capitalize() not in _PARTICLES


# after the slash, maybe a line break; a footnote's number may be glued on ('Klaver/' 'Ploumen1')
_SUBMITTER: Final = re.compile(
    rf"/[ \t\u00a0]?(?:\r?\n[ \t\u00a0]*)?(?P<name>{_NAME})(?![^\W\d_]|-)"
)
# 'de motie Klaver en Van Dijk': a second submitter after 'en', its word maybe glued to the name
# where a wrapped line was joined ('enVan Dijk'); a listed member's surname only, as 'de motie
# Klaver en Nederland' goes on with something else.
_AND_SUBMITTER: Final = re.compile(
    rf"[ \t\u00a0]+en(?:\s+|(?=[A-Z]))(?P<name>{_NAME})(?![^\W\d_]|-)"
)


def _cosubmitters(text: str, m: re.Match[str]) -> Iterator[Match]:
    """'de motie Veldman/Van den Berg': the members after the slash submitted it too."""
    if not m.group(0).lower().startswith(("motie", "amendement")):
        return
    end = m.end()
    while (more := _SUBMITTER.match(text, end)) is not None:
        found = _person(text, more.start("name"), more.end("name"), None, True)
        if found is None:
            return
        yield found
        end = found.end
    more = _AND_SUBMITTER.match(text, end)
    if more is not None and _second_submitter(m, more.group("name")):
        found = _person(text, more.start("name"), more.end("name"), None, True)
        if found is not None:
            yield found


def _second_submitter(m: re.Match[str], name: str) -> bool:
    """The name after 'en' is a second submitter: a listed member's surname, also as papers print
    it without its letters' marks ('Yesilgöz-Zegerius' for 'Yeşilgöz-Zegerius'); after a plural
    ('de moties Timmermans en Pietersen') any surname's shape, as each motion is named after its
    own submitter (blind48's a02; persons49). Not a place, body or law the gazetteer holds nor a
    Dutch word no list names anyone by."""
    last = name.split()[-1]
    if last in member_surnames() or _folded(last) in _folded_member_surnames():
        return True
    return (
        m.group(0).lower().startswith(("moties", "amendementen"))
        and not automaton().exists(name)
        and not automaton().exists(last)
        and last not in _NOT_NAMES
        and not lexicon.common_word(last)
    )


def _folded(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
    ).replace("ı", "i")


@cache
def _folded_member_surnames() -> frozenset[str]:
    return frozenset(_folded(w) for w in member_surnames())


def _joint_submitters(text: str, m: re.Match[str]) -> list[Match]:
    """'het amendement Klaver-Westerveld', 'motie-Omtzigt-Leijten': a motion named after its
    submitters joins their surnames with hyphens, or a space ('motie Asscher Jetten over
    scholen.docx', a released file's name). Split where every part is a member's surname and the
    whole is not one member's double name ('motie Dik-Faber')."""
    if not m.group(0).lower().startswith(("motie", "amendement")):
        return []
    name = m.group("name")
    # hyphens join the submitters where a part's particle brings a space ('Gesthuizen-Van Dam')
    joiner = " " if " " in name and not _HYPHEN_THEN_PARTICLE.search(name) else "-"
    parts = name.split(joiner)
    if len(parts) < 2 or (joiner == " " and "-" in name) or name in member_surnames():
        return []
    if not all(p[:1].isupper() and _member_part(p) for p in parts):
        return []
    found, at = [], m.start("name")
    for part in parts:
        at = text.index(part, at)
        found.append(Match("person", at, at + len(part), canonical(part)))
        at += len(part)
    return found


_HYPHEN_THEN_PARTICLE: Final = re.compile(r"-(?:Van|De|Den|Der|Ter|Ten|Te) [A-Z]")


def _member_part(part: str) -> bool:
    """A member's surname, its capitalised particle too: 'Van Dam' of 'motie-Gesthuizen-Van Dam'
    (letters65)."""
    words = part.split()
    return words[-1] in member_surnames() and all(w.capitalize() in _PARTICLES for w in words[:-1])


@cache
def member_surnames() -> frozenset[str]:
    """The last word of every listed member's and minister's name ('Klaver', 'Dik-Faber')."""
    return frozenset(row["canonical"].split()[-1] for row in rows("people.tsv"))


@cache
def bare_member_surnames() -> frozenset[str]:
    """The listed surnames printed without a particle ('Klaver', 'Dik-Faber'; not 'Geen' of 'V.M.C.
    van Geen' nor 'Meer' of 'van der Meer', which stand bare only as words: 'de motie Geen
    boetes', persons42)."""
    out = set()
    for row in rows("people.tsv"):
        words = row["canonical"].split()
        if len(words) < 2 or words[-2].lower() not in _LOWER_PARTICLES | {"'t", "’t"}:
            out.add(words[-1])
    return frozenset(out)


# A title joined to its party's name is the party's office-holder: 'VVD-gedeputeerde Van den
# Akker', 'CDA-wethouder Jansen'. Only a listed party's: 'Defensie-minister' or 'oud-wethouder'
# go through other rules or none.
_PARTY_BEFORE_TITLE: Final = re.compile(r"(?<![\w-])([A-Z][\w+]{1,14})-\Z")


def _party_title(text: str, start: int) -> bool:
    if start < 3 or text[start - 1] != "-":
        return False
    party = _PARTY_BEFORE_TITLE.search(text[max(0, start - 17) : start])
    if party is None:
        return False
    known = automaton().get(party.group(1), None)
    return known is not None and known[1].type == "party"


# A profession's title may close a compound that names the body the person works for:
# 'Volkskrant-journalist Arnout Brouwer', 'ING-topman Ralph Hamers', 'NOS-directeur Renate Eringa'.
# Not an office's ('Waterschap-wethouder X': a party's office holder is read by _party_title).
_COMPOUND_TITLES: Final = (
    "journalist", "onderzoeker", "topman", "topvrouw", "topbestuurder", "directeur",
    "hoofdredacteur", "bestuursvoorzitter", "woordvoerder", "econoom", "hoogleraar", "advocaat",
)  # fmt: skip
# The titles an international body's or a party's abbreviation heads ('EU-president Tusk',
# 'VN-secretaris-generaal Guterres', 'NAVO-chef Rutte', 'CDA-leider Bontenbal'): capitals only
# before the hyphen, so no 'Defensie-minister' or 'oud-voorzitter'.
_ABBREVIATION_TITLES: Final = (
    "president",
    "voorzitter",
    "secretaris-generaal",
    "chef",
    "leider",
    "baas",
)
_ABBREVIATION_BEFORE: Final = re.compile(r"(?<![\w-])[A-Z]{2,5}-\Z")
# 'chef', 'leider' and 'baas' are titles only so ('de chef Binnenland' is a desk).
_CHIEF: Final = Guarded(
    r"(?<=-)", rf"(?:chef|leider|baas)[ \u00a0]+{_ACADEMIC}*(?P<name>{_NAME})(?![\w-])"
)
# A former holder's prefix: 'oud-premier Balkenende', 'ex-minister Hoekstra'.
_FORMER: Final = re.compile(r"(?<![\w-])(?:[Oo]ud|[Ee]x)-\Z")


def _abbreviation_title(text: str, start: int) -> bool:
    return (
        start > 2
        and text[start - 1] == "-"
        and text.startswith(_ABBREVIATION_TITLES, start)
        and _ABBREVIATION_BEFORE.search(text[max(0, start - 7) : start]) is not None
    )


# A minister titled by the portfolio joined to the office: 'buitenlandminister Veldkamp',
# 'Defensie-minister Brekelmans', 'justitieminister Van Weel'.
_PORTFOLIO_BEFORE: Final = re.compile(rf"(?<![\w-]){_L}{{4,}}-?\Z")


def _portfolio_compound(text: str, start: int) -> bool:
    return (
        start > 4
        and text.startswith(("minister", "staatssecretaris"), start)
        and _PORTFOLIO_BEFORE.search(text[max(0, start - 20) : start]) is not None
    )


def _former(text: str, start: int) -> bool:
    return (
        start > 2
        and text[start - 1] == "-"
        and _FORMER.search(text, max(0, start - 5), start) is not None
    )


def _body_compound(text: str, start: int) -> bool:
    """A letter and a hyphen before a profession's title ('RTL-journalist'; not '2-journalist')."""
    return (
        start > 1
        and text[start - 1] == "-"
        and text[start - 2].isalpha()
        and text.startswith(_COMPOUND_TITLES, start)
    )


_COURTESY_PARTICLE: Final = re.compile(
    r"(?:van[ \t\u00a0]+(?:de|het|['’]t)|van|de|den|te|in[ \t\u00a0]+['’]t)[ \t\u00a0]+"
)


_PLACE_REACH: Final = 80
_OFFICE_WORD_END: Final = re.compile(
    r"(?i:secretaris|minister|voorzitter|directeur|president|wethouder|burgemeester|leider|hoofd"
    r"|co[öo]rdinator|adviseur|medewerker|griffier|gedeputeerde|commissaris)$"
)


def _place_after_courtesy(text: str, m: re.Match[str]) -> bool:
    """'mevrouw van Wijk bij Duurstede', 'de heer van GroenLinks': after a courtesy title and a
    lower-case particle the gazetteer's place, party or body (the longest one there, read from the
    surname's first letter) says where she or he comes from, not her or his name (persons77)."""
    particle = _COURTESY_PARTICLE.match(text, m.start("name"))
    if particle is None:
        return False
    at = particle.end()
    word = m.group("name")[at - m.start("name") :]
    if (
        word in _BODY_WORDS
        or word in _NOT_NAMES
        or word in orgnames.HEADS
        or _A_TITLE.fullmatch(word) is not None
        or _OFFICE_WORD_END.search(word) is not None
    ):
        return True  # 'mevrouw de Burgemeester', 'de heer van het Ministerie': an office or body
    return any(g.start == 0 for g in gazetteer_find(text[at : at + _PLACE_REACH]))


def _titles(text: str) -> list[re.Match[str]]:
    """`_TITLED.finditer(text)`, tried only where a title's stem stands (a pattern that starts
    with thirty words would be tried at almost every letter)."""
    starts: set[int] = set()
    for last, stem in read(text).title_stems:
        backs = _TITLE_STEMS[stem]
        pos = last - len(stem) + 1
        starts.update(pos - back for back in backs if pos >= back)
    found: list[re.Match[str]] = []
    end = 0
    for start in sorted(starts):
        if start < end:
            continue
        if text.startswith(("chef", "leider", "baas"), start):
            m = _CHIEF.body.match(text, start) if _abbreviation_title(text, start) else None
        elif (
            _TITLED.guard.match(text, start) is not None
            or _party_title(text, start)
            or _body_compound(text, start)
            or _abbreviation_title(text, start)
            or _former(text, start)
            or _portfolio_compound(text, start)
        ):
            m = _TITLED.body.match(text, start)
        elif text.startswith("gezant", start):
            m = _ENVOY.match(text, start)  # a compound: 'sanctiegezant'
        else:
            continue
        if m is not None:
            found.append(m)
            end = m.end()
    return found
