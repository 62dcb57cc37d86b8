"""A small Qt catalogue made for a test: the tests of error and finding templates check the
lookup and formatting against texts they own, not against wording the shipped catalogue
may change."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QTranslator


@contextmanager
def installed_catalogue(folder: Path, context: str, texts: Mapping[str, str]) -> Iterator[None]:
    """``texts`` (source -> translation) compiled with the build's lrelease and installed
    over whatever language is in use, for the ``with`` block."""
    messages = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(text)}</translation></message>"
        for source, text in texts.items()
    )
    ts = folder / f"{context}_zh_CN.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">'
        f"<context><name>{escape(context)}</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    qm = ts.with_suffix(".qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)
