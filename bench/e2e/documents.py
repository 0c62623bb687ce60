"""The documents the end-to-end benchmark uploads.

- `letter(seed, run)`: a 10-page ministry letter answering parliamentary questions, typeset like
  the test fixture (letterhead, side column, "Pagina N van M", bold numbered questions, answers,
  footnotes with Kamerstuk numbers and URLs), with text varied per seed, so every letter has its
  own bytes, and one made-up search word (`Letter.token`) that only this letter contains.
- `long_document(pages, run)`: simple text pages, for the bounded-memory run.
- `corpus(run)`: the real kamervragen PDFs, each with a trailing comment naming the run, so the
  segment cache (keyed by content hash) never answers for a previous run.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.segment.corpus import shared_dir
from tests.fixtures.letters import _letter_first_page, _letter_furniture, words
from tests.fixtures.typeset import Frame, Typesetter

PAGES = 10
_VOCABULARY = (  # noqa: SIM905 - a paragraph reads better than a list
    "de het een en van in op te dat voor met is aan niet door ook bij om als worden "
    "minister kamer beleid ministerie wet regeling gemeente provincie onderzoek rapport "
    "maatregel uitvoering toezicht financiering begroting procent inspectie advies "
    "staatssecretaris commissie motie toezegging samenwerking grensregio politie douane "
    "criminaliteit ondermijning informatiedeling capaciteit opsporing vervolging rechtspraak"
).split()
_ORGS = (
    "Openbaar Ministerie", "Koninklijke Marechaussee", "Europol", "Eurojust", "Belastingdienst",
    "Inspectie Justitie en Veiligheid", "Raad van State", "Nationale Politie", "FIOD",
)  # fmt: skip
_PLACES = ("Limburg", "Noord-Holland", "Zeeland", "Rotterdam", "Brabant", "België", "Duitsland")
_LETTERS = "bcdfghjklmnpqrstvwxz"


@dataclass(frozen=True)
class Doc:
    name: str
    data: bytes
    pages: int
    token: str | None = None  # a word only this document contains (found by /search)


def _token(rng: random.Random) -> str:
    return "zq" + "".join(rng.choice(_LETTERS) for _ in range(10))


def _sentence(rng: random.Random) -> str:
    text = " ".join(rng.choice(_VOCABULARY) for _ in range(rng.randint(8, 20)))
    if rng.random() < 0.5:
        text += f" met de {rng.choice(_ORGS)} in {rng.choice(_PLACES)}"
    return text.capitalize() + "."


def letter(seed: int, run: str) -> Doc:
    """A `PAGES`-page ministry letter; the same (seed, run) gives the same bytes."""
    rng = random.Random(f"{run}/{seed}")
    token = _token(rng)
    frame = Frame(x=79, width=320, top=760, bottom=190, first_top=540)
    ts = Typesetter((595.28, 841.89), frame, _letter_furniture([PAGES]))  # type: ignore[arg-type]
    kst = rng.randint(29000, 36500)
    ts.note("1", f"Kamerstuk {kst // 1000} {kst % 1000:03d}, nr. {rng.randint(2, 400)}")
    ts.note("2", f"https://www.rijksoverheid.nl/documenten/kamerstukken/2022/{run}/{seed}")
    ts.note("3", f"Aanhangsel Handelingen II 2022/23, nr. {rng.randint(100, 3999)}")
    _letter_first_page(ts.canvas)
    ts.paragraph(
        words(
            f"In antwoord op uw brief deel ik u mee dat de schriftelijke vragen (kenmerk {token}) "
            f"over de aanpak van georganiseerde criminaliteit in {rng.choice(_PLACES)} worden "
            "beantwoord zoals aangegeven in deze brief."
        )
    )
    ts.paragraph(words("De Minister van Justitie en Veiligheid,"), space_after=40)
    ts.paragraph(words("D. Yesilgöz-Zegerius"))
    ts.y = frame.bottom - 1  # the questions start on a new page
    number = 0
    while ts.page < PAGES or ts.y > frame.bottom + 160:
        number += 1
        question = f"{number}. Kunt u aangeven {_sentence(rng)[:-1].lower()}?"
        ts.paragraph(words(question, bold=True))
        for part in range(rng.randint(1, 3)):
            answer = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
            if number <= 3 and part == 0:  # footnote markers 1-3 after the first sentence
                answer = answer.replace(".", f".^{number}", 1)
            ts.paragraph(words(answer))
    pdf = pdfium.PdfDocument(ts.finish())
    while len(pdf) > PAGES:  # the last answer may spill onto an eleventh page
        pdf.del_page(len(pdf) - 1)
    return Doc(f"letter-{seed:03d}", _saved(pdf), len(pdf), token)


def long_document(pages: int, run: str) -> Doc:
    """`pages` pages of plain running text (about 45 lines each), one per canvas page."""
    rng = random.Random(f"{run}/long")
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawString(72, 790, f"Bijlage {page}: verslag {run}")
        canvas.setFont("Helvetica", 10)
        y = 764.0
        while y > 80:
            canvas.drawString(72, y, _sentence(rng)[:95])
            y -= 15
        canvas.drawRightString(523, 40, f"Pagina {page} van {pages}")
        canvas.showPage()
    canvas.save()
    return Doc(f"long-{pages}p", buf.getvalue(), pages)


def corpus(run: str) -> list[Doc]:
    folder = shared_dir() / "corpus" / "kamervragen"
    files = sorted(Path(folder).glob("*.pdf"))
    if not files:
        raise SystemExit(f"no PDFs in {folder}: set STUKKEN_SHARED_DIR")
    out = []
    for f in files:
        data = f.read_bytes() + f"\n% stukken e2e bench run {run}\n".encode()
        out.append(Doc(f"kamervragen-{f.stem[:8]}", data, len(pdfium.PdfDocument(data))))
    return out


def _saved(pdf: pdfium.PdfDocument) -> bytes:
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()
