"""Stage 4, store: the database (SQLite or PostgreSQL through SQLAlchemy), its schema and Alembic migrations."""

from rasad.store.rows import ArticleRows, article_rows
from rasad.store.store import Store, default_db_url

__all__ = ["ArticleRows", "Store", "article_rows", "default_db_url"]
