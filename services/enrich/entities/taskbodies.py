"""A committee or group named by its task in lower-case words (issue #12, round orgs66).

'het rapport van de Commissie herziening wetgeving ambtsdelicten Kamerleden en bewindspersonen',
'het advies van de Stuurgroep decentralisatie Friese taal van Rijk naar de provincie',
'de Stichting Geschillencommissies voor consumentenzaken en de Stichting Reclame Code', 'het
nog op te richten Adviescollege toetsing regeldruk deze bevoegdheid niet heeft': a
capitalised body word mid-sentence, then the words of its task, is the body's name, though only its
first word is capitalised (orgnames.py reads runs of capitalised words and stops before them).

The name opens with the body word after a lower-case word in the same sentence (not at a line's
or a sentence's start: 'Werkgroep' as a heading, 'Commissie ...?' as a question; not after a
title's capitalised word: 'De Instellingswet Adviescollege toetsing regeldruk regelt'); a name
with an abbreviation in brackets after it is longforms.py's ('(ATR)'). Its first
task word is a noun by its ending ('herziening', 'decentralisatie', 'consumentenzaken'), so that
'de Commissie heeft', 'de Stichting stelt voor dat' name no task; a task has two words or more
('de Commissie toestemming verleend': one noun may be a verb's object). One capitalised word may
stand between when it is a body's word itself ('Stichting Geschillencommissies voor ...'); then
the task starts with 'voor' or 'van'. The name ends at punctuation, a number, a verb, an article, a
pronoun or a preposition; 'voor' and 'van' are kept only before a lower-case noun that goes on with
the task, 'en' only between two task words at the name's end. A committee of the Kamer ('de
commissie voor Financiën') is lower case and kamer.py's.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.gazetteer import Match
from services.enrich.scan import Guarded

# (the lookbehind as a guard, and the capital every head starts with taken out of the
# alternation: a pattern led by either is tried at every position, this body at a capital only;
# each literal head checks its capital looking back; throughput35)
_HEAD: Final = Guarded(
    r"(?<=[a-zà-ÿ,][ \t\u00a0])",
    r"[A-Z](?:(?<=C)ommissie|(?<=S)tuurgroep|(?<=W)erkgroep|(?<=T)askforce|(?<=R)egiegroep"
    r"|(?<=P)rojectgroep|(?<=K)lankbordgroep|(?<=S)tichting|(?<=C)ollege"
    r"|[a-zà-ÿ]{3,}(?:commissie|college))(?![\w-])",
)
# a body's word as the one capitalised word after the head: 'Stichting Geschillencommissies'
_BODY_WORD: Final = re.compile(
    r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2,}(?:commissies?|raden|raad|groep|groepen|fonds)"
)
# a noun by its ending: the first task word
_TASK_NOUN: Final = re.compile(
    r"[a-zà-ÿ]{2,}(?:ing|ingen|atie|aties|tie|ties|heid|heden|teit|iteit|zaken|beleid|"
    r"wetgeving|recht|zorg|taal|onderwijs)"
)
_TOKEN: Final = re.compile(r"[^\s]+")
_LETTERS: Final = re.compile(r"[A-Za-zÀ-ÿ-]*")  # a word's letters before a stop or a note's number
_WORD_SHAPE: Final = re.compile(r"[A-Za-zÀ-ÿ][a-zà-ÿ-]*")
_LOWER_LEAD: Final = re.compile(r"[a-zà-ÿ]+")
# the word before the head: a lower-case one ('van de', 'het nog op te richten'), not a title's
# capitalised word ('De Instellingswet Adviescollege toetsing regeldruk', '3.1 Evaluatie ...')
_WORD_BEFORE: Final = re.compile(r"([\w-]+),?[ \t\u00a0]$")
# an abbreviation in brackets after the name: longforms.py reads it with its long form
_ABBREVIATION_AFTER: Final = re.compile(r"[ \t\u00a0]*\(")
_STOP_WORDS: Final = frozenset(
    re.findall(
        r"\S+",
        "de het een der den dit dat deze die dan als om te tot in op aan bij met naar uit over "
        "onder door na tegen zonder binnen tussen of maar want omdat zodat wat wie waar hier daar "
        "er zij ze hij zich haar hun ons wij we u niet ook nog al wel is zijn was waren wordt "
        "worden werd werden heeft hebben had hadden zal zullen zou zouden kan kunnen kon moet "
        "moeten mag mogen wil willen",
    )
)
# a verb's form: 'stelt', 'adviseert', a past 'meldde', 'stelde' (a plural noun in -ten is none:
# 'ambtsdelicten')
# and a past participle: 'gegeven', 'verleend', 'aangevraagd' ('de Commissie toestemming verleend')
_VERB_FORM: Final = re.compile(
    r"[a-zà-ÿ]+(?:t|de|te)|[a-zà-ÿ]*ge[a-zà-ÿ]+[dn]|(?:be|ver|ont|her)[a-zà-ÿ]+d"
)
# nouns in those endings: 'toezicht', 'arbeidsmarkt', 'woonruimte', 'gemeente'
_NOUN_IN_T: Final = re.compile(
    r"[a-zà-ÿ]*(?:heid|teit|recht|zicht|dienst|markt|beleid|ruimte|gemeente|hoogte|grootte|lengte)"
)
_MAX_WORDS: Final = 9


def _task_word(word: str) -> bool:
    """A word that may go on with a task: a lower-case noun-like word or a capitalised one."""
    if not _WORD_SHAPE.fullmatch(word):
        return False
    low = word.lower()
    if low in _STOP_WORDS or low in ("en", "voor", "van"):
        return False
    if word[0].islower() and _VERB_FORM.fullmatch(word) and not _NOUN_IN_T.fullmatch(word):
        return _TASK_NOUN.fullmatch(word) is not None
    return True


def _bare(raw: str) -> str:
    """A word's letters, without the punctuation or note number after them."""
    found = _LETTERS.match(raw)  # '*': always a match, empty before a stop
    return raw[: found.end()] if found else ""


def _span_end(words: list[re.Match[str]]) -> tuple[int, int] | None:
    """The end of the task words in `words` (the words after the head) and how many words the
    task has, or None."""
    kept: list[re.Match[str]] = []
    i = 0
    while i < len(words) and len(kept) < _MAX_WORDS:
        raw = words[i].group()
        word = raw.rstrip(".,;:!?)»”’'\"")
        bare = _bare(raw)
        cut = len(bare) < len(raw)  # punctuation or a note's number after the word
        if word in ("voor", "van") and not cut:
            nxt = words[i + 1].group() if i + 1 < len(words) else ""
            lead = _LOWER_LEAD.match(nxt)
            if not (kept or i == 0) or lead is None or not _TASK_NOUN.fullmatch(lead.group()):
                break
            i += 1
            continue
        if word == "en" and not cut:
            nxt = words[i + 1].group() if i + 1 < len(words) else ""
            after = _bare(nxt)
            beyond = words[i + 2].group() if i + 2 < len(words) else ""
            ends = len(after) < len(nxt) or not _task_word(beyond)
            if not kept or not after or not _task_word(after) or not ends:
                break
            i += 1
            continue
        if not bare or not _task_word(bare):
            break
        if not kept and words[0] is words[i] and not _TASK_NOUN.fullmatch(bare):
            return None
        kept.append(words[i])
        if cut:
            return words[i].start() + len(bare), len(kept)
        i += 1
    if not kept:
        return None
    last = kept[-1]
    return last.start() + len(_bare(last.group())), len(kept)


# a task noun that is one of the endings' words by itself: 'voor het onderwijs'
_TASK_WORDS: Final = frozenset({"beleid", "wetgeving", "recht", "zorg", "taal", "onderwijs"})


def _for_one_task(words: list[re.Match[str]]) -> int | None:
    """'het verslag van de Staatscommissie voor het onderwijs gaat ...' (letters66): 'voor', an
    article maybe, one task noun, and there the name ends (punctuation, a small word or a verb's
    form after it); not where more lower-case words go on with it ('de Commissie voor de
    behandeling van dit voorstel': the sentence's)."""
    k = 2 if len(words) > 2 and words[1].group() in ("de", "het") else 1
    if k >= len(words):
        return None
    raw = words[k].group()
    noun = _bare(raw)
    if not noun or not (_TASK_NOUN.fullmatch(noun) or noun in _TASK_WORDS):
        return None
    if len(noun) == len(raw) and k + 1 < len(words):
        nxt = words[k + 1].group()
        if not (
            nxt.lower() in _STOP_WORDS
            or (_VERB_FORM.fullmatch(nxt) and not _NOUN_IN_T.fullmatch(nxt))
        ):
            return None
    return words[k].start() + len(noun)


# Every head ends in one of these (a literal the substring test jumps to): a text without one is
# not scanned by `_HEAD`, whose body is tried at every capital (~1 % of a pages pass; enspeed46).
HEAD_ENDS: Final = ("ommissie", "groep", "ollege", "tichting", "askforce")


def find(text: str) -> list[Match]:
    """Every body named by its head and lower-case task words in `text`."""
    found: list[Match] = []
    if not any(end in text for end in HEAD_ENDS):
        return found
    for m in _HEAD.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None or not before.group(1).islower():
            continue  # 'De Instellingswet Adviescollege ...', '3.1 Evaluatie Adviescollege ...'
        line_end = text.find("\n", m.end())
        window = text[m.end() : line_end if line_end != -1 else len(text)]
        words = list(_TOKEN.finditer(window))[: _MAX_WORDS + 4]
        if not words:
            continue
        first = words[0].group()
        if first == "voor":
            end = _for_one_task(words)
            if end is not None:
                found.append(
                    Match(
                        "organization",
                        m.start(),
                        m.end() + end,
                        " ".join(text[m.start() : m.end() + end].split()),
                    )
                )
            continue
        start_at = 0
        if first[:1].isupper():
            if not _BODY_WORD.fullmatch(first) or len(words) < 3:
                continue
            if words[1].group() not in ("voor", "van"):
                continue
            start_at = 1
        rest = words[start_at:]
        if not rest[0].group()[:1].islower() and start_at == 0:
            continue
        if start_at == 0 and not _TASK_NOUN.fullmatch(rest[0].group().rstrip(".,;:")):
            continue
        spanned = _span_end(rest)
        if spanned is None:
            continue
        end, task_words = spanned
        if start_at == 0 and task_words < 2:
            continue  # 'de Commissie toestemming verleend': one noun may be the verb's object
        if start_at == 1 and end <= words[1].end():
            continue
        if _ABBREVIATION_AFTER.match(text, m.end() + end):
            continue  # 'het Adviescollege toetsing regeldruk (ATR)': the abbreviation's long form
        name = " ".join(text[m.start() : m.end() + end].split())
        if len(name.split()) < 2:
            continue
        found.append(Match("organization", m.start(), m.end() + end, name))
    return found
