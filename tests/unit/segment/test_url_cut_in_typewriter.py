"""A URL cut where its line is full goes on below though the rest is set in another face (LaTeX's
typewriter \\url, a smaller size); a URL that ends a sentence does not take the next sentence's
first word (refs57's held-out thesis; the lead's review of `cuts_url`)."""

from __future__ import annotations

import pytest

from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import build_blocks
from services.segment.layout.repair import join_lines


def _line(y: float, x1: float, size: float, text: str, x0: float = 72.0) -> Line:
    return Line(1, x0, y - size, x1, y, y - 2, size, False, text)


@pytest.mark.parametrize(
    ("cut", "rest", "url"),
    [
        ("http://www.rcnp.osaka", "-u.ac.jp/index_old.html", "http://www.rcnp.osaka-u.ac.jp/index_old.html"),
        ("http://be.nucl.", "ap.titech.ac.jp/~nebula/specifications.php", "http://be.nucl.ap.titech.ac.jp/~nebula/specifications.php"),
    ],
)  # fmt: skip
def test_a_full_lines_url_goes_on_in_a_smaller_face(cut: str, rest: str, url: str) -> None:
    lines = [
        _line(700.0, 425.2, 9.95, f"[65] RCNP, “Research Center for Nuclear Physics.” {cut}"),
        _line(688.0, 202.5, 8.3, rest, x0=82.0),
        _line(676.0, 425.2, 9.95, "[66] Atsushi Tamii, Polarization transfer observables for"),
    ]
    blocks = build_blocks(lines, 425.23)
    assert blocks[0].text.endswith(url)
    assert blocks[1].text.startswith("[66]")


def test_a_short_lines_url_and_a_new_size_stay_apart() -> None:
    """No wrap, no cut: the URL ended where its line did, the smaller line is a block of its own."""
    lines = [
        _line(700.0, 300.0, 9.95, "Zie http://www.rcnp.osaka"),
        _line(688.0, 202.5, 8.3, "-u.ac.jp/index_old.html"),
    ]
    assert len(build_blocks(lines, 425.23)) == 2


def test_a_full_lines_url_ending_at_its_slash_keeps_a_label_below_apart() -> None:
    """A path may end at its slash: a label under it ('Redacteurs:') is no part of the URL."""
    url = "https://logius-standaarden.github.io/logboek-dataverwerkingen-juridisch-beleidskader/"
    lines = [_line(700.0, 425.2, 9.95, url), _line(688.0, 150.0, 12.0, "Redacteurs:")]
    assert [b.text for b in build_blocks(lines, 425.23)] == [url, "Redacteurs:"]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            ["Meer informatie staat op www.rijksoverheid.nl.", "De minister heeft besloten"],
            "Meer informatie staat op www.rijksoverheid.nl. De minister heeft besloten",
        ),
        (
            ["Zie https://www.open-overheid.nl/documenten.", "Daarnaast is het besluit"],
            "Zie https://www.open-overheid.nl/documenten. Daarnaast is het besluit",
        ),
        # a capital with a path after the dot is still the URL's
        (
            ["https://www.example.", "nl/Documenten/brief.pdf"],
            "https://www.example.nl/Documenten/brief.pdf",
        ),
        (
            ["https://www.example.nl/docs.", "Brief/2024/x.pdf"],
            "https://www.example.nl/docs.Brief/2024/x.pdf",
        ),
    ],
)
def test_a_url_that_ends_its_sentence_keeps_the_next_sentence_apart(
    lines: list[str], joined: str
) -> None:
    assert join_lines(lines) == joined
