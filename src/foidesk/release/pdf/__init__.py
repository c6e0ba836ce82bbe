"""PDF internals of release safety: reading a PDF's content and structure, and rewriting it.

`foidesk.release.pdf_scan` and `foidesk.release.pdf_clean` are the doors the scanner and the
cleaner use; the redactor builds on the same pieces.
"""
