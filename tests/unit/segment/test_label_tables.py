"""A besluitenlijst sets its labels in a column beside the text: 'Zaak:' heads a cell whose text
wraps over the lines below, which belong to its row, while a label over a list of short
entries ('Volgcommissie(s):' over one committee a line) keeps the entries apart."""

from __future__ import annotations

from services.segment.layout.lines import Line
from services.segment.layout.tables import _table

_MARGIN = 500.0  # the text column's right edge


def _line(y: float, label: str, text: str, full: bool = False) -> Line:
    """A line of the table; a full one reaches the margin (its text wrapped there)."""
    end = _MARGIN if full else 180.0 + 4.0 * len(text)
    cells = [(180.0, end, text)]
    if label:
        cells.insert(0, (72.0, 72.0 + 5.0 * len(label), label))
    text_all = f"{label} {text}".strip()
    return Line(1, cells[0][0], y - 2, end, y + 8, y, 10.0, False, text_all, cells=cells)


def test_a_label_column_beside_wrapped_text_and_beside_a_list() -> None:
    lines = [
        _line(700, "Zaak:", "Brief regering - minister van Financien - 14", full=True),
        _line(688, "", "oktober 2016 Verzending aan Commissie - 21501-07-", full=True),
        _line(676, "", "1400"),
        _line(664, "Besluit:", "Voor kennisgeving aangenomen."),
        _line(652, "Volgcommissie(s):", "BuZa i.v.m. agendapunt 24"),
        _line(640, "", "EZ i.v.m. agendapunt 24"),
        _line(628, "", "FIN i.v.m. agendapunt 19"),
        _line(616, "Noot:", "De commissie vraagt om een reactie op het rapport van de", full=True),
        _line(604, "", "Algemene Rekenkamer."),
        _line(592, "", "1. Algemeen (een uur)", full=True),
        _line(580, "", "2. Jeugdzorg (half uur)"),
    ]
    assert _table(lines).rows == [
        [
            "Zaak:",
            "Brief regering - minister van Financien - 14 oktober 2016 Verzending aan Commissie"
            " - 21501-07-1400",
        ],
        ["Besluit:", "Voor kennisgeving aangenomen."],
        ["Volgcommissie(s):", "BuZa i.v.m. agendapunt 24"],
        ["", "EZ i.v.m. agendapunt 24"],
        ["", "FIN i.v.m. agendapunt 19"],
        ["Noot:", "De commissie vraagt om een reactie op het rapport van de Algemene Rekenkamer."],
        ["", "1. Algemeen (een uur)"],
        ["", "2. Jeugdzorg (half uur)"],
    ]
