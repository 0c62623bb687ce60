"""The documents the segment benchmark reads: the development corpus and generated letters."""

from __future__ import annotations

import io
import os
import random
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Sample:
    name: str
    data: bytes
    pages: int


def shared_dir() -> Path:
    """`$STUKKEN_SHARED_DIR`, else `shared/` beside the repository (as CI checks it out)."""
    return Path(os.environ.get("STUKKEN_SHARED_DIR") or ROOT.parent / "shared")


def kamervragen() -> list[Sample]:
    folder = shared_dir() / "corpus" / "kamervragen"
    files = sorted(folder.glob("*.pdf"))
    if not files:
        raise SystemExit(f"no PDFs in {folder}: set STUKKEN_SHARED_DIR")
    return [_sample(f.stem[:8], f.read_bytes()) for f in files]


def concatenated(samples: list[Sample], copies: int) -> Sample:
    """One long document: the corpus files one after another, `copies` times."""
    out = pdfium.PdfDocument.new()
    for _ in range(copies):
        for s in samples:
            out.import_pages(pdfium.PdfDocument(s.data))
    return _sample(f"kamervragen x{copies}", _saved(out))


_VOCABULARY = (
    "de het een en van in op te dat voor met is zijn aan niet door ook bij om als worden "
    "minister kamer vragen antwoord beleid ministerie wet regeling gemeente provincie "
    "onderzoek rapport maatregel uitvoering toezicht financiering begroting jaar procent "
    "inspectie advies staatssecretaris brief commissie motie toezegging uitvoeringsorganisatie"
)
WORDS = _VOCABULARY.split()


def generated_letter(pages: int = 50, seed: int = 7) -> Sample:
    """A long ministry letter: headings, paragraphs, lists, footnotes, running header and footer."""
    rng = random.Random(seed)
    styles = getSampleStyleSheet()

    def sentence() -> str:
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 24))]
        return " ".join(words).capitalize() + "."

    def story(sections: int) -> list:
        flow: list = []
        for section in range(1, sections + 1):
            flow.append(Paragraph(f"{section}. {sentence()[:60]}", styles["Heading2"]))
            for _ in range(rng.randint(2, 5)):
                flow.append(Paragraph(" ".join(sentence() for _ in range(5)), styles["BodyText"]))
            items = [Paragraph(sentence(), styles["BodyText"]) for _ in range(rng.randint(2, 4))]
            flow.append(ListFlowable(items, bulletType="bullet"))
            flow.append(Spacer(1, 4 * mm))
        return flow

    def furniture(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(
            25 * mm, 285 * mm, "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
        )
        canvas.drawRightString(185 * mm, 12 * mm, f"Pagina {doc.page}")
        canvas.drawString(25 * mm, 18 * mm, f"1 Kamerstuk 29 383, nr. {300 + doc.page}")
        canvas.restoreState()

    sections = pages * 2
    while True:
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, topMargin=30 * mm, bottomMargin=28 * mm)
        doc.build(story(sections), onFirstPage=furniture, onLaterPages=furniture)
        letter = pdfium.PdfDocument(buf.getvalue())
        if len(letter) >= pages:
            break
        sections *= 2
    while len(letter) > pages:  # the story is sized generously; cut to the exact length
        letter.del_page(len(letter) - 1)
    return _sample(f"generated letter {pages}p", _saved(letter))


def scanned(sample: Sample, page: int = 0, dpi: int = 200) -> Sample:
    """One page of `sample` as an image-only PDF, as a scanner would deliver it."""
    image = pdfium.PdfDocument(sample.data)[page].render(scale=dpi / 72, grayscale=True).to_pil()
    buf = io.BytesIO()
    image.save(buf, format="PDF", resolution=dpi)
    return _sample(f"scan of {sample.name} p{page + 1}", buf.getvalue())


def _saved(pdf: pdfium.PdfDocument) -> bytes:
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def _sample(name: str, data: bytes) -> Sample:
    return Sample(name, data, len(pdfium.PdfDocument(data)))


def producers() -> dict[str, list[Sample]]:
    """The same documents typeset by different producers, by producer.

    The producer matrix (tests/fixtures/producers/pdf/<doc>.<producer>.pdf, or the folder in
    $STUKKEN_MATRIX_DIR) when present; always the rendered letters of tests/fixtures, with
    one text object per line, per word and per glyph, and the Chromium print of the letter.
    """
    out: dict[str, list[Sample]] = {}
    folder = Path(os.environ.get("STUKKEN_MATRIX_DIR") or ROOT / "tests/fixtures/producers/pdf")
    for path in sorted(folder.glob("*.*.pdf")):
        doc, producer = path.stem.split(".", 1)
        out.setdefault(f"matrix: {producer}", []).append(_sample(doc, path.read_bytes()))
    from tests.fixtures.html_letter import PDF as CHROMIUM_LETTER
    from tests.fixtures.letters import aanhangsel, ministry_letter

    for chunk in ("line", "word", "glyph"):
        out[f"letters: reportlab per {chunk}"] = [
            _sample(f"letter per {chunk}", ministry_letter(chunk).pdf),
            _sample(f"aanhangsel per {chunk}", aanhangsel(chunk).pdf),
        ]
    out["letters: chromium"] = [_sample("chromium letter", CHROMIUM_LETTER.read_bytes())]
    return out
