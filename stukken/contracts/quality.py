"""How completely a document was read: `metadata.quality` (DESIGN.md, "The enriched document").

Every character of the text layer, and every OCR'd word, ends up in exactly one segment; these
counts say where, so silent loss shows on a dashboard instead of in a missed search.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DegradedPage(_Model):
    page: int = Field(ge=1)
    reason: str = Field(
        description="why the page got only a plain reading, e.g. the error class; or why its "
        "text layer was not trusted: garbage_text_layer (read by OCR instead), "
        "garbage_text_layer_kept (OCR read it no better); or ocr_low_dpi_retry (OCR timed out "
        "and the page was read again at a low resolution)"
    )


class PageCounts(_Model):
    text: int = Field(default=0, ge=0, description="pages read from the text layer")
    ocr: int = Field(default=0, ge=0, description="pages read by OCR")
    blank: int = Field(default=0, ge=0, description="pages with no letters, even after OCR")
    degraded: list[DegradedPage] = Field(default_factory=list)


class Quality(_Model):
    chars: dict[str, int] = Field(
        default_factory=dict,
        description="non-space characters by where they went: body, furniture, letterhead",
    )
    chars_by_kind: dict[str, int] = Field(
        default_factory=dict, description="non-space characters by segment kind"
    )
    chars_by_role: dict[str, int] = Field(
        default_factory=dict,
        description="non-space characters of furniture and letterhead by role "
        "(header, footer, page_number, side_column, masthead, address)",
    )
    pages: PageCounts = Field(default_factory=PageCounts)
    unmapped_glyphs: int = Field(
        default=0,
        ge=0,
        description="glyphs the font maps to no character (shown as U+FFFD in the text), "
        "such as a subset font's ligatures",
    )
    warnings: list[str] = Field(default_factory=list)

    @property
    def body_share(self) -> float:
        total = sum(self.chars.values())
        return self.chars.get("body", 0) / total if total else 1.0
