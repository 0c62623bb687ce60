"""Page furniture: running headers and footers, page numbers, the publication's margin notes.

A line is furniture when it sits at a page edge and either repeats across pages (digits aside:
"Pagina 3 van 10") or has the shape furniture always has. Position alone is not enough: in the
Handelingen body text runs to the very top of the page.
"""

from __future__ import annotations

import re
from typing import Final

from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import half_even

_PAGE_NUMBER: Final = re.compile(
    r"^(?:(?:pagina|page|blad|p\.)\s*)?[-–]?\s*\d{1,4}\s*(?:(?:van|of|/)\s*\d{1,4})?\s*[-–]?$",
    re.IGNORECASE,
)
# One pattern, one scan a line (it runs for every piece of every page).
_SHAPES: Final = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"^(?:eerste|tweede) kamer,? vergaderjaar \d{4}\s*[-–]\s*\d{4}",
            r"^issn\s*\d",
            r"^(?:ah|kst|h|stb|stcrt|trb)-(?:tk|ek)?-?\d{4,8}-\S+$",
            r"^[’'‘`]?s-gravenhage \d{4}$",
            r"^(?:staatscourant|staatsblad|tractatenblad) \d{4}\b.*\bnr\.",
        )
    ),
    re.IGNORECASE,
)
# A page number that names itself ("Pagina 2/7", "Pagina 3 van 10") is furniture a little further
# in than the edge band too, when it is the page's first or last line: a header set low under a
# tall top margin. A bare number that far in may be a table's or a list's.
_NAMED_PAGE_NUMBER: Final = re.compile(
    r"^(?:(?:pagina|page|blad)\s*\d{1,4}(?:\s*(?:van|of|/)\s*\d{1,4})?|\d{1,4}\s*(?:van|of)\s*\d{1,4})$",
    re.IGNORECASE,
)
_NAMED_EDGE: Final = 0.22
# 'Pagina 1 van 2' as an OCR engine reads it (a scan's invisible layer, or our own OCR): a letter
# misread ('Paglna', 'Paging'), a digit read as a letter ('l', 'I', '|') or dropped ('Paging
# van'). Read so only on a page whose text OCR made; a text layer a program wrote is exact.
_OCR_PAGE_NUMBER: Final = re.compile(
    r"^(?P<word>[^\W\d_]{5,7})\s*(?P<number>[\dlI|!]{0,4})\s*"
    r"(?P<van>[^\W\d_]{2,4}|/)\s*[\dlI|!]{0,4}[.,]?$"
)
_STAMP: Final = re.compile(r"^\d{5,7}$")  # a Woo release's document-number stamp at the page edge
# refs40: ... unless the line right above ends in an address cut inside its query's number
# ('...?connection_type=17&connection_id=9' over '525022', a footnote Word broke at the number):
# the digits are the number's rest.
_QUERY_NUMBER_CUT: Final = re.compile(r"[?&][\w.%-]+=\d+$")
_BARE_NUMBER: Final = re.compile(r"^\d{1,4}$")
_PROSE_WORDS: Final = 5
# A running head or foot with its page's number at one end, and words at the other.
_FOLIO: Final = re.compile(r"^(\d{1,4})\s+\D.*\D$|^\D.*\D\s+(\d{1,4})$")
_FOLIO_CHARS: Final = 90
# matrix38: a document of one page may still print its foot with the page's number set off by a
# bar or an em dash ('Jaarstukken 2025 | 1'): no repeat shows it, its number and its mark do
_ONE_FOLIO: Final = re.compile(r"^[^\W\d].*\S\s[|—]\s1$|^1\s[|—]\s\S.*[^\W\d]$")
_FOLIO_PAGES: Final = 3
_EDGE: Final = 0.14  # share of the page height, top and bottom, where furniture lives
_DIGITS: Final = re.compile(r"\d+")
_DIGIT_HASH: Final = bytes(35 if 48 <= i <= 57 else i for i in range(256))  # '0'-'9' -> '#'
_SENTENCE_END: Final = tuple(".?!:;")  # a line that ends so ended its sentence
_WORDS: Final = re.compile(r"[^\W\d_]{3,}")


_LABEL: Final = re.compile(r"^(?:vraag|vragen|antwoord|\#\.)\b")


def furniture_key(line: Line) -> str:
    """Text with digits folded, and where it stands: a running header keeps its place. A page
    number at either end is no part of it: some pages of a deck print the footer without one."""
    return _placed(_text_key(line), _place(line.base))


def _place(base: float) -> int:
    """Where a line stands, in steps of 6 pt: a running line's baseline moves a little.
    (`round`, as `half_even` rounds in compiled code.)"""
    return half_even(base / 6)


def _placed(text: str, place: int) -> str:
    return f"{text}@{place}"


def _count(counts: dict[str, int], keys: set[str]) -> None:
    """`Counter.update` of a set, in a plain dict (a Counter's methods are Python's)."""
    for key in keys:
        counts[key] = counts.get(key, 0) + 1


def _bare_number(text: str) -> bool:
    """`_BARE_NUMBER` matches: asked first of the first character (a decimal digit is a digit)."""
    return text[:1].isdigit() and _BARE_NUMBER.match(text) is not None


def mark_furniture(
    pages: dict[int, list[Line]],
    heights: dict[int, float],
    bottoms: dict[int, float] | None = None,
    widths: dict[int, float] | None = None,
    parts: set[int] | None = None,
    ocr_read: set[int] | None = None,
    cuts: list[tuple[Line, int, str]] | None = None,
) -> dict[int, str]:
    """Return {id(line): role} for furniture lines (role: header, footer, page_number).
    `bottoms`: where each visible page begins (words.PageRuns.bottom), 0 when not given;
    `widths`: each page's width, to find lines set upright in its side margins; `parts`, if
    given, gets the ids of the lines that are furniture as a part of a running line only (no
    evidence of a side column where the page's columns parted it); `ocr_read`: the pages whose
    text OCR made, where a page number may be misread; `cuts`, if given, gets the edge lines
    that hold a running line as one of their cells (`_running_cells`)."""
    bottoms = bottoms or {}
    ocr_read = ocr_read or set()
    edges = {
        p: _edge_lines(lines, bottoms.get(p, 0.0), heights[p], p in ocr_read)
        for p, lines in pages.items()
    }
    for p, lines in pages.items():
        if widths and p in widths:
            edges[p] += _margin_lines(lines, widths[p], edges[p])
    # A line that opens with a raised number is a footnote's own: notes at the foot of a page
    # cite alike ('7 Kamerstukken II 2021/22, 30175, nr. 416') but never run as a footer.
    keys = {
        id(ln): furniture_key(ln) for lines in edges.values() for ln in lines if ln.label is None
    }
    seen: dict[str, int] = {}
    # A book's running heads alternate: the left pages' head stands on the even pages only, and
    # chapter openers and full-page pictures carry none. It repeats on its own side, on three
    # pages at least, and never on the other (a table's repeated head row stands on both).
    sides: dict[int, dict[str, int]] = {0: {}, 1: {}}
    for p, lines in edges.items():
        page_keys = {keys[id(ln)] for ln in lines if ln.label is None}
        page_keys |= _end_cells(lines)
        _count(seen, page_keys)
        _count(sides[p % 2], page_keys)
    repeat = max(2, round(0.4 * len(pages)))
    side_repeat = {
        side: max(3, round(0.4 * sum(1 for p in pages if p % 2 == side))) for side in sides
    }
    line_folios: dict[int, tuple[int, str]] = {}
    folios = _folio_offsets(edges, line_folios)
    running = _running_by_place(seen, repeat)
    roles: dict[int, str] = {}
    for p, lines in edges.items():
        # a page has one page number: a stack of bare numbers at its foot is a table's column
        bare = sum(1 for ln in lines if _bare_number(ln.text.strip()))
        for line in lines:
            text = line.text.strip()
            top = line.y0 > bottoms.get(p, 0.0) + heights[p] / 2
            numeric = bool(_PAGE_NUMBER.match(text)) and (bare <= 2 or not _bare_number(text))
            numeric = numeric or (p in ocr_read and misread_page_number(text))
            if numeric and _bare_number(text):
                numeric = not any(
                    _prose_beyond(line, other, top)
                    and not shaped(other.text)
                    and seen.get(keys.get(id(other), ""), 0) < repeat
                    for other in lines
                )
            repeated = (
                line.label is None
                and (
                    seen.get(keys[id(line)], 0) >= repeat
                    or (p in ocr_read and _seen_beside(seen, keys[id(line)]) >= repeat)
                    or (
                        sides[p % 2].get(keys[id(line)], 0) >= side_repeat[p % 2]
                        and not sides[1 - p % 2].get(keys[id(line)], 0)
                    )
                )
                and not _LABEL.match(text.lower())
            ) or line_folios.get(id(line)) in folios
            part = not repeated and line.label is None and _part_of_running(keys[id(line)], running)
            if (
                numeric
                or shaped(text)
                or (
                    text[:1].isdigit()
                    and _STAMP.match(text)
                    and not _query_number_above(line, pages[p])
                )
                or (len(pages) > 1 and repeated)
                or (top and line.label is None and _echoes_title(line, pages[p]))
                or (len(pages) == 1 and not top and _ONE_FOLIO.match(text) is not None)
            ):
                roles[id(line)] = "page_number" if numeric else ("header" if top else "footer")
            elif part and len(pages) > 1:
                roles[id(line)] = "header" if top else "footer"
                if parts is not None:
                    parts.add(id(line))
    _form_lines(pages, edges, roles)
    if cuts is not None and len(pages) > 1:
        _running_cells(edges, keys, roles, bottoms, heights, cuts, ocr_read)
    if 1 in edges and 1 not in ocr_read:
        _printed_once(pages[1], edges[1], roles, bottoms.get(1, 0.0) + heights[1] / 2, cuts)
    return roles


def _running_cells(
    edges: dict[int, list[Line]],
    keys: dict[int, str],
    roles: dict[int, str],
    bottoms: dict[int, float],
    heights: dict[int, float],
    cuts: list[tuple[Line, int, str]],
    ocr_read: set[int],
) -> None:
    """A running line that shares a page's edge line with other text, far apart, stands there
    as the line's first or last cell: page 1 of a note whose head 'Beslisnota IENW/BSK-2026/
    318470' stands level with the ministry's logo ('Ministerie van Infrastructuur', at the
    right), the other pages printing the head alone. Where the cell's text stands as a whole
    running line in the same place (a step up or down) on another page, the line is to be cut
    there: (line, the cell's index, its role) goes to `cuts`, for `placing` to cut from the
    line's runs (the line knows no cell's type). `_end_cells` made the other pages' head count;
    this gives page 1's its role. Not on a page OCR read: a scan's words stand where the
    image put them, its footer's pieces a point or two apart from page to page, and what
    stands level with them is no evidence (a Woo bundle's scanned forms)."""
    whole: dict[str, set[int]] = {}
    for p, lines in edges.items():
        for line in lines:
            if roles.get(id(line)) in ("header", "footer") and len(line.cells) <= 1:
                whole.setdefault(keys.get(id(line), ""), set()).add(p)
    whole.pop("", None)
    if not whole:
        return
    for p, lines in edges.items():
        if p in ocr_read:
            continue
        for line in lines:
            if id(line) in roles or line.label is not None or len(line.cells) < 2:
                continue
            place = _place(line.base)
            for end in (0, len(line.cells) - 1):
                text = _folded(line.cells[end][2])
                if not _WORDS.search(text):
                    continue
                if any(len(whole.get(_placed(text, place + d), set()) - {p}) for d in (-1, 0, 1)):
                    top = line.y0 > bottoms.get(p, 0.0) + heights[p] / 2
                    cuts.append((line, end, "header" if top else "footer"))
                    break


_HEAD_GAP: Final = 0.6  # sizes of blank under page 1's head, at least, over the text below
_OTHER_TYPE: Final = 1.1  # the line under the head in type this much larger: not its paragraph
_TITLE_SIZE: Final = 1.15  # the title's type at least this many times the text's
_ID_TOKENS: Final = 3  # a head's identifier after its kind word: so many tokens at most
_FOOT_PARTS: Final = re.compile(r"\s+[|·•]\s+")
_HEAD_PARTS: Final = re.compile(r"\s+[|·•]\s+|,\s+")
_ID_DIGITS: Final = re.compile(r"(?:\d\D?){4}")  # an identifier: four digits or more
_FOLIO_END: Final = re.compile(r"^\d{1,4}\s*[|—–·]\s*|\s*[|—–·]\s*\d{1,4}$")


def _printed_once(
    lines: list[Line],
    edge: list[Line],
    roles: dict[int, str],
    middle: float,
    cuts: list[tuple[Line, int, str]] | None,
) -> None:
    """Page 1's running head where it repeats nowhere (a document of one page, or a head page 1
    alone prints): the first line at the top of the page, nothing over it where it stands, in
    type smaller than the text's, set apart from what follows (a blank, or the title's larger
    type), that says what the page itself shows the document to be: its kind word and an
    identifier the title or the particulars say again (`_kind_and_id`), or a part the page's
    foot prints beside its number (`_foot_says`). Where the head shares its line with the logo
    beside it, the line's end cell is the head: it goes to `cuts` (as `_running_cells`' do).
    A memo whose first line is its kind and number in the title's type is its title, no head
    (not smaller than the text, no title in larger type under it); a reference line with
    nothing on the page saying it again, and a small first line running on into its paragraph,
    stay what they were. Not on a page OCR read (the caller's guard)."""
    body = [ln for ln in lines if id(ln) not in roles and ln.text.strip()]
    if not body:
        return
    size = _text_size(body)
    feet = {
        _folded(_FOLIO_END.sub("", ln.text.strip()))
        for ln in edge
        if roles.get(id(ln)) in ("footer", "page_number") and ln.y1 < middle
    }
    feet.discard("")
    cut = {id(c[0]) for c in cuts} if cuts else set()  # `_running_cells` cut already
    for line in edge:
        if id(line) in roles or id(line) in cut or line.label is not None or line.y0 <= middle:
            continue
        if line.size >= size:
            continue
        ends = [0] if len(line.cells) <= 1 else [0, len(line.cells) - 1]
        for end in ends:
            if len(line.cells) > 1:
                x0, x1, text = line.cells[end]
            else:
                x0, x1, text = line.x0, line.x1, line.text.strip()
            if not _alone_on_top(line, x0, x1, body):
                continue
            if not (_kind_and_id(line, text, body, size) or _foot_says(text, feet)):
                continue
            if len(line.cells) <= 1:
                roles[id(line)] = "header"
            elif cuts is not None:
                cuts.append((line, end, "header"))
            break


def _text_size(lines: list[Line]) -> float:
    """The page's text type: the median size, each line counted once per 20 characters."""
    sizes = sorted(s for ln in lines for s in [ln.size] * max(len(ln.text) // 20, 1))
    return sizes[len(sizes) // 2]


def _alone_on_top(line: Line, x0: float, x1: float, lines: list[Line]) -> bool:
    """Nothing over the head where it stands (a logo beside it may reach higher), and the next
    line under it there in larger type (the title) or after a blank of more than a leading's:
    not the first line of a paragraph in the head's type."""
    below: Line | None = None
    for ln in lines:
        if ln is line or ln.x1 <= x0 or ln.x0 >= x1:
            continue
        if ln.base > line.base + 0.5 * line.size:
            return False
        if ln.base < line.base - 0.5 * line.size and (below is None or ln.base > below.base):
            below = ln
    if below is None:
        return False
    return (
        below.size > _OTHER_TYPE * line.size
        or line.base - below.base - below.size >= _HEAD_GAP * line.size
    )


def _kind_and_id(line: Line, text: str, lines: list[Line], size: float) -> bool:
    """A part of the head (the whole, or between bars or commas) is a kind word and an
    identifier (a few tokens, four digits or more: a number or a year, not 'Bijlage 3') where
    the page says what the kind is or what the identifier names: the first line under the head
    in larger type, the title, opens with the kind word ('Beslisnota IENW/BSK-2026/318470' over
    'Beslisnota bij de Kamerbrief ...', 'Omgevingsdienst IJsselland | Jaarbericht 2025' over
    'Jaarbericht 2025: wat wij deden ...'); or the identifier, the part's one token after the
    kind word, stands again as the value of a two-cell line under the head, a particular
    ('Gemeente Raalte, collegebesluit 2026-004412' over 'Zaaknummer' | '2026-004412')."""
    title: Line | None = None
    least = max(_TITLE_SIZE * size, _ECHO_SIZE * line.size)
    for ln in lines:
        under = ln.base < line.base - 0.5 * line.size
        if under and ln.size >= least and (title is None or ln.base > title.base):
            title = ln
    opens = title.text.split()[:2] if title is not None else []
    opener = opens[0].lower().rstrip(".:,;") if len(opens) == 2 else ""
    values: set[str] | None = None
    for part in _HEAD_PARTS.split(text):
        words = part.split()
        if not 2 <= len(words) <= 1 + _ID_TOKENS:
            continue
        kind = words[0].lower()
        if len(kind) < 4 or not kind.isalpha() or not _ID_DIGITS.search(" ".join(words[1:])):
            continue
        if kind == opener:
            return True
        number = words[-1]
        if len(words) == 2 and _ID_DIGITS.search(number):
            if values is None:
                values = {
                    ln.cells[-1][2]
                    for ln in lines
                    if len(ln.cells) == 2 and ln.base < line.base - 0.5 * line.size
                }
            if number in values:
                return True
    return False


def _foot_says(text: str, feet: set[str]) -> bool:
    """A part of the head (between bars or dots, or the whole) is what the page's foot prints
    beside its number."""
    if not feet:
        return False
    return any(
        _WORDS.search(part) is not None and _folded(part) in feet
        for part in [text, *_FOOT_PARTS.split(text)]
    )


_ECHO_SIZE: Final = 1.2  # the title's type at least this many times the header's
_ECHO_REACH: Final = 6.0  # the title's sizes under the head its first line stands at most


def _echoes_title(line: Line, lines: list[Line]) -> bool:
    """A line in the top band, in small type, whose words the title in larger type right under
    it says again from its start ('Nieuwsbrief Omgevingsdienst IJsselland, maart 2026' over the
    same in 13 pt): a running head that names the document, as a web page printed carries its
    title over every page; on a page of its own it repeats nowhere, but the title under it says
    what it is. Text that only starts like the title, or a title in the same type, is not it."""
    key = _folded(line.text)
    if len(_WORDS.findall(key)) < 2:
        return False
    below = [
        ln
        for ln in lines
        if ln.base < line.base - line.size and ln.x0 < line.x1 and ln.x1 > line.x0
    ]
    if not below:
        return False
    top = max(ln.base for ln in below)
    title = [ln for ln in below if ln.base > top - 0.5 * ln.size]
    first = title[0]
    if first.size < _ECHO_SIZE * line.size or line.base - top > _ECHO_REACH * first.size:
        return False
    return _folded(" ".join(ln.text for ln in sorted(title, key=lambda ln: ln.x0))) == key


def _seen_beside(seen: dict[str, int], key: str) -> int:
    """How often the key's text was seen one place up or down (tables31): OCR's baseline of a
    running foot moves by a point from scan to scan, and a place rounded from it may fall on
    either side of a step ('blad 44 van 86' at 51.1 against 50.9 on the other pages), where the
    line then ran on into the last footnote above it."""
    text, _, place = key.rpartition("@")
    if not place.lstrip("-").isdigit():
        return 0
    at = int(place)
    return max(seen.get(_placed(text, at - 1), 0), seen.get(_placed(text, at + 1), 0))


def _end_cells(lines: list[Line]) -> set[str]:
    """The keys of the first and last cells of edge lines set in cells far apart: a running
    header that shares its line with something else on one page (page 1's logo beside the
    header 'Kenmerk 4187652-1098765-PG') still stands there, and repeats as itself elsewhere.
    The line's baseline may be the other cell's, a few points off: the places beside count."""
    out: set[str] = set()
    for line in lines:
        if line.label is None and len(line.cells) > 1:
            place = _place(line.base)
            for cell in (line.cells[0][2], line.cells[-1][2]):
                text = _folded(cell)
                if _WORDS.search(text):
                    out.update(_placed(text, place + d) for d in (-1, 0, 1))
    return out


def _running_by_place(seen: dict[str, int], repeat: int) -> dict[str, list[str]]:
    """The running lines' texts (digits folded) by where they stand."""
    running: dict[str, list[str]] = {}
    for key, n in seen.items():
        text, _, place = key.rpartition("@")
        if n >= repeat and text:
            running.setdefault(place, []).append(text)
    return running


def _part_of_running(key: str, running: dict[str, list[str]]) -> bool:
    """Whether the line is one end of a running line, on its place: a page whose columns part
    its foot ('10 / 34 7 december 2021' | 'Evaluatie CoronaCheck', a chart reaching down beside
    the text) reads the running foot as two lines, neither of which repeats whole. The part
    needs a word (a lone number or date is no evidence)."""
    text, _, place = key.rpartition("@")
    if not _WORDS.search(text):
        return False
    return any(
        len(whole) > len(text) and (whole.startswith(text + " ") or whole.endswith(" " + text))
        for whole in running.get(place, ())
    )


def _form_lines(
    pages: dict[int, list[Line]], edges: dict[int, list[Line]], roles: dict[int, str]
) -> None:
    """A form printed once per item repeats at the page's edge because the whole page repeats:
    its lines there are the form's own. Two signs, neither a running head's: the text stands in
    the body of the page too, away from the edges, on two pages or more ("Naam organisatie" under
    every partner's name; a book's running head may name the book where its text does, now and
    then); or a head runs on into a body line below it in the same type and indent, as a
    paragraph's lines do. A drawing repeated from page to page is such a form too, wherever the
    page's columns put its labels: beside the body ('EV-vlak', '2 x 10 meter' in the corner of
    one example after another) as well as in it (sweep36)."""
    marked = [
        ln
        for lines in edges.values()
        for ln in lines
        if roles.get(id(ln)) in ("header", "footer")
        and (ln.zone.startswith("body") or ln.zone == "side")
        and not shaped(ln.text.strip())
        and _WORDS.search(ln.text)
    ]
    words = {max(_WORDS.findall(ln.text), key=len) for ln in marked}
    if marked:
        # one scan a line for the marked lines' longest words, a key only for the lines it finds
        probe = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
        # and first its length: a line alike but for its digits is about as long
        sizes = {len(ln.text) + d for ln in marked for d in range(-8, 9)}
        inside: dict[str, int] = {}
        at_edges: dict[str, int] = {}
        keys: dict[int, str] = {}  # the edge lines' keys, asked again for the marked ones below
        for p, lines in pages.items():
            at_edge = {id(ln) for ln in edges[p]}
            found = [ln for ln in lines if len(ln.text) in sizes and probe.search(ln.text)]
            _count(inside, {_text_key(ln) for ln in found if id(ln) not in at_edge})
            edge_keys: set[str] = set()
            for ln in found:
                if id(ln) in at_edge:
                    keys[id(ln)] = key = _text_key(ln)
                    edge_keys.add(key)
            _count(at_edges, edge_keys)
        for line in marked:
            known = keys.get(id(line))
            key = _text_key(line) if known is None else known
            if inside.get(key, 0) >= max(2, at_edges.get(key, 0) / 2):
                del roles[id(line)]
    # from the band's inner edge outwards (a running foot may stand close under the text: only
    # heads are read so)
    ran_on: list[tuple[Line, str, str]] = []
    alone: dict[str, int] = {}  # a head's key: on how many pages it runs on into nothing
    for p, lines in edges.items():
        heads = sorted((ln for ln in lines if roles.get(id(ln)) == "header"), key=lambda ln: ln.y0)
        for line in heads:
            low, high = line.y0 - 0.6 * line.size, line.y0 + 0.1 * line.size  # the next line's top
            key = furniture_key(line)
            if any(
                low < other.y1 <= high and id(other) not in roles and _runs_on(line, other)
                for other in pages[p]
            ):
                ran_on.append((line, roles.pop(id(line)), key))
            else:
                alone[key] = alone.get(key, 0) + 1
    # a running head that stands alone on as many pages as it runs on stays one: a page of
    # notes in the head's type right under it (a report's endnotes, printed from the web) is
    # no form's body (families44)
    ran = {key: sum(1 for _, _, k in ran_on if k == key) for _, _, key in ran_on}
    for line, role, key in ran_on:
        if alone.get(key, 0) >= ran[key]:
            roles[id(line)] = role
    # and from the foot's inner edge downwards, a foot that goes on a body line's sentence in
    # lower case: a note under a form's table, printed on every page the form repeats on
    for p, lines in edges.items():
        feet = sorted((ln for ln in lines if roles.get(id(ln)) == "footer"), key=lambda ln: -ln.y1)
        for line in feet:
            if not line.text.strip()[:1].islower():
                continue
            low, high = line.y1 - 0.1 * line.size, line.y1 + 0.6 * line.size  # the upper's foot
            if any(
                low <= other.y0 < high
                and id(other) not in roles
                and not other.text.rstrip().endswith(_SENTENCE_END)
                and _runs_on(other, line)
                for other in pages[p]
            ):
                del roles[id(line)]


def _text_key(line: Line) -> str:
    return _folded(line.text)


def _folded(text: str) -> str:
    """A text as furniture compares it: lower case, digits folded, no stops or '#' at its ends."""
    return fold_digits(text.lower()).strip(" .#")


def fold_digits(text: str) -> str:
    """`_DIGITS.sub("#", text)`: each run of digits one '#'. An ASCII text with no '#' of its own
    (most lines) is folded as bytes, its digits made '#' and a run of them made one: a pattern
    call costs several times as much (bench/segment/speed23.md, round 38)."""
    if not text.isascii() or "#" in text:
        return _DIGITS.sub("#", text)
    folded = text.encode("ascii").translate(_DIGIT_HASH)
    # `find`, not `in`: bytes' `in` first asks whether its operand is an int, and formats the
    # TypeError it then clears
    while folded.find(b"##") >= 0:
        folded = folded.replace(b"##", b"#")
    return folded.decode("ascii")


def _runs_on(upper: Line, lower: Line) -> bool:
    """Whether `lower` is the next line of `upper`'s paragraph: same column, indent and type,
    set at the paragraph's leading, the upper line filled as a wrapped line is (a label over its
    value, "Kenmerk" over the number, is not)."""
    gap = upper.y0 - lower.y1
    return (
        lower is not upper
        and lower.zone == upper.zone
        and upper.width >= 0.9 * lower.width
        and abs(lower.x0 - upper.x0) < 2
        and abs(lower.size - upper.size) < 0.05 * upper.size
        and -0.1 * upper.size <= gap < 0.6 * upper.size
    )


def _folio(line: Line, page: int) -> tuple[int, str] | None:
    """How far the page number a running head or foot prints ("4 Regeerprogramma",
    "Regeerprogramma | 2. Asiel 19") lies from the page's place in the file, and the head's first
    word (a book's title, which the chapter's name follows); None for a line that prints none, is
    a footnote's (a raised number, or a sentence), a question's label or says too much."""
    text = line.text.strip()
    if not (text[:1].isdigit() or text[-1:].isdigit()):
        return None
    match = _FOLIO.match(text)
    if match is None or line.label is not None or text.endswith(".") or len(text) > _FOLIO_CHARS:
        return None
    words = _DIGITS.sub(" ", text).lower().split()
    if not words or _LABEL.match(words[0]):
        return None
    return int(match.group(1) or match.group(2)) - page, words[0]


def _folio_offsets(
    edges: dict[int, list[Line]], found: dict[int, tuple[int, str]] | None = None
) -> set[tuple[int, str]]:
    """The running heads and feet that print their page's number: a book's running heads name
    the chapter, so their words change, but they start alike and the folio keeps step with the
    page (the pages of one file run on without gaps). `found`, if given, gets each line's folio
    by its id (the lines that print one).

    A running head repeats its words: the book's title on every page, or the chapter's name over
    the chapter's pages. Numbered headings that open page after page ('3 Regels voor usecase
    LV.1.AB - Archiveer bericht' on page 10, '4 Regels voor usecase LV.1.AL.CGA - Controleer' on
    page 11: chapters that each fit on a page) keep step with the page too, and start alike, but
    no page prints the same words as another: they head their pages, they do not run (sweep37)."""
    pages: dict[tuple[int, str], int] = {}
    texts: dict[tuple[int, str], dict[str, int]] = {}
    for p, lines in edges.items():
        page: dict[tuple[int, str], set[str]] = {}
        for ln in lines:
            folio = _folio(ln, p)
            if folio is not None:
                page.setdefault(folio, set()).add(_text_key(ln))
                if found is not None:
                    found[id(ln)] = folio
        for folio, keys in page.items():
            pages[folio] = pages.get(folio, 0) + 1
            _count(texts.setdefault(folio, {}), keys)
    least = max(_FOLIO_PAGES, round(0.1 * len(edges)))
    return {
        folio
        for folio, n in pages.items()
        if n >= least and any(k >= 2 for k in texts[folio].values())
    }


def _query_number_above(line: Line, lines: list[Line]) -> bool:
    """Whether the line set right above `line`, at its left edge, ends in an address's query cut
    inside its number ('...&connection_id=9'): `line`'s digits are then the number's rest."""
    for other in lines:
        if (
            0 <= other.y0 - line.y1 < line.size
            and abs(other.x0 - line.x0) < 2
            and "=" in other.text
            and _QUERY_NUMBER_CUT.search(other.text.rstrip()) is not None
        ):
            return True
    return False


def _prose_beyond(number: Line, other: Line, top: bool) -> bool:
    """Whether `other` is a line of prose between a bare number and the page's edge, or set right
    under it at its left edge: the number then labels that text (a question's number over the
    question), it does not count the page."""
    if len(other.text.split()) < _PROSE_WORDS:
        return False
    under = 0 <= number.y0 - other.y1 < number.size and abs(other.x0 - number.x0) < 2
    return under or (other.y0 > number.y1 if top else other.y1 < number.y0)


def shaped(text: str) -> bool:
    return _SHAPES.search(text) is not None


def page_number(text: str) -> bool:
    """A page number by its shape alone ('12', 'Pagina 2 van 7')."""
    return _PAGE_NUMBER.match(text.strip()) is not None


def misread_page_number(text: str) -> bool:
    """'Pagina 1 van 2' as OCR may misread it: 'pagina' and 'van' one letter off at most, the
    numbers misread or gone. Near misses stay text: "Pagina's van de bijlage" (more words),
    'Marina van' (two letters off), 'Pagina' alone (no 'van' nor number)."""
    shape = _OCR_PAGE_NUMBER.match(text.strip())
    if shape is None:
        return False
    word, van = shape["word"].lower(), shape["van"].lower()
    return _one_off(word, "pagina") and (van == "/" or _one_off(van, "van"))


def _one_off(word: str, target: str) -> bool:
    """Whether `word` is `target` with one letter changed, added or dropped at most."""
    if abs(len(word) - len(target)) > 1:
        return False
    row = list(range(len(target) + 1))
    for i, a in enumerate(word, 1):
        prev, row[0] = row[0], i
        for j, b in enumerate(target, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (a != b))
    return row[-1] <= 1


def _margin_lines(lines: list[Line], width: float, edge: list[Line]) -> list[Line]:
    """Lines set upright in a side margin (a gazette's 'Bijlagen bij het Belgisch Staatsblad -
    28/05/2019' up the left edge of every page): taller than wide, within the edge band of the
    page's width. They are furniture as a running head is: when they repeat."""
    return [
        ln
        for ln in lines
        if ln.y1 - ln.y0 > 3 * max(ln.x1 - ln.x0, 1.0)
        and (ln.x1 < width * _EDGE or ln.x0 > width * (1 - _EDGE))
        and all(ln is not e for e in edge)
    ]


def _edge_lines(lines: list[Line], foot: float, height: float, ocr: bool = False) -> list[Line]:
    """Lines in the top or bottom band of the visible page (from `foot` up `height` points).
    `ocr`: the page's text is OCR's, its page number may be misread."""
    top = [ln for ln in lines if ln.y0 > foot + height * (1 - _EDGE)]
    bottom = [ln for ln in lines if ln.y1 < foot + height * _EDGE]
    edge = top + bottom
    if lines:
        # the highest top and the lowest foot, the first of equals (as `max` and `min` give)
        first = last = lines[0]
        for ln in lines:
            if ln.y1 > first.y1:
                first = ln
            if ln.y0 < last.y0:
                last = ln
        for line, near in (
            (first, first.y0 > foot + height * (1 - _NAMED_EDGE)),
            (last, last.y1 < foot + height * _NAMED_EDGE),
        ):
            named = _NAMED_PAGE_NUMBER.match(line.text.strip()) or (
                ocr and misread_page_number(line.text)
            )
            if near and named and all(line is not e for e in edge):
                edge.append(line)
    return edge
