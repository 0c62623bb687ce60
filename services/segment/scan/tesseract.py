"""The one way Tesseract is run: in process, through `tesserocr`, one engine kept per language.

Loading the language models costs about as much as reading a page, so an engine stays loaded
for the life of the worker and each page, and each re-read of a marker or a doubtful word, is
only a recognition. One OpenMP thread per worker (`OMP_THREAD_LIMIT=1`, set before the library
loads): the service scales by workers per core, and Tesseract's own threads only fight them.

The `tesserocr` wheel brings its own libtesseract; the language data comes from the Debian
packages `tesseract-ocr-nld` and `tesseract-ocr-eng` (or `TESSDATA_PREFIX`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

os.environ["OMP_THREAD_LIMIT"] = "1"  # read once, when libgomp loads with tesserocr

TESSERACT_TIMEOUT_S = 120.0
# Where Debian (and a source install) put the language data, newest first.
_TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)


class OcrFailed(Exception):
    """Tesseract is missing, failed, or took too long on a page."""


class OcrTimedOut(OcrFailed):
    """Tesseract's recognition took longer than its limit, or failed (its API does not say
    which): a page worth reading again at a lower resolution (`scan/retry.py`)."""


@dataclass(frozen=True, slots=True)
class Grey:
    """An 8-bit greyscale image, rows top to bottom, `width` bytes a row."""

    width: int
    height: int
    pixels: bytes

    def pgm(self) -> bytes:
        """The image as a binary PGM file (for the `tesseract` command line, in the bench)."""
        return b"P5\n%d %d\n255\n" % (self.width, self.height) + self.pixels


def tesseract(
    image: Grey,
    *,
    lang: str,
    psm: int,
    output: Literal["txt", "hocr"] = "txt",
    config: Mapping[str, str] | None = None,
    timeout_s: float | None = None,
) -> str:
    """Tesseract's reading of `image` in page-segmentation mode `psm`.

    `output`: plain text or hOCR; `config`: Tesseract variables (as `-c name=value`);
    `timeout_s`: the recognition's limit (default `TESSERACT_TIMEOUT_S`), else `OcrTimedOut`.
    """
    limit = TESSERACT_TIMEOUT_S if timeout_s is None else timeout_s
    api = _engine(lang, config or {})
    api.SetPageSegMode(psm)
    api.SetImageBytes(image.pixels, image.width, image.height, 1, image.width)
    if not api.Recognize(timeout=int(limit * 1000)):
        api.Clear()
        raise OcrTimedOut(f"tesseract failed or took over {limit:g} s")
    text: str = api.GetHOCRText(0) if output == "hocr" else api.GetUTF8Text()
    api.Clear()
    return text


_local = threading.local()  # an engine serves one thread at a time


def _engine(lang: str, config: Mapping[str, str]) -> Any:
    engines: dict[tuple[str, tuple[tuple[str, str], ...]], Any] = _local.__dict__.setdefault(
        "engines", {}
    )
    key = (lang, tuple(sorted(config.items())))
    if key not in engines:
        engines[key] = _load(lang, dict(config))
    return engines[key]


def _load(lang: str, config: dict[str, str]) -> Any:
    try:
        import tesserocr
    except ImportError as exc:
        raise OcrFailed("tesserocr is not installed (pip install stukken)") from exc
    path = tessdata_dir(lang)
    try:
        return tesserocr.PyTessBaseAPI(path=path, lang=lang, variables=config)
    except RuntimeError as exc:
        raise OcrFailed(f"tesseract could not load {lang!r} from {path}: {exc}") from exc


def tessdata_dir(lang: str) -> str:
    """The directory with every language of `lang` ("nld+eng"), with a trailing slash."""
    names = [f"{code.lstrip('~')}.traineddata" for code in lang.split("+")]
    prefix = os.environ.get("TESSDATA_PREFIX")
    for candidate in ([prefix] if prefix else []) + list(_TESSDATA_DIRS):
        if all((Path(candidate) / name).is_file() for name in names):
            return candidate.rstrip("/") + "/"
    debian = " ".join(f"tesseract-ocr-{code}" for code in lang.split("+"))
    raise OcrFailed(f"no Tesseract language data for {lang!r} (Debian: {debian})")
