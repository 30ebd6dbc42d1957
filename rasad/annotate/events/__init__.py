"""The event coder: triggers from patterns/events.yaml, actor chains, frames that pick source and target, dates,
places, and the merging of one article's reports of one event."""

from rasad.annotate.events.coder import code_events

__all__ = ["code_events"]
