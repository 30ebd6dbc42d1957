"""Alembic environment: rasad runs migrations programmatically (rasad.store.migrate) with a live connection."""

from alembic import context

from rasad.store.schema import metadata

connection = context.config.attributes.get("connection")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
