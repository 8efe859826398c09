"""People: app users and, on PostgreSQL, their login roles in one of the group roles."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..db.enums import Role
from ..db.people import AppUser
from .errors import Conflict, ValidationFailed

ROLE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class UserRow:
    """A person who uses the app."""

    id: uuid.UUID
    username: str
    display_name: str
    role: str
    active: bool


def group_role(role: Role) -> str:
    """The PostgreSQL group role of an app role."""
    return f"printshop_{Role(role).value}"


def list_users(session: Session) -> list[UserRow]:
    """Everyone, by user name."""
    return [
        UserRow(u.id, u.username, u.display_name, u.role, u.active)
        for u in session.scalars(select(AppUser).order_by(AppUser.username))
    ]


def create_user(
    session: Session,
    username: str,
    role: Role,
    *,
    display_name: str | None = None,
    password: str | None = None,
) -> uuid.UUID:
    """Add a person. On PostgreSQL also create their login role inside the group role.

    The password only travels to the server (as a literal the server hashes); it is never
    stored by the app. Needs a connection allowed to create roles (an administrator).
    """
    username = username.strip().lower()
    if not ROLE_NAME.match(username):
        raise ValidationFailed(
            "username", "User names use a-z, 0-9 and _, start with a letter, 63 at most."
        )
    if session.scalar(select(AppUser.id).where(AppUser.username == username)) is not None:
        raise Conflict(f"The user {username} exists already.")
    if session.get_bind().dialect.name == "postgresql":
        exists = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": username})
        if exists:
            session.execute(text(f'GRANT {group_role(role)} TO "{username}"'))
        else:
            quoted = session.scalar(text("SELECT quote_literal(:p)"), {"p": password or ""})
            login = f"LOGIN PASSWORD {quoted}" if password else "LOGIN"
            session.execute(text(f'CREATE ROLE "{username}" {login} IN ROLE {group_role(role)}'))
    user = AppUser(username=username, display_name=display_name or username, role=Role(role).value)
    session.add(user)
    session.flush()
    return user.id
