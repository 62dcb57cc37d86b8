"""The cmap reader: exactly reportlab's coverage, and validation without reportlab."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import textwrap
from importlib import resources
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFace

from core.documents.font_coverage import FontFormatError, cmap_coverage, read_coverage
from core.documents.fonts import _FONT_FILES, FONT_PACKAGE

ROOT = Path(__file__).resolve().parents[2]
# Every face the package ships, including the collection's second (Mono) face.
FACES = sorted(
    {(font.file, font.subfont_index) for font in _FONT_FILES} | {("wqy-microhei.ttc", 1)}
)


def _path(file: str) -> str:
    return str(resources.files(FONT_PACKAGE) / file)


@pytest.mark.parametrize(("file", "subfont_index"), FACES)
def test_coverage_is_exactly_reportlabs_char_to_glyph(file: str, subfont_index: int) -> None:
    face = TTFontFace(_path(file), subfontIndex=subfont_index)
    assert cmap_coverage(_path(file), subfont_index) == frozenset(face.charToGlyph)


@pytest.mark.parametrize(("file", "subfont_index"), FACES)
def test_format_4_subtable_gives_the_same_basic_plane(file: str, subfont_index: int) -> None:
    """Each bundled font also has a format 4 (BMP) map: reading it alone agrees."""
    with open(_path(file), "rb") as whole:
        data = whole.read()
    only_format_4 = _without_format_12(data, subfont_index)
    basic_plane = {code for code in cmap_coverage(_path(file), subfont_index) if code <= 0xFFFF}
    assert read_coverage(io.BytesIO(only_format_4), subfont_index) == basic_plane


def _without_format_12(data: bytes, subfont_index: int) -> bytes:
    """The font with its format 12 subtable records renamed to a platform nobody reads."""
    buffer = bytearray(data)
    sfnt = 0
    if data[:4] == b"ttcf":
        (sfnt,) = struct.unpack_from(">I", data, 12 + 4 * subfont_index)
    (tables,) = struct.unpack_from(">H", data, sfnt + 4)
    for entry in range(tables):
        tag, _, cmap, _ = struct.unpack_from(">4sIII", data, sfnt + 12 + 16 * entry)
        if tag == b"cmap":
            (count,) = struct.unpack_from(">H", data, cmap + 2)
            for record in range(count):
                at = cmap + 4 + 8 * record
                (offset,) = struct.unpack_from(">I", data, at + 4)
                if struct.unpack_from(">H", data, cmap + offset)[0] == 12:
                    struct.pack_into(">HH", buffer, at, 2, 0)  # ISO platform: ignored
    return bytes(buffer)


def test_characters_of_each_script_are_covered() -> None:
    sans = cmap_coverage(_path("DejaVuSans.ttf"))
    cjk = cmap_coverage(_path("wqy-microhei.ttc"))
    assert {ord(c) for c in "Aİşğ Алматы Ωμέγα\u00a0"} <= sans
    assert {ord(c) for c in "郑州豫通跨境电子商务（）"} <= cjk
    assert ord("郑") not in sans and 0xFFFF not in cjk  # the format 4 end marker: no glyph


def test_a_file_that_is_no_font_is_refused() -> None:
    with pytest.raises(FontFormatError):
        read_coverage(io.BytesIO(b"not a font at all"))
    with pytest.raises(FontFormatError, match="no subfont 5"):
        cmap_coverage(_path("wqy-microhei.ttc"), 5)


def test_validating_text_does_not_import_reportlab() -> None:
    script = textwrap.dedent(
        """
        import sys
        from core.documents.fonts import check_printable, is_printable
        from core.errors import ValidationError
        from core.services.customers import CustomerInput, clean_customer
        import core.domain  # noqa: F401

        data = CustomerInput("SH-CGO-050", "郑州新港示例有限公司", "新港大道 1 号", "郑州", "CN")
        assert clean_customer(data)["name"] == "郑州新港示例有限公司"
        check_printable("郑州豫通跨境电子商务有限公司 İstanbul Алматы", "name")
        assert not is_printable("ก")
        try:
            check_printable("กรุงเทพ", "city")
        except ValidationError as error:
            assert error.code == "text.script", error
        else:
            raise AssertionError("Thai accepted")
        loaded = sorted(name for name in sys.modules if name.split(".")[0] == "reportlab")
        assert not loaded, loaded
        """
    )
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, timeout=60)
