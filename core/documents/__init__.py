"""Printed documents (invoice, manifests, air waybills, labels) drawn with reportlab.

The foundation every document shares:

- :mod:`.fonts`: the embedded fonts, the per-run font choice, the printable-script check;
- :mod:`.textbox`: mixed-font text widths; text wraps, shrinks or is cut with a visible
  "…" to fit its box, never overflowing silently;
- :mod:`.flowables` and :mod:`.rows`: user text drawn as font runs (no markup parser):
  wrapped blocks, one-line cells that shrink, and column rows that split across pages;
- :mod:`.safe_text`: escaping for the rare Paragraph, and reportlab's URL lock-down;
- :mod:`.page`: A4 page furniture: header on every page, footer, "Page N of M";
- :mod:`.pdf_io`: atomic writes, file names built from user data, document metadata.

Documents are rendered from plain data (frozen dataclasses), never from ORM objects, so the
services decide what a document says and the renderers only decide how it looks.
Its modules import reportlab: the GUI imports them off the UI thread (ARCHITECTURE.md, 6).
"""
