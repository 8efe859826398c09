"""The sentence shown wherever a password may be remembered."""

from __future__ import annotations

NO_KEYRING = (
    "No OS keyring: the password is kept for this session only, and you will be asked "
    "again next time. It is never written to a file."
)
WITH_KEYRING = "Remembered passwords are kept in the system keyring, never in a file."


def keyring_note(available: bool) -> str:
    """What happens to a typed password on this computer."""
    return WITH_KEYRING if available else NO_KEYRING
