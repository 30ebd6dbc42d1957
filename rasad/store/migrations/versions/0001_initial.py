"""Initial tables: articles, rejections, entities, events, quotes, fused events.

(Created from rasad.store.schema, so a fresh database gets today's columns at once; later revisions add their columns
only where they are missing, which keeps databases made by earlier versions upgradable.)

Revision ID: 0001
Revises:
"""
from alembic import op

from rasad.store.schema import articles, entities, events, fused_events, quotes, rejections

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = [articles, rejections, entities, events, quotes, fused_events]


def upgrade():
    bind = op.get_bind()
    for table in TABLES:
        table.create(bind, checkfirst=True)


def downgrade():
    bind = op.get_bind()
    for table in reversed(TABLES):
        table.drop(bind, checkfirst=True)
