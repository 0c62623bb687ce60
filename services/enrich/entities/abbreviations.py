"""An abbreviation the document defines stands for its organisation wherever else it stands.

'de Nederlandse Vereniging voor Burgerzaken (NVVB)' on page 1 makes 'De NVVB' on page 3 a mention
of that body, as a surname is linked to the full name printed elsewhere (see linking.py). The
definition is an organisation found by a list or by its name's shape, followed directly by
capitals in parentheses; an abbreviation a list already knows keeps the list's reading, and one
defined for two bodies is left alone.

A body no list knows is defined the same way when its name spells the abbreviation, either order:
'LOT-C (Landelijk Operationeel Team Corona)', 'het Landelijk Operationeel Team Corona (LOT-C)'.
The name must hold an organisation's head word ('Team', 'Raad', 'Dienst'), so a metric or device
spelled out ('Net Promoter Score (NPS)', 'Auxiliary Power Units (APU's)') is none.

A heading that lists bodies by abbreviation, slash-separated ('RIVM/OMT/NVVK/NVVA'), names one
more in each abbreviation there that no list knows, when two or more of its neighbours are known
organisations: that body is then named by its abbreviation wherever the document prints it.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities import partylists
from services.enrich.entities.gazetteer import automaton
from services.enrich.entities.orgnames import HEADS, LEADING, enumerated_end
from services.enrich.scan import Guarded
from stukken.contracts import Entity, Segment

# In capitals, or capitals with small letters between them ('(RvA)', '(SBkO)', '(RvdK)': two
# capitals at least, so no word), after 'hierna' or 'hierna te noemen' too ('(hierna: RvA)').
_DEFINED: Final = re.compile(
    r"[ \t\u00a0]*\((?:hierna(?:[ \t\u00a0]+te[ \t\u00a0]+noemen)?:?[ \t\u00a0]+)?"
    r"([A-Z][A-Z&]{1,7}|[A-Z][a-z]{0,2}[A-Z](?:[A-Z]|[a-z]{1,2}(?![a-z])){0,3})\)"
)
_SHORTEST: Final = 3  # two capitals ('EA', 'BO') stand for too much in one document
# A ministry's budget chapter in parentheses is no abbreviation of it: 'de begrotingsstaten van het
# Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (VII)', '... Klimaat (XIII)'. The
# chapters run to XXIII; roman numerals up to XXXIX are taken for them.
_BUDGET_CHAPTER: Final = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_IN_PARENS_BEFORE: Final = re.compile(r"\([ \t\u00a0]*\Z")


def _definitions(entities: list[Entity], segments: dict[str, Segment]) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for e in entities:
        if e.type != "organization":
            continue
        m = _DEFINED.match(segments[e.segment_id].text, e.end)
        if m and len(m.group(1)) >= _SHORTEST and not automaton().exists(m.group(1)):
            if _BUDGET_CHAPTER.fullmatch(m.group(1)):
                continue
            found.setdefault(m.group(1), set()).add(e.canonical)
        elif _defined_by_itself(e, segments[e.segment_id].text):
            found.setdefault(e.text, set()).add(e.canonical)
    return {abbr: names.pop() for abbr, names in found.items() if len(names) == 1}


def _defined_by_itself(e: Entity, text: str) -> bool:
    """The abbreviation found in its parentheses with its long form as canonical, the long form
    no entity of its own: 'de BelangenAlliantie Detailhandel Twente (BADT)' (names45)."""
    if e.canonical == e.text or len(e.text) < _SHORTEST or not _DEFINED.fullmatch(f"({e.text})"):
        return False
    if _IN_PARENS_BEFORE.search(text[max(0, e.start - 4) : e.start]) is None:
        return False
    return not automaton().exists(e.text) and not _BUDGET_CHAPTER.fullmatch(e.text)


_SLASHED: Final = Guarded(
    r"(?<![\w/])", r"[A-Z][A-Za-z&]{1,7}(?:/[A-Z][A-Za-z&]{1,7}){2,}(?![\w/])"
)
_UNKNOWN: Final = re.compile(r"[A-Z]{3,6}")
# What every match of `_SLASHED` holds (its first two slashed parts), led by the slash: a segment
# without it is not scanned by `_SLASHED`'s body, tried at every capital (enspeed46).
_SLASHED_GATE: Final = re.compile(r"/[A-Z][A-Za-z&]{1,7}/[A-Z]")


def _organisation_spans(entities: list[Entity]) -> dict[str, set[tuple[int, int]]]:
    """Where each segment's organisations stand, by segment id."""
    orgs: dict[str, set[tuple[int, int]]] = {}
    for e in entities:
        if e.type == "organization":
            orgs.setdefault(e.segment_id, set()).add((e.start, e.end))
    return orgs


def _slashed(entities: list[Entity], segments: list[Segment]) -> dict[str, str]:
    """Unknown abbreviations listed among known organisations: 'RIVM/OMT/NVVK/NVVA'."""
    orgs = _organisation_spans(entities)
    found: dict[str, str] = {}
    for seg in segments:
        if "/" not in seg.text or _SLASHED_GATE.search(seg.text) is None:
            continue
        for m in _SLASHED.finditer(seg.text):
            pos, known, unknown = m.start(), 0, []
            for token in m.group().split("/"):
                if (pos, pos + len(token)) in orgs.get(seg.id, ()):
                    known += 1
                elif _UNKNOWN.fullmatch(token) and not automaton().exists(token):
                    unknown.append(token)
                pos += len(token) + 1
            if known >= 2:
                found.update((token, token) for token in unknown)
    return found


_ABBR: Final = r"[A-Z][A-Z0-9]{1,6}(?:-[A-Z0-9]{1,3})?"
_NAME_WORD: Final = r"[A-ZÀ-ÖØ-Þ][\w'’&-]*"
# 'tegen' joins a foundation's cause to its name ('Stichting Recht op Bescherming tegen
# Vliegtuighinder'); the initials must still spell the abbreviation.
_CONNECTOR: Final = r"(?:van|voor|en|de|der|het|op|in|of|tegen|for|and|the|&)"
# A comma may join the members a name lists: 'Vereeniging van Fabrikanten, Importeurs en Agenten
# op Radiogebied (FIAR)'; the initials must still spell the abbreviation.
_SPELLED: Final = rf"{_NAME_WORD}(?:(?:,\s*|\s+)(?:{_CONNECTOR}\s+)*{_NAME_WORD}){{1,7}}"
_ABBR_FIRST: Final = re.compile(rf"(?<![\w-])(?P<abbr>{_ABBR})\s*\((?P<name>{_SPELLED})\)")
_NAME_FIRST: Final = re.compile(rf"(?P<name>{_SPELLED})\s*\((?P<abbr>{_ABBR})\)")
# Heads that make a body wherever they stand in the name ('Landelijk Operationeel Team Corona');
# any other organisation head only as the name's last word ('Trusted Platform Module' is a device).
_HEADS_ANYWHERE: Final = frozenset(
    {"Team", "Netwerk", "Overleg", "Orgaan", "Bond", "Unie", "Directie", "Inspectie", "College"}
    | {"Stichting", "Vereniging", "Federatie", "Raad", "Commissie", "Dienst", "Instituut"}
    | {"Autoriteit", "Agentschap", "Bureau", "Centrum", "Genootschap", "Consortium", "Orde"}
    | {"Vereeniging", "Maatschappij", "Coalitie", "Alliantie", "Associatie"}
)


# Words of a programme, plan or law, never a body's: 'Nationaal Programma Groningen (NPG)'.
_NOT_BODIES: Final = frozenset(
    {"Programma", "Programme", "Deal", "Plan", "Agenda", "Akkoord", "Pact", "Project", "Wet"}
    | {"Act", "Regeling", "Strategie", "Strategy", "Fonds", "Fund", "Aanpak", "Index"}
    | {"Afspraken", "Overeenkomst", "Verdrag", "Convenant", "Monitor", "Onderzoek", "Register"}
    | {"Systeem", "Model", "Verklaring", "Declaration", "Agreement", "Convention", "Treaty"}
    | {"Protocol", "Zone", "Gebied", "Route", "Corridor", "Besluit", "Verordening", "Richtlijn"}
)


# The kind of paper a name spelled out before its abbreviation may be: then it names no body,
# whatever body's word follows ('Verslag Schriftelijk Overleg (VSO)', 'Jaarverslag ...').
_PAPER: Final = re.compile(r"(?:[Vv]erslag|[Bb]rief|[Nn]ota|[Nn]otitie|[Rr]apport|[Rr]apportage)$")

# One word each, by commas and a last 'en': 'Flevopolder, Gelderland en Utrecht (FGU)' abbreviates
# a list of regions, not a body working in the last of them (lists50).
_PLACE_LIST: Final = re.compile(r"[A-Z][\w-]*(?:, [A-Z][\w-]*)+ en [A-Z][\w-]*")


def _branch_of_a_place(capitals: list[str]) -> bool:
    """'Human Rights Defense Curaçao (HRDC)': three words or more that end in a place they work
    in, none a programme's or a law's, name a body too."""
    if len(capitals) < 3 or any(w in _NOT_BODIES for w in capitals):
        return False
    known = automaton().get(capitals[-1], None)
    return known is not None and known[1].type == "location"


def _spells(abbr: str, name: str) -> str | None:
    """The shortest tail of `name` whose capitalised words' initials spell `abbr`."""
    letters = re.sub(r"[^A-Z]", "", abbr)
    words = list(re.finditer(r"\S+", name))
    for first in range(len(words) - 1, -1, -1):
        tail = [w.group() for w in words[first:]]
        capitals = [w for w in tail if w[:1].isupper()]
        if "".join(w[0] for w in capitals) == letters:
            if any(w.lower().endswith("wetboek") for w in capitals):
                return None  # a code of law: 'Burgerlijk Wetboek (BW)', 'Douanewetboek van de Unie'
            if any(_PAPER.search(w) for w in capitals):
                return None  # a paper about a meeting: 'Verslag Schriftelijk Overleg (VSO)'
            if not (
                capitals[-1] in HEADS
                or any(w in _HEADS_ANYWHERE for w in capitals)
                or (_branch_of_a_place(capitals) and not _PLACE_LIST.fullmatch(" ".join(tail)))
            ):
                return _headed(words, first)
            return " ".join(tail) if tail[0][:1].isupper() else None
    return None


_OF: Final = frozenset({"van", "voor", "der"})


def _headed(words: list[re.Match[str]], first: int) -> str | None:
    """The kind of body right before the spelled words, which the abbreviation leaves out:
    'Directie Internationaal Onderzoek en Beleidsevaluatie (IOB)', 'Stichting Recht op
    Bescherming tegen Vliegtuighinder (RBV)', also over 'van' ('Vereeniging van Fabrikanten,
    Importeurs en Agenten op Radiogebied (FIAR)'). A programme's words with no such head name
    none."""
    head = first - 1
    if head > 0 and words[head].group() in _OF:
        head -= 1  # 'Vereeniging van Fabrikanten, Importeurs en Agenten op Radiogebied (FIAR)'
    if first == 0 or words[head].group() not in _HEADS_ANYWHERE:
        return None
    return " ".join(w.group() for w in words[head:])


def _texts(segments: list[Segment]) -> list[str]:
    """Each segment's text; a segment that opens with the parenthesis read after the one before
    (a heading 'LOT-C' and under it '(Landelijk Operationeel Team Corona)')."""
    out = []
    for before, seg in zip([None, *segments], segments, strict=False):
        if "(" not in seg.text:
            continue
        opens = seg.text.lstrip().startswith("(")
        out.append(f"{before.text}\n{seg.text}" if opens and before is not None else seg.text)
    return out


# Where a definition may stand: '(LOT-C)' closes one, '... LOT-C (' opens one.
_ABBR_IN_PARENS: Final = re.compile(rf"\({_ABBR}\)")
_ABBR_BEFORE_PARENS: Final = re.compile(rf"{_ABBR}\s*\([A-ZÀ-ÖØ-Þ]")
_REACH: Final = 120  # the spelled-out name: at most eight words
_NAME_ENDING: Final = re.compile(rf"{_NAME_FIRST.pattern}\Z")


# `_ABBR_BEFORE_PARENS` led by a capital: the engine tried it at every capital of the text. Every
# match ends in an opening bracket and a capital, after an abbreviation and blanks: it is matched
# only there, from the first place the abbreviation can start (throughput39).
_ABBR_WHOLE: Final = re.compile(_ABBR)
_ABBR_LONGEST: Final = 11  # a capital, six more, a hyphen and three
_CAPITALS: Final = frozenset(ch for ch in map(chr, range(0x250)) if re.fullmatch("[A-ZÀ-ÖØ-Þ]", ch))


def _abbrs_before_parens(text: str) -> list[re.Match[str]]:
    """`list(_ABBR_BEFORE_PARENS.finditer(text))`. A match's abbreviation is all the characters
    between the blanks before its bracket and where it starts (none of them a blank or a
    bracket), so a bracket's match starts at the first place from which they are an
    abbreviation, and matches come in their brackets' order."""
    found: list[re.Match[str]] = []
    pos = 0
    at = text.find("(")
    while at >= 0:
        if at + 1 < len(text) and text[at + 1] in _CAPITALS:
            end = at
            while end > pos and text[end - 1].isspace():
                end -= 1
            for start in range(max(pos, end - _ABBR_LONGEST), end - 1):
                if _ABBR_WHOLE.fullmatch(text, start, end) is not None:
                    m = _ABBR_BEFORE_PARENS.match(text, start)
                    if m is not None:
                        found.append(m)
                        pos = m.end()
                    break
        at = text.find("(", at + 1)
    return found


def _candidates(text: str) -> list[re.Match[str]]:
    out = []
    for anchor in _ABBR_IN_PARENS.finditer(text):
        m = _NAME_ENDING.search(text, max(0, anchor.start() - _REACH), anchor.end())
        if m is not None:
            out.append(m)
    for anchor in _abbrs_before_parens(text):
        m = _ABBR_FIRST.match(text, anchor.start())
        if m is not None:
            out.append(m)
    return out


def _expansions(segments: list[Segment]) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for text in _texts(segments):
        for m in _candidates(text):
            abbr = m.group("abbr")
            if len(re.sub(r"[^A-Z]", "", abbr)) < _SHORTEST or automaton().exists(abbr):
                continue
            name = _spells(abbr, " ".join(m.group("name").split()))
            # a definition for something else ('Vereniging Gamma Delta (SAB)') makes it two
            found.setdefault(abbr, set()).add(name or f"other:{m.group('name')}")
    return {
        abbr: names.pop()
        for abbr, names in found.items()
        if len(names) == 1 and not next(iter(names)).startswith("other:")
    }


# Abbreviations in parentheses, three or more, by commas, spaces or 'en': '(FNV, PZO, CRKBO,
# FIN)', '(CRKBO CPION FIN)' in the titles of an inventory's documents.
_GROUPED: Final = re.compile(
    r"\((?:[A-Z][A-Za-z&]{1,7})(?:(?:[ \t]*,[ \t]*|[ \t]+en[ \t]+|[ \t]+)[A-Z][A-Za-z&]{1,7}){2,}\)"
)
_TOKEN: Final = re.compile(r"[A-Z][A-Za-z&]{1,7}")


def _grouped(
    entities: list[Entity], segments: list[Segment], defined: dict[str, str]
) -> dict[str, str]:
    """Unknown abbreviations grouped in parentheses with a known organisation ('(FNV, PZO,
    CRKBO)': the parties to a meeting) or one the document defines: bodies too."""
    orgs = _organisation_spans(entities)
    found: dict[str, str] = {}
    for seg in segments:
        if "(" not in seg.text:
            continue
        for m in _GROUPED.finditer(seg.text):
            known, unknown = 0, []
            for t in _TOKEN.finditer(seg.text, m.start() + 1, m.end() - 1):
                token = t.group()
                if t.span() in orgs.get(seg.id, ()) or token in defined:
                    known += 1
                elif _UNKNOWN.fullmatch(token) and not automaton().exists(token):
                    unknown.append(token)
            if known:
                found.update((token, token) for token in unknown)
    return found


def _enumerated(entities: list[Entity], by_id: dict[str, Segment]) -> list[Entity]:
    """A name cut at a comma in one segment goes on through its enumeration when another
    segment prints its abbreviation ('Vereniging voor Energie, Milieu en Water' in a footnote,
    'VEMW' in the text)."""
    printed: str | None = None  # the document's text, joined once and only when needed
    out = []
    for e in entities:
        text = by_id[e.segment_id].text
        if e.type == "organization" and text.startswith(",", e.end):
            if printed is None:
                printed = "\n".join(s.text for s in by_id.values())
            end = enumerated_end(text, e.start, e.end, printed)
            if end != e.end:
                name = " ".join(text[e.start : end].split())
                e = e.model_copy(
                    update={"end": end, "text": text[e.start : end], "canonical": name}
                )
        out.append(e)
    return out


# The small words a body's initials leave out: 'Raad van State' -> 'RS'.
_LEFT_OUT: Final = frozenset(
    {"van", "voor", "de", "der", "den", "het", "en", "&", "of", "for", "the"}
)


def _initials(entities: list[Entity]) -> dict[str, str]:
    """A body the document names in full is also named by its initials, undefined ('PS' where
    'Provinciale Staten' is printed, as provincial papers write): two to four capitalised
    words, initials no list knows and no other body of the document shares."""
    found: dict[str, set[str]] = {}
    for name in {e.canonical for e in entities if e.type == "organization"}:
        words = [w for w in name.split() if w not in _LEFT_OUT]
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w[1:].islower() for w in words):
            continue
        if not automaton().exists(name):
            continue  # a name found by its shape only may be a title or a product's
        letters = "".join(w[0] for w in words)
        if not automaton().exists(letters):
            found.setdefault(letters, set()).add(name)
    return {abbr: names.pop() for abbr, names in found.items() if len(names) == 1}


def _not_defined_otherwise(initials: dict[str, str], segments: list[Segment]) -> dict[str, str]:
    """Initials the document prints in brackets are a definition, which the rules above read
    (two letters define nothing: 'Wet op de rechterlijke organisatie (RO)' is no court's 'RO')."""
    out = {}
    for abbr, name in initials.items():
        printed = [seg.text for seg in segments if abbr in seg.text]
        if printed and not any(f"({abbr})" in text for text in printed):
            out[abbr] = name  # printed, and never in brackets: no pattern for the rest
    return out


def _widened(
    entities: list[Entity], by_id: dict[str, Segment], expanded: dict[str, str]
) -> list[Entity]:
    """A name cut short where the defined name goes on to its abbreviation ('Stichting Recht op
    Bescherming' of 'Stichting Recht op Bescherming tegen Vliegtuighinder (RBV)') is the whole
    defined name; a name that stands elsewhere, not before the rest and its bracket, stays."""
    longer = [name for name in expanded.values() if " " in name]
    if not longer:
        return entities
    out = []
    for e in entities:
        for name in longer if e.type == "organization" else ():
            if not name.startswith(e.canonical + " "):
                continue
            rest = name[len(e.canonical) :].split()
            text = by_id[e.segment_id].text
            m = re.compile(r"(\s+" + r"\s+".join(map(re.escape, rest)) + r")\s*\(").match(
                text, e.end
            )
            if m:
                end = m.end(1)
                e = e.model_copy(
                    update={"end": end, "text": text[e.start : end], "canonical": name}
                )
                break
        out.append(e)
    return out


# A unit of a body named before the body's own name: 'Centrale Verwerking Openbaar Ministerie
# (CVOM)', 'Landelijk Parket Openbaar Ministerie (LPOM)'. The abbreviation spells more than the
# body's name: the capitalised words right before it, one for each letter left, belong to the
# unit's name, and the abbreviation names the unit, not the body.
# also over a line break, where running text wrapped inside the name ('de Palestijnse' + a break +
# 'Gemeenschap Nederland (PGNL)')
_UNIT_WORDS_BEFORE: Final = re.compile(
    r"((?:[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)){1,3})$"
)


def _capitals_spelled(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in _LEFT_OUT and w[:1].isupper())


def _units(
    entities: list[Entity], by_id: dict[str, Segment]
) -> tuple[list[Entity], dict[str, str]]:
    units: dict[str, str] = {}
    widened: dict[int, Entity] = {}
    for i, e in enumerate(entities):
        m = _DEFINED.match(by_id[e.segment_id].text, e.end) if e.type == "organization" else None
        if m is None or len(m.group(1)) < _SHORTEST or automaton().exists(m.group(1)):
            continue
        letters, own = re.sub(r"[^A-Z]", "", m.group(1)), _capitals_spelled(e.text)
        if e.text.endswith("Nederland") and letters.endswith(own + "L"):
            own += "L"  # 'Nederland' abbreviated 'NL': '... Gemeenschap Nederland (PGNL)'
        if not own or len(letters) <= len(own) or not letters.endswith(own):
            continue
        text = by_id[e.segment_id].text
        before = _UNIT_WORDS_BEFORE.search(text, max(0, e.start - 80), e.start)
        if before is None:
            continue
        left = len(letters) - len(own)
        words = list(re.finditer(r"\S+", before.group(1)))[-left:]
        if len(words) != left or "".join(w.group()[0] for w in words) + own != letters:
            continue
        if any(w.group() in LEADING for w in words):
            continue  # 'Het Openbaar Ministerie (HOM)': an article is no unit's word
        start = before.start(1) + words[0].start()
        name = " ".join(text[start : e.end].split())
        units[m.group(1)] = name
        widened[i] = e.model_copy(
            update={"start": start, "text": text[start : e.end], "canonical": name}
        )
    if not widened:
        return entities, units
    out = []
    for i, e in enumerate(entities):
        if i in widened:
            out.append(widened[i])
        elif not any(
            w.segment_id == e.segment_id and w.start <= e.start and e.end <= w.end
            for w in widened.values()
        ):
            out.append(e)
    return out, units


# A law the document names with its abbreviation: 'de Wet transparantie maatschappelijke
# organisaties (WTMO)', 'het Besluit kwaliteit leefomgeving (Bkl)'.
_LAW_DEFINED: Final = re.compile(
    r"(?:Wet|wet|Besluit|besluit|Regeling|regeling)[ \t\u00a0][^()\n]{0,100}?"
    r"\((?P<abbr>[A-Z][A-Za-z]{1,6})\)"
)


def _laws_defined(segments: list[Segment]) -> frozenset[str]:
    found: set[str] = set()
    for seg in segments:
        if ")" not in seg.text:
            continue
        for m in _LAW_DEFINED.finditer(seg.text):
            at_word = m.start() == 0 or not seg.text[m.start() - 1].isalnum()
            if at_word and m.group("abbr")[0] == m.group()[0].upper():
                found.add(m.group("abbr"))  # 'Wet ... (WTMO)'; not '... regeling van X (NLF)'

    return frozenset(found)


def _without_laws(entities: list[Entity], segments: list[Segment]) -> list[Entity]:
    """A law's abbreviation read as a body by a list or by its capitals ('VNG, IPO, UvW en
    Wtmo') is none: one the document defines after a law's title ('de Wet ... (WTMO)'), or an
    unknown one shaped like a Dutch law's ('W' for 'Wet' and two to five lower-case letters). A
    body the lists know is kept, and so is an unknown one in capitals the document does not define
    as a law ('WPBL')."""
    unknown = [
        e
        for e in entities
        if e.type == "organization" and e.text == e.canonical and len(e.text) <= 7
    ]
    if not unknown:
        return entities
    laws = _laws_defined(segments)
    dropped = {
        id(e)
        for e in unknown
        if (e.text in laws and automaton().get(e.text, None) is None) or partylists.a_law(e.text)
    }
    return [e for e in entities if id(e) not in dropped] if dropped else entities


def _spelled_names(
    entities: list[Entity], segments: list[Segment], expanded: dict[str, str]
) -> list[Entity]:
    """The name a definition spells out is the body's too where no finder read it: 'de
    Vereeniging van Fabrikanten, Importeurs en Agenten op Radiogebied (FIAR)' (a comma and an
    old spelling no name finder follows)."""
    read = {" ".join(e.text.split()) for e in entities if e.type == "organization"}
    names = {name: name for name in expanded.values() if " " in name and name not in read}
    if not names:  # most definitions: their names are read already, no pass needed
        return entities
    pattern = Guarded(
        r"(?<![\w-])", rf"(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})"
    )
    return mentions(entities, segments, pattern, names)


def link(entities: list[Entity], segments: list[Segment]) -> list[Entity]:
    entities = _without_laws(entities, segments)
    by_id = {s.id: s for s in segments}
    entities = _enumerated(entities, by_id)
    entities, units = _units(entities, by_id)
    expanded = _expansions(segments)
    entities = _widened(entities, by_id, expanded)
    defined = {
        **_slashed(entities, segments),
        **expanded,
        **_definitions(entities, by_id),
        **units,
    }
    for _ in range(3):  # a group's new body makes the next group's known one ('(CRKBO CPION)')
        grouped = _grouped(entities, segments, defined)
        if not grouped.keys() - defined.keys():
            break
        defined = {**grouped, **defined}
    if defined:
        pattern = Guarded(r"(?<![\w-])", rf"(?:{'|'.join(map(re.escape, defined))})(?![\w-])")
        entities = mentions(entities, segments, pattern, defined)
    entities = _spelled_names(entities, segments, expanded)
    initials = {a: n for a, n in _initials(entities).items() if a not in defined}
    initials = _not_defined_otherwise(initials, segments)
    entities = _regioned({**initials, **defined}, entities)
    if not initials:
        return entities
    # initials never defined: not in a citation or code ('2009/73/EC', 'art. 51 RO', 'VV&A')
    pattern = Guarded(
        r"(?<![\w/&-])(?<!\d )",
        rf"(?:{'|'.join(map(re.escape, initials))})"
        r"(?![\w/&\-\u0002\ufffe\u00ad])",  # nor a kenmerk broken at its hyphen ('AT-\nEZK/...')
    )
    return mentions(entities, segments, pattern, initials)


# A regional service's name without its region, found as itself ('de RUD', 'Geachte
# medewerker(s) RUD'): where the document ties it to its region ('Regionale Uitvoeringsdienst
# Drenthe - RUD Drenthe'), it is that body (woofix46).
_REGIONLESS: Final = frozenset({"RUD"})


def _regioned(known: dict[str, str], entities: list[Entity]) -> list[Entity]:
    if not any(a in known for a in _REGIONLESS):
        return entities
    return [
        e.model_copy(update={"canonical": known[e.text]})
        if e.text in _REGIONLESS and e.canonical == e.text and e.text in known
        else e
        for e in entities
    ]


def mentions(
    entities: list[Entity],
    segments: list[Segment],
    pattern: Guarded,
    canonical: dict[str, str],
    skipped: frozenset[str] = frozenset(),
) -> list[Entity]:
    """`entities` and an organisation wherever `pattern` (one of `canonical`'s printed forms)
    stands free of them, in segments of kinds not `skipped`."""
    taken: dict[str, list[tuple[int, int]]] = {}
    for e in entities:
        taken.setdefault(e.segment_id, []).append((e.start, e.end))
    out = list(entities)
    for seg in segments:
        if seg.kind in skipped or not any(form in seg.text for form in canonical):
            continue  # most segments: a substring test each, no pattern run
        spans = taken.setdefault(seg.id, [])
        for m in pattern.finditer(seg.text):
            if any(m.start() < end and start < m.end() for start, end in spans):
                continue
            spans.append(m.span())
            out.append(
                Entity(
                    type="organization",
                    text=m.group(),
                    canonical=canonical[m.group()],
                    segment_id=seg.id,
                    start=m.start(),
                    end=m.end(),
                )
            )
    return out
