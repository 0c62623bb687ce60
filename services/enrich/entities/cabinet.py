"""A minister's or state secretary's surname alone: 'het artikel «De schade van Schoof, ...»',
'de brief van Grapperhaus'.

Papers name members of the cabinet by surname without a title or a given name (in a quoted
headline, a subject line, a label's cell). The surnames of the people list's bewindspersonen are
sought in the people list's pass (people.py), as printed (a capital particle or none: 'Schoof',
'De Jonge'), and taken where nothing else stands and the mention is a name and nothing else:
- five letters or more ('Kamp', 'Blok', 'Bos' and 'Kaag' are too often words or other names);
- not a given name ('Paul'), an office ('Dijkgraaf') or a name the lists hold (a place, a body);
- not printed in lower case in the document (a word: 'helder', 'sterk');
- no capitalised word or initial before it (someone else's full name: 'Anna Kuipers', 'J.
  Jansen', or a longer name) and none after it ('Kuipers Transport');
- not the first word of a sentence or of a numbered or bulleted item (a heading, an adjective
  or an instruction: 'Helder is dat ...', '6.5 Schilder het apparaat niet').

Since persons55 the surnames of the list's other politicians (Kamer members) are sought the same
way, six letters or more and no language's name ('Engels').
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from services.enrich.data import rows
from services.enrich.entities import attendees, gazetteer, personruns, titled
from services.enrich.entities.gazetteer import Match
from services.enrich.entities.persons import canonical

_SHORTEST: Final = 5
_PARTICLE: Final = re.compile(r"^(?:van der|van den|van de|van 't|van|de|den|der|ter|ten|te) ")
_UP: Final = attendees.UPPER
# A capitalised word or an initial just before the surname: part of a fuller or longer name.
_NAMED_BEFORE: Final = re.compile(rf"(?:[{_UP}][\w'’.-]*|[{_UP}]\.)[ \t\u00a0]+$")
_CAPITALISED_AFTER: Final = re.compile(rf"[ \t\u00a0]+[{_UP}]")
# A sentence's first word: after a full stop, a question or exclamation mark, or the text's start.
_SENTENCE_START: Final = re.compile(r"(?:^|[.!?][ \t\u00a0]+|[.!?]\r?\n\s*)$")


def _surname(full: str) -> str | None:
    """'Dick Schoof' -> 'Schoof', 'Hugo de Jonge' -> 'De Jonge', 'A. de Vries' -> 'De Vries';
    None for a name of three words or more without a particle ('Jan Peter Balkenende': where the
    surname starts cannot be told from the words alone)."""
    words = full.split()
    rest = " ".join(w for w in words[1:] if not w.endswith("."))
    if not rest or (len(words) > 2 and not _PARTICLE.match(rest + " ")):
        return None
    if _PARTICLE.match(rest + " "):
        rest = rest[0].upper() + rest[1:]
    return rest


# Members of the Kamers and other politicians the list holds (persons55): their surnames alone
# too ('Omtzigt vermoedt' no, a sentence's first word; 'de vragen van Wolbert' yes), one letter
# longer than a cabinet member's, and no word the titles' rules take for no name ('Welzijn').
_MEMBER_KINDS: Final = frozenset({"tweede kamerlid", "eerste kamerlid", "politicus"})
_MEMBER_SHORTEST: Final = 6
# A language's name capitalised as Dutch writes it ('de tekst is Engels'), not the member 'Engels'.
_LANGUAGES: Final = attendees.LANGUAGES
# After the surname: a compound's or a possessive's mark, or a slash to a joint name's next.
_JOINED_AFTER: Final = frozenset({"-", "’", "'", "/"})
# A list item's number or bullet before the word on its line: an instruction's first word ('6.5
# Schilder het apparaat niet'), as a sentence's.
_ITEM_START: Final = re.compile(r"(?:^|\n)[ \t]*(?:\d+(?:\.\d+)*\.?|[a-z]\)|[•·*–-])[ \t]+$")


# A sentence's first word is the person's surname where a verb of saying or acting follows it, as
# news opens a sentence with the member's name ('Omtzigt vermoedt dat ...', 'Uitermark komt na het
# reces met ...'): an adjective or an instruction opening a sentence is followed by 'is', a noun or
# an object, not by these ('Helder is dat ...', 'Schilder het apparaat niet'). The verbs in the
# third person or the past, as papers report (persons73).
_ACTS_AFTER: Final = re.compile(
    r"[ \t\u00a0]+(?:zegt|zei|zeiden|vindt|vond|vraagt|vroeg|stelt|stelde|wil|wilde|noemt|noemde|"
    r"vermoedt|vermoedde|denkt|dacht|meent|meende|benadrukt|benadrukte|erkent|erkende|reageert|"
    r"reageerde|kondigt|kondigde|schrijft|schreef|antwoordt|antwoordde|wijst|wees|verwacht|"
    r"verwachtte|hoopt|hoopte|twijfelt|twijfelde|pleit|pleitte|waarschuwt|waarschuwde|spreekt|"
    r"sprak|komt|kwam|gaat|ging|heeft|had|liet|laat|deed|doet|diende|dient|stemde|stemt|"
    r"verklaarde|verklaart|vertelde|vertelt|sloot|opende|besloot|beslist|weigert|weigerde|"
    r"ontkent|ontkende|bevestigt|bevestigde|kreeg|krijgt)(?![\w-])"
)

# An interjection or a mail's reply is no name: 'Helder!' ("clear"), and a line opening with the
# word and a comma or a colon ('Helder, ik wacht dan even ...', 'Akkoord: ...'), as a released
# mail's lines do after its header (a name's vocative or label is rarer there than the word).
_LINE_START: Final = re.compile(r"(?:^|\n)[ \t\u00a0“\"‘'«(]*$")
# A label opening a line or a table's cell: the word, one to three lower-case words, a colon
# ('Uitslag stemming:', a motion's form; the CDA member's surname 'Uitslag'). A speaker's label
# has no lower-case word before its colon ('Klaver:', 'Omtzigt (NSC):').
_CELL_START: Final = re.compile(r"(?:^|\n|\|)[ \t\u00a0]*$")
_LABEL_AFTER: Final = re.compile(r"(?:[ \t\u00a0]+[a-zß-ÿ]+){1,3}[ \t\u00a0]*:")
_VOCATIVE: Final = re.compile(r"[,:]")


@cache
def surnames() -> frozenset[str]:
    given = attendees.given_names()
    known = gazetteer.automaton()
    out = set()
    for row in rows("people.tsv"):
        member = row["kind"] in _MEMBER_KINDS
        if row["kind"] != "bewindspersoon" and not member:
            continue
        surname = _surname(row["canonical"])
        shortest = _MEMBER_SHORTEST if member else _SHORTEST
        if surname is None or len(surname.replace(" ", "")) < shortest:
            continue
        last = surname.split()[-1]
        if last in given or titled._A_TITLE.fullmatch(last) or known.exists(surname):
            continue
        if member and (
            last in titled.NOT_NAMES or last in _LANGUAGES or not attendees.surname_word(last)
        ):
            continue
        out.add(surname)
    return frozenset(out)


def alone(text: str, sought: list[Match]) -> list[Match]:
    """The surnames the people list's pass found (type 'surname', see people.py) that stand alone
    as a name (see the module's note)."""
    found = []
    lowered: dict[str, bool] = {}
    for m in sought:
        name = text[m.start : m.end]
        if _NAMED_BEFORE.search(text, max(0, m.start - 40), m.start):
            continue
        if _CAPITALISED_AFTER.match(text, m.end) or text[m.end : m.end + 1] in _JOINED_AFTER:
            continue
        if text[m.start - 1 : m.start] == "/":  # a group's or joint name: 'groep Kuzu/Öztürk/Krol'
            continue
        if _SENTENCE_START.search(text, max(0, m.start - 10), m.start) and not (
            _ACTS_AFTER.match(text, m.end)
        ):
            continue
        if _ITEM_START.search(text[max(0, m.start - 16) : m.start]):
            continue
        if _CELL_START.search(text, max(0, m.start - 8), m.start) and _LABEL_AFTER.match(
            text, m.end
        ):
            continue  # a form's label: 'Uitslag stemming: | aangenomen' (persons78)
        if text.startswith("!", m.end) or (
            _LINE_START.search(text, max(0, m.start - 8), m.start) and _VOCATIVE.match(text, m.end)
        ):
            continue
        word = name.split()[-1].lower()
        if word not in lowered:
            lowered[word] = personruns.word_printed_lower(word, text)
        if lowered[word]:
            continue
        found.append(Match("person", m.start, m.end, canonical(name)))
    return found
