"""Render the terminal view of the bundled example to docs/terminal.svg (for the README).

    python docs/make_terminal_svg.py
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

import factdiff
from factdiff.report.terminal import render_terminal

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    original = (ROOT / "data" / "original.txt").read_text(encoding="utf-8")
    copy = (ROOT / "data" / "copy.txt").read_text(encoding="utf-8")
    report = factdiff.compare(original, copy, original_name="data/original.txt", copy_name="data/copy.txt")
    console = Console(record=True, width=150, force_terminal=True, color_system="truecolor", file=open("/dev/null", "w"))
    render_terminal(report.filtered("minor"), console, context=0)
    console.save_svg(str(ROOT / "docs" / "terminal.svg"), title="factdiff compare data/original.txt data/copy.txt --min-severity minor")


if __name__ == "__main__":
    main()
