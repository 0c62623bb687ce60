# ruff: noqa: E501  (addresses are long)
"""URLs cut by a line (after '/', '-', '_', '.'), a table cell (anywhere, and inside a file's type),
a footnote and a page end come out whole through `segment_pdf` + `enrich`, whichever producer typeset
the letter (reportlab, headless Chromium); a mail address, a file name and a hyphenated word after an
address's line stay no URL. Fixture: tests/fixtures/url_wraps.py."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from services.segment.segmenter import segment_pdf
from tests.fixtures import url_wraps


@pytest.fixture(scope="module", params=sorted(url_wraps.PRODUCERS))
def found(request: pytest.FixtureRequest) -> set[str]:
    doc = segment_pdf(url_wraps.path(request.param).read_bytes(), ocr=False)
    refs, _ = enrich(doc)
    return {r.normalized for r in refs if r.type == "url"}


def test_every_cut_address_comes_out_whole(found: set[str]) -> None:
    assert found - url_wraps.URLS == set()
    assert url_wraps.URLS - found == set()


def test_a_cells_file_type_cut_is_joined(found: set[str]) -> None:
    assert (
        "https://www.infomil.nl/publish/pages/1234/handreiking-geluid-bedrijven-2023.pdf" in found
    )


def test_no_address_from_mail_file_name_or_next_word(found: set[str]) -> None:
    assert not any("voorbeeldzaken-ministerie" in u or "rapport_definitief" in u for u in found)
    assert "https://www.rivm.nl/stikstof/meten" in found  # not '.../meten' + 'resultaten'
