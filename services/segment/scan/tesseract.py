"""The one way Tesseract is run: `tesseract stdin stdout` on a greyscale image, one thread.

The Debian packages `tesseract-ocr`, `tesseract-ocr-nld` and `tesseract-ocr-eng` provide it.
The subprocess stays in the caller's process group, so killing a segment worker ends it too.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from typing import Literal

TESSERACT_TIMEOUT_S = 120.0


class OcrFailed(Exception):
    """Tesseract is missing, failed, or took too long on a page."""


def tesseract(
    image: bytes,
    *,
    lang: str,
    psm: int,
    output: Literal["txt", "hocr"] = "txt",
    config: Mapping[str, str] | None = None,
) -> str:
    """Tesseract's reading of `image` (PGM bytes) in page-segmentation mode `psm`.

    `output`: plain text or hOCR; `config`: Tesseract variables (`-c name=value`).
    """
    args = ["-l", lang, "--psm", str(psm)]
    for name, value in (config or {}).items():
        args += ["-c", f"{name}={value}"]
    if output != "txt":
        args.append(output)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", *args],
            input=image,
            capture_output=True,
            timeout=TESSERACT_TIMEOUT_S,
            env=env,
            check=False,
        )
    except FileNotFoundError as exc:
        raise OcrFailed("tesseract is not installed (Debian: tesseract-ocr)") from exc
    except subprocess.TimeoutExpired as exc:
        raise OcrFailed(f"tesseract took over {TESSERACT_TIMEOUT_S:.0f} s") from exc
    if done.returncode != 0:
        raise OcrFailed(f"tesseract exited {done.returncode}: {done.stderr[-500:]!r}")
    return done.stdout.decode("utf-8", errors="replace")
