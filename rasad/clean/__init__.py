"""Stage 2, clean: main text from HTML, boilerplate lines dropped, metadata (title, date, outlet) read."""

from rasad.clean.article import clean

__all__ = ["clean"]
