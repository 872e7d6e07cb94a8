"""Cross-language sentence alignment (factdiff.xlang.align): lengths, anchors, gaps, moves."""

from __future__ import annotations

import time

from factdiff.xlang.align import Unit, align_units, anchor_cost, length_cost


def u(length: int, *anchors: str, paragraph: int = 0) -> Unit:
    return Unit(length, frozenset(tuple(a.split(":", 1)) for a in anchors), paragraph)  # type: ignore[misc]


def pairs(groups) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(g.original, g.copy) for g in groups]


def test_one_to_one_by_length():
    o = [u(80), u(40), u(120), u(60)]
    c = [u(90), u(44), u(130), u(66)]  # a translation ~10% longer
    assert pairs(align_units(o, c)) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]


def test_a_sentence_split_in_two_is_one_to_two():
    o = [u(80, "number:42"), u(160, "number:3.5e+06", "name:kowal"), u(60)]
    c = [u(85, "number:42"), u(80, "number:3.5e+06"), u(90, "name:kowal"), u(65)]
    assert pairs(align_units(o, c)) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]


def test_two_sentences_merged_are_two_to_one():
    o = [u(70, "number:7"), u(60, "number:12"), u(90)]
    c = [u(140, "number:7", "number:12"), u(95)]
    assert pairs(align_units(o, c)) == [((0, 1), (0,)), ((2,), (1,))]


def test_a_dropped_sentence_with_a_figure_is_a_gap():
    o = [u(80, "number:42"), u(90, "number:1403"), u(70, "number:18"), u(60, "name:riverton")]
    c = [u(84, "number:42"), u(75, "number:18"), u(63, "name:riverton")]
    assert pairs(align_units(o, c)) == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]


def test_an_added_sentence_is_a_gap_on_the_other_side():
    o = [u(80, "number:42"), u(70, "number:18")]
    c = [u(84, "number:42"), u(90, "number:2027"), u(75, "number:18")]
    assert pairs(align_units(o, c)) == [((0,), (0,)), ((), (1,)), ((1,), (2,))]


def test_a_sentence_moved_far_away_is_found_by_its_anchors():
    o = [u(60 + k, f"number:{k}") for k in range(30)]
    moved = u(100, "number:999", "name:kowal", "date:m5")
    o.insert(2, moved)
    c = [u(62 + k, f"number:{k}") for k in range(30)] + [u(105, "number:999", "name:kowal", "date:m5")]
    groups = align_units(o, c)
    move = [g for g in groups if g.moved]
    assert [(g.original, g.copy) for g in move] == [((2,), (30,))]
    assert all(g.original and g.copy for g in groups)  # nothing left dropped or added


def test_changed_figure_still_aligns_one_to_one():
    o = [u(80, "number:42", "name:kowal"), u(70, "number:18")]
    c = [u(82, "number:24", "name:kowal"), u(72, "number:18")]
    assert pairs(align_units(o, c)) == [((0,), (0,)), ((1,), (1,))]


def test_costs_prefer_shared_anchors_and_proportional_lengths():
    a = frozenset({("number", "42"), ("name", "kowal")})
    assert anchor_cost(a, a) < anchor_cost(a, frozenset()) < anchor_cost(a, frozenset({("number", "7")}))
    assert length_cost(100, 110, 1.1) < length_cost(100, 40, 1.1)


def test_empty_sides_are_all_gaps():
    assert pairs(align_units([u(10)], [])) == [((0,), ())]
    assert pairs(align_units([], [u(10), u(5)])) == [((), (0,)), ((), (1,))]


def test_banded_programme_is_linear_ish():
    def run(n: int) -> float:
        o = [u(50 + (k * 7) % 40, f"number:{k}") for k in range(n)]
        c = [u(55 + (k * 7) % 40, f"number:{k}") for k in range(n)]
        t = time.perf_counter()
        groups = align_units(o, c)
        assert len(groups) == n
        return time.perf_counter() - t

    small, large = run(200), run(800)
    assert large < small * 10  # quadratic would be ~16x
