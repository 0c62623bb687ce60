# ruff: noqa: E501  (prose templates and table rows read best on one line each)
"""ocr49: references and entities under OCR, measured at scale on typeset-and-scanned documents.

Writes nothing into the repository: every file goes under OUT (default /work/evalset-ocr49).

  python bench/enrich/ocr49_harness.py make      # texts -> PDFs (reportlab, chromium), seed 49
  python bench/enrich/ocr49_harness.py scan      # PDFs -> degraded image-only PDFs
  python bench/enrich/ocr49_harness.py segment   # stukken's segmenter (and its Tesseract) on both
  python bench/enrich/ocr49_harness.py enrich TAG  # the enricher at PYTHONPATH -> finds-TAG.json
  python bench/enrich/ocr49_harness.py score TAG   # scan finds against the clean PDF's finds

The documents are written here from templates (Kamervragen answers, Kamerbrieven, Woo decisions)
with real names (people.tsv, organisations.tsv) and references in the forms government papers
print them; numbers are drawn at random. The gold of a scanned copy is the enrichment of the same
PDF read from its text layer: a scan's find that the clean copy does not hold (type and normalized
value) is invented; a clean find the scan does not give back is lost to OCR.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

OUT = Path(os.environ.get("OCR49_OUT", "/work/evalset-ocr49"))
DATA = Path(__file__).resolve().parents[2] / "services" / "enrich" / "data"
N_DOCS = int(os.environ.get("OCR49_N", "40"))
# a fresh set: another seed gives other documents, numbers and noise (ocrurls49 used 4901)
SEED = int(os.environ.get("OCR49_SEED", "49"))

# ---------------------------------------------------------------- entity and reference pools


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip() or line.startswith("canonical\t"):
            continue
        rows.append(line.split("\t"))
    return rows


def pools(rng: random.Random) -> dict[str, list[str]]:
    people = [
        r[0]
        for r in _rows("people.tsv")
        if len(r) > 3 and r[3] in ("tweede kamerlid", "bewindspersoon")
    ]
    people = [p for p in people if " " in p and not p.split()[0].endswith(".") and p.isascii()]
    orgs = {}
    for r in _rows("organisations.tsv"):
        if len(r) > 3 and r[3] in (
            "zelfstandig bestuursorgaan",
            "agentschap",
            "adviescollege",
            "ngo",
            "provinciebestuur",
            "waterschap",
            "rechtspraak",
            "brancheorganisatie",
        ):
            orgs[r[0]] = r[3]
    parties = [r[1].split("|")[0] for r in _rows("parties.tsv") if len(r) > 1 and r[1]]
    return {
        "people": sorted(people),
        "orgs": sorted(o for o in orgs if 6 <= len(o) <= 60),
        "parties": [p for p in parties if p and len(p) <= 12],
    }


MINISTRIES = [
    ("Binnenlandse Zaken en Koninkrijksrelaties", "BZK", "minbzk.nl"),
    ("Justitie en Veiligheid", "JenV", "minjenv.nl"),
    ("Volksgezondheid, Welzijn en Sport", "VWS", "minvws.nl"),
    ("Infrastructuur en Waterstaat", "IenW", "minienw.nl"),
    ("Onderwijs, Cultuur en Wetenschap", "OCW", "minocw.nl"),
    ("Sociale Zaken en Werkgelegenheid", "SZW", "minszw.nl"),
    ("Economische Zaken en Klimaat", "EZK", "minezk.nl"),
    ("Landbouw, Natuur en Voedselkwaliteit", "LNV", "minlnv.nl"),
    ("Financiën", "Fin", "minfin.nl"),
    ("Defensie", "Def", "mindef.nl"),
]
LAWS = [
    "de Algemene wet bestuursrecht",
    "de Wet open overheid",
    "de Omgevingswet",
    "de Gemeentewet",
    "de Wet maatschappelijke ondersteuning 2015",
    "de Jeugdwet",
    "de Vreemdelingenwet 2000",
    "de Wet politiegegevens",
    "de Participatiewet",
    "de Wet op het primair onderwijs",
    "de Drinkwaterwet",
    "de Telecommunicatiewet",
]
SLUG_WORDS = [
    "voortgang",
    "aanpak",
    "rapport",
    "kabinetsreactie",
    "evaluatie",
    "monitor",
    "brief",
    "beleid",
    "toezicht",
    "stikstof",
    "jeugdzorg",
    "woningbouw",
    "energie",
    "netcongestie",
    "onderwijs",
    "veiligheid",
    "handhaving",
    "arbeidsmarkt",
    "pensioenen",
    "asiel",
    "opvang",
    "digitale",
    "overheid",
    "cybersecurity",
    "water",
    "klimaat",
]
TOPICS = [
    "de wachttijden in de jeugdzorg",
    "de opvang van asielzoekers in Ter Apel",
    "netcongestie in Noord-Brabant",
    "het lerarentekort in het primair onderwijs",
    "de handhaving van de stikstofregels",
    "de beveiliging van gemeentelijke systemen",
    "de uitvoering van de Participatiewet",
    "de kosten van de energietransitie",
    "de bouw van sociale huurwoningen",
    "de bereikbaarheid van de ambulancezorg",
    "de inzet van algoritmen door uitvoeringsorganisaties",
    "de kwaliteit van het drinkwater",
]
COURTS = ["RVS", "HR", "CRVB", "RBDHA", "RBAMS", "RBMNE", "GHARL", "CBB"]
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


class Refs:
    """Reference strings in the forms papers print, with numbers drawn from `rng`."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def year(self) -> int:
        return self.r.randint(2016, 2025)

    def date(self) -> str:
        return f"{self.r.randint(1, 28)} {self.r.choice(MONTHS)} {self.year()}"

    def dossier(self) -> str:
        n = self.r.randint(21501, 36600)
        s = str(n)
        return f"{s[:2]} {s[2:]}"

    def kamerstuk(self) -> str:
        y = self.year()
        form = self.r.randrange(4)
        nr = self.r.randint(2, 1400)
        if form == 0:
            return f"Kamerstuk {self.dossier()}, nr. {nr}"
        if form == 1:
            return f"Kamerstukken II {y - 1}/{str(y)[2:]}, {self.dossier()}, nr. {nr}"
        if form == 2:
            return f"Kamerstukken {self.dossier()}, nrs. {nr} en {nr + self.r.randint(1, 9)}"
        return f"Kamerstuk {self.dossier()}-{nr}"

    def aanhangsel(self) -> str:
        y = self.year()
        return f"Aanhangsel Handelingen II {y - 1}/{y}, nr. {self.r.randint(100, 3900)}"

    def handelingen(self) -> str:
        y = self.year()
        return f"Handelingen II {y - 1}/{y}, nr. {self.r.randint(2, 110)}, item {self.r.randint(2, 30)}"

    def zaak(self, letter: str = "Z") -> str:
        return f"{self.year()}{letter}{self.r.randint(1000, 25999):05d}"

    def ecli(self) -> str:
        return f"ECLI:NL:{self.r.choice(COURTS)}:{self.year()}:{self.r.randint(100, 4999)}"

    def stcrt(self) -> str:
        return f"Stcrt. {self.year()}, {self.r.randint(1000, 39999)}"

    def stb(self) -> str:
        return f"Stb. {self.year()}, {self.r.randint(10, 590)}"

    def eu(self) -> str:
        y = self.r.randint(2000, 2023)
        n = self.r.randint(10, 2100)
        return self.r.choice(
            [f"Verordening (EU) {y}/{n}", f"Richtlijn {y}/{self.r.randint(10, 99)}/EU"]
        )

    def ground(self) -> str:
        return self.r.choice(["5.1.2.e", "5.1.2.i", "5.2.1", "5.1.1.c", "5.1.2.d", "5.1.2.h"])

    def slug(self) -> str:
        return "-".join(self.r.sample(SLUG_WORDS, self.r.randint(2, 5)))

    def url(self) -> str:
        y = self.year()
        f = self.r.randrange(6)
        if f == 0:
            return (
                f"https://www.rijksoverheid.nl/documenten/kamerstukken/{y}/"
                f"{self.r.randint(1, 12):02d}/{self.r.randint(1, 28):02d}/{self.slug()}"
            )
        if f == 1:
            return f"https://zoek.officielebekendmakingen.nl/kst-{self.dossier().replace(' ', '')}-{self.r.randint(2, 999)}.html"
        if f == 2:
            return f"https://www.tweedekamer.nl/kamerstukken/detail?id={self.zaak()}&did={self.zaak('D')}"
        if f == 3:
            return f"https://wetten.overheid.nl/BWBR00{self.r.randint(10000, 49999)}/{y}-01-01"
        if f == 4:
            return f"www.{self.r.choice(['rivm', 'cbs', 'rvo', 'nza', 'igj', 'ilent', 'acm'])}.nl/{self.slug()}"
        return f"https://open.overheid.nl/documenten/{self.slug()}-{y}"


# ---------------------------------------------------------------- documents


def _person(rng: random.Random, p: dict[str, list[str]]) -> str:
    return rng.choice(p["people"])


def _surname(name: str) -> str:
    parts = name.split()
    for i, w in enumerate(parts[1:], 1):
        if w[0].isupper() or w in ("van", "de", "der", "den", "ter", "te"):
            return " ".join(parts[i:])
    return parts[-1]


def answer_doc(rng: random.Random, p: dict[str, list[str]], ref: Refs) -> dict:
    asker = _person(rng, p)
    party = rng.choice(p["parties"])
    mname, mabbr, _ = rng.choice(MINISTRIES)
    minister = _person(rng, p)
    topic = rng.choice(TOPICS)
    org1, org2, org3 = rng.sample(p["orgs"], 3)
    y = ref.year()
    paras = [
        ("h", f"{ref.zaak()}"),
        (
            "p",
            f"Vragen van het lid {_surname(asker)} ({party}) aan de Minister van {mname} over "
            f"{topic} (ingezonden {ref.date()}).",
        ),
        (
            "p",
            f"Antwoord van Minister {_surname(minister)} ({mname}) (ontvangen {ref.date()}). "
            f"Zie ook {ref.aanhangsel()}.",
        ),
        ("h", "Vraag 1"),
        ("p", f"Bent u bekend met het rapport van de {org1} over {topic}?"),
        ("h", "Antwoord 1"),
        (
            "p",
            f"Ja. Het rapport is op {ref.date()} aan uw Kamer gezonden ({ref.kamerstuk()}) en is "
            f"te vinden op {ref.url()}.",
        ),
        ("h", "Vraag 2"),
        (
            "p",
            f"Wat is uw reactie op de uitspraak van de Afdeling bestuursrechtspraak ({ref.ecli()})?",
        ),
        ("h", "Antwoord 2"),
        (
            "p",
            f"De uitspraak ziet op artikel {rng.randint(2, 40)} van {rng.choice(LAWS)}. In overleg met "
            f"{org2} en {org3} wordt bezien welke gevolgen zij heeft. De regeling is gepubliceerd "
            f"in de Staatscourant ({ref.stcrt()}) en het besluit in het Staatsblad ({ref.stb()}).",
        ),
        ("h", "Vraag 3"),
        (
            "p",
            f"Kunt u aangeven hoe vaak dit in {y} is voorgekomen en welke kosten daarmee gemoeid zijn?",
        ),
        ("h", "Antwoord 3"),
        (
            "p",
            f"In {y} ging het om {rng.randint(12, 980)} gevallen; de kosten bedroegen "
            f"€ {rng.randint(1, 90)},{rng.randint(1, 9)} miljoen. Ik verwijs ook naar mijn brief "
            f"van {ref.date()} ({ref.kamerstuk()}) en naar de beantwoording van eerdere vragen "
            f"({ref.aanhangsel()}). Het debat is gevoerd op {ref.date()} ({ref.handelingen()}).",
        ),
        ("h", "Vraag 4"),
        (
            "p",
            f"Deelt u de mening van het lid {_surname(_person(rng, p))} dat {ref.eu()} hier van "
            f"toepassing is?",
        ),
        ("h", "Antwoord 4"),
        (
            "p",
            f"Nee. De minister van {rng.choice(MINISTRIES)[0]}, {_person(rng, p)}, heeft dit eerder "
            f"toegelicht tijdens het commissiedebat (zaak {ref.zaak()}). Meer informatie staat op "
            f"{ref.url()}. Voor vragen kunt u bellen met 070 {rng.randint(100, 999)} "
            f"{rng.randint(1000, 9999)} of schrijven naar Postbus {rng.randint(10, 20999)}, "
            f"{rng.randint(1000, 9999)} {rng.choice(['AA', 'EA', 'LX', 'BZ'])} Den Haag.",
        ),
    ]
    return {"family": "answer", "title": f"Antwoord Kamervragen {mabbr}", "paras": paras}


def letter_doc(rng: random.Random, p: dict[str, list[str]], ref: Refs) -> dict:
    mname, mabbr, site = rng.choice(MINISTRIES)
    minister = _person(rng, p)
    o = rng.sample(p["orgs"], 4)
    topic = rng.choice(TOPICS)
    paras = [
        ("h", f"Ministerie van {mname}"),
        (
            "p",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag",
        ),
        ("p", f"Datum {ref.date()}"),
        ("p", f"Betreft Voortgang aanpak {topic}"),
        ("p", f"Ons kenmerk {ref.year()}-{rng.randint(10**9, 10**10 - 1):010d}"),
        ("p", f"Uw kenmerk {ref.zaak()}/{ref.zaak('D')}"),
        ("p", "Geachte voorzitter,"),
        (
            "p",
            f"Met deze brief informeer ik uw Kamer over de voortgang van de aanpak van {topic}, zoals "
            f"toegezegd in mijn brief van {ref.date()} ({ref.kamerstuk()}) en tijdens het debat van "
            f"{ref.date()} ({ref.handelingen()}). Ik geef daarmee ook uitvoering aan de motie van het "
            f"lid {_surname(_person(rng, p))} c.s. ({ref.kamerstuk()}).",
        ),
        (
            "p",
            f"De {o[0]} heeft op mijn verzoek onderzoek gedaan. Het rapport is bijgevoegd en staat op "
            f"{ref.url()}. Ook de {o[1]} en {o[2]} zijn om advies gevraagd.",
        ),
        (
            "p",
            f"Juridisch kader. De maatregelen vinden hun grondslag in artikel {rng.randint(2, 60)} van "
            f"{rng.choice(LAWS)} en in {ref.eu()}. De wijziging van de regeling is bekendgemaakt in "
            f"{ref.stcrt()}; het besluit in {ref.stb()}. De Raad van State oordeelde eerder in "
            f"{ref.ecli()} dat een belangenafweging nodig is.",
        ),
        (
            "p",
            f"Financiën. Voor {ref.year()} is € {rng.randint(2, 400)} miljoen beschikbaar, waarvan "
            f"{rng.randint(10, 90)} procent via de {o[3]} wordt uitgekeerd. Aanvragen kunnen tot "
            f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-{ref.year()} worden ingediend via "
            f"{ref.url()}.",
        ),
        (
            "p",
            f"Tot slot. Ik informeer uw Kamer voor het zomerreces opnieuw. Nadere informatie is te "
            f"vinden op www.{site} en in het overzicht op {ref.url()}.",
        ),
        ("p", f"De Minister van {mname},"),
        ("p", minister),
    ]
    return {"family": "letter", "title": f"Kamerbrief {mabbr}", "paras": paras}


def woo_doc(rng: random.Random, p: dict[str, list[str]], ref: Refs) -> dict:
    mname, mabbr, _ = rng.choice(MINISTRIES)
    o = rng.sample(p["orgs"], 2)
    topic = rng.choice(TOPICS)
    rows = []
    for i in range(1, rng.randint(6, 11)):
        g = ", ".join(sorted({ref.ground() for _ in range(rng.randint(1, 2))}))
        rows.append(
            [
                str(i),
                f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{ref.year()}",
                rng.choice(["E-mail", "Nota", "Verslag", "Brief", "Presentatie"]),
                rng.choice(["Openbaar", "Deels openbaar", "Niet openbaar"]),
                g,
            ]
        )
    paras = [
        ("h", f"Ministerie van {mname}"),
        ("p", f"Datum {ref.date()}"),
        ("p", f"Betreft Besluit op uw Woo-verzoek over {topic}"),
        ("p", f"Ons kenmerk WOO-{rng.randint(100000, 999999)}"),
        ("p", "Geachte heer, mevrouw,"),
        (
            "p",
            f"In uw e-mail van {ref.date()} heeft u met een beroep op de Wet open overheid (Woo) "
            f"gevraagd om informatie over {topic}. Bij brief van {ref.date()} is de ontvangst "
            f"bevestigd en is de beslistermijn met twee weken verdaagd.",
        ),
        (
            "p",
            f"Er zijn {len(rows)} documenten aangetroffen. Deze zijn opgenomen in de inventarislijst. "
            f"De {o[0]} en de {o[1]} zijn in de gelegenheid gesteld een zienswijze te geven.",
        ),
        (
            "p",
            f"Persoonsgegevens zijn weggelakt op grond van artikel 5.1, tweede lid, aanhef en onder e, "
            f"van de Woo. Persoonlijke beleidsopvattingen zijn niet openbaar gemaakt (artikel 5.2, "
            f"eerste lid, van de Woo). Zie ook {ref.ecli()} en {ref.ecli()}.",
        ),
        ("table", [["Nr.", "Datum", "Soort", "Beoordeling", "Grond"], *rows]),
        (
            "p",
            f"De stukken worden gepubliceerd op {ref.url()}. Tegen dit besluit kunt u binnen zes "
            f"weken bezwaar maken (artikel 6:7 van de Algemene wet bestuursrecht).",
        ),
        ("p", f"De Minister van {mname}, namens deze, het hoofd van de directie Communicatie,"),
        ("p", _person(rng, p)),
    ]
    return {"family": "woo", "title": f"Woo-besluit {mabbr}", "paras": paras}


PRODUCERS = ("reportlab", "soffice", "chromium")


def documents() -> list[dict]:
    rng = random.Random(SEED)
    p = pools(rng)
    ref = Refs(rng)
    makers = [answer_doc, letter_doc, woo_doc]
    docs = []
    for i in range(N_DOCS):
        d = makers[i % 3](rng, p, ref)
        d["id"] = f"d{i:02d}"
        d["producer"] = PRODUCERS[(i + i // 3) % len(PRODUCERS)]
        docs.append(d)
    return docs


# ---------------------------------------------------------------- producers


def _reportlab(doc: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontName = "Times-Roman"
    body.fontSize = 11
    body.leading = 14
    story = []
    for kind, val in doc["paras"]:
        if kind == "h":
            story.append(Paragraph(html.escape(val), ss["Heading4"]))
        elif kind == "p":
            story.append(Paragraph(html.escape(val), body))
            story.append(Spacer(1, 4))
        else:
            t = Table(val, repeatRows=1)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("FONTSIZE", (0, 0), (-1, -1), 9),
                    ]
                )
            )
            story.append(t)
            story.append(Spacer(1, 8))
    SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, title=doc["title"]
    ).build(story)


def _html(doc: dict) -> str:
    out = [
        "<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Sans',Arial,"
        "sans-serif;font-size:10.5pt;margin:2.2cm 2.4cm;line-height:1.35}h4{margin:.8em 0 .2em}"
        "table{border-collapse:collapse;font-size:9pt}td{border:1px solid #000;padding:2px 5px}"
        "</style></head><body>"
    ]
    for kind, val in doc["paras"]:
        if kind == "h":
            out.append(f"<h4>{html.escape(val)}</h4>")
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        else:
            out.append(
                "<table>"
                + "".join(
                    "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                    for row in val
                )
                + "</table>"
            )
    out.append("</body></html>")
    return "".join(out)


def _chromium(doc: dict, path: Path) -> None:
    src = path.with_suffix(".html")
    src.write_text(_html(doc), encoding="utf-8")
    exe = os.environ.get("CHROMIUM", "chromium")
    subprocess.run(
        [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={path}",
            src.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def _soffice(doc: dict, path: Path) -> None:
    src = path.with_suffix(".html")
    # Writer's own HTML import (Writer/Web's export puts a blank first page before a body margin)
    src.write_text(_html(doc).replace("margin:2.2cm 2.4cm;", ""), encoding="utf-8")
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--infilter=HTML (StarWriter)",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(path.parent),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


def make() -> None:
    (OUT / "clean").mkdir(parents=True, exist_ok=True)
    docs = documents()
    (OUT / "docs.json").write_text(json.dumps(docs, ensure_ascii=False, indent=1), encoding="utf-8")
    for d in docs:
        path = OUT / "clean" / f"{d['id']}.pdf"
        if path.exists():
            continue
        if d["producer"] == "chromium" and not shutil.which(os.environ.get("CHROMIUM", "chromium")):
            print(d["id"], "chromium missing: later")
            continue
        {"reportlab": _reportlab, "soffice": _soffice, "chromium": _chromium}[d["producer"]](
            d, path
        )
        print(d["id"], d["family"], d["producer"], path.stat().st_size)


# ---------------------------------------------------------------- scanner profiles

# name: (dpi, blur radius, grey noise sigma, skew degrees, contrast (lo, hi), jpeg quality, binarise)
PROFILES = {
    "office300": (300, 0.0, 6, 0.4, (0, 255), None, False),
    "blur200": (200, 1.0, 10, -0.8, (0, 255), None, False),
    "fax150": (150, 0.0, 0, 1.2, (0, 255), None, True),
    "noise200": (200, 0.4, 22, 1.6, (0, 255), None, False),
    "pale200": (200, 0.5, 8, -0.5, (95, 215), None, False),
    "jpeg200": (200, 0.7, 6, 0.9, (0, 255), 15, False),
}


def _degrade(img, profile: str, rng: random.Random):
    import numpy as np
    from PIL import Image, ImageFilter

    _, blur, sigma, skew, (lo, hi), q, binar = PROFILES[profile]
    img = img.convert("L")
    if skew:
        img = img.rotate(
            skew + rng.uniform(-0.2, 0.2),
            resample=Image.Resampling.BICUBIC,
            expand=False,
            fillcolor=255,
        )
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float64)
    a = lo + a * (hi - lo) / 255.0
    if sigma:
        nrng = np.random.default_rng(rng.randint(0, 2**31))
        a = a + nrng.normal(0, sigma, a.shape)
        speck = nrng.random(a.shape)
        a[speck < 0.0004] = 0
        a[speck > 0.9996] = 255
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a, "L")
    if binar:
        img = img.point(lambda v: 255 if v > 150 else 0).convert("1")
    if q:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=q)
        img = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    return img


def scan() -> None:
    import pypdfium2 as pdfium

    (OUT / "scan").mkdir(parents=True, exist_ok=True)
    names = list(PROFILES)
    for pdf in sorted((OUT / "clean").glob("*.pdf")):
        k = int(pdf.stem[1:])
        rng = random.Random(SEED * 101 + k)
        # three profiles per document, rotating, so every profile meets every family and producer
        for j in range(3):
            prof = names[(k + 2 * j) % len(names)]
            dpi = PROFILES[prof][0]
            out = OUT / "scan" / f"{pdf.stem}.{prof}.pdf"
            if out.exists():
                continue
            doc = pdfium.PdfDocument(str(pdf))
            pages = [
                _degrade(doc[i].render(scale=dpi / 72).to_pil(), prof, rng) for i in range(len(doc))
            ]
            doc.close()
            pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
            print(out.name, len(pages))


# ---------------------------------------------------------------- stukken


def segment(only: str = "") -> None:
    from services.segment.ocr_pool import segment_pooled
    from services.segment.writable import writable

    (OUT / "seg").mkdir(exist_ok=True)
    pdfs = sorted((OUT / "clean").glob("*.pdf")) + sorted((OUT / "scan").glob("*.pdf"))
    for pdf in pdfs:
        kind = "clean" if pdf.parent.name == "clean" else "scan"
        if only and kind != only:
            continue
        out = OUT / "seg" / f"{kind}.{pdf.stem}.json"
        if out.exists():
            continue
        doc = writable(segment_pooled(pdf.read_bytes()))
        out.write_text(doc.model_dump_json(), encoding="utf-8")
        print(out.name, len(doc.segments), flush=True)


def _class(kind: str, t: str) -> str:
    return f"{kind}:{t}"


def enrich(tag: str, only: str = "") -> None:
    from services.enrich.enricher import enrich as run
    from stukken.contracts.document import SegmentedDocument

    finds = {}
    for seg in sorted((OUT / "seg").glob(f"{only}*.json")):
        doc = SegmentedDocument.model_validate_json(seg.read_text(encoding="utf-8"))
        refs, ents = run(doc)
        texts = {s.id: s.text for s in doc.segments}
        rows = []
        for r in refs:
            ctx = texts.get(r.segment_id, "")[max(r.start - 40, 0) : r.end + 40]
            rows.append(["ref", str(r.type), r.normalized, r.text, bool(r.ocr_repaired), ctx])
        for e in ents:
            ctx = texts.get(e.segment_id, "")[max(e.start - 40, 0) : e.end + 40]
            rows.append(["ent", str(e.type), e.canonical, e.text, False, ctx])
        finds[seg.stem] = rows
    (OUT / f"finds-{tag}.json").write_text(
        json.dumps(finds, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    print(len(finds), "documents enriched ->", OUT / f"finds-{tag}.json")


def score(tag: str, gold_tag: str | None = None) -> None:
    from collections import Counter, defaultdict

    finds = json.loads((OUT / f"finds-{tag}.json").read_text(encoding="utf-8"))
    gold_finds = json.loads((OUT / f"finds-{gold_tag or tag}.json").read_text(encoding="utf-8"))
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    rep: Counter = Counter()
    by_prof: dict[str, Counter] = defaultdict(Counter)
    invented = []
    lost = []
    why: Counter = Counter()
    texts: dict[str, str] = {}
    for name, rows in sorted(finds.items()):
        if not name.startswith("scan."):
            continue
        _, doc_id, prof = name.split(".")
        clean = Counter((r[1], r[2]) for r in gold_finds[f"clean.{doc_id}"])
        got = Counter((r[1], r[2]) for r in rows)
        for key in set(clean) | set(got):
            c, g = clean[key], got[key]
            cls = key[0]
            tp[cls] += min(c, g)
            fp[cls] += max(g - c, 0)
            fn[cls] += max(c - g, 0)
            by_prof[prof]["tp"] += min(c, g)
            by_prof[prof]["fp"] += max(g - c, 0)
            by_prof[prof]["fn"] += max(c - g, 0)
            if g > c:
                kind = _why(
                    key,
                    gold_finds[f"clean.{doc_id}"],
                    texts.setdefault(doc_id, _clean_text(doc_id)),
                )
                why[(cls, kind)] += g - c
                for r in rows:
                    if (r[1], r[2]) == key:
                        invented.append([name, kind, *r])
                        break
            if c > g:
                lost.append([name, key[0], key[1]])
        for r in rows:
            if r[4]:
                rep[r[1]] += 1
    lines = [
        f"# ocr49 score {tag} (gold: clean finds of {gold_tag or tag})",
        "",
        "| class | tp | fp (invented) | fn (lost) | P | R | ocr_repaired |",
        "|---|---|---|---|---|---|---|",
    ]
    for cls in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[cls] / (tp[cls] + fp[cls]) if tp[cls] + fp[cls] else 1.0
        r = tp[cls] / (tp[cls] + fn[cls]) if tp[cls] + fn[cls] else 1.0
        lines.append(
            f"| {cls} | {tp[cls]} | {fp[cls]} | {fn[cls]} | {p:.3f} | {r:.3f} | {rep[cls]} |"
        )
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    lines.append(
        f"| **all** | {T} | {F} | {N} | {T / (T + F):.3f} | {T / (T + N):.3f} | {sum(rep.values())} |"
    )
    lines += [
        "",
        "What the scans' extra finds are (printed: the clean text holds the find's value or text "
        "but its enrichment did not give it; cut: part of a clean find's value; garbled: a clean "
        "find's value with at most two characters changed; invented: none of these)",
        "",
        "| class | printed | cut | garbled | invented |",
        "|---|---|---|---|---|",
    ]
    for cls in sorted({c for c, _ in why}):
        lines.append(
            f"| {cls} | "
            + " | ".join(str(why[(cls, k)]) for k in ("printed", "cut", "garbled", "invented"))
            + " |"
        )
    lines.append(
        "| **all** | "
        + " | ".join(
            str(sum(v for (c, k2), v in why.items() if k2 == k))
            for k in ("printed", "cut", "garbled", "invented")
        )
        + " |"
    )
    lines += ["", "| profile | tp | fp | fn | R |", "|---|---|---|---|---|"]
    for prof, pc in sorted(by_prof.items()):
        lines.append(
            f"| {prof} | {pc['tp']} | {pc['fp']} | {pc['fn']} | {pc['tp'] / max(pc['tp'] + pc['fn'], 1):.3f} |"
        )
    (OUT / f"score-{tag}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (OUT / f"invented-{tag}.json").write_text(
        json.dumps(invented, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    (OUT / f"lost-{tag}.json").write_text(
        json.dumps(lost, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    print("\n".join(lines))


def _clean_text(doc_id: str) -> str:
    doc = json.loads((OUT / "seg" / f"clean.{doc_id}.json").read_text(encoding="utf-8"))
    return "\n".join(seg["text"] for seg in doc["segments"])


def _near(a: str, b: str) -> bool:
    """At most two characters substituted, inserted or dropped."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


def _why(key: tuple[str, str], clean_rows: list, text: str) -> str:
    cls, value = key
    same = [r[2] for r in clean_rows if r[1] == cls]
    if any(value != v and (v.startswith(value) or value in v) for v in same):
        return "cut"
    bare = value.split("://", 1)[-1]
    if re.search(rf"(?<![\w/.-]){re.escape(bare)}(?![\w/-]|\.\w)", text):
        return "printed"
    if any(_near(value, v) for v in same):
        return "garbled"
    return "invented"


def freeze() -> None:
    """gold.json: the clean copies' finds, the set's files and their sha256, a UTC timestamp."""
    import datetime

    files = sorted((OUT / "clean").glob("*.pdf")) + sorted((OUT / "scan").glob("*.pdf"))
    gold = {
        "frozen_utc": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "note": "gold of a scan = finds of its clean PDF (finds-gold.json, main's enricher on the text layer)",
        "files": {
            f"{f.parent.name}/{f.name}": hashlib.sha256(f.read_bytes()).hexdigest() for f in files
        },
        "clean_finds": {
            k: v
            for k, v in json.loads((OUT / "finds-gold.json").read_text()).items()
            if k.startswith("clean.")
        },
    }
    path = OUT / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=0), encoding="utf-8")
    (OUT / "gold.sha256").write_text(
        f"{hashlib.sha256(path.read_bytes()).hexdigest()}  gold.json\n"
    )
    print(gold["frozen_utc"], (OUT / "gold.sha256").read_text())


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "make":
        make()
    elif cmd == "scan":
        scan()
    elif cmd == "segment":
        segment(sys.argv[2] if len(sys.argv) > 2 else "")
    elif cmd == "enrich":
        enrich(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "")
    elif cmd == "score":
        score(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    elif cmd == "freeze":
        freeze()
