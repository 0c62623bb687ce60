"""side35 (issue #8, read34's classes F and I): page 1's side column and letterhead read as
body, and titles taken from the wrong line.

- IenW's Woo decision (read29's wooir 'toolkit houtrook', page 1): the side column stands above
  the body under the sender's name and the return address, its addressee redacted (no text
  beside the column). `aside.column_above_body` looked for the column only in page 1's first
  blocks, so 'Bestuurskern', 'Contactpersoon', 'Kenmerk' were body paragraphs.
- BZK's beslisnota (PDFair 'pdf1'): page 1's column level with 'Aan MBZK' / 'Van ...' and the
  title, the body justified up to its edge: no gutter, and `columns._abutting_side` was for
  later pages only. Its ask ('TER ONDERTEKENING' over 'Nota actief openbaar') and 'Aan | MBZK'
  read as a table now make it a nota (`memo`).
- RVO's Woo decision (wooir 'gebruik van een aantal percelen'): the particulars 'Datum december
  2020' / 'Betreft Besluit op uw Wob-verzoek' one body block under the redacted addressee
  ('10.2.e' on a black box): the title was the block's whole text
  (`metadata._particulars_subject`).

Fixtures: `python -m tests.fixtures.side35.src.build` (reportlab and headless Chromium)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment.families import metadata
from services.segment.layout.aside import column_above_body
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument

FIXTURES = Path(__file__).parents[2] / "fixtures" / "side35"
PRODUCERS = ["", ".chromium"]
IENW_SIDE = ["Bestuurskern", "Contactpersoon", "wob-loket@minienw.nl", "Kenmerk"]


def _doc(name: str) -> SegmentedDocument:
    return segment_pdf((FIXTURES / name).read_bytes(), ocr=False)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_side_column_under_the_sender_is_letterhead(producer: str) -> None:
    doc = _doc(f"zijkolom{producer}.pdf")
    head = " ".join(_flat(s.text) for s in doc.segments if s.kind == "letterhead")
    body = [_flat(s.text) for s in doc.segments if s.kind not in ("letterhead", "furniture")]
    for text in [*IENW_SIDE, "IenW/BSK-2021/116733"]:
        assert text in head, (text, head)
        assert not any(text in b for b in body), (text, body)
    assert any(b.startswith("Per e-mail welke door mij") for b in body)
    assert doc.metadata.title == "Wob-verzoek 2021-10 Toolkit Houtrook"


@pytest.mark.parametrize("producer", PRODUCERS)
def test_every_word_of_the_page_lands(producer: str) -> None:
    """The column leaves the body, no word leaves the document."""
    path = FIXTURES / f"zijkolom{producer}.pdf"
    layer = pdfium.PdfDocument(path)[0].get_textpage().get_text_range().split()
    read = " ".join(s.text for s in _doc(path.name).segments).split()
    assert sorted(read) == sorted(w for w in layer if w != "|")


@pytest.mark.parametrize("producer", PRODUCERS)
def test_the_particulars_under_a_redacted_addressee_give_the_subject(producer: str) -> None:
    doc = _doc(f"gelakt{producer}.pdf")
    assert doc.metadata.title == "Besluit op uw Wob-verzoek"
    assert doc.metadata.doc_type == "woo_besluit"


@pytest.mark.parametrize("producer", PRODUCERS)
def test_page_one_column_beside_aan_van_is_letterhead(producer: str) -> None:
    doc = _doc(f"woordmerk{producer}.pdf")
    side = [_flat(s.text) for s in doc.segments if s.page == 1 and s.role == "side_column"]
    for text in ("Onze referentie", "2025-0000412377", "Datum", "12 maart 2025", "Bijlage(n)"):
        assert text in side, (text, side)
    body = " ".join(_flat(s.text) for s in doc.segments if s.kind not in ("letterhead",))
    assert "Onze referentie" not in body
    assert doc.metadata.doc_type == "nota"
    assert doc.metadata.title == "Kamerbrief over de evaluatie van de Wet open overheid"


def _line(y: float, x: float, text: str, x1: float | None = None, size: float = 7.0) -> Line:
    end = x1 if x1 is not None else x + 4.5 * len(text)
    return Line(
        page=1, x0=x, y0=y - 2, x1=end, y1=y + size, base=y, size=size, bold=False, text=text
    )


def _block(*lines: Line) -> Block:
    return Block(lines=list(lines)).finish()


def _page(right: list[Block]) -> list[Block]:
    sender = _block(_line(780, 320, "Ministerie van Infrastructuur", size=10.0))
    back = _block(_line(710, 80, "> Retouradres Postbus 20901 2500 EX Den Haag"))
    body = _block(
        _line(540, 85, "Per e-mail welke door mij is ontvangen heeft u verzocht", 470, 9.0),
        _line(528, 85, "om informatie over de toolkit.", 250, 9.0),
    )
    return [sender, back, *right, body]


def test_the_column_under_the_sender_is_found() -> None:
    right = [
        _block(_line(690, 467, "Bestuurskern")),
        _block(_line(670, 467, "Contactpersoon"), _line(660, 467, "wob-loket@minienw.nl")),
        _block(_line(610, 467, "Kenmerk"), _line(600, 467, "IenW/BSK-2021/116733")),
    ]
    found = column_above_body(_page(right))
    assert [b.text for b in found] == [b.text for b in right]
    assert all(b.kind == "letterhead" for b in found)


def test_a_short_paragraph_at_the_right_stays_body() -> None:
    """Short lines at the right under the sender, but no field, address or contact in them: a
    pull quote or a caption, not a side column."""
    right = [
        _block(_line(690, 467, "Zie ook de bijlage")),
        _block(_line(670, 467, "over de toolkit")),
    ]
    assert column_above_body(_page(right)) == []


def test_prose_at_the_right_stays_body() -> None:
    """A second text column (lines of prose, longer than a field's) is no side column."""
    right = [
        _block(
            _line(690, 330, "De toolkit is in 2019 gemaakt door het ministerie en het RIVM."),
            _line(680, 330, "Kenmerk van de toolkit is dat zij in drie delen uiteenvalt."),
        ),
        _block(_line(660, 330, "Kenmerk"), _line(650, 330, "IenW/BSK-2021/116733")),
    ]
    assert column_above_body(_page(right)) == []


def _reading_block(kind: str, *texts: str) -> Block:
    lines = [_line(600 - 12 * k, 85, t, size=9.0) for k, t in enumerate(texts)]
    block = Block(lines=lines, kind=kind).finish()
    return block


def test_particulars_subject_reads_only_a_datum_line_over_a_betreft_line() -> None:
    subject = metadata._particulars_subject
    block = _reading_block("paragraph", "Datum december 2020", "Betreft Besluit op uw Wob-verzoek")
    assert subject(block) == "Besluit op uw Wob-verzoek"
    wrapped = _reading_block(
        "paragraph",
        "Datum: 3 mei 2021",
        "Onderwerp: besluit op uw verzoek om",
        "informatie",
        "Ons kenmerk 12345",
    )
    assert subject(wrapped) == "besluit op uw verzoek om informatie"
    # prose that opens with 'Datum', no label line under it; a table's row; 'Betreft' first
    assert (
        subject(
            _reading_block("paragraph", "Datum en plaats van de zitting worden", "later bekend.")
        )
        is None
    )
    assert subject(_reading_block("table", "Datum december 2020", "Betreft Besluit")) is None
    assert subject(_reading_block("paragraph", "Betreft Besluit", "Datum december 2020")) is None


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_kamerstuks_nota_is_titled_by_the_bill_above_it(producer: str) -> None:
    doc = _doc(f"nnav{producer}.pdf")
    assert doc.metadata.doc_type == "nota"
    assert doc.metadata.title is not None
    assert doc.metadata.title.startswith("Wijziging van de Wet op de huurtoeslag")
    assert doc.metadata.title.endswith("(Wet eenvoudiger huurtoeslag)")


def test_the_bill_is_a_name_not_a_sentence_or_a_number() -> None:
    from services.segment.families.memo import _bill

    name = _reading_block("paragraph", "Wijziging van de Wet op de huurtoeslag (Wet huurtoeslag)")
    assert _bill([name]) == "Wijziging van de Wet op de huurtoeslag (Wet huurtoeslag)"
    assert _bill([_reading_block("paragraph", "36421")]) is None
    assert (
        _bill([_reading_block("paragraph", "De regering dankt de leden voor hun vragen.")]) is None
    )
    assert _bill([_reading_block("table", "Wijziging van de Wet op de huurtoeslag")]) is None
    assert _bill([]) is None


@pytest.mark.parametrize("producer", PRODUCERS)
def test_the_senders_wrapped_name_atop_is_letterhead(producer: str) -> None:
    """'Rijksdienst voor Ondernemend' / 'Nederland' beside the logo, over the return address: the
    letterhead's (`letterhead._named_above` takes a name of two lines), not body paragraphs."""
    doc = _doc(f"afzender{producer}.pdf")
    body = [_flat(s.text) for s in doc.segments if s.kind not in ("letterhead", "furniture")]
    assert not any("Rijksdienst" in b or "Retouradres" in b for b in body), body
    assert doc.metadata.title == "Besluit op uw Wob-verzoek"
