"""Agency formats (IPTC NewsML-G2, NITF, ninjs): detected by content, article read in place,
metadata kept aside, malformed items refused with one line (fixtures in tests/data/agency,
written following the IPTC specifications)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factdiff.errors import InputError
from factdiff.ingest import read_source, segment, source_from_text
from factdiff.ingest.markup import FILL

AGENCY = Path(__file__).resolve().parent / "data" / "agency"
ITEMS = {"newsml": "rates.newsml.xml", "nitf": "rates.nitf.xml", "ninjs": "rates.ninjs.json"}


def shown(src, seg) -> str:
    return " ".join(src.text[seg.start:seg.end].replace(FILL, "").split())


@pytest.mark.parametrize("fmt", ITEMS)
def test_detected_by_content_and_read_with_roles(fmt: str) -> None:
    raw = (AGENCY / ITEMS[fmt]).read_text(encoding="utf-8")
    src = source_from_text(raw, "item")  # no file name to go by
    assert src.source_format == fmt and len(src.text) == len(raw)
    segs = segment(src)
    roles = [(s.role, shown(src, s)) for s in segs]
    assert roles[0] == ("headline", "Poland's central bank holds rates, won’t rule out cut in 2026")
    assert ("credits", "By Anna Kowalska") in roles
    assert ("dateline", "WARSAW, Nov 5 (Example Wire) -") in roles
    assert roles[-1] == ("credits", "(Reporting by Anna Kowalska; Editing by Mark Potter)")
    bodies = [t for r, t in roles if r == "body"]
    assert len(bodies) == 6 and bodies[0].startswith("Poland’s central bank kept")
    assert "he won’t rule out" in bodies[0]  # entity and <em> inside: still one word


@pytest.mark.parametrize("fmt", ITEMS)
def test_metadata_is_kept_aside_not_read_as_text(fmt: str) -> None:
    src = read_source(AGENCY / ITEMS[fmt])
    meta = dict(src.metadata)
    assert meta.get("provider") == "Example Wire"
    assert "interest rates" in meta.get("keywords", "")
    assert any(k in meta for k in ("guid", "uri", "id"))
    text = src.text.replace(FILL, "")
    for leak in ("nprov:EXW", "POLAND-CENBANK", "2025-11-05T14:21:00Z", "20251105T132000Z", "medtop", "usable"):
        assert leak not in text, leak


@pytest.mark.parametrize("fmt", ITEMS)
def test_kept_characters_are_the_files(fmt: str) -> None:
    raw = (AGENCY / ITEMS[fmt]).read_text(encoding="utf-8")
    src = source_from_text(raw, ITEMS[fmt])
    for i, ch in enumerate(src.text):
        if ch != FILL and not ch.isspace() and ch != raw[i]:
            assert raw[i] in "&\\", (i, ch, raw[i:i + 12])  # an entity or a JSON escape, decoded


def test_nitf_caption_and_abstract_are_not_article_text() -> None:
    text = read_source(AGENCY / "rates.nitf.xml").text
    assert "building in Warsaw" not in text and "opens door" not in text


def test_newsml_inline_data_and_nested_nitf() -> None:
    ns = "http://iptc.org/std/nar/2006-10-01/"
    plain = (f'<newsItem xmlns="{ns}" guid="urn:x:1" version="1"><contentMeta><headline>Dam Bursts</headline>'
             '</contentMeta><contentSet><inlineData contenttype="text/plain">A dam burst on Monday, officials said.'
             '\n\nNo one was hurt.</inlineData></contentSet></newsItem>')
    src = source_from_text(plain, "x")
    assert [(s.role, shown(src, s)) for s in segment(src)] == [
        ("headline", "Dam Bursts"), ("body", "A dam burst on Monday, officials said."), ("body", "No one was hurt.")]
    nested = (f'<newsItem xmlns="{ns}" guid="urn:x:2" version="1"><contentSet><inlineXML contenttype="application/nitf+xml">'
              '<nitf><body><body.content><p>Rain fell for 3 days.</p></body.content></body></nitf></inlineXML>'
              '</contentSet></newsItem>')
    src = source_from_text(nested, "y")
    assert [shown(src, s) for s in segment(src)] == ["Rain fell for 3 days."]


def test_ninjs_body_text_and_escapes() -> None:
    item = {"uri": "urn:x:3", "headline": "Caf\u00e9 Closes", "body_text": "The caf\u00e9\u2019s owner said \"no\".\n\nIt shut."}
    raw = json.dumps(item, ensure_ascii=True)
    src = source_from_text(raw, "z.json")
    got = [(s.role, shown(src, s)) for s in segment(src)]
    assert got == [("headline", "Café Closes"), ("body", "The café’s owner said \"no\"."), ("body", "It shut.")]
    seg = [s for s in segment(src) if s.role == "body"][0]
    assert raw[seg.start:seg.end].startswith("The caf\\u00e9\\u2019s owner")


@pytest.mark.parametrize(("fixture", "message"), [
    ("bad.newsml.xml", "not well-formed XML at line 33, column 5: mismatched tag"),
    ("wrong-namespace.newsml.xml", "<newsItem> is not in the NewsML-G2 namespace http://iptc.org/std/nar/2006-10-01/"),
    ("empty-body.nitf.xml", "the NITF item has no article text"),
    ("bad.ninjs.json", "not valid JSON at line"),
    ("empty-body.ninjs.json", "the ninjs item has no article text"),
])
def test_malformed_items_are_refused_in_one_line(fixture: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        read_source(AGENCY / fixture)
    assert message in err.value.message and "\n" not in err.value.message
    assert err.value.exit_code == 2


def test_cli_exit_2_and_one_line_for_a_malformed_item() -> None:
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "factdiff", "compare", str(AGENCY / "wrong-namespace.newsml.xml"),
                          str(AGENCY / "rates.nitf.xml")], capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert "is not in the NewsML-G2 namespace" in run.stderr
