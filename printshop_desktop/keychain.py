"""Secrets (database passwords, R2 keys) in the OS keyring, and only there.

When no usable keyring backend exists the app says so and keeps secrets in memory for the
session, asking again next time; nothing is ever written to disk in clear.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "printshop-desktop"


class KeychainUnavailable(Exception):
    """No usable OS keyring: secrets cannot be remembered between sessions."""


def _usable(backend: KeyringBackend) -> bool:
    name = type(backend).__module__ + "." + type(backend).__name__
    if name.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    if name.startswith("keyrings.alt.file"):
        return False  # plaintext or weakly protected files are not a keychain
    priority = getattr(backend, "priority", 1)
    return bool(priority is None or priority > 0)


class Keychain:
    """Reads and writes secrets; falls back to memory (this session only) without a keyring."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._memory: dict[str, str] = {}

    @property
    def backend(self) -> KeyringBackend:
        """The keyring backend in use."""
        return self._backend or keyring.get_keyring()

    def available(self) -> bool:
        """True when secrets can be kept in the OS keyring between sessions."""
        try:
            return _usable(self.backend)
        except Exception:
            return False

    def get(self, account: str) -> str | None:
        """The secret for ``account``, from the keyring or this session's memory."""
        if account in self._memory:
            return self._memory[account]
        if not self.available():
            return None
        try:
            return self.backend.get_password(SERVICE, account)
        except keyring.errors.KeyringError:
            return None

    def set(self, account: str, secret: str, *, remember: bool = True) -> bool:
        """Store a secret. Returns False when it is only kept for this session."""
        self._memory[account] = secret
        if not remember or not self.available():
            return False
        try:
            self.backend.set_password(SERVICE, account, secret)
        except keyring.errors.KeyringError:
            return False
        return True

    def delete(self, account: str) -> None:
        """Forget a secret everywhere."""
        self._memory.pop(account, None)
        if self.available():
            with contextlib.suppress(keyring.errors.KeyringError):
                self.backend.delete_password(SERVICE, account)
