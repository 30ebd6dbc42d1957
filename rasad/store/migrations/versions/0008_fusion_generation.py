"""fusion_generation: a counter of written fusion steps, so that a step planned in a read snapshot (a worker
fusing while the writer stores, on SQLite) is written only if no other step was written since it read.

Revision ID: 0008
Revises: 0007
"""
from alembic import op

from rasad.store.schema import fusion_generation

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    fusion_generation.create(bind, checkfirst=True)
    if bind.execute(fusion_generation.select()).first() is None:  # the row exists before any step, to be locked
        bind.execute(fusion_generation.insert().values(id=1, generation=0))


def downgrade():
    fusion_generation.drop(op.get_bind(), checkfirst=True)
