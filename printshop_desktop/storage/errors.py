"""Named errors of the storage package.

Every error raised on purpose is a :class:`StorageError`; ``str(exc)`` is a sentence a shop
owner can act on. Messages are built here from plain facts (which store, which file, a
service error code) and never from credentials or raw service replies, so a secret can not
leak through an error dialog or a log line.
"""

from __future__ import annotations


class StorageError(Exception):
    """Base of every error the storage package raises on purpose.

    ``code`` carries the service's error code (for example ``"NoSuchBucket"``) when there is
    one, for logs and support; it never contains secrets.
    """

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class StoreUnavailable(StorageError):
    """The store could not be reached: network down, endpoint refusing, folder not mounted."""


class AuthenticationFailed(StorageError):
    """The store refused the access key (wrong, revoked or without permission)."""


class BucketNotFound(StorageError):
    """The configured bucket does not exist at the endpoint."""


class StoreMisconfigured(StorageError):
    """The settings can not work as given (for example plain HTTP to a remote host)."""


class ObjectNotFound(StorageError):
    """No object with this sha256 is stored."""


class IntegrityError(StorageError):
    """Bytes do not match their sha256: a damaged download, a corrupted object or a changed file."""


class TransferCancelled(StorageError):
    """A transfer was stopped on request."""


class UploadCancelled(TransferCancelled):
    """An upload was cancelled; its partial state was removed from the server."""


class UploadPaused(UploadCancelled):
    """An upload was paused; its state was kept so the next ``put`` continues it."""


class DownloadCancelled(TransferCancelled):
    """A download was cancelled; no partial file was left behind."""


class UnsafeArchive(StorageError):
    """A zip archive was refused: path traversal, links, too many members or a zip bomb."""
