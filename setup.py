"""The one compiled piece: `_bulk`, a C accelerator for pdfium's per-glyph and per-object
questions (services/segment/layout/_bulk.c). Everything else is in pyproject.toml.

Not optional: a machine that installs stukken builds it (gcc and Python's headers), and an
install that cannot fails here, loudly, rather than run every page through the slower ctypes
path unnoticed. The ctypes path stays for a source tree run without an install."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "services.segment.layout._bulk",
            ["services/segment/layout/_bulk.c"],
            optional=False,
        )
    ]
)
