"""event_actors: one row per actor and role of each event and fused event, so the API filters actors by index;
articles.warnings: the repairs made to keep an article's text. Existing events and fused events are backfilled.

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


def downgrade():
    op.drop_table("event_actors")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("warnings")
