"""The Dask engine runs a feed on a 2-worker LocalCluster and gives the local engine's rows."""

from __future__ import annotations

import json

import pytest
from helpers import load_benchmark_module

from factdiff.feed import feed, plan_feed

pytest.importorskip("distributed")
pytest.importorskip("datasketch")
feedgen = load_benchmark_module("feedgen")


def test_a_feed_on_a_local_dask_cluster_gives_the_same_rows(tmp_path):
    f = feedgen.make_feed(stories=3, copies=7, singletons=2, paragraphs=(5, 7), siblings=0.0, seed=9)
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in f.articles), encoding="utf-8")
    plan = plan_feed([path])
    with feed(plan, jobs=1) as run:
        local = {r.id: json.loads(r.line) for r in run}
    with feed(plan, jobs=2, engine="dask") as run:
        remote = {r.id: json.loads(r.line) for r in run}
    assert run.stats.workers == 2
    assert len(local) == 7 and remote == local
    assert all(row["story"].startswith("story-") for row in remote.values())
    assert set(run.stats.parsed.values()) == {1}
