"""Connection profiles: which database this PC uses. Stored as JSON, never with secrets.

A profile is the embedded SQLite file (the default) or a PostgreSQL server. Passwords are
looked up in the OS keyring by :mod:`printshop_desktop.keychain`. ``PRINTSHOP_DATABASE_URL``
overrides everything, for scripting and tests.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from . import paths

ENV_DATABASE_URL = "PRINTSHOP_DATABASE_URL"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", ""}
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


class ProfileKind(StrEnum):
    """The two kinds of database the app runs on."""

    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


class ProfileError(ValueError):
    """A profile that cannot be used as written; ``field`` names the form field at fault."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Profile:
    """One way to reach a database. Holds no secret."""

    name: str
    kind: ProfileKind = ProfileKind.SQLITE
    path: str | None = None
    host: str = "localhost"
    port: int = 5432
    database: str = "printshop"
    user: str = ""
    sslmode: str = "prefer"

    def validate(self) -> None:
        """Raise :class:`ProfileError` with a message naming the field at fault."""
        if not self.name.strip():
            raise ProfileError("The profile needs a name.", "name")
        if self.kind is ProfileKind.POSTGRESQL:
            if not self.host.strip():
                raise ProfileError("Host: enter the server's name or address.", "host")
            if not 0 < self.port < 65536:
                raise ProfileError("Port: use a number from 1 to 65535.", "port")
            if not self.database.strip():
                raise ProfileError("Database: enter the database name.", "database")
            if not self.user.strip():
                raise ProfileError("User: enter your database user name.", "user")
            if self.sslmode not in SSL_MODES:
                raise ProfileError(f"SSL mode: use one of {', '.join(SSL_MODES)}.", "sslmode")

    @property
    def is_remote(self) -> bool:
        """True for a PostgreSQL server on another machine."""
        return self.kind is ProfileKind.POSTGRESQL and self.host.strip() not in LOCAL_HOSTS

    @property
    def effective_sslmode(self) -> str:
        """TLS is on for any non-local host, whatever the profile says."""
        if self.is_remote and self.sslmode in ("disable", "allow", "prefer"):
            return "require"
        return self.sslmode

    @property
    def sqlite_path(self) -> Path:
        """The SQLite file of an embedded profile."""
        return Path(self.path).expanduser() if self.path else paths.default_sqlite_path()

    @property
    def keyring_account(self) -> str:
        """The keyring entry holding this profile's password."""
        return f"db:{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> URL:
        """The SQLAlchemy URL; ``password`` comes from the keyring, never from the file."""
        if self.kind is ProfileKind.SQLITE:
            return URL.create("sqlite+pysqlite", database=str(self.sqlite_path))
        return URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": self.effective_sslmode},
        )


def default_profile() -> Profile:
    """The embedded database in the user data folder."""
    return Profile(name="This computer", kind=ProfileKind.SQLITE)


@dataclass
class ProfileBook:
    """All profiles of this PC and which one is active."""

    profiles: list[Profile] = field(default_factory=lambda: [default_profile()])
    active: str = "This computer"

    def active_profile(self) -> Profile:
        """The profile in use (the first one if the active name went missing)."""
        for profile in self.profiles:
            if profile.name == self.active:
                return profile
        return self.profiles[0] if self.profiles else default_profile()

    def upsert(self, profile: Profile, *, previous_name: str | None = None) -> None:
        """Add or replace a profile (renaming keeps its place)."""
        profile.validate()
        key = previous_name or profile.name
        others = [p for p in self.profiles if p.name != key]
        if any(p.name == profile.name for p in others):
            raise ProfileError(f"A profile named {profile.name!r} exists already.", "name")
        index = next((i for i, p in enumerate(self.profiles) if p.name == key), None)
        if index is None:
            self.profiles.append(profile)
        else:
            self.profiles[index] = profile
        if self.active == key:
            self.active = profile.name

    def remove(self, name: str) -> None:
        """Delete a profile; the embedded default comes back if none is left."""
        self.profiles = [p for p in self.profiles if p.name != name] or [default_profile()]
        if self.active == name:
            self.active = self.profiles[0].name


def profiles_path() -> Path:
    """The JSON file with this PC's profiles."""
    return paths.config_dir() / "profiles.json"


def load_profiles(path: Path | None = None) -> ProfileBook:
    """Read the profiles; a missing or unreadable file gives the embedded default."""
    path = path or profiles_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        profiles = [
            replace(
                Profile(**{k: v for k, v in item.items() if k in Profile.__annotations__}),
                kind=ProfileKind(item.get("kind", "sqlite")),
            )
            for item in raw.get("profiles", [])
        ]
        return ProfileBook(profiles=profiles or [default_profile()], active=raw.get("active", ""))
    except (OSError, ValueError, TypeError):
        return ProfileBook()


def save_profiles(book: ProfileBook, path: Path | None = None) -> None:
    """Write the profiles atomically. There is no password field to write."""
    path = path or profiles_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"active": book.active, "profiles": [asdict(p) for p in book.profiles]}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def url_override() -> URL | None:
    """``PRINTSHOP_DATABASE_URL`` when set (scripting, tests)."""
    value = os.environ.get(ENV_DATABASE_URL)
    if not value:
        return None
    try:
        return make_url(value)
    except Exception as error:
        raise ProfileError(f"{ENV_DATABASE_URL} is not a database URL.") from error
