"""Assertion helpers shared by the end-to-end tests."""

from __future__ import annotations

from factdiff.report.model import Report, Severity


def side(f, key: str) -> str:
    span = getattr(f, key)
    return span.text if span is not None else ""


def has(report: Report, kinds, severity: str = "info", original=(), copy=()) -> bool:
    """True when a finding of one of ``kinds`` at or above ``severity`` quotes all the words given."""
    kinds = {kinds} if isinstance(kinds, str) else set(kinds)
    level = Severity.parse(severity)
    for f in report.findings:
        if f.kind in kinds and f.severity >= level:
            if all(w in side(f, "original") for w in original) and all(w in side(f, "copy") for w in copy):
                return True
    return False


def serious(report: Report, severity: str = "major"):
    return report.at_least(severity)


def assert_spans_exact(report: Report) -> None:
    for f in report.findings:
        for key, doc in (("original", report.original), ("copy", report.copy)):
            span = getattr(f, key)
            if span is not None:
                assert doc.text[span.start : span.end] == span.text, (f.kind, key, span)


def assert_found(report: Report, kind, severity: str, original=(), copy=()) -> None:
    """The change is reported (kind, at least ``severity``, quoting the words) and every span is exact."""
    assert has(report, kind, severity, original, copy), [(f.kind, f.severity.label, f.message) for f in report.findings]
    assert_spans_exact(report)


def assert_no_major_figure_change(report: Report) -> None:
    """Nothing the numbers check says reaches major: the figures are the same."""
    figures = [f for f in report.at_least("major") if f.check.startswith("numbers")]
    assert not figures, [(f.kind, f.severity.label, f.message) for f in figures]


def load_benchmark_module(name: str):
    """A module of ``benchmarks/`` (not a package), e.g. the feed generator ``feedgen``."""
    import importlib.util
    import sys
    from pathlib import Path

    full = f"_bench_{name}"
    if full in sys.modules:
        return sys.modules[full]
    path = Path(__file__).resolve().parent.parent / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(full, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[full] = module
    spec.loader.exec_module(module)
    return module
