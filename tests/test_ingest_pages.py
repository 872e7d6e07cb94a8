"""Article pages: the story's blocks are kept, page furniture is left out and counted, and
every offset still points into the file as given (tests/data/pages: pages written to
follow real news sites' markup, each with its plain article text NAME.txt)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from factdiff.ingest import ingest, match_key, read_source, segment, source_from_text
from factdiff.ingest.markup import FILL

PAGES = Path(__file__).resolve().parent / "data" / "pages"
EXACT = ["wire", "regional", "broadcaster", "agency_site"]  # daily: its standfirst is missed (docs/inputs.md)


def paragraphs(src) -> list[str]:
    out: dict[int, list[str]] = {}
    for seg in segment(src):
        out.setdefault(seg.paragraph, []).append(src.text[seg.start:seg.end])
    return [match_key(" ".join(v).replace(FILL, "")) for v in out.values()]


def twin(name: str) -> list[str]:
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    return [match_key(p) for p in text.split("\n\n")]


@pytest.mark.parametrize("name", EXACT)
def test_page_reads_as_its_article(name: str) -> None:
    src = read_source(PAGES / f"{name}.html")
    assert src.source_format == "html" and src.method == "trafilatura"
    assert paragraphs(src) == twin(name)
    assert src.furniture > 20  # menus, share bars, related lists, comments, footers


def test_newspaper_page_leaks_no_furniture() -> None:
    got, want = paragraphs(read_source(PAGES / "daily.html")), twin("daily")
    assert [g for g in got if g not in want] == []
    assert len([w for w in want if w not in got]) == 1  # the standfirst, outside the article body


@pytest.mark.parametrize("name", EXACT + ["daily"])
def test_page_offsets_are_file_offsets(name: str) -> None:
    raw = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    src = source_from_text(raw, f"{name}.html")
    assert len(src.text) == len(raw) and src.markup == raw
    for i, ch in enumerate(src.text):  # kept characters are the file's, or a decoded entity
        if ch != FILL and not ch.isspace() and ch != raw[i]:
            assert raw[i] == "&", (i, ch, raw[i:i + 10])


def test_entities_and_inline_tags_never_split_words() -> None:
    page = ("<html><body><article><h1>Bank Holds Rates</h1><p>The governor said he won&rsquo;t act, "
            "it was <b>un</b>likely, a <a href='/x'>Warsaw</a>-based economist&#8217;s view, "
            "Glapi&#324;ski said.</p></article></body></html>")
    src = source_from_text(page, "p.html", html_mode="all")
    body = [s for s in segment(src) if s.role == "body"][0]
    words = src.text[body.start:body.end].replace(FILL, "").split()
    assert "won’t" in words and "unlikely," in words and "Warsaw-based" in words
    assert "economist’s" in words and "Glapiński" in words


def test_html_mode_all_keeps_every_visible_block() -> None:
    raw = (PAGES / "wire.html").read_text(encoding="utf-8")
    article, everything = source_from_text(raw, "w.html"), source_from_text(raw, "w.html", html_mode="all")
    assert everything.furniture == 0 and everything.method == "all"
    assert "Share on Facebook" not in article.text and "Share on Facebook" in everything.text
    assert "Deutsch" in everything.text and "Deutsch" not in article.text  # the language menu


def test_heuristic_is_the_fallback_when_the_extractor_is_missing(monkeypatch) -> None:
    from factdiff.ingest import article

    monkeypatch.setitem(article.EXTRACTORS, "trafilatura", lambda html: (_ for _ in ()).throw(ImportError()))
    src = read_source(PAGES / "wire.html")
    assert src.method == "heuristic"
    assert match_key("Poland’s central bank kept its main interest rate") in " ".join(paragraphs(src))


def test_reading_a_page_opens_no_connection(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("network access while reading a page")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert read_source(PAGES / "regional.html").method == "trafilatura"


def test_ingest_takes_bytes_and_text_alike() -> None:
    raw = (PAGES / "broadcaster.html").read_bytes()
    a, b = ingest(raw, "page"), ingest(raw.decode("utf-8"), "page")
    assert a.text == b.text and a.source_format == b.source_format == "html"
    assert ingest(b"\xef\xbb\xbfPlain words here.", "x").source_format == "text"
