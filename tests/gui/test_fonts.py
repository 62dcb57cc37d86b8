"""The bundled fonts make Chinese readable on a machine that has no CJK font of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("font_probe.py")
REPO = Path(__file__).resolve().parents[2]
NO_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{empty}</dir><cachedir>{cache}</cachedir></fontconfig>
"""


def test_chinese_renders_from_the_bundled_fonts_alone(tmp_path: Path) -> None:
    config = tmp_path / "fonts.conf"
    config.write_text(NO_FONTS.format(empty=tmp_path / "none", cache=tmp_path / "cache"))
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(PROBE)], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["before"]["chinese"] is False  # the machine itself cannot
    assert all(seen["after"].values()), seen["after"]
    assert {"DejaVu Sans", "WenQuanYi Micro Hei"} <= set(seen["families"])
