"""Database tables (SQLAlchemy Core). Migrations in rasad/migrations create exactly these."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("raw_hash", sa.String(64), index=True),  # hash of the input as read: a re-run skips it before cleaning
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.String(200)),
    sa.Column("cites", sa.JSON),
    sa.Column("published", sa.String(40)),
    sa.Column("published_day", sa.Date, index=True),
    sa.Column("published_precision", sa.String(20)),
    sa.Column("news_id", sa.String(100)),
    sa.Column("category", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("kicker", sa.Text),
    sa.Column("lead", sa.Text),
    sa.Column("tags", sa.JSON),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("annotation", sa.JSON, nullable=False),
    sa.Column("story_id", sa.Integer, index=True),
    sa.Column("minhash", sa.LargeBinary),
    sa.Column("created_at", sa.DateTime, server_default=sa.func.now()),
)

rejections = sa.Table(
    "rejections", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("reason", sa.String(50), nullable=False),
    sa.Column("detail", sa.Text),
    sa.Column("seen", sa.Integer, nullable=False, server_default="1"),
    sa.Column("created_at", sa.DateTime, server_default=sa.func.now()),
    sa.Column("updated_at", sa.DateTime, server_default=sa.func.now()),
    sa.UniqueConstraint("source", "reason", name="uq_rejection_source_reason"),
)

entities = sa.Table(
    "entities", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("name", sa.Text, nullable=False, index=True),
    sa.Column("kb_id", sa.String(200), index=True),
    sa.Column("type", sa.String(20)),
    sa.Column("forms", sa.JSON),
    sa.Column("country", sa.String(3)),
    sa.Column("sector", sa.String(10)),
    sa.Column("count", sa.Integer),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("type", sa.String(20), nullable=False, index=True),
    sa.Column("mode", sa.String(40)),
    sa.Column("cameo", sa.String(10)),
    sa.Column("source", sa.JSON),
    sa.Column("target", sa.JSON),
    sa.Column("source_ids", sa.JSON),
    sa.Column("target_ids", sa.JSON),
    sa.Column("date", sa.Date, index=True),
    sa.Column("date_precision", sa.String(20)),
    sa.Column("location", sa.Text),
    sa.Column("location_id", sa.String(200)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("trigger", sa.Text),
    sa.Column("sentence", sa.Text),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("rule", sa.String(100)),
    sa.Column("confidence", sa.Float),
    sa.Column("summary_en", sa.Text),
    sa.Column("record", sa.JSON),
    sa.Column("fused_id", sa.Integer, index=True),
)

quotes = sa.Table(
    "quotes", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("speaker", sa.Text, index=True),
    sa.Column("speaker_id", sa.String(200), index=True),
    sa.Column("speaker_mention", sa.Text),
    sa.Column("cue", sa.Text),
    sa.Column("text", sa.Text),
    sa.Column("direct", sa.Boolean),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
)

fused_events = sa.Table(
    "fused_events", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("type", sa.String(20), nullable=False, index=True),
    sa.Column("mode", sa.String(40)),
    sa.Column("cameo", sa.String(10)),
    sa.Column("source", sa.JSON),
    sa.Column("target", sa.JSON),
    sa.Column("source_ids", sa.JSON),
    sa.Column("target_ids", sa.JSON),
    sa.Column("date", sa.Date, index=True),
    sa.Column("date_precision", sa.String(20)),
    sa.Column("location", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("summary_en", sa.Text),
    sa.Column("num_articles", sa.Integer, nullable=False, server_default="1"),
    sa.Column("num_sources", sa.Integer, nullable=False, server_default="1"),
    sa.Column("first_reported", sa.String(40)),
    sa.Column("last_reported", sa.String(40)),
    sa.Column("why", sa.JSON),
)

# What fusion keeps between runs, so that a run (or a re-run after a crash) extends stories and fused events where
# they are instead of rebuilding an index over the history: each article's MinHash LSH band keys (near-duplicate
# candidates) and each fused report's actor-pair keys (fusion candidates). Both are derived data, rebuilt by
# ``rasad fuse --rebuild``.
story_bands = sa.Table(
    "story_bands", metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("band_key", sa.BigInteger, nullable=False, index=True),
)

fusion_keys = sa.Table(
    "fusion_keys", metadata,
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("key", sa.BigInteger, nullable=False, index=True),
)
