"""Named database errors a user can act on, told apart from bugs.

Messages never contain a password: URLs are rendered with the password hidden.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import exc as sa_exc


class DatabaseError(Exception):
    """A database problem caused by the environment (server, file, credentials), not a bug."""


class DatabaseUnavailable(DatabaseError):
    """The server cannot be reached, or the file cannot be opened."""


class AuthenticationFailed(DatabaseError):
    """The server refused the user name or password."""


class DatabaseReadOnly(DatabaseError):
    """The database file or server refuses writes."""


class DatabaseCorrupt(DatabaseError):
    """The file is not a usable SQLite database."""


class SchemaTooNew(DatabaseError):
    """The database was upgraded by a newer version of the app; this one must not touch it."""


class SchemaOutdated(DatabaseError):
    """The database needs an upgrade this session was told not to run."""


def translate(error: BaseException, where: str) -> DatabaseError:
    """Turn a driver or SQLAlchemy error into a named error with a message for people.

    ``where`` names the database (a path or ``host/db`` without password).
    """
    if isinstance(error, DatabaseError):
        return error
    text = str(getattr(error, "orig", None) or error).strip().splitlines()[0] if str(error) else ""
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return AuthenticationFailed(f"The server at {where} refused the user name or password.")
    if "role" in lowered and "does not exist" in lowered:
        return AuthenticationFailed(f"The server at {where} does not know this user.")
    if "file is not a database" in lowered or "malformed" in lowered:
        return DatabaseCorrupt(f"{where} is not a PrintShop database or is damaged ({text}).")
    if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
        return DatabaseReadOnly(f"{where} is read-only: changes cannot be saved.")
    if "unable to open database" in lowered:
        return DatabaseUnavailable(f"Cannot open the database file {where}.")
    if isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError | sqlite3.Error | OSError):
        return DatabaseUnavailable(f"Cannot reach the database at {where}: {text}")
    return DatabaseUnavailable(f"Database error at {where}: {text}")
