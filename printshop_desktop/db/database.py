"""One open database: engine, sessions, schema check, and a name for the status bar."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from . import audit_hook, migrate, models  # noqa: F401  (models registers every table)
from .engine import describe_url, make_engine, make_session_factory, use_wal
from .errors import DatabaseError, translate


@dataclass
class Database:
    """An engine with its session factory. Open it with :func:`open_database`."""

    engine: Engine
    sessions: sessionmaker[Session]
    actor: str = "app"

    @property
    def description(self) -> str:
        """E.g. ``SQLite /home/me/.local/share/…`` or ``PostgreSQL anna@server/shop``."""
        return describe_url(self.engine.url)

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded database."""
        return self.engine.url.get_backend_name() == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on error.

        Driver errors come out as named :class:`DatabaseError`s; service errors pass through.
        """
        session = self.sessions()
        session.info["actor"] = self.actor
        try:
            yield session
            session.commit()
        except DatabaseError:
            session.rollback()
            raise
        except Exception as error:
            session.rollback()
            named = translate(error, self.description)
            if _is_driver_error(error):
                raise named from error
            raise
        finally:
            session.close()

    def ping(self) -> None:
        """Check the connection; raises a named error when it fails."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as error:
            raise translate(error, self.description) from error

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def _is_driver_error(error: Exception) -> bool:
    from sqlalchemy import exc

    return isinstance(error, exc.OperationalError | exc.InterfaceError)


def open_database(url: URL | str, *, upgrade: bool = True, actor: str = "app") -> Database:
    """Connect, bring the schema to this app's version, and return the database.

    Raises a :class:`DatabaseError` subclass with a message for people on any failure;
    a database from a newer app is never touched.
    """
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, allow_upgrade=upgrade)
    except Exception:
        engine.dispose()
        raise
    use_wal(engine)
    sessions = make_session_factory(engine)
    if engine.url.get_backend_name() == "sqlite":
        audit_hook.install(sessions)
    return Database(engine=engine, sessions=sessions, actor=actor)
