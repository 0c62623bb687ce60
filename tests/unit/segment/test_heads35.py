"""What heads35 fixed of read34's audit (bench/breadth/report-read34.md, classes C, D, E;
bench/breadth/report-heads35.md): heads a reader gives that main missed, and heads main made
of what a reader reads as something else.

- A contents page that sets each entry's page number before its title, dot leaders gone (the
  UWV cliëntenraad's jaarverslag: '3. Voorwoord', '34. Bijlagen', '40. Colofon'): its entries are
  list items, not heads; the numbers rise in jumps, as pages do. The section that opens under
  the contents ('1. Inleiding') stays a head. The cover's and the contents' own heads rank no
  section's head: 'Voorwoord' is at level 1.
- An italic subhead in the body's size over a bulleted list ('Relatie burger-overheid', the
  coalitieakkoord 2021-2025), and an italic first line right under a bold head ('Toelichting'
  / 'Politieke context', an IenW beslisnota): heads. An italic intro paragraph, an italic
  one-line quotation ending in a full stop and an italic caption stay paragraphs.
- A memo's header (KING's StUF verslag): values under labels in small type ('Van' / 'KING'),
  the label 'Betreft/datum' and a footer's 'Pagina' head nothing; nor does a ministry's or an
  agency's name atop a page ('Rijksdienst voor Ondernemend Nederland', RVO's annex).

The fixtures: `python -m tests.fixtures.heads35.src.build` (reportlab and Chromium each;
LibreOffice for the italic heads' page)."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.segmenter import segment_pdf

FIXTURES = Path(__file__).parents[2] / "fixtures" / "heads35"
PRODUCERS = ["", ".chromium"]
# LibreOffice's HTML import reads the contents' and the memo's pages right on main already
# (it ignores the page breaks); its italic heads' page fails there as the others do
ITALIC = [*PRODUCERS, ".libreoffice"]


def _segments(name: str) -> list[tuple[str, str, int | None]]:
    doc = segment_pdf((FIXTURES / f"{name}.pdf").read_bytes(), ocr=False)
    return [(s.kind, " ".join(s.text.split()).lstrip("•● "), s.level) for s in doc.segments]


def _kinds(segments: list[tuple[str, str, int | None]], start: str) -> list[str]:
    return [k for k, t, _ in segments if t.startswith(start)]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_contents_entries_led_by_their_page_numbers_are_no_heads(producer: str) -> None:
    segments = _segments(f"inhoud{producer}")
    page2 = [s for s in segments if s[1][:2] in ("3.", "5.", "9.", "12")]
    assert [k for k, _, _ in page2] == ["list_item"] * 4, segments
    # the first section's own head under the contents: its number does not rise
    assert _kinds(segments, "1. Inleiding") == ["heading"], segments


@pytest.mark.parametrize("producer", PRODUCERS)
def test_front_matter_ranks_no_section(producer: str) -> None:
    segments = _segments(f"inhoud{producer}")
    for name in ("Voorwoord", "Bijlagen", "Colofon"):
        assert [(k, lv) for k, t, lv in segments if t == name] == [("heading", 1)], name


@pytest.mark.parametrize("producer", ITALIC)
def test_italic_subheads_in_the_body_size_are_heads(producer: str) -> None:
    segments = _segments(f"cursief{producer}")
    for head in ("Relatie burger-overheid", "Versterken van democratische instituties"):
        assert _kinds(segments, head) == ["heading"], (head, segments)
    assert _kinds(segments, "Politieke context") == ["heading"], segments
    assert _kinds(segments, "Het programmaplan is aangekondigd") == ["paragraph"]
    levels = {t: lv or 0 for k, t, lv in segments if k == "heading"}
    assert levels["Relatie burger-overheid"] == levels["Versterken van democratische instituties"]
    # one under the head above in a heading's type, not under every style of the document
    assert (
        levels["Relatie burger-overheid"]
        == levels["Versterking van de democratische rechtsorde"] + 1
    )


@pytest.mark.parametrize("producer", ITALIC)
def test_italic_intro_quotation_and_caption_stay_paragraphs(producer: str) -> None:
    segments = _segments(f"cursief{producer}")
    for start in (
        "De democratische rechtsorde is het fundament",
        "Vertrouwen komt te voet",
        "Figuur 1 Opkomst",
    ):
        assert _kinds(segments, start) == ["paragraph"], (start, segments)
    items = [t for k, t, _ in segments if k == "list_item"]
    assert len(items) == 4, segments


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_memo_headers_labels_values_and_page_label_head_nothing(producer: str) -> None:
    segments = _segments(f"memo{producer}")
    for text in ("KING", "Deelnemers StUF Expertgroep", "Betreft/datum", "Pagina"):
        kinds = _kinds(segments, text)
        assert kinds and "heading" not in kinds, (text, segments)
    heads = [t for k, t, _ in segments if k == "heading"]
    assert "1. Opening en mededelingen" in heads
    assert "2. Goedkeuring notulen" in heads


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_senders_name_atop_an_annex_heads_nothing(producer: str) -> None:
    """'Rijksdienst voor Ondernemend Nederland' atop a Wob decision's inventory (RVO, the
    uromastyx decision p8) in a type of its own: no head, and its type ranks none of the
    letter's heads (main put 'Procedure' at 3 under it; a reader would say 1: the annex's
    larger title still ranks above the letter's heads, which is left)."""
    segments = _segments(f"besluit{producer}")
    assert _kinds(segments, "Rijksdienst voor Ondernemend Nederland") == ["paragraph"]
    levels = {t: lv or 0 for k, t, lv in segments if k == "heading"}
    assert levels["Procedure"] == levels["Besluit"] == 2, segments
