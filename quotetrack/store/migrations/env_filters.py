"""What autogenerate compares: everything but the hand-made full-text index objects."""

from __future__ import annotations


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    # FTS5 shadow tables and the tsvector column are created by hand in migrations;
    # autogenerate must neither drop them nor report them as drift.
    # ix_statement_newest is PostgreSQL-only (NULLS LAST ordering), made by hand in 0008;
    # statement_pair (0018) is PostgreSQL's index of adjacent word pairs, kept by a trigger;
    # ix_membership_role_lower (0019) is PostgreSQL-only, for the statistics of lower(role);
    # statement_word (0020) is PostgreSQL's vocabulary, kept by a trigger (SQLite's,
    # statement_fts_vocab, is FTS5's).
    return not (
        name
        and (
            name.startswith("statement_fts")
            or name
            in {
                "tsv",
                "ix_statement_tsv",
                "ix_statement_words",
                "ix_statement_stems",
                "ix_statement_newest",
                "statement_pair",
                "ix_statement_pair_pairs",
                "ix_membership_role_lower",
                "statement_word",
            }
        )
    )
