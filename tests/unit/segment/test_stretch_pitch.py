"""A stretch of a few lines between two tables takes the text's leading as a floor for its
pitch: with more paragraph gaps than spacings inside paragraphs its own median is a paragraph
gap, which would join a list item with the paragraph under it. Two lines of one larger type (a
title set loose on a cover) keep their own spacing: the text's leading says nothing of theirs."""

from __future__ import annotations

from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import build_blocks

TEXT = (12.0, 10.0)  # the leading and type size of the text the stretch was cut from


def _line(base: float, size: float, text: str) -> Line:
    width = 0.5 * size * len(text)
    return Line(1, 72.0, base - 2, 72.0 + width, base + size, base, size, False, text)


def _item_then_paragraph() -> list[Line]:
    return [
        _line(700.0, 10.0, "• de gegevens worden na veertien dagen verwijderd"),
        _line(680.0, 10.0, "De app is geschikt voor alle gangbare telefoons van nu"),
        _line(668.0, 10.0, "en de hulpapparatuur die daarbij hoort."),
    ]


def test_a_few_lines_between_tables_take_the_texts_leading_as_floor() -> None:
    blocks = build_blocks(_item_then_paragraph(), 1e6, around=TEXT)
    assert [b.text[:10] for b in blocks] == ["• de gegev", "De app is "]


def test_without_the_text_around_the_stretch_keeps_its_own_pitch() -> None:
    assert len(build_blocks(_item_then_paragraph(), 1e6)) == 1


def _cover() -> list[Line]:
    return [
        _line(640.0, 20.0, "Certificeringsbeleid"),
        _line(600.0, 20.0, "Gezondheid"),
        _line(560.0, 10.0, "Versie 1.0"),
        _line(548.0, 10.0, "Juni 2021"),
    ]


def test_a_two_line_title_in_larger_type_set_loose_stays_one_block() -> None:
    blocks = build_blocks(_cover(), 1e6, around=TEXT)
    assert blocks[0].text == "Certificeringsbeleid Gezondheid"


def test_a_caption_then_a_head_in_a_larger_type_part_at_the_texts_leading() -> None:
    lines = [
        _line(640.0, 9.0, "Tabel 18 - scan van de server"),
        _line(618.0, 9.96, "6.5.2.2 Scan van het portaal"),
    ]
    assert len(build_blocks(lines, 1e6, around=TEXT)) == 2


def test_rows_set_wider_than_the_text_with_no_line_at_its_leading_keep_their_own_pitch() -> None:
    lines = [
        _line(740.0, 10.0, "Instantie Rechtbank Amsterdam"),
        _line(722.7, 10.0, "Datum uitspraak 12-02-2026"),
    ]
    assert len(build_blocks(lines, 1e6, around=(13.0, 10.0))) == 1


def test_on_a_page_an_ocr_engine_placed_the_stretch_keeps_its_own_pitch() -> None:
    # there a line's size is the height of its first glyph's box: no type to scale a leading by
    assert len(build_blocks(_item_then_paragraph(), 1e6, {1}, around=TEXT)) == 1
