"""The family modules on small hand-made pages: e-mail headers in Outlook (Dutch and English)
and Notes style, printed dates, language, and numbered lines that are headings, not questions."""

from __future__ import annotations

import dataclasses
import re
import sys

import pytest

from services.segment.families import doctype, email, printed_date
from services.segment.families.dates import iso_date
from services.segment.families.language import language
from services.segment.families.metadata import describe
from services.segment.families.reading import Reading, fold
from services.segment.layout import structure
from services.segment.layout.letterhead import questions_metadata
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from stukken.contracts import Metadata


def _blocks(texts: list[str], bold: bool = False, size: float = 10.0, page: int = 1) -> list[Block]:
    """One block per line, top to bottom, as the block builder cuts at every weight change."""
    out = []
    for i, text in enumerate(texts):
        y = 780.0 - 14 * i
        line = Line(page, 72.0, y - 10, 72.0 + 5 * len(text), y, y - 8, size, bold, text)
        out.append(Block([line]).finish())
    return out


@pytest.mark.parametrize(
    ("text", "month_first", "iso"),
    [
        ("Voorgesteld 6 juli 2021", False, "2021-07-06"),
        ("Den Haag, 28 oktober 2016", False, "2016-10-28"),
        ("Datum: 10-05-2026", False, "2026-05-10"),
        ("Sent: Mon 9/14/2020 3:12 PM", True, "2020-09-14"),
        ("Datum 0 9 AUG 2022", False, "2022-08-09"),
        ("raadsvergadering 29 juni 201 5", False, "2015-06-29"),
        ("versie 1.2.3 van het model", False, None),
        ("Testen bij de GGD 15Feb2021", False, "2021-02-15"),
        ("3 mei 20211", False, None),
        # a no-break space inside the year: a date, not a ValueError that degrades the page
        ("12 mei 20\u00a020", False, "2020-05-12"),
    ],
)
def test_printed_dates(text: str, month_first: bool, iso: str | None) -> None:
    assert iso_date(text, month_first) == iso


def test_outlook_header_in_dutch_then_body() -> None:
    blocks = _blocks(
        [
            "Van: Jansen, P. (DGLZ) <p.jansen@minvws.nl>",
            "Verzonden: dinsdag 29 september 2020 09:00",
            "Aan: 5.1.2e <5.1.2e@minvws.nl>; Pietersen, K.",
            "5.1.2e@rivm.nl>",
            "CC: 5.1.2e",
            "Onderwerp: FW: Testkosten",
            "Zie onder. Redenering kan ik wel volgen.",
        ]
    )
    out = email.split_headers(blocks)
    assert [b.kind for b in out] == ["email_header", "paragraph"]
    fields = out[0].fields or {}
    assert fields["from"] == "Jansen, P. (DGLZ) <p.jansen@minvws.nl>"
    assert fields["to"] == "5.1.2e <5.1.2e@minvws.nl>; Pietersen, K. 5.1.2e@rivm.nl>"
    assert (fields["cc"], fields["subject"]) == ("[redacted] (5.1.2e)", "FW: Testkosten")
    assert email.sent_date(out[0]) == "2020-09-29"
    assert out[1].text.startswith("Zie onder.")


def test_english_header_dates_month_first_and_blacked_out_names_are_marked() -> None:
    blocks = _blocks(["To:", "From:", "Sent: Wed 9/16/2020 11:49:33 AM", "Subject: voor infact"])
    [header] = email.split_headers(blocks)
    assert header.fields == {
        "to": email.REDACTED,
        "from": email.REDACTED,
        "sent": "Wed 9/16/2020 11:49:33 AM",
        "subject": "voor infact",
    }
    assert email.sent_date(header) == "2020-09-16"


def test_a_scanned_header_whose_address_lines_are_garbled_is_still_a_header() -> None:
    """OCR of a redacted scan: the To/From lines are noise, "Sent"/"Subject"/"Received" stay."""
    texts = ["EEE IEEEumeutrecht ni, EEE EXEC", "Sent: Mon 3/1/2021 10:38:25 AM"]
    texts += ["Subject: RE: Overeenkomst GGD-RIVM", "Received: Mon 3/1/2021 10:38:25 AM"]
    texts += ["Hierbij mijn aanvullingen."]
    kinds = [b.kind for b in email.split_headers(_blocks(texts))]
    assert kinds == ["paragraph", "email_header", "paragraph"]
    r = Reading(email.split_headers(_blocks(texts)), [], page_count=1)
    meta = describe(Metadata(), r)
    assert (meta.doc_type, meta.title) == ("email", "RE: Overeenkomst GGD-RIVM")
    assert meta.date == "2021-03-01"


def test_a_memo_with_datum_and_onderwerp_only_is_no_email() -> None:
    blocks = _blocks(["Datum: 1 maart 2011", "Onderwerp: Draagmoederschap", "Tekst van de nota."])
    assert "email_header" not in [b.kind for b in email.split_headers(blocks)]


def test_notes_header_takes_sender_and_time_from_above() -> None:
    blocks = _blocks(
        [
            "Piet Jansen/DGLZ/VWS/NL 15-09-2020 10:23",
            "Aan: Karel Pietersen/DMO/VWS/NL@VWS",
            "cc:",
            "Onderwerp: overeenkomst groothandels",
        ]
    )
    [header] = email.split_headers(blocks)
    fields = header.fields or {}
    assert fields["from"] == "Piet Jansen/DGLZ/VWS/NL"
    assert fields["sent"] == "15-09-2020 10:23"
    assert email.sent_date(header) == "2020-09-15"


def test_a_letterhead_with_labels_is_no_email() -> None:
    blocks = _blocks(["Datum: 1 maart 2011", "Onderwerp: Draagmoederschap", "Geachte voorzitter,"])
    assert [b.kind for b in email.split_headers(blocks)] == ["paragraph"] * 3


def test_language_from_function_words() -> None:
    resolution = "The General Assembly, recalling that the rights of the child are to be protected"
    resolution += " by all States and that this is the aim of the Convention"
    assert language(resolution)[0] == "en"
    assert language("De Kamer, gehoord de beraadslaging, verzoekt de regering om het")[0] == "nl"


def test_numbered_sections_are_headings_not_questions() -> None:
    blocks = _blocks(["1. Algemene gegevens", "2. Essentie voorstel"], bold=True)
    blocks += _blocks(["Dit voorstel betreft een aanpassing van de verordening."])
    kinds = [(b.kind, b.level) for b in structure.classify(blocks, 10.0)]
    assert kinds[:2] == [("heading", 1), ("heading", 1)]
    assert "question" not in {k for k, _ in kinds}


def test_numbered_questions_that_ask_are_questions() -> None:
    blocks = _blocks(["1. Kent u het bericht over de testkosten?"], bold=True)
    blocks += _blocks(["Ja."])
    blocks += _blocks(["2. Deelt u de mening dat dit anders moet?"], bold=True)
    blocks += _blocks(["Nee."])
    kinds = [b.kind for b in structure.classify(blocks, 10.0)]
    assert kinds == ["question", "answer", "question", "answer"]


def test_a_numbered_chapter_heading_that_asks_is_no_question() -> None:
    """A report's chapter "4. ... wat zien we op ons afkomen?" is set larger than the body: a
    heading, and what follows is no answer."""
    blocks = _blocks(["Deze tussenstand beschrijft waar de regio nu staat met de opgave."])
    blocks += _blocks(["4. Ontwikkelingen: wat zien we op ons afkomen?"], bold=True, size=14.0)
    blocks += _blocks(["De urgentie voor een succesvolle uitvoering wordt steeds groter."])
    kinds = [b.kind for b in structure.classify(blocks, 10.0)]
    assert kinds == ["paragraph", "heading", "paragraph"]


def test_a_cover_title_over_lines_of_several_display_sizes_is_one_title() -> None:
    """A cover sets "Adviesvraag" / "Abacus" / "voor de Kiesraad" in 22, 30 and 22 pt: one
    title, not two headings and a paragraph; the particulars under it stay paragraphs."""
    blocks = _blocks(["Adviesvraag"], bold=True, size=22.0)
    blocks += _blocks(["Abacus"], bold=True, size=30.0)
    blocks += _blocks(["voor de Kiesraad"], bold=True, size=22.0)
    blocks += _blocks(["Versie 1.0, 28 juli 2025", "Auteurs: twee onderzoekers van het bureau"])
    blocks += _blocks(["1 Inleiding"], bold=True, size=14.0)
    out = structure.classify(blocks, 10.0)
    assert [(b.kind, b.text) for b in out[:3]] == [
        ("title", "Adviesvraag Abacus voor de Kiesraad"),
        ("paragraph", "Versie 1.0, 28 juli 2025"),
        ("paragraph", "Auteurs: twee onderzoekers van het bureau"),
    ]
    assert out[3].kind == "heading"


def test_contents_entries_and_captions_head_no_section() -> None:
    """A contents page's entries ("1. Inleiding 3") are list items, a numbered caption without
    a colon ("Tabel 1 Kenmerken ...") is no heading; the sections themselves stay headings."""
    blocks = _blocks(["Rapport over de aanpak"], bold=True, size=24.0)
    blocks += _blocks(["Inhoudsopgave"], bold=True, size=14.0, page=2)
    blocks += _blocks(["1. Inleiding 3", "2. Aanpak 5"], bold=True, page=2)
    blocks += _blocks(["1. Inleiding"], bold=True, size=14.0, page=3)
    blocks += _blocks(["Het onderzoek beschrijft de aanpak in twee gemeenten."], page=3)
    blocks += _blocks(["Tabel 1 Kenmerken van de gemeenten"], bold=True, page=3)
    blocks += _blocks(["Beide gemeenten hebben minder dan twintigduizend inwoners."], page=3)
    blocks += _blocks(["2. Aanpak"], bold=True, size=14.0, page=5)
    blocks += _blocks(["De aanpak volgt de stappen van het plan."], page=5)
    kinds = {b.text: b.kind for b in structure.classify(blocks, 10.0)}
    assert kinds["1. Inleiding 3"] == kinds["2. Aanpak 5"] == "list_item"
    assert kinds["1. Inleiding"] == kinds["2. Aanpak"] == kinds["Inhoudsopgave"] == "heading"
    assert kinds["Tabel 1 Kenmerken van de gemeenten"] == "paragraph"


def test_a_regulations_article_heads_are_headings() -> None:
    """A Gemeenteblad verordening sets "Artikel 1. Definitiebepalingen" in 9.3 pt over 8.4 pt
    text, close enough for the block builder to keep them together: the head is split off. A
    sentence that begins with "Artikel 5 van de wet" stays a paragraph."""

    def line(y: float, size: float, text: str) -> Line:
        return Line(1, 72.0, y - 10, 72.0 + 4 * len(text), y, y - 8, size, False, text)

    article = Block([line(700, 9.3, "Artikel 1. Definitiebepalingen")])
    article.lines.append(line(688, 8.4, "In deze verordening wordt verstaan onder:"))
    quoted = Block([line(660, 8.4, "Artikel 5 van de wet bepaalt dat de burgemeester")])
    quoted.lines.append(line(648, 8.4, "de bevoegdheid heeft om een gebied aan te wijzen."))
    alone = Block([line(620, 9.3, "Artikel 3. Steunfractieleden")])  # a table follows
    blocks = [b.finish() for b in (article, quoted, alone)]
    out = structure.classify(blocks, 8.4)
    assert [(b.kind, b.role, b.text) for b in out] == [
        ("heading", None, "Artikel 1. Definitiebepalingen"),
        ("paragraph", None, "In deze verordening wordt verstaan onder:"),
        (
            "paragraph",
            None,
            "Artikel 5 van de wet bepaalt dat de burgemeester de bevoegdheid heeft om een "
            "gebied aan te wijzen.",
        ),
        ("heading", None, "Artikel 3. Steunfractieleden"),
    ]


def test_an_answer_label_without_a_number_answers_the_question_above() -> None:
    """A province answers a letter "Vraag 1) ... / Antwoord: ..."; the college signs as itself,
    which ends the last answer."""
    blocks = _blocks(["Vraag 1) Kent u het bericht over de windturbines?", "Antwoord:"])
    blocks += _blocks(["Ja, wij kennen het bericht.", "Vraag 2) Waarom is het plan niet gestaakt?"])
    blocks += _blocks(["Antwoord: Er zijn geen gronden om de procedure te staken."])
    blocks += _blocks(["Wij publiceren alle stukken op onze website."])
    blocks += _blocks(["Gedeputeerde Staten van Overijssel,", "voorzitter, secretaris"])
    out = structure.classify(blocks, 10.0)
    assert [(b.kind, b.number) for b in out] == [
        ("question", "1"),
        ("answer", "1"),
        ("question", "2"),
        ("answer", "2"),
        ("answer", "2"),
        ("signature", None),
    ]
    assert out[1].text == "Antwoord:\nJa, wij kennen het bericht."
    assert out[1].answer_to == [out[0]]
    assert not structure._SIGN_OFF.match("Gedeputeerde Staten van Overijssel hebben besloten.")


def test_a_bold_label_with_a_bracket_alone_on_its_line_opens_its_question() -> None:
    """'Vraag 1)' in bold on a line of its own, the question under it: one question."""
    blocks = _blocks(["Vraag 1)"], bold=True)
    blocks += _blocks(["Kent u het bericht over de windturbines?"])
    blocks += _blocks(["Antwoord:", "Ja, wij kennen het bericht."])
    out = structure.classify(blocks, 10.0)
    assert [(b.kind, b.number) for b in out] == [("question", "1"), ("answer", "1")]
    assert out[0].text == "Vraag 1)\nKent u het bericht over de windturbines?"


def test_labels_stay_in_the_text_and_a_notice_is_no_question() -> None:
    blocks = _blocks(["Vraag 1", "Kent u het bericht over de testkosten?", "Vraag 2"])
    blocks += _blocks(["Deelt u de mening dat dit anders moet?", "Mededeling"])
    blocks += _blocks(["De vragen kunnen niet binnen de termijn worden beantwoord."])
    out = structure.classify(blocks, 10.0)
    assert [(b.kind, b.number) for b in out] == [
        ("question", "1"),
        ("question", "2"),
        ("heading", None),
        ("paragraph", None),
    ]
    assert out[0].text == "Vraag 1\nKent u het bericht over de testkosten?"
    assert [ln.text for ln in out[0].lines] == ["Vraag 1", "Kent u het bericht over de testkosten?"]


def test_a_memo_header_is_no_email() -> None:
    blocks = _blocks(
        ["Aan: de minister van VWS", "Van: DGLZ", "Datum: 25 september 2020", "Betreft: Testkosten"]
    )
    assert {b.kind for b in email.split_headers(blocks)} == {"paragraph"}


def _reading(texts: list[str], head: tuple[str, ...] = ()) -> Reading:
    body = structure.classify(_blocks(texts), 10.0)
    return Reading(body, _blocks(list(head)), page_count=2)


def test_a_letter_mentioning_action_points_stays_a_letter() -> None:
    r = _reading(
        [
            "Geachte voorzitter,",
            "In het overleg van 3 mei zijn de actiepunten besproken en "
            "afgesproken dat ik u hierover informeer, zoals hieronder beschreven staat.",
        ],
        head=("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Datum 10 mei 2021"),
    )
    assert doctype.classify(r)[0] == "kamerbrief"


def test_a_meeting_report_is_a_verslag_with_the_meeting_date() -> None:
    r = _reading(["Verslag van de vergadering van de raad van 3 mei 2021", "Aanwezig: allen."])
    meta = describe(Metadata(), r)
    assert (meta.doc_type, meta.date) == ("verslag", "2021-05-03")
    assert meta.title == "Verslag van de vergadering van de raad van 3 mei 2021"
    assert meta.evidence["doc_type"].startswith("title")


@pytest.mark.parametrize(
    ("texts", "iso", "how"),
    [
        # A version line over the title on a cover or work instruction.
        (
            ["Versie 8.1, 15 december 2021", "Werkinstructie AIRMET", "DOEL: waarschuwen."],
            "2021-12-15",
            "cover",
        ),
        # A date alone under the title of a report.
        (["Techniques for monitoring", "21 december 2021"], "2021-12-21", "cover"),
        # A label in capitals without a colon.
        (["Eindrapport", "DATUM 1-6-2026"], "2026-06-01", "labelled"),
        # A label inside a line needs its colon.
        (["Aan: ACC-19 Datum: 10 september 2020", "Titel: maatregelen"], "2020-09-10", "labelled"),
        # An English "Sent:" with month/day/year in a scan the e-mail reader missed.
        (
            ["Sent: Fri 9/18/2020 7:46:45 AM", "Subject: FW: Questionnaire"],
            "2020-09-18",
            "labelled",
        ),
        (["Document nr.: CB28 | Revision date: 22-09-2021"], "2021-09-22", "labelled"),
        # English words: a UN resolution's distribution line.
        (
            ["United Nations | S/RES/1441", "Security Council | Distr.: General 8 November 2002"],
            "2002-11-08",
            "cover",
        ),
    ],
)
def test_a_documents_own_date_is_labelled_or_stands_alone(
    texts: list[str], iso: str, how: str
) -> None:
    meta = describe(Metadata(), _reading(texts))
    assert meta.date == iso
    assert meta.evidence["date"].startswith(how)


def test_a_date_in_body_prose_is_not_the_documents_date() -> None:
    r = _reading(
        [
            "WCAG 2.2 AA onderzoek",
            "Sinds 5 oktober 2023 is WCAG 2.2 de nieuwste norm voor toegankelijkheid, zo "
            "schrijven de onderzoekers die tussen 12 mei 2025 en 4 juni 2025 keken.",
            "Bijlage 1: Kamerbrief (1-9-2020) Gehandicaptenzorg motie Van den Berg geleerde lessen",
        ]
    )
    assert describe(Metadata(), r).date is None


def test_a_side_column_label_takes_the_date_below_it() -> None:
    r = _reading(
        ["Geachte heer Rijkaart,"], head=("Datum", "Betreft", "8 december 2025", "Kenmerk")
    )
    meta = describe(Metadata(), r)
    assert meta.date == "2025-12-08"
    assert meta.evidence["date"] == "'Datum' and its value on page 1"


def test_a_running_header_dates_a_document_with_none_on_its_page() -> None:
    header = _blocks(["Versie 9.2, 27 januari 2023"])[0]
    r = Reading(
        structure.classify(_blocks(["Werkinstructie SIGMET", "Inhoud"]), 10.0), [], 2, [header]
    )
    header.role = "header"
    meta = describe(Metadata(), r)
    assert (meta.date, meta.evidence["date"][:14]) == ("2023-01-27", "running header")


def test_a_date_or_an_email_header_line_is_no_title() -> None:
    r = _reading(["Sent: Tue 9/22/2020 8:35:17 AM", "Subject: FW: Bijeenkomst sensemaking"])
    assert describe(Metadata(), r).title == "FW: Bijeenkomst sensemaking"
    meta = describe(Metadata(title="8 december 2025"), _reading(["Advies project Abacus"]))
    assert meta.title != "8 december 2025"


def test_a_subject_label_in_the_margin_titles_the_line_beside_it() -> None:
    label, subject, salutation = _blocks(["Betreft", "Advies project Abacus", "Geachte heer,"])
    subject.lines[0] = dataclasses.replace(
        subject.lines[0], x0=150.0, x1=260.0, y0=label.lines[0].y0, y1=label.lines[0].y1,
        base=label.lines[0].base,
    )  # fmt: skip
    r = Reading(structure.classify([subject.finish(), salutation], 10.0), [label], 1)
    meta = describe(Metadata(), r)
    assert meta.title == "Advies project Abacus"
    assert meta.evidence["title"] == "'Betreft' and the line beside it on page 1"


def test_a_subject_label_on_its_own_line_titles_the_line_under_it() -> None:
    label, subject, salutation = _blocks(["Betreft", "Advies project Abacus", "Geachte heer,"])
    r = Reading(structure.classify([subject, salutation], 10.0), [label], 1)
    assert describe(Metadata(), r).title == "Advies project Abacus"


def test_a_titel_label_beats_the_authors_line() -> None:
    r = _reading(
        ["Aan: ACC-19 Datum: 10 september 2020", "Opsteller: Psc-19", "Titel: inventarisatie"]
    )
    assert describe(Metadata(), r).title == "inventarisatie"


def test_an_untitled_note_takes_its_opening_line_not_its_prose() -> None:
    r = _reading(["AANTEKENINGEN Intern overleg Kwetsbare Ouderen CZ", "Aanwezig: 5.1.2e"])
    meta = describe(Metadata(), r)
    assert meta.title == "AANTEKENINGEN Intern overleg Kwetsbare Ouderen CZ"
    assert (meta.doc_type, meta.evidence["title"]) == ("notulen", "the notulen family's title")
    prose = _reading(["Er zijn dingen nodig om dit werk goed te doen.", "Mensen moeten meewerken."])
    assert describe(Metadata(), prose).title is None


def test_a_place_and_date_line_is_no_title() -> None:
    meta = describe(Metadata(), _reading(["Den Haag, 27 maart 2015", "Aanwezig: de leden"]))
    assert meta.title is None
    assert meta.date == "2015-03-27"


def test_a_besluitenlijst_titled_in_a_table_row_over_two_rows() -> None:
    """'Document: | Besluitenlijst ... woensdag 26' + 'oktober 2016': the committee's form."""
    [date_line, table] = _blocks(["Den Haag, 28 oktober 2016", "Document:"])
    table.kind = "table"
    table.rows = [
        ["Voortouwcommissie:", "vaste commissie voor Financiën"],
        ["Document:", "Besluitenlijst van de procedurevergadering van woensdag 26"],
        ["oktober 2016", ""],
    ]
    table.text = "\n".join(" | ".join(row) for row in table.rows)
    meta = describe(Metadata(), Reading([date_line, table], [], page_count=1))
    assert meta.doc_type == "besluitenlijst"
    assert meta.title == "Besluitenlijst van de procedurevergadering van woensdag 26 oktober 2016"
    assert meta.date == "2016-10-26"


def test_a_letter_is_a_kamerbrief_only_when_addressed_to_the_kamer() -> None:
    company = ["Retouradres Postbus 20350 2500 EJ Den Haag", "ROYAL SCHIPHOL GROUP"]
    company += ["Postbus 7501 1118 ZG Schiphol", "Geachte heer,"]
    kamer = ["Retouradres Postbus 20350 2500 EJ Den Haag"]
    kamer += ["De Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018"]
    head = ("Ministerie van Volksgezondheid, Welzijn en Sport",)
    assert describe(Metadata(), _reading(company, head)).doc_type == "brief"
    assert describe(Metadata(), _reading(kamer, head)).doc_type == "kamerbrief"


def test_a_meetings_agenda_and_its_notes() -> None:
    agenda = ["AGENDA", "Betreft Bestuurlijk overleg COVID-19", "Vergaderplaats Webex"]
    notes = ["Betreft Bestuurlijk overleg over financiering", "Vergaderdatum 24 september 2020"]
    notes += ["Aanwezig", "Afwezig", "Opening"]
    assert describe(Metadata(), _reading(agenda)).doc_type == "agenda"
    meta = describe(Metadata(), _reading(notes))
    assert meta.doc_type == "notulen"
    assert meta.evidence["doc_type"] == "a meeting's particulars ('Vergaderdatum')"


def test_a_subject_in_a_table_of_particulars_titles_the_letter() -> None:
    """'Betreft: | Woo-deelbesluit ...' set as a table row; a heading after the prose does not."""
    [addressee, table, prose, section] = _blocks(["J. Jansen", "Datum:", "p", "Uw verzoek"])
    table.kind, table.rows = "table", [["Datum:", "9 augustus 2022"], ["Betreft:", "Woo-besluit"]]
    prose.text = "Het ministerie ontvangt veel verzoeken op basis van de Woo. " * 5
    section.kind = "heading"
    meta = describe(Metadata(), Reading([addressee, table, prose, section], [], page_count=1))
    assert meta.title == "Woo-besluit"
    assert meta.evidence["title"] == "'Betreft:' in a table on page 1"
    untitled = describe(Metadata(), Reading([addressee, prose, section], [], page_count=1))
    assert untitled.title is None


def test_a_masthead_or_a_section_name_is_no_title() -> None:
    blocks = _blocks(["Rijksinstituut voor Volksgezondheid", "Samenvatting", "Wijziging definitie"])
    for block in blocks:
        block.kind = "heading"
    assert describe(Metadata(), Reading(blocks, [], page_count=1)).title is None


def test_two_headers_back_to_back_are_two_messages() -> None:
    texts = ["From:", "Sent: Thur 9/3/2020 8:53:50 AM", "Subject: RE: nieuwsbericht"]
    texts += ["From: Piet <piet@rivm.nl>", "Sent: donderdag 3 september 2020 10:53"]
    texts += ["Subject: RE: nieuwsbericht versie 0.2"]
    headers = email.split_headers(_blocks(texts))
    assert [h.kind for h in headers] == ["email_header", "email_header"]
    assert [(h.fields or {})["subject"] for h in headers] == [
        "RE: nieuwsbericht",
        "RE: nieuwsbericht versie 0.2",
    ]


def test_a_blacked_out_sender_is_marked_redacted_with_its_ground() -> None:
    texts = ["From: 51.2e 5124 512e ea)", "To: Jan Jansen <jan@minvws.nl>"]
    texts += ["Sent: Fri 9/25/2020 8:50:32 AM", "Subject: input"]
    [header] = email.split_headers(_blocks(texts))
    fields = header.fields or {}
    assert fields["from"] == "[redacted] (51.2e, 512e)"
    assert fields["to"] == "Jan Jansen <jan@minvws.nl>"


def test_ocr_noise_opening_a_page_is_no_title() -> None:
    blocks = _blocks(["Aznleicing test 0)", "Symptomatisch"])
    for block in blocks:
        block.kind = "heading"
    assert describe(Metadata(), Reading(blocks, [], page_count=1)).title is None


def test_the_answer_date_when_the_answer_line_wraps_at_a_dash() -> None:
    blocks = _blocks(
        [
            "Vragen van het lid Westerveld aan de Staatssecretaris over eetstoornissen "
            "(ingezonden 21 juni 2024).",
            "Antwoord van Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport",
            "– Jeugd, Preventie en Sport) (ontvangen 12 augustus 2024).",
        ]
    )
    meta = questions_metadata(blocks)
    assert meta["date"] == "2024-08-12"
    assert meta["sender"].endswith("Sport – Jeugd, Preventie en Sport)")


def test_a_memo_header_with_opsteller_is_a_nota() -> None:
    r = _reading(["Aan: ACC-19", "Datum: 10 september", "Opsteller: Psc-19", "Titel: inventaris"])
    assert describe(Metadata(), r).doc_type == "nota"


def test_a_rapport_named_atop_page_1_with_a_summary() -> None:
    texts = ["Rijksinstituut voor Volksgezondheid", "en Milieu"]
    texts += ["Landelijke Coördinatie Infectieziektebestrijding (LCI) Dagelijks Cluster Rapport"]
    texts += ["15-09-2020 12:00 uur", "Samenvatting", "Aantal actieve clusters: 564."]
    r = _reading(texts)
    r.body[4].kind = "heading"
    assert describe(Metadata(), r).doc_type == "rapport"


def test_blacked_out_address_lines_between_labels_stay_in_the_header() -> None:
    texts = ["ver: IESE (ED. (ED) EEE emis n>", "Verzonden: donderdag 10 september 2020 14:40"]
    texts += ["@minvws.nl>", "@minvws.nl>", "Onderwerp: RE: motie Jetten", "Dag, dank voor de"]
    texts += ["terugkoppeling.", "Van: Piet <piet@minvws.nl>", "Verzonden: 9 september 2020"]
    texts += ["Onderwerp: motie Jetten"]
    out = email.split_headers(_blocks(texts))
    assert [b.kind for b in out] == [
        "paragraph",
        "email_header",
        "paragraph",
        "paragraph",
        "email_header",
    ]
    assert out[1].fields == {
        "sent": "donderdag 10 september 2020 14:40",
        "subject": "RE: motie Jetten",
    }


def test_a_notas_subject_without_its_routing_box() -> None:
    r = _reading(["nota", "(ter beslissing) Aanwijzing leerlingenvervoer Zaaknummer", "Paraaf"])
    assert describe(Metadata(), r).title == "Aanwijzing leerlingenvervoer"


def test_notes_of_a_conversation_are_notulen() -> None:
    r = _reading(["Gesprek", "SXF 19-6-2020", "Er zijn dingen nodig."])
    assert describe(Metadata(), r).doc_type == "notulen"
    report = _reading(["Evaluatie van de regeling", "Gesprekken met gemeenten", "Tekst."])
    assert describe(Metadata(), report).doc_type != "notulen"


def test_fold_keeps_every_word_a_case_blind_pattern_finds() -> None:
    """`Reading.mentions` is a quick "no" before the families' case-blind patterns: every letter
    re.IGNORECASE takes for an ASCII letter must fold to it ("İ", "ı", "ſ", the Kelvin sign)."""
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        assert {fold(m.group(0)) for m in re.finditer(letter, chars, re.I)} == {letter}
    reading = Reading(_blocks(["BESLUİT OP UW WOO-VERZOEK", "Geachte heer,"]), [], 1)
    assert reading.mentions("besluit") and not reading.mentions("inventaris")


def test_every_date_label_holds_a_word_of_the_quick_check() -> None:
    """A text is scanned for labelled dates only when it holds one of `_LABEL_WORDS`."""
    labels = re.sub(r"\(\?:[^)]*\)\?", "", printed_date._LABELS).split("|")
    assert len(labels) == 16  # agenda38: Verzenddatum; sweep42a: Datum uitspraak, Uitspraakdatum
    for label in labels:
        assert any(word in label.lower() for word in printed_date._LABEL_WORDS), label


def test_a_forms_lettered_fields_head_their_answers() -> None:
    """A BNC-fiche prints its particulars as "a) Titel voorstel" over the answer; the block
    builder keeps both as one item. The short label heads what follows; an item whose text
    wraps fills its first line and stays an item, as does one whose next line runs on."""

    def line(y: float, text: str, x1: float | None = None) -> Line:
        return Line(1, 72.0, y - 10, x1 or 72.0 + 5 * len(text), y, y - 8, 10.0, False, text)

    def block(*lines: Line) -> Block:
        return Block(list(lines), kind="list_item").finish()

    label = block(
        line(700, "i) Besluitvormingsprocedure Raad"), line(686, "Gekwalificeerde meerderheid")
    )
    wraps = block(
        line(650, "a) Een verplichting voor aanbieders om ook instant payments aan", 520.0),
        line(636, "Te bieden tegen dezelfde prijs."),
    )
    runs_on = block(line(600, "b) Het kabinet steunt"), line(586, "het voorstel van de Commissie."))
    out = structure.classify([label, wraps, runs_on], 10.0)
    assert [(b.kind, b.text) for b in out] == [
        ("heading", "i) Besluitvormingsprocedure Raad"),
        ("paragraph", "Gekwalificeerde meerderheid"),
        (
            "list_item",
            "a) Een verplichting voor aanbieders om ook instant payments aan "
            "Te bieden tegen dezelfde prijs.",
        ),
        ("list_item", "b) Het kabinet steunt het voorstel van de Commissie."),
    ]
