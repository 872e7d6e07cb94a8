"""The README's quick start stays true: two commands, the second is what CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def quick_start() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```console\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line.strip()]


def test_quick_start_is_two_commands_and_ci_runs_the_second():
    install_and_run, install_and_test = quick_start()
    assert "factdiff compare data/original.txt data/copy.txt" in install_and_run
    assert "pytest" in install_and_test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert install_and_test in ci


def test_ci_proves_the_first_command_with_debians_python():
    """The install-and-compare command runs in .ci/run in a fresh clone with /usr/bin/python3 first on PATH."""
    install_and_run, _ = quick_start()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    stock = ci.split("git clone", 1)[1].split("\n  )\n", 1)[0]
    assert 'PATH="/usr/bin:' in stock
    assert install_and_run in stock


def test_setup_installs_into_the_projects_venv():
    """Both quick-start commands run the tools from .venv, the environment scripts/setup.sh makes."""
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "VENV=.venv" in setup and '-m venv' in setup
    for line in quick_start():
        assert line.startswith("bash scripts/setup.sh") and " .venv/bin/" in line


def test_quick_start_uses_files_that_exist():
    for line in quick_start():
        for word in line.split():
            if "/" in word and not word.startswith("-"):
                assert (ROOT / word).exists(), word


def test_docs_linked_from_the_readme_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(((?:docs|data)/[^)#]+)\)", readme):
        assert (ROOT / target).exists(), target
