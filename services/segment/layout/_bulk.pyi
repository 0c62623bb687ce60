# The C accelerator's calls (_bulk.c); addresses are ints (pdfium handles and functions).

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
    /,
) -> None: ...
def paths(page: int, most: int, /) -> list[tuple[tuple[float, float, float, float], int]] | int: ...
def run_start(
    textpage: int, i: int, /
) -> tuple[float, float | None, float | None, float | None]: ...
def count_rects(textpage: int, start: int, count: int, /) -> int: ...
def bold(textpage: int, i: int, weight: int | None, name: int, /) -> bool: ...
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
    x1: float,
    y0: float,
    y1: float,
    /,
) -> tuple[int, int, tuple[float | int, ...] | None, float, float, float]: ...
