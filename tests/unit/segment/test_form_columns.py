"""What stands beside the body is furniture only with evidence, and repeating is evidence only
for a side column's few particulars: a form printed once per item repeats its field labels on
every page, and those labels are the form's text. A balance sheet's amounts stand on the rows of
its labels or of the amounts before them: they are cells, not a side column."""

from __future__ import annotations

from services.segment.segmenter import segment_pdf
from tests.fixtures.forms import (
    BALANCE,
    LABELS,
    PARTNER_FIELDS,
    activity_form,
    balance_sheet,
    partner_form,
)

NOT_BODY = ("furniture", "letterhead")


def _body(doc: object) -> str:
    return " ".join(s.text for s in doc.segments if s.kind not in NOT_BODY)  # type: ignore[attr-defined]


def test_a_forms_label_column_repeated_on_every_page_is_body() -> None:
    doc = segment_pdf(activity_form(), ocr=False)
    assert not any(s.role == "side_column" for s in doc.segments)
    texts = [" ".join(s.text.split()) for s in doc.segments if s.kind not in NOT_BODY]
    for label in LABELS:
        assert texts.count(" ".join(label)) == 5  # once per activity's page
    assert doc.metadata.quality and any(
        "beside the body holds a quarter" in w for w in doc.metadata.quality.warnings
    )


def test_a_balance_sheets_amounts_are_cells_of_its_rows() -> None:
    doc = segment_pdf(balance_sheet(), ocr=False)
    assert not any(s.role == "side_column" for s in doc.segments)
    body = _body(doc)
    for row in BALANCE:
        for amount in row[1:]:
            assert amount in body
    assert body.count("31 dec 2021") == 2


def test_a_forms_fields_at_the_page_edge_are_no_running_header() -> None:
    """Each page opens with a partner's block of fields: at the top edge, repeated on every page,
    but the same labels stand in the middle of the pages too, so they are the form's."""
    doc = segment_pdf(partner_form(), ocr=False)
    furniture = [s for s in doc.segments if s.kind == "furniture"]
    assert all(s.role == "page_number" for s in furniture)
    body = _body(doc)
    for n in range(1, 17):
        assert f"Partner {n}" in body
    for field in PARTNER_FIELDS:
        assert body.count(field) >= 16
