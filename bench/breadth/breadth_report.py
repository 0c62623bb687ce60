"""The markdown report of bench/breadth/run.py: summary, per family, worst files, per file."""

from __future__ import annotations

import statistics
from collections import Counter
from typing import Any

Result = dict[str, Any]
WORST = 10
LOSS_LIMIT = 6.0  # issue 8: none over 6 %, median <= 2 %


def _pct(x: float) -> str:
    return f"{x:.1f}"


def _lost_to(r: Result) -> str:
    went = Counter(r.get("lost_to") or {})
    return ", ".join(f"{k} {v}" for k, v in went.most_common(3)) or "-"


def _share(rs: list[Result], key: str) -> str:
    ok = [r for r in rs if r["status"] == "ok"]
    return f"{sum(1 for r in ok if r[key])}/{len(ok)}" if ok else "-"


def _loss_stats(rs: list[Result], key: str = "lost_pct") -> tuple[str, str]:
    losses = [r[key] for r in rs if r["status"] == "ok"]
    if not losses:
        return "-", "-"
    return _pct(statistics.median(losses)), _pct(max(losses))


def _summary(results: list[Result]) -> list[str]:
    ok = [r for r in results if r["status"] == "ok"]
    losses = [r["lost_pct"] for r in ok]
    med, mx = _loss_stats(results)
    status = Counter(r["status"] for r in results)
    blank = sum(len(r["blank_not_ocr"]) for r in ok)
    return [
        "## Summary",
        "",
        f"- files: {len(results)} ({', '.join(f'{k} {v}' for k, v in sorted(status.items()))})",
        f"- words lost (text-layer words in no body segment): median {med} %, max {mx} %; "
        f"files over {LOSS_LIMIT:.0f} %: {sum(1 for x in losses if x > LOSS_LIMIT)}; "
        f"over 2 %: {sum(1 for x in losses if x > 2)}",
        "- the same with words hyphenated at a line end (pdfium's U+FFFE) joined, as the "
        "segmenter joins them: median {}, max {} %".format(
            *_loss_stats(results, "lost_pct_joined")
        ),
        f"- crashes: {status['crash']}, timeouts: {status['timeout']}, "
        f"clean rejections: {status['rejected']}; pages marked degraded (metadata.quality): "
        f"{sum(r.get('degraded', 0) for r in ok)} in "
        f"{sum(1 for r in ok if r.get('degraded'))} files",
        f"- blank pages not OCR'd (fewer than 5 text-layer words, not in ocr_pages): {blank} "
        f"in {sum(1 for r in ok if r['blank_not_ocr'])} files",
        f"- OCR'd pages: {sum(len(r['ocr_pages']) for r in ok)}; "
        f"title present {_share(results, 'title')}, date present {_share(results, 'date')}",
        f"- seconds (segment + enrich, in the child): "
        f"{sum(r['seconds'] for r in ok):.0f} total, {sum(r['pages'] for r in ok)} pages",
        "",
    ]


def _families(results: list[Result]) -> list[str]:
    out = [
        "## Per family",
        "",
        "| family | files | median lost % | max lost % | median, max lost % (U+FFFE joined) | "
        "crashes | rejected | blank not OCR'd | "
        "files with questions | title | date | doc_type | lost to (words) | seconds |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for fam in sorted({r["family"] for r in results}):
        rs = [r for r in results if r["family"] == fam]
        ok = [r for r in rs if r["status"] == "ok"]
        med, mx = _loss_stats(rs)
        bad = sum(1 for r in rs if r["status"] in ("crash", "timeout"))
        types = Counter(r["doc_type"] for r in ok)
        out.append(
            f"| {fam} | {len(rs)} | {med} | {mx} | "
            f"{', '.join(_loss_stats(rs, 'lost_pct_joined'))} | {bad} | "
            f"{sum(1 for r in rs if r['status'] == 'rejected')} | "
            f"{sum(len(r['blank_not_ocr']) for r in ok)} | "
            f"{sum(1 for r in ok if r['questions'])} | {_share(rs, 'title')} | "
            f"{_share(rs, 'date')} | {', '.join(f'{k} {v}' for k, v in types.most_common())} | "
            f"{_lost_to({'lost_to': sum((Counter(r['lost_to']) for r in ok), Counter())})} | "
            f"{sum(r['seconds'] for r in ok):.1f} |"
        )
    return [*out, ""]


def _worst(results: list[Result]) -> list[str]:
    ok = sorted((r for r in results if r["status"] == "ok"), key=lambda r: -r["lost_pct"])
    out = [
        f"## Worst {WORST} files by words lost",
        "",
        "| file | family | lost % | joined | lost words (joined) | lost to (top 3) | "
        "sample of lost words |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in ok[:WORST]:
        sample = " ".join(r["lost_sample"])
        out.append(
            f"| {r['file']} | {r['family']} | {_pct(r['lost_pct'])} | "
            f"{_pct(r['lost_pct_joined'])} | {r['lost_words']} | "
            f"{_lost_to(r)} | {sample} |"
        )
    return [*out, ""]


def _failures(results: list[Result]) -> list[str]:
    bad = [r for r in results if r["status"] != "ok"]
    if not bad:
        return ["## Crashes, timeouts and rejections", "", "None.", ""]
    out = ["## Crashes, timeouts and rejections", "", "| file | status | error (last line) |"]
    out.append("|---|---|---|")
    out += [f"| {r['file']} | {r['status']} | `{r['error']}` |" for r in bad]
    return [*out, ""]


def _per_file(results: list[Result]) -> list[str]:
    out = [
        "## Per file",
        "",
        "| file | family | pages | status | lost % | joined | lost to | OCR'd | blank not OCR'd | "
        "q | a | tables | title | date | doc_type | s |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in sorted(results, key=lambda r: (r["family"], r["file"])):
        if r["status"] != "ok":
            out.append(f"| {r['file']} | {r['family']} | | {r['status']} |" + " |" * 12)
            continue
        out.append(
            f"| {r['file']} | {r['family']} | {r['pages']} | ok | {_pct(r['lost_pct'])} | "
            f"{_pct(r['lost_pct_joined'])} | "
            f"{_lost_to(r)} | {len(r['ocr_pages'])} | "
            f"{','.join(map(str, r['blank_not_ocr'])) or '-'} | {r['questions']} | "
            f"{r['answers']} | {r['tables']} | {'y' if r['title'] else 'n'} | "
            f"{'y' if r['date'] else 'n'} | {r['doc_type']} | {r['seconds']} |"
        )
    return [*out, ""]


def _against(results: list[Result], base: dict[str, Any]) -> list[str]:
    """Per family before -> after, and the files that lose more than before."""
    before: list[Result] = base["files"]
    out = [
        f"## Against the baseline (code {base['run']['code']}, {base['run']['when']})",
        "",
        "| family | median lost % | max lost % | crashes | title | date |",
        "|---|---|---|---|---|---|",
    ]
    for fam in sorted({r["family"] for r in results}):
        now = [r for r in results if r["family"] == fam]
        was = [r for r in before if r["family"] == fam]
        (m0, x0), (m1, x1) = _loss_stats(was), _loss_stats(now)
        c0, c1 = (sum(1 for r in rs if r["status"] in ("crash", "timeout")) for rs in (was, now))
        out.append(
            f"| {fam} | {m0} → {m1} | {x0} → {x1} | {c0} → {c1} | "
            f"{_share(was, 'title')} → {_share(now, 'title')} | "
            f"{_share(was, 'date')} → {_share(now, 'date')} |"
        )
    old = {r["file"]: r for r in before}
    worse = [
        (r["file"], old[r["file"]]["lost_pct"], r["lost_pct"])
        for r in results
        if r["status"] == "ok"
        and old.get(r["file"], {}).get("status") == "ok"
        and r["lost_pct"] > old[r["file"]]["lost_pct"] + 1
    ]
    out += ["", f"Files losing more than 1 point more than before: {len(worse)}", ""]
    out += [f"- {f}: {a:.1f} → {b:.1f} %" for f, a, b in worse]
    return [*out, ""]


def render(results: list[Result], run: dict[str, Any], base: dict[str, Any] | None = None) -> str:
    head = [
        "# Breadth report: real documents by family",
        "",
        f"Code {run['code']} (run from {run['cwd']}, stukken imported from "
        f"{run.get('imported_from') or '?'}), folder {run['folder']}, {run['when']}, "
        f"timeout {run['timeout']:.0f} s per file. Made by bench/breadth/run.py; lost words are "
        "counted as ../shared/tools/coverage.py counts them (header, footer, page number, "
        "masthead and address furniture are forgiven; side-column furniture is not). "
        "'joined' is the same measure with words hyphenated at a line end joined (pdfium marks "
        "the hyphen U+FFFE, which coverage.py's tokenizer splits on, counting both halves lost "
        "although the segmenter joins them); 'lost to' (the non-body segment kind:role holding "
        "the lost words, or 'nowhere') and the sampled words come from the joined variant.",
        "",
    ]
    body = _summary(results) + (_against(results, base) if base else []) + _families(results)
    body += _worst(results) + _failures(results)
    return "\n".join(head + body + _per_file(results))
