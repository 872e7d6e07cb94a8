"""HTML and Markdown masking (same length, offsets into the markup as given) + normalize."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.errors import InputError
from factdiff.ingest import read_source, segment, source_from_text
from factdiff.ingest.markup import FILL, detect_format
from factdiff.ingest.normalize import fold_quotes, match_key

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Floods hit Manila | Example News</title>
  <style>p { color: red; } .x::after { content: "STYLE-LEAK"; }</style>
  <script>var s = "<p>SCRIPT-LEAK</p>"; if (a < b && c > d) {}</script>
</head>
<body>
<header class="site"><nav><ul><li><a href="/">Home</a></li><li>World</li></ul></nav></header>
<div class="teaser"><article><p>Unrelated teaser.</p></article></div>
<main>
<h1 class="headline">Floods Hit Manila &amp; Nearby Towns</h1>
<article>
  <p>MANILA (Reuters) - Floods forced 3,000 people from their homes on
  Sunday, officials said, in the city&#8217;s <b>worst</b> flooding since 2009.</p>
  <!-- <p>COMMENT-LEAK</p> -->
  <aside><p>Read more: ASIDE-LEAK</p></aside>
  <p>&ldquo;We are moving families to schools,&rdquo; the mayor said.<br>Two people were missing.</p>
  <script type="application/ld+json">{"headline": "JSON-LEAK"}</script>
  <p>(Reporting by Ann Lee; Editing by Bo Chen)</p>
</article>
</main>
<footer>Copyright Example News. FOOTER-LEAK</footer>
</body>
</html>
"""


def content_positions(raw: str, masked: str) -> list[int]:
    return [i for i, ch in enumerate(masked) if not ch.isspace() and ch != FILL]


# --------------------------------------------------------------------------- HTML

def test_html_same_length_and_no_leaks(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    src = read_source(p)
    assert src.source_format == "html"
    assert len(src.text) == len(PAGE)
    assert src.markup == PAGE
    for leak in ("LEAK", "Home", "Unrelated teaser", "<", "var s", "color"):
        assert leak not in src.text, leak


def test_html_offsets_are_raw_positions() -> None:
    src = source_from_text(PAGE, "page.html")
    # Every kept character outside decoded entities is the raw character itself.
    entity_spans = [range(m.start(), m.end()) for m in re.finditer(r"&[#\w]+;", PAGE)]
    in_entity = {i for r in entity_spans for i in r}
    for i in content_positions(PAGE, src.text):
        if i not in in_entity:
            assert src.text[i] == PAGE[i]
    # A phrase found in the masked text is at the same place in the raw HTML.
    i = src.text.index("Floods forced 3,000 people")
    assert PAGE[i:i + 26] == "Floods forced 3,000 people"


def test_html_entities_decoded_in_place_filled() -> None:
    """An entity is decoded at its first position, the rest is FILL (read as nothing), so
    "city&#8217;s" is one word for the parser and still has the file's length."""
    src = source_from_text(PAGE, "page.html")
    i = PAGE.index("&amp; Nearby")
    assert src.text[i:i + 5] == "&" + FILL * 4
    j = PAGE.index("&#8217;")
    assert src.text[j - 4:j + 8] == "city\u2019" + FILL * 6 + "s"
    k = PAGE.index("&ldquo;")
    assert src.text[k:k + 7] == "\u201c" + FILL * 6


def test_html_segments() -> None:
    src = source_from_text(PAGE, "page.html")
    got = [(s.role, s.paragraph, src.text[s.start:s.end]) for s in segment(src)]
    assert got[0][:2] == ("headline", 0)
    assert PAGE[segment(src)[0].start:segment(src)[0].end] == "Floods Hit Manila &amp; Nearby Towns"
    assert got[1] == ("dateline", 1, "MANILA (Reuters) -")
    assert got[2][0] == "body" and got[2][2].startswith("Floods forced")
    assert got[2][2].endswith("2009.")  # the source line break inside <p> does not split
    assert got[-1] == ("credits", got[-1][1], "(Reporting by Ann Lee; Editing by Bo Chen)")
    bodies = [t for r, _, t in got if r == "body"]
    assert any("moving families" in t for t in bodies)


def test_html_detected_by_content_and_doctype() -> None:
    assert detect_format("<!doctype html><p>x</p>") == "html"
    assert detect_format("  <html><body><p>x</p></body></html>") == "html"
    assert detect_format("<div><p>One.</p><p>Two.</p><p>Three.</p></div>") == "html"
    assert detect_format("Prices rose <5% while a > b.") == "text"


def test_html_without_article_uses_body_minus_boilerplate() -> None:
    page = ("<html><body><nav>Menu</nav><h1>Rates Rise</h1><p>The bank raised rates.</p>"
            "<p>More text.</p><footer>Foot</footer></body></html>")
    src = source_from_text(page, "x.html")
    got = [(s.role, src.text[s.start:s.end]) for s in segment(src)]
    assert got == [("headline", "Rates Rise"), ("body", "The bank raised rates."),
                   ("body", "More text.")]


def test_html_picks_the_richest_article() -> None:
    page = ("<html><body><article><p>Short teaser.</p></article>"
            "<article><p>The real story is here and it is much longer than the teaser.</p>"
            "<p>Second paragraph of the story.</p></article></body></html>")
    src = source_from_text(page, "x.html")
    texts = [src.text[s.start:s.end] for s in segment(src)]
    assert "Short teaser." not in texts
    assert texts[-1] == "Second paragraph of the story."


def test_html_with_only_markup_is_refused() -> None:
    with pytest.raises(InputError, match="no text left after removing markup"):
        source_from_text("<html><head><script>x=1</script></head><body></body></html>", "x.html")


def test_html_crlf_and_unclosed_tags() -> None:
    page = "<html>\r\n<body>\r\n<p>First para.\r\n<p>Second para &amp more\r\n</body>"
    src = source_from_text(page, "x.html")
    assert len(src.text) == len(page)
    texts = [src.text[s.start:s.end] for s in segment(src)]
    assert texts[0] == "First para."
    assert texts[1].startswith("Second para &")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<b>", "</b>", "&amp;", "&#x41;",
     "<!--", "-->", "<br/>", "text", "Word.", " ", "\n", "\r\n", "<a href='x>y'>", "</a>", "<",
     ">", "&", "<article>", "</article>", "<nav>", "</nav>"]),
    min_size=1, max_size=40).map("".join))
def test_property_html_mask_same_length(page: str) -> None:
    try:
        src = source_from_text(page, "x.html")
    except InputError:
        return
    assert len(src.text) == len(page)
    for i, ch in enumerate(src.text):
        if ch in "\r":
            assert page[i] == "\r"
    for s in segment(src):
        piece = src.text[s.start:s.end]
        assert piece == piece.strip() and s.start < s.end


# --------------------------------------------------------------------------- Markdown

MD = """# Floods Hit Manila.

**MANILA** (Reuters) - Floods forced *3,000* people from their homes, [officials](https://x.example/a "t") said.

- Two people were missing.
- Schools were opened as shelters.

> "We are moving families," the mayor said.

![a photo](https://x.example/p.jpg)

Editor: Ann Lee
"""


def test_markdown_masking() -> None:
    src = source_from_text(MD, "story.md")
    assert src.source_format == "markdown"
    assert len(src.text) == len(MD)
    t = src.text
    assert t.startswith(FILL + " Floods Hit Manila.")
    assert "**" not in t and "](" not in t and "https" not in t and "a photo" not in t
    i = MD.index("**MANILA**")
    assert t[i:i + 10] == FILL * 2 + "MANILA" + FILL * 2
    j = MD.index("[officials]")
    assert t[j:j + 11] == FILL + "officials" + FILL


def test_markdown_segments() -> None:
    src = source_from_text(MD, "story.md")
    got = [(s.role, src.text[s.start:s.end]) for s in segment(src)]
    assert got[0] == ("headline", "Floods Hit Manila.")  # '#' heading wins over the period
    assert got[1][0] == "dateline" and got[1][1].startswith("MANILA") and got[1][1].endswith("-")
    assert got[-1] == ("credits", "Editor: Ann Lee")
    assert ("body", "Two people were missing.") in got
    assert ("body", "\"We are moving families,\" the mayor said.") in got


def test_markdown_detected_from_content_via_stdin() -> None:
    src = read_source("-", stdin=io.BytesIO(MD.encode()))
    assert src.source_format == "markdown"


def test_plain_news_text_is_not_markdown() -> None:
    text = ("Prices rose 5% - the most since 2009 - and rates (set by the bank) held.\n\n"
            "- Analysts said more rises were likely.\n\nThe #1 issue is *still* inflation.")
    assert detect_format(text) == "text"


def test_explicit_format_overrides_detection() -> None:
    src = source_from_text("# not a heading\n\nbody", source_format="text")
    assert src.source_format == "text" and src.text.startswith("# not")


# --------------------------------------------------------------------------- normalize

def test_fold_quotes_same_length_ascii() -> None:
    s = "“Don’t” — he said ‘no’ – «non» \u00a0x"
    f = fold_quotes(s)
    assert len(f) == len(s)
    assert f == "\"Don't\" - he said 'no' - \"non\"  x"


@given(st.text(max_size=100))
def test_fold_quotes_property_length(s: str) -> None:
    assert len(fold_quotes(s)) == len(s)


def test_match_key() -> None:
    assert match_key("  “Don’t”\n\tGO   Ｎｏｗ ") == match_key("\"don't\" go now")
    assert match_key("Straße") == match_key("STRASSE")
    assert match_key("a b") != match_key("ab")
