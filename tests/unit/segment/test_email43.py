"""matrix43: a header set as a label column ends at a line at the labels' edge.

An e-mail printed with its labels in a column ('Van:', 'Verzonden:', ... and the values at one
tab stop) hangs a wrapped value in the values' column; the salutation under the subject starts at
the labels' edge and is the message's first line, not the subject's wrap (the producer matrix's
printed thread read it into the subject by some producers and not by others). A header set
inline ('Onderwerp: ...' wrapping to the margin) keeps its wrapped subject.
"""

from __future__ import annotations

from services.segment.families.email import split_headers
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block

_Y = [800.0]
_LABELS, _VALUES = 72.0, 142.0


def _line(label: str, value: str, x: float = _LABELS) -> Line:
    _Y[0] -= 12
    y = _Y[0]
    text = f"{label} {value}".strip()
    cells = [(_LABELS, _LABELS + 40, label), (_VALUES, 500, value)] if label else []
    return Line(1, x, y, 500, y + 10, y + 2, 10, False, text, cells=cells)


def _subject(block: list[Line]) -> str:
    headers = [
        b
        for b in split_headers([Block(block, kind="paragraph").finish()])
        if b.kind == "email_header"
    ]
    assert len(headers) == 1
    return (headers[0].fields or {})["subject"]


def _tabbed_header() -> list[Line]:
    return [
        _line("Van:", "5.1.2e"),
        _line("Verzonden:", "woensdag 19 maart 2025 16:42"),
        _line("Aan:", "5.1.2e"),
        _line("Onderwerp:", "RE: evaluatie pilot"),
    ]


def test_a_salutation_at_the_labels_edge_is_no_wrapped_subject() -> None:
    lines = [*_tabbed_header(), _line("", "Dag 5.1.2e,")]
    assert _subject(lines) == "RE: evaluatie pilot"


def test_a_subject_wrapped_in_the_values_column_stays_the_subject() -> None:
    lines = [*_tabbed_header(), _line("", "camera's bij stations", x=_VALUES)]
    assert _subject(lines) == "RE: evaluatie pilot camera's bij stations"


def test_an_inline_header_keeps_its_subject_wrapped_to_the_margin() -> None:
    inline = [
        Line(1, _LABELS, 700.0 - 12 * k, 500, 710.0 - 12 * k, 702.0 - 12 * k, 10, False, text)
        for k, text in enumerate(
            [
                "Van: 5.1.2e",
                "Verzonden: woensdag 19 maart 2025 16:42",
                "Aan: 5.1.2e",
                "Onderwerp: RE: evaluatie pilot",
                "camera's bij stations",
            ]
        )
    ]
    assert _subject(inline) == "RE: evaluatie pilot camera's bij stations"
