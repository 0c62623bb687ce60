"""email42: e-mail headers a page break split, or whose address lost its "@" to a redaction.

A Woo release prints a thread page after page: a header may end its page at "Aan:" and have its
"Onderwerp:" at the next page's top, under the release's stamp number. And a quoted header from
a phone ("Van:/Datum:/Aan:/Onderwerp:", labels a memo uses too) may keep only "umcutrecht.nl>" of
its sender's address once the name is blacked out. Both are read as headers; a page opening on
prose or on the next message, a subject already read, and a memo's header stay as they were.
"""

from __future__ import annotations

from services.segment.families.email import split_headers
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block

_Y = [800.0]


def _line(text: str, page: int) -> Line:
    _Y[0] -= 12
    return Line(page, 72, _Y[0], 500, _Y[0] + 10, _Y[0] + 2, 10, False, text)


def _block(*texts: str, kind: str = "paragraph", page: int = 1) -> Block:
    return Block([_line(t, page) for t in texts], kind=kind).finish()


def _headers(blocks: list[Block]) -> list[Block]:
    return [b for b in split_headers(blocks) if b.kind == "email_header"]


def _page_end_header() -> Block:
    return _block(
        "Van: 5.1.2e",
        "Verzonden: vrijdag 18 september 2020 16:11",
        "Aan: 5.1.2e @minvws.nl>",
    )


_STAMP = _block("183549", kind="furniture", page=2)
_BODY = "Hierbij mijn laatste versie, met de uitzonderingen voor de quarantaine verwerkt."


def test_a_subject_on_the_next_page_joins_its_header() -> None:
    blocks = [
        _block("Goed, dank je wel voor het meelezen."),
        _page_end_header(),
        _STAMP,
        _block("Onderwerp: RE: reactie op brondocument 7.8", page=2),
        _block(_BODY, page=2),
    ]
    out = split_headers(blocks)
    headers = [b for b in out if b.kind == "email_header"]
    assert len(headers) == 1
    fields = headers[0].fields or {}
    assert fields["subject"] == "RE: reactie op brondocument 7.8"
    assert fields["sent"] == "vrijdag 18 september 2020 16:11"
    assert [b.kind for b in out] == ["paragraph", "email_header", "furniture", "paragraph"]
    assert out[-1].text == _BODY  # the body stays the body


def test_a_wrapped_subject_in_the_same_block_comes_along_but_the_body_does_not() -> None:
    blocks = [
        _page_end_header(),
        _STAMP,
        _block(
            "Onderwerp: RE: proces duiding en escalatieladder voor de",
            "veiligheidsregio's",
            "Bijlagen: 200911 notitie.pdf",
            page=2,
        ),
        _block(_BODY, page=2),
    ]
    out = split_headers(blocks)
    fields = _headers(blocks)[0].fields or {}
    assert fields["subject"].endswith("voor de veiligheidsregio's")
    assert fields["attachments"] == "200911 notitie.pdf"
    assert out[-1].text == _BODY


def test_a_next_page_opening_on_prose_is_left_alone() -> None:
    blocks = [_page_end_header(), _STAMP, _block(_BODY, page=2)]
    out = split_headers(blocks)
    assert [b.kind for b in out] == ["email_header", "furniture", "paragraph"]
    assert "subject" not in (out[0].fields or {})


def test_the_next_message_on_the_next_page_is_a_header_of_its_own() -> None:
    blocks = [
        _page_end_header(),
        _STAMP,
        _block(
            "Van: 5.1.2e @rivm.nl>",
            "Verzonden: donderdag 17 september 2020 09:02",
            "Onderwerp: reactie op brondocument 7.8",
            page=2,
        ),
    ]
    headers = _headers(blocks)
    assert len(headers) == 2
    assert "subject" not in (headers[0].fields or {})


def test_a_subject_after_body_text_or_two_pages_on_stays_body() -> None:
    mid_page = [
        _page_end_header(),
        _block(_BODY),  # the header does not end its page
        _STAMP,
        _block("Onderwerp: RE: reactie op brondocument 7.8", page=2),
    ]
    assert "subject" not in (_headers(mid_page)[0].fields or {})
    far = [
        _page_end_header(),
        _block("183549", kind="furniture", page=3),
        _block("Onderwerp: RE: reactie op brondocument 7.8", page=3),
    ]
    assert "subject" not in (_headers(far)[0].fields or {})


def test_a_header_with_its_subject_takes_nothing_from_the_next_page() -> None:
    blocks = [
        _block(
            "Van: 5.1.2e",
            "Verzonden: vrijdag 18 september 2020 16:11",
            "Onderwerp: RE: reactie op brondocument 7.8",
        ),
        _STAMP,
        _block("Aan: allen die het aangaat", page=2),
    ]
    out = split_headers(blocks)
    assert (out[0].fields or {}).get("to") is None
    assert out[-1].text == "Aan: allen die het aangaat"


def test_a_quoted_header_whose_address_lost_its_at_sign_is_a_header() -> None:
    blocks = [
        _block('Van: "EEN. BE. umcutrecht.nl> namens METC Utrecht'),
        _block("Datum: donderdag 25 februari 2021 om 11:07"),
        _block("Onderwerp: METC afweging reikwijdte WMO voor aanvraag 21-146/C"),
        _block("Betreft: 21/146 getiteld Herevaluatie van de standaard gebruikte testen"),
    ]
    headers = _headers(blocks)
    assert len(headers) == 1
    fields = headers[0].fields or {}
    assert fields["sent"] == "donderdag 25 februari 2021 om 11:07"
    assert "umcutrecht.nl>" in fields["from"]


def test_a_memos_header_is_no_e_mail() -> None:
    blocks = [
        _block("Aan: de minister van VWS"),
        _block("Van: directeur Publieke Gezondheid (zie www.rijksoverheid.nl)"),
        _block("Datum: 3 maart 2021"),
        _block("Onderwerp: testbeleid in het onderwijs"),
    ]
    assert _headers(blocks) == []
