"""Named errors raised by the services; the GUI and CLI show their message as it is."""

from __future__ import annotations


class ServiceError(Exception):
    """A rule of the business was broken; the message says which, for people."""


class NotFound(ServiceError):
    """The row asked for does not exist (or was removed by someone else)."""


class ValidationFailed(ServiceError):
    """Input that cannot be saved; ``field`` names the form field at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class Conflict(ServiceError):
    """The change clashes with existing data (a name or SKU already used, …)."""
