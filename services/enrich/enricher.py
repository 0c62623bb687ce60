"""Segmented document -> references and entities. Pure logic, no I/O.

Every segment is read on its own (offsets are into its `text`); page furniture (running headers,
page numbers, the document's own id in the footer) is never body text and is skipped, but for a
web address printed there and nowhere else (a footer's site, a browser's print footer: urls48).

Organisations are mentions in the text, so three kinds of match are not counted as one: a name in
the letterhead (the publisher's masthead, the sender's address block: metadata, not a mention), a
name inside a citation ('Tweede Kamer, vergaderjaar 2022–2023, 26 485, nr. 424'), and a minister's
portfolio ('de Minister van Financiën', 'Staatssecretaris Van Rij (Financiën – Fiscaliteit en
Belastingdienst)'): that names the office a person holds, and the answering ministries are
metadata of their own. 'Het ministerie van Financiën' is a mention.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from typing import Final, cast, get_args

from services.enrich import words
from services.enrich.entities import (
    abbreviations,
    addressee,
    alongside,
    appositions,
    attendees,
    authors,
    bareframes,
    bodycues,
    bracketgiven,
    cabinet,
    columns,
    committees,
    companies,
    correspondents,
    dates,
    defined,
    extracts,
    false_friends,
    gazetteer,
    givenfirst,
    governed,
    kamer,
    kamergroups,
    kindlists,
    kinds,
    labelends,
    linking,
    listruns,
    localbodies,
    meetingheads,
    money,
    ocrnoise,
    organs,
    orgcontext,
    orglists,
    orgnames,
    outlets,
    paperletters,
    personruns,
    persons,
    releaseframe,
    repeated,
    roles,
    shortnames,
    signatures,
    signers,
    sources,
    spanends,
    speakers,
    tasklists,
    taxoffice,
    tenants,
    titled,
    writers,
)
from services.enrich.entities import (
    people as listed_people,
)
from services.enrich.hits import Hit
from services.enrich.references import (
    find_in_text,
    hosts,
    kenmerken,
    law_articles,
    ocr,
    ocrshapes,
    ocrurls,
    sitepaths,
    spacing,
    urls,
    woo_grounds,
)
from stukken.contracts import (
    DocSegmented,
    EnrichedDocument,
    Entity,
    Reference,
    Segment,
    SegmentedDocument,
)
from stukken.contracts.document import EntityType, Metadata, ReferenceType
from stukken.contracts.quality import Quality

_SKIPPED_KINDS: Final = frozenset({"furniture"})
_NO_ORGANISATIONS_IN: Final = frozenset({"letterhead"})
# 'Minister(s) van', 'Staatssecretaris voor', also the next in a list: '... en van Justitie en
# Veiligheid'. Searched in the text just before a ministry's name, which a joined line may glue to
# its 'van' ('en vanBuitenlandse Zaken').
_OFFICE_OF: Final = re.compile(
    r"(?:[Mm]inister(?:s|-[Pp]resident)?|[Ss]taats?secretaris(?:sen)?)\s+(?:van|voor)\s*"
    r"(?:(?<=\s)[^.;:()]{0,160}?(?:\s|,)(?:en\s+)?(?:van|voor)\s*)?$"
)
# 'de ministers van IenW en SZW': the second portfolio of a list of them, also after a portfolio of
# several words ('de Staatssecretarissen van Onderwijs, Cultuur en Wetenschap en Volksgezondheid,
# Welzijn en Sport'); 'en' may be glued to it where a joined line lost the space.
_OFFICES: Final = re.compile(
    r"(?:[Mm]inisters|[Ss]taatssecretarissen)\s+(?:van|voor)\s+[^.;:()]{1,160}?\s+en\s*$"
)
# 'staatssecretaris Knapen van Buitenlandse Zaken', 'Minister Schultz van Haegen-Maas Geesteranus
# van Infrastructuur en Milieu': the portfolio after the office's holder (capitalised name words,
# a particle between them) is the office, not the ministry.
_HOLDERS_PORTFOLIO: Final = re.compile(
    r"(?:[Mm]inister|[Ss]taats?secretaris)[ \t]+"
    r"(?:[A-ZÀ-Þ][\w'’-]*[ \t]+(?:(?:van|de|der|den|ter|ten|te)[ \t]+)*){1,4}van[ \t]*\r?\n?[ \t]*$"
)
# 'Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)': everything in that parenthesis, also
# where the line wraps before it ('van Minister Koolmees\n(Sociale Zaken en Werkgelegenheid)').
_PORTFOLIO: Final = re.compile(
    r"(?:[Mm]inister|[Ss]taats?secretaris)\s[^()\n]{1,60}(?:\r?\n[ \t]*)?\([^()]*$"
)
# How far before its '(' a portfolio's office word may start: 'Staatssecretaris', a space, 60.
_PORTFOLIO_REACH: Final = 80
# A state secretary's portfolio after a dash, no brackets: 'de Staatssecretaris van Financiën –
# Fiscaliteit, Belastingdienst en Douane', as a report's list of letters or a signature prints it
# (O49; blind48's 'Fiscaliteit'). Its words, known bodies among them, name the office.
_DASH_PORTFOLIO: Final = re.compile(
    r"(?:[Mm]inister|[Ss]taats?secretaris)[ \t\u00a0]+(?:van|voor)[ \t\u00a0]+"
    r"[A-Z][\w,& \t\u00a0]{1,60}?[ \t\u00a0]+[–—-][ \t\u00a0]+"
    r"(?:[A-Z][\w-]*(?:,[ \t\u00a0]+|[ \t\u00a0]+(?:en|&)[ \t\u00a0]+))*$"
)
_DASH_REACH: Final = 160  # the office, its ministry's name, the portfolio's words before this one
_LOOK_BACK: Final = 240
_HOLDER_REACH: Final = 90  # an office word, a holder's name of four words and 'van'
# pdfium's marks where it took away a hyphen at a line's end ('Kinderbescher\x02ming').
_DROPPED_HYPHEN: Final = ("\x02", "\ufffe")


def _kenmerk_values(doc: SegmentedDocument) -> tuple[str, ...]:
    meta = doc.metadata
    return tuple(v.strip() for v in (meta.ons_kenmerk, meta.uw_kenmerk) if v and v.strip())


def _read(doc: SegmentedDocument) -> list[Segment]:
    return [s for s in doc.segments if s.kind not in _SKIPPED_KINDS and s.text]


# A space between two letters or digits inside a found URL: OCR's, closed by the URL finder.
# in a slug or after a path's slash, after the scheme (or the scheme's lost slash), after a dot
# of the host, or before a file's type or a query's next parameter
_SPACE_IN_SLUG: Final = re.compile(
    r"[a-z0-9/] [a-z0-9]|: ?/(?![/ ])|: //|(?<=[a-z0-9])\. (?=[a-z0-9-]+\.? ?[a-z/])"
    r"|\w (?=\.(?:pdf|html?|aspx?|php|docx?|xlsx?)(?![\w-])|&\w+=)"  # a file's type, a parameter
    r"|\w\. (?=(?:pdf|html?|aspx?|php|docx?|xlsx?)(?![\w-]))"
    r"|[A-Za-z0-9] (?=-[A-Za-z0-9])"  # before a path's hyphen: '.../2023-01 -01/1/informatie'
    r"|% (?=[0-9A-Fa-f])"  # inside a percent escape: '&title=Aan% 20bewindspersoon'
    r"|/ (?=[A-Z])"  # after a whole piece, before an id's: '.../nza/doc/ PUC_3324_22/1/'
    rf"|\. [{urls.OCR_MARKS}](?=[a-z])"  # a speck after 'www. ' (urlocr47)
)


# The two letters of an old ECLI's LJN number parted by a space ('ECLI:NL:HR:2006:A V0653').
_PARTED_LJN: Final = re.compile(r":[A-Z] [A-Z]\d{4}")


def _link_repaired(hit: Hit, text: str, ocr_read: bool) -> tuple[Hit, bool]:
    """A URL whose host OCR damaged ('https://Ici.rivm.nl'), repaired and marked; one read across
    a space marked only on a page an OCR engine read (`ocr_read`): in a text layer that space is
    a line's end the segmenter joined ('.../10.1016/j. jmateco...'), no OCR confusion, and the
    schema has no mark for it. An ECLI whose LJN OCR parted ('2006:A V0653') is marked on such a
    page too. Any other hit as found."""
    if hit.type == "ecli":
        return hit, ocr_read and _PARTED_LJN.search(text, hit.start, hit.end) is not None
    if hit.type != "url":
        return hit, False
    fixed = ocr.repair_host(hit.normalized)
    if fixed == hit.normalized:
        if urls.scheme_misread(text[hit.start : hit.end]):
            return hit, True  # 'httDs://': the scheme read as printed, on any page
        return hit, ocr_read and _SPACE_IN_SLUG.search(text, hit.start, hit.end) is not None
    return Hit(hit.type, hit.start, hit.end, fixed, fixed, hit.role), True


def _spaced_hits(
    text: str,
    known: tuple[str, ...],
    disclosed: Disclosed,
    defined: law_articles.Defined | None = None,
) -> list[tuple[Hit, bool]] | None:
    """A letter-spaced footnote ('Kamers tukken I I, 2 0 22-2023'): citations read with the gaps
    closed, spans mapped back onto the printed text; links as printed."""
    closed = spacing.close_gaps(text)
    if closed is None:
        return None
    joined, at = closed
    links = [h for h in find_in_text(text, known) if h.type == "url"]
    found = [(h, False) for h in links]
    for h in find_in_text(joined, known, disclosed, defined):
        if h.type == "url":
            continue
        start, end = at[h.start], at[h.end - 1] + 1
        if not any(start < u.end and u.start < end for u in links):
            found.append((Hit(h.type, start, end, h.normalized, h.url, h.role), False))
    return sorted(found, key=lambda pair: (pair[0].start, pair[0].end))


def _hits(
    seg: Segment,
    known: tuple[str, ...],
    disclosed: Disclosed,
    ocr_read: bool = False,
    defined: law_articles.Defined | None = None,
) -> list[tuple[Hit, bool]]:
    """References in one segment, read from the OCR-repaired text (same offsets) and marked where
    the repair made them. Every page may be OCR'd text: publishers embed their own OCR layer in
    scans (`ocr_layer_pages`) (`ocr_read`: the segment's page is in either list). `defined`: the
    short names of laws the document defined so far (docdefs49)."""
    spaced = _spaced_hits(seg.text, known, disclosed, defined)
    if spaced is not None:
        return spaced
    fixed = ocr.repair(seg.text)
    if fixed == seg.text:
        return [
            _link_repaired(h, seg.text, ocr_read)
            for h in find_in_text(seg.text, known, disclosed, defined)
        ]
    links = [h for h in find_in_text(seg.text, known) if h.type == "url"]
    cited = [h for h in find_in_text(fixed, known, disclosed, defined) if h.type != "url"]
    cited = [h for h in cited if not any(h.start < u.end and u.start < h.end for u in links)]
    found = [_link_repaired(h, seg.text, ocr_read) for h in links]
    found += [
        (
            h,
            fixed[h.start : h.end] != seg.text[h.start : h.end]
            or _link_repaired(h, seg.text, ocr_read)[1],
        )
        for h in cited
    ]
    return sorted(found, key=lambda pair: (pair[0].start, pair[0].end))


Disclosed = Callable[[], bool]


def _disclosed(segments: list[Segment]) -> Disclosed:
    """Whether the document speaks of disclosure anywhere, read once and only when asked (a page
    with a redaction's label but no such words of its own is rare)."""

    @functools.cache
    def ask() -> bool:
        return any(woo_grounds.speaks_of_disclosure(s.text) for s in segments)

    return ask


# per OCR-read page, the addresses read there but not reported (nothing could check them)
HeldUrls = dict[int, list[str]]


def _hold(held: HeldUrls, page: int, url: str) -> None:
    if url not in held.setdefault(page, []):
        held[page].append(url)


def find_references(doc: SegmentedDocument, held_urls: HeldUrls | None = None) -> list[Reference]:
    """The document's references; an OCR'd address not reported because nothing can check it
    is noted per page in `held_urls` when given (the metadata's warning says so)."""
    known = _kenmerk_values(doc)
    # a label or a value alone: short texts only (one length test a segment)
    short = [
        (i, s.page, s.text)
        for i, s in enumerate(doc.segments)
        if len(s.text) <= kenmerken.SHORT_TEXT
    ]
    paired = kenmerken.paired(short) if short else []
    known += tuple(dict.fromkeys(v for _, v in paired if v not in known))
    refs: list[Reference] = []
    segments = _read(doc)
    disclosed = _disclosed(segments)
    ocr_pages = _ocr_read_pages(doc)
    # docdefs49: a law's short name the document defines ('Successiewet 1956 (SW)', '(hierna:
    # Wet Vpb)') is read in its later articles ('artikel 12 SW'), in this document only
    defined: law_articles.Defined = {}
    for seg in segments:
        law_articles.define(seg.text, defined)
        found = _hits(seg, known, disclosed, seg.page in ocr_pages, defined or None)
        refs += [_reference(seg, hit, repaired) for hit, repaired in found]
    refs += _labels_in_furniture(doc, disclosed)
    refs += _kenmerken_in_furniture(doc, refs, paired, ocr_pages)
    refs += _urls_in_furniture(doc, refs, known, disclosed, ocr_pages)
    tails = urls.host_tails([(r.text, r.normalized) for r in refs if r.type == "url"])
    if tails:
        refs = [r for r in refs if not (r.type == "url" and r.normalized in tails)]
    refs = _with_ocr_urls_read(doc, _with_hosts_repaired(refs), ocr_pages)
    refs = _with_sections_read(doc, refs, ocr_pages)
    held = {} if held_urls is None else held_urls
    refs = _with_forms_checked(doc, _with_paths_joined(doc, refs, ocr_pages), ocr_pages, held)
    return _readable(doc, refs, ocr_pages, held)


# an address OCR cut at a mark that asks for more ('...brief-', 'detail?', 'id=', '&')
_CUT_AT: Final = ("-", "?", "=", "&")


def _with_forms_checked(
    doc: SegmentedDocument, refs: list[Reference], ocr_pages: set[int], held: HeldUrls
) -> list[Reference]:
    """ocrurls49: a URL on a page an OCR engine read whose site gives its documents' addresses a
    form (`ocrshapes`) is reported only in that form: read on across OCR's spaces (and its known
    digit confusions) to the form and marked repaired, or else not reported, as an address cut
    at a mark that asks for more is not: OCR cut it where nothing can check it, and it would be
    an address no one printed. Its text stays in the segment."""
    if not ocr_pages or not any(r.type == "url" for r in refs):
        return refs
    segs = {s.id: s for s in doc.segments}
    out: list[Reference] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    for r in refs:
        seg = segs.get(r.segment_id)
        if r.type != "url" or seg is None or seg.page not in ocr_pages:
            out.append(r)
            continue
        joined = ocrshapes.word_rejoined(r.normalized, seg.text[r.end : r.end + 160])
        if joined is not None:  # ocr50: a path's word OCR parted with a space, read whole
            r = _url_read_as(r, joined[0]).model_copy(
                update={"end": r.end + joined[1], "text": seg.text[r.start : r.end + joined[1]]}
            )
            taken.setdefault(r.segment_id, []).append((r.start, r.end))
        url = ocrshapes.parent_read(r.normalized, seg.text[max(r.start - 12, 0) : r.start])
        url = url or ocrshapes.site_read(r.normalized) or r.normalized
        ok = ocrshapes.verdict(url)
        if ok is None:
            if not url.endswith(_CUT_AT):
                out.append(r)
            else:
                _hold(held, seg.page, r.normalized)
            continue
        after = seg.text[r.end : r.end + 160]
        printed = r.text if r.text.startswith(("http://", "https://")) else "https://" + r.text
        read = None
        if printed != url and " " not in printed and ocrshapes.verdict(printed) is False:
            # a cut address read as one the document prints elsewhere: its own rest comes first
            read = ocrshapes.completed(printed, after)
        if read is None and ok:
            read = ocrshapes.file_type(url, after) or (url, 0)
        elif read is None and (url != r.normalized or r.text.endswith(url[-3:])):
            read = ocrshapes.completed(url, after)
        # else read on beyond its text already (no piece after it is its rest): not reported
        if read is None:
            _hold(held, seg.page, r.normalized)
            continue
        new, more = read
        if new != r.normalized or more:
            r = _url_read_as(r, new).model_copy(
                update={"end": r.end + more, "text": seg.text[r.start : r.end + more]}
            )
            taken.setdefault(r.segment_id, []).append((r.start, r.end))
        out.append(r)
    if taken:
        out = [
            r
            for r in out
            if not (
                r.type == "url"
                and not r.ocr_repaired
                and any(a <= r.start and r.end <= b for a, b in taken.get(r.segment_id, ()))
            )
        ]
    return out


def _readable(
    doc: SegmentedDocument, refs: list[Reference], ocr_pages: set[int], held: HeldUrls
) -> list[Reference]:
    """ocrurl40: a web address on a page an OCR engine read that holds what no printed address
    does (`ocr.unreadable_url`: a broken escape, a '!', an unpaired bracket, a ':' in its host)
    is not reported: OCR damaged it where nothing can check it, and it would be an address no
    one printed. Its text stays in the segment."""
    if not ocr_pages:
        return refs
    pages = {s.id: s.page for s in doc.segments}
    out = []
    for r in refs:
        page = pages.get(r.segment_id)
        if (
            r.type == "url"
            and page is not None
            and page in ocr_pages
            and ocr.unreadable_url(r.normalized)
        ):
            _hold(held, page, r.normalized)
        else:
            out.append(r)
    return out


def _ocr_read_pages(doc: SegmentedDocument) -> set[int]:
    """The pages an OCR engine read: stukken's (`ocr_pages`) and those whose text is the PDF's own
    OCR layer (`ocr_layer_pages`, a scanner's or publisher's): OCR's confusions are in both."""
    return set(doc.metadata.ocr_pages) | set(doc.metadata.ocr_layer_pages)


def _with_ocr_urls_read(
    doc: SegmentedDocument, refs: list[Reference], ocr_pages: set[int]
) -> list[Reference]:
    """ocrurl45: URLs on a page an OCR engine read whose host or path word OCR misread, read as
    printed where that is certain (`ocrurls.read`: a known host, or a host the document prints
    elsewhere, one glyph away), marked repaired."""
    found = [r for r in refs if r.type == "url"]
    if not ocr_pages or not found:
        return refs
    pages = {s.id: s.page for s in doc.segments}
    printed = ocrurls.printed_hosts(r.normalized for r in found)
    layer = ocrurls.printed_hosts(
        r.normalized for r in found if pages.get(r.segment_id) not in ocr_pages
    )
    out = []
    for r in refs:
        if r.type == "url" and pages.get(r.segment_id) in ocr_pages:
            fixed = ocrurls.read(r.normalized, printed, layer)
            if fixed != r.normalized:
                r = _url_read_as(r, fixed)
        out.append(r)
    return out


def _with_sections_read(
    doc: SegmentedDocument, refs: list[Reference], ocr_pages: set[int]
) -> list[Reference]:
    """URLs of a known site on a page an OCR engine read whose path's head OCR damaged, read as
    the site's section it is nearest to (`sitepaths`), marked repaired."""
    if not ocr_pages:
        return refs
    pages = {s.id: s.page for s in doc.segments}
    out = []
    for r in refs:
        if r.type == "url" and pages.get(r.segment_id) in ocr_pages:
            fixed = sitepaths.repaired(r.normalized)
            if fixed != r.normalized:
                r = _url_read_as(r, fixed)
        out.append(r)
    return out


def _with_paths_joined(
    doc: SegmentedDocument, refs: list[Reference], ocr_pages: set[int]
) -> list[Reference]:
    """URLs that OCR cut inside a path's word with a space, read as the whole address the
    document prints elsewhere; marked repaired on a page an OCR engine read."""
    found = [r for r in refs if r.type == "url"]
    if len(found) < 2:
        return refs
    texts = {s.id: s for s in doc.segments}
    cut = urls.cut_paths(
        [(r.normalized, texts[r.segment_id].text[r.end : r.end + 40]) for r in found]
    )
    if not cut:
        return refs
    return [
        _url_read_as(
            r,
            cut[r.normalized],
            True if texts[r.segment_id].page in ocr_pages else r.ocr_repaired,
        )
        if r.type == "url" and r.normalized in cut
        else r
        for r in refs
    ]


def _url_read_as(ref: Reference, url: str, repaired: bool | None = True) -> Reference:
    """A URL's reference read as `url` (its normalized form and its address alike), marked
    repaired as given: every repair of an address OCR damaged ends here."""
    return ref.model_copy(update={"normalized": url, "url": url, "ocr_repaired": repaired})


def _reference(seg: Segment, hit: Hit, repaired: bool = False) -> Reference:
    """The reference a hit in a segment's text is (built as the validator builds it, `_built`)."""
    fields: dict[str, object] = {
        "type": hit.type,
        "text": seg.text[hit.start : hit.end],
        "normalized": hit.normalized,
        "segment_id": seg.id,
        "start": hit.start,
        "end": hit.end,
        "url": hit.url,
        "ocr_repaired": True if repaired else None,
    }
    if _BY_HAND and hit.type in _REFERENCE_TYPES and hit.start >= 0 and hit.end >= 0:
        return cast(Reference, _built(Reference, fields))
    return Reference.model_validate(fields)


# An entity or a reference is built as pydantic's `model_construct` builds one, not through its
# validator (some 4 % of a pass: a validation per field of every entity found; throughput40):
# every field is given, each of the model's type (the rules' str and int, checked by mypy and, in
# the compiled build, at run time), the type one of the model's literals and the offsets not
# negative (else the validator is asked, and says what is wrong). The object is the one the
# validator returns: its __dict__ in the model's field order, every field given as set, no extra
# (the models allow extra fields: an empty dict), no private
# (tests/unit/enrich/test_throughput40.py).
_ENTITY_FIELDS: Final = ("type", "text", "canonical", "segment_id", "start", "end", "role")
_REFERENCE_FIELDS: Final = (
    "type",
    "text",
    "normalized",
    "segment_id",
    "start",
    "end",
    "url",
    "ocr_repaired",
)
_BY_HAND: Final = (
    tuple(Entity.model_fields) == _ENTITY_FIELDS
    and tuple(Reference.model_fields) == _REFERENCE_FIELDS
)
_ENTITY_TYPES: Final = frozenset(get_args(EntityType))
_REFERENCE_TYPES: Final = frozenset(get_args(ReferenceType))
_NEW: Final = object.__new__
_SET: Final = object.__setattr__


def _built(model: type, fields: dict[str, object]) -> object:
    made: object = _NEW(model)
    _SET(made, "__dict__", fields)
    _SET(made, "__pydantic_fields_set__", set(fields))
    _SET(made, "__pydantic_extra__", {})
    _SET(made, "__pydantic_private__", None)
    return made


def _labels_in_furniture(doc: SegmentedDocument, disclosed: Disclosed) -> list[Reference]:
    """A redaction's label that the segmenter took for page furniture (it stands where a blacked
    box is, often at the same place on every page): a Woo ground is never furniture. Nothing else
    is read there (running headers repeat the document's own citation)."""
    return [
        _reference(seg, hit)
        for seg in doc.segments
        if seg.kind in _SKIPPED_KINDS and any(q in seg.text for q in ("5.", "10.", "11."))
        for hit in woo_grounds.find(seg.text, disclosed)
    ]


def _kenmerken_in_furniture(
    doc: SegmentedDocument,
    refs: list[Reference],
    paired: list[tuple[int, str]],
    ocr_pages: set[int],
) -> list[Reference]:
    """woo49: the letter's own kenmerk under (or after) its label in the side column that the
    segmenter took for page furniture (it repeats on every page; the first page may be a scan
    without text, or the next pages print another value): once, where it first stands, when no
    read segment holds it."""
    if not paired:
        return []
    seen = {r.normalized for r in refs if r.type == "kenmerk"}
    found: list[Reference] = []
    for i, value in paired:
        seg = doc.segments[i]
        if value in seen or seg.kind not in _SKIPPED_KINDS:
            continue
        if seg.page in ocr_pages and any(_misread(value, other) for other in seen):
            continue  # OCR's reading of a kenmerk found ('2021-0000457395' of '...467396')
        seen.add(value)
        start = seg.text.index(value)
        found.append(_reference(seg, Hit("kenmerk", start, start + len(value), value)))
    return found


def _misread(value: str, other: str) -> bool:
    """Two kenmerken of one length that differ in two characters or fewer (OCR's 6/5, O/0)."""
    return len(value) == len(other) and sum(a != b for a, b in zip(value, other, strict=True)) <= 2


# A web address in page furniture: a letter's footer ('www.ltonoord.nl'), a decision's ('Een
# routebeschrijving vindt u op www.amsterdam.nl'), a browser's print footer ('https://...?msg=31357
# 1/9'), a letterhead the segmenter found on every page ('www.overijssel.nl'). urls48: 14 such
# addresses in 12 of 2,130 segmented documents of the evalsets were printed nowhere else.
_FURNITURE_LINK_CUES: Final = ("www.", "WWW.", "://")


def _urls_in_furniture(
    doc: SegmentedDocument,
    refs: list[Reference],
    known: tuple[str, ...],
    disclosed: Disclosed,
    ocr_pages: set[int],
) -> list[Reference]:
    """A web address the body does not hold that page furniture does: once, where it first
    stands (a footer repeats it on every page). Only an address with its scheme or 'www.': a
    running header's bare words stay unread, as does everything else there."""
    seen = {_same_site_key(r.normalized) for r in refs if r.type == "url"}
    found: list[Reference] = []
    for seg in doc.segments:
        if seg.kind not in _SKIPPED_KINDS or not any(c in seg.text for c in _FURNITURE_LINK_CUES):
            continue
        for hit, repaired in _hits(seg, known, disclosed, seg.page in ocr_pages):
            printed = seg.text[hit.start : hit.end].lower()
            if hit.type != "url" or ("www." not in printed and "://" not in printed):
                continue
            if (key := _same_site_key(hit.normalized)) not in seen:
                seen.add(key)
                found.append(_reference(seg, hit, repaired))
    return found


def _same_site_key(url: str) -> str:
    """An address as the body's and the footer's are compared: a trailing '/' and case aside
    ('https://www.x.nl/' in a note, 'WWW.X.NL' in the footer)."""
    return url.rstrip("/").lower()


def _with_hosts_repaired(refs: list[Reference]) -> list[Reference]:
    """URLs whose host OCR damaged, repaired to the spelling a known list or the document gives."""
    fixed = hosts.repaired([r.normalized for r in refs if r.type == "url"])
    if not fixed:
        return refs
    return [
        _url_read_as(r, fixed[r.normalized]) if r.type == "url" and r.normalized in fixed else r
        for r in refs
    ]


def entities_in_text(text: str) -> list[gazetteer.Match]:
    """Persons first (their names come from fixed phrasings), then the rest where it does not
    overlap. A finder with a bit in words.py's table is asked only where its gate's words stand
    (cue43: it would find nothing else)."""
    asked = words.read(text).asked
    people = persons.find(text) if asked & words.ASK_PERSONS else []
    for match in [
        *(titled.find(text) if asked & words.ASK_TITLED else ()),
        *roles.find(text),
        *signatures.find(text),
        *kamergroups.find(text),
        *authors.find(text),
        *writers.find(text),
        *committees.chairs(text),
        *meetingheads.find(text),
        *(labelends.field_persons(text) if asked & words.ASK_FIELD_PERSONS else ()),
        *speakers.find(text),
        *bracketgiven.find(text),
        *attendees.capitals(text),  # a name in capitals: 'PIET HEIN DONNER' (persons70)
    ]:
        if not any(match.start < p.end and p.start < match.end for p in people):
            people.append(match)
    people = labelends.without_body_kinds(text, people)
    # a given name before initials is the name's (letters64): 'Ronald H.A. Plasterk'
    people = _with_listed_people(list(givenfirst.find(text)), people)
    # the listed people and the gazetteer in one pass over the text (issue #12)
    in_lists, listed = gazetteer.find_both(text, listed_people.automaton())
    # an outlet's letters with no sign of the press are no body, nor a list's first (orgsW47:
    # 'de auditoren VA, AD en PB' lists UWV's roles, not three bodies)
    in_lists = [
        m
        for m in in_lists
        if not (m.end - m.start == 2 and paperletters.unread(text, m.start, m.end))
    ]
    given = [m.start for m in listed if m.type == "given"]  # where attendees look
    people = _with_listed_people([m for m in listed if m.type not in ("given", "surname")], people)
    named_before, serving, not_people = appositions.find(text, people)
    people = [p for p in people if (p.start, p.end) not in not_people]
    people += _not_overlapping(named_before, people)
    people += _not_overlapping(attendees.place_surnames(text, given), people)
    found = list(people)
    for match in [
        *in_lists,
        *(dates.find(text) if asked & words.ASK_DATES else ()),
        *money.find(text),
    ]:
        if not any(match.start < p.end and p.start < match.end for p in people):
            found.append(match)
    if asked & words.ASK_ORGNAMES or "-" in text or "(" in text:  # orgnames.find's gate
        found = _with_named_organisations(text, found)
    found = _with_wider_names(found, orgcontext.provincial_bodies(text, found))
    if asked & words.ASK_ORGCONTEXT or "van" in text:  # orgcontext.find's gate, vanforms.find's
        found = _with_wider_names(found, orgcontext.find(text))
    found = _with_wider_names(found, committees.find(text))
    found = _with_wider_names(found, companies.find(text))
    found = _with_wider_names(found, companies.members(text, found))
    found = _with_wider_names(found, companies.former(text))
    if asked & words.ASK_BODYCUES:
        found = _with_wider_names(found, bodycues.find(text))  # orgs78
    found = companies.seated(text, found)
    found = companies.widened(text, found)
    if asked & words.ASK_EXTRACTS:
        found = _with_wider_names(found, extracts.find(text))
    found = _with_wider_names(found, sources.find(text))
    if asked & words.ASK_GOVERNED:
        found = _with_wider_names(found, governed.find(text))
    found = _with_wider_names(found, kinds.find(text))
    found = _with_wider_names(found, localbodies.find(text))
    found = _with_wider_names(found, tenants.find(text))  # corpsreg46
    found += orglists.find(text, found)
    found += alongside.find(text, found)
    found += taxoffice.find(text, found)  # 'BD en DUO' (orgsWoo48)
    found += listruns.find(text, found)
    found += listruns.bracketed(text, found)
    found = tasklists.without_tasks(text, found)
    found = tasklists.spelled_whole(text, found)
    found = _with_wider_names(found, kindlists.find(text))
    found = _with_wider_names(found, serving)
    if asked & words.ASK_OUTLETS:
        found += outlets.find(text, found)
    found = outlets.without_words(text, found)
    found = orglists.without_unplaced_organs(text, found)
    if asked & words.ASK_ELIDED:
        found += _not_overlapping(kamer.elided(text), found)
    # Attendees and contacts by name shape, last, where nothing else stands; the bodies in their
    # brackets also over a place they hold ('(gem Zwolle)'), not as a place alone ('(Tilburg)').
    named = attendees.find(text, given)
    found += _not_overlapping([m for m in named if m.type == "person"], found)
    found += personruns.find(text, found)
    found += _not_overlapping(
        cabinet.alone(text, [m for m in listed if m.type == "surname"]), found
    )
    bodies = [m for m in named if m.type == "organization"]
    places = {(f.start, f.end) for f in found if f.type == "location"}
    found = _with_wider_names(found, [b for b in bodies if (b.start, b.end) not in places])
    found = [m for m in found if not (m.type == "person" and _NOMEN_NESCIO.match(m.canonical))]
    found = _spelled_out(found, {(b.start, b.end) for b in serving})
    found = _without_cut_heads(text, found)
    found = labelends.without_next_cells(text, found)
    found = spanends.checked(text, found)
    found = localbodies.checked(text, found)
    found = tenants.checked(text, found)
    found = organs.with_chamber(text, found)
    found += organs.bodies_inside(text, found)
    found = defined.find(text, found)  # '(hierna: Van Gelder)' after its body (orgsW46)
    if "(" in text:
        found = _without_long_form_parts(text, found)
    return sorted(found, key=lambda m: (m.start, m.end))


def _without_long_form_parts(text: str, found: list[gazetteer.Match]) -> list[gazetteer.Match]:
    """Drops a body found inside the long form a found body's abbreviation in brackets spells
    out: 'United Nations' of 'United Nations Relief Works Agency (UNRWA)' (O49) is UNRWA's name,
    not a mention of the United Nations."""
    spans = []
    for m in found:
        if m.type == "organization" and m.start > 0 and text[m.start - 1] == "(":
            at = false_friends.defined_long_form(text, m.start, m.end)
            if at != -1:
                spans.append((at, len(text[: m.start - 1].rstrip()), m.canonical))
    if not spans:
        return found
    # the long form itself, found by its own name, stays ('Fundashon Cas Bonairiano (FCB)')
    return [
        m
        for m in found
        if not (
            m.type == "organization"
            and any(
                a <= m.start and m.end <= b and (m.start, m.end) != (a, b) and m.canonical != c
                for a, b, c in spans
            )
        )
    ]


def _without_cut_heads(text: str, found: list[gazetteer.Match]) -> list[gazetteer.Match]:
    """Drops a body's name cut before a lower-case word of it where an abbreviation in brackets
    right after the whole name spells it out: 'Stichting Georganiseerd eerstelijnszorg
    Zoetermeer (SGZ)' names no 'Stichting Georganiseerd'; 'SGZ' carries the whole name."""
    abbreviated = [
        b for b in found if b.type == "organization" and text[max(0, b.start - 1) : b.start] == "("
    ]
    if not abbreviated:
        return found
    cut = set()
    for a in found:
        if a.type != "organization":
            continue
        for b in abbreviated:
            if not (0 < b.start - a.end <= 80 and b.canonical.startswith(a.canonical + " ")):
                continue
            if " ".join(text[a.start : b.start - 1].split()) == b.canonical:
                cut.add((a.start, a.end))
    return [f for f in found if (f.start, f.end) not in cut or f.type != "organization"]


_NOT_INITIALLED: Final = frozenset(
    {"van", "voor", "de", "het", "der", "den", "en", "op", "in", "te"}
)


def _initials_of(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _NOT_INITIALLED).lower()


def _spelled_out(
    found: list[gazetteer.Match], spans: set[tuple[int, int]]
) -> list[gazetteer.Match]:
    """A body an apposition named by a short form ('voorzitter Rob.') is the body found in the
    same text whose name's initials spell it ('Raad voor het Openbaar Bestuur'), where one does."""
    if not spans:
        return found
    out = []
    for m in found:
        if (m.start, m.end) in spans and len(m.canonical) <= 6 and " " not in m.canonical:
            spelled = {
                f.canonical
                for f in found
                if f.type == "organization"
                and f is not m
                and _initials_of(f.canonical) == m.canonical.lower()
            }
            if len(spelled) == 1:
                m = gazetteer.Match(m.type, m.start, m.end, spelled.pop(), m.role)
        out.append(m)
    return out


# 'T.a.v. N.N. Westkade': N.N. (nomen nescio) stands where a letter does not know the name; what
# follows it is the address, no person's surname.
# No name: 'N.N.', and a redaction's placeholder of x's ('Xxx Xxxxxx', 'Xxxxx xx Xxxxx').
_NOMEN_NESCIO: Final = re.compile(r"N\.[ \u00a0]?N\.|X+x*(?:[ \u00a0]+(?:X+x*|x+))*$")


def _with_listed_people(
    listed: list[gazetteer.Match], people: list[gazetteer.Match]
) -> list[gazetteer.Match]:
    """Kamerleden and bewindspersonen named in full; a full name around a surname the phrasing
    rules found takes its place, with the role they gave it."""
    for match in listed:
        inside = [p for p in people if match.start < p.end and p.start < match.end]
        if any(not (match.start <= p.start and p.end <= match.end) for p in inside):
            continue
        role = next((p.role for p in inside if p.role), None)
        people = [p for p in people if p not in inside]
        people.append(gazetteer.Match("person", match.start, match.end, match.canonical, role))
    return people


def _with_wider_names(
    found: list[gazetteer.Match], named: list[gazetteer.Match]
) -> list[gazetteer.Match]:
    """Names from their context ('gemeente Houten', 'Amnesty International Nederland') where
    they clash with nothing or only hold narrower organisations and places; a place named as a
    body ('de gemeenten Rotterdam en Den Haag') is that body."""
    for match in named:
        clashes = [f for f in found if match.start < f.end and f.start < match.end]
        if any(
            f.type not in ("organization", "location")
            or not (match.start <= f.start and f.end <= match.end)
            or ((f.start, f.end) == (match.start, match.end) and f.type != "location")
            for f in clashes
        ):
            continue
        found = [f for f in found if f not in clashes]
        found.append(match)
    return found


def _before_a_listed_name(
    text: str, match: gazetteer.Match, clashes: list[gazetteer.Match]
) -> tuple[gazetteer.Match, list[gazetteer.Match]]:
    """'Centrum Gezondheid en Maatschappij Corona Gedragsunit' (a signature's lines run on): a
    listed body that closes the name is a name of its own; the name is what stands before it, if
    that is still a name. So is a unit's name before 'van' and its listed body ('Landelijk Bureau
    Inlichtingen en Veiligheid van DJI')."""
    last = max(clashes, key=lambda f: f.end, default=None)
    if last is None or last.type != "organization" or last.end != match.end:
        return match, clashes
    if last.start <= match.start or any(f.start >= last.start for f in clashes if f is not last):
        return match, clashes
    if orgnames.names_its_subject(text, match.start, last.start):
        return match, clashes  # 'Adviescommissie Uitvoering Toeslagen': the body it works on
    for name in orgnames.find(text[match.start : last.start]):
        between = text[match.start + name.end : last.start].split()
        if name.start == 0 and between in ([], ["van"], ["van", "de"], ["van", "het"]):
            end = match.start + name.end
            cut = gazetteer.Match("organization", match.start, end, name.canonical)
            return cut, [f for f in clashes if match.start < f.end and f.start < end]
    return match, clashes


def _qualifier(text: str, inner: gazetteer.Match, name: gazetteer.Match) -> bool:
    """'het EU FIU Platform': listed abbreviations before the name's last word, an organisation
    word, qualify it; the name is the body meant."""
    if (
        inner.type == "organization"
        and inner.end == name.end
        and orgnames.names_its_subject(text, name.start, inner.start)
    ):
        return True  # 'de Stuurgroep Toekomst Belastingdienst': the body its task is on
    words = text[name.start : name.end].split()
    return (
        inner.type == "organization"
        and text[inner.start : inner.end].isupper()
        and inner.end < name.end
        and len(words) >= 3
        and words[-1] in orgnames.HEADS
        and all(w.isupper() for w in words[:-1])
    )


def _with_named_organisations(text: str, found: list[gazetteer.Match]) -> list[gazetteer.Match]:
    """Organisations recognised by the shape of their name where nothing else was found; a
    location inside such a name ('Erasmus Universiteit Rotterdam') is part of it."""
    for match in orgnames.find(text):
        clashes = [f for f in found if match.start < f.end and f.start < match.end]
        if any(
            f.type == "location" and (f.start, f.end) == (match.start, match.end) for f in clashes
        ):
            continue  # 'Russische Federatie': a listed place's whole name, not a body
        if text.startswith(_DROPPED_HYPHEN, match.end):
            continue  # 'Raad voor de Kinderbescher\x02ming': a word cut at a line's end
        match, clashes = _before_a_listed_name(text, match, clashes)
        if any(
            not (match.start <= f.start and f.end <= match.end)
            or not (f.type == "location" or _qualifier(text, f, match) or _its_law(text, f, match))
            for f in clashes
        ):
            continue
        found = [f for f in found if f not in clashes]
        found.append(match)
    return found


# A council or committee named after the law it advises on, the law's name a word of its own
# after the kind: 'de Adviesraad Wmo en WI', 'de Cliëntenraad Participatiewet' (round orgs69;
# the hyphened 'Wmo-adviesraad' is orgnames').
_COUNCIL: Final = re.compile(r"(?:[A-Z][a-zà-ÿ]*raad|[A-Z][a-zà-ÿ]*commissie)[ \t\u00a0]+")


def _its_law(text: str, f: gazetteer.Match, match: gazetteer.Match) -> bool:
    return f.type == "law" and _COUNCIL.fullmatch(text, match.start, f.start) is not None


def _in_a_portfolio(before: str) -> bool:
    """`_PORTFOLIO.search(before)`, tried only just before the last '(' (the pattern ends in an
    open parenthesis, and its office word stands at most 77 characters before it)."""
    paren = before.rfind("(")
    if paren == -1 or ")" in before[paren:]:
        return False
    return _PORTFOLIO.search(before, max(0, paren - _PORTFOLIO_REACH)) is not None


# A ministry's one-word short name as a subject: a municipal portfolio ('de portefeuille
# Financiën', 'Wethouder X: Omgevingsvisie, ..., Financiën en belastingen') or a numbered heading
# ('2.7 Financiën 15' in a table of contents).
_PORTFOLIO_WORD: Final = re.compile(
    r"(?:(?<![\w-])[Pp]ortefeuilles?(?![\w-])[^.;\n]{0,80}"
    r"|(?<![\w-])[Ww]ethouder(?![\w-])[^.\n]{0,60}:[^.\n]{0,240})$"
)
_NUMBERED_LINE: Final = re.compile(r"(?:^|\n)[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+$")


def _a_subject(text: str, before: str, m: gazetteer.Match) -> bool:
    if not m.canonical.startswith("Ministerie ") or " " in text[m.start : m.end].strip():
        return False
    if _NUMBERED_LINE.search(before) is not None:
        return True
    return _PORTFOLIO_WORD.search(before) is not None


def is_office(text: str, m: gazetteer.Match) -> bool:
    """The organisation names a minister's office or portfolio, not the organisation itself."""
    before = text[max(0, m.start - _LOOK_BACK) : m.start]
    if _in_a_portfolio(before) or _a_subject(text, before, m):
        return True
    if ("–" in before or " - " in before) and _DASH_PORTFOLIO.search(
        before, max(0, len(before) - _DASH_REACH)
    ):
        return True
    return m.canonical.startswith("Ministerie ") and (
        _OFFICE_OF.search(before) is not None
        or _OFFICES.search(before) is not None
        or _HOLDERS_PORTFOLIO.search(before, max(0, len(before) - _HOLDER_REACH)) is not None
    )


# What a name's span alone shows is no mention of the body (the pure checks of false_friends
# that need only the text and the span). Called by name, not through a tuple of functions: compiled,
# a call through the tuple is a Python call (its arguments boxed and parsed again), a call by name a
# C call (enspeed42).
def _span_false_friend(text: str, start: int, end: int) -> bool:
    return (
        false_friends.counted_series(text, start, end)
        or false_friends.names_a_website(text, start, end)
        or false_friends.names_a_file_title(text, start, end)
        or false_friends.mail_prefix(text, start, end)
        or false_friends.postcode_before_place(text, start, end)
        or false_friends.register_label(text, start, end)
        or false_friends.in_redaction_noise(text, start, end)
        or false_friends.beside_a_redaction(text, start, end)
        or false_friends.among_compass_points(text, start, end)
        or false_friends.names_a_directorate(text, start, end)
        or false_friends.names_a_site(text, start, end)
        or false_friends.plural_noun_subject(text, start, end)  # orgsLet48
        or paperletters.unread(text, start, end)  # orgsW47
        or releaseframe.labels_a_code(text, start, end)  # 'UN: BA9807' (wooprec48)
    )


def _mention(
    seg: Segment,
    m: gazetteer.Match,
    cited: list[tuple[int, int]],
    running: frozenset[str],
    kamer_said: frozenset[tuple[int, int]] = frozenset(),
) -> bool:
    if m.type != "organization":
        return True
    if seg.kind in _NO_ORGANISATIONS_IN:
        # The masthead is no mention, but the heading of the Tweede Kamer's own publication says
        # whose members ask ('Vragen gesteld door de leden der Kamer'): that is. A letterhead's
        # sentence names bodies as body text does, and is checked as body text is.
        if (m.start, m.end) in kamer_said or addressee.named(m):
            return True
        if not _in_a_sentence(seg.text, m):
            return False
    if any(s <= m.start and m.end <= e for s, e in cited):
        return False
    text, start, end = seg.text, m.start, m.end
    if _span_false_friend(text, start, end):
        return False
    if false_friends.defined_otherwise(text, start, end, m.canonical):
        return False
    if false_friends.names_a_papers_subject(text, start, end, m.canonical):
        return False
    if false_friends.in_a_committee_name(text, start, m.canonical):
        return False
    if false_friends.in_running_line(text, start, end, running):
        return False
    if m.end - m.start < _ONE_WORD and false_friends.names_a_unit_or_subject(
        seg.text, m.start, m.end
    ):
        return False
    return not is_office(seg.text, m)


_ONE_WORD: Final = 16  # longer than a one-word name such as 'Financiën' or 'Toeslagen'
# Lower-case words but the small ones names are made of ('Ministerie van Onderwijs, Cultuur en
# Wetenschap', 'De voorzitter van de Tweede Kamer').
_LOWER_WORD: Final = re.compile(
    r"(?<![\w-])(?!(?:van|de|der|den|het|en|voor|in|op|te|ter|ten)(?![\w-]))[a-zà-ÿ]{2,}(?![\w-])"
)
_SENTENCE_WORDS: Final = 3


def _in_a_sentence(text: str, m: gazetteer.Match) -> bool:
    """A letterhead's sentence, not its labels: 'Stuur uw bezwaarschrift naar DUO, Postbus ...'
    names a body as the body text does."""
    start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    stops = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i != -1]
    end = min(stops) if stops else len(text)
    return len(_LOWER_WORD.findall(text, start, end)) >= _SENTENCE_WORDS


# A letter no Dutch, English, German or French word is written with, printed for another by a
# publisher's broken encoding: openkamer.org's pages print 'ë' as 'ƫ' (U+01AB) throughout
# ('Mariƫtte Hamer', 'begroting financiƫn'). Read as the letter it stands for; one character for
# one, so every offset still points into the printed text, and the entity's text stays as
# printed while its canonical name is spelled right (meta36).
_MISPRINTED: Final = (("\u01ab", "\u00eb"),)


def _as_spelled(text: str) -> str:
    for printed, letter in _MISPRINTED:
        if printed in text:
            text = text.replace(printed, letter)
    return text


def _entities_as_printed(text: str) -> list[gazetteer.Match]:
    """Entities of a segment; in a letter-spaced footnote ('A lgemene Rekenkamer') read with the
    gaps closed and mapped back onto the printed text; a misprinted letter read as the one it
    stands for (`_as_spelled`, same offsets)."""
    text = _as_spelled(text)
    closed = spacing.close_gaps(text) or spacing.close_initials(text)
    if closed is None:
        return entities_in_text(text)
    joined, at = closed
    return [
        gazetteer.Match(m.type, at[m.start], at[m.end - 1] + 1, m.canonical, m.role)
        for m in entities_in_text(joined)
    ]


def _outside_release_frame(out: list[Entity], segments: list[Segment]) -> list[Entity]:
    """The entities less the persons a release's frame imitates: a calendar item's time zone
    ('Bern Rome'), a foundation's name ('Stichting W.H. Vliegenbos'), a street before its number
    and postcode ('Carel van Bylandtiaan 30 2596 HR') (entities/releaseframe.py).
    Before the links, so that no surname is linked from them."""
    texts = {s.id: s.text for s in segments}
    return [
        e
        for e in out
        if e.type != "person"
        or not releaseframe.frames_person(texts.get(e.segment_id, ""), e.start, e.end)
    ]


def _not_overlapping(
    extra: list[gazetteer.Match], found: list[gazetteer.Match]
) -> list[gazetteer.Match]:
    return [x for x in extra if not any(x.start < f.end and f.start < x.end for f in found)]


def find_entities(doc: SegmentedDocument, refs: list[Reference] | None = None) -> list[Entity]:
    if refs is None:
        refs = find_references(doc)
    cited: dict[str, list[tuple[int, int]]] = {}
    for ref in refs:
        cited.setdefault(ref.segment_id, []).append((ref.start, ref.end))
    out: list[Entity] = []
    segments = _read(doc)
    running = false_friends.running_lines(segments)
    # the gazetteer's and the listed people's automaton over every segment in a row, first
    gazetteer.read_all([seg.text for seg in segments], listed_people.automaton())
    by_the_kamer = kamer.published_by_tweede_kamer(doc.segments)
    national_audit = kamer.national_court_of_audit(doc.segments)
    for seg in segments:
        spans = cited.get(seg.id, [])
        found = addressee.mark(seg, _entities_as_printed(seg.text))
        if seg.kind == "table":
            found += _not_overlapping(list(columns.find(seg)), found)
            found = columns.signed(seg, found)
        said: frozenset[tuple[int, int]] = frozenset()
        if by_the_kamer:
            kamers = _not_overlapping(kamer.find(seg.text), found)
            found += kamers
            said = frozenset((k.start, k.end) for k in kamers)
        if national_audit:
            found += _not_overlapping(kamer.court_of_audit(seg.text), found)
        out += [_entity(seg, m) for m in found if _mention(seg, m, spans, running, said)]
    out = _with_signers(signers.find(segments), out)
    out += _where_nothing_was(_under_list_heads(segments), out)
    out += _where_nothing_was(attendees.contacts_below(segments), out)
    out += _where_nothing_was(orglists.announced(segments), out)
    out = _outside_release_frame(out, segments)
    in_segments = {(e.segment_id, e.start, e.end) for e in out if e.type == "organization"}
    out = repeated.link(out, segments)
    out = shortnames.link(abbreviations.link(linking.link(out, segments), segments), segments)
    # bare50: a body named once in a frame ('het rapport van X'), where the links found nothing
    # (an abbreviation the document defines keeps its long form); no link's body: its segment's
    # lists are not read again for it
    bare = _where_nothing_was(bareframes.find(segments, out), out)
    out += bare
    in_segments |= {(e.segment_id, e.start, e.end) for e in bare}
    out += _where_nothing_was(_lists_read_again(segments, out, in_segments), out)
    # an inventory's correspondents last: what the links read ('POV' defined in another row)
    # keeps its canonical name
    return out + _where_nothing_was(correspondents.find(segments), out)


# A members' list the segmenter cut from its head: 'Tegenwoordig zijn 74 leden, te weten:' ends
# one paragraph, 'Backer, Barth, Beckers, ...' is the next (an Eerste Kamer verslag as a scan,
# persons74, after its blind scoring), as 'Ik deel ... mee dat het volgende lid zich heeft
# afgemeld:' / 'Van Dijk, wegens bezigheden elders.'. The list is read with its head's sentence
# before it, as it is printed on one page, and the persons inside the list are its entities.
_LIST_HEAD_END: Final = re.compile(
    r"(?:te[ \t]+weten|[Aa]anwezig(?:[ \t]+zijn)?|[Aa]fwezig|[Aa]fgemeld|[Tt]egenwoordig"
    r"(?:[ \t]+zijn)?|[Ll]eden)[^.:;\n]{0,40}:$"
)
_HEAD_REACH: Final = 240  # the head's sentence before its colon


def _under_list_heads(segments: list[Segment]) -> list[tuple[Segment, gazetteer.Match]]:
    out: list[tuple[Segment, gazetteer.Match]] = []
    for prev, seg in itertools.pairwise(segments):
        tail = prev.text.rstrip()
        if not tail.endswith(":") or (prev.page != seg.page and prev.page + 1 != seg.page):
            continue
        tail = tail[-_HEAD_REACH:]
        if _LIST_HEAD_END.search(tail) is None:
            continue
        cut = max(tail.rfind(". "), tail.rfind("\n"))
        head = tail[cut + 1 :].strip() if cut != -1 else tail.strip()
        text = f"{head}\n{seg.text}"
        shift = len(head) + 1
        for m in _entities_as_printed(text):
            if m.type == "person" and m.start >= shift:
                moved = gazetteer.Match(m.type, m.start - shift, m.end - shift, m.canonical, m.role)
                out.append((seg, moved))
    return out


def _lists_read_again(
    segments: list[Segment], out: list[Entity], in_segments: set[tuple[str, int, int]]
) -> list[tuple[Segment, gazetteer.Match]]:
    """The lists of a segment read again with the bodies the whole document named there (orgs79).

    The list rules (orglists.py, alongside.py, listruns.py) take an unknown member beside a body
    found in the same segment; a body that only the document-level links find there (an
    abbreviation defined in another paragraph, a name a context rule found elsewhere) was not
    known to them: 'Subsidietoekenning SKIP, KLOKK en SHN' after '... Kerkelijk Misbruik (KLOKK)'
    in an earlier question. Only segments where a link added a body are read again, and only
    members in capital letters are taken."""
    linked = {
        e.segment_id
        for e in out
        if e.type == "organization" and (e.segment_id, e.start, e.end) not in in_segments
    }
    if not linked:
        return []
    # each linked segment's entities, in their order, from one walk over them all (not one walk
    # per linked segment; throughput40)
    known_in: dict[str, list[gazetteer.Match]] = {}
    for e in out:
        if e.segment_id in linked:
            known_in.setdefault(e.segment_id, []).append(
                gazetteer.Match(e.type, e.start, e.end, e.canonical)
            )
    below: list[tuple[Segment, gazetteer.Match]] = []
    for seg in segments:
        if seg.id not in linked or seg.kind in _NO_ORGANISATIONS_IN:
            continue
        known = list(known_in.get(seg.id, []))
        more = orglists.find(seg.text, known)
        more += alongside.find(seg.text, known + more)
        more += listruns.find(seg.text, known + more)
        # only abbreviations of letters: a word or a unit's letters with '&' in such a list is
        # as often a department's ('de rve's R&D, G&O, V&OR, Economie en M&A')
        below += [
            (seg, m) for m in more if m.type == "organization" and _LETTERS.fullmatch(m.canonical)
        ]
    return below


_LETTERS: Final = re.compile(r"[A-Z]{2,7}")


def _where_nothing_was(
    below: list[tuple[Segment, gazetteer.Match]], found: list[Entity]
) -> list[Entity]:
    """Names read across segments (the signer under a letter's closing words, the contact under
    a letterhead's label), where nothing else was found in their segment."""
    return [
        _entity(seg, m)
        for seg, m in below
        if not any(e.segment_id == seg.id and m.start < e.end and e.start < m.end for e in found)
    ]


def _with_signers(
    below: list[tuple[Segment, gazetteer.Match]], found: list[Entity]
) -> list[Entity]:
    """Signers where nothing else was found (`_where_nothing_was`), or where only a place was
    found inside the surname after its particle: 'Van Tilburg' signing under 'De griffier van de
    commissie,' is no mention of Tilburg."""
    for seg, m in below:
        clashes = [
            e for e in found if e.segment_id == seg.id and m.start < e.end and e.start < m.end
        ]
        if any(e.type != "location" or not (m.start < e.start and e.end <= m.end) for e in clashes):
            continue
        found = [e for e in found if e not in clashes] + [_entity(seg, m)]
    return found


def _entity(seg: Segment, m: gazetteer.Match) -> Entity:
    """The entity a match in a segment's text is (built as the validator builds it, `_built`)."""
    fields: dict[str, object] = {
        "type": m.type,
        "text": seg.text[m.start : m.end],
        "canonical": m.canonical,
        "segment_id": seg.id,
        "start": m.start,
        "end": m.end,
        "role": m.role,
    }
    if _BY_HAND and m.type in _ENTITY_TYPES and m.start >= 0 and m.end >= 0:
        return cast(Entity, _built(Entity, fields))
    return Entity.model_validate(fields)


def enrich(doc: SegmentedDocument) -> tuple[list[Reference], list[Entity]]:
    refs, entities, _, _ = _enriched(doc)
    return refs, entities


def _enriched(
    doc: SegmentedDocument,
) -> tuple[list[Reference], list[Entity], dict[int, int], HeldUrls]:
    """References, entities, and per page the names held back as OCR noise and the OCR'd
    addresses not reported."""
    # What words.py and the letter-spacing keep of a text serves one document's references and
    # entities; each document's texts are read afresh (and a benchmark's next pass does the work).
    words.forget()
    spacing.close_gaps.cache_clear()
    # every segment's text with a blank is read for its letter-spacing first: all in a row
    words.read_all([s.text for s in doc.segments if s.kind not in _SKIPPED_KINDS and " " in s.text])
    held_urls: HeldUrls = {}
    refs = find_references(doc, held_urls)
    entities, held = _outside_ocr_noise(doc, find_entities(doc, refs))
    return refs, entities, held, held_urls


# The entity types a name finder mints from a word or two, which OCR noise can imitate (a
# place must be the gazetteer's whole word: noise never made one in bench/enrich/ocrjunk45.md).
_NAMED: Final = frozenset({"person", "organization"})


def _outside_ocr_noise(
    doc: SegmentedDocument, entities: list[Entity]
) -> tuple[list[Entity], dict[int, int]]:
    """The entities less the names read in OCR noise on a page an OCR engine read
    (entities/ocrnoise.py), and how many were held back on each page."""
    ocr_pages = _ocr_read_pages(doc)
    if not ocr_pages:
        return entities, {}
    read = {s.id: s.text for s in doc.segments if s.page in ocr_pages}
    pages = {s.id: s.page for s in doc.segments}
    noise = [e.segment_id in read and _in_noise(read[e.segment_id], e) for e in entities]
    noise = _boxes_held(doc, entities, noise, read)
    if any(noise):
        noise = _long_forms_kept(doc, entities, noise)
    # a person's name the document also gives outside noise is no invention ('Stoker' beside
    # 'Jerry Stoker' on a phone's screen)
    clean = [e for e, n in zip(entities, noise, strict=True) if not n]
    surnames = {_surname(e) for e in clean if e.type == "person"}
    kept: list[Entity] = []
    held: dict[int, int] = {}
    for e, n in zip(entities, noise, strict=True):
        if n and not (e.type == "person" and _surname(e) in surnames):
            page = pages[e.segment_id]
            held[page] = held.get(page, 0) + 1
        else:
            kept.append(e)
    return kept, held


def _boxes_held(
    doc: SegmentedDocument, entities: list[Entity], noise: list[bool], read: dict[str, str]
) -> list[bool]:
    """A short name given once in a document whose names were blacked out
    (`ocrnoise.redacted`), on a page an OCR engine read, is what Tesseract read in a redaction
    box ('Bierworst van EY zonder', 'met mevrouw Ti (HHNK)') (ocrnoise48)."""
    boxed = [
        not n
        and e.type in _LABELLED_OR_PERSON
        and e.segment_id in read
        and ocrnoise.box_name(e.text, e.type == "person")
        for e, n in zip(entities, noise, strict=True)
    ]
    if not any(boxed):
        return noise
    written = "\n".join(s.text for s in doc.segments)
    if not ocrnoise.redacted(written):
        return noise
    counts: dict[str, int] = {}
    for e, b in zip(entities, boxed, strict=True):
        if b and e.text not in counts:
            counts[e.text] = len(re.findall(rf"(?<!\w){re.escape(e.text)}(?!\w)", written))
    return [
        n or (b and counts[e.text] == 1) for e, n, b in zip(entities, noise, boxed, strict=True)
    ]


def _long_forms_kept(
    doc: SegmentedDocument, entities: list[Entity], noise: list[bool]
) -> list[bool]:
    """A short name held as noise (by either gate) is kept where the document writes it out
    ('VU' in a logo, 'Vrije Universiteit Amsterdam' in the signature above; 'PF' in a map's
    text, 'Provincie Fryslân' elsewhere): noise spells an acronym, never its long form as well
    (ocrnoise47)."""
    written = "\n".join(s.text for s in doc.segments).lower()
    return [
        n
        and not (
            e.type != "person"
            and len(e.text) <= ocrnoise.SHORT
            and e.canonical != e.text
            and e.canonical.lower() in written
        )
        for e, n in zip(entities, noise, strict=True)
    ]


def _in_noise(text: str, e: Entity) -> bool:
    """A name read in OCR noise (ocrjunk45), or a short name or short form noise spells
    ('AD', 'Sv', 'Sia Sta') among no words or beside noise (ocrnoise47)."""
    if e.type in _NAMED and ocrnoise.held_back(text, e.start, e.end, e.type == "person"):
        return True
    if e.type in _LABELLED and ocrnoise.code_label(text, e.start, e.end):
        return True  # 'UN: 5Y6746': OCR's 'LJN' (ocrnoise48)
    return e.type in _SHORT_NAMED and ocrnoise.short_held(text, e.start, e.end, e.type)


# The types whose short names noise spells: a body's or party's acronym, a law's short form.
_SHORT_NAMED: Final = frozenset({"person", "organization", "party", "law"})
# The types whose acronym OCR's misread label of a ruling ('LJN' read 'UN') imitates.
_LABELLED: Final = frozenset({"organization", "party"})
# The types a redaction box's reading imitates: a body's or party's acronym, a short name (a
# law's short form must be the law table's own: no box read one in set O48).
_LABELLED_OR_PERSON: Final = frozenset({"organization", "party", "person"})


def _surname(person: Entity) -> str:
    words = person.canonical.split()
    return words[-1] if words else ""


def _noted(
    doc: SegmentedDocument,
    held: dict[int, int],
    references: list[Reference],
    held_urls: HeldUrls,
) -> Metadata:
    """The document's metadata, with a warning for each page where names were held back, for
    each OCR-read page whose addresses look misread (ocrurl45: reported as read, unchecked), and
    for each OCR-read page whose addresses were not reported (cut or damaged where nothing can
    check them: ocrurl40, ocrurls49)."""
    doubtful = _doubtful_urls(doc, references)
    if not held and not doubtful and not held_urls:
        return doc.metadata
    metadata = doc.metadata.model_copy(deep=True)
    quality = metadata.quality or Quality()
    quality.warnings = [
        *quality.warnings,
        *(
            f"page {page}: {n} name(s) read among OCR noise (a drawing, photo or screen?) "
            "not reported as entities; the text is kept"
            for page, n in sorted(held.items())
        ),
        *(
            f"page {page}: web address(es) read by OCR may hold misread characters, reported "
            f"as read: {', '.join(urls)}"
            for page, urls in sorted(doubtful.items())
        ),
        *(
            f"page {page}: web address(es) read by OCR look cut or damaged and nothing can "
            f"check them, not reported as references; the text is kept: {', '.join(urls)}"
            for page, urls in sorted(held_urls.items())
        ),
    ]
    metadata.quality = quality
    return metadata


def _doubtful_urls(doc: SegmentedDocument, references: list[Reference]) -> dict[int, list[str]]:
    """Per OCR-read page, the addresses not repaired that look misread (`ocrurls.suspect`)."""
    ocr_pages = _ocr_read_pages(doc)
    found = [r for r in references if r.type == "url" and not r.ocr_repaired]
    if not ocr_pages or not found:
        return {}
    pages = {s.id: s.page for s in doc.segments}
    out: dict[int, list[str]] = {}
    for r in found:
        page = pages.get(r.segment_id)
        if (
            page in ocr_pages
            and ocrurls.suspect(r.normalized)
            and r.normalized not in out.get(page, [])
        ):
            out.setdefault(page, []).append(r.normalized)
    return out


def enriched_document(event: DocSegmented, doc: SegmentedDocument) -> EnrichedDocument:
    """The stage's logic, callable without a broker: segments in, references and entities out."""
    references, entities, held, held_urls = _enriched(doc)
    return EnrichedDocument(
        doc_id=event.doc_id,
        version=event.version,
        op=event.op,
        source=event.source,
        metadata=_noted(doc, held, references, held_urls),
        segments=doc.segments,
        references=references,
        entities=entities,
    )
