"""rasad watch and the conflict–cooperation scales: feeds, feed items and alerts tables; Goldstein score and quad
class on events and fused events (filled in for rows stored before), fused events' creation time.

Columns are added only where missing (0001 creates today's schema on a fresh database), so databases made by
earlier versions and fresh ones both reach head.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

from rasad.kb.scales import goldstein, quad_class
from rasad.store.schema import alerts, feed_items, feeds

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NEW_TABLES = [feeds, feed_items, alerts]
COLUMNS = {
    "events": [("goldstein", sa.Float, False), ("quad_class", sa.String(30), False)],
    "fused_events": [("goldstein", sa.Float, True), ("quad_class", sa.String(30), True),
                     ("created_at", sa.DateTime, True)],
}


def _add_missing_columns(bind) -> None:
    for table, columns in COLUMNS.items():
        if not sa.inspect(bind).has_table(table):
            continue
        present = {c["name"] for c in sa.inspect(bind).get_columns(table)}
        missing = [c for c in columns if c[0] not in present]
        if not missing:
            continue
        with op.batch_alter_table(table) as batch:
            for name, kind, indexed in missing:
                batch.add_column(sa.Column(name, kind))
                if indexed:
                    batch.create_index(f"ix_{table}_{name}", [name])


def _backfill(bind, table: str) -> None:
    """Scores for rows stored before the columns existed, one UPDATE per distinct CAMEO code and type."""
    t = sa.table(table, sa.column("cameo"), sa.column("type"), sa.column("goldstein"), sa.column("quad_class"))
    for (code,) in bind.execute(sa.select(t.c.cameo).where(t.c.goldstein.is_(None)).distinct()).all():
        score = goldstein(code)
        if score is not None:
            bind.execute(t.update().where(t.c.cameo == code, t.c.goldstein.is_(None)).values(goldstein=score))
    for (etype,) in bind.execute(sa.select(t.c.type).where(t.c.quad_class.is_(None)).distinct()).all():
        quad = quad_class(etype)
        if quad is not None:
            bind.execute(t.update().where(t.c.type == etype, t.c.quad_class.is_(None)).values(quad_class=quad))


def upgrade():
    bind = op.get_bind()
    _add_missing_columns(bind)
    for table in COLUMNS:
        if sa.inspect(bind).has_table(table):
            _backfill(bind, table)
    for table in NEW_TABLES:
        table.create(bind, checkfirst=True)


def downgrade():
    bind = op.get_bind()
    for table in reversed(NEW_TABLES):
        table.drop(bind, checkfirst=True)
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for name, _kind, indexed in columns:
                if indexed:
                    batch.drop_index(f"ix_{table}_{name}")
                batch.drop_column(name)
