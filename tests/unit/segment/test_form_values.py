"""A web form printed to PDF sets each field's label in bold and the value filled in right under
it in the text's own type: the value ('Witharen', 'Ja') heads nothing, though it is a short
capitalised line over a capitalised note (breadth21: the Omgevingsloket's requests in a
province's Woo release). The same form typeset by reportlab, WeasyPrint and Typst."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.segmenter import segment_pdf
from tests.fixtures.breadth21.build import FIELDS, form_reportlab

HERE = Path(__file__).parents[2] / "fixtures" / "breadth21"
PRODUCERS = ["reportlab", "weasyprint", "typst"]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_forms_values_are_no_headings(producer: str) -> None:
    doc = segment_pdf((HERE / f"form-values.{producer}.pdf").read_bytes(), ocr=False)
    heads = [" ".join(s.text.split()) for s in doc.segments if s.kind == "heading"]
    texts = [" ".join(s.text.split()) for s in doc.segments if s.kind == "paragraph"]
    for _, value in FIELDS:
        assert value not in heads
        assert any(text.startswith(value) for text in texts)
    # a field heads no section (read28): its label is text too, kept
    assert "Plaats" in texts and "Straatnaam" in texts and "Plaats" not in heads


def test_a_line_set_apart_under_a_bold_line_is_still_a_head() -> None:
    """The near miss: the short line stands a full line's height and more under the bold one,
    as a subheading does: it stays a heading."""
    doc = segment_pdf(form_reportlab(gap=30), ocr=False)
    heads = [" ".join(s.text.split()) for s in doc.segments if s.kind == "heading"]
    assert "Witharen" in heads and "Balkerweg" in heads
