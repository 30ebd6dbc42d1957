"""Stage 5, fuse: republished copies become stories; reports of one event by many outlets become one fused event."""

from rasad.fuse.fusion import fuse_articles, refuse_all, unfused_article_ids

__all__ = ["fuse_articles", "refuse_all", "unfused_article_ids"]
