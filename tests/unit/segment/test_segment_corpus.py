"""The segmenter against the human reading of real documents (shared/corpus/*/gold.json)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from services.segment.layout.structure import numbers
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument

NOT_BODY = {"furniture", "letterhead", "footnote"}


def _gold(corpus: Path) -> list[dict]:
    return json.loads((corpus / "kamervragen" / "gold.json").read_text(encoding="utf-8"))


def _files() -> list[str]:
    from tests.unit.segment.conftest import shared_dir

    path = shared_dir() / "corpus" / "kamervragen" / "gold.json"
    if not path.is_file():
        return []
    return [g["file"] for g in json.loads(path.read_text(encoding="utf-8"))]


_CACHE: dict[str, SegmentedDocument] = {}


def _read(corpus: Path, name: str) -> tuple[dict, SegmentedDocument]:
    gold = next(g for g in _gold(corpus) if g["file"] == name)
    if name not in _CACHE:
        _CACHE[name] = segment_pdf((corpus / "kamervragen" / name).read_bytes())
    return gold, _CACHE[name]


@pytest.mark.parametrize("name", _files())
def test_questions_and_answers_as_printed(corpus: Path, name: str) -> None:
    gold, doc = _read(corpus, name)
    questions = [n for s in doc.segments if s.kind == "question" for n in numbers(s.number or "")]
    assert questions == gold["questions"]
    answers = [",".join(numbers(s.number or "")) for s in doc.segments if s.kind == "answer"]
    assert list(dict.fromkeys(answers)) == gold["answers"]
    by_id = {s.id: s for s in doc.segments}
    for answer in (s for s in doc.segments if s.kind == "answer"):
        assert answer.answer_to, answer
        linked = {n for q in answer.answer_to for n in numbers(by_id[q].number or "")}
        assert linked == set(numbers(answer.number or ""))


@pytest.mark.parametrize("name", _files())
def test_footnotes_whole_with_urls(corpus: Path, name: str) -> None:
    gold, doc = _read(corpus, name)
    notes = {s.number: s.text for s in doc.segments if s.kind == "footnote"}
    assert notes == gold["footnotes"]
    cited = {r for s in doc.segments for r in s.footnote_refs}
    assert set(gold["footnotes"]) <= cited  # every note is cited by a body segment
    for url in gold["urls"]:
        assert any(url in text for text in notes.values()), url


@pytest.mark.parametrize("name", _files())
def test_no_furniture_in_body(corpus: Path, name: str) -> None:
    gold, doc = _read(corpus, name)
    body = [s.text for s in doc.segments if s.kind not in NOT_BODY]
    for furniture in gold["furniture"]:
        assert not any(furniture in text for text in body), furniture
    assert all(not re.search(r"[\ufffe\u0002\u00ad]", s.text) for s in doc.segments)


@pytest.mark.parametrize("name", _files())
def test_metadata(corpus: Path, name: str) -> None:
    gold, doc = _read(corpus, name)
    meta = doc.metadata
    assert meta.doc_type == "kamervragen"
    assert meta.page_count == gold["page_count"]
    assert meta.date == gold["date_answered"]
    assert meta.title and meta.title.startswith("Vragen van")
    assert [s.id for s in doc.segments] == [f"s{i}" for i in range(1, len(doc.segments) + 1)]


def test_split_diacritic_is_rejoined(corpus: Path) -> None:
    _, doc = _read(corpus, "00fe7edd-24c8-4857-98da-774ed3b06836.pdf")
    assert "Kostić" in (doc.metadata.title or "")


def test_table_rows(corpus: Path) -> None:
    _, doc = _read(corpus, "00fe7edd-24c8-4857-98da-774ed3b06836.pdf")
    tables = [s for s in doc.segments if s.kind == "table"]
    assert tables and tables[0].rows
    assert tables[0].rows[0] == [
        "Grond",
        "Meldingen in 2021",
        "Meldingen in 2022",
        "Meldingen in 2023",
    ]
    assert ["TOTAAL", "12", "17", "40"] in tables[0].rows


@pytest.mark.parametrize("name", ["171141.pdf", "191220.pdf", "VWS-WOO-184702-FW_Testkosten_.pdf"])
def test_woo_documents_give_sensible_segments(corpus: Path, name: str) -> None:
    doc = segment_pdf((corpus / "woo" / name).read_bytes(), ocr=False)
    body = [s for s in doc.segments if s.kind not in NOT_BODY]
    assert body, "no body text"
    text = " ".join(s.text for s in body)
    assert len(text) > 100
    assert all(s.page >= 1 and s.text.strip() for s in doc.segments)
    assert doc.metadata.page_count >= 1
