"""The full-text index, in the form each database engine offers.

SQLite: an FTS5 external-content table over (title, search_text), kept in step by triggers, so
any write path keeps it right. PostgreSQL: a stored generated tsvector column with a GIN index.
"""

from django.db import migrations

SQLITE_UP = [
    """CREATE VIRTUAL TABLE disclosure_fts USING fts5(
        title, search_text, content='disclosure_publishedresponse', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER disclosure_fts_ai AFTER INSERT ON disclosure_publishedresponse BEGIN
        INSERT INTO disclosure_fts(rowid, title, search_text)
        VALUES (new.id, new.title, new.search_text); END""",
    """CREATE TRIGGER disclosure_fts_ad AFTER DELETE ON disclosure_publishedresponse BEGIN
        INSERT INTO disclosure_fts(disclosure_fts, rowid, title, search_text)
        VALUES ('delete', old.id, old.title, old.search_text); END""",
    """CREATE TRIGGER disclosure_fts_au AFTER UPDATE ON disclosure_publishedresponse BEGIN
        INSERT INTO disclosure_fts(disclosure_fts, rowid, title, search_text)
        VALUES ('delete', old.id, old.title, old.search_text);
        INSERT INTO disclosure_fts(rowid, title, search_text)
        VALUES (new.id, new.title, new.search_text); END""",
    "INSERT INTO disclosure_fts(disclosure_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS disclosure_fts_au",
    "DROP TRIGGER IF EXISTS disclosure_fts_ad",
    "DROP TRIGGER IF EXISTS disclosure_fts_ai",
    "DROP TABLE IF EXISTS disclosure_fts",
]
POSTGRES_UP = [
    """ALTER TABLE disclosure_publishedresponse ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('english', coalesce(title, '')), 'A')
            || setweight(to_tsvector('english', coalesce(search_text, '')), 'B')
        ) STORED""",
    """CREATE INDEX disclosure_search_vector ON disclosure_publishedresponse
        USING GIN (search_vector)""",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS disclosure_search_vector",
    "ALTER TABLE disclosure_publishedresponse DROP COLUMN IF EXISTS search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("disclosure", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        )
    ]
