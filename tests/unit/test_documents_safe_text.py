"""User text reaches a Paragraph as text, never as markup; reportlab fetches no URL."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import open_for_read

from core.documents.fonts import CJK, SANS, SANS_BOLD
from core.documents.safe_text import escape_text, lock_down_reportlab, markup, paragraph

HOSTILE = [
    'Tom & Jerry <img src="/etc/passwd"/> <b>Ltd</b>',
    '<a href="http://example.com/x">click</a> <link href="file:///etc/passwd">x</link>',
    "<font color=\"__import__('os').system('id')\">red</font>",
    "&amp; &lt;b&gt; &#60;img&#62; &nbsp; <br/> <para> <![CDATA[x]]> <!-- c -->",
    'O\'Brien "Quotes" Ltd',
    "郑州 <i>豫通</i> & Co",
]
STYLE = ParagraphStyle("test", fontName=SANS, fontSize=8, leading=10)


@pytest.mark.parametrize("text", HOSTILE)
def test_markup_is_only_our_font_tags_around_the_exact_text(text: str) -> None:
    root = ET.fromstring(f"<para>{markup(text)}</para>")
    assert root.text is None
    for element in root:
        assert element.tag == "font"
        assert set(element.attrib) == {"name"}
        assert element.attrib["name"] in {SANS, CJK}
        assert len(element) == 0 and not element.tail
    assert "".join(element.text or "" for element in root) == text


def test_line_breaks_become_br_and_bold_picks_bold_fonts() -> None:
    assert markup("a\nb") == (f'<font name="{SANS}">a</font><br/><font name="{SANS}">b</font>')
    assert f'name="{SANS_BOLD}"' in markup("Ltd", bold=True)


def test_escape_covers_quotes_for_attribute_contexts() -> None:
    assert escape_text("& < > \" '") == "&amp; &lt; &gt; &quot; &#39;"


@pytest.mark.parametrize("text", HOSTILE)
def test_a_paragraph_prints_the_text_literally_with_no_image_or_link(text: str) -> None:
    para = paragraph(text, STYLE)
    para.wrap(400, 1000)
    fragments = [fragment for line in para.blPara.lines for fragment in line.words]
    printed = " ".join("".join(f.text for f in fragments if hasattr(f, "text")).split())
    assert printed == " ".join(text.split())
    for fragment in fragments:
        assert not getattr(fragment, "link", None)  # no <a>/<link> annotation
        assert getattr(fragment, "cbDefn", None) is None  # no <img> (an inline image)
        assert fragment.fontName in {SANS, CJK}


def test_reportlab_trusts_no_host_and_no_scheme() -> None:
    lock_down_reportlab()
    assert rl_config.trustedHosts is None
    assert rl_config.trustedSchemes == []
    assert rl_config.toColorCanUse is None


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9/x.png", "https://example.com/a.png", "file:///etc/passwd", "data:,hi"],
)
def test_reportlab_refuses_to_fetch_any_url(url: str) -> None:
    lock_down_reportlab()
    with pytest.raises(OSError):
        open_for_read(url)
