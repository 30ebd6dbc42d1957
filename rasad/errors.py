"""Typed exceptions. The library raises these; only the CLI and web layers turn them into messages."""

from __future__ import annotations


class RasadError(Exception):
    """Base class of every error rasad raises on purpose."""


class InputError(RasadError):
    """An input file or record cannot be read as an article. ``reason`` is a short machine-readable code."""

    def __init__(self, source: str, reason: str, detail: str = ""):
        self.source = source
        self.reason = reason
        self.detail = detail
        super().__init__(f"{source}: {reason}" + (f" ({detail})" if detail else ""))


class EmptyInput(InputError):
    def __init__(self, source: str, detail: str = "no text"):
        super().__init__(source, "empty", detail)


class BinaryInput(InputError):
    def __init__(self, source: str, detail: str = "binary content"):
        super().__init__(source, "binary", detail)


class UndecodableInput(InputError):
    def __init__(self, source: str, detail: str = "unknown text encoding"):
        super().__init__(source, "undecodable", detail)


class TooLargeInput(InputError):
    def __init__(self, source: str, detail: str):
        super().__init__(source, "too-large", detail)


class MalformedInput(InputError):
    def __init__(self, source: str, detail: str):
        super().__init__(source, "malformed", detail)


class NotPersian(InputError):
    def __init__(self, source: str, detail: str):
        super().__init__(source, "not-persian", detail)


class AnnotationTimeout(InputError):
    """Annotating the article took longer than its time budget (--time-budget); the batch goes on without it."""

    def __init__(self, source: str, detail: str):
        super().__init__(source, "timeout", detail)


class KnowledgeBaseError(RasadError):
    """A knowledge-base or pattern file is invalid; the message names the file and entry."""


class StoreError(RasadError):
    """The database cannot be opened, migrated or written."""


class GoldFormatError(RasadError):
    """A gold annotation file does not follow ../shared/gold/README.md."""


class WatchConfigError(RasadError):
    """A feeds or watch-rules file is invalid; the message names the file and entry."""


class FetchError(RasadError):
    """A feed or page could not be fetched or read. ``reason`` is a short code (http-404, timeout, malformed-feed…)."""

    def __init__(self, url: str, reason: str, detail: str = ""):
        self.url = url
        self.reason = reason
        self.detail = detail
        super().__init__(f"{url}: {reason}" + (f" ({detail})" if detail else ""))
