"""Organisations outside every list, recognised by the shape of their name.

A name is a run of capitalised words (Dutch and English particles such as 'voor', 'van de', 'of',
'on' may join them) that contains an organisation word ('Proximities Risk Consultancy', 'Library of
Congress', 'Commission on Human Rights', 'Stichting Vluchteling') and at least one other
capitalised word: 'De Raad' or a lone 'Commissie' is not a name. Sentence-initial function words
('De', 'Deze', 'Volgens') are not part of a name, nor is a Dutch adjective in front of an English
name ('de Filipijnse Commission on Human Rights'). An abbreviation with a lower-case organisation
word ('het PKI-consortium') is a name too, as is an abbreviation in parentheses right after a
description headed by an organisation word ('de nationale onderzoekscommissie in Jemen (NCOI)').

The canonical name is the printed one with its whitespace collapsed; 'PKI-consortium' and 'PKI
Consortium' are one organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.entities import lawtitles, longforms, taskbodies
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.hits import AFTER_NOTE_NUMBER
from services.enrich.scan import Guarded, any_of
from services.enrich.words import peek


def _words(text: str) -> list[str]:
    return text.split()


_DUTCH_HEADS = _words(
    "Stichting Vereniging Federatie Consortium Groep Holding Instituut Centrum Universiteit "
    "Hogeschool Commissie Raad Autoriteit Agentschap Bank Bureau Dienst Academie Stuurgroep "
    "Genootschap Coöperatie Meldpunt Steunpunt Collectief Coalitie School"
    # the bodies of the public trade organisation: 'Bedrijfschap Horeca en Catering', 'Productschap
    # Tuinbouw'
    " Bedrijfschap Productschap"
    # a standing consultation of bodies: 'Nationaal Openbaar Vervoer Beraad' (the compound
    # 'Omgevingsberaad' ends in 'raad' already)
    " Beraad"
    # the firms that minute council meetings: 'Notuleerservice To The Point' (round decentral52)
    " Notuleerservice Notulenservice"
    # an alliance of bodies: 'Hoofdpijn Alliantie', 'Nationale Alliantie Lerarenopleidingen'
    " Alliantie"
    # a clinic by its own name: 'de Kliniek Kop & Lijf' (round media56); a hospital so, where no
    # list holds that form: 'Ziekenhuis Bethesda', 'Ziekenhuis Tjongerschans' (orgs75)
    " Kliniek Ziekenhuis"
    # a committee of a body or of citizens: 'het Nederlands Juristen Comité voor de Mensenrechten'
    # (round letters61)
    " Comité"
    # the public bodies of common arrangements named by their task: 'Werkvoorzieningschap
    # Noordoost-Brabant', 'Recreatieschap Drechtsteden', 'Streekarchief Voorne-Putten' (orgs69)
    " Werkvoorzieningschap Werkvoorzieningsschap Recreatieschap Streekarchief"
    # a local court of audit by its town's adjective: 'de Rotterdamse Rekenkamer' (orgs75; 'de
    # Haagse Rekenkamercommissie' is a task's compound already; by its town's name, 'Rekenkamer
    # Rotterdam', orgcontext's)
    " Rekenkamer"
    # bodies of culture named bare (orgs75's Left, orgs76): a museum or an orchestra by its
    # name or its region's adjective ('het Van Gogh Museum', 'het Groninger Museum', 'het
    # Metropole Orkest', 'het Orkest van het Oosten'); as every head, with another capitalised
    # word, so a lone 'Museum' or 'Orkest' is none
    " Museum Orkest"
    # a pop venue by its name: 'Poppodium Gebouw-T' (orgs78)
    " Poppodium"
    # a public information desk by its task, as Meldpunt and Steunpunt name theirs: 'het
    # Landelijk Informatiepunt Wolven' (orgsK47's set K), 'Informatiepunt Preventie Polarisatie
    # en Radicalisering', 'Servicepunt Handhaving' (names44's set); as every head, never alone
    # ('het Informatiepunt' is none)
    " Informatiepunt Servicepunt"
)
_ENGLISH_HEADS: Final = _words(
    "Consultancy Group Institute Centre Center University College Commission Committee Council "
    "Authority Agency Library Bureau Foundation Association Corporation Taskforce Alliance "
    "Platform Federation Union Organisation Organization Society Forum Administration Board "
    "Centers Centres"
    # armed bodies named in English: 'Rapid Support Forces', 'Syrian Democratic Forces'
    " Forces"
    # a watchdog or a coalition named in English: 'Corporate Europe Observatory', 'European
    # Observatory on Health Systems', 'Dutch Sustainable Growth Coalition' (round orgs57; not
    # 'Network', which heads a directive's title: 'Network and Information Security Directive')
    " Observatory Coalition"
)
# 'Organisatie' heads a Dutch body's name too ('de Programma Management Organisatie'); where it
# opens one, see _CLOSING_HEADS.
_DUTCH_HEADS = [*_DUTCH_HEADS, "Organisatie"]
# The words firms end their names in ('Alfa Scientific', 'Gupta Strategists'; not those of
# common phrases: 'Nature-based Solutions', 'Venture Capital', 'Big Pharma'), and the Dutch words
# for a firm of professionals ('Lexicon Advocaten', 'Van Dijk Accountants').
_FIRM_WORDS: Final = frozenset(
    _words(
        "Consulting Pharmaceuticals Diagnostics Scientific Therapeutics Laboratories Strategists "
        "Advocaten Accountants Adviseurs Ingenieurs Architecten Notarissen "
        # a data or research lab named as a firm ('Totta Data Lab', 'Civic AI Labs')
        "Lab Labs "
        # a media or design firm ('Hellenthal Studios'); the singular names a programme as often
        # ('Studio Sport')
        "Studios "
        # a firm that minutes council meetings, named in the minutes' attendance lists
        # ('MatchWord Verslagbureau'; round decentral52)
        "Verslagbureau "
        # a firm or a producers' body named in English by its members' trade, a plural that ends
        # the name ('Holland Dairy Producers', 'Westland Growers', 'Dutch Flower Traders';
        # orgs74); not 'Farmers' or 'Partners', which name a kind of people as often
        "Producers Growers Traders Industries"
    )
)
# A Dutch compound ends in its head: 'Rechtshulpcentrum', 'Branchevereniging', 'Scholtemuseum'.
_HEAD_ENDINGS: Final = _words(
    "museum ziekenhuis centrum instituut vereniging federatie autoriteit academie genootschap "
    "stichting inspectie organisatie college raad tafel dienst"
    # a town's or region's archive service: 'Stadsarchief Breda', 'Streekarchivariaat De Liemers'
    " archief archivariaat"
    # a firm of a trade by its own name: 'Tekstbureau Talent' (a council's minuting firm),
    # 'Adviesbureau Berenschot', 'Ingenieursbureau Amsterdam' (round letters63)
    " bureau"
    # an orchestra's compound: 'Residentieorkest', 'Radio Filharmonisch Orkest' aside
    " orkest"
    # a clinic named as a hospital is: 'de Sint Maartenskliniek' beside 'het Ikazia Ziekenhuis'
    # (orgsL46's answer to Kamervragen)
    " kliniek"
)
_ENDINGS: Final = tuple(_HEAD_ENDINGS)
_COMPOUND_HEAD: Final = re.compile(rf"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{{2,}}(?:{'|'.join(_HEAD_ENDINGS)})")
# A group, committee, platform or alliance named by its task: 'Regiegroep Aanpak Regeldruk',
# 'Deskundigencommissie Jeugd', 'Kennisplatform Effecten Mijnbouw', 'Schadefonds
# Geweldsmisdrijven'. These compounds make a name a body's but, unlike the heads above, end no
# name: an inventory's cells run on after them ('Coalitie ViVa Regiegroep Vitale Varkenshouderij').
# A fund alone is money as often as a body ('het Klimaatfonds'): only in a name of two words or
# more. A team named by its task is a body too: 'Aanjaagteam Bescherming Arbeidsmigranten',
# 'Expertteam Zorgverzekeringen'.
_TASK_ENDINGS: Final = (
    *("groep", "commissie", "platform", "alliantie", "coalitie", "bond", "fonds", "team"),
    "orgaan",  # 'Regieorgaan Open Science NL', 'Overlegorgaan Fysieke Leefomgeving'
)
_TASK_HEAD: Final = re.compile(rf"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{{2,}}(?:{'|'.join(_TASK_ENDINGS)})")
# Groups of people or things, no body: 'Doelgroep Jongeren', 'Leeftijdsgroep 18-25'.
_NO_BODY_GROUPS: Final = re.compile(
    r"\w*(?:[Dd]oel|[Ll]eeftijds|[Rr]isico|[Bb]eroeps|[Pp]roduct|[Ii]nkomens|[Bb]evolkings|"
    r"[Cc]ontrole|[Vv]erge[lt]ijkings|[Ss]ubsidie|[Gg]ebruikers)groep"
)


# An organ of a kind the law or a body has is no name ('het Bestuursorgaan', 'Toezichtsorgaan').
_ORGAN_KINDS: Final = frozenset(
    _words(
        "Bestuurs Bestuur Toezichts Toezicht Uitvoerings Uitvoering Advies Adviserend "
        "Medezeggenschaps Inspraak Vertegenwoordigend Zelfstandig Overheids Controle Beslis "
        "Besluitvormend Zintuig Spraak Geslachts Lichaams"
    )
)


def organ_kind(word: str) -> bool:
    """'Bestuursorgaan', 'Adviesorgaan': a kind of organ, its stem with or without the 's'."""
    stem = word.removesuffix("orgaan")
    return stem == "" or stem in _ORGAN_KINDS or stem.removesuffix("s") in _ORGAN_KINDS


# A line-end hyphen some texts keep inside the word ('Deskundigencommis-sie').
_KEPT_HYPHEN: Final = re.compile(r"(?<=[a-zà-ÿ])-(?=[a-zà-ÿ]+$)")


def _task_head(word: str) -> bool:
    if word == "Fonds":
        return True  # 'Nationaal Fonds Kinderhulp', 'Fonds Podiumkunsten': a fund named by its task
    if "-" in word:
        word = _KEPT_HYPHEN.sub("", word)
    return (
        word.endswith(_TASK_ENDINGS)
        and _TASK_HEAD.fullmatch(word) is not None
        and _NO_BODY_GROUPS.fullmatch(word) is None
        and not (word.endswith("orgaan") and organ_kind(word))
    )


# Compounds that end in 'raad' but name a guide or a stock, no council: 'Leidraad
# Vreemdelingenbewaring', 'Woningvoorraad', 'Huisraad'.
_NO_COUNCIL: Final = ("leidraad", "voorraad", "huisraad")


class _Heads:
    """The organisation words, and any compound that ends in one.

    A class holding the words, not a subclass of frozenset: mypyc compiles no subclass of a
    built-in type, and this module is compiled (issue #12)."""

    __slots__ = ("words",)

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def __iter__(self) -> Iterator[str]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __contains__(self, word: object) -> bool:
        if word in self.words:
            return True
        return (
            isinstance(word, str)
            and word.endswith(_ENDINGS)  # cheap; the pattern checks the capital and length
            and _COMPOUND_HEAD.fullmatch(word) is not None
            and not word.lower().endswith(_NO_COUNCIL)
        )


_HEADS: Final = _Heads(frozenset(_DUTCH_HEADS) | frozenset(_ENGLISH_HEADS) | _FIRM_WORDS)
# What other finders ask: is this word an organisation's? Typed as its class, not as
# frozenset[str]: a caller compiled with mypyc would test a frozenset's members directly and
# miss _Heads.__contains__'s compounds.
HEADS: _Heads = _HEADS
# A cheap test (no word boundaries: those the runs check) for text that may hold a name.
_ANY_HEAD: Final = re.compile(any_of(_HEADS))  # (asked only whether one stands: scan.any_of)
# A head's or a task's compound ending a word: 'Mondzorgalliantie', 'Regiegroep'.
_ANY_ENDINGS: Final = (*_HEAD_ENDINGS, *_TASK_ENDINGS)
_ANY_COMPOUND: Final = re.compile(rf"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{{2,}}(?:{'|'.join(_ANY_ENDINGS)})\b")


# The words `_may_hold_name` asks for, which words.py's one pass over a segment's text finds
# (issue #12: a search for 81 words and 30 substring tests a text were ~3 % of a segmented pass);
# a slice of a text, which `find` is asked of too, is read as before.
GATES: Final = frozenset(_HEADS.words) | frozenset(_ANY_ENDINGS) | {"Fonds", "Advies"}


# The gates' words as sets: `isdisjoint` then reads the text's few cues, not every word of
# the gate (a tuple is iterated whole, item by item; throughput39).
_ANY_ENDINGS_SET: Final = frozenset(_ANY_ENDINGS)


def _may_hold_name(text: str) -> bool:
    """Literal heads first (one fast pass); a compound head only where its ending stands."""
    seen = peek(text)
    if seen is not None:
        cues = seen.cues
        if not cues.isdisjoint(_HEADS.words) or "Fonds" in cues or _ADVICE in cues:
            return True
        return not cues.isdisjoint(_ANY_ENDINGS_SET) and _ANY_COMPOUND.search(text) is not None
    if _ANY_HEAD.search(text) is not None or "Fonds" in text or _ADVICE in text:
        return True
    return any(e in text for e in _ANY_ENDINGS) and _ANY_COMPOUND.search(text) is not None


_ENGLISH: Final = frozenset(_ENGLISH_HEADS) - frozenset(_DUTCH_HEADS)
# English heads that close a name ('European Federation of Energy Traders', 'World Economic
# Forum') or open it only before 'of'/'for'/'on' ('Forum on Tax Administration'); so does the
# Dutch 'Organisatie' ('de Programma Management Organisatie'; 'Organisatie voor ...'), which opens
# a heading as often ('3. Organisatie en Financiering').
_CLOSING_HEADS: Final = frozenset(
    _words("Federation Union Organisation Organization Society Forum Organisatie")
)
_OPENS_BEFORE: Final = frozenset({"of", "for", "on", "voor", "van"})
_DUTCH_HEAD_SET: Final = frozenset(_DUTCH_HEADS)
_LEGAL_FORMS: Final = frozenset({"B.V.", "N.V.", "BV", "NV"})

_UPPER: Final = "A-ZÀ-ÖØ-Þ"
# A word may hang its hyphen before 'en'/'of'/'&' ('Vereniging van Schouwburg- en
# Concertgebouwdirecties', 'Stichting Bos- & Natuurbeheer'); a later word may carry the dash of
# such a pair ('Poppodia en -Festivals').
# An apostrophe inside a word only ('Children’s', 'Kinder’s'): one at its end closes a quote around
# the name ('e-mail ‘Stichting Groene Dijken’').
_WORD: Final = (
    rf"[{_UPPER}][\w&]*(?:['’][\w&]+)*(?:-[\w&]+(?:['’][\w&]+)*)*"
    r"(?:-(?=[ \t\u00a0]+(?:en|of|&)(?:[ \t\u00a0]|\r?\n)))?"
)
_NEXT_WORD: Final = rf"(?:[-–—](?=[{_UPPER}]))?{_WORD}"
_PARTICLE: Final = r"(?:van|voor|de|het|der|den|en|&|of|on|for|the|and|into)"
_GAP: Final = r"[ \t\u00a0]+(?:\r?\n)?[ \t\u00a0]*|\r?\n[ \t\u00a0]*"
# A run of capitalised words, particles between them; a legal form may close it.
_GLUED_BEFORE: Final = "|".join(
    rf"(?<=(?<![\w.@/-]){w})" for w in ("het", "de", "van", "bij", "door", "met", "voor", "aan")
)
_RUN: Final = Guarded(
    # a footnote's number glued to a line's first word may stand before it ('3Stockholm Center';
    # not '2FA', '3RO': an abbreviation's digit)
    rf"(?<![\w.@/-])|(?:{AFTER_NOTE_NUMBER})(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"
    # or a sentence's article or preposition that text joined from wrapped lines glued on
    # ('bij hetLandelijk Meldpunt Zorg'); the word before it must be all lower case
    rf"|{_GLUED_BEFORE}(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])",
    # a line opened by a label ('Zaal: Suze Groenewegzaal' + '\nCommissie: Financiën', an
    # agenda's fields) takes no word from the line before
    rf"{_WORD}(?:(?:{_GAP})(?!(?<=\n){_WORD}:)(?:{_PARTICLE}(?:{_GAP}))*{_NEXT_WORD})*"
    rf"(?:(?:{_GAP})[BN]\.V\.)?"
    # 'Burgerzaken\nS.A.J. Rijsdijk': initials start no word of the name; a footnote's number
    # after the sentence's full stop is none ('... Welkom Onthaal.2 De minister', O49)
    r"(?![\w@/]|\.(?![1-9]\d?(?:[ \t\u00a0\r\n]|$))\w)",
)
_TOKEN: Final = re.compile(rf"{_NEXT_WORD}|[BN]\.V\.|\S+")
# Capitalised at the start of a sentence or in a heading, never the start of a name.
_LEADING: Final = frozenset(
    _words(
        """De Het Een Deze Dit Die Dat Onze Ons Uw Zijn Haar Hun Hij Zij Wij Ik Er Welke Elke Iedere
    Alle Geen Wat Waarom Hoe Wie Ook Maar En Of Als In Op Bij Via Door Met Naar Over Uit Van
    Voor Volgens Namens Tot Om Aan Na Sinds Tijdens Zoals Omdat Daarnaast Daarom Verder Tevens
    Bovendien Inmiddels Momenteel Nu Wel Niet Hierbij Hiervoor Zowel Graag Mede Vraag Antwoord
    The A An This That These Those Our Their Its His Her We They It In On At By For From Of With
    To And Or As
    Reactie Mail E-mail Memo Nota Notitie Brief Verslag Presentatie Bijlage Concept Notulen
    Rapportage Jaarrapportage Jaarverslag
    Jaarrekening Exploitatierekening Exploitatiebegroting Begroting Meerjarenbegroting Balans
    Document Agenda Voordracht Organigram Profielschets Terugkoppeling Opstart Voortgang Offerte
    Annotatie Uitnodiging Aanvraag Overzicht Samenvatting Informatieavond Samenstelling Onder"""
    )
    # a seat held in the body, as a list of side jobs prints it: 'Lid Amsterdam Economic Board',
    # 'Bestuurslid Stichting X', 'Voorzitter Stuurgroep Y'
    + _words("Lid Bestuurslid Voorzitter Vicevoorzitter Penningmeester")
    # how a letter is sent, above the addressee: 'AANGETEKEND\nStichting Het Anker'
    + _words("AANGETEKEND AANTEKENEN Aangetekend Aantekenen PERSOONLIJK Persoonlijk SPOED Spoed")
    + _words("VERTROUWELIJK Vertrouwelijk PERSOONLIJK/VERTROUWELIJK Vertrouwelijk/Aangetekend")
    # a reply's or forward's mark before a mail's subject: 'RE Stichting X', 'FW Vereniging Y'
    + _words("RE Re FW Fw FWD Fwd")
    # a board paper's or an inventory row's kind of paper (orgsW47: UWV's 'Oplegnotitie',
    # 'Voorlegger', 'Update Ondernemingsraad ...'; Coevorden's 'Beslisnota')
    + _words("Update Voorlegger Oplegnotitie Oplegger Beslisnotitie Beslisnota")
)
# Words that open a sentence or a title, never a name's (abbreviations.py reads them too).
LEADING: Final = _LEADING
# Those mail marks: also before a firm's name and legal form (orgcontext.py).
MAIL_MARKS: Final = frozenset(
    _words("AANGETEKEND AANTEKENEN Aangetekend Aantekenen PERSOONLIJK Persoonlijk SPOED Spoed")
    + _words("VERTROUWELIJK Vertrouwelijk PERSOONLIJK/VERTROUWELIJK Vertrouwelijk/Aangetekend")
)
# An inventory's status column after a document's title: no word of a name in it.
STATUS_COLUMN: Final = frozenset(
    _words("Openbaar Deels Gedeeltelijk Geheel Geweigerd Reeds Volledig Niet")
)
# A Dutch adjective ('Filipijnse', 'Amerikaanse', 'Nederlandse', 'Europese' -> only before an
# English head): '-se' not after 'e' ('Chinese' is English), or '-sche'.
_DUTCH_ADJECTIVE: Final = re.compile(r"\w+(?:[^e\W]se|sche)")
_SENTENCE_END: Final = ".!?:;\n\u2022•|"
_CONJUNCTIONS: Final = frozenset({"en", "and", "&"})
# Kinds of body whose proper name may start with an article ('Stichting De Hoop').
_KINDS_BEFORE_ARTICLE: Final = frozenset({"Stichting", "Vereniging", "Hoogheemraadschap", "Groep"})
_DETERMINERS: Final = frozenset({"de", "het", "den", "der", "the"})
# A parent body a unit's name ends in when the parent's own name was lost to the text ('Centrum
# voor X van het Ministerie' + 'van BuitenlandseZaken' glued): no word of the unit's name.
_PARENTS: Final = frozenset({"Ministerie", "Gemeente", "Provincie"})
# Heads too general to make a name from one word before them.
_BARE_HEADS: Final = frozenset(
    {"Raad", "Commissie", "Dienst", "Bureau", "Groep", "Centrum", "Bank", "Beraad"}
)
# A bank named by its letters: 'SNS Bank', 'ING Bank' (a bare head, yet a name).
_LETTERS = re.compile(rf"[{_UPPER}]{{2,5}}")


def _banks_letters(words: list[tuple[int, int, str]]) -> bool:
    return len(words) == 2 and words[1][2] == "Bank" and _LETTERS.fullmatch(words[0][2]) is not None


_GLUED_ABBREVIATION: Final = re.compile(rf"-[{_UPPER}]{{2,8}}$")
# 'het PKI-consortium': an abbreviation joined to a lower-case organisation word.
_COMPOUND_WORD: Final = re.compile(
    r"-(?:consortium|stichting|vereniging|federatie|instituut)(?![\w-])"
)
# A council or committee named after the law it advises on: 'de Awb-adviescommissie van PS en GS',
# 'de Wmo-adviesraad', 'de Woo-commissie' (the law's listed short name before the hyphen; a body's
# short name there makes a unit of that body, which the rule above leaves alone).
_LAW_BODY: Final = re.compile(
    r"-(?:advies)?(?:commissie|raad|adviesraad|cli[ëe]ntenraad|bezwaarcommissie)(?![\w-])"
)
_LAW_ABBR: Final = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{1,6}$")
_COMPOUND_ABBR: Final = re.compile(rf"(?<![\w-])[{_UPPER}]{{2,8}}$")
# '(NCOI)' right after a description headed by an organisation word within a few words.
# '(ATR)', and as an act introduces it: '(afgekort tot ATR)', '(hierna: ATR)'
_PAREN_ABBR: Final = re.compile(
    rf"\((?:(?:afgekort\s+tot|hierna:?|verder:?)\s+)?"
    # also two groups of capitals ('(BAC ROWW)') and a small letter inside ('(KfW)'): their
    # letters must spell the words before them (round orgs69)
    rf"([{_UPPER}][{_UPPER}&]{{1,7}}|[{_UPPER}][a-z]{{2,5}}"
    rf"|(?P<spaced>[{_UPPER}]{{2,4}} [{_UPPER}]{{2,5}}|[{_UPPER}][a-z]{{1,2}}[{_UPPER}]{{1,2}}))\)"
)
_ORG_NOUN: Final = re.compile(
    r"(?:^|\s)(?:[a-zà-ÿ]+)?(?:commissie|raad|dienst|instituut|stichting|"
    r"vereniging|autoriteit|agentschap|organisatie|federatie|consortium|netwerk|academie|"
    r"stuurgroep|genootschap|platform|coalitie)"
    r"(?:\s+[\w-]+){0,4}\s*$"
)


def _collapse(text: str) -> str:
    return " ".join(text.split())


_Word = tuple[int, int, str]


def _ends_a_name(part: list[_Word], word: str) -> bool:
    """A name of two words or more that ends in an organisation word is complete: a capitalised
    word after it starts the next cell or name ('Behandelingstraject Raad Economische ...'), as
    does a capitalised article ('Commissie De Commissie')."""
    if len(part) < 1 or word.islower():
        return False
    if len(part) == 2 and _unit_of_known_body(part):
        return False  # 'RIVM Centrum Gezondheid en Maatschappij': the unit's name goes on
    # 'Tijdelijke Commissie Uitvoeringsorganisaties', '(Instellingsbesluit) Ministeriële
    # Commissie Taakstelling Rijksdienst': its subject follows
    # the sentence's words before the name ('Bij het Landelijk Meldpunt Zorg') are none of it
    first = 0
    while first < len(part) and (part[first][2] in _LEADING or part[first][2].islower()):
        first += 1
    if len(part) - first == 3 and _DOCUMENT.search(part[first][2]):
        first += 1
    if (
        len(part) - first == 2
        and part[first + 1][2] in _HEADS
        and _ADJECTIVE_BEFORE_HEAD.fullmatch(part[first][2])
        and part[first][2] != "Europese"  # 'Europese Commissie' is whole
    ):
        return False
    if word in ("De", "Het", "Een"):
        return part[-1][2] not in _KINDS_BEFORE_ARTICLE
    # 'de Branchevereniging X': the article is no word of the name
    named = [w for w in part if w[2] not in _LEADING and not w[2].islower()]
    if len(named) < 2 or part[-1][2] not in _HEADS or word in _HEADS:
        return False
    if _foundation_goes_on(named, word):
        return False
    known = automaton().get(word, None)
    return not (known and known[1].type == "location")  # 'Erasmus Universiteit Rotterdam'


# The legal forms that open a body's name before a head of its own: the head names the
# foundation's task and its subject follows ('Stichting Nationaal Comité Inhuldiging', orgsK47's
# set K; as the lists hold 'Stichting Centraal Bureau Rijvaardigheidsbewijzen', 'Vereniging
# Technische Commissie Vloeibaar Gas', 'Stichting Instituut Gak').
_LEGAL_OPENERS: Final = frozenset({"Stichting", "Vereniging"})


def _foundation_goes_on(named: list[_Word], word: str) -> bool:
    """'Stichting Nationaal Comité' + 'Inhuldiging': a name opened by a legal form whose head is
    a later word goes on to a capitalised word after that head; not to a sentence's or a
    column's word ('Stichting Centrum Openbaar'), nor to an address ('Postbus')."""
    return (
        named[0][2] in _LEGAL_OPENERS
        and len(named) >= 2
        and named[-1][2] not in _LEGAL_OPENERS
        and word[:1].isupper()
        and word[1:2].islower()
        and word not in _LEADING
        and word not in STATUS_COLUMN
        and word not in _ADDRESS_WORDS
        and word not in _PARENTS
    )


# An adjective opening a body's name ('Onafhankelijke', 'Tijdelijke', 'Nationale'; uninflected
# before a neuter head: 'Landelijk Consortium Hulpmiddelen', 'Centraal Bureau ...', 'Europees
# Landbouwfonds ...', 'Nederlands Instituut ...').
_ADJECTIVE_BEFORE_HEAD: Final = re.compile(
    r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{3,}(?:ke|le|ne|re|se|ge|ische|lijk|aal|isch|ees|lands)"
)
# A paper's word ending a compound before a body's name: the paper is about the body.
# ('Instellingswet Adviescollege toetsing regeldruk', 'Evaluatie Adviescollege ...': an act or
# a heading about the body, whose name goes on in lower case; 'Subsidieaanvraag Rijnland
# Instituut': a besluitenlijst's heading over a request from the body).
_DOCUMENT: Final = re.compile(
    r"(?:besluit|regeling|reglement|verordening|brief|nota|rapport|verslag|wet|Instelling|[Ee]valuatie"
    # a protocol named after the body it binds: 'Controleprotocol Centraal Stembureau' (letters63)
    r"|aanvraag|protocol)$"
)
# What OCR reads in a black redaction box ('HEE EEE', 'EXE'): no word of a name.
_REDACTED: Final = re.compile(r"(?=[EIXJHBR]*E[EIXJHBR]*E)[EIXJHBR]{2,6}")


def _unit_of_known_body(words: list[_Word]) -> bool:
    """'RIVM Centrum ...': a listed body's abbreviation, then an organisation word."""
    first = words[0][2]
    known = automaton().get(first, None) if first.isupper() and len(first) > 1 else None
    return known is not None and known[1].type == "organization" and words[1][2] in _HEADS


_ENGLISH_PARTICLES: Final = frozenset({"for", "of", "on", "the", "and"})
# Dutch organisation words that close a firm's or a group's name ('Evean Groep', 'Bouwbedrijf
# Holding'), before 'en' and another capitalised name.
_CLOSING_DUTCH_HEADS: Final = frozenset(
    {"Groep", "Holding", "Consortium", "Coöperatie", "Collectief"}
)


def _english_name(part: list[_Word]) -> bool:
    """An English organisation word and an English particle: 'Center for Freedom'."""
    words = {w[2] for w in part}
    return bool(words & _ENGLISH_PARTICLES) and bool(words & _ENGLISH)


def _english_after(words: list[_Word], first: int) -> bool:
    """An English particle among the three words after `first`, a name's: 'Mobilisation for
    the Environment', 'Friends of the Earth'."""
    for w in words[first + 1 : first + 4]:
        if w[2] in _CONJUNCTIONS:
            return False  # 'Natuur en Milieu en Friends of the Earth': the next 'en' decides
        if w[2] in _ENGLISH_OF:
            return True
    return False


_ENGLISH_OF: Final = frozenset({"for", "of", "on", "the"})
_NUMBER_LINE: Final = frozenset({"Nr", "Nrs"})
# The words that open an address (companies.py keeps the same words for its kinds' names).
_ADDRESS_WORDS: Final = frozenset(
    {"Postbus", "Antwoordnummer", "Bezoekadres", "Postadres", "Correspondentieadres"}
)
_NUMBERED_LABEL: Final = re.compile(r"[ \t\u00a0]+\d{1,3}[a-z]?[ \t\u00a0]*:")


def _parts(words: list[_Word], text: str) -> list[list[_Word]]:
    """A run cut where a conjunction starts a new name: 'Stichting X en Vereniging Y', 'Group X
    en het Y'; and at a line break after an organisation word or before a sentence's first word
    ('Behandelingstraject Raad / Economische en Financiële Raad', 'Commissie / De Commissie'):
    table cells and list items end there."""
    parts: list[list[_Word]] = [[]]
    for i, w in enumerate(words):
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        ended = len(parts[-1]) > 1 and parts[-1][-1][2] in _FIRM_WORDS  # 'Alfa Scientific en'
        # an English name goes on with 'and', not with Dutch 'en': 'het Stockholm Center for
        # Freedom en Amnesty' names two bodies
        ended = ended or (w[2] == "en" and _english_name(parts[-1]))
        # and a Dutch name does not go on into an English one after 'en': 'de Federatie
        # Particulier Grondbezit en Mobilisation for the Environment (MOB)' names two (lists50)
        ended = ended or (
            w[2] == "en"
            and nxt[:1].isupper()
            and not _english_name(parts[-1])
            and _english_after(words, i + 1)
        )
        # so does one that ends in an English organisation word: 'The Plastic Soup Foundation en
        # Tegengif' names two bodies
        ended = ended or (w[2] == "en" and len(parts[-1]) > 1 and parts[-1][-1][2] in _ENGLISH)
        # and one that ends in a Dutch organisation word, a capital after 'en': 'Evean Groep en
        # Philadelphia Zorg' names two firms, not one (orgs73)
        ended = ended or (
            w[2] == "en"
            and len(parts[-1]) > 1
            and parts[-1][-1][2] in _CLOSING_DUTCH_HEADS
            and nxt[:1].isupper()
        )
        # an organisation word alone before 'en' is coordinated, not named: 'Commissie en Opinie
        # Raad voor Regelgevingstoetsing' (a fiche's field) names the Commissie and the Raad
        ended = ended or (w[2] == "en" and len(parts[-1]) == 1 and parts[-1][0][2] in _HEADS)
        # an English article after Dutch 'en' opens the next name: 'PAX en The Rights Forum'
        opens = nxt in _HEADS or nxt in _DETERMINERS or nxt == "The"
        # so does an adjective that opens a name ending in its head a few words on, where the
        # part before opens with none: 'Eurofins Agro en Centraal Veevoerder Bureau' names two
        # bodies (orgs82); a joint name's adjective stands before both parts ('de Nederlandse
        # Patiënten en Consumenten Federatie', 'de Economische en Financiële Raad')
        opens = opens or (w[2] == "en" and _adjective_opens_next(parts[-1], words, i + 1))
        if w[2] == "of" and _or_between_names(parts[-1], nxt):
            parts.append([])  # 'Stichting Hulptroepen Alliantie of Relief Goods Alliance B.V.'
            continue
        # a word hanging its hyphen before the conjunction shares the next word's head: 'Federatie
        # Opvang- en Jeugdzorg', 'Stichting Natuur- en Milieufederatie Utrecht', 'Inspectie Jeugd-
        # en Gezondheidzorg' are one name each, not a name and a head (orgsLet48's set K48)
        hanging = bool(parts[-1]) and parts[-1][-1][2].endswith("-")
        # and such a pair after 'en' is the next name's: 'Bomenstichting Den Haag en Natuur- en
        # Milieufederatie Zuid-Holland' names two bodies (a Den Haag council's minutes)
        opens = opens or (
            w[2] in _CONJUNCTIONS
            and not hanging
            and i + 3 < len(words)
            and nxt.endswith("-")
            and words[i + 2][2] in _CONJUNCTIONS
            and words[i + 3][2] in _HEADS
        )
        if w[2] in _CONJUNCTIONS and (opens or ended) and not hanging:
            parts.append([])
            continue
        broken = i and "\n" in text[words[i - 1][1] : w[0]]
        if broken and len(w[2]) == 1 and w[2].isupper():
            parts.append([])  # a legend's or list's letter opens a line: 'A Agrarisch\nB Bedrijf'
            continue
        # the name's head word again opening a line starts the name again ('Waarom Bureau
        # Veritas Cybersecurity\nBureau Veritas Cybersecurity is ...')
        cell_end = broken and (
            words[i - 1][2] in _HEADS
            or w[2] in _LEADING
            # the row before ended in its status column: 'Openbaar\nWijkvereniging Overhoeks'
            or words[i - 1][2] in STATUS_COLUMN
            or (w[2] in _HEADS and any(x[2] == w[2] for x in parts[-1]))
            # a Kamerstuk's number line under its dossier's title: '21 501-07 Raad voor
            # Economische en Financiële Zaken' + 'Nr. 1784 VERSLAG ...' (round letters61)
            or w[2] in _NUMBER_LINE
        )
        # a letterhead's address line after the body's name, on its line or joined to it
        # ('Landelijke Studenten Vakbond Postbus 1234'; orgs73 read 'Vakbond Postbus')
        cell_end = cell_end or w[2] in _ADDRESS_WORDS
        # a numbered heading after a name of two words, on the next line or joined to it by the
        # segmenter: 'Bureau Buitenweg\nZienswijze 1:', 'Bureau Buitenweg Zienswijze 1:'; the
        # name's compound head again after a name of two words or more, as a transcribed page's
        # footer repeats it ('Tekstbureau Talent Tekstbureau Talent, januari 2012'; letters63)
        again = (
            len(parts[-1]) > 1
            and w[2] not in _HEADS.words
            and w[2] in _HEADS
            and any(x[2] == w[2] for x in parts[-1])
        )
        while again and len(parts[-1]) > 1 and parts[-1][-1][2].islower():
            parts[-1].pop()  # 'Programmeringstafel OBDO of Programmeringstafel GDI': two names
        cell_end = cell_end or again
        cell_end = cell_end or (
            len(parts[-1]) > 1 and _NUMBERED_LABEL.match(text, w[1]) is not None
        )
        if cell_end or _ends_a_name(parts[-1], w[2]):
            parts.append([])
            if not cell_end and _contact_before_head(parts[-2], text, w):
                parts[-1].append(parts[-2].pop())  # the body's name starts at its head
        parts[-1].append(w)
    return parts


# Dutch heads English names share ('Bank of England', 'Museum of Modern Art', 'School of
# Economics'): before 'of' they may be an English name's.
_SHARED_HEADS: Final = frozenset({"Bank", "Museum", "School", "College", "Centrum", "Forum"})
_DUTCH_ONLY_HEADS: Final = frozenset(_DUTCH_HEADS) - _SHARED_HEADS


def _or_between_names(part: list[_Word], nxt: str) -> bool:
    """Dutch 'of' ('or') between two names (orgs42): no Dutch name holds the word, so after a
    part with a Dutch head (and no English word) it ends the name where a capital follows:
    'Stichting Hulptroepen Alliantie of Relief Goods Alliance B.V.' names two bodies; English
    names keep theirs ('Library of Congress', 'Bank of England')."""
    if not nxt[:1].isupper() or not part:
        return False
    words = {w[2] for w in part}
    return bool(words & _DUTCH_ONLY_HEADS) and not words & (_ENGLISH | _ENGLISH_PARTICLES)


# How far after its adjective the next name's head may stand: 'Centraal Veevoerder Bureau'.
_ADJECTIVE_HEAD_REACH: Final = 3


def _adjective_opens_next(part: list[_Word], words: list[_Word], at: int) -> bool:
    """After 'en', an adjective opening a name whose Dutch head follows within three words,
    where the part before is a name of capitalised words that opens with no adjective."""
    if not part or at >= len(words) or not _ADJECTIVE_BEFORE_HEAD.fullmatch(words[at][2]):
        return False
    named = [w[2] for w in part if w[2][:1].isupper()]
    # the part's first capitalised word, after an article: 'de Raad en het Economisch en Sociaal
    # Comité' is one committee after 'het'
    if not named or _ADJECTIVE_BEFORE_HEAD.fullmatch(named[0]) or not part[-1][2][:1].isupper():
        return False
    reach = min(at + 1 + _ADJECTIVE_HEAD_REACH, len(words))
    return any(words[k][2] in _DUTCH_HEAD_WORDS for k in range(at + 1, reach))


_DUTCH_HEAD_WORDS: Final = frozenset(_DUTCH_HEADS)


def _contact_before_head(part: list[_Word], text: str, nxt: _Word) -> bool:
    """A contact table's row: a person's name, then the body's name from its head on, then an
    e-mail address on the line ('Koen Van Daele Agentschap Onroerend Erfgoed k.vd@...'). The
    head starts the body's name; the words before it are the person's."""
    from services.enrich.entities.attendees import given_names  # attendees imports this module

    if len(part) < 3 or part[0][2] not in given_names():
        return False
    if any(w[2] in _HEADS for w in part[:-1]):
        return False
    line_end = text.find("\n", nxt[1])
    return "@" in text[nxt[1] : line_end if line_end != -1 else len(text)]


# The organs of a body a letter is addressed to: 'Raad van Bestuur', 'Raad van Toezicht'. No
# name: its words come from the body before it and the address after it.
ORGANS: Final = frozenset({"bestuur", "toezicht", "commissarissen"})


def is_organ(words: list[_Word], i: int) -> bool:
    """Words i, i+1, i+2 are 'Raad van Bestuur' (or 'Toezicht', 'Commissarissen')."""
    return words[i][2] == "Raad" and words[i + 1][2] == "van" and words[i + 2][2].lower() in ORGANS


_ORGAN_AFTER: Final = re.compile(
    r"[ \t\u00a0]+van[ \t\u00a0]+(?:[Bb]estuur|[Tt]oezicht|[Cc]ommissarissen)(?![\w-])"
)


def before_the_organ(text: str, start: int, end: int) -> int:
    """The end of a body's name that took the first word of its organ: 'Stichting Cato Raad van
    bestuur' (an addressee's line) names Stichting Cato."""
    cut = text.rfind(" Raad", start, end)
    if cut > start and cut + len(" Raad") == end and _ORGAN_AFTER.match(text, end):
        return cut
    return end


# A Dutch consultancy named '<name> Advies' ('Saaksumborg Advies', 'Jan Jansen Advies'): the word
# ends a firm's name only after one to three capitalised words that are neither a body's own name
# nor a head ('Raad van State Advies', 'RvS Advies': the body's advice), nor a qualifier of the
# advice ('Juridisch Advies', 'Zwaarwegend Advies', 'Tweede Advies', 'Gevraagd Advies'), nor a
# label ('Conclusie Advies', 'Naam Advies'). 'Advies' is no head elsewhere: 'Advies Raad',
# 'Advies Commissie X' keep their old reading.
_ADVICE: Final = "Advies"
_ADVICE_QUALIFIER: Final = re.compile(
    r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]*(?:isch|ig|lijk|end|ief|eel|aal|baar|ele|iek|ste|ling)"
    r"|(?:On)?[Gg]e[a-zà-ÿ]+[dt]"
)
_ADVICE_NOT_NAMES: Final = frozenset(
    _words(
        "Extern Intern Nader Kort Eerste Tweede Derde Vierde Laatste Eind Slot Tussen Deel "
        "Concept Ontwerp Nieuw Oud Eigen Goed Vrij Herzien Positief Negatief Neutraal Conclusie "
        "Samenvatting Inleiding Besluit Toelichting Onderwerp Betreft Status Type Soort Bijlage "
        "Vraag Verzoek "
        "Kennis Zorg Onderzoek Beleid Juridische Technische Medische Financiële Integraal Unaniem "
        "Kamer Minister Staatssecretaris Commissie Gemeente Provincie College Ministerie Overheid"
    )
)
_MOST_ADVICE_NAME_WORDS: Final = 3
# A paper about the advice: 'Kabinetsreactie Advies', 'Adviesaanvraag Advies'.
_ADVICE_PAPER: Final = re.compile(r"(?:reactie|aanvraag|vraag|standpunt|samenvatting|bijlage)$")


def _advice_firm(words: list[_Word]) -> bool:
    """The run is '<one to three capitalised words> Advies', a consultancy's name."""
    if len(words) < 2 or words[-1][2] != _ADVICE or len(words) - 1 > _MOST_ADVICE_NAME_WORDS:
        return False
    before = [w[2] for w in words[:-1]]
    if any(
        not w[:1].isupper()
        or w in _HEADS
        or _task_head(w)
        or w in _LEADING
        or w in _ADVICE_NOT_NAMES
        or w in STATUS_COLUMN
        or w in _CELL_LABELS
        or _ADVICE_QUALIFIER.fullmatch(w)
        or w.startswith("Advi")  # 'vraag Advies Advies voor besluitvorming': a slide's cells
        or _DOCUMENT.search(w)  # 'Kabinetsreactie Advies', 'Adviesrapport Advies'
        or _ADVICE_PAPER.search(w)
        or automaton().exists(w)
        for w in before
    ):
        return False
    return not automaton().exists(" ".join(before))


# A surname's particle that opens a name right after an article ('het Van Gogh Museum'; orgs76),
# where elsewhere a capitalised 'Van' or 'De' opens a sentence or a title.
_SURNAME_LED: Final = frozenset({"Van", "De", "Den", "Ter", "Ten"})
_ARTICLES: Final = frozenset({"het", "de", "Het", "De"})


def _name(
    words: list[_Word], sentence_start: bool, after_article: bool = False
) -> tuple[int, int] | None:
    """The span of a name among capitalised words, or None."""
    if (
        not sentence_start
        and len(words) > 2
        and words[0][2] in ("De", "Het")
        and _advice_firm(words[1:])
    ):
        return words[0][0], words[-1][1]  # 'door De Vis Advies': a capital article mid-sentence
    article = after_article
    while words and (words[0][2] in _LEADING or words[0][2].islower()):
        if article and words[0][2] in _SURNAME_LED and len(words) > 2 and words[1][2][:1].isupper():
            break  # 'het Van Gogh Museum', 'de Van Leer Foundation': a surname after the article
        article = words[0][2] in _ARTICLES
        words = words[1:]
        sentence_start = False  # 'Het Financieel Dienstencentrum': after an article, a name
    if words and words[0][2] == lawtitles.OPENER:
        return None  # 'Wet Structuur Uitvoeringsorganisatie Werk en Inkomen': a law's title
    while len(words) > 1 and _DOCUMENT.search(words[0][2]) and words[0][2] not in _HEADS:
        words = words[1:]  # 'Instellingsbesluit Ministeriële Commissie ...': a paper about it
    words = _after_the_paper(words)
    if len(words) > 2 and _unit_of_known_body(words):
        words = words[1:]  # the body is a mention of its own; the unit's name starts at its head
    organ = next((i for i in range(len(words) - 2) if is_organ(words, i)), None)
    if organ == 0:
        rest = words[3:]
        if len(rest) > 2 and rest[0][2] == "van" and rest[1][2] in _ARTICLES:
            # 'de Raad van Bestuur van de Sint Maartenskliniek': the body after its organ
            # (orgsL46's answer to Kamervragen)
            return _name(rest[2:], False, after_article=True)
        return None  # 'Raad van Bestuur Loosdrechtse Bos': an addressee's organ, its address
    if organ is not None:
        words = words[:organ]  # 'Stichting Cato Raad van bestuur': the body, then its organ
    while words and words[-1][2] in STATUS_COLUMN:
        words = words[:-1]  # 'Reactie Stichting Open Nederland Deels openbaar': the next column
    while len(words) > 3 and words[-1][2] in _PARENTS and words[-2][2] in _DETERMINERS:
        words = words[:-3]  # 'Centrum voor X van het Ministerie': the parent's name is cut off
    while (
        len(words) > 1
        and words[0][2] in STATUS_COLUMN
        and not automaton().exists(f"{words[0][2]} {words[1][2]}")
    ):
        words = words[1:]  # 'Openbaar Van Doorne Advocaten': the column before; not 'Openbaar
        sentence_start = False  # Ministerie'
    if _advice_firm(words):
        if sentence_start and len(words) == 2:
            return None  # 'Tarief Advies': a heading's or a cell's two capitals
        return words[0][0], words[-1][1]
    # a firm's word ends its name ('Alfa Scientific'; not 'Scientific and Cultural ...')
    heads = [
        i
        for i, w in enumerate(words)
        if (w[2] in _HEADS and (w[2] not in _FIRM_WORDS or i == len(words) - 1)) or _task_head(w[2])
    ]
    if not heads:
        return None
    if not any(w[2] in _HEADS for w in words):
        named = _task_name(words)  # only a task's compound makes it a body's name
        if named is None:
            return None
        words = named
        heads = [i for i, w in enumerate(words) if _task_head(w[2])]
    if any(words[i][2] in _ENGLISH for i in heads):
        while words and words[0][2] not in _HEADS and _DUTCH_ADJECTIVE.fullmatch(words[0][2]):
            words = words[1:]
            sentence_start = False
    while words and words[0][2].islower():  # a particle left at the start
        words = words[1:]
    first_head = next((i for i, w in enumerate(words) if w[2] in _HEADS or _task_head(w[2])), None)
    if first_head is not None and _of_the_body(words[:first_head]):
        words, first_head = words[first_head:], 0  # 'Hoofd van de Dienst X': the body's name
        while len(words) > 1 and words[-1][2] in _LEADING:
            words = words[:-1]  # 'Raad van X Onze referentie': the next cell's first word
    lower = any(w[2].islower() for w in words[: first_head or 0])
    # a pair of a word hanging its hyphen and the head's compound is one name: 'Natuur- en
    # Milieufederatie Zuid-Holland' (orgsLet48)
    hanging = first_head == 2 and words[0][2].endswith("-") and words[1][2] in _CONJUNCTIONS
    if first_head is None or (lower and not hanging and not _joined_before_head(words, first_head)):
        return None  # 'Recommendation of the Council ...': a title, not a name
    if first_head > 0 and words[first_head][2] in _PLACE_ORGANS:
        words, first_head = words[first_head:], 0  # 'Oppositie Gemeenteraad Ede': a headline's word
    if first_head == 0 and words[0][2] == "College":
        return None  # a Dutch board ('College Zeeland'); 'Trinity College' is a college's name
    if words[-1][2] in ("Lab", "Labs") and words[-2][2] == "Living":
        return None  # 'een Living Lab': a test site, the common phrase, no firm
    if words[-1][2] == "Organisatie" and (
        all(_ADJECTIVE_BEFORE_HEAD.fullmatch(w[2]) for w in words[:-1])
        or words[-2][2] in _CELL_LABELS | {"Versie", "Functie", "Rol"}
    ):
        # 'Internationale Organisatie voor standaardisatie': the name goes on; 'Versie Naam
        # Organisatie Verspreidingsmethode': a table's column labels
        return None
    if words[-1][2] == "School" or (
        words[0][2] == "School" and (len(words) < 3 or words[1][2] not in _OPENS_BEFORE)
    ):
        return None  # 'Gezonde School' is a programme: only 'School voor/van X' names one
    opens = first_head == 0 and words[0][2] in _CLOSING_HEADS and len(words) > 1
    if opens and words[1][2] not in _OPENS_BEFORE:
        return None  # 'Federation Gateway Service', 'Forum Salaris': a system or a title
    while len(words) > 1 and words[-1][2] in _CONJUNCTIONS:
        words = words[:-1]  # 'Woningstichting Maasdriel en De Kernen': the run broke after 'en'
    capitalised = [w for w in words if not w[2].islower() and w[2] not in _LEGAL_FORMS]
    if len(capitalised) < 2:
        return None
    if sentence_start and len(words) == 2 and first_head == 1:
        return None  # 'Advies Raad', 'Vragen Commissie': a heading's capitals
    if sentence_start and len(words) == 3 and _banks_letters(words[1:]):
        words = words[1:]  # 'Toekomst SNS Bank': a title's first word, then the bank's name
    if len(words) == 2 and words[1][2] in _BARE_HEADS and not _banks_letters(words):
        return None  # 'Behandelingstraject Raad': a label, and the known 'X Raad's are listed
    if any(
        words[i][2] in _DETERMINERS and words[i - 1][2] in _HEADS and words[i + 1][2] in _HEADS
        for i in range(1, len(words) - 1)
    ):
        return None  # 'de Raad de Commissie aangemoedigd': two bodies, no name
    if all(w[2] in _HEADS.words or w[2] in _UNIT_WORDS or w[2].islower() for w in words):
        return None  # 'Programma Stuurgroep', 'Stuurgroep Stuurgroep': kinds of unit, no name
    capitals = [w[2] for w in words if not w[2].islower()]
    if len(capitals) == 2 and capitals[0] == "Raad" and capitals[1] in _ORGAN_WORDS:
        return None  # 'Raad Bestuur het': the organ, its 'van' lost
    if (
        len(words) == 2
        and words[0][2] in _STAFF_COUNCILS
        and _ABBREVIATION_THING.fullmatch(words[1][2])
    ):
        return None  # 'Ondernemingsraad CBS-barometer': a staff council is named by its employer
    return words[0][0], words[-1][1]


# A staff council is named by its employer ('Ondernemingsraad Rijkswaterstaat'), never by a
# thing: an abbreviation glued to a common noun after it is the paper's subject ('Update
# Ondernemingsraad CBS-barometer culturele diversiteit', an inventory row's title; orgsW47).
_STAFF_COUNCILS: Final = frozenset(_words("Ondernemingsraad Medezeggenschapsraad Personeelsraad"))
_ABBREVIATION_THING: Final = re.compile(rf"[{_UPPER}]{{2,8}}-[a-zà-ÿ]{{3,}}")
# The words of an organisation chart, no name's own (orgsW47: a board paper's OCR'd cells
# 'AB&R Stuurgroep Programma Stuurgroep'): with heads alone they make no name.
_UNIT_WORDS: Final = frozenset(
    _words("Programma Project Team Afdeling Directie Divisie Sector Unit Cluster Werkgroep")
)
# A board's organ, its 'van' lost to OCR ('Voorlegger Raad Bestuur kwaliteit ...', 'Namens de Raad
# Bestuur UWV'): no name ('de Commissie Bestuur', a council's committee, is one).
_ORGAN_WORDS: Final = frozenset(_words("Bestuur Toezicht Commissarissen"))


def _joined_before_head(words: list[_Word], head: int) -> bool:
    """Two capitalised parts joined by 'en' before the Dutch head that ends the name: 'de
    Nederlandse Patiënten en Consumenten Federatie', 'de Ouders en Verzorgers Vereniging' (orgs72).
    Not where either part is a name of its own ('Achmea en Zilveren Kruis Groep', 'Rotterdam en
    Den Haag Stichting'): two bodies or places, not one name; nor where a part is adjectives only
    ('de Economische en Financiële Raad': a council's formation by its field, a fiche's value)."""
    if head != len(words) - 1 or words[head][2] not in _DUTCH_HEADS:
        return False
    before = [w[2] for w in words[:head]]
    if before.count("en") != 1 or sum(w.islower() for w in before) != 1:
        return False
    joint = before.index("en")
    left, right = before[:joint], before[joint + 1 :]
    return (
        bool(left)
        and bool(right)
        and all(w[0].isupper() and w.isalpha() and w not in _HEADS for w in (*left, *right))
        and not all(_ADJECTIVE_BEFORE_HEAD.fullmatch(w) for w in left)
        and not all(_ADJECTIVE_BEFORE_HEAD.fullmatch(w) for w in right)
        and not automaton().exists(" ".join(left))
        and not automaton().exists(" ".join(right))
    )


def _after_the_paper(words: list[_Word]) -> list[_Word]:
    """The words after a paper's word that stands before the first organisation word: a title
    names the paper, then the body ('Wijzigingen Natuurherstelverordening' + 'Milieuraad', a
    tkconv page's title and dossier lines; 'Evaluatie Huishoudelijk reglement Cliëntenraad ...':
    the name starts at the head). Round letters63."""
    first = next((i for i, w in enumerate(words) if w[2] in _HEADS or _task_head(w[2])), 0)
    cut = next((i for i in range(first - 1, 0, -1) if _DOCUMENT.search(words[i][2])), None)
    return words if cut is None else words[cut + 1 :]


# What a committee or group named by its task works on, before the body it works on: 'de
# Adviescommissie Uitvoering Toeslagen', 'de Stuurgroep Toekomst Belastingdienst', 'de Commissie
# Evaluatie Belastingdienst' (round letters63). A deverbal noun, or one of these.
_SUBJECT_TASK: Final = re.compile(
    r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{3,}(?:ing|atie|tie)|Toekomst|Toezicht|Onderzoek"
)


# A tenants' or residents' body is named after the landlord whose tenants it speaks for:
# 'Huurdersvereniging Woontij', 'Huurdersstichting Lek en Waard Wonen' (round corps45).
_TENANTS: Final = re.compile(r"(?:Stichting )?(?:Huurders|Bewoners)[a-zà-ÿ]{3,}")


def names_its_subject(text: str, start: int, subject: int) -> bool:
    """The name from `start` up to a listed body at `subject` is a committee's or group's named
    by its task on that body: a head opens it and a task's word ends it ('Adviescommissie
    Uitvoering' + 'Toeslagen'), or a tenants' body's ('Huurdersvereniging' + 'Woontij'). The
    body is then a word of the name, no mention of its own."""
    words = text[start:subject].split()
    if _TENANTS.fullmatch(" ".join(words)) is not None:
        return True
    return (
        2 <= len(words) <= 3
        and (words[0] in _HEADS or _task_head(words[0]))
        and _SUBJECT_TASK.fullmatch(words[-1]) is not None
    )


# A person's office or a unit, then the body it belongs to: 'Hoofd van de Dienst der Domeinen',
# 'Inspectie Breda van de Dienst der Domeinen', 'Directeur van het Bureau X'. The Dutch 'van' (and
# its article) alone joins them; the body's name starts at its head ('Recommendation of the
# Council' stays a title).
_OF_THE: Final = (["van"], ["van", "de"], ["van", "het"], ["van", "der"])


def _of_the_body(before: list[_Word]) -> bool:
    """The words before the head end in 'van (de|het|der)' after a capitalised word."""
    tail = next((n for n in (2, 1) if [w[2] for w in before[-n:]] in _OF_THE), 0)
    return bool(tail) and len(before) > tail and not before[-tail - 1][2].islower()


# A council named by its place is the whole name: the capitalised words before it are a
# headline's ('Oppositie Gemeenteraad Ede voelt zich ...'; round orgs57).
_PLACE_ORGANS: Final = frozenset({"Gemeenteraad"})
_TASK_NAME_WORDS: Final = 4
_ABBREVIATION_WORD: Final = re.compile(r"[A-Z]{2,}")
_COMPASS: Final = frozenset(
    _words("Noord Zuid Oost West Midden Noordoost Noordwest Zuidoost Zuidwest")
)
# The labels and titles that head a members list under a body's name: no word of it.
_CELL_LABELS: Final = frozenset(
    _words("Voorzitter Leden Lid Secretaris Dhr Mevr Mw Datum Kenmerk")
    # a data model's or form's field labels under a class named '...groep' ('Gebiedengroep\nNaam
    # ...\nDefinitie'): the class is a group of things, no body
    + _words("Naam Definitie Toelichting Omschrijving Formaat Opmerking Opmerkingen")
)
# The paper a group writes, named after it: 'het Werkgroep Charter', 'Commissie Rapport'.
_PAPERS: Final = frozenset(
    _words("Charter Rapport Verslag Advies Notulen Agenda Jaarverslag Werkplan Memo Nota")
)
_NOTE_OR_QUOTE: Final = re.compile(r"[\d'’”]+$")
# An inflected adjective is no name's last word: the noun it qualifies follows in lower case
# ('Vakgroep Civiele techniek', 'Werkgroep Datastandaarden\nPublieke reviewperiode').
_TRAILING_ADJECTIVE: Final = re.compile(
    r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2,}(?:ische|lijke|iele|ele|ieke|bare|ige)"
)


def _task_name(words: list[_Word]) -> list[_Word] | None:
    """A name made a body's by a task's compound only ('Regiegroep Aanpak Regeldruk') opens with
    it or an adjective before it ('Technische Adviescommissie'): other capitals before it are a
    table's earlier cells or a title ('Coalitie ViVa Regiegroep ...', 'Agenda Werkgroep X'); a
    paper's word after it is the paper ('het Werkgroep Charter'); a short name, as a task's is."""
    first = next(i for i, w in enumerate(words) if _task_head(w[2]))
    start = first
    if first and _ADJECTIVE_BEFORE_HEAD.fullmatch(words[first - 1][2]):
        start = first - 1
    words = words[start:]
    stop = next(
        (
            i
            for i, w in enumerate(words)
            if w[2] in _CELL_LABELS
            # an abbreviation after the name's own words opens the next cell or list item
            # ('SGM Schadefonds Geweldsmisdrijven\nSHN Slachtofferhulp'); 'Werkgroep IFZ' is whole
            or (i > 1 and _ABBREVIATION_WORD.fullmatch(w[2]) and not _task_head(words[i - 1][2]))
        ),
        len(words),
    )
    words = words[:stop]  # 'Klankbordgroep\nLeden\nDhr. ...': a list of members follows
    for i in range(1, len(words)):
        for n in (2, 1):
            place = automaton().get(" ".join(w[2] for w in words[i : i + n]), None)
            if (
                place is not None
                and place[1].type == "location"
                and i + n < len(words)
                and words[i + n][2] not in _COMPASS  # 'Werkgroep Noord-Holland Oost'
            ):
                # 'Rekenkamercommissie Den Helder': a body named by its place ends there (the
                # report's title goes on: '... Den Helder Evalueerbaarheid van beleid')
                return words[: i + n]
    while len(words) > 1 and (
        words[-1][2] in _LEADING
        or words[-1][2].islower()
        or _TRAILING_ADJECTIVE.fullmatch(words[-1][2])
    ):
        words = words[:-1]
    if (
        len(words) > 1
        and _task_head(words[0][2])
        and _NOTE_OR_QUOTE.sub("", words[1][2]) in _PAPERS
    ):
        return None  # 'Werkgroep Charter', 'Werkgroep Charter38 ...': the group's paper
    return words if 1 < len(words) <= _TASK_NAME_WORDS else None


def _after_the_glued_word(text: str, m: re.Match[str]) -> list[tuple[int, int]]:
    """A run that opens at a glued word and holds no name ('hetReport of the Independent
    International Commission of Inquiry') may hold one after that word, as it would unglued."""
    inner = _RUN.search(text[: m.end()], m.start() + 1)
    return _names_in_run(text, inner) if inner is not None else []


# A function's title opening a run: the line names what a signer does and the unit it is in
# ('Senior-medewerker Maatwerkvergunningen Centrum', 'Teammanager Vergunningen'), no body (orgs60).
_ROLE_ENDS: Final = (
    "medewerker", "adviseur", "manager", "coördinator", "coordinator", "hoofd", "leider",
    "directeur", "specialist", "functionaris",
)  # fmt: skip


def _a_function(word: str) -> bool:
    """'Senior-medewerker', 'Teammanager', 'Afdelingshoofd': letters (a hyphen between) ending in
    a function's word."""
    low = word.lower()
    return low.endswith(_ROLE_ENDS) and low.replace("-", "").isalpha()


def _names_in_run(text: str, m: re.Match[str]) -> list[tuple[int, int]]:
    base = m.start()
    words = [(base + t.start(), base + t.end(), t.group()) for t in _TOKEN.finditer(m.group())]
    while words and _REDACTED.fullmatch(words[0][2]):
        words = words[1:]  # 'HEE EEE Landelijk Consortium ...': a redaction's reading before it
    words = _before_an_object(words)
    if len(words) > 1 and words[1][2][:1].isupper() and _a_function(words[0][2]):
        # 'Senior-medewerker Maatwerkvergunningen Centrum': a signer's function line ('het Hoofd
        # van de Dienst der Vaarwegen' names the body after the office, as before)
        return []
    if len(words) > 1 and _opens_a_title(text, words[-1]):
        words = words[:-1]  # 'advies Bureau ICT-toetsing Wet tegemoetkomingen loondomein'
    if len(words) > 2 and _FRENCH_BEFORE.search(text, max(0, words[0][0] - 80), words[0][0]):
        # 'Commission de la Justice Commissie voor de Justitie': a bilingual heading; the
        # French name's last word is none of the Dutch name after it
        words = words[1:]
    addressed = (
        bool(words)
        and _POSTCODE_LETTERS.fullmatch(words[0][2]) is not None
        and _POSTCODE_BEFORE.search(text, max(0, words[0][0] - 6), words[0][0]) is not None
    )
    if addressed:
        # '1000 BV Amsterdam\nWieringa Advocaten': a postcode's letters and its place are no
        # words of the name after them
        words = _after_the_place(words[1:])
    out = []
    for part in _parts(words, text):
        if not part:
            continue
        before = text[max(0, part[0][0] - 3) : part[0][0]].rstrip(" \t\u00a0")
        opens = not before or before[-1] in _SENTENCE_END
        # (the same word by its start: compiled, a tuple taken from a list is a new object)
        span = _name(
            part,
            opens and not (addressed and part[0][0] == words[0][0]),
            text[max(0, part[0][0] - 4) : part[0][0]].endswith(("het ", "de ", "Het ", "De ")),
        )
        if span is not None:
            start = _english_article(text, part, span[0], opens)
            start = _suspended_before(text, start)
            out.append((start, before_the_organ(text, *span)))
    return out


# An article between a capitalised word and an abbreviation opens the sentence's object, not the
# name's next word: 'onder leiding van Adviesbureau KokxDeVoogd de GR gewijzigd' names
# 'Adviesbureau KokxDeVoogd' (orgs81); after a particle it is the name's ('Vereniging van de NVM').
_OBJECT_ARTICLES: Final = frozenset({"de", "het"})
_ABBREVIATION_ONLY: Final = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,}")


def _before_an_object(words: list[_Word]) -> list[_Word]:
    for i in range(1, len(words) - 1):
        if (
            words[i][2] in _OBJECT_ARTICLES
            and words[i - 1][2][:1].isupper()
            and _ABBREVIATION_ONLY.fullmatch(words[i + 1][2]) is not None
        ):
            return words[:i]
    return words


# A regulation's title opens with its kind and goes on in lower case ('Wet tegemoetkomingen
# loondomein', 'Besluit vergoedingen rechtsbijstand'): such a word ending a run is the title's,
# not the last word of the name before it.
_TITLE_KINDS: Final = frozenset({"Wet", "Besluit", "Regeling"})
_LOWER_WORD_AFTER: Final = re.compile(r"[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?[a-zà-ÿ]{2,}")


def _opens_a_title(text: str, word: _Word) -> bool:
    return word[2] in _TITLE_KINDS and _LOWER_WORD_AFTER.match(text, word[1]) is not None


# A French body's name on the line before the last word: 'Conseil national du Travail'; not a
# French sentence's 'de la Katholieke Hogeschool Leuven'.
_FRENCH_BEFORE: Final = re.compile(
    r"(?:Commission|Conseil|Comité|Service|Office|Institut|Cour|Chambre)(?![\w-])[^\n]{0,60}?"
    r"(?<![\w-])(?:de[ \t\u00a0]+la|du|de[ \t\u00a0]+l['’])[ \t\u00a0]*$"
)
_POSTCODE_BEFORE: Final = re.compile(r"(?<![\d-])[1-9]\d{3}[ \u00a0]?$")
_POSTCODE_LETTERS: Final = re.compile(r"[A-Z]{2}")


def _after_the_place(words: list[_Word]) -> list[_Word]:
    """The words after a postcode's place ('Amsterdam', 'Den Haag', 'AMSTERDAM')."""
    for n in (2, 1):
        place = " ".join(w[2] for w in words[:n])
        known = automaton().get(place, None) or automaton().get(place.title(), None)
        if len(words) >= n and known is not None and known[1].type == "location":
            return words[n:]
    return words[1:]  # a place no list holds


# The abbreviation right after a name: ' (CWI)' or '-CWI-'.
_ABBR_AFTER: Final = re.compile(
    rf"\s*\(([{_UPPER}][{_UPPER}&]{{1,7}})\)|-([{_UPPER}]{{2,8}})-(?!\w)"
)


# A name between quotation marks runs to the closing mark, lower-case words included: «Stuurgroep
# Toegankelijkheid en wachttijden».
_QUOTES: Final = {"«": "»", "“": "”", "„": "”", '"': '"'}
# Only a short tail joined by a connecting word: a headline in quotes goes on with a verb.
_QUOTED_REST: Final = re.compile(r" (?:en|voor|van|der|de) [\w-]{2,30}(?: [\w-]{2,30})?")


def _quoted_end(text: str, start: int, end: int) -> int:
    close = _QUOTES.get(text[start - 1]) if start else None
    if close is None or text.startswith(close, end):
        return end
    rest = _QUOTED_REST.match(text, end)
    if rest is None or not text.startswith(close, rest.end()):
        return end
    return rest.end()


# Letters PDF text or OCR glues to a name's last word ('Persoonsgegevensin acht'), or a last
# letter it drops ('Persoonsgegeven'): a listed name with that damage is the listed body.
_GLUED_TAIL: Final = 3


def _listed_under_damage(text: str, start: int, end: int) -> Match | None:
    name = _collapse(text[start:end])
    if not name[-1:].islower():
        return None
    for cut in range(1, _GLUED_TAIL + 1):
        known = automaton().get(name[:-cut], None)
        if known is not None and known[1].type == "organization":
            return Match("organization", start, end - cut, known[1].canonical)
    known = automaton().get(name + "s", None)
    if known is not None and known[1].type == "organization" and " " in name:
        return Match("organization", start, end, known[1].canonical)
    return None


# Capitalised words after a name and before an abbreviation: 'Landelijk Consortium Hulpmiddelen
# (LCH)' goes on past its head when the abbreviation spells the longer name.
# Also through a comma or a joining word: 'Vereniging voor Energie, Milieu en Water (VEMW)', and
# across a line's end: 'Nederlandse Stichting\nWater- & Zwemveiligheid (NSWZ)'.
_SPACE_ON: Final = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)"
_SPELLED_ON: Final = re.compile(
    rf"((?:(?:[ \t\u00a0]*,|{_SPACE_ON}(?:en|&|voor|van|de|der|het))?{_SPACE_ON}{_WORD}){{1,4}})"
    rf"[ \t\u00a0]*\(([{_UPPER}]{{2,8}})\)"
)


def _spelled_end(text: str, start: int, end: int) -> int:
    """Only for a name with a Dutch head: 'Trusted Platform Module (TPM)' names a device, not a
    body."""
    if not any(w in _DUTCH_HEAD_SET or w.endswith(_ENDINGS) for w in text[start:end].split()):
        return end
    more = _SPELLED_ON.match(text, end)
    if more is None:
        return end
    initials = "".join(w[0] for w in text[start : more.end(1)].split() if w[0].isupper())
    return more.end(1) if initials == more.group(2) else end


# A name's enumeration after a comma: 'Vereniging voor Energie, Milieu en Water'.
_ENUMERATED_ON: Final = re.compile(
    rf"(?:[ \t\u00a0]*,[ \t\u00a0]+{_WORD})*[ \t\u00a0]+(?:en|&)[ \t\u00a0]+{_WORD}(?![\w-])"
)


def enumerated_end(text: str, start: int, end: int, printed: str | None = None) -> int:
    """A name cut at a comma goes on through its enumeration when the text (or `printed`, the
    whole document's) prints the longer name's abbreviation ('VEMW', also with a footnote mark:
    'VEMW12'); without it, a comma ends the name ('de Raad voor Cultuur, Onderwijs en ...' is a
    list)."""
    more = _ENUMERATED_ON.match(text, end)
    if more is None:
        return end
    initials = "".join(w[0] for w in text[start : more.end()].split() if w[0].isupper())
    where = text if printed is None else printed
    if _spelled(initials, where):
        return more.end()
    # a department named by its portfolios is abbreviated without its head, as a ministry is
    # ('Dienst Onderwijs, Cultuur en Welzijn', its letters 'OCW'; orgs81)
    head = text[start:end].split(None, 1)[0]
    if head in _PORTFOLIO_HEADS and _spelled(initials[1:], where):
        return more.end()
    return end


_PORTFOLIO_HEADS: Final = frozenset({"Dienst", "Directie", "Ministerie"})


def _spelled(initials: str, where: str) -> bool:
    if len(initials) < 3 or initials not in where:
        return False
    return re.search(rf"(?<![\w-]){initials}(?![a-zA-Z])", where) is not None


# A kind the law designates ('aangemerkt als «Very Large Online Platform» (VLOP)'): a category of
# bodies, no body's name.
_DESIGNATED: Final = re.compile(
    r"(?<!\w)(?:aangemerkt|aangewezen|gekwalificeerd|aangeduid|designated)\s+(?:als|as)\s*[«“„\"']?$"
)


# A term coined in quotes ('een zogenaamde ‘Drop Off Library’', 'de zogeheten «Werkgroep»'): what
# something is called, no body's name.
_SO_CALLED: Final = re.compile(r"(?<!\w)(?:zogenaamde|zogenoemde|zogeheten|zgn\.)\s*[«“„\"'‘]$")


def _designated(text: str, start: int) -> bool:
    low = max(0, start - 12)
    if start and text[start - 1] in "«“„\"'‘" and _SO_CALLED.search(text, low, start):
        return True
    if text.find(" als", low, start) == -1 and text.find(" as", low, start) == -1:
        return False  # no 'als'/'as' just before: the common case, without a search
    return _DESIGNATED.search(text, max(0, start - 40), start) is not None


# A target year ends a body's name ('de Staatscommissie Demografie 2050', 'Taskforce Zorg 2040'):
# a year from 2030 on, as a word of its own; a date's or a span's year is none ('2030-2035').
_TARGET_YEAR: Final = re.compile(r"[ \u00a0]20[3-9]\d(?![\w/-]|[.,]\d|[ \u00a0]*[-–]\d)")


# The first half of a split compound before a name that opens with the compound's second half:
# 'de Natuur- en Milieufederatie Utrecht', 'de Land- en Tuinbouworganisatie Nederland'.
_SUSPENDED_OPENING: Final = re.compile(
    r"(?<![\w-])[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+-[ \t\u00a0]+(?:en|of|&)[ \t\u00a0]+$"
)


# The same with the hyphen not printed ('de Natuur en Milieufederatie Limburg'; orgs74's miss,
# orgs75): only where the name's first word is a compound of a body's head ('-federatie',
# '-raad', ...) and the word before 'en' is one capitalised word that no list knows and that is
# no body's, a sentence's or a plural kind's word ('Rijkswaterstaat en Milieufederatie Limburg',
# 'Provincie en Milieufederatie' are two).
_BARE_SUSPENDED_OPENING: Final = re.compile(
    r"(?<![\w-])(?P<first>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{3,})[ \t\u00a0]+en[ \t\u00a0]+$"
)
_NOT_SUSPENDED: Final = frozenset(
    _words(
        "Provincie Provincies Gemeente Gemeenten Waterschap Waterschappen Rijk Staat Kamer "
        "Minister Ministerie Overheid Regering Kabinet Bestuur College Raad Stichting Vereniging "
        "Daarom Maar Ook Toen Zowel Tussen Deze Dit Die Dat Zij Wij Hier Daar Samen Nederland "
        "Europa"
    )
)
_SUSPENDED_WORD: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+")


def _suspended_before(text: str, start: int) -> int:
    """The name starts at the first half of its split compound ('Natuur- en Milieufederatie X'),
    when the name's first word is a compound in lower case after its capital."""
    if not (text[start : start + 1].isupper() and text[start + 1 : start + 2].islower()):
        return start
    m = _SUSPENDED_OPENING.search(text, max(0, start - 40), start)
    if m is not None:
        return m.start()
    if not text.startswith(" en ", start - 4):
        return start
    bare = _BARE_SUSPENDED_OPENING.search(text, max(0, start - 40), start)
    if bare is None:
        return start
    first = bare.group("first")
    word = _SUSPENDED_WORD.match(text, start)
    if (
        word is None
        or _COMPOUND_HEAD.fullmatch(word.group()) is None
        or first in _NOT_SUSPENDED
        or automaton().exists(first)
        or first.endswith(("ties", "ingen", "heden"))
    ):
        return start
    return bare.start()


def _english_article(text: str, part: list[_Word], start: int, opens: bool) -> int:
    """'The' inside a Dutch sentence, right before an English name, is the name's own first word:
    'subsidie aan The Rights Forum'. At a sentence's start it is the sentence's ('The Council')."""
    if opens or len(part) < 3 or part[0][2] != "The" or part[1][0] != start:
        return start
    if not any(w[2] in _ENGLISH for w in part[1:]):
        return start
    return part[0][0]


# 'te' and a place after a name, the space before 'te' lost where bold type ended ('Stichting
# Omroep Gelderlandte Arnhem', '**Follow the Money B.V.**te Amsterdam' as text).
_PLACE_AFTER: Final = re.compile(r"[ \t\u00a0]+([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)")


def before_glued_te(text: str, start: int, end: int) -> int:
    """The name ends before a glued 'te' when a listed place follows it and the word without
    'te' is a listed place ('Gelderlandte Arnhem') or the name without it is listed."""
    if not text.startswith("te", end - 2) or " " not in text[start:end]:
        return end
    place = _PLACE_AFTER.match(text, end)
    if place is None or not any(a_place(p) for p in (place.group(1), place.group(1).split()[0])):
        return end
    word = text[text.rfind(" ", start, end) + 1 : end - 2]
    if len(word) >= 4 and (a_place(word) or automaton().exists(_collapse(text[start : end - 2]))):
        return end - 2
    return end


def a_place(name: str) -> bool:
    """Whether the lists know the name as a place."""
    known = automaton().get(name, None)
    return known is not None and known[1].type == "location"


_GOES_ON_LOWER: Final = re.compile(r"[ \u00a0]+[a-zà-ÿ]")
# A compound that names a kind of association by its members or field: 'Lobbyistenvereniging',
# 'Branchevereniging', 'Milieuorganisatie', 'Werkgeversfederatie', 'Vakbond'.
_KIND_COMPOUND: Final = re.compile(
    r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2,}(?:vereniging|organisatie|federatie|bond)"
)
_LETTERS = re.compile(r"[A-Z]{2,6}")
# A national body's name after the compound: 'Branchevereniging Bouwend Nederland',
# 'Koepelorganisatie Sociaal Werk Nederland'. One to three capitalised words, then 'Nederland'.
_NATIONAL_NAME: Final = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’&-]* ){1,3}Nederland")


def kind_before_name(kind: str, rest: str) -> bool:
    """'Lobbyistenvereniging' before 'BVPA', 'Landbouwbranchevereniging' before 'LTO Nederland':
    a compound kind word, then an abbreviation, a listed body's name or a national body's name
    ('Branchevereniging Bouwend Nederland'). Not a tenants' body: 'Huurdersvereniging Woontij' is
    no name of the corporation Woontij."""
    if not rest or _KIND_COMPOUND.fullmatch(kind) is None or _TENANTS.fullmatch(kind):
        return False
    if _LETTERS.fullmatch(rest) or _NATIONAL_NAME.fullmatch(rest):
        return True
    known = automaton().get(rest, None)
    return known is not None and known[1].type == "organization"


# An inflected adjective that 'en' joins to the next words: 'Commissie Bestuurlijke en
# Economische Zaken' is one committee, whose portfolio a ministry's short name closes.
_INFLECTED: Final = re.compile(r"(?:lijke|ische|iele|ale|ere)$")


def _named(text: str, start: int, end: int) -> list[Match]:
    """A name and, when it follows, its abbreviation, both under the name."""
    if _designated(text, start):
        return []
    year = _TARGET_YEAR.match(text, end)
    if year is not None and " " in text[start:end]:
        end = year.end()
    damaged = _listed_under_damage(text, start, end)
    if damaged is not None:
        return [damaged]
    if text.startswith((" ", ",", "\n", "\r"), end):
        end = _spelled_end(text, start, end)
    if text.startswith(",", end):
        end = enumerated_end(text, start, end)
    end = _quoted_end(text, start, end)
    end = before_glued_te(text, start, end)
    glued = _GLUED_ABBREVIATION.search(text, start, end)
    if glued and text.startswith("-", end):  # 'Informatica-CWI-': an apposition
        end = glued.start()
    name = _collapse(text[start:end])
    if " " in name and name.rsplit(None, 1)[-1] in _LEADING and _GOES_ON_LOWER.match(text, end):
        return []  # 'Coalitie Geen kind in de cel': a phrase's name, cut at its small word
    if " en " in text[start:end]:
        head, _, tail = name.rpartition(" en ")
        known = automaton().get(tail, None)
        if (
            known is not None
            and known[1].type == "organization"
            and " " in head
            and not known[1].canonical.startswith("Ministerie")
            and _INFLECTED.search(head) is None
        ):
            # 'het Nederlands Instituut voor Meerpartijendemocratie en Free Press Unlimited': a
            # listed body after 'en' is the next of a list, no part of the name before it
            end = start + len(text[start:end].rsplit(" en ", 1)[0].rstrip())
            name = head
    kind, _, rest = name.partition(" ")
    if kind_before_name(kind, rest):
        # 'Lobbyistenvereniging BVPA', 'Landbouwbranchevereniging LTO Nederland': a compound
        # saying what the body is, then its name; the name alone is the body's
        start = text.index(rest.split()[0], start + len(kind))
        name = rest
    out = [Match("organization", start, end, name)]
    abbr = _ABBR_AFTER.match(text, end)
    if abbr:
        g = 1 if abbr.group(1) else 2
        out.append(Match("organization", abbr.start(g), abbr.end(g), name))
    return out


# A note's number glued to the name it follows, before the note's bracket ('van Bureau Beke3) ,')
# or before a space or a mark ('het advies van de Afdeling bestuursrechtspraak van de Raad van
# State1 op het besluit'): one or two digits, the first no zero, right after a lower-case letter.
_NOTE_MARK: Final = re.compile(r"(?<=[a-zà-ÿ])(?:[1-9]\d?|\d)$")
_NOTE_MARK_BEFORE: Final = re.compile(r"[ \t\u00a0\r\n,.;:?!)]")


def before_note_mark(text: str, start: int, end: int) -> int:
    if end >= len(text) or text.startswith(")", end):
        mark = _NOTE_MARK.search(text, start, end)
    elif _NOTE_MARK_BEFORE.match(text, end) is not None and text[end - 1].isdigit():
        mark = _NOTE_MARK.search(text, start, end)
        if mark is not None and text[mark.start()] == "0":
            mark = None  # 'Stichting Hulp0': no note is numbered from zero
    else:
        mark = None
    return mark.start() if mark is not None else end


# A body named by one capitalised compound after an article, mid-sentence: 'de
# Mondzorgalliantie', 'de (tandeloze) Volkerenbond'. Dutch writes a common noun in lower case, so a
# capital there names one body; only heads that are no body's part or office ('de Werkgroep', 'het
# Rijksinstituut' refer back to a longer name), and a capitalised word after it would make a
# longer name, which the runs read.
_ONE_WORD_HINTS: Final = ("alliantie", "coalitie", "bond", "federatie", "genootschap", "autoriteit",
                   "academie", "inspectie", "dienst")  # fmt: skip
# `find`'s whole gate but the two characters its other patterns open with ('-', '('; the
# enricher tests those itself): `_may_hold_name`'s words and `_one_word_names`' hints (cue43:
# words.ASK_ORGNAMES).
FIND_GATES: Final = GATES | frozenset(_ONE_WORD_HINTS)
# ... and the hints as cue words, asked one by one of a text already read (speed50).
HINT_CUES: Final = frozenset(_ONE_WORD_HINTS)
# ... but 'de Rijksdienst' (or any state's service compound: 'de Rijkswaterstaatsdienst') refers
# back to a longer name, a shift or a service of worship is no
# body ('de Nachtdienst', 'de Kerkdienst'), and a service's name often goes on with 'voor'/'van'
# ('de Gezondheidsdienst voor Dieren'): the runs read that one whole.
_BACK_REFERENCES: Final = ("Rijks", "Staats")
_NO_BODY_SERVICES: Final = ("nachtdienst", "dagdienst", "avonddienst", "weekenddienst",
                             "kerkdienst", "rouwdienst", "eredienst", "zondagsdienst")  # fmt: skip
_NAME_GOES_ON: Final = re.compile(r"[ \t\u00a0]+(?:voor|van|der)\s")
# Read back from each ending found (str.find: a pattern tried at every 'de' of a text cost more
# than all the rest of this finder).
# The article may open the sentence, capitalised by it: 'De Consumentenautoriteit is in 2013
# samengevoegd met ...' (the compound's capital is still the name's; letters65).
_ONE_WORD_BEFORE: Final = re.compile(
    r"(?:(?<![\w-])(?:de|het)|(?:^|(?<=\n)|(?<=[.!?:] ))(?:De|Het))"
    r"[ \t\u00a0]+(?:\([^()\n]{1,20}\)[ \t\u00a0]+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{3,})$"
)
_ONE_WORD_AFTER: Final = re.compile(r"(?![\w-])(?![ \t\u00a0]+[A-ZÀ-ÖØ-Þ])")
_ONE_WORD_REACH: Final = 60


def _one_word_names(text: str) -> list[Match]:
    found = []
    seen = peek(text)  # a text words.py read: a hint's scan only where its pass saw it (speed50)
    for hint in _ONE_WORD_HINTS:
        if seen is not None and hint not in seen.cues:
            continue
        at = text.find(hint)
        while at != -1:
            end = at + len(hint)
            if at and text[at - 1].isalpha() and _ONE_WORD_AFTER.match(text, end):
                m = _ONE_WORD_BEFORE.search(text, max(0, at - _ONE_WORD_REACH), at)
                if m is not None:
                    name = m.group("name") + hint
                    if hint == "dienst" and (
                        m.group()[:1].isupper()  # 'De Inlichtingendienst stuurt': back to a name
                        or name.startswith(_BACK_REFERENCES)
                        or name.lower().endswith(_NO_BODY_SERVICES)
                        or _NAME_GOES_ON.match(text, end) is not None
                    ):
                        at = text.find(hint, end)
                        continue
                    found.append(Match("organization", m.start("name"), end, name))
            at = text.find(hint, end)
    return sorted(found, key=lambda m: m.start)


# A letter's salutation after its subject line ('betreft Aanbiedingsbrief Reviewcommissie Geachte
# heer Zijlstra'): the name ends before it.
_SALUTATION: Final = re.compile(
    r"[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?(?:Geachte|Hooggeachte)(?![\w-])"
)
# An insurance's or a package's name after its kind ('de aanvullende ziektekostenverzekering Plus
# Collectief', 'de polis Zorg Select'): a product, not a body.
_PRODUCT_BEFORE: Final = re.compile(r"(?:verzekering|polis|pakket)[ \t\u00a0]+$")


def _before_salutation(text: str, start: int, end: int) -> int:
    m = _SALUTATION.search(text, start, end)
    return end if m is None else m.start()


def _a_product(text: str, start: int) -> bool:
    return _PRODUCT_BEFORE.search(text, max(0, start - 40), start) is not None


def find(text: str) -> list[Match]:
    found: list[Match] = _one_word_names(text)
    # Most text has no organisation word: then no run is looked at (asked once: enspeed42).
    may_hold_name = _may_hold_name(text)
    if may_hold_name:
        for m in _RUN.finditer(text):
            run = m.group()
            if " " in run or "\n" in run:
                spans = _names_in_run(text, m)
                if not spans and m.start() and text[m.start() - 1].isalpha():
                    spans = _after_the_glued_word(text, m)
                for start, end in spans:
                    if _a_product(text, start):
                        continue
                    end = _before_salutation(text, start, before_note_mark(text, start, end))
                    found.extend(_named(text, start, end))
    # (each pattern below opens with its '-' or '(': a text without one is not searched)
    for m in _COMPOUND_WORD.finditer(text) if "-" in text else ():
        abbr = _COMPOUND_ABBR.search(text, max(0, m.start() - 9), m.start())
        if abbr is None or automaton().exists(abbr.group()):
            continue  # 'het EU-consortium': a consortium of a known body, not a name
        found.append(
            Match("organization", abbr.start(), m.end(), f"{abbr.group()} {m.group()[1:].title()}")
        )
    if "-" in text:
        for m in _LAW_BODY.finditer(text):
            law = _LAW_ABBR.search(text, max(0, m.start() - 7), m.start())
            known = automaton().get(law.group(), None) if law else None
            if law is None or known is None or known[1].type != "law":
                continue
            found.append(Match("organization", law.start(), m.end(), text[law.start() : m.end()]))
    for m in _PAREN_ABBR.finditer(text) if "(" in text else ():
        if m.group(1) in _LEGAL_FORMS:
            continue  # 'een naamloze vennootschap (NV)': a legal form, not a body
        before = text[max(0, m.start() - 80) : m.start()]
        spelled = longforms.long_form(text, m.start(), m.group(1))
        capitals = not m.group(1)[1:].islower()  # 'Iplo' only where its words are spelled
        if spelled is None and m.group("spaced"):
            continue  # 'BAC ROWW', 'KfW' only where its words are spelled
        if spelled is None and not (capitals and _ORG_NOUN.search(before)):
            continue
        if spelled is not None and _designated(text, spelled[0]):
            continue
        name = _collapse(text[spelled[0] : spelled[1]]) if spelled else ""
        # named by its words when they are a name ('Topreferente eetstoornissen netwerk')
        canonical = name if name[:1].isupper() else m.group(1)
        found.append(Match("organization", m.start(1), m.end(1), canonical))
    if may_hold_name:
        for task in taskbodies.find(text):
            # the task's words go on after a run's name that stops at them ('Stichting
            # Geschillencommissies' + 'voor consumentenzaken'): the longer name stands for it
            found = [f for f in found if not (task.start <= f.start and f.end <= task.end)]
            found.append(task)
    return found
