from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """../shared beside the checkout (CI lays a copy there), or STUKKEN_SHARED_DIR."""
    return Path(os.environ.get("STUKKEN_SHARED_DIR", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def corpus() -> Path:
    path = shared_dir() / "corpus"
    assert path.is_dir(), f"the development corpus is missing at {path}"
    return path


@pytest.fixture(scope="session")
def sample_pdf(corpus: Path) -> bytes:
    return (corpus / "kamervragen" / "00fe7edd-24c8-4857-98da-774ed3b06836.pdf").read_bytes()


from tests.stack import stack  # noqa: E402,F401  (the real local stack, for integration tests)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """On CI nothing may be skipped: a missing tool or corpus is a failure there, not a pass."""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") == "true" and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped on CI, which must run everything: {report.longrepr}"
