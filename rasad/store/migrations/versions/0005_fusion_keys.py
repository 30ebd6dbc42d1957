"""story_bands and fusion_keys: what fusion keeps between runs; stories and fused events become connected components.

Stories and fused events made by earlier versions depended on the order articles arrived in, so they are cleared
here: the next ``rasad ingest`` or ``rasad fuse`` rebuilds them (every article then counts as not fused yet).

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

from rasad.store.schema import fusion_keys, story_bands

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    story_bands.create(bind, checkfirst=True)
    fusion_keys.create(bind, checkfirst=True)
    tables = set(sa.inspect(bind).get_table_names())
    for table, sql in (("events", "UPDATE events SET fused_id = NULL"), ("fused_events", "DELETE FROM fused_events"),
                       ("articles", "UPDATE articles SET story_id = NULL")):
        if table in tables and (table != "articles" or "story_id" in _columns(bind, table)):
            bind.execute(sa.text(sql))


def _columns(bind, table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(bind).get_columns(table)}


def downgrade():
    bind = op.get_bind()
    fusion_keys.drop(bind, checkfirst=True)
    story_bands.drop(bind, checkfirst=True)
