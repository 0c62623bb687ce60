"""Blocks -> kinds: questions and answers, headings, list items, the signature, the title.

Four house styles of answered parliamentary questions: labels on their own line ("Vraag 4",
"Antwoord 3, 4 en 5", the Handelingen), bold numbered questions followed by plain answers
("4. Kunt u ...?", ministry letters), and a bare number over each question with a bare
"Antwoord" over its answer (a Kamerstuk's nota naar aanleiding van het verslag); and a bare
number over a question quoted in italic with the answer upright under it, no label (the Eerste
Kamer's nota). A grouped label followed by as many paragraphs as it has numbers is read as that
many questions.

Questions exist only where the document shows them: "Vraag"/"Antwoord" labels, or numbered
paragraphs that ask (end in a question mark) — most of them, not one in a numbered report, a
fiche or an agenda, whose numbered lines are headings. A numbered line set larger than the body
is a section heading even when it asks ("4. Wat zien we op ons afkomen?"): a question is set in
the body's type.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from services.segment.layout import headings
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import (
    BULLET,
    LABEL,
    LETTERED,
    NUMBER_ALONE,
    NUMBERED,
    Block,
    label_start,
)
from services.segment.layout.repair import Anchored

_ON_BEHALF: Final = re.compile(r"\bnamens (?:deze|dezen|hem|haar)\s*[:,]?$", re.IGNORECASE)
_SIGN_OFF_PATTERN: Final = re.compile(
    r"^(?:(?:De|Het|Namens de|Mede namens de)\s+(?:[Mm]inister|[Ss]taatssecretaris|[Ss]taats"
    r"secretaris|[Ss]ecretaris-[Gg]eneraal|[Dd]irecteur|[Ss]taatssecretaris)\b.{0,100},?"
    r"|Hoogachtend,?|Met (?:vriendelijke|hartelijke) groet(?:en)?,?"
    # an e-mail's shorter closings ("Hartelijke groet,", "Groet,")
    r"|(?:Hartelijke |Vriendelijke )?[Gg]roet(?:en)?,"
    # a province's or municipality's college signs as itself: "Gedeputeerde Staten van Drenthe,"
    r"|(?:Gedeputeerde Staten|[Bb]urgemeester en [Ww]ethouders|[Hh]et college van [Bb]urgemeester"
    r" en [Ww]ethouders) van (?:[A-Z][\w'’-]*)(?:[ -][A-Z][\w'’-]*)*,?)$"
)
# asked only of a text that starts with one of its first letters (tests/unit/segment/test_speed38.py
# reads them off the pattern)
_SIGN_OFF: Final = Anchored(_SIGN_OFF_PATTERN, "BDGHMNVbgh", False)
_TITLE: Final = re.compile(r"^Vragen van (?:de leden|het lid)\b")
# A Kamerstuk's nota named by its stage, on a line of its own (the Eerste Kamer's memorie van
# antwoord too), in the Tweede Kamer's print after the piece's number ('Nr. 6 NOTA NAAR
# AANLEIDING VAN HET VERSLAG', 'Nr. 5 MEMORIE VAN ANTWOORD')
_STAGE: Final = re.compile(
    r"^(?:Nr\. ?\d{1,3}\s+)?"
    r"(?:Nota (?:naar aanleiding van het (?:nader |tweede )?verslag|van wijziging|van antwoord)"
    r"|(?:Nadere )?Memorie van (?:antwoord|toelichting))\s*$",
    re.I,
)
# A motie's or an amendement's own line under its dossier, in capitals, the piece's number in the
# margin before it ('Nr. 12 MOTIE VAN HET LID DE GROOT C.S.', 'Nr. 9 GEWIJZIGD AMENDEMENT VAN DE
# LEDEN ...'): the piece's title (its dossier's title above it is the bill's or the budget's)
_PIECE_TITLE: Final = re.compile(
    r"^(?:Nr\.\s*\d{1,4}[A-Z]?\s+)?(?:(?:NADER )?GEWIJZIGDE? )?(?:MOTIE|AMENDEMENT) VAN "
    r"(?:HET LID|DE LEDEN)\b"
)
# What the Handelingen print after the questions instead of, or besides, the answers: the
# minister's notice that the answer is delayed ("Mededeling" / "Mededeling van Minister ...").
_NOTICE: Final = re.compile(r"^(?:Mededeling|Toelichting)\b")
# An annex's head ("Bijlage 2", "Bijlage 3 Advies en dictum", in capitals 'BIJLAGE 1' as an annual
# report sets it): the questions and answers end there.
_ANNEX: Final = re.compile(
    r"^(?:Bijlagen?|BIJLAGEN?|Annex|ANNEX|Appendix|APPENDIX)\b(?:\s+\w+){0,5}$"
)
# An answer label without a number ("Antwoord:") answers the question labelled just before it.
_BARE_ANSWER: Final = re.compile(r"^Antwoord(?:en)?\s*[:.]?\s*(?P<rest>.*)$", re.S)
_SENTENCE_END: Final = tuple(".?!;:,")
_DISPLAY: Final = (
    1.25  # a head this many times the body's size is a display head (a chapter's, a title)
)
_SENTENCES: Final = re.compile(r"[a-z]{2}[.!?]\s+[A-Z][a-z]")
# A long title closes on its reference in brackets and a full stop: Kamervragen "Antwoorden op
# vragen van het lid ... over ... (2026Z03311, ingezonden 4 februari 2026)."
_REFERENCE_END: Final = re.compile(r"\([^()]*\d[^()]*\)\.$")


def numbers(label: str) -> list[str]:
    """'3, 4 en 5' -> ['3', '4', '5']; '3 t/m 5' -> ['3', '4', '5']."""
    found = re.findall(r"\d+[a-z]?", label)
    if len(found) == 2 and re.search(r"t/m|tot en met|[-–]", label):
        a, b = (int(re.sub(r"\D", "", x)) for x in found)
        if 0 < b - a < 50:
            return [str(n) for n in range(a, b + 1)]
    return found


def running_texts(furniture: list[Block]) -> dict[str, set[int]]:
    """The texts of the furniture placed apart (side columns, running heads), folded
    (`headings.running_key`), with the pages each stands on: page 1's body may hold them too
    where its side column was read with the body."""
    found: dict[str, set[int]] = {}
    for block in furniture:
        key = headings.running_key(block.text)
        if key:
            found.setdefault(key, set()).add(block.page)
    return found


def classify(
    blocks: list[Block],
    body_size: float,
    running: dict[str, set[int]] | None = None,
    ocr: set[int] | None = None,
) -> list[Block]:
    """The blocks' kinds. `running`: the texts of the furniture placed apart, by the pages they
    stand on (`running_texts`); `ocr`: the pages whose text is OCR's reading of the image."""
    blocks = _hung_on(_display_labels(blocks))
    _signatures(blocks)
    for i, block in enumerate(blocks[:6]):
        if block.kind == "paragraph" and _TITLE.match(block.text):
            # a Kamerstuk's nota quotes the report fraction by fraction: 'Vragen van de leden
            # van de fractie van ...' heads each fraction's part there, the bill is its title
            if not any(_titles_page(b, body_size) or _STAGE.match(b.text) for b in blocks[:i]):
                block.kind = "title"
            break
    for block in blocks[:8]:
        if block.kind in ("paragraph", "heading") and _piece_title(block):
            block.kind, block.level = "title", None
            break
    out = _labelled(blocks, body_size)
    if not any(b.kind == "question" for b in out):
        out = _numbered(out, body_size, strict=True)
    if not any(b.kind == "question" for b in out):
        out = _numbered(out, body_size, strict=False)
    for block in out:
        if block.kind == "paragraph":
            block.kind = _plain_kind(block, body_size)
    out = headings.mark(out, body_size, running, ocr)
    _signers(out)
    _top_at_one(out)
    return out


_HANG_MIN, _HANG_MAX = 0.3, 4.0  # a bullet's hanging indent, in sizes of its type
_HANG_PITCH: Final = 1.2  # how far below its item a line at its indent stands, in the list's pitch


def _hung_on(blocks: list[Block]) -> list[Block]:
    """A paragraph set at a bulleted item's hanging indent right under it is the item's own: the
    item's second paragraph after a line break ('... verbeteren waar nodig.' / 'Het mag niet zo
    zijn ...'), its words after a change of weight ('... (TCU)' / '(Kamerstuk 35387, nr. 3) meer
    aandacht ...') or a line broken short ('KNMI klimaatscenario's 2050,' / 'KRW-monitoringsdata
    ...'). A reader sees the lines hang under the item's words, not at the text's edge. The
    indent is the list's own: where another item of the page, at the same bullet edge, wraps;
    the line stands no further below the item than the list's lines do apart."""
    out: list[Block] = []
    indents: dict[tuple[int, str, int], tuple[float, float]] | None = None
    for block in blocks:
        item = out[-1] if out else None
        if (
            item is not None
            and block.kind == "paragraph"
            and item.kind == "paragraph"
            and _bulleted_item(item)
        ):
            if indents is None:
                indents = _hanging_indents(blocks)
            if _hangs_under(item, block, indents):
                out[-1] = Block(lines=item.lines + block.lines).finish()
                continue
        out.append(block)
    return out


def _bulleted_item(block: Block) -> bool:
    return BULLET.match(block.text) is not None and not NUMBERED.match(block.text)


_ORDINAL: Final = re.compile(r"^\d{1,2}$")
_TALL: Final = 1.8  # a row this many times its text's size tall holds something in display type
_WIDE_DIGIT: Final = 0.9  # a display digit's width, in sizes of the text beside it
_LABEL_GAP: Final = 2.0  # sizes of the text between a block's display ordinal and its text
_HEAD_LINES: Final = 2  # lines a block's head over its text takes (a title, a subtitle)


def _display_labels(blocks: list[Block]) -> list[Block]:
    """A big ordinal left of a block ('01', '02' in display type beside each of a brief's
    boxes, level with one of its lines) labels the block; it is no word of the line it stands
    level with ('LangGraph' / '01 workflow, DuckDB) ...'). The line's text goes on without it,
    and the ordinal stands as a paragraph of its own before the block and the head over it.
    Told by its place and its type: a lone number of two digits at most, wide apart left of
    the line's words, where the block's other lines start; set so large the row stands near
    twice its text's size tall and each digit is about as wide as the text is high."""
    out: list[Block] = []
    for block in blocks:
        label = _label_of(block) if block.kind == "paragraph" and len(block.lines) > 1 else None
        if label is None:
            out.append(block)
            continue
        at = len(out)  # above the box's head: its title and subtitle at the block's edge
        edge, top = block.lines[0].x0, block.lines[0]
        while at > 0:
            above = out[at - 1]
            last = above.lines[-1]
            if (
                above.kind != "paragraph"
                or len(above.lines) > _HEAD_LINES
                or last.page != top.page
                or abs(above.lines[0].x0 - edge) > 1
                or last.base - top.base > 3 * top.size
            ):
                break
            at -= 1
            top = above.lines[0]
        out.insert(at, label)
        out.append(block)
    return out


def _label_of(block: Block) -> Block | None:
    """The display ordinal beside `block` taken out of its line, as a block of its own; the
    line goes on with its own words (`block` is changed)."""
    for k, line in enumerate(block.lines):
        cells = line.cells
        if len(cells) < 2 or not _ORDINAL.match(cells[0][2]):
            continue
        (x0, x1, number), start = cells[0], cells[1][0]
        size = line.size
        if (
            line.y1 - line.y0 < _TALL * size
            or x1 - x0 < _WIDE_DIGIT * size * len(number)
            or start - x1 < _LABEL_GAP * size
            or not line.text.startswith(number)
            or not any(abs(ln.x0 - start) <= 1 for ln in block.lines if ln is not line)
        ):
            continue
        rest = Line(
            page=line.page,
            x0=start,
            y0=line.y0,
            x1=line.x1,
            y1=line.y1,
            base=line.base,
            size=size,
            bold=line.bold,
            text=line.text[len(number) :].lstrip(),
            refs=line.refs,
            label=line.label,
            cells=cells[1:],
            zone=line.zone,
            plain_end=line.plain_end,
            underlined=line.underlined,
            italic=line.italic,
        )
        own = Line(
            page=line.page,
            x0=x0,
            y0=line.y0,
            x1=x1,
            y1=line.y1,
            base=line.base,
            size=size,
            bold=False,
            text=number,
            cells=[cells[0]],
            zone=line.zone,
        )
        block.lines = [*block.lines[:k], rest, *block.lines[k + 1 :]]
        block.text, block.refs = "", []
        block.finish()
        return Block([own]).finish()
    return None


def _hanging_indents(blocks: list[Block]) -> dict[tuple[int, str, int], tuple[float, float]]:
    """Per page, zone and bullet edge (whole points): the x its items' wrapped lines start at and
    the pitch of those lines, from the items that wrap with every line at one x."""
    found: dict[tuple[int, str, int], tuple[float, float]] = {}
    for block in blocks:
        lines = block.lines
        if block.kind != "paragraph" or len(lines) < 2 or not _bulleted_item(block):
            continue
        first, rest = lines[0], lines[1:]
        if any(ln.page != first.page or ln.zone != first.zone for ln in rest):
            continue
        x = rest[0].x0
        if any(abs(ln.x0 - x) > 1 for ln in rest):
            continue
        if not _HANG_MIN * first.size <= x - first.x0 <= _HANG_MAX * first.size:
            continue
        gaps = sorted(a.base - b.base for a, b in pairwise(lines))
        found.setdefault((first.page, first.zone, round(first.x0)), (x, gaps[len(gaps) // 2]))
    return found


def _hangs_under(
    item: Block, block: Block, indents: dict[tuple[int, str, int], tuple[float, float]]
) -> bool:
    """Whether every line of `block` starts at the hanging indent of `item`'s list, in its type,
    on its page and in its zone, the first right under the item's last line."""
    first, last, top = item.lines[0], item.lines[-1], block.lines[0]
    known = indents.get((first.page, first.zone, round(first.x0)))
    if known is None:
        return False
    x, pitch = known
    if len(item.lines) > 1 and abs(item.lines[1].x0 - x) > 1:
        return False  # the item's own wrapped lines stand elsewhere
    for ln in block.lines:
        if ln.page != first.page or ln.zone != first.zone or abs(ln.x0 - x) > 1:
            return False
        if abs(ln.size - first.size) > 0.05 * first.size:
            return False
    if BULLET.match(block.text) or NUMBERED.match(block.text) or LETTERED.match(block.text):
        return False
    return 0 < last.base - top.base <= _HANG_PITCH * pitch


def _top_at_one(blocks: list[Block]) -> None:
    """A document's highest heading is at level 1: when the head whose type ranked first turns
    out to be no heading (a signer's name, read after the levels), the others move up alike;
    not where numbers give the depths."""
    heads = [b for b in blocks if b.kind == "heading"]
    top = min((b.level for b in heads if b.level), default=1)
    # a numbered head's level is its number's depth ('4.2' of a part decision stays at 2)
    if top > 1 and not any(headings.NUMBERED_HEADING.match(b.text) for b in heads):
        for block in blocks:
            if block.kind == "heading" and block.level:
                block.level -= top - 1


# A signer's name: initials or a first name, a surname with its particles ('A.M.A. Driessen',
# 'drs. M. Vogelzang', 'André Driessen', 'J. van der Berg')
_SIGNER: Final = re.compile(
    r"^(?:(?:[Mm]r|[Dd]rs?|[Ii]r|[Pp]rof|[Ii]ng)\.\s?)*"
    r"(?:(?:[A-Z]\.\s?){1,4}|[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\s)"
    r"(?:(?:van|de|der|den|ter|ten|het|in 't|'t)\s)*[A-Z][\w'’-]*[a-zà-ÿ][\w'’-]*$"
)
_INITIALS: Final = re.compile(r"^(?:(?:[Mm]r|[Dd]rs?|[Ii]r|[Pp]rof|[Ii]ng)\.\s?)*[A-Z]\.")
_SIGNER_REACH: Final = 3  # blocks after the sign-off a signer's name may stand (an on-behalf
# line, a note that the letter is signed electronically)


def _signers(blocks: list[Block]) -> None:
    """A name alone on its line shortly under a sign-off, and the function line right under it,
    sign the letter; they head nothing ('Hoogachtend,' / 'de Minister ..., namens deze,' /
    'M. Vogelzang' / 'Directeur-generaal Politie en Veiligheidsregio's'; '[Deze brief is niet
    voorzien van een handtekening ...]' / 'André Driessen' in the Rijk's Wob decisions)."""
    for i, block in enumerate(blocks):
        if block.kind != "signature":
            continue
        for k in range(i + 1, min(i + 1 + _SIGNER_REACH, len(blocks))):
            name = blocks[k]
            if name.page != block.page or name.kind not in ("heading", "paragraph"):
                break
            text = name.text.strip()
            match = _SIGNER.match(text)
            # initials name a person; 'André Driessen' only in the text's weight (a bold
            # 'Directie Wetgeving' heads a part)
            if len(name.lines) == 1 and match and (_INITIALS.match(text) or not name.bold):
                name.kind, name.level, name.role = "signature", None, None
                after = blocks[k + 1] if k + 1 < len(blocks) else None
                if after is not None and _function_under(name, after):
                    after.kind, after.level, after.role = "signature", None, None
                break


def _titles_page(block: Block, body_size: float) -> bool:
    """A line set larger than the body above "Vragen van ...": the page's own title (a ministry's
    "Antwoorden op Kamervragen over ..."); the Handelingen print "Vragen van" as their title."""
    text = block.text
    return (
        block.page == 1
        and block.size >= _DISPLAY * body_size
        and len(text) <= 150
        and not text.endswith(_SENTENCE_END)
        and not headings.MASTHEAD.match(text)
    )


def _signatures(blocks: list[Block]) -> None:
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or not _SIGN_OFF.match(block.text):
            continue
        if block.text.rstrip().endswith((":", ";")):
            continue  # "De minister kan subsidie verstrekken voor:" opens a list, it signs nothing
        block.kind = "signature"
        behalf = False  # the block before said "Ministerie van ..., namens deze:"
        for follower in blocks[i + 1 : i + 4]:
            if follower.kind != "paragraph" or follower.page != block.page:
                break
            # the on-behalf line signs, colon and all; the signer's name under it may carry up
            # to three lines of function
            on_behalf = _ON_BEHALF.search(follower.text) is not None
            short = (len(follower.text) < 60 or on_behalf) and len(follower.lines) <= 2
            signer = (
                behalf
                and len(follower.lines) <= 4
                and len(follower.lines[0].text) < 40
                and len(follower.text) < 160
            )
            if not (short or signer):
                break
            if follower.text.endswith(("?", ":", ";")) and not on_behalf:
                break
            if follower.bold and not block.bold:
                break  # a bold line under a plain sign-off heads what follows ('Raadsbesluit')
            behalf = on_behalf
            block.lines += follower.lines
            block.text = f"{block.text}\n{follower.text}"
            follower.kind = "merged"
    blocks[:] = [b for b in blocks if b.kind != "merged"]


def _function_under(name: Block, after: Block) -> bool:
    """The signer's function: one line in the name's weight right under it, no sentence."""
    return (
        after.kind in ("heading", "paragraph")
        and after.page == name.page
        and len(after.lines) == 1
        and after.bold == name.bold
        and not after.text.rstrip().endswith(_SENTENCE_END)
        and 0 <= name.lines[-1].y0 - after.lines[0].y1 < name.size
    )


def _labelled(blocks: list[Block], body_size: float) -> list[Block]:
    """Questions and answers under their printed labels. The label stays in the text as printed
    ("Vraag 1" over the question, "Antwoord 2: ..." before the answer): every character of the
    page is in a segment; `number` carries the label's numbers. A numbered section heading ends
    them: minutes that put a poll's "Vraag 1: ..." in one agenda point go on with the next point
    ("3. Overgang ebMS2 ...") as sections, not as the last question's text."""
    out: list[Block] = []
    questions: dict[str, Block] = {}
    mode, label = None, ""
    pending: list[Block] = []  # pending: the question blocks under one label
    alone: Block | None = None  # a label on its own line, for the block it labels
    numbered = _question_numbers(blocks)
    # a bare number over a question in italic, the answer upright under it and no label: the
    # slant parts the question from its answer (`_italic_numbers`)
    cursive = _italic_numbers(blocks) if not numbered else set()
    numbered |= cursive
    slanted = False  # the current question's number is one of `cursive`
    opens = False  # the block has just been joined to its question's number
    for block in blocks:
        labelled = block.kind in ("paragraph", "title")
        text = block.text
        match = LABEL.match(text) if labelled and label_start(text) else None
        bare = (
            _BARE_ANSWER.match(text)
            if labelled and mode == "vraag" and text.startswith("Antwoord")
            else None
        )
        found = match or bare
        if found or id(block) in numbered:
            _number_questions(pending, label, questions, out)
            if match:
                mode, label = match.group("word").lower()[:5], match.group("num")
            elif found:  # "Antwoord:" under "Vraag 2": the answer to question 2
                mode = "antwo"
            else:  # "2" over a question its "Antwoord" answers ("2." as the nota prints it)
                mode, label = "vraag", block.text.strip().rstrip(".").rstrip()
            slanted = id(block) in cursive
            pending = []
            if alone is not None:  # two labels in a row: the first labels nothing
                out.append(alone)
            alone = None if found and found.group("rest").strip() else block
            if alone is not None:
                continue
        elif alone is not None:
            if slanted and block.kind == "paragraph" and _report_head(block, body_size):
                # the report's own head between the number and its question ('15.' / 'B: een
                # goede voorlichting van de overheid' / the question): a head, and the number
                # goes with the question under it
                out.append(block)
                continue
            if block.kind == "paragraph" and mode in ("vraag", "antwo"):
                block.lines = alone.lines + block.lines
                block.text = f"{alone.text}\n{block.text}"
                opens = slanted  # the question's first paragraph, its number joined
            else:
                out.append(alone)
            alone = None
        if block.kind == "paragraph" and block.text[:1] in "MT" and _NOTICE.match(block.text):
            mode = None
        if (
            mode is not None
            and block.kind == "paragraph"
            and block.text[:1] == "V"
            and _TITLE.match(block.text)
            and _plain_kind(block, body_size) == "heading"
        ):
            mode = None  # a fraction's head ('Vragen van de leden van de SP-fractie') is the
            # report's: the answer above ends there
        if (
            mode is not None
            and block.kind == "paragraph"
            and not opens
            and (
                headings.section_head(block, body_size)
                or headings.subsection_head(block, body_size)
            )
        ):
            mode = None
        if slanted and block.kind == "paragraph" and not opens and id(block) not in cursive:
            # the slant parts them: the upright text under the italic question answers it, an
            # italic paragraph after the answer is the report's own text again, and so is a
            # head ('Vragen van de leden van de fractie van D66')
            if mode == "vraag" and pending and _report_head(block, body_size):
                out.append(block)  # the report's head inside the question ('A: een goede ...')
                continue
            if _plain_kind(block, body_size) == "heading":
                mode = None
            elif mode == "vraag" and pending and not _italic(block):
                mode = "antwo"
            elif mode == "antwo" and _italic(block) and not _CAPTION.match(block.text):
                mode = None  # (an answer's table or figure keeps its caption in italic)
        opens = False
        if mode == "vraag" and block.kind == "paragraph":
            block.kind = "question"
            pending.append(block)
        elif mode == "antwo" and block.kind == "paragraph":
            _number_questions(pending, label, questions, out)
            pending = []
            _answer(block, label, [questions[n] for n in numbers(label) if n in questions])
        elif block.kind in ("signature", "heading"):
            mode = None
        out.append(block)
    if alone is not None:
        out.append(alone)
    _number_questions(pending, label, questions, out)
    return out


def _question_numbers(blocks: list[Block]) -> set[int]:
    """The blocks that are a question's bare number ("2", "5, 6 en 7"): each one is followed by
    the question and then by a bare "Antwoord" before the next such number comes. A number
    alone on its line elsewhere (a chart's value, a page number the furniture step missed) is
    not one."""
    found: set[int] = set()
    candidate: Block | None = None
    asked = False  # a paragraph came between the number and the answer label
    for block in blocks:
        if candidate is None and not block.text[:1].isdigit():
            continue  # most blocks: no number, and no question waiting for its answer label
        text = block.text.strip()
        if block.kind == "paragraph" and text[:1].isdigit() and NUMBER_ALONE.match(text):
            candidate, asked = block, False
        elif candidate is not None and block.kind in ("paragraph", "title", "heading"):
            if _BARE_ANSWER.match(text) and asked:
                found.add(id(candidate))
                candidate = None
            elif block.kind == "paragraph" and not _BARE_ANSWER.match(text):
                asked = True
            else:
                candidate = None
    return found


_CAPTION: Final = re.compile(r"^(?:Tabel|Figuur|Grafiek|Afbeelding|Kader)\s+\d")
_ITALIC_REACH: Final = 2.5  # sizes of its type the question's first line stands under its number


def _italic(block: Block) -> bool:
    """Most of the block's text set in an italic face."""
    return sum(len(ln.text) for ln in block.lines if ln.italic) * 2 > sum(
        len(ln.text) for ln in block.lines
    )


def _italic_numbers(blocks: list[Block]) -> set[int]:
    """The blocks that are a question's bare number in a nota naar aanleiding van het verslag
    that prints the report's questions in italic and answers each in upright type under it,
    with no 'Antwoord' label ('1.' / '<italic question>' / '<upright answer>'): the number
    alone on its line ('1.', '12 en 13.'), an italic paragraph at its left edge right under it
    (on its page within a blank line, or atop the next page), and an upright paragraph before
    the next such number. Two such numbers at least: one is no house style."""
    found: list[int] = []
    candidate: Block | None = None
    asked = False  # the italic question came under the candidate
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or (candidate is None and not block.text[:1].isdigit()):
            continue  # most blocks: no number, and no number waiting for its question
        text = block.text.strip()
        if text[:1].isdigit() and NUMBER_ALONE.match(text.rstrip(".").rstrip()):
            candidate, asked = None, False
            if _under_number(block, blocks[i + 1 : i + 3]):
                candidate = block
            continue
        if candidate is None:
            continue
        if _italic(block) or (not asked and blocks[i - 1] is candidate):
            asked = True  # the question, or the head over it the number labels
        elif asked:
            found.append(id(candidate))
            candidate = None
        else:
            candidate = None
    return set(found) if len(found) >= 2 else set()


_HEAD_CHARS: Final = 100  # a head over a question in the report's own words is a line


def _report_head(block: Block, body_size: float) -> bool:
    """A bold head in the quoted report ('A: een goede begeleiding vanuit de pensioenfondsen'):
    it stays a head among the questions."""
    return block.bold and _plain_kind(block, body_size) == "heading"


def _under_number(number: Block, after: list[Block]) -> bool:
    """Whether the block after `number` is an italic paragraph set at its edge right under it,
    or a short bold head there over an italic paragraph ('16.' / 'C: goede voorlichting door
    derden' / the question)."""
    if not after or len(number.lines) != 1:
        return False
    block = after[0]
    if block.kind != "paragraph":
        return False
    if not _italic(block):
        head = block.bold and len(block.lines) == 1 and len(block.text) <= _HEAD_CHARS
        below = after[1] if len(after) > 1 else None
        if not head or below is None or below.kind != "paragraph" or not _italic(below):
            return False
    line, top = number.lines[0], block.lines[0]
    if line.zone != top.zone or abs(top.x0 - line.x0) >= 2:
        return False
    if top.page == line.page:
        return 0 < line.base - top.base <= _ITALIC_REACH * line.size
    return top.page == line.page + 1


def _number_questions(
    pending: list[Block], label: str, questions: dict[str, Block], out: list[Block]
) -> None:
    if not pending:
        return
    nums = numbers(label)
    if len(nums) > len(pending):
        pending = _split_asked(pending, len(nums), out)
    if len(nums) == len(pending) > 1:
        for block, n in zip(pending, nums, strict=True):
            block.number = n
            questions[n] = block
        return
    for block in pending:
        block.number = label
    for n in nums:
        questions[n] = pending[0]


# a line that closes a question ('... niet is gebeurd?', a note's number may follow) and the next
# line opening the next one with a capital
_ASKS_AT_END: Final = re.compile(r"\?[\d,\s]*$")


def _split_asked(pending: list[Block], count: int, out: list[Block]) -> list[Block]:
    """A grouped label ('Vraag 3, 4, 5 en 6') over fewer paragraphs than it has numbers, when the
    questions are set without a paragraph's break between them: split the paragraphs where a line
    closes a question and the next opens with a capital, if that gives exactly `count` questions;
    otherwise `pending` as it was (the group's label on each). The split blocks replace the
    paragraph in `out`; the label's line stays atop the first, as printed."""
    cuts = [
        [
            i
            for i in range(1, len(block.lines))
            if _ASKS_AT_END.search(block.lines[i - 1].text)
            and block.lines[i].text.lstrip()[:1].isupper()
        ]
        for block in pending
    ]
    if len(pending) + sum(len(c) for c in cuts) != count:
        return pending
    if not all(any(b is block for b in out) for block, at in zip(pending, cuts, strict=True) if at):
        return pending  # (every pending paragraph is in `out` already; if not, leave them be)
    split: list[Block] = []
    for block, at in zip(pending, cuts, strict=True):
        if not at:
            split.append(block)
            continue
        head, _, _ = block.text.partition("\n")  # the label's line, joined over the question
        labelled = "\n" in block.text and block.lines[0].text.strip() == head.strip()
        pieces = []
        for a, b in pairwise([0, *at, len(block.lines)]):
            lines = block.lines[a:b]
            piece = Block(lines=lines, kind="question").finish()  # its notes' refs from its lines
            if a == 0 and labelled:
                piece.text = f"{head}\n{Block(lines=lines[1:]).finish().text}"
            pieces.append(piece)
        where = next(i for i, b in enumerate(out) if b is block)  # there, as checked above
        out[where : where + 1] = pieces
        split += pieces
    return split


def _answer(block: Block, label: str, to: list[Block]) -> None:
    if BULLET.match(block.text):
        block.kind = "list_item"
        return
    block.kind, block.number = "answer", label
    block.answer_to = [q for i, q in enumerate(to) if all(q is not p for p in to[:i])]


def _numbered(blocks: list[Block], body_size: float, strict: bool) -> list[Block]:
    """Bold "N. question" paragraphs; without bold, numbered paragraphs that ask something."""
    numbered = [b for b in blocks if b.kind == "paragraph" and NUMBERED.match(b.text)]
    candidates = [b for b in numbered if _is_numbered_question(b, body_size, strict)]
    if len(candidates) < (1 if strict else 2):
        return blocks
    asking = [b for b in candidates if "?" in b.text]
    if 2 * len(asking) <= len(candidates) or (not strict and 3 * len(asking) < len(numbered)):
        return blocks  # numbered sections or agenda items, not questions
    # Answers stand between the questions. Questions in one unbroken run (a report's research
    # questions, a letter that only asks) are answered by nothing that follows them.
    first, last = blocks.index(candidates[0]), blocks.index(candidates[-1])
    answered = any(b not in candidates for b in blocks[first:last])
    current: Block | None = None
    for block in blocks:
        if block in candidates:
            match = NUMBERED.match(block.text)
            assert match
            block.kind, block.number = "question", match.group(1)  # "4. " stays in the text
            current = block
        elif (
            block.kind in ("signature", "heading", "title")
            or _ANNEX.match(block.text)
            or headings.section_head(block, body_size)  # "2. Acties" after the questions
            or _display_head(block, body_size)
        ):
            current = None
        elif current is not None and answered and block.kind == "paragraph":
            _answer(block, current.number or "", [current])
    return blocks


def _display_head(block: Block, body_size: float) -> bool:
    """A head set well larger than the text (an annex's 'Overzicht werkgroepen' in 30 pt over
    10 pt text): a chapter or an annex opens there, and no answer goes on under it."""
    return block.size >= _DISPLAY * body_size and _plain_kind(block, body_size) == "heading"


def _is_numbered_question(block: Block, body_size: float, strict: bool) -> bool:
    if not NUMBERED.match(block.text) or block.size > headings.EMPHASIS * body_size:
        return False
    if strict:
        return block.bold
    return block.text.rstrip().endswith("?")


def _plain_kind(block: Block, body_size: float) -> str:
    """A paragraph's kind: a list's item, a heading or a paragraph. The questions are asked
    cheapest first, each only when the ones before leave a head possible (most paragraphs are
    long, and go no further than their length)."""
    text = block.text
    if BULLET.match(text) or NUMBERED.match(text) or LETTERED.match(text):
        return "list_item"
    size = block.size
    titled = size >= _DISPLAY * body_size  # a title in large type may run over 3 lines
    # ... in a cover's display type over 4 ('Beleidsboek' / 'Waarderingsstelsel' /
    # 'onzelfstandige' / 'woonruimte' in 54 pt over a 15 pt text)
    reach = (_TITLE_LINES if size >= headings.DISPLAY * body_size else 3) if titled else 0
    short = len(text) <= 100 and len(block.lines) <= (reach or _narrow(block))
    title = not short and _long_title(block, body_size)
    if not (short or title):
        return "paragraph"
    # a bold line that asks heads what answers it (a FAQ's "Wat is het doel van de nulmeting?"),
    # however long: the shorter ones are headings already by their place (headings._standalone)
    asks = text.endswith("?") and block.bold and len(block.lines) == 1
    ends = text.endswith(_SENTENCE_END) and not asks
    ends = ends and not (title and _REFERENCE_END.search(text))
    # a word of three letters or fewer alone in the text's own size is a badge or an answer
    # ('AA' over a WCAG criterion, a form's 'Ja'), no head; an index's letter heads are set large
    badge = len(text.strip()) <= 3 and not titled
    opens = text[:1].isupper() or (title and headings.DOSSIER.match(text) is not None)
    if not ends and opens and not badge and (block.bold or size > headings.EMPHASIS * body_size):
        field = headings.FIELD.match(text)  # "Datum: woensdag ...": a label's value
        prose = _SENTENCES.search(text)  # "... doorgegaan. Het lessen ...": two sentences
        return "paragraph" if field or prose else "heading"
    return "paragraph"


_NARROW_HEAD: Final = 40  # characters a line of a head set in a narrow column holds at most
_TITLE_LINES, _TITLE_CHARS = 4, 250  # a long title's reach: a law's, a Kamerstuk's


def _narrow(block: Block) -> int:
    """How many lines a head may take: two; in a narrow column (a Staatscourant's three) a head
    of short lines wraps to a third or a fourth, its words going on in lower case on most of
    them ('Kennisgeving verleende' / 'watervergunning' / 'zandwinning Over de' / 'Maas'; short
    lines each opening with a capital are points of a list)."""
    lines = block.lines
    if len(lines) <= 2 or any(len(ln.text) > _NARROW_HEAD or _apart(ln) for ln in lines):
        return 2
    lower = sum(1 for ln in lines[1:] if ln.text.strip()[:1].islower())
    return 4 if 2 * lower >= len(lines) - 1 else 2


def _apart(line: Line) -> bool:
    """Whether the line stands in cells, words wide apart (`Line.cells`): a table's header row
    ('HTTP   Error code   Description'), no wrapped head."""
    return len(line.cells) > 1


def _long_title(block: Block, body_size: float) -> bool:
    """Page 1's title in bold heading type may run long: 'Wet van 5 maart 2026 tot wijziging
    van de Wet open overheid in verband met ...', '36 812 Wijziging van de Wet kinderopvang
    ...', an advice's 'Advies over het voorstel van wet ...': up to four lines."""
    return (
        block.page == 1
        and block.bold
        and block.size > headings.EMPHASIS * body_size
        and len(block.lines) <= _TITLE_LINES + 1
        and len(block.text) <= _TITLE_CHARS
    )


def _piece_title(block: Block) -> bool:
    """matrix38: a motie's or amendement's line ('Nr. 12 MOTIE VAN HET LID DE GROOT C.S.') on
    page 1, in a block of its own of two lines at most: the document's title."""
    return block.page == 1 and len(block.lines) <= 2 and _PIECE_TITLE.match(block.text) is not None
