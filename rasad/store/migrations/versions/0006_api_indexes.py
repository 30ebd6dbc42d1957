"""Indexes for the API's filters: lower(entities.name) with kb_id (the actor lookup by name, and the unknown names
among them) and events (fused_id, article_id) (the outlet filter goes from a fused event to its articles without
reading event rows).

(In branch harden this follows 0003; 0004 and 0005 come from other branches: re-chain at merge.)

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade():
    tables = set(sa.inspect(op.get_bind()).get_table_names())
    # IF NOT EXISTS: fresh databases get them with their tables (rasad.store.schema); inspectors do not list
    # expression indexes
    if "entities" in tables:
        op.execute("CREATE INDEX IF NOT EXISTS ix_entities_lower_name ON entities (lower(name), kb_id)")
    if "events" in tables:
        op.execute("CREATE INDEX IF NOT EXISTS ix_events_fused_article ON events (fused_id, article_id)")


def downgrade():
    op.drop_index("ix_events_fused_article", "events")
    op.drop_index("ix_entities_lower_name", "entities")
