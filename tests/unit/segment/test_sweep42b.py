"""sweep42b: a Woo release's e-mail header whose long address list was redacted name by name.

Thirty recipients, each name blacked out, leave line after line of domains, brackets and grounds
("@minvws.nl>; 5.1.2e <") between "Aan:" and "Onderwerp:", and the boxes split some of those
lines into a table's cells. The header is one block with its subject all the same; a body's
prose, a table of figures and a list of contacts stay what they were.
"""

from __future__ import annotations

from services.segment.families.email import address_residue, split_headers
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block

_Y = [800.0]


def _line(text: str, page: int = 1) -> Line:
    _Y[0] -= 12
    return Line(page, 72, _Y[0], 500, _Y[0] + 10, _Y[0] + 2, 10, False, text)


def _block(*texts: str, kind: str = "paragraph", page: int = 1) -> Block:
    block = Block([_line(t, page) for t in texts], kind=kind)
    if kind == "table":
        block.rows = [t.split(" | ") for t in texts]
        block.text = "\n".join(texts)
    else:
        block.finish()
    return block


_RESIDUE = [
    "5.1.2e @minvws.nl>; 5.1.2e (5.1.2e) <",
    "EE, [ERED 1.",
    "@minjenv.nl>; EXE 5.1.2e",
    "nl;",
    "E. A minvws.nl>",
    "<BR @minezk.nl>; BEES],",
    "5.1.2e 5.1.2e @minocw.nl>;",
    "IEEE",
    "@minbzk.nl>; 5.1.2e",
    "[EXSY 5.1.2e @minvws.nl>;",
    "REL 5.1.2e <",
    "@ifv.nl>; 5.1.2e",
    "EAE 1.",
    "@minvws.nl>",
]


def _headers(blocks: list[Block]) -> list[Block]:
    return [b for b in split_headers(blocks) if b.kind == "email_header"]


def test_a_long_redacted_address_list_stays_in_its_header() -> None:
    blocks = [
        _block("Van: 5.1.2e", "Verzonden: maandag 14 september 2020 13:41", "Aan: 5.1.2e"),
        *[_block(t) for t in _RESIDUE],  # each line a block of its own, as the boxes cut them
        _block("Onderwerp: RE: ondertekende aanwijzing leerlingenvervoer"),
        _block("Dag allen, bijgevoegd de ondertekende aanwijzing die vrijdag is verstuurd."),
    ]
    headers = _headers(blocks)
    assert len(headers) == 1
    fields = headers[0].fields or {}
    assert fields["subject"] == "RE: ondertekende aanwijzing leerlingenvervoer"
    assert "@minocw.nl" in fields["to"]
    body = [b for b in split_headers(blocks) if b.kind != "email_header"]
    assert [b.text for b in body] == [
        "Dag allen, bijgevoegd de ondertekende aanwijzing die vrijdag is verstuurd."
    ]


def test_address_rows_read_as_a_table_stay_in_the_header() -> None:
    blocks = [
        _block("Verzonden: vrijdag 11 september 2020 09:10"),
        _block(
            "Aan: 5.1.2e | @minfin.nl>; | [CRETE ERIE",
            "5.1.2e | @rivm.nl>; | 5.1.2e",
            "@MINSZW.NL>; | EEE | @inspectieszw.nl>;",
            kind="table",
        ),
        _block("BED, (ERED 1.", "@minaz.nl>; 5.1.2e"),
        _block("Onderwerp: Afspraken vervolgtraject Gedrag en Corona"),
        _block("Hoi allen, bijgevoegd de notulen van het overleg van 9/9."),
    ]
    headers = _headers(blocks)
    assert len(headers) == 1
    assert (headers[0].fields or {})["subject"] == "Afspraken vervolgtraject Gedrag en Corona"
    assert (headers[0].fields or {})["sent"].startswith("vrijdag 11 september")


def test_a_wrapped_address_line_read_as_cells_stays_in_the_header() -> None:
    blocks = [
        _block("Verzonden: donderdag 24 september 2020 10:28"),
        _block(") | minvws.nl>", ") | minvws.nl>", kind="table"),
        _block("Onderwerp: FW: Update SET COVID-19 2.0"),
        _block("Ik kreeg een afwezigheidsmelding in verband met vakantie."),
    ]
    assert len(_headers(blocks)) == 1


def test_prose_between_the_labels_ends_the_header() -> None:
    """A body line (a lower-case word of four letters or more) is no address list's residue:
    a header without a subject ends before it, and a later subject line is not pulled in."""
    blocks = [
        _block("Van: 5.1.2e", "Verzonden: maandag 14 september 2020 13:41", "Aan: 5.1.2e"),
        _block("@minvws.nl>;"),
        _block("Zie de bijlage voor de stukken van het overleg."),
        _block("EE, [ERED 1."),
        _block("Onderwerp: iets anders"),
    ]
    out = split_headers(blocks)
    assert any(b.kind != "email_header" and "Zie de bijlage" in b.text for b in out)
    headers = [b for b in out if b.kind == "email_header"]
    assert all("iets anders" not in (h.fields or {}).get("subject", "") for h in headers)


def test_tables_of_figures_and_contacts_stay_tables() -> None:
    figures = _block("2020 | 12 | 34", "2021 | 56 | 78", kind="table")
    contacts = _block(
        "Naam | e-mail | telefoon",
        "Jan Jansen | jan.jansen@minvws.nl | 070 1234567",
        "Piet Pieters | piet@rivm.nl | 030 7654321",
        "Klaas Klaassen | klaas@ggd.nl | 010 1112223",
        kind="table",
    )
    blocks = [
        _block("Van: 5.1.2e", "Verzonden: maandag 14 september 2020 13:41"),
        _block("Aan: 5.1.2e @minvws.nl>", "Onderwerp: cijfers"),
        _block("Hierbij de cijfers en de contactpersonen."),
        figures,
        contacts,
    ]
    out = split_headers(blocks)
    assert figures in out and figures.kind == "table"
    assert contacts in out and contacts.kind == "table"


def test_what_reads_as_residue() -> None:
    assert address_residue("@minvws.nl>; 5.1.2e")
    assert address_residue("EE, [ERED 1.")
    assert address_residue("nl;")
    assert not address_residue("Dag allen, bijgevoegd de aanwijzing")
    assert not address_residue("")


def test_a_correspondent_of_noise_without_a_ground_is_redacted() -> None:
    """A box the scanner read (") !", "512%1.512 [512") names no one: the field says redacted,
    as a blacked-out name with its ground does; an attachment's name is left as it is."""
    blocks = [
        _block(
            "To: 512%1.512 [512",
            "From: ) !",
            "Sent: Wed 9/9/2020 10:06:02 AM",
            "Subject: Re: proces duiding",
            "Attachments: 200911.pdf",
        ),
        _block("Dank voor het overzicht van de escalatieladder."),
    ]
    (header,) = _headers(blocks)
    fields = header.fields or {}
    assert (fields["to"], fields["from"]) == ("[redacted]", "[redacted]")
    assert fields["attachments"] == "200911.pdf"
