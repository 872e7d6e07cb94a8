"""The Dask engine gives the same rows as the local engine (on a 2-worker LocalCluster)."""

from __future__ import annotations

import json

import pytest
from test_batch import ARTICLE, COPIES, write_story

from factdiff.batch import Comparison, DocSpec, comparisons_from_paths, run_batch

pytest.importorskip("distributed")


def test_dask_local_cluster_matches_the_local_engine(tmp_path):
    original, copies = write_story(tmp_path)
    comparisons = comparisons_from_paths(str(original), [str(copies[n]) for n in ("spelled", "numbers", "negated")])
    comparisons.append(Comparison("inline", DocSpec.from_text(ARTICLE), DocSpec.from_text(COPIES["same"][0])))
    comparisons.append(Comparison("missing", DocSpec.from_path(original), DocSpec.from_path(tmp_path / "gone.txt")))
    local = {r.id: json.loads(r.line) for r in run_batch(comparisons, jobs=1)}
    with run_batch(comparisons, jobs=2, engine="dask", chunk_size=2) as run:
        remote = {r.id: json.loads(r.line) for r in run}
    assert run.stats.workers == 2
    assert set(remote) == set(local) == {c.id for c in comparisons}
    for cid, row in local.items():
        assert remote[cid] == row, cid
    assert remote["missing"]["error"] == f"{tmp_path / 'gone.txt'}: no such file"
    assert any(f["kind"] == "number_changed" for f in remote[str(copies["numbers"])]["report"]["findings"])
    # the original (shared by two chunks) was parsed once on the cluster
    assert run.stats.parsed[DocSpec.from_path(original).key] == 1
    assert set(run.stats.parsed.values()) == {1}


def test_unreachable_scheduler_is_a_one_line_error(monkeypatch):
    from factdiff.batch import dask_engine
    from factdiff.errors import OptionError

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", "1s")
    a = Comparison("a", DocSpec.from_text("One."), DocSpec.from_text("Two."))
    with pytest.raises(OptionError, match="cannot connect to the dask scheduler at tcp://127.0.0.1:9"):
        list(run_batch([a], engine="dask", scheduler="tcp://127.0.0.1:9"))
