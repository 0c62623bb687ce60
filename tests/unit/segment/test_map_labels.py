"""A map's labels on one row: its small house numbers are text, not footnote marks, and a label
set over another is a word of its own (a Woo release's site plan lost a fifth of its words); a
cell read from placed runs joins its lines as a paragraph does."""

from __future__ import annotations

from services.segment.layout.lines import group_lines
from services.segment.layout.words import Run


def _line(*runs: Run) -> tuple[str, list[str], str | None]:
    (line,) = group_lines(list(runs), 1, "body")
    return line.text.strip(), line.refs, line.label


def test_a_raised_number_beside_its_word_is_a_footnote_mark() -> None:
    word = Run("Kamerstukken ", 72, 700, 140, 712, 12.0, base=702)
    mark = Run("3", 140.5, 706, 144, 713, 7.0, base=707)
    assert _line(word, mark) == ("Kamerstukken", ["3"], None)


def test_a_small_number_far_along_the_row_is_text() -> None:
    street = Run("Pootstraat ", 72, 700, 130, 712, 12.0, base=702)
    number = Run("12", 300, 706, 308, 713, 7.0, base=707)
    text, refs, _ = _line(street, number)
    assert refs == [] and text.split() == ["Pootstraat", "12"]


def test_numbers_beside_slanted_labels_are_text() -> None:
    # a street set along its street: its box spans rows, and the numbers below look raised
    street = Run("Westeind ", 72, 690, 160, 740, 30.0, base=690, slanted=True)
    number = Run("14", 161, 725, 168, 731, 6.0, base=726)
    text, refs, label = _line(street, number)
    assert refs == [] and label is None and "14" in text.split()


def test_a_label_set_back_over_another_is_a_word_of_its_own() -> None:
    first = Run("Overtoom", 72, 700, 140, 710, 10.0, base=702)
    over = Run("152B", 100, 701, 125, 709, 10.0, base=702)
    assert _line(first, over)[0].split() == ["Overtoom", "152B"]


def test_a_cells_lines_join_as_a_paragraphs() -> None:
    from services.segment.scan.rulings import text_in

    # a narrow cell breaks its URL and a hyphenated word over lines
    runs = [
        Run("zie https://www.autoriteitnvs.nl/doc ", 100, 700, 200, 710, 9.0, base=701),
        Run("umenten/publicatie/2020 en de veilig- ", 100, 688, 200, 698, 9.0, base=689),
        Run("heid ", 100, 676, 130, 686, 9.0, base=677),
        Run("elders", 300, 700, 340, 710, 9.0, base=701),  # the next cell
    ]
    assert text_in(runs, (95, 670, 210, 715)) == (
        "zie https://www.autoriteitnvs.nl/documenten/publicatie/2020 en de veiligheid"
    )


def test_a_street_name_set_a_few_degrees_off_level_is_one_word() -> None:
    """A map sets a street's name along its street, ten degrees off level: too little for a
    slant (a watermark), but its baseline falls glyph by glyph. The name is one word, not
    pieces of a letter or three."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from services.segment.segmenter import segment_pdf

    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    canvas.setFont("Helvetica", 10)
    for i, line in enumerate(["Bestemmingsplan Centrum", "Verbeelding van de plankaart"]):
        canvas.drawString(72, 780 - 14 * i, line)
    for k, (x, y, name) in enumerate(
        [(100, 500, "Overtoompassage"), (300, 400, "Kerkbuurt"), (200, 300, "Veerpromenade")]
    ):
        canvas.saveState()
        canvas.translate(x, y)
        canvas.rotate(-10 if k % 2 else 12)
        canvas.setFont("Helvetica", 7)
        canvas.drawString(0, 0, name)
        canvas.restoreState()
    canvas.save()
    doc = segment_pdf(buf.getvalue(), ocr=False)
    words = " ".join(s.text for s in doc.segments).split()
    assert {"Overtoompassage", "Kerkbuurt", "Veerpromenade"} <= set(words)


def test_a_label_stacked_under_another_reaching_back_is_a_word_of_its_own() -> None:
    """A bar chart prints each bar's count over its percentage, the two overlapping in x, on
    the row of the bar's name: three words, not 'Utrecht 2636211,1%'."""
    name = Run("GGD Regio Utrecht ", 110, 499, 171, 509, 9.3, base=501)
    count = Run("26362", 206, 503, 220, 510, 6.7, base=504.5)
    share = Run("11,1%", 212, 497, 224, 504, 6.7, base=498)
    assert _line(name, count, share)[0] == "GGD Regio Utrecht 26362 11,1%"


def test_the_rest_of_a_word_on_its_baseline_joins_it_though_it_reaches_back() -> None:
    # kerned pieces of one word, the second set a little back over the first
    first = Run("Vaccinatie", 72, 700, 120, 710, 10.0, base=702)
    rest = Run("bewijs", 119.2, 700, 150, 710, 10.0, base=702)
    assert _line(first, rest)[0] == "Vaccinatiebewijs"


def test_a_lowered_accent_back_over_its_letter_joins_it() -> None:
    # a typesetter's accent set on its own, back over its letter and off the baseline: no word
    first = Run("ide", 72, 700, 88, 710, 10.0, base=702)
    accent = Run("\u02c6", 85, 703, 88, 711, 10.0, base=708)
    rest = Run("e", 88.2, 700, 93, 710, 10.0, base=702)
    assert " " not in _line(first, accent, rest)[0]  # one word, however the accent is composed


def test_a_raised_sign_set_back_over_a_number_stays_with_it() -> None:
    # a degree sign set on its own, back over the last digit and raised: no word of its own
    number = Run("25", 72, 700, 84, 710, 10.0, base=702)
    degree = Run("\u00b0", 83, 705, 87, 711, 10.0, base=707.5)
    unit = Run("C", 87.2, 700, 94, 710, 10.0, base=702)
    assert _line(number, degree, unit)[0] == "25\u00b0C"
