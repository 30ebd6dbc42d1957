"""event_actors: one row per actor and role of each event and fused event, so the API filters actors by index
(existing events and fused events are backfilled); indexes on lower(entities.name) for the actor lookup and on
events (fused_id, article_id) for the outlet filter;
articles.warnings: the repairs made to keep an article's text.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

from rasad.store.actors import backfill_event_actors
from rasad.store.schema import event_actors

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    columns = {c["name"] for c in sa.inspect(bind).get_columns("articles")}
    if "warnings" not in columns:  # databases created before this column existed
        with op.batch_alter_table("articles") as batch:
            batch.add_column(sa.Column("warnings", sa.JSON))
    if not sa.inspect(bind).has_table("event_actors"):
        event_actors.create(bind)
        backfill_event_actors(bind)
    if sa.inspect(bind).has_table("entities"):  # (inspectors do not list expression indexes)
        op.execute("CREATE INDEX IF NOT EXISTS ix_entities_lower_name ON entities (lower(name), kb_id)")
    if sa.inspect(bind).has_table("events"):
        op.execute("CREATE INDEX IF NOT EXISTS ix_events_fused_article ON events (fused_id, article_id)")


def downgrade():
    op.drop_index("ix_events_fused_article", "events")
    op.drop_index("ix_entities_lower_name", "entities")
    op.drop_table("event_actors")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("warnings")
