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
    sa.Column("warnings", sa.JSON(none_as_null=True)),  # repairs made to keep the text (bad bytes replaced, NULs removed), or null
    sa.Column("created_at", sa.DateTime, server_default=sa.func.now()),
)

# the API's outlet filter reads an outlet's articles (case-insensitively) from this index
sa.Index("ix_articles_lower_outlet", sa.func.lower(articles.c.outlet))

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
# the API's actor filter looks names up case-insensitively, and the unknown ones (no kb_id) among them
sa.Index("ix_entities_lower_name", sa.func.lower(entities.c.name), entities.c.kb_id)

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
    sa.Column("goldstein", sa.Float),  # from the CAMEO code (rasad.kb.scales)
    sa.Column("quad_class", sa.String(30)),  # from the PLOVER type
)

# the API's outlet filter goes from a fused event to the articles that reported it without reading event rows
sa.Index("ix_events_fused_article", events.c.fused_id, events.c.article_id)

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
    sa.Column("goldstein", sa.Float, index=True),
    sa.Column("quad_class", sa.String(30), index=True),
    sa.Column("created_at", sa.DateTime, index=True),  # UTC, when fusion first stored it ("new since")
)

# --- rasad watch: feeds polled, their items, alerts sent ---------------------------------------------------

feeds = sa.Table(
    "feeds", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("outlet", sa.String(200)),
    sa.Column("etag", sa.Text),  # validators for the next conditional GET
    sa.Column("last_modified", sa.Text),
    sa.Column("checked_at", sa.DateTime),  # UTC
    sa.Column("status", sa.String(40)),  # ok | not-modified | a failure reason (http-500, timeout, malformed-feed…)
    sa.Column("detail", sa.Text),
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),  # consecutive failed rounds
)

feed_items = sa.Table(
    "feed_items", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("item_key", sa.Text, nullable=False),  # the item's guid/id, else its link
    sa.Column("url", sa.Text, index=True),
    sa.Column("status", sa.String(20), nullable=False),  # stored | present | rejected | failed
    sa.Column("reason", sa.String(50)),
    sa.Column("detail", sa.Text),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="1"),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL"), index=True),
    sa.Column("seen_at", sa.DateTime),  # UTC
    sa.UniqueConstraint("feed_id", "item_key", name="uq_feed_item"),
)

alerts = sa.Table(
    "alerts", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("fused_id", sa.Integer, sa.ForeignKey("fused_events.id", ondelete="CASCADE"), nullable=False,
              unique=True),
    sa.Column("checked_sources", sa.Integer, nullable=False),  # sources when the rules last looked at it
    sa.Column("alerted_sources", sa.Integer),  # sources when last alerted (null: matched no rule)
    sa.Column("rules", sa.JSON),  # names of the rules it matched
    sa.Column("times", sa.Integer, nullable=False, server_default="0"),  # alerts emitted for it
    sa.Column("delivery", sa.JSON),  # output → "ok" or why it failed, for the last alert
    sa.Column("first_alerted", sa.DateTime, index=True),  # UTC
    sa.Column("last_alerted", sa.DateTime, index=True),
)

# Who took part in which event, one row per actor and role: the actor filter of the API reads this through its
# indexes instead of searching the events' JSON actor lists. An article's event has ``event_id``, a fused event
# ``fused_id`` (no foreign key: fusion rebuilds fused events; their rows are rewritten with them).
event_actors = sa.Table(
    "event_actors", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), index=True),
    sa.Column("fused_id", sa.Integer, index=True),
    sa.Column("actor", sa.Text, nullable=False),  # knowledge-base id, or "name:" and the name as written
    sa.Column("role", sa.String(6), nullable=False),  # source | target
    sa.Index("ix_event_actors_actor_event", "actor", "event_id"),
    sa.Index("ix_event_actors_actor_fused", "actor", "fused_id"),
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

# How many fusion steps have been written: a step planned in a read snapshot (off SQLite's write lock) is written
# only if no other step was written since it read; one row (id 1), made by the first step.
fusion_generation = sa.Table(
    "fusion_generation", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("generation", sa.BigInteger, nullable=False),
)
