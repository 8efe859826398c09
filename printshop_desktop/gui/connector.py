"""Opening the shop's database off the GUI thread, and the connection state the window shows."""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from sqlalchemy.engine import URL

from ..config import ProfileError
from ..connection import Target, resolve
from ..db.database import Database, open_database
from ..db.engine import describe_url
from ..db.errors import (
    AuthenticationFailed,
    DatabaseCorrupt,
    DatabaseReadOnly,
    DatabaseUnavailable,
    SchemaOutdated,
    SchemaTooNew,
)
from ..keychain import Keychain
from ..services import catalog
from .runner import Lane, Runner, ignore, is_bug

ACTOR = "desktop"


class LinkState(Enum):
    """The connection state; :attr:`label` is what the status bar says."""

    IDLE = "idle"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    OFFLINE = "offline"
    FAILED = "failed"

    @property
    def label(self) -> str:
        """The state in words."""
        return STATE_LABELS[self]


STATE_LABELS = {
    LinkState.IDLE: "Not connected",
    LinkState.CONNECTING: "Connecting…",
    LinkState.CONNECTED: "Connected",
    LinkState.OFFLINE: "Offline — cannot reach server",
    LinkState.FAILED: "Not connected",
}


class ProblemKind(Enum):
    """What went wrong, so the window can offer the right way out."""

    PROFILE = "profile"
    NO_PASSWORD = "no-password"
    AUTHENTICATION = "authentication"
    UNREACHABLE = "unreachable"
    READ_ONLY = "read-only"
    CORRUPT = "corrupt"
    TOO_NEW = "too-new"
    OUTDATED = "outdated"
    BUG = "bug"


TITLES = {
    ProblemKind.PROFILE: "The connection profile cannot be used",
    ProblemKind.NO_PASSWORD: "No password given",
    ProblemKind.AUTHENTICATION: "The server refused the password",
    ProblemKind.UNREACHABLE: "Cannot reach the database",
    ProblemKind.READ_ONLY: "The database is read-only",
    ProblemKind.CORRUPT: "The database file is damaged or not a PrintShop database",
    ProblemKind.TOO_NEW: "The database belongs to a newer PrintShop",
    ProblemKind.OUTDATED: "The database needs an upgrade",
    ProblemKind.BUG: "Something went wrong inside PrintShop",
}


@dataclass(frozen=True)
class Problem:
    """A failure to open or use the database, told for people."""

    kind: ProblemKind
    message: str

    @property
    def title(self) -> str:
        """One short line naming the problem."""
        return TITLES[self.kind]

    @classmethod
    def from_error(cls, error: Exception) -> Problem:
        """Name an error; anything unknown is a bug (and was logged where it happened)."""
        kinds: tuple[tuple[type[Exception], ProblemKind], ...] = (
            (AuthenticationFailed, ProblemKind.AUTHENTICATION),
            (DatabaseCorrupt, ProblemKind.CORRUPT),
            (DatabaseReadOnly, ProblemKind.READ_ONLY),
            (SchemaTooNew, ProblemKind.TOO_NEW),
            (SchemaOutdated, ProblemKind.OUTDATED),
            (DatabaseUnavailable, ProblemKind.UNREACHABLE),
            (ProfileError, ProblemKind.PROFILE),
            (OSError, ProblemKind.UNREACHABLE),
        )
        for error_type, kind in kinds:
            if isinstance(error, error_type):
                return cls(kind, str(error))
        if is_bug(error):
            return cls(ProblemKind.BUG, f"{type(error).__name__}: {error}")
        return cls(ProblemKind.UNREACHABLE, str(error))


@dataclass(frozen=True)
class LinkStatus:
    """Which database, in which state, and the problem if there is one."""

    state: LinkState
    description: str = ""
    problem: Problem | None = None


@dataclass(frozen=True)
class OpenedShop:
    """A database opened in the worker, with what the window needs to know about it."""

    database: Database
    empty: bool
    read_only: bool


def open_shop(url: URL) -> OpenedShop:
    """Open (creating or upgrading) the database and look at it. Runs in a worker."""
    database = open_database(url, actor=ACTOR)
    try:
        with database.session() as session:
            empty = not catalog.list_models(session, include_archived=True)
    except Exception:
        database.dispose()
        raise
    return OpenedShop(database, empty, _sqlite_read_only(url))


def _sqlite_read_only(url: URL) -> bool:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return False
    path = Path(url.database).expanduser()
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


class Connector(QObject):
    """Resolves the active profile, asks for a password when needed, opens the database.

    The window listens: :attr:`status_changed` for the status bar and banner,
    :attr:`password_needed` to show the password dialog, :attr:`opened` with the database.
    """

    status_changed = Signal(object)  # LinkStatus
    password_needed = Signal(object, str)  # Target, reason
    opened = Signal(object)  # OpenedShop

    def __init__(self, runner: Runner, keychain: Keychain, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.keychain = keychain
        self.status = LinkStatus(LinkState.IDLE)
        self._attempt = 0

    def connect_active(self) -> None:
        """Open the active profile's database (or ``PRINTSHOP_DATABASE_URL``).

        The profile and its keyring password are looked up off the GUI thread too (a keyring
        may wait for the user to unlock it).
        """
        self._attempt += 1
        attempt = self._attempt
        self._set(LinkStatus(LinkState.CONNECTING, self.status.description))

        def resolved(target: Target) -> None:
            if attempt == self._attempt:
                self._use_target(target)

        def failed(error: Exception) -> None:
            if attempt == self._attempt:
                self._set(LinkStatus(LinkState.FAILED, "", Problem.from_error(error)))

        self.runner.run(lambda: resolve(self.keychain), resolved, failed, lane=Lane.BACKGROUND)

    def _use_target(self, target: Target) -> None:
        if target.needs_password:
            self._set(LinkStatus(LinkState.IDLE, describe_url(target.url)))
            self.password_needed.emit(target, "")
            return
        self.open_url(target.url)

    def use_password(self, target: Target, password: str, *, remember: bool) -> None:
        """Open ``target`` with a password typed in the dialog (kept as the user chose)."""
        if target.profile is not None:
            self.keychain.set(target.profile.keyring_account, password, remember=remember)
        self.open_url(target.url.set(password=password or None))

    def password_refused(self, target: Target) -> None:
        """The user closed the password dialog without a password."""
        problem = Problem(
            ProblemKind.NO_PASSWORD,
            f"{describe_url(target.url)} needs a password to connect.",
        )
        self._set(LinkStatus(LinkState.FAILED, describe_url(target.url), problem))

    def open_url(self, url: URL) -> None:
        """Open ``url`` in the database lane; :attr:`opened` or a failed status follows."""
        self._attempt += 1
        attempt = self._attempt
        description = describe_url(url)
        self._set(LinkStatus(LinkState.CONNECTING, description))

        def done(shop: OpenedShop) -> None:
            if attempt != self._attempt:
                self.runner.run(shop.database.dispose, ignore, ignore)
                return
            self._set(LinkStatus(LinkState.CONNECTED, description))
            self.opened.emit(shop)

        def failed(error: Exception) -> None:
            if attempt == self._attempt:
                self._failed(description, error, is_remote=url.get_backend_name() != "sqlite")

        self.runner.run(lambda: open_shop(url), done, failed)

    def adopt(self, shop: OpenedShop) -> None:
        """Use a database opened elsewhere (tests, tools)."""
        self._attempt += 1
        self._set(LinkStatus(LinkState.CONNECTED, shop.database.description))
        self.opened.emit(shop)

    def report_error(self, error: Exception) -> None:
        """A query failed: a lost server turns the state to offline."""
        if self.status.state is LinkState.CONNECTED and isinstance(error, DatabaseUnavailable):
            problem = Problem.from_error(error)
            self._set(LinkStatus(LinkState.OFFLINE, self.status.description, problem))

    def report_ok(self) -> None:
        """A query worked: an offline state is over."""
        if self.status.state is LinkState.OFFLINE:
            self._set(LinkStatus(LinkState.CONNECTED, self.status.description))

    def _failed(self, description: str, error: Exception, *, is_remote: bool) -> None:
        problem = Problem.from_error(error)
        offline = is_remote and problem.kind is ProblemKind.UNREACHABLE
        state = LinkState.OFFLINE if offline else LinkState.FAILED
        self._set(LinkStatus(state, description, problem))

    def _set(self, status: LinkStatus) -> None:
        self.status = status
        self.status_changed.emit(status)
