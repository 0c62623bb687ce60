"""What the command's parts share: the console and the --json flag."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

console = Console()
JsonFlag = Annotated[bool, typer.Option("--json", help="print JSON instead of a table")]
