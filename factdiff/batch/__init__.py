"""Batch comparison: one original against many copies, or many stories at once.

The library entry point is :func:`run_batch`::

    from factdiff.batch import Comparison, DocSpec, run_batch

    original = DocSpec.from_path("story.txt")
    jobs = [Comparison(p, original, DocSpec.from_path(p)) for p in ["a.txt", "b.txt"]]
    with run_batch(jobs, jobs=2) as run:
        for result in run:           # BatchResult, in completion order
            print(result.id, result.worst, result.report.findings if result.ok else result.error)

Every distinct document is parsed once (batched ``nlp.pipe``), comparisons run
in parallel processes (or on Dask), and each row is self-contained JSON
(``result.line``). ``read_manifest`` and ``comparisons_from_paths`` build the
comparison list the way the CLI does. Nothing here imports spaCy until a task runs.
"""

from __future__ import annotations

from .manifest import comparisons_from_paths, read_manifest
from .model import BatchResult, BatchStats, Change, Comparison, DocSpec
from .output import JsonlWriter, scan_output
from .run import ENGINES, BatchRun, run_batch
from .summary import BatchSummary, FactChange

__all__ = [
    "ENGINES",
    "BatchResult",
    "BatchRun",
    "BatchStats",
    "BatchSummary",
    "Change",
    "Comparison",
    "DocSpec",
    "FactChange",
    "JsonlWriter",
    "comparisons_from_paths",
    "read_manifest",
    "run_batch",
    "scan_output",
]
