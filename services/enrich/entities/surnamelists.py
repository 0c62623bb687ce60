"""Bare surnames in a meeting's attendance block (persons76): a university council's minutes print
'Aanwezig:' / 'Leden UR:' / 'Brinkman, Ferreira Pires, De Jong, Meijer (vz), H.Poorthuis' /
'College van Bestuur:' / 'Van Ast, Flierman, Zijm' / 'Afwezig:' / 'Becht (m.k.), De Olde (z.k.)',
a committee's 'Voorzitter: Schaapman', 'Afwezig met kennisgeving: Van Dam (CDA) en Bakker'.

A block opens at an attendance head and its colon: 'Aanwezig', 'Afwezig', 'Niet/Verder/Tevens
aanwezig', 'Afgemeld', 'Verhinderd', 'Presentielijst', 'Voorzitter', 'Griffier', 'Notulist',
'Namens het college', 'Insprekers', 'Leden', 'Tegenwoordig', 'te weten'. Inside it a line may
open with a sub-label of its own ('Leden UR:', 'College van Bestuur:', 'Raad van Toezicht (vanaf
ag.pt. 9):'); a label may also follow an item on its line, where a block was joined into one
('Voorzitter: Kortenhoeven Griffier: Lamberink Aanwezig: ...', 'Wissink College van Bestuur:').
After each label the items are read, joined by commas, semicolons, 'en' or '&' and over line
breaks: an item is a surname and nothing else (initials, a particle, one or two capitalised
words, a double name's hyphen as 'Wallinga-de Jonge'), marks and brackets after it ('(vz)',
'(m.k.)', '(CDA)', '**').

The first item of another shape ends the block: a title or office ('de heer', 'wethouder': other
modules read those), a word in lower case, a digit, a word with two capitals ('PvdA', 'URaad'), a
place or body the gazetteer holds ('Zwolle', 'Rijkswaterstaat'; after a particle it is a surname:
'Van Vught'), an office, a group or a body's head word ('Raadsleden', 'Publiek', 'Gemeente'). A
list is read when it holds two items or more; a label's single item where a label or the line's
end follows it, after a person's label ('Voorzitter: Jansen') or inside a block that read a list
already. A list a third of whose items are given names ('Koos en Paula Aartsen, Clara Bruinsma')
is a list of full names, left to the rules that read those. Unsure text stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.entities import attendees, gazetteer, orgnames
from services.enrich.entities.gazetteer import automaton

_UP: Final = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW: Final = "a-zß-öø-ÿā-ž"
_WORD: Final = rf"(?:IJ|[{_UP}])[{_LOW}]+(?:[’'][{_LOW}]+)?(?:-(?:IJ|[{_UP}])[{_LOW}]+)*"
_GAP: Final = r"[ \u00a0]+"
_PARTICLE: Final = (
    rf"(?:[Vv]an{_GAP}(?:der|den|de|het|'t|’t)|[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Tt]e|"
    r"'t|’t|[Vv]\.d\.)"
)
_SECOND: Final = rf"-(?:van{_GAP}(?:der|den|de)|van|de|der|den|ter|ten|te){_GAP}{_WORD}"
# A lower-case particle inside a surname of two parts, no hyphen: 'Martinez van Andel' (persons78).
_INNER: Final = rf"{_GAP}(?:van{_GAP}(?:der|den|de)|van|de|der|den|ter|ten){_GAP}{_WORD}"
_INITIALS: Final = rf"(?:(?:IJ|[{_UP}])[{_LOW}]{{0,2}}\.[ \u00a0]?){{1,4}}"
# One item, whole: the name, then its marks and brackets.
_ITEM: Final = re.compile(
    rf"(?P<name>(?:{_INITIALS})?(?:{_PARTICLE}{_GAP})?{_WORD}(?:{_GAP}{_WORD}|{_INNER})?"
    rf"(?:{_SECOND})?)"
    rf"(?P<tail>(?:[ \u00a0]*\*+)?(?:[ \u00a0]*\([^()\n]{{1,60}}\))*(?:[ \u00a0]*\*+)?)"
)
# The same with a one-word surname, where two words were no name: 'Kortenhoeven Griffier:'.
_ITEM_ONE: Final = re.compile(
    rf"(?P<name>(?:{_INITIALS})?(?:{_PARTICLE}{_GAP})?{_WORD}(?:{_SECOND})?)"
    rf"(?P<tail>(?:[ \u00a0]*\*+)?(?:[ \u00a0]*\([^()\n]{{1,60}}\))*(?:[ \u00a0]*\*+)?)"
)
# A sub-label glued to the list's last item where a line was joined: 'Mettivier, Wissink
# College van Bestuur:' (the label ending its line).
_GLUED_LABEL: Final = re.compile(
    rf"(?P<name>(?:{_PARTICLE}{_GAP})?{_WORD})[ \u00a0]+"
    rf"(?P<label>[{_UP}][^:\n,()]{{0,40}}):[ \t\u00a0]*(?=\r?\n|$)"
)
# The next label on the same line, where a block was joined into one line: 'Voorzitter:
# Kortenhoeven Griffier: Lamberink Aanwezig: ...'.
_NEXT_LABEL: Final = re.compile(rf"[ \u00a0]+(?P<label>[{_UP}][^:\n,()]{{0,40}}):")
# A comma typed twice is one ('Assad (D66),, Van Basten Batenburg (VVD)', persons78).
_SEPARATOR: Final = re.compile(rf"[ \u00a0]*[,;](?:[ \u00a0]*[,;])*[ \u00a0]*|{_GAP}(?:en|&){_GAP}")
# A bracket whose opening the page's reading set elsewhere: 'Bingöl voor Den Haag), Bom (Hart voor
# Den Haag)' (a besluitenlijst's cell whose '(Hart' the segmenter cut out), taken as the item's
# tail inside a list already read (persons78, after its blind scoring).
_UNOPENED: Final = re.compile(r"[ \u00a0]+[^(),;:\n]{1,40}\)")
# An item's closing bracket ends it where the comma after it was left out: 'Celik (DENK) De Vuyst
# (GroenLinks)', the next item's capital after one blank (persons78).
_BRACKET_GAP: Final = re.compile(rf"[ \u00a0](?=(?:{_PARTICLE}{_GAP})?[{_UP}])")
# The heads that open a block, each before its colon (words after it on the label allowed:
# 'Afwezig met kennisgeving:', 'Aanwezig leden UR:', 'Afwezig(m.k.):').
_HEAD: Final = re.compile(
    r"(?:(?<=[\s:])|^)(?:Aanwezig(?:en)?|Afwezig|Niet[ \u00a0]+aanwezig|Verder[ \u00a0]+aanwezig|"
    r"Tevens[ \u00a0]+aanwezig|Afgemeld|Verhinderd|Presentielijst|Voorzitter|Griffier|Notulist|"
    r"Namens[ \u00a0]+het[ \u00a0]+college|Insprekers|AANWEZIG|AFWEZIG|Leden|Tegenwoordig|"
    r"te[ \u00a0]+weten)"
    # its colon, or in a table the bar to the next cell ('Afwezig | Baboeram (GroenLinks)', a
    # besluitenlijst's row; persons78)
    r"(?P<rest>[^:|\n]{0,40})(?::[ \t\u00a0]*|[ \t\u00a0]+\|[ \t\u00a0]*)"
)
# A sub-label inside a block: capitalised words, short function words, brackets ('Leden UR',
# 'College van Bestuur', 'Raad van Toezicht (vanaf ag.pt. 9)', 'Afwezig m.k.').
_LABEL: Final = re.compile(
    rf"[ \t\u00a0]*(?P<label>[{_UP}][^:\n()]{{0,40}}(?:\([^()\n]{{0,30}}\)[^:\n()]{{0,10}})?)"
    r":[ \t\u00a0]*"
)
_LABEL_WORD: Final = re.compile(rf"(?:[{_UP}][\w.&/-]*|[{_LOW}]+|[mz]\.[kb]\.)$")
_SINGLE_LABELS: Final = frozenset(
    ("Voorzitter", "Griffier", "Notulist", "Secretaris", "Verslag", "Verslaglegging", "Notulen")
)
# Words an item never is: offices, groups, a body's words, the block's own words.
_NOT_SURNAMES: Final = frozenset(
    str.split(
        "Aanwezig Afwezig Aanwezigen Leden Lid Raadsleden Raadslid Commissieleden Commissielid "
        "Statenleden Statenlid Fractie Fracties Wethouder Wethouders Burgemeester Gedeputeerde "
        "Gedeputeerden Voorzitter Griffier Griffie Secretaris Notulist Notulen Verslag College "
        "Bestuur Directie Raad Commissie Publiek Pers Tribune Insprekers Inspreker Ambtenaren "
        "Ambtenaar Gasten Gast Allen Alle Iedereen Niemand Geen Diverse Overige Overigen Vacature "
        "Vacant Nvt Gemeente Provincie Ministerie Stichting Vereniging Universiteit Staten Kamer "
        "Minister Staatssecretaris Heer Mevrouw Dhr Mevr Mw Dames Heren Namens Zie Agenda Opening "
        "Mededelingen Rondvraag Sluiting Vaststelling Besluit Besluiten Punt Bijlage Januari "
        "Februari Maart April Mei Juni Juli Augustus September Oktober November December Maandag "
        "Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Tijd Datum Locatie Plaats Aanvang "
        # a province's and a water board's chairs by office ('A.L. ter Beek, Commissaris van de
        # Koningin, voorzitter': no surname 'Commissaris van de Koningin'; names44)
        "Commissaris Commissarissen Dijkgraaf Heemraad Hoogheemraad"
    )
)
# After a particle a word is a surname ('De Heer', 'De Koning'), but for a body's or an office's
# words ('De Raad', 'De Voorzitter').
_BODY_WORDS: Final = frozenset(
    str.split(
        "Gemeente Provincie Ministerie Stichting Vereniging Universiteit Staten Kamer Raad "
        "Commissie College Bestuur Directie Griffie Fractie Fracties Voorzitter Griffier "
        "Secretaris Wethouder Wethouders Burgemeester Gedeputeerde Notulist Leden "
        # a table's label run into a wrapped cell's list: 'Van Deelnemers Gennep (CDA)' (persons78)
        "Deelnemers Deelnemer Aanwezigen Afwezigen"
    )
)
# A head's count of those present: 'Aanwezig zijn 43 leden:' (a besluitenlijst; persons78).
_COUNT: Final = re.compile(r"(?<![\w.])\d{1,3}(?![\w.])")
_REACH: Final = 2400  # a block's text after its head
_LINES: Final = 40


def _word_ok(word: str) -> bool:
    if word in _NOT_SURNAMES or word in orgnames.HEADS:
        return False
    if automaton().exists(word):
        return False
    capitals = sum(1 for c in word[1:] if c.isupper())
    hyphens = word.count("-")
    return capitals <= hyphens + (1 if word.startswith("IJ") else 0)


_PARTICLE_WORDS: Final = frozenset(
    ("van", "de", "den", "der", "het", "ter", "ten", "te", "'t", "’t", "v.d.")
)


def _item_ok(name: str) -> bool:
    """No word of the item an office, a group, a body or a place; a place after a particle is a
    surname ('Van Vught', 'van Kampen')."""
    words = [w for w in re.split(r"[ \u00a0]+", name) if w]
    after_particle = False
    checked = 0
    for at, word in enumerate(words):
        if word.lower() in _PARTICLE_WORDS:
            if at > 0 and checked > 0 and _body_after(words[-1]):
                return False  # 'Jansen van Rijkswaterstaat': where he comes from
            after_particle = True
            continue
        if "." in word and not word.endswith(".") and word[0].isupper():
            word = word.rsplit(".", 1)[1]  # 'H.Poorthuis'
        elif word.endswith("."):
            continue  # initials
        checked += 1
        if after_particle:
            if word in _BODY_WORDS:
                return False
            continue  # 'De Heer*', 'Van Vught': a word or a place after a particle is a surname
        if not _word_ok(word):
            return False
    return checked > 0 and (after_particle or not automaton().exists(" ".join(words)))


def _body_after(word: str) -> bool:
    """Whether the word after a particle inside an item is a body or a party the gazetteer holds
    (a place there is a surname's: 'Martinez van Andel', 'Van Kampen')."""
    return word in _BODY_WORDS or any(
        m.type != "location" and m.start == 0 and m.end == len(word) for m in gazetteer.find(word)
    )


def _label_ok(label: str) -> bool:
    words = re.sub(r"\([^()]*\)", " ", label).split()
    return (
        0 < len(words) <= 6 and words[0][0].isupper() and all(_LABEL_WORD.match(w) for w in words)
    )


def _items(text: str, pos: int, end: int) -> tuple[list[tuple[int, int]], int, bool]:
    """The items from `pos` on, over line breaks, until one of another shape: their spans, where
    reading stopped, and whether it stopped at a line's end (True) or inside a line."""
    out: list[tuple[int, int]] = []
    while pos < end:
        item = _ITEM.match(text, pos, end)
        if item is not None and not _item_ok(item.group("name")):
            item = _ITEM_ONE.match(text, pos, end)
        if item is None or not _item_ok(item.group("name")):
            glued = _GLUED_LABEL.match(text, pos, end)
            if (
                glued is not None
                and _item_ok(glued.group("name"))
                and _label_ok(glued.group("label"))
            ):
                out.append((glued.start("name"), glued.end("name")))
                return out, glued.start("label"), True
            return out, pos, False
        after = item.end()
        sep = _SEPARATOR.match(text, after, end)
        if sep is None and len(out) >= 2:
            lost = _UNOPENED.match(text, after, end)
            if lost is not None and _SEPARATOR.match(text, lost.end(), end) is not None:
                after = lost.end()  # 'Bingöl voor Den Haag),': its '(Hart' set elsewhere
                sep = _SEPARATOR.match(text, after, end)
        if sep is not None:
            out.append((item.start("name"), item.end("name")))
            pos = sep.end()
            if text.startswith("\n", pos) or text.startswith("\r\n", pos):
                pos = _next_line(text, pos, end)
            else:
                while pos < end and text[pos] in " \t\u00a0\r\n":
                    pos += 1  # 'van der Kooij,\n\nLagendijk (vz)': the list goes on
            continue
        if after >= end or text[after] in "\r\n":
            out.append((item.start("name"), item.end("name")))
            return out, after, True
        label = _NEXT_LABEL.match(text, after, end)
        if label is not None and _label_ok(label.group("label")):
            out.append((item.start("name"), item.end("name")))
            return out, label.start("label"), True
        gap = _BRACKET_GAP.match(text, after, end) if item.group("tail").endswith(")") else None
        if gap is not None:
            out.append((item.start("name"), item.end("name")))
            pos = gap.end()
            continue
        return out, pos, False
    return out, pos, True


def _full_names(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a third of the items or more are a given name and a surname ('Koos en Paula
    Aartsen, Anton en Hannie Blok, Clara Bruinsma'), a list of full names, not of surnames."""
    given = attendees.given_names()
    full = 0
    for start, end in spans:
        words = text[start:end].split()
        if len(words) == 1 and words[0] in given:
            full += 1  # 'Koos' in 'Koos en Paula Aartsen'
        elif len(words) >= 2 and words[0] in given:
            full += 1
    return 3 * full >= len(spans)


def _alone(text: str, stop: int, end: int, read: bool) -> bool:
    """Whether a label's single item stands alone: its line ends after it, or (before a list was
    read) another attendance head follows on its line ('Voorzitter: Tichelaar Griffier: Franke',
    not 'Voorzitter: Tichelaar Secretaris: Franke', letters65's near miss); inside a block that
    read a list, any label ('Afwezig: Stroeve (CU) Pers: geen')."""
    if stop >= end or text[stop] in "\r\n":
        return True
    return read or _HEAD.match(text, stop) is not None


def _next_line(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \t\u00a0\r\n":
        pos += 1
    return pos


# The heads' first words, looked for with str.find (a scan of the text by the pattern costs more).
_HEAD_WORDS: Final = (
    "Aanwezig", "Afwezig", "Niet", "Verder", "Tevens", "Afgemeld", "Verhinderd", "Presentielijst",
    "Voorzitter", "Griffier", "Notulist", "Namens", "Insprekers", "AANWEZIG", "AFWEZIG", "Leden",
    "Tegenwoordig", "te weten",
)  # fmt: skip


def _heads(text: str) -> list[re.Match[str]]:
    starts: set[int] = set()
    for word in _HEAD_WORDS:
        at = text.find(word)
        while at != -1:
            starts.add(at)
            at = text.find(word, at + len(word))
    heads = [_HEAD.match(text, at) for at in sorted(starts)]
    return [h for h in heads if h is not None]


def find(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the surnames read in the text's attendance blocks."""
    taken = -1
    for head in _heads(text):
        labelled = head.group(0).rstrip(" \t\u00a0:|")
        if head.start() < taken or (
            head.group("rest").strip() and not _label_ok(_COUNT.sub("", labelled))
        ):
            continue
        end = min(len(text), head.end() + _REACH)
        pos, read, lines = head.end(), False, 0
        single = labelled in _SINGLE_LABELS
        while pos < end and lines < _LINES:
            lines += 1
            if text[pos] in "\r\n":
                pos = _next_line(text, pos, end)
                continue
            spans, stop, at_line_end = _items(text, pos, end)
            label = None if spans else _LABEL.match(text, pos, end)
            if label is not None and _label_ok(label.group("label")):
                single = label.group("label").strip() in _SINGLE_LABELS or read
                pos = label.end()
                continue
            if spans and _full_names(text, spans):
                break  # a list of given names and surnames: other rules read it
            alone = at_line_end and _alone(text, stop, end, read)
            if len(spans) >= 2 or (len(spans) == 1 and single and alone):
                yield from spans
                read = True
                taken = stop
            if not at_line_end or not spans:
                break
            pos = _next_line(text, stop, end)
            single = False  # a single item stands right after its label
