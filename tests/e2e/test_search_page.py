"""The search page in a real headless browser: search, narrow by a facet, open a document.

Debian's chromium driven by Playwright against the API served by uvicorn on 127.0.0.1.
Screenshots land in tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from services.index.api import create_api
from services.index.tantivy_index import TantivyIndex
from tests.fixtures.index_docs import corpus

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

playwright_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")


def wait_until(condition, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        time.sleep(0.02)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    index = TantivyIndex(tmp_path_factory.mktemp("index"), refresh_interval_s=0.05)
    for doc in corpus():
        index.upsert(doc)
    index.flush()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_api(index), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    wait_until(lambda: server.started)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()
    index.close()


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[object]:
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(15_000)
        yield page
        browser.close()


def test_search_filter_and_open_a_document(base_url: str, page) -> None:  # type: ignore[no-untyped-def]
    expect = playwright_api.expect
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(base_url + "/")
    page.get_by_role("searchbox").fill("samenwerkingsverbanden")
    page.get_by_role("button", name="Zoek").click()

    expect(page.locator("#total")).to_have_text("2 documenten")
    expect(page.locator(".hit")).to_have_count(2)
    expect(page.locator(".snippet b").first).to_contain_text("samenwerkingsverband")
    page.screenshot(path=str(ARTIFACTS / "search-results.png"), full_page=True)

    party = page.locator('[data-facet="person"] a', has_text="Dilan Yeşilgöz")
    expect(party).to_contain_text("1")
    party.click()
    expect(page.locator("#total")).to_have_text("1 document")
    expect(page.locator(".active")).to_contain_text("person: Dilan Yeşilgöz")
    expect(page.get_by_role("searchbox")).to_have_value("samenwerkingsverbanden")

    page.locator(".hit h2 a").first.click()
    expect(page).to_have_url(f"{base_url}/view/d-samen#s2")
    expect(page.locator("h1")).to_have_text("Samenwerking in de veiligheidsregio")
    expect(page.locator(".footnotes")).to_contain_text("Zie Kamerstuk 29 383, nr. 406.")
    expect(page.locator("a.chip.ref").first).to_have_text("kst-29383-406")
    page.screenshot(path=str(ARTIFACTS / "document-view.png"), full_page=True)

    page.locator("article a.chip.ref").first.click()
    expect(page.locator("#total")).to_have_text("2 documenten")


def test_question_and_answer_shown_together(base_url: str, page) -> None:  # type: ignore[no-untyped-def]
    expect = playwright_api.expect
    page.goto(base_url + "/view/d-vragen")
    qa = page.locator(".qa")
    expect(qa).to_have_count(2)
    expect(qa.nth(1).locator(".qa-q")).to_contain_text("Hoeveel fte")
    expect(qa.nth(1).locator(".qa-a")).to_contain_text("120 fte")
    page.screenshot(path=str(ARTIFACTS / "questions-answers.png"), full_page=True)
