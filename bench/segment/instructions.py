"""Where a producer's pages spend their time, in instructions: stage by stage, without timing noise.

Run from the repository root (needs valgrind; a few minutes a producer):
    .venv/bin/python -m bench.segment.instructions [--producer reportlab-glyph ...]

Each stage of `segment_pdf` is run cumulatively under callgrind, once over the producer's
documents with 3 passes and once with 1; the difference over 2 passes is the instructions of a
pass without imports and warm-up, divided by the pages:
- pdfium: loading each page and its text page, nothing else (the raw pdfium of run.py's matrix);
- runs: + reading the text runs (`read_page_runs`: pdfium's lines and words, the OCR checks);
- tables: + the tables the page draws (`read_grids`: a walk over every page object);
- layout: + everything after (`segment_pages`: columns, lines, blocks, families, quality).
Instructions are not seconds (pdfium runs more of them per second than Python), but they are
the same on a loaded machine, so two versions of the code compare exactly. The child runs with
a fixed hash seed: with Python's random one, set and dict orders (and the work in them) move a
page's count by up to 0.3M from run to run (speed19).
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
from pathlib import Path

from bench.callgrind import instructions

STAGES = ("pdfium", "runs", "tables", "layout")


def _child(stage: str, passes: int, files: list[str]) -> None:
    """Run `stage` (and the stages before it) `passes` times over `files`."""
    import pypdfium2 as pdfium

    from services.segment.layout.grids import read_grids
    from services.segment.segmenter import read_page_runs, segment_pdf

    datas = [Path(f).read_bytes() for f in files]
    for _ in range(passes):
        for data in datas:
            if stage == "layout":
                segment_pdf(data, ocr=True, max_pages=None)
                continue
            pdf = pdfium.PdfDocument(data)
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                if stage != "pdfium":
                    runs = read_page_runs(page, index + 1, True, None, textpage)
                    if stage == "tables":
                        read_grids(page, index + 1, textpage, runs)
                textpage.close()
                page.close()
            pdf.close()


def _instructions(stage: str, passes: int, files: list[str]) -> int:
    return instructions(["-m", "bench.segment.instructions", "--child", stage, str(passes), *files])


def per_page(stage: str, files: list[str], pages: int) -> float:
    """Instructions a page of `files` costs up to and including `stage`."""
    return (_instructions(stage, 3, files) - _instructions(stage, 1, files)) / (2 * pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--producer", action="append", help="e.g. reportlab-glyph; default all")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        stage, passes, *files = args.child
        _child(stage, int(passes), files)
        return
    from bench.segment.corpus import producers

    print("| producer | pages | pdfium | runs | tables | layout | own / pdfium |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, samples in producers().items():
        if args.producer and not any(p in name for p in args.producer):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            files = []
            for k, sample in enumerate(samples):
                path = Path(tmp) / f"{k}.pdf"
                path.write_bytes(sample.data)
                files.append(str(path))
            pages = sum(s.pages for s in samples)
            total = [per_page(stage, files, pages) for stage in STAGES]
        steps = [total[0]] + [b - a for a, b in itertools.pairwise(total)]
        cells = " | ".join(f"{s / 1e6:.1f}M" for s in steps)
        ratio = (total[-1] - total[0]) / total[0]
        print(f"| {name} | {pages} | {cells} | {ratio:.0%} |", flush=True)


if __name__ == "__main__":
    main()
