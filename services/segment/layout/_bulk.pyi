# The C accelerator's calls (_bulk.c); addresses are ints (pdfium handles and functions).

from collections.abc import Callable
from typing import overload

def bind(
    page_count: int,
    page_get: int,
    form_count: int,
    form_get: int,
    object_type: int,
    object_bounds: int,
    loose_box: int,
    font_weight: int,
    font_size: int,
    text_matrix: int,
    char_origin: int,
    count_rects: int,
    font_info: int,
    text_object: int,
    is_generated: int,
    char_box: int,
    text_index: int,
    get_text: int,
    char_angle: int,
    crop_box: int,
    media_box: int,
    object_font: int,
    render_mode: int,
    /,
) -> None: ...
def paths(page: int, most: int, /) -> list[tuple[tuple[float, float, float, float], int]] | int: ...
def text_only(page: int, textpage: int, chars: int, /) -> bool: ...
def drawn(
    page: int, textpage: int, chars: int, most: int, /
) -> list[tuple[tuple[float, float, float, float], int]] | int: ...
def run_start(
    textpage: int, hypot: Callable[[float, float], float], i: int, /
) -> tuple[float, float | None]: ...
def loose_box(textpage: int, i: int, /) -> tuple[float, float, float, float] | None: ...
def char_boxes(textpage: int, count: int, /) -> list[tuple[float, float, float, float]]: ...
def image_bounds(page: int, levels: int, /) -> list[tuple[float, float, float, float]]: ...
def drawn_at(text: str, boxes: list[tuple[float, float, float, float]], /) -> list[int] | None: ...
def word_middles(
    text: str, boxes: list[tuple[float, float, float, float]], /
) -> tuple[list[float], list[float], bytes, list[int]] | None: ...
def text_lines(
    glyphs: list[tuple[float, float, float, float]], x0: float, x1: float, near: float, /
) -> list[tuple[float, float, list[tuple[float, float, float, float]], bool]] | None: ...
def box_middles(
    boxes: list[tuple[float, float, float, float]], /
) -> tuple[list[float], list[int]] | None: ...
def count_rects(textpage: int, start: int = 0, count: int = -1, /) -> int: ...
def page_text(textpage: int, n: int, /) -> str: ...
def line_spans(text: str, /) -> list[tuple[int, int]]: ...
def one_rect(textpage: int, start: int, count: int, /) -> bool: ...
@overload
def bold(textpage: int, name: int, i: int, /) -> bool: ...
@overload
def bold(textpage: int, name: int, weight: int, i: int, /) -> bool: ...
def italic(textpage: int, name: int, i: int, /) -> bool: ...
def invisible(textpage: int, i: int, /) -> bool: ...
def remember_fonts(on: bool, /) -> bool: ...
def join_words(
    textpage: int,
    text: str,
    pos: int,
    end: int,
    digits: bool,
    low: float,
    high: float,
    under: float,
    over: float,
    least: float,
    most: float,
    near: float,
    far: float,
    weight: int,
    font: int,
    x1: float,
    y0: float,
    y1: float,
    /,
) -> tuple[int, int, tuple[float | int, ...] | None, float, float, float]: ...
def line_runs(
    textpage: int,
    name: int,
    hypot: Callable[[float, float], float],
    text: str,
    start: int,
    end: int,
    /,
) -> list[tuple[str, float, float, float, float, float, float, bool, float, bool]] | None: ...
def page_lines(
    textpage: int,
    name: int,
    hypot: Callable[[float, float], float],
    text: str,
    spans: list[tuple[int, int]],
    k: int,
    /,
) -> tuple[
    list[list[tuple[str, float, float, float, float, float, float, bool, float, bool]]], int
]: ...
def visible_bottom(page: int, /) -> float: ...
def form_named(data: bytes, /) -> bool: ...
def next_escape(data: bytes, pos: int, /) -> int: ...
def unknown_count(text: str, /) -> int: ...
def function_words(
    text: str, most: int, first: frozenset[bytes], second: frozenset[bytes], /
) -> tuple[int, int]: ...
