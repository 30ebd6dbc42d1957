"""Text of an HTML page read tag by tag, for pages nested deeper than a tree parser goes.

lxml (under trafilatura) stops building its tree at a few hundred levels, so an article wrapped in 100,000 ``<div>``s
comes out empty. The standard library's HTMLParser reads tags as a stream, so depth costs nothing; it is used only
where the tree parser found nothing and the page is that deep.
"""

from __future__ import annotations

from html.parser import HTMLParser

MAX_TREE_DEPTH = 255  # libxml2's default nesting limit
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title"})
_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
                     "blockquote", "header", "footer", "main", "td"})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"})


class _TextParser(HTMLParser):
    """Collects text outside scripts and styles, a line per block, and the deepest nesting seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = self.max_depth = self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag in _VOID:
            return
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        self.skipping += tag in _SKIPPED

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        self.depth = max(0, self.depth - 1)
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def text_of_tags(html: str) -> tuple[str, int]:
    """(the page's text, one line per block, and its deepest tag nesting)."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line), parser.max_depth
