"""articles.raw_hash: the hash of an input as read, so that a re-run recognises it without cleaning it again.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("articles")}
    if "raw_hash" not in columns:  # databases created by 0001 before this column existed
        with op.batch_alter_table("articles") as batch:
            batch.add_column(sa.Column("raw_hash", sa.String(64)))
            batch.create_index("ix_articles_raw_hash", ["raw_hash"])


def downgrade():
    with op.batch_alter_table("articles") as batch:
        batch.drop_index("ix_articles_raw_hash")
        batch.drop_column("raw_hash")
