"""Who is making a request, and what they may do."""

from __future__ import annotations

from dataclasses import dataclass

EDITING_ROLES = frozenset({"editor", "admin"})


@dataclass(frozen=True, slots=True)
class Principal:
    user_id: int
    name: str
    role: str  # reader | editor | admin
    via: str  # session | token
    scope: str | None = None  # the API token's scope (read-write | admin); None for a session
    session_hash: str | None = None  # binds CSRF tokens to this browser session

    @property
    def can_edit(self) -> bool:
        return self.role in EDITING_ROLES and self.scope in (None, "read-write", "admin")

    @property
    def is_admin(self) -> bool:
        # An admin's read-write token stays a read-write token: scopes only ever narrow a role.
        return self.role == "admin" and self.scope in (None, "admin")
