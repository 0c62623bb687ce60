"""Columns from geometry: two-column pages column by column, label columns join their rows, a
side column is furniture only with evidence, and none of it depends on how runs are chunked."""

from __future__ import annotations

import pytest

from services.segment.layout.assemble import segment_pages
from services.segment.layout.words import PageRuns, Run
from tests.unit.segment.page_runs import NOT_BODY, body_text, line_runs

LEFT = [f"links regel {i} van de eerste kolom met gewone lopende tekst" for i in range(1, 13)]
RIGHT = [f"rechts regel {i} van de tweede kolom met nog meer tekst" for i in range(1, 13)]


def _page(number: int, lines: list[tuple[str, float, float, float]], per_word: bool) -> PageRuns:
    runs = [r for text, x, y, size in lines for r in line_runs(text, x, y, size, per_word)]
    return PageRuns(number, 595.0, 842.0, runs)


@pytest.mark.parametrize("per_word", [False, True])
def test_two_columns_are_read_one_after_the_other(per_word: bool) -> None:
    lines = [("Rapport over twee kolommen en een brede alinea", 60, 780, 14.0)]
    lines += [(t, 60, 740 - 12 * i, 9.0) for i, t in enumerate(LEFT[:6])]
    lines += [(t, 340, 740 - 12 * i, 9.0) for i, t in enumerate(RIGHT[:6])]
    wide = "een brede alinea over de volle breedte van de pagina " * 2
    lines += [(wide.strip(), 60, 650, 9.0)]  # crosses the gutter
    lines += [(t, 60, 620 - 12 * (i - 6), 9.0) for i, t in enumerate(LEFT[6:], start=6)]
    lines += [(t, 340, 620 - 12 * (i - 6), 9.0) for i, t in enumerate(RIGHT[6:], start=6)]
    doc = segment_pages([_page(1, lines, per_word)], 1)
    body = body_text(doc)
    for column in (LEFT[:6], RIGHT[:6], LEFT[6:], RIGHT[6:]):
        assert " ".join(column) in body  # a column's lines stay together, in order
    assert body.index(LEFT[0]) < body.index(RIGHT[0])
    assert doc.metadata.quality and doc.metadata.quality.chars == {
        "body": len("".join("".join(t.split()) for t, *_ in lines))
    }


@pytest.mark.parametrize("per_word", [False, True])
def test_two_columns_under_a_centred_title_block(per_word: bool) -> None:
    """A narrow gutter (LaTeX's 10 pt) below a title, author and date centred over both
    columns, a page number centred below them: still two columns."""

    def centred(text: str, y: float, size: float) -> tuple[str, float, float, float]:
        return (text, 305 - 0.25 * size * len(text), y, size)

    lines = [
        centred("Twee kolommen onder een gecentreerd titelblok", 780, 14.0),
        centred("Provincie Voorbeeld", 755, 10.0),
        centred("3 januari 2024", 740, 10.0),
    ]
    lines += [(t, 72, 700 - 11 * i, 8.0) for i, t in enumerate(LEFT)]
    lines += [(t, 318, 700 - 11 * i, 8.0) for i, t in enumerate(RIGHT)]
    lines += [centred("1", 60, 8.0)]
    body = body_text(segment_pages([_page(1, lines, per_word)], 1))
    assert " ".join(LEFT) in body and " ".join(RIGHT) in body
    assert body.index(LEFT[-1]) < body.index(RIGHT[0])


@pytest.mark.parametrize("per_word", [False, True])
def test_a_label_column_joins_its_rows(per_word: bool) -> None:
    rows = [
        ("1. Agendapunt:", "Wijziging van de Kieswet en enkele andere wetten"),
        ("Zaak:", "Wetgeving - minister voor Bestuurlijke Vernieuwing"),
        ("Besluit:", "Aanmelden voor plenaire behandeling"),
        ("2. Agendapunt:", "Brievenlijst van de procedurevergadering"),
        ("Besluit:", "Conform voorstel vastgesteld"),
    ]
    lines = []
    for i, (label, text) in enumerate(rows):
        y = 700 - 30 * i
        lines += [(label, 60, y, 8.0), (text, 170, y, 10.0)]
    lines += [("Pechtold - 22 mei 2006 en een tweede regel van de zaak", 170, 700 - 30 - 12, 10.0)]
    doc = segment_pages([_page(1, lines, per_word)], 1)
    body = body_text(doc)
    assert all(s.kind not in NOT_BODY for s in doc.segments)
    for label, text in rows:
        assert label in body and text in body


def _letter_page(number: int, body: list[str], side: list[str], per_word: bool) -> PageRuns:
    lines = [(t, 70, 700 - 14 * i, 10.0) for i, t in enumerate(body)]
    lines += [(t, 450, 700 - 11 * i, 7.0) for i, t in enumerate(side)]
    return _page(number, lines, per_word)


@pytest.mark.parametrize("per_word", [False, True])
def test_a_side_column_is_furniture_only_where_it_repeats(per_word: bool) -> None:
    side = ["Directie Wetgeving", "Datum", "3 april 2009", "Ons kenmerk", "2009-0000123456"]
    text = [
        f"Dit is regel {i} van de brief, en de tekst loopt gewoon door op de pagina"
        for i in range(8)
    ]
    note = [
        "Zie ook het bijgevoegde rapport",
        "over de uitvoering in twee",
        "gemeenten in het noorden",
    ]
    pages = [
        _letter_page(1, text, side, per_word),
        _letter_page(2, text[:4], side, per_word),
        _letter_page(3, text[:4], note, per_word),
    ]
    doc = segment_pages(pages, 3)
    aside = {s.page: s for s in doc.segments if s.kind in NOT_BODY}
    assert aside[1].kind == "letterhead" and aside[1].role == "side_column"
    # page 2 prints page 1's column again: its running head (aside.running_repeats)
    assert aside[2].kind == "furniture" and aside[2].role == "header"
    assert 3 not in aside  # no evidence: the text beside the body stays body, with a warning
    assert "Zie ook het bijgevoegde rapport" in body_text(doc)
    assert doc.metadata.quality and any(
        "without furniture evidence" in w for w in doc.metadata.quality.warnings
    )
    assert "Datum" not in body_text(doc) and "Directie Wetgeving" not in body_text(doc)


@pytest.mark.parametrize("per_word", [False, True])
def test_a_side_column_above_a_later_pages_body_is_still_the_side_column(per_word: bool) -> None:
    """Page 2 of a note: the side column's few lines stand above the body, the kenmerk's value
    on the row of the body's first line, so no gutter runs beside them. They stand where page
    1's side column stood and repeat its text: the side column, not the body's first line."""
    side = ["Directie Wetgeving", "Ons kenmerk", "2009-0000123456"]
    text = [
        f"Dit is regel {i} van de nota, en de tekst loopt gewoon door op de pagina"
        for i in range(8)
    ]
    later = [(t, 450, 730 - 11 * i, 7.0) for i, t in enumerate(side)]
    later += [(t, 70, 708 - 14 * i, 10.0) for i, t in enumerate(text)]
    pages = [_letter_page(1, text, side[:2], per_word), _page(2, later, per_word)]
    doc = segment_pages(pages, 2)
    body = body_text(doc)
    assert " ".join(text) in body  # the body's lines whole, in order
    assert "kenmerk" not in body and "2009-0000123456" not in body
    aside = " ".join(s.text for s in doc.segments if s.page == 2 and s.role == "side_column")
    assert aside == " ".join(side)
    # text at that edge that repeats nothing stays body
    other = [("Een opmerking in de kantlijn", 450, 730, 7.0)]
    other += [(t, 70, 708 - 14 * i, 10.0) for i, t in enumerate(text)]
    doc = segment_pages([_letter_page(1, text, side[:2], per_word), _page(2, other, per_word)], 2)
    assert "Een opmerking in de kantlijn" in body_text(doc)


@pytest.mark.parametrize("per_word", [False, True])
def test_a_scanned_later_pages_side_column_lying_a_few_points_off(per_word: bool) -> None:
    """A scanned note's page 2 lies six points left of page 1: its side column's labels, above
    the body, start left of where page 1's did. Where it repeats a label of page 1's side
    column, that label shows where this page's side column starts."""
    side = ["Directie Wetgeving", "Ons kenmerk", "2009-0000123456"]
    text = [
        f"Dit is regel {i} van de nota, en de tekst loopt gewoon door op de pagina"
        for i in range(8)
    ]
    later = [(t, 444, 730 - 11 * i, 7.0) for i, t in enumerate(side)]
    later += [(t, 64, 690 - 14 * i, 10.0) for i, t in enumerate(text)]
    doc = segment_pages([_letter_page(1, text, side, per_word), _page(2, later, per_word)], 2)
    body = body_text(doc)
    assert " ".join(text) in body and "kenmerk" not in body
    aside = " ".join(s.text for s in doc.segments if s.page == 2 and s.kind == "furniture")
    assert "Ons kenmerk" in aside


@pytest.mark.parametrize("per_word", [False, True])
def test_a_side_columns_lone_label_level_with_a_later_pages_first_line(per_word: bool) -> None:
    """A later page keeps only 'Ons kenmerk' of the side column, level with the body's first
    line (an annex's heading), its page number a little further left below: the label is the
    side column it was on page 1, not the end of the heading."""
    side = ["Directie Wetgeving", "Ons kenmerk", "2009-0000123456"]
    text = [
        f"Dit is regel {i} van de nota, en de tekst loopt gewoon door op de pagina"
        for i in range(8)
    ]
    later = [("Bijlage 1 Relevante artikelen", 70, 700, 10.0), ("Ons kenmerk", 450, 700, 7.0)]
    later += [(t, 70, 680 - 14 * i, 10.0) for i, t in enumerate(text)]
    later += [("Pagina 2 van 2", 440, 60, 7.0)]
    doc = segment_pages([_letter_page(1, text, side, per_word), _page(2, later, per_word)], 2)
    assert "Bijlage 1 Relevante artikelen" in [s.text for s in doc.segments]
    aside = [s.text for s in doc.segments if s.page == 2 and s.role == "side_column"]
    assert aside == ["Ons kenmerk"]


def test_the_side_column_opens_with_the_sender_address() -> None:
    side = ["Directie Wetgeving", "Postbus 20301", "2500 EH Den Haag", "www.rijksoverheid.nl"]
    side += ["", "Datum", "3 april 2009", "Ons kenmerk", "2009-0000123456"]
    text = [f"Dit is regel {i} van de brief, en de tekst loopt gewoon door" for i in range(8)]
    page = _letter_page(1, text, [t for t in side if t], per_word=False)
    for run in page.runs:  # a blank line between the sender and the reference fields
        if run.x0 >= 450 and run.text in side[5:]:
            run.y0, run.y1, run.base = run.y0 - 11, run.y1 - 11, run.base - 11
    doc = segment_pages([page], 1)
    roles = {s.text.split()[0]: s.role for s in doc.segments if s.kind == "letterhead"}
    assert roles == {"Directie": "address", "Datum": "side_column"}


def test_the_senders_units_atop_the_side_column_are_its_address() -> None:
    """A note names its sender by its units only, no postal address: those lines atop the side
    column are still the sender's address; the reference fields under them stay side column."""
    units = ["Directoraat-generaal Bedrijfsleven", "Directie Ondernemerschap"]
    labels = ["Datum", "5 december 2024", "Kenmerk", "DGBI-O / 95900464"]
    text = [f"Dit is regel {i} van de nota, en de tekst loopt gewoon door" for i in range(8)]
    page = _letter_page(1, text, units + labels, per_word=False)
    for run in page.runs:  # a blank line between the sender and the reference fields
        if run.x0 >= 450 and run.text in labels:
            run.y0, run.y1, run.base = run.y0 - 11, run.y1 - 11, run.base - 11
    doc = segment_pages([page], 1)
    roles = {s.text.split()[0]: s.role for s in doc.segments if s.kind == "letterhead"}
    assert roles == {"Directoraat-generaal": "address", "Datum": "side_column"}


@pytest.mark.parametrize("per_word", [False, True])
def test_a_notice_written_in_prose_in_the_side_column_stays_body(per_word: bool) -> None:
    """A decision prints how to object in its narrow side column, a few words a line: sentences,
    not particulars, so body (with a warning), however short its lines."""
    notice = [
        "Bezwaar",
        "Als u belang hebt bij dit",
        "besluit, dan kunt u hier",
        "binnen zes weken na de",
        "datum van verzending",
        "bezwaar tegen maken bij",
        "de directie die het besluit",
        "heeft genomen.",
    ]
    labels = ["Datum", "8 juli 2021", "Onze referentie", "2021-0000123"]
    text = [f"Dit is regel {i} van het besluit, en de tekst loopt gewoon door" for i in range(12)]
    page = _letter_page(1, text, labels, per_word)
    below = [(t, 450, 560 - 11 * i, 7.0) for i, t in enumerate(notice)]
    page.runs.extend(r for t, x, y, size in below for r in line_runs(t, x, y, size, per_word))
    doc = segment_pages([page], 1)
    assert "Als u belang hebt bij dit besluit" in body_text(doc)
    assert "Onze referentie" not in body_text(doc)
    # particulars in short lines are no prose: a list of names and places stays side column
    names = ["Kopie aan", "Directie Wetgeving", "Directie Financien", "Inspectie Onderwijs"]
    names += ["Bureau Bestuursraad", "Agentschap Telecom", "Raad van State", "Algemene"]
    names += ["Rekenkamer", "Nationale ombudsman", "Kiesraad Den Haag", "Eerste Kamer", "Tweede"]
    names += ["Kamer der Staten-Generaal."]
    page = _letter_page(1, text, labels, per_word)
    below = [(t, 450, 560 - 11 * i, 7.0) for i, t in enumerate(names)]
    page.runs.extend(r for t, x, y, size in below for r in line_runs(t, x, y, size, per_word))
    doc = segment_pages([page], 1)
    # ... and since sidecol41 its 'Kopie aan' field, which names them, is body of its own (role
    # `side_field`), not a paragraph of the body's
    fields = [s for s in doc.segments if s.role == "side_field"]
    assert [(s.fields or {}).get("label") for s in fields] == ["Kopie aan"]
    assert "Directie Financien" in fields[0].text
    assert not any("Directie Financien" in s.text for s in doc.segments if s.role is None)
    assert "Onze referentie" not in body_text(doc)


@pytest.mark.parametrize("per_word", [False, True])
def test_a_bold_head_over_a_notice_in_the_side_column_stays_with_it(per_word: bool) -> None:
    """'Bezwaar' in bold on its own line over how to object: a block of its own (its weight
    differs), the head of the text kept as body, so body too; a label over particulars is not."""
    notice = ["Als u belang hebt bij dit", "besluit, dan kunt u hier", "binnen zes weken na de"]
    notice += ["datum van verzending", "bezwaar tegen maken bij", "de directie die het besluit"]
    notice += ["heeft genomen."]
    labels = ["Datum", "8 juli 2021", "Onze referentie", "2021-0000123"]
    text = [f"Dit is regel {i} van het besluit, en de tekst loopt gewoon door" for i in range(12)]
    page = _letter_page(1, text, labels, per_word)
    page.runs.append(Run("Bezwaar", 450, 560, 450 + 3.5 * 7, 567, 7.0, bold=True, base=562))
    below = [(t, 450, 549 - 11 * i, 7.0) for i, t in enumerate(notice)]
    page.runs.extend(r for t, x, y, size in below for r in line_runs(t, x, y, size, per_word))
    doc = segment_pages([page], 1)
    body = [s.text for s in doc.segments if s.kind not in NOT_BODY]
    assert "Bezwaar" in body
    assert any(t.startswith("Als u belang hebt bij dit besluit") for t in body)
    assert "Onze referentie" not in " ".join(body)


def test_a_letter_further_on_has_its_sender_address_filed_as_address() -> None:
    """A Woo release or a bundle: the letter starts on page 2, its side column there is
    furniture, and the sender's address atop it is an address, not a side-column label."""
    side = ["Directie Wetgeving", "Postbus 20301", "2500 EH Den Haag"]
    side += ["Datum", "3 april 2009", "Ons kenmerk", "2009-0000123456"]
    text = [f"Dit is regel {i} van de brief, en de tekst loopt gewoon door" for i in range(8)]
    cover = _letter_page(1, text[:3], [], per_word=False)
    page = _letter_page(2, text, side, per_word=False)
    for run in page.runs:  # a blank line between the sender and the reference fields
        if run.x0 >= 450 and run.text in side[3:]:
            run.y0, run.y1, run.base = run.y0 - 11, run.y1 - 11, run.base - 11
    later = _letter_page(3, text[:4], ["Directie Wetgeving", "Datum", "3 april 2009"], False)
    doc = segment_pages([cover, page, later], 3)
    roles = {(s.page, s.text.split()[0]): s.role for s in doc.segments if s.kind in NOT_BODY}
    assert roles[(2, "Directie")] == "address"
    assert roles[(2, "Datum")] == "side_column"
    assert roles[(3, "Directie")] == "side_column"  # no address below it: a repeated label
    assert "Postbus" not in body_text(doc)


def test_a_later_page_repeating_the_senders_name_files_it_as_address() -> None:
    """Page 2 repeats the sender's name atop its side column, apart from its labels: the line is
    the address it was on page 1; the labels under it stay side column."""
    side = ["Directie Wetgeving", "Postbus 20301", "2500 EH Den Haag"]
    labels = ["Datum", "3 april 2009", "Ons kenmerk", "2009-0000123456"]
    text = [f"Dit is regel {i} van de brief, en de tekst loopt gewoon door" for i in range(8)]

    def page(number: int, sender: list[str]) -> PageRuns:
        built = _letter_page(number, text, sender + labels, per_word=False)
        for run in built.runs:  # a blank line between the sender and the reference fields
            if run.x0 >= 450 and run.text in labels:
                run.y0, run.y1, run.base = run.y0 - 11, run.y1 - 11, run.base - 11
        return built

    doc = segment_pages([page(1, side), page(2, side[:1])], 2)
    roles = {(s.page, s.text.split()[0]): s.role for s in doc.segments if s.kind in NOT_BODY}
    assert roles[(1, "Directie")] == roles[(2, "Directie")] == "address"
    assert roles[(2, "Datum")] == "header"  # page 1's, printed again: the running head


def test_a_letter_paragraph_with_a_line_opening_like_an_addressee_stays_body() -> None:
    """ "aan de Kamer" opening a wrapped line of the first paragraph is no letterhead."""
    first = [
        "Hierbij stuur ik u, mede namens de minister van Financiën, de antwoorden op de vragen",
        "aan de Kamer over de voortgang van de hersteloperatie toeslagen. De antwoorden zijn",
        "opgesteld met de uitvoeringsorganisatie en geven een beeld van de stand van zaken.",
    ]
    lines = [("Aan de Voorzitter van de Tweede Kamer", 72, 760, 10.0)]
    lines += [("Postbus 20018", 72, 746, 10.0), ("2500 EA Den Haag", 72, 732, 10.0)]
    lines += [(t, 72, 690 - 14 * i, 10.0) for i, t in enumerate(first)]
    doc = segment_pages([_page(1, lines, False)], 1)
    kinds = {s.text.split()[0]: (s.kind, s.role) for s in doc.segments}
    assert kinds["Aan"] == ("letterhead", "address")
    assert kinds["Hierbij"] == ("paragraph", None)


@pytest.mark.parametrize("per_word", [False, True])
def test_a_note_at_the_foot_of_the_left_column_is_a_footnote(per_word: bool) -> None:
    """A landscape report sets a note under the column that refers to it, while the right
    column runs on lower: the note is a footnote, not a paragraph between the columns."""
    note = "1 Kiesraad (2026). Nieuwe software voor de uitslagberekening bij verkiezingen."
    lines = [(t, 60, 700 - 14 * i, 9.0) for i, t in enumerate(LEFT[:8])]
    lines += [(note, 60, 90, 7.0)]
    lines += [(t, 340, 700 - 14 * i, 9.0) for i, t in enumerate(RIGHT)]
    lines += [(t, 340, 700 - 14 * (i + 12), 9.0) for i, t in enumerate(LEFT[8:])]
    doc = segment_pages([_page(1, lines, per_word)], 1)
    notes = [s for s in doc.segments if s.kind == "footnote"]
    assert [(s.number, s.text) for s in notes] == [("1", note[2:])]
    body = body_text(doc)
    assert "Kiesraad" not in body.replace(note[2:], "")
    assert body.index(LEFT[7]) < body.index(RIGHT[0])


@pytest.mark.parametrize("per_word", [False, True])
def test_a_gazettes_masthead_is_no_title(per_word: bool) -> None:
    """Gemeenteblad, Staatscourant and the other gazettes open with the gazette's name, the
    number, the date and "Officiële uitgave van ...": masthead, with the act's title under it."""
    act = "Aanwijzingsbesluit veiligheidsrisicogebied omgeving Centraal Station"
    lines = [
        ("GEMEENTEBLAD", 60, 780, 28.0),
        ("Nr. 471945", 480, 790, 10.0),
        ("6 november", 480, 776, 10.0),
        ("2024", 480, 764, 10.0),
        ("Officiële uitgave van de gemeente Voorbeeld", 60, 758, 8.0),
        (act, 60, 720, 12.0),
    ]
    lines += [(f"Artikel {i}. {LEFT[i]}", 60, 690 - 14 * i, 10.0) for i in range(8)]
    doc = segment_pages([_page(1, lines, per_word)], 1)
    head = [s for s in doc.segments if s.kind == "letterhead"]
    assert {s.role for s in head} == {"masthead"}
    assert any(s.text.startswith("GEMEENTEBLAD") for s in head)
    assert any(s.text.startswith("Officiële uitgave") for s in head)
    assert doc.metadata.title == act


@pytest.mark.parametrize("per_word", [False, True])
def test_a_title_in_display_type_is_no_letterhead_label(per_word: bool) -> None:
    """A note titled "Bijlagen en ..." in 20 pt begins like a letter's "Bijlagen" label; the
    letterhead's labels are set in the body's size, so it stays the title."""
    title = "Bijlagen en op het besluit betrekking hebbende stukken"
    lines = [(title, 60, 760, 20.0), ("Datum 3 maart 2023", 60, 720, 10.0)]
    lines += [(t, 60, 680 - 13 * i, 9.0) for i, t in enumerate(LEFT)]
    doc = segment_pages([_page(1, lines, per_word)], 1)
    assert not [s for s in doc.segments if s.kind == "letterhead" and title in s.text]
    assert doc.metadata.title == title


@pytest.mark.parametrize("per_word", [False, True])
def test_a_wide_side_column_beside_a_narrow_body_is_still_the_side_column(per_word: bool) -> None:
    """An advice letter's page sets its text (a table's column) narrow, and the side column
    (directorate, Datum, Kenmerk) is more than half as wide: what repeats there on every page is
    the side column, not a second text column."""
    side = ["Directie Informatievoorziening en Inkoop", "Datum", "3 april 2009", "Kenmerk"]
    side += ["2009-0000123456"]
    text = [f"Regel {i} van de tabel met het onderwerp en de toelichting erbij" for i in range(10)]

    def page(number: int) -> PageRuns:
        lines = [(t, 70, 700 - 12 * i, 8.0) for i, t in enumerate(text)]
        lines += [(t, 380, 706 - 17 * i, 8.5) for i, t in enumerate(side)]
        return _page(number, lines, per_word)

    doc = segment_pages([page(1), page(2), page(3)], 3)
    body = body_text(doc)
    assert "Kenmerk" not in body and "Informatievoorziening" not in body
    assert all(t in body for t in text)


@pytest.mark.parametrize("per_word", [False, True])
def test_a_running_footer_with_and_without_its_page_number_is_furniture(per_word: bool) -> None:
    """A slide deck prints '// BUREAU VERTROUWELIJK 4' on some slides and the same footer
    without the number on others (and none on its section slides): one running footer, on more
    pages together than either form alone, furniture on every page."""
    footer = "// ONDERZOEKSBUREAU VERTROUWELIJK"
    pages = []
    for n in range(1, 11):
        lines = [(t, 60, 700 - 14 * i, 10.0) for i, t in enumerate(LEFT[n % 8 : n % 8 + 4])]
        if n <= 6:
            lines += [(footer + (f" {n}" if n % 2 else ""), 60, 30, 8.0)]
        pages.append(_page(n, lines, per_word))
    doc = segment_pages(pages, 10)
    assert "ONDERZOEKSBUREAU" not in body_text(doc)
