"""The self-contained HTML report: structure, escaping, no outside resources."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest
from report_samples import IMG, SCRIPT, make_doc, sample_report

from factdiff.report.diff import build_rows
from factdiff.report.html import render_html
from factdiff.report.model import AlignedGroup, Report

VOID = {"meta", "br", "input", "col", "img", "link", "hr", "source", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self, skip: set[str] = frozenset()) -> str:
        """Text content, leaving out elements with any class in ``skip``."""
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif not (c.classes & skip):
                out.append(c.text(skip))
        return "".join(out)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        return [
            n
            for n in self.iter()
            if (tag is None or n.tag == tag)
            and (cls is None or cls in n.classes)
            and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def by_id(self, ident: str) -> Node:
        (node,) = [n for n in self.iter() if n.attrs.get("id") == ident]
        return node


class Tree(HTMLParser):
    """A strict little DOM: mismatched end tags fail the test instead of being repaired."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.all_attrs: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.all_attrs += [(tag, k, v) for k, v in attrs]
        node = Node(tag, {k: v or "" for k, v in attrs}, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_endtag(self, tag):
        assert self.cur.tag == tag, f"</{tag}> closes <{self.cur.tag}>"
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(html: str) -> Node:
    tree = Tree()
    tree.feed(html)
    tree.close()
    assert tree.cur is tree.root, "unclosed elements"
    tree.root.all_attrs = tree.all_attrs  # type: ignore[attr-defined]
    return tree.root


@pytest.fixture(scope="module")
def report() -> Report:
    return sample_report()


@pytest.fixture(scope="module")
def html(report: Report) -> str:
    return render_html(report)


@pytest.fixture(scope="module")
def dom(html: str) -> Node:
    return parse(html)


def test_is_one_self_contained_document(html: str, dom: Node) -> None:
    assert html.startswith("<!DOCTYPE html>")
    for tag, name, value in dom.all_attrs:  # type: ignore[attr-defined]
        assert not name.startswith("on"), f"event handler attribute on <{tag}>"
        if name in {"src", "href", "action", "srcset", "poster", "data", "formaction"}:
            assert value is not None and (value.startswith("#") or value.startswith("data:")), (tag, name, value)
    assert not dom.find_all("link") and not dom.find_all("img") and not dom.find_all("iframe")
    assert "@import" not in html
    for url in re.findall(r"url\(([^)]*)\)", html):
        assert url.strip("'\" ").startswith(("data:", "#")), url
    scripts = dom.find_all("script")
    assert len(scripts) == 1 and "src" not in scripts[0].attrs
    assert len(dom.find_all("style")) == 1


def test_csp_allows_exactly_our_own_style_and_script(dom: Node) -> None:
    (meta,) = dom.find_all("meta", http_equiv="Content-Security-Policy")
    policy = meta.attrs["content"]
    assert "default-src 'none'" in policy

    def digest(node: Node) -> str:
        raw = node.text().encode("utf-8")
        return "sha256-" + base64.b64encode(hashlib.sha256(raw).digest()).decode()

    assert f"script-src '{digest(dom.find_all('script')[0])}'" in policy
    assert f"style-src '{digest(dom.find_all('style')[0])}'" in policy


def test_hostile_input_is_text_not_markup(html: str, dom: Node, report: Report) -> None:
    assert SCRIPT not in html and IMG not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    (script,) = dom.find_all("script")
    assert "pwned" not in script.text() and "Portvale" not in script.text()
    # The document name in the title and headers is escaped too.
    assert "<i>hostile</i>" not in html
    assert "copy <i>hostile</i>.txt" in dom.find_all("title")[0].text()
    # The added hostile sentence reads back exactly in its cell.
    added = next(r for r in dom.find_all("tr", cls="row") if "added" in r.classes)
    cell = next(td for td in added.find_all("td") if "copy" in td.classes)
    assert cell.text(skip={"fm"}) == report.copy.sentence_text(6)


def test_title_is_escaped() -> None:
    out = render_html(sample_report(), title="</title><script>alert(1)</script>")
    dom = parse(out)
    assert dom.find_all("title")[0].text() == "factdiff: </title><script>alert(1)</script>"
    assert len(dom.find_all("script")) == 1


def test_one_row_per_group_showing_the_text_exactly(dom: Node, report: Report) -> None:
    rows = build_rows(report)
    trs = dom.find_all("tr", cls="row")
    assert [tr.attrs["id"] for tr in trs] == [f"row-{r.number}" for r in rows]
    for tr, row in zip(trs, rows, strict=True):
        assert row.status in tr.classes
        assert ("moved" in tr.classes) == row.moved
        cells = [td for td in tr.children if isinstance(td, Node) and td.tag == "td"]
        for td, doc, indices in ((cells[0], report.original, row.original), (cells[1], report.copy, row.copy)):
            if indices:
                assert td.text(skip={"fm"}) == " ".join(doc.sentence_text(i) for i in indices)
            else:
                assert "empty" in td.classes and "not in the" in td.text()
        assert tr.find_all("th")[0].attrs.get("scope") == "row"


def test_changed_words_are_highlighted(dom: Node) -> None:
    tr = next(tr for tr in dom.find_all("tr", cls="row") if "Construction" in tr.text())
    orig, copy = [td for td in tr.find_all("td")]
    assert [n.text() for n in orig.find_all(cls="chg")] == ["not"]
    assert copy.find_all(cls="chg") == []


def test_each_finding_span_is_marked_and_numbered(dom: Node, report: Report) -> None:
    marks = dom.find_all("mark", cls="hl")
    markers = dom.find_all("a", cls="fm")
    for number, f in enumerate(report.findings, start=1):
        for span, cls in ((f.original, "orig"), (f.copy, "copy")):
            cells = [td for td in dom.find_all("td") if cls in td.classes]
            mine = [m for cell in cells for m in cell.find_all("mark") if str(number) in m.attrs["data-f"].split()]
            nums = [m for cell in cells for m in cell.find_all("a", cls="fm") if m.attrs["data-f"] == str(number)]
            if span is None:
                assert mine == [] and nums == []
                continue
            assert "".join(m.text(skip={"fm"}) for m in mine) == span.text
            assert len(nums) == 1 and nums[0].text() == str(number)
            assert nums[0].attrs["href"] == f"#f-{number}"
            assert nums[0].attrs["data-sev"] == f.severity.label
    sev = {m.attrs["data-sev"] for m in marks}
    assert sev == {"critical", "major", "minor", "info"}
    assert len(markers) == sum((f.original is not None) + (f.copy is not None) for f in report.findings)


def test_finding_list_links_to_rows(dom: Node, report: Report) -> None:
    items = dom.find_all("li", cls="finding")
    assert len(items) == len(report.findings)
    ids = {n.attrs["id"] for n in dom.iter() if "id" in n.attrs}
    for number, (li, f) in enumerate(zip(items, report.findings, strict=True), start=1):
        assert li.attrs["id"] == f"f-{number}"
        assert li.attrs["data-sev"] == f.severity.label
        assert li.attrs["data-kind"] == f.kind
        assert li.attrs["data-row"] in ids
        (link,) = li.find_all("a")
        assert link.attrs["href"] == "#" + li.attrs["data-row"]
        text = li.text()
        assert f.severity.label in text.lower()  # severity as words, not colour alone
        assert f.message in text
        for span in (f.original, f.copy):
            if span is not None:
                assert span.text in text
    # every in-page link points at an element that exists
    for a in dom.find_all("a"):
        assert a.attrs["href"][1:] in ids


def test_filters_and_summary(dom: Node, report: Report) -> None:
    (select,) = dom.find_all("select")
    assert select.attrs.get("aria-label")
    assert [o.attrs["value"] for o in select.find_all("option")] == ["info", "minor", "major", "critical"]
    boxes = dom.find_all("input", name="kind")
    assert [b.attrs["value"] for b in boxes] == list(report.kind_counts)
    assert all(b.attrs.get("aria-label") for b in boxes)
    counts = {li.attrs["data-sev"]: li.text() for li in dom.find_all("li") if "data-sev" in li.attrs and "finding" not in li.classes}
    for label, n in report.summary.items():
        assert f"{n} {label}" in counts[label]
    assert report.signature in dom.find_all("header")[0].text()


def test_print_styles(html: str) -> None:
    assert "@media print" in html
    assert "print-color-adjust:exact" in html
    screen_only = html[html.index("@media screen") : html.index("@media (max-width")]
    assert ".off" in screen_only  # filtered elements are hidden on screen only, never in print
    assert ".off" not in html[html.index("@media print") :]


def test_same_output_from_json(report: Report, html: str) -> None:
    again = Report.from_dict(json.loads(report.to_json()))
    assert render_html(again) == html


def test_report_without_alignment_or_findings_still_shows_all_text() -> None:
    o = make_doc("a.txt", [[("body", "First sentence here."), ("body", "Second one & <more>.")]])
    c = make_doc("b.txt", [[("body", "Something else entirely.")]])
    out = render_html(Report(o, c, (), (), verdict="unrelated"))
    dom = parse(out)
    trs = dom.find_all("tr", cls="row")
    assert len(trs) == 3
    text = " ".join(tr.text() for tr in trs)
    assert "Second one & <more>." in text and "Something else entirely." in text
    assert "No findings." in out


def test_multi_sentence_group_keeps_both_sentences() -> None:
    o = make_doc("a", [[("body", "Police detained 25,000 people."), ("body", "Groups said so.")]])
    c = make_doc("b", [[("body", "Police detained 20,000 people, groups said.")]])
    dom = parse(render_html(Report(o, c, (AlignedGroup((0, 1), (0,), 0.8),), ())))
    (tr,) = dom.find_all("tr", cls="row")
    assert [n.text() for n in tr.find_all(cls="chg")] == ["25,000", "so", "20,000"]
