"""An index on lower(articles.outlet): the API's outlet filter reads the outlet's article ids from it once per
query, instead of reading the article row of every report of every candidate fused event.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade():
    # IF NOT EXISTS: fresh databases get it with their tables (rasad.store.schema); inspectors do not list
    # expression indexes. Only where the column is (a hand-made database may lack it)
    inspector = sa.inspect(op.get_bind())
    if inspector.has_table("articles") and "outlet" in {c["name"] for c in inspector.get_columns("articles")}:
        op.execute("CREATE INDEX IF NOT EXISTS ix_articles_lower_outlet ON articles (lower(outlet))")


def downgrade():
    op.drop_index("ix_articles_lower_outlet", "articles")
