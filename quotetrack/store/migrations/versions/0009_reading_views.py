"""views for standard tools

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28

One view per main entity, joined and named for people who open the database with sqlite3,
Datasette or psql rather than through QuoteTrack: statements, officials with their posts,
articles.
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

VIEWS = {
    "statements_view": """
        SELECT s.id, s.date, o.name AS speaker, s.official_id, m.role AS role_held, a2.name AS region_held,
               s.kind, s.text, s.cue, s.confidence, s.status, s.speaker_mention, s.role AS role_printed,
               s.region AS region_printed, a.outlet, a.title, a.url, a.published, s.article_id
        FROM statement s
        JOIN article a ON a.id = s.article_id
        LEFT JOIN official o ON o.id = s.official_id
        LEFT JOIN membership m ON m.id = s.membership_id
        LEFT JOIN area a2 ON a2.id = m.area_id""",
    "officials_view": """
        SELECT o.id, o.honorific_prefix, o.name, o.honorific_suffix, m.role, ar.name AS area, ar.code AS area_code,
               m.appointment, m.start_date, m.end_date,
               (SELECT count(*) FROM statement s WHERE s.official_id = o.id AND s.status = 'published') AS statements
        FROM official o
        LEFT JOIN membership m ON m.official_id = o.id
        LEFT JOIN area ar ON ar.id = m.area_id
        WHERE o.merged_into_id IS NULL""",
    "articles_view": """
        SELECT a.id, a.published, a.outlet, a.title, a.author, a.place, a.url, a.language,
               (SELECT count(*) FROM statement s WHERE s.article_id = a.id) AS statements
        FROM article a""",
}


def upgrade() -> None:
    for name, body in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {body}")


def downgrade() -> None:
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
