"""Helpers the subcommands share: opening the database and reporting errors in one line."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable

from ..config import ProfileError
from ..connection import resolve
from ..db.database import Database, open_database
from ..db.errors import DatabaseError
from ..keychain import Keychain
from ..services.errors import ServiceError


def fail(message: str, code: int = 1) -> int:
    """Print ``printshop: message`` on stderr and return the exit code."""
    print(f"printshop: {message}", file=sys.stderr)
    return code


def open_for_cli(*, upgrade: bool = True) -> Database:
    """Open the active profile's database (or ``PRINTSHOP_DATABASE_URL``)."""
    keychain = Keychain()
    target = resolve(keychain)
    url = target.url
    if target.needs_password and sys.stdin.isatty():
        password = getpass.getpass(f"Password for {url.username}@{url.host}: ")
        url = url.set(password=password or None)
    return open_database(url, upgrade=upgrade, actor="cli")


def guarded(action: Callable[[], int]) -> int:
    """Run ``action``; known errors become one line on stderr and exit code 1."""
    try:
        return action()
    except (DatabaseError, ServiceError, ProfileError) as error:
        return fail(str(error))
