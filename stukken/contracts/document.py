"""The enriched document (DESIGN.md, v1) and its parts.

These models are the contract downstream systems depend on; change them only together with
DESIGN.md and a new `schema_version` when a change is not backwards compatible.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from stukken.contracts.quality import Quality

SCHEMA_VERSION: Literal[1] = 1

Op = Literal["upsert", "delete"]
# The taxonomy of document families; how each is recognised: services/segment/families/doctype.py.
DocType = Literal[
    "kamerbrief",
    "brief",  # a letter to anyone but the Kamer (a ministry, a company, a municipality)
    "kamervragen",
    "motie",
    "amendement",
    "besluitenlijst",
    "verslag",
    "notulen",
    "agenda",
    "nota",
    "rapport",
    "bnc_fiche",
    "email",
    "woo_besluit",
    "woo_inventaris",
    "other",
]
SegmentKind = Literal[
    "title",
    "heading",
    "paragraph",
    "question",
    "answer",
    "list_item",
    "table",
    "footnote",
    "signature",
    "email_header",
    "letterhead",
    "furniture",
]
ReferenceType = Literal[
    "kamerstuk",
    "aanhangsel",
    "handelingen",
    "zaak",
    "document",
    "stb",
    "stcrt",
    "trb",
    "ecli",
    "bwb",
    "celex",
    "eu_act",
    "law_article",
    "kenmerk",
    "woo_ground",
    "url",
]
EntityType = Literal["organization", "person", "party", "location", "date", "money", "law"]
BBox = tuple[float, float, float, float]


class Model(BaseModel):
    # Unknown fields are kept and passed on: a stage of an older release reads a newer payload
    # (additive change, README "Contract evolution") without refusing or dropping what it added.
    model_config = ConfigDict(extra="allow")


class Source(Model):
    bucket: str
    key: str
    size: int = Field(ge=0)
    sha256: str
    content_type: str = "application/pdf"
    etag: str | None = Field(default=None, description="the S3 server's ETag of this version")
    uploaded_at: datetime | None = Field(
        default=None,
        description="when the S3 server saw this version; orders versions (a sha256 cannot)",
    )


class Metadata(Model):
    doc_type: DocType = "other"
    title: str | None = None
    date: str | None = Field(default=None, description="ISO date of the document")
    page_count: int = 0
    quality: Quality | None = Field(
        default=None, description="where every character went (segmenter output)"
    )
    language: str = "nl"
    ons_kenmerk: str | None = None
    uw_kenmerk: str | None = None
    subject: str | None = None
    sender: str | None = None
    addressee: str | None = None
    ocr_pages: list[int] = Field(default_factory=list)
    ocr_layer_pages: list[int] = Field(
        default_factory=list,
        description="pages whose text is an OCR layer the PDF carries (an invisible text layer "
        "over the page's image, a scanner's or publisher's OCR), taken as it is: read by an OCR "
        "engine, though not by stukken's (those are `ocr_pages`)",
    )
    evidence: dict[str, str] = Field(
        default_factory=dict,
        description="per metadata field (doc_type, title, date, language, sender, addressee): "
        "what it was read from, e.g. 'doc_type': 'email header labels (From/To/Sent/Subject)'",
    )


class Redaction(Model):
    """A redaction ground printed beside a blacked-out area ("5.1.2e"), kept in the text."""

    ground: str = Field(description="the ground as printed, e.g. '5.1.2e', '10.2.e'")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class TableCell(Model):
    text: str
    row: int
    col: int


class Segment(Model):
    id: str
    kind: SegmentKind
    page: int = Field(ge=1, description="1-based page where the segment starts")
    bbox: BBox | None = None
    text: str
    number: str | None = None
    answer_to: list[str] | None = Field(
        default=None, description="ids of the question segment(s) an answer belongs to"
    )
    footnote_refs: list[str] = Field(default_factory=list)
    rows: list[list[str]] | None = Field(default=None, description="table cells, row by row")
    role: str | None = Field(
        default=None,
        description="letterhead/furniture sub-kind; 'side_field' for a side column's field "
        "that names things, kept as body",
    )
    level: int | None = Field(
        default=None, ge=1, description="a heading's depth: 1 for a chapter, 2 for '3.2', ..."
    )
    fields: dict[str, str] | None = Field(
        default=None,
        description="an email_header's fields as printed: from, to, cc, bcc, sent, subject "
        "(redacted parts keep their ground, see redactions); a side_field's label and value",
    )
    redactions: list[Redaction] = Field(
        default_factory=list, description="redaction grounds in this segment's text"
    )


class Reference(Model):
    type: ReferenceType
    text: str
    normalized: str
    segment_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    url: str | None = None
    ocr_repaired: bool | None = Field(
        default=None, description="true when read from OCR'd text after repairing a known confusion"
    )


class Entity(Model):
    type: EntityType
    text: str
    canonical: str
    segment_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    role: str | None = Field(default=None, description="e.g. 'vragensteller', 'minister'")


class SegmentedDocument(Model):
    """What the segmenter produces: the document without references and entities."""

    metadata: Metadata = Field(default_factory=Metadata)
    segments: list[Segment] = Field(default_factory=list)


class EnrichedDocument(Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    doc_id: str
    version: str
    op: Op = "upsert"
    source: Source
    metadata: Metadata = Field(default_factory=Metadata)
    segments: list[Segment] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    logic_version: str | None = Field(
        default=None, description="the stage logic that produced it, e.g. 'segment:2+enrich:1'"
    )
