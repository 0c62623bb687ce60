"""Companies and private bodies named after the word for their kind: 'onderzoeksbureau
A-Insights', 'reisorganisatie Corendon', 'netbeheerder TenneT', 'zorgverzekeraar Menzis'.

No list holds every firm a Kamervraag or a Woo mail names, but the papers introduce one by what
it is. The kind word is not part of the name, so the match is the name alone: one or two
capitalised words right after it. A sentence's first word ('onderzoeksbureau De ...'), a place
('zorgverzekeraars in Utrecht' has no capital after the kind) and a lone letter are none.

Bodies given as examples of a plural kind are names too: 'bedrijven als X en Y', 'waakhonden
als Civicus'.

Firms, media and umbrella bodies ('fabrikant X', 'het bedrijf X', 'omroep X', 'koepel X') are
read only after the lower-case word, also at the end of a compound ('chipfabrikant X', 'ICT-bedrijf
X'). The kind may also follow the name as an apposition: 'X, kenniscentrum discriminatie', 'X, een
adviesbureau uit ...'.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from services.enrich.data import rows, variants
from services.enrich.entities import lawtitles
from services.enrich.entities.attendees import given_names
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.words import read

_KINDS: Final = (
    "onderzoeksbureau", "adviesbureau", "ingenieursbureau", "advocatenkantoor",
    "accountantskantoor", "accountantsorganisatie", "reisorganisatie", "luchtvaartmaatschappij",
    "zorgverzekeraar", "zorgaanbieder", "zorgorganisatie", "zorginstelling", "energiebedrijf",
    "energieleverancier", "netbeheerder", "woningcorporatie", "uitgeverij", "softwareleverancier",
    "leverancier", "webwinkel", "supermarktketen", "vakbond", "brancheorganisatie",
    "werkgeversorganisatie", "belangenorganisatie", "patiëntenorganisatie", "kenniscentrum",
    "kennisinstituut", "pentestbedrijf", "beveiligingsbedrijf", "telecomaanbieder",
    # lobbyists' and communication firms ('lobbykantoor Public Matters', 'pr-bureau X')
    "lobbykantoor", "lobbybureau", "lobbyclub", "communicatiebureau", "reclamebureau",
    "pr-bureau", "architectenbureau", "notariskantoor",
)  # fmt: skip
# Kinds found only in lower case: capitalised they open a name of their own or a heading
# ('Omroep Brabant', 'Zorggroep Almere', 'Laboratorium Microbiologie ...'), and then the kind
# word is part of the name, which the name finders read whole.
# Trades whose compounds name firms ('scheepsbouwer', 'vliegtuigbouwer', 'pakketbezorger',
# 'defensieconcern', 'oliemaatschappij'); a name after them that opens with a given name is a
# person's ('de pakketbezorger Ahmed Benali').
_TRADE_ENDS: Final = ("bouwer", "bezorger", "concern", "maatschappij")
_LOWER_KINDS: Final = (
    # firms and makers ('fabrikant SD Biosensor', 'het bedrijf Roche', 'de bank Triodos')
    "bedrijf", "fabrikant", "producent", "farmaceut", "bank", "verzekeraar", "vervoerder",
    "aanbieder", "aannemer", "retailer", "webshop", "detacheerder", "uitzendbureau",
    "consultancybureau", "laboratorium", "zorggroep", "ggz-instelling", "ggz-aanbieder", "bureau",
    # a sole trader's or partners' business ('de eenmanszaak Bakkerij Jansen', 'de vof Smit')
    "eenmanszaak", "vennootschap onder firma",
    # media and umbrella bodies ('omroep KRO-NCRV', 'dagblad Trouw', 'koepel ActiZ'); not
    # 'platform': what follows it is mostly a programme or a product
    "omroep", "dagblad", "krant", "weekblad", "nieuwssite", "persbureau", "koepel",
    "koepelorganisatie", "branchevereniging", "beroepsvereniging", "patiëntenvereniging",
    "denktank", "actiegroep", "belangengroep", "associatie",
    # a hospital or clinic by its own name ('kliniek Trajectum', 'het ziekenhuis Gelre', 'het
    # ziekenhuis De Sionsberg'), lower-case only: capitalised the word opens the name itself
    # ('Ziekenhuis Amstelland'), which the name finders read whole (orgs73)
    "kliniek", "ziekenhuis", "verpleeghuis", "zorgboerderij",
    # any organisation by its kind, as a compound's end only ('lobbyorganisatie AgriFacts',
    # 'milieuorganisatie Greenpeace', 'scholenorganisatie Meerwerf')
    "organisatie",
    # and an association's or a federation's compound ('belangenvereniging PZO',
    # 'makelaarsvereniging NVM', 'werkgeversfederatie X'); bare, orgcontext reads 'vereniging X'
    "vereniging", "federatie",
    # a plant by its maker's name ('de sluiting van fabriek Fibrant op Chemelot'; orgs77), and
    # an institution of care or teaching, bare or a compound's end ('de instelling Lievenshove',
    # 'jeugdzorginstelling Juzt'); a compound's end in lower case only (below)
    "fabriek", "instelling",
    # bodies of culture and a comparison site by their kind (orgs76's Left, orgs78): 'de
    # theatergroep Orkater', 'het museum Slot Loevestein', 'het orkest Holland Symfonia',
    # 'supermarktvergelijker QuestionMark'; a company's compound: 'jeugdtheatergezelschap X'
    "museum", "orkest", "theater", "poppodium", "gezelschap", "theatergroep", "toneelgroep",
    "dansgroep", "productiehuis", "vergelijker",
    # a developer and a chain's store by their trade (names44: 'projectontwikkelaar Provast', a
    # Zoetermeer evaluation; 'bouwmarkt Hornbach', a local paper)
    "projectontwikkelaar", "vastgoedontwikkelaar", "ontwikkelaar", "bouwmarkt", "supermarkt",
    # a housing corporation by its other kind words (names45: 'de Tilburgse woningstichting
    # Tiwos', a trade paper; 'wooncorporatie X'); lower case only, capitalised 'Woningstichting
    # Nijkerk' is the name itself
    "woningstichting", "wooncorporatie", "woningbouwcorporatie",
    # a firm by its trade's compound, lower case only (firms49: 'scheepsbouwer Damen',
    # 'maaltijdbezorger Deliveroo', 'olieconcern Shell', 'de oliemaatschappijen Shell en
    # ExxonMobil'); a compound's end only: bare, 'de bezorger Ahmed' is a person
    *_TRADE_ENDS,
)  # fmt: skip
# Kinds a compound may end in ('ICT-bedrijf Centric', 'chipfabrikant ASML', 'vrachtvervoerder X').
COMPOUND_ENDS: Final = frozenset(
    {"bedrijf", "fabrikant", "producent", "leverancier", "aanbieder", "organisatie"}
    | {"vereniging", "federatie", "instelling"}
    | {"gezelschap", "vergelijker"}
    | set(_TRADE_ENDS)
)
# Kinds read in a compound only where the compound is in lower case: capitalised, the compound
# is a name of its own ('Zorginstelling Noord' names no body 'Noord'; orgs77).
_LOWER_COMPOUND_ONLY: Final = frozenset({"instelling", *_TRADE_ENDS})
# Kinds read only at a compound's end: bare, the word heads a table's cell or a phrase as often.
_COMPOUND_ONLY: Final = frozenset({"organisatie", "vereniging", "federatie", *_TRADE_ENDS})
_UPPER: Final = "A-ZÀ-ÖØ-Þ"
_NAME_WORD: Final = rf"[{_UPPER}][\w'’&]*(?:-[\w'’&]+)*"
# What follows a kind word: the name, one or two capitalised words.
# The article a firm's name may open with is left out: 'eenmanszaak 't Pandjeshuis Vos' (its
# apostrophe lost in some texts: 't Pandjeshuis').
# A firm named after its partners goes on after an ampersand, or after 'en' with a capitalised
# particle: 'adviesbureau Winkelman en Van Hessen', 'advocatenkantoor Loyens & Loeff' (not 'en'
# and any name: 'adviesbureaus Berenschot en Andersson Elffers Felix' are two).
_PARTNERS: Final = (
    rf"[ \t\u00a0]+(?:&|en[ \t\u00a0]+(?:Van|Ter|Ten|Den)(?:[ \t\u00a0]+(?:der|den|de))?)"
    rf"[ \t\u00a0]+{_NAME_WORD}"
)
_AFTER: Final = re.compile(
    rf"[ \t\u00a0]+(?:['’]?t[ \t\u00a0]+)?"
    rf"(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD})?)(?P<partners>{_PARTNERS})?(?![\w-])"
    # a name its colon goes on in is none read in half ('projectontwikkelaar Re:Born'; names44)
    r"(?!:[^\W\d_])"
)
# A document's reference is no firm's name: 'de motie 2e supermarkt RIS296770' (names44).
_REFERENCE: Final = re.compile(r"[A-Z]{2,}\d{3,}")
_WORDS: Final = (
    "De Het Een Deze Dit Die Dat Er In Op Bij Van Voor En Of Als Ook Maar Ik Wij Zij Hij U Met "
    "Naar Over Uit Om Aan Tot Door Zo Nu Dan Daar Hier Wel Niet Geen Alle Elk Ieder Welk Welke "
    "Volgens Zoals Omdat Toen Daarom Echter Tevens Hierbij Daarnaast Bovendien Inmiddels Sinds "
    "Kamer Minister Staatssecretaris Rijk Staat Overheid Ministerie"
)
# A letterhead's address line after a body's kind word ('Landelijke Studenten Vakbond Postbus
# 1234'; orgs74): the words that open an address, no name.
_ADDRESS_WORDS: Final = (
    "Postbus",
    "Antwoordnummer",
    "Bezoekadres",
    "Postadres",
    "Correspondentieadres",
)
_NOT_NAMES: Final = frozenset(
    [*_WORDS.split(), *_ADDRESS_WORDS, "Nederland", "Nederlandse", "Europese"]
)


# Every kind word, either case of its first letter, and whether a compound may end in it; found in
# the one pass over the text that words.py makes for several finders.
KIND_WORDS: dict[str, bool] = {
    **{form: kind in COMPOUND_ENDS for kind in _KINDS for form in (kind, kind.capitalize())},
    **{kind: kind in COMPOUND_ENDS for kind in _LOWER_KINDS},
}


# The kind as an apposition after the name: 'Tumba, kenniscentrum discriminatie', 'Veridis, een
# adviesbureau uit Utrecht', 'Eswa, de Europese associatie van ...'; or said of it: 'Zorgo is
# een grote zorgorganisatie', 'Busco is een beursgenoteerd bedrijf'.
_ADJECTIVE: Final = r"(?:[A-Za-zà-ÿ]{3,}(?:e|d|t|aal|eel|ijk|isch)[ \t\u00a0]+)?"
_BEFORE: Final = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD})?),[ \t\u00a0]+"
    rf"(?:(?:een|het|de)[ \t\u00a0]+{_ADJECTIVE})?$"
)
_IS_A: Final = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD})?)[ \t\u00a0]+is[ \t\u00a0]+"
    rf"een[ \t\u00a0]+{_ADJECTIVE}$"
)
_REACH: Final = 60
# Or the next sentence says what it is: 'ondersteund door Attrivé. Dit adviesbureau ...', 'een
# rapport van Acme. Deze Utrechtse netbeheerder ...' (orgs75's Left, orgs76). The word before the
# name is a running sentence's, in lower case (the name opens no sentence), and no preposition
# of place ('gevestigd in Hoogkerk. Dit bedrijf ...' names a place).
_TYPED_NEXT: Final = re.compile(
    rf"(?<![\w-])(?P<lead>[a-zà-ÿ]+)[ \t\u00a0]+(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD})?)"
    rf"\.[ \t\u00a0]+(?:Dit|Deze)[ \t\u00a0]+{_ADJECTIVE}$"
)
_PLACE_LEADS: Final = frozenset({"in", "te", "uit", "naar", "nabij", "rond", "om", "bij", "vanuit"})
_OPENS: Final = re.compile(r"(?:^|[.!?:;\n]\s*|\d+[.)]\s+)$")
# An apposition whose head is any compound of an association's or organisation's word: 'SRA, een
# netwerkorganisatie van ...', 'Cooplink, de vereniging van ...', and glued where a wrapped line
# lost its space ('X, de Europeseassociatie die ...'). The article makes it an apposition; a
# plural or a bare kind after a comma lists roles.
# A collaboration of bodies and an institute are so named too ('SIGRA, een regionaal
# samenwerkingsverband van zorg- en welzijnsaanbieders', orgs73), their neuter head after an
# undeclined adjective ('regionaal', 'landelijk', 'onafhankelijk').
_APPOSED_HEAD: Final = re.compile(
    r",[ \t\u00a0]+(?:een|het|de)[ \t\u00a0]+"
    r"(?:[A-Za-zà-ÿ]{3,}(?:e|d|t|aal|eel|ijk|isch)[ \t\u00a0]+)?"
    r"(?P<head>[A-Za-zà-ÿ]*(?:vereniging|organisatie|associatie|federatie|coöperatie|"
    r"genootschap|samenwerkingsverband|instituut|bedrijf))(?![\w-])"
)  # and a firm by its trade's compound (names44: 'aan Mooimekkerland, een melkgeitenbedrijf')
# A sentence's start; a wrapped line's start is none ('ondersteunen we \nCooplink, de ...').
_SENTENCE_OPENS: Final = re.compile(r"(?:[.!?:;][ \t\u00a0\r\n]*|\d+[.)][ \t\u00a0]+)$")
_APPOSED_HINTS: Final = (
    "vereniging",
    "organisatie",
    "associatie",
    "federatie",
    "coöperatie",
    "genootschap",
    "samenwerkingsverband",
    "instituut",
    "bedrijf",
)


def _apposed(text: str) -> list[re.Match[str]]:
    """The names before such appositions (matches of _BEFORE)."""
    found = []
    for m in _APPOSED_HEAD.finditer(text):
        before = _BEFORE.search(text, max(0, m.start("head") - _REACH), m.start("head"))
        if before is None:
            continue
        name = before.group("name")
        at = before.start()
        opens = at == 0 or _SENTENCE_OPENS.search(text, max(0, at - 6), at) is not None
        if opens and " " not in name and name[1:].islower():
            continue  # a sentence's first word and its comma: 'Hierover, de organisatie ...'
        if m.group("head").endswith("bedrijf") and _person_shaped(name):
            continue  # 'Volgens Jansen, een bedrijf ...': a firm's trade after a person's name
        found.append(before)
    return found


@cache
def _listed_surnames() -> frozenset[str]:
    return frozenset(row["canonical"].split()[-1] for row in rows("people.tsv"))


def _person_shaped(name: str) -> bool:
    """A given name first or a listed person's surname last: a person's name, maybe."""
    words = name.split()
    return words[0] in given_names() or words[-1] in _listed_surnames()


def _lower_word_start(text: str, start: int) -> bool:
    """Whether the word that holds `start` opens in lower case."""
    while start and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    return text[start].islower()


def _names(text: str) -> list[re.Match[str]]:
    seen = read(text)
    found = _apposed(text) if not seen.cues.isdisjoint(_APPOSED_HINTS_SET) and ", " in text else []
    for last, word in seen.companies:
        compounds = KIND_WORDS[word]
        start = last + 1 - len(word)
        inside = start and (text[start - 1].isalnum() or text[start - 1] == "-")
        if inside and not compounds:
            continue  # inside a word: 'Zorgverzekeraars' is found as itself, not 'verzekeraar'
        if inside and word in _LOWER_COMPOUND_ONLY and not _lower_word_start(text, start):
            continue  # 'Zorginstelling Noord': a name of its own
        if not inside and text[start : last + 1] in _COMPOUND_ONLY:
            # bare, the word heads a table's cell as often: 'Werkbelasting organisatie Cijfers'
            continue
        if lawtitles.in_title(text, start):
            continue  # 'Wet Structuur Uitvoeringsorganisatie Werk & Inkomen': a law's title
        m = _AFTER.match(text, last + 1)
        if m is not None and word in _TRADE_ENDS and m.group("name").split()[0] in given_names():
            continue  # 'de pakketbezorger Ahmed Benali': a person of the trade
        if m is not None and _REFERENCE.fullmatch(m.group("name")) is None:
            found.append(m)
        elif (
            not inside
            and text[start].islower()
            and not text[last + 1 : last + 2].isalpha()
            and text[start : last + 1] != "organisatie"  # 'Hierover, de organisatie van ...'
            # names any body, none by its kind
        ):
            # an apposition names one body by a kind in the singular: 'Veridis, een adviesbureau';
            # a plural lists roles ('Concurrenten, leveranciers of afnemers')
            before = None
            if text.rfind(",", max(0, start - 30), start) != -1:
                before = _BEFORE.search(text, max(0, start - _REACH), start)
            if before is None and text.rfind(" is ", max(0, start - 30), start) != -1:
                before = _IS_A.search(text, max(0, start - _REACH), start)
            if before is None and (
                text.rfind(". Dit ", max(0, start - 30), start) != -1
                or text.rfind(". Deze ", max(0, start - 30), start) != -1
            ):
                before = _TYPED_NEXT.search(text, max(0, start - _REACH), start)
            if before is not None:
                found.append(before)
    return found


# The kind in brackets after the name: 'Dutch Naval Design (samenwerking Defensie met maritieme
# sector)', 'Dcypher (platform voor ...)', 'Corendon (reisorganisatie)'; a collaboration or a
# platform is named so only here, where the brackets say what the name is.
_BRACKETED_KINDS: Final = (
    *_KINDS, *_LOWER_KINDS, "samenwerking", "samenwerkingsverband", "platform", "netwerk",
    "consortium", "stichting", "vereniging", "coalitie", "kennisinstituut", "onderzoeksinstituut",
    # a development company or a regulator glossed after its abbreviation: 'LIOF (de regionale
    # ontwikkelingsmaatschappij van de provincie Limburg)', 'X (toezichthouder op ...)' (orgs76)
    "maatschappij", "toezichthouder", "instelling",
)  # fmt: skip
# ... with an adjective before the kind after the article, and the kind as a compound's end:
# '(de regionale ontwikkelingsmaatschappij ...)', '(een Utrechts adviesbureau)' (orgs76).
_BRACKETED: Final = re.compile(
    r"\([ \t\u00a0]*(?:(?:een|het|de)[ \t\u00a0]+"
    r"(?:[A-Za-zà-ÿ]{3,}(?:e|d|t|aal|eel|ijk|isch|s)[ \t\u00a0]+)?)?[a-zà-ÿ]*"
    rf"(?:{'|'.join(sorted(set(_BRACKETED_KINDS), key=len, reverse=True))})(?![\w-])"
)
_NAME_BEFORE_BRACKET: Final = re.compile(
    rf"(?<![\w.-])(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD}){{0,2}})"
    r"[ \t\u00a0]*\r?\n?[ \t\u00a0]*$"
)


def _bracketed(text: str) -> list[Match]:
    found = []
    for m in _BRACKETED.finditer(text):
        before = _NAME_BEFORE_BRACKET.search(text, max(0, m.start() - _REACH), m.start())
        if before is None:
            continue
        words = before.group("name").split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]  # 'Zoals Dcypher (...)': the sentence's word before the name
        if not words or automaton().exists(" ".join(words)) or automaton().exists(words[-1]):
            continue  # a place or a listed body is found as itself
        begin = text.index(words[0], before.start("name"))
        name = " ".join(text[begin : before.end("name")].split())
        found.append(Match("organization", begin, before.end("name"), name))
    return found


def _typed_next(m: re.Match[str], words: list[str]) -> bool:
    """A name the next sentence types by a singular kind: not after a place's preposition, no
    sentence word, no given name's, and none a list knows (a place, a person, a listed body)."""
    if m.group("lead") in _PLACE_LEADS or any(w in _NOT_NAMES for w in words):
        return False
    if words[0] in given_names() or len(words[0]) < 2:
        return False
    return not automaton().exists(" ".join(words)) and not automaton().exists(words[-1])


def _apposed_start(text: str, m: re.Match[str], words: list[str]) -> int:
    """Of two words before an apposition, the first is dropped where it opens the sentence or
    the line ('Meldingen Tumba, kenniscentrum ...')."""
    begin = m.start("name")
    if len(words) == 2 and _OPENS.search(text, max(0, begin - 4), begin):
        return begin + text[begin:].index(words[1], len(words[0]))
    return begin


# Bodies listed as examples of a plural kind: 'waakhonden als Civicus en Freedom House',
# 'bedrijven, waaronder Allseas, Shell en Boskalis', 'platforms als TikTok'. Only kinds that
# bodies are (not 'ketens', 'partijen': systems, parties to a case and persons are so listed).
_PLURAL_KINDS: Final = (
    r"(?:\w*organisaties|\w*bedrijven|ngo's|NGO's|waakhonden|denktanks|banken|\w*verzekeraars|"
    r"omroepen|kranten|fabrikanten|leveranciers|webwinkels|supermarktketens|supermarkten|"
    r"netbeheerders|vakbonden|adviesbureaus|onderzoeksbureaus|advocatenkantoren|"
    r"accountantskantoren|luchtvaartmaatschappijen|multinationals|platforms|universiteiten)"
)
# A running sentence's line may wrap inside a name, its space kept before the break ('zoals EMB
# \nNederland'); a heading's or a list's line ends bare.
_EXAMPLE: Final = rf"{_NAME_WORD}(?:[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?{_NAME_WORD}){{0,2}}"
# Read from each connecting word (str.find): the kinds before it, the names after it.
_KIND_BEFORE: Final = re.compile(rf"(?<![\w-]){_PLURAL_KINDS},?[ \t\u00a0]+$")
_LIST_AFTER: Final = re.compile(
    rf"(?P<list>{_EXAMPLE}(?:[ \t\u00a0]*,[ \t\u00a0]*{_EXAMPLE})*"
    rf"(?:,?[ \t\u00a0]+(?:en|of)[ \t\u00a0]+{_EXAMPLE})?)(?![\w-])"
)
_KIND_REACH: Final = 40
_ONE_EXAMPLE: Final = re.compile(_EXAMPLE)
_EXAMPLE_HINTS: Final = (" als ", " zoals ", " waaronder ", "(zoals ", "(waaronder ")
# The hints are words of words.py's one pass over a text (not a substring test each).
_TO_BE_NAMED_HINT: Final = " heten"  # the verb of a name to come (_TO_BE_NAMED)
# A colophon's makers by their trade's label: 'Zet- en binnenwerk: Textcetera, Den Haag', 'Druk:
# Xerox/OBT', 'Vormgeving: Studio Vrijdag' (orgs74's miss, orgs75). The trades a firm does (type,
# print, design); not 'Redactie:', 'Fotografie:' or 'Illustraties:', which name people.
_COLOPHON_LABELS: Final = (
    "binnenwerk:", "Zetwerk:", "Opmaak:", "Vormgeving:", "Druk:", "Drukwerk:", "Lay-out:",
    "Omslagontwerp:", "Grafisch ontwerp:", "Zet- en drukwerk:",
)  # fmt: skip
# A firm whose bankruptcy a paper speaks of: 'de gevolgen van het faillissement van Intertoys',
# 'het bankroet van Imtech', 'de curator van Vroom & Dreesmann' (orgs74's miss, orgs75): one or two
# capitalised words (an ampersand joins partners), not a place, a given name's or a sentence's
# word; a person's bankruptcy names the person with a given name or initials, which the person
# finders read first.
_BANKRUPTCY_HINTS: Final = (" faillissement van ", " bankroet van ", " curator van ")
# Likewise a body whose governing organs or staff a paper speaks of: 'de raad van bestuur van
# Zorgcombinatie Noorderboog', 'de directie van Meubelfabriek Oost', 'de werknemers van Dorel'
# (orgs75): organs and staff only a body has; a person's 'medewerkers' are an office's, whose
# word ('minister', 'burgemeester') is in lower case and no name.
_ORGAN_HINTS: Final = (
    " raad van bestuur van ", " raad van toezicht van ", " directie van ",
    " bestuursvoorzitter van ", " werknemers van ", " personeel van ", " ondernemingsraad van ",
)  # fmt: skip
_BANKRUPT_HINTS: tuple[str, ...] = (*_BANKRUPTCY_HINTS, *_ORGAN_HINTS)
# `former`'s gate: a body named as a former one follows one of these words.
_FORMER_CUES: Final = frozenset({"voormalige ", "vroegere "})
CUES: Final = frozenset(
    {*_EXAMPLE_HINTS, *_APPOSED_HINTS, _TO_BE_NAMED_HINT, *_COLOPHON_LABELS, *_BANKRUPT_HINTS}
    | _FORMER_CUES
)
# A plural word closing a name is a category listed, no body: 'Algemeen Nut Beogende Instellingen'.
_PLURAL_END: Final = re.compile(r"\w+(?:en|s)$")
_NAME_PARTICLES: Final = frozenset({"Van", "De", "Het"})
_GOES_ON: Final = re.compile(rf"[ \t\u00a0]+[{_UPPER}]")
_RUNS_ON: Final = re.compile(rf"[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?[{_UPPER}]")


def _example_lists(text: str) -> list[re.Match[str]]:
    lists = []
    cues = read(text).cues  # a hint's scan only where words.py's pass saw it (speed50)
    for hint in _EXAMPLE_HINTS:
        if hint not in cues:
            continue
        at = text.find(hint)
        while at != -1:
            # a bracket's hint: the kind stands before its '(' ('verzekeraars (zoals
            # Promovendum)': one example, orgs77)
            stop = at if hint[0] == "(" else at + 1
            if _KIND_BEFORE.search(text, max(0, at - _KIND_REACH), stop):
                m = _LIST_AFTER.match(text, at + len(hint))
                if m is not None:
                    lists.append(m)
            at = text.find(hint, at + 1)
    return lists


def _examples(text: str) -> list[Match]:
    found = []
    for m in _example_lists(text):
        examples = list(_ONE_EXAMPLE.finditer(m.group("list")))
        if _GOES_ON.match(text, m.end()):
            examples = examples[:-1]  # the last name runs on past three words: cut, so no name
        for one in examples:
            words = one.group().split()
            if len(words[0]) < 2 or (
                words[0] in _NOT_NAMES and (len(words) == 1 or words[0] not in _NAME_PARTICLES)
            ):
                continue  # a sentence's word; 'Van Oord', 'De Kweker' are names
            if len(words) > 1 and _PLURAL_END.fullmatch(words[-1]) and words[-1][1:].islower():
                continue
            known = automaton().get(" ".join(words), None)
            if known is not None and known[1].type != "organization":
                continue  # a place or a person given as an example
            start = m.start("list") + one.start()
            found.append(Match("organization", start, start + len(one.group()), " ".join(words)))
    return found


# The name a body will bear, said in a relative clause on a body's word: 'de nieuwe instelling,
# die Espria gaat heten' (a merger's new body, orgs73). The name is one to three capitalised words
# right before the verb; no sentence's word, no listed place or person. A new municipality's,
# project's or law's name is none: only a body's word before the clause ('de nieuwe gemeente,
# die Altena gaat heten' names a place).
_TO_BE_NAMED: Final = re.compile(
    r"(?<![\w-])[a-zà-ÿ]*(?:instelling|organisatie|stichting|vereniging|bedrijf|onderneming|"
    r"corporatie|groep|combinatie|bank|omroep|instituut|school|koepel|fonds)"
    r",?[ \t\u00a0]+(?:die|dat)[ \t\u00a0]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD}){{0,2}})"
    r"[ \t\u00a0]+(?:gaat|zal|moet|gaan|zullen|moeten)[ \t\u00a0]+heten(?![\w-])"
)


def _to_be_named(text: str) -> list[Match]:
    found = []
    for m in _TO_BE_NAMED.finditer(text):
        words = m.group("name").split()
        if any(w in _NOT_NAMES for w in words) or len(words[0]) < 2:
            continue
        known = automaton().get(" ".join(words), None)
        if known is not None and known[1].type != "organization":
            continue
        start, end = m.span("name")
        found.append(Match("organization", start, end, " ".join(words)))
    return found


def _article_headed_care(text: str, m: re.Match[str], words: list[str]) -> bool:
    """A hospital's name that opens with its article, before its kind as an apposition: 'De
    Sionsberg, ziekenhuis in Dokkum' (orgs74; after the kind, 'het ziekenhuis De Sionsberg', is
    orgs73's). Only the care kinds, as there: after others an article and a capitalised word
    before a comma are a surname ('De Vries, leverancier van ...') as often."""
    return (
        m.re is _BEFORE
        and len(words) == 2
        and words[0] in _ARTICLES
        and text.startswith(_CARE_KINDS, m.end())
        and _ARTICLE_HEADED.match(" ".join(words)) is not None
        and words[1] not in _NOT_NAMES
        and words[1] not in _COMPASS
        and not automaton().exists(words[1])
    )


_ARTICLES: Final = frozenset({"De", "Het"})


# The maker's name: up to three capitalised words (a slash joins two firms: 'Xerox/OBT'), then a
# comma, a stop or the line's end; a place after the comma is where the firm sits.
_MAKER: Final = re.compile(
    rf"[ \t\u00a0]+(?P<name>{_NAME_WORD}(?:/{_NAME_WORD})?(?:[ \t\u00a0]+{_NAME_WORD}){{0,2}})"
    r"(?=[ \t\u00a0]*(?:[,;]|\.(?:[ \t\u00a0]|$)|\r?\n|$))"
)


def _makers(text: str) -> list[Match]:
    out = []
    for label in read(text).cues.intersection(_COLOPHON_LABELS):
        at = text.find(label)
        while at != -1:
            m = _MAKER.match(text, at + len(label))
            if m is not None:
                name = m.group("name")
                first = name.split()[0]
                if (
                    first not in _NOT_NAMES
                    and first not in given_names()  # 'Vormgeving: Anna Bakker', a person
                    and not automaton().exists(name)
                ):
                    out.append(Match("organization", m.start("name"), m.end("name"), name))
            at = text.find(label, at + len(label))
    return out


_BANKRUPT: Final = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+(?:&[ \t\u00a0]+)?{_NAME_WORD})?)"
    r"(?=[ \t\u00a0]*(?:[,;:.!?)»”'’\"]|\r?\n|$)|[ \t\u00a0]+[a-zà-ÿ(«“])"
)


def _after_article(text: str, pos: int) -> int:
    """Past 'de ' or 'het ' ('de directie van het Slotervaartziekenhuis')."""
    for article in ("de ", "het "):
        if text.startswith(article, pos):
            return pos + len(article)
    return pos


def _bankrupt(text: str) -> list[Match]:
    out = []
    for hint in read(text).cues.intersection(_BANKRUPT_HINTS):
        at = text.find(hint)
        while at != -1:
            m = _BANKRUPT.match(text, _after_article(text, at + len(hint)))
            at = text.find(hint, at + len(hint))
            if m is None:
                continue
            name = m.group("name")
            words = name.split()
            if (
                words[0] in _NOT_NAMES
                or words[0] in _SENTENCE_WORDS
                or words[0] in given_names()
                or automaton().exists(words[0])
                or (len(words) == 1 and len(name) < 3)
            ):
                continue
            out.append(Match("organization", m.start("name"), m.end("name"), " ".join(words)))
    return out


# The gates' words as sets: `isdisjoint` then reads the text's few cues, not every word of
# the gate (a tuple is iterated whole, item by item; throughput39).
_APPOSED_HINTS_SET: Final = frozenset(_APPOSED_HINTS)
_BANKRUPT_HINTS_SET: Final = frozenset(_BANKRUPT_HINTS)
_COLOPHON_LABELS_SET: Final = frozenset(_COLOPHON_LABELS)
_EXAMPLE_HINTS_SET: Final = frozenset(_EXAMPLE_HINTS)


def find(text: str) -> list[Match]:
    found = _bracketed(text) if "(" in text else []
    if not read(text).cues.isdisjoint(_BANKRUPT_HINTS_SET):
        found.extend(_bankrupt(text))
    if not read(text).cues.isdisjoint(_COLOPHON_LABELS_SET):
        found.extend(_makers(text))
    if _TO_BE_NAMED_HINT in read(text).cues:
        found.extend(_to_be_named(text))
    if not read(text).cues.isdisjoint(_EXAMPLE_HINTS_SET):
        found.extend(_examples(text))
    for m in _names(text):
        words = m.group("name").split()
        if m.re is _TYPED_NEXT:
            if _typed_next(m, words):
                found.append(Match("organization", m.start("name"), m.end("name"), " ".join(words)))
            continue
        if m.re is _BEFORE or m.re is _IS_A:
            begin = _apposed_start(text, m, words)
            name = " ".join(text[begin : m.end("name")].split())
            if all(w not in _NOT_NAMES and not automaton().exists(w) for w in name.split()):
                found.append(Match("organization", begin, m.end("name"), name))
            elif _article_headed_care(text, m, words):
                found.append(Match("organization", m.start("name"), m.end("name"), " ".join(words)))
            continue
        care = text[max(0, m.start() - 14) : m.start()].endswith(_CARE_KINDS)
        if care and len(words) == 1 and words[0] in _COMPASS:
            continue  # 'de kliniek Zuid': a site's part, no clinic's name (round56)
        # a company of culture so too, its name as it spells it: 'theatergezelschap De
        # PeerGrouP', 'het museum Het Valkhof' (orgs78)
        culture = text[max(0, m.start() - 14) : m.start()].endswith(_CULTURE_KINDS)
        if (
            (care or culture)
            and (
                (care and _ARTICLE_HEADED.match(m.group("name")))
                or (culture and _ARTICLE_NAMED.match(m.group("name")))
            )
            and _ENDS_HERE.match(text, m.end("name"))
        ):
            # a hospital's name that opens with its article, then ends: 'het ziekenhuis De
            # Sionsberg' (orgs73); not a word of the sentence ('ziekenhuis De Minister'), and
            # after other kinds a surname ('de leverancier De Vries') or a title's article
            # ('dagblad Het Oosterlicht') as before
            if words[1] not in _NOT_NAMES and not automaton().exists(words[1]):
                found.append(Match("organization", m.start("name"), m.end("name"), " ".join(words)))
            continue
        if words[0] in _NOT_NAMES or len(words[0]) < 2:
            continue
        if len(words) == 2 and (words[1] in _NOT_NAMES or automaton().exists(words[1])):
            words = words[:1]  # 'netbeheerder TenneT Nederland': the name, then a place
        end = m.start("name") + len(words[0]) if len(words) == 1 else m.end("name")
        trade = _ENGLISH_TRADE.match(text, end) if len(words) == 2 else None
        if trade is not None:
            end = trade.end()  # 'het bedrijf Holland Dairy Producers': a third, English word
        known = automaton().get(words[0], None) if len(words) == 1 else None
        if known is not None and known[1].type == "location":
            continue  # 'leverancier Utrecht': a place
        if m.group("partners") and end == m.end("name"):
            end = m.end("partners")
        elif len(words) == 1:
            end = _with_article_inside(text, end)
        name = " ".join(text[m.start("name") : end].split())
        found.append(Match("organization", m.start("name"), end, name))
        partner = _SLASH_PARTNER.match(text, end)
        if (
            partner is not None
            and partner.group("name").split()[0] not in _NOT_NAMES
            and _RUNS_ON.match(text, partner.end()) is None  # cut past three words: no name
        ):
            start, stop = partner.span("name")
            found.append(Match("organization", start, stop, " ".join(partner["name"].split())))
    return found


# A firm's or a producers' body's English name may end in a third word, its members' trade in
# the plural ('het bedrijf Holland Dairy Producers', cut at 'Dairy' before; orgs74): the words of
# orgnames' firm words that are English plurals, the name ending there.
_ENGLISH_TRADE: Final = re.compile(
    r"[ \t\u00a0]+(?:Producers|Growers|Traders|Industries)"
    r"(?=[.,;:!?)»”'’\"]|[ \t\u00a0]*(?:\r?\n|$)|[ \t\u00a0]+[a-zà-ÿ(])"
)


# The care kinds added in orgs73, whose names may open with an article ('De Sionsberg').
_CARE_KINDS: Final = ("kliniek", "ziekenhuis", "verpleeghuis", "zorgboerderij")
# The kinds of culture whose companies' names open with an article ('De PeerGrouP', 'Het Houten
# Huis'; orgs78), read as the care kinds' are.
_CULTURE_KINDS: Final = (
    "gezelschap",
    "theatergroep",
    "toneelgroep",
    "dansgroep",
    "museum",
    "orkest",
)
_COMPASS: Final = frozenset({"Noord", "Zuid", "Oost", "West", "Midden", "Centrum"})
_ARTICLE_HEADED: Final = re.compile(rf"(?:De|Het)[ \t\u00a0]+[{_UPPER}][a-zà-ÿ]{{2,}}$")
_ARTICLE_NAMED: Final = re.compile(rf"(?:De|Het)[ \t\u00a0]+[{_UPPER}][a-zà-ÿ]{{2,}}[\wà-ÿ]*$")
# The name ends: punctuation, a bracket, the line's end or a lower-case word.
_ENDS_HERE: Final = re.compile(r"(?=[.,;:!?)»”'’\"]|[ \t\u00a0]*(?:\r?\n|$)|[ \t\u00a0]+[a-zà-ÿ])")


# A name that holds an article after its first word: 'hulporganisatie Plant een Olijfboom' (the
# foundation's name; cut at 'een' it named 'Plant', letters66). The word after the article is
# capitalised and no sentence's, office's or listed word ('de vakbond FNV de Minister ...'), and
# the name ends there (punctuation, a quote, the line's end) or the text names it so elsewhere
# ('Stichting Plant een Olijfboom'); not where the sentence goes on ('het bedrijf X de Gemeente
# Utrecht', 'X het Rapport stuurde').
_ARTICLE_INSIDE: Final = re.compile(
    rf"[ \t\u00a0]+(?:een|de|het)[ \t\u00a0]+(?P<word>{_NAME_WORD})(?![\w-])"
    r"(?P<stop>(?=[.,;:!?)»”'’\"]|[ \t\u00a0]*(?:\r?\n|$)))?"
)


def _with_article_inside(text: str, end: int) -> int:
    m = _ARTICLE_INSIDE.match(text, end)
    if m is None:
        return end
    word = m.group("word")
    if word in _NOT_NAMES or word in _SENTENCE_WORDS or automaton().exists(word) or len(word) < 3:
        return end
    if m.group("stop") is None:
        name = text[end - len(text[:end].rsplit(None, 1)[-1]) : m.end("word")]
        if text.count(name) < 2:
            return end
    return m.end("word")


# Two firms named as one after the kind, joined by a slash: 'het bedrijf Bontrup/Graniet Import
# Benelux' (a firm and its trading company); the second name up to three words.
_SLASH_PARTNER: Final = re.compile(
    rf"/(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?{_NAME_WORD}){{0,2}})(?![\w-])"
)


# A group's abbreviation heads the names of its member firms: 'VDL Nedcar', 'KLM Cityhopper', 'NS
# Stations', 'ING Bank'. Only the abbreviations the lists give a firm (kind 'bedrijf'): a public
# body's abbreviation before a capitalised word is as often a heading's or a product's ('CBS
# Statline', 'RIVM Rapport'). The member's word is one capitalised word no list knows, not a
# sentence word, and the sentence goes on in lower case or stops after it (no title-cased line).
_MEMBER_WORD: Final = re.compile(
    rf"[ \u00a0](?P<word>[{_UPPER}][a-zà-ÿ][\w'’-]{{2,}})"
    r"(?=[.,;:!?)»”'’]|[ \u00a0]+[a-zà-ÿ0-9(«“'‘]|[ \u00a0]*(?:\r?\n|$))"
)


@cache
def _group_abbreviations() -> frozenset[str]:
    return frozenset(
        name
        for file in ("organisations.tsv", "firms.tsv", "listed.tsv")
        for row in rows(file)
        if row.get("kind") == "bedrijf"
        for name in variants(row)
        if re.fullmatch(r"[A-Z]{2,5}", name)
    )


def members(text: str, found: list[Match]) -> list[Match]:
    """Member firms named by their group's listed abbreviation and their own word."""
    out = []
    for f in found:
        if f.type != "organization" or text[f.start : f.end] not in _group_abbreviations():
            continue
        m = _MEMBER_WORD.match(text, f.end)
        if m is None:
            continue
        word = m.group("word")
        if word in _NOT_NAMES or word in _SENTENCE_WORDS or automaton().exists(word):
            continue  # 'KLM Vandaag', 'NAM Groningen': a sentence's word or a place
        line_start = text.rfind("\n", 0, f.start) + 1
        if _LINE_END.match(text, m.end("word")) and not text[line_start : f.start].strip():
            continue  # 'KLM Nieuws' alone on its line: a heading, perhaps a newsletter's
        out.append(Match("organization", f.start, m.end("word"), f"{text[f.start : f.end]} {word}"))
    return out


_LINE_END: Final = re.compile(r"[ \u00a0]*(?:\r?\n|$)")
# Words that open a clause or stand for a time after a name ('bij KLM Vorige week' is a new
# sentence lost its stop; 'de NS Maandag'): no member's name.
_CLAUSE_WORDS: Final = (
    "Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Vorige Volgende Afgelopen "
    "Gisteren Vandaag Morgen Verder Dus Want Wanneer Waarom Hoe Wat Wie Welke Zij Ook "
    "Daarna Vervolgens Intussen Tot Bijvoorbeeld"
)
_SENTENCE_WORDS: Final = frozenset(_CLAUSE_WORDS.split())


# A listed hospital named by its own word and its seat, the seat after 'te' or 'in': 'het
# Diaconessenhuis te Meppel' (listed 'Isala Diaconessenhuis Meppel'), 'Ziekenhuis Bethesda in
# Hoogeveen' (listed 'Ziekenhuis Bethesda Hoogeveen'; orgs75). The RIVM list ends many hospitals'
# names in their seat; the word before the seat, where it is the hospital's own (not 'Ziekenhuis',
# 'Centrum', 'locatie'), and the seat name one hospital. Read from the places found (a seat is a
# listed place), so no pass over the text is made.
_SEAT_WORDS: Final = frozenset(
    {
        "Ziekenhuis", "Ziekenhuizen", "Centrum", "centrum", "Medisch", "MC", "locatie", "Locatie",
        "Zorggroep", "Ziekenhuisgroep", "Groep", "St.", "van", "op", "den", "de",
    }
)  # fmt: skip
_SEATED: Final = re.compile(
    rf"(?:(?P<kind>[Zz]iekenhuis|[Hh]et|[Dd]e)[ \t\u00a0]+)?(?P<word>[{_UPPER}][\w'’-]+)"
    r"[ \t\u00a0]+(?:te|in)[ \t\u00a0]+$"
)
_SEAT_REACH: Final = 60
_LINE_BLANKS: Final = frozenset(" \t\u00a0")
_UPPER_CHAR: Final = re.compile(rf"[{_UPPER}]")


def _seat_before(text: str, lo: int, end: int) -> bool:
    """Whether `_SEATED` can match in `text[lo:end]`: a word with a capital, blanks, 'te' or 'in'
    and blanks end it, at `end` or before a line break there (its `$`). Most places found follow
    no such words; the pattern, led by an optional group and tried at each of its window's
    characters, is searched only where they stand (throughput38)."""
    for e in (end, end - 1) if end > lo and text[end - 1] == "\n" else (end,):
        at = e
        while at > lo and text[at - 1] in _LINE_BLANKS:
            at -= 1
        if at == e or at - 2 < lo or text[at - 2 : at] not in ("te", "in"):
            continue
        at -= 2
        word_end = at
        while at > lo and text[at - 1] in _LINE_BLANKS:
            at -= 1
        if at == word_end:
            continue
        word_end = at
        while at > lo and (text[at - 1].isalnum() or text[at - 1] in "_'’-"):
            at -= 1
        if _UPPER_CHAR.search(text, at, word_end - 1) is not None:
            return True
    return False


_CAPITALISED_BEFORE: Final = re.compile(rf"[{_UPPER}][\w'’.-]*[ \t\u00a0]+$")


@cache
def _seats() -> dict[tuple[str, str], str]:
    """(the hospital's own word, its seat) -> the listed name; a pair two hospitals share is
    none."""
    seen: dict[tuple[str, str], str] = {}
    shared: set[tuple[str, str]] = set()
    for row in rows("institutions.tsv"):
        if row.get("kind") != "ziekenhuis":
            continue
        words = row["canonical"].split()
        if len(words) < 2 or words[-2] in _SEAT_WORDS or not words[-2][0].isupper():
            continue
        key = (words[-2], words[-1])
        if key in seen and seen[key] != row["canonical"]:
            shared.add(key)
        seen[key] = row["canonical"]
    return {k: v for k, v in seen.items() if k not in shared}


def seated(text: str, found: list[Match]) -> list[Match]:
    """`found` with the listed hospitals named by their own word and seat; the word's match, if
    the name finders made one, gives way to the listed name."""
    out = found
    for f in found:
        if f.type != "location":
            continue
        lo = max(0, f.start - _SEAT_REACH)
        if not _seat_before(text, lo, f.start):
            continue
        before = _SEATED.search(text, lo, f.start)
        if before is None:
            continue
        listed = _seats().get((before.group("word"), text[f.start : f.end]))
        if listed is None:
            continue
        kind = before.group("kind") or ""
        start = before.start("kind") if kind.lower() == "ziekenhuis" else before.start("word")
        end = before.end("word")
        if not kind and _CAPITALISED_BEFORE.search(text, max(0, start - _SEAT_REACH), start):
            continue  # 'Jan Bethesda in Hoogeveen': a person's or another name's last word
        if any(
            g.start < end and start < g.end and not (g.type == "organization" and start <= g.start)
            for g in out
        ):
            continue  # a person's or a wider name's word
        out = [g for g in out if not (g.start < end and start < g.end)]
        out.append(Match("organization", start, end, listed))
    return out


# A listed firm's division or country company named after it: 'Philips Lighting', 'Shell
# Nederland', 'Siemens Healthcare' (orgs75's Left, orgs76). The division is another company
# ('Philips Lighting' is no longer Philips): its printed name is its canonical one; a country's or
# a holding's is the listed firm itself.
_DIVISIONS: Final = (
    "Lighting", "Healthcare", "Electronics", "Semiconductors", "Medical", "Chemicals", "Pharma",
    "Energy", "Retail", "Technologies", "Solutions", "Services", "Systems", "Capital",
    "Nederland", "Netherlands", "Benelux", "Holding", "Group", "Groep",
)  # fmt: skip
_SAME_BODY: Final = frozenset({"Nederland", "Netherlands", "Benelux", "Holding", "Group", "Groep"})
_DIVISION: Final = re.compile(rf"[ \u00a0](?P<word>{'|'.join(_DIVISIONS)})(?![\w-])")
# A listed body's regional unit after its name: 'Staatsbosbeheer Regio Noord' (orgs76), which
# the region finder read as a body 'Regio Noord' of its own.
_REGION_UNIT: Final = "Regio "


def widened(text: str, found: list[Match]) -> list[Match]:
    """`found` with a listed body's division or regional unit read with its name."""
    out = found
    for f in found:
        if f.type != "organization" or f.end >= len(text) or text[f.end] not in " \u00a0":
            continue
        division = _DIVISION.match(text, f.end)
        if division is not None:
            known = automaton().get(text[f.start : f.end], None)
            if known is None or known[1].type != "organization":
                continue  # only a listed body's name goes on
            end = division.end()
            word = division.group("word")
            canonical = f.canonical if word in _SAME_BODY else " ".join(text[f.start : end].split())
        elif text.startswith(_REGION_UNIT, f.end + 1):
            unit = next((g for g in out if g.type == "organization" and g.start == f.end + 1), None)
            if unit is None:
                continue
            end, canonical = unit.end, f.canonical
        else:
            continue
        if any(g.start < end and f.end < g.end and g.type != "organization" for g in out):
            continue  # a person's or a place's word after the name
        out = [g for g in out if not (g.start < end and f.start < g.end)]
        out.append(Match("organization", f.start, end, canonical))
    return out


# A body that was: 'werknemers van het voormalige Organon' (orgs75's Left, orgs76). After the
# neuter article (a person is 'de voormalige ...'), one or two capitalised words that no list
# holds as a place or a person, and no compound of a country's or a region's word ('het voormalige
# Oost-Duitsland', 'het voormalige Zuiderzeegebied').
_FORMER: Final = re.compile(
    rf"(?<![\w-])[Hh]et[ \t\u00a0]+(?:voormalige|vroegere)[ \t\u00a0]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD})?)(?![\w-])"
)
_FORMER_NOT: Final = (
    "land", "rijk", "gebied", "stad", "dorp", "terrein", "complex", "gebouw", "pand",
    # former states: 'het voormalige Joegoslavië', 'Tsjecho-Slowakije', 'de Sovjet-Unie'
    "ië", "ije", "unie", "blok",
)  # fmt: skip


def former(text: str) -> list[Match]:
    """Bodies named as former ones."""
    if read(text).cues.isdisjoint(_FORMER_CUES):  # words.py's pass, not two scans (speed50)
        return []
    out = []
    for m in _FORMER.finditer(text):
        words = m.group("name").split()
        name = " ".join(words)
        if (
            words[0] in _NOT_NAMES
            or words[0] in given_names()
            or name.lower().endswith(_FORMER_NOT)
            or "-" in name  # 'het voormalige Oost-Duitsland', 'Nederlands-Indië'
        ):
            continue
        known = automaton().get(name, None)
        if known is not None and known[1].type != "organization":
            continue
        out.append(Match("organization", m.start("name"), m.end("name"), name))
    return out
