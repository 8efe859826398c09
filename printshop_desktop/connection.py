"""Decide which database to open: the URL override, or the active profile with its password."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL

from . import config
from .config import Profile, ProfileKind
from .keychain import Keychain


@dataclass(frozen=True)
class Target:
    """The database to open, and the profile it came from (None for the URL override)."""

    url: URL
    profile: Profile | None

    @property
    def needs_password(self) -> bool:
        """True for a PostgreSQL profile whose password is not known yet."""
        return (
            self.profile is not None
            and self.profile.kind is ProfileKind.POSTGRESQL
            and not self.url.password
        )


def resolve(keychain: Keychain, book: config.ProfileBook | None = None) -> Target:
    """The override URL if set, else the active profile with its keyring password."""
    override = config.url_override()
    if override is not None:
        return Target(url=override, profile=None)
    book = book or config.load_profiles()
    profile = book.active_profile()
    password = (
        keychain.get(profile.keyring_account) if profile.kind is ProfileKind.POSTGRESQL else None
    )
    return Target(url=profile.url(password), profile=profile)
