"""Stage 3, annotate: sentences, entities and roles (link), events (events), quotes — over the cleaned article."""

from rasad.annotate.document import annotate_clean, annotate_document

__all__ = ["annotate_clean", "annotate_document"]
