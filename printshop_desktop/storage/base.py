"""The one interface every object store implements, and the small value types it speaks.

Objects are content-addressed: the key of an object is the lowercase hex sha256 of its bytes.
Stored objects are never overwritten with other bytes and never deleted by this interface,
so every version of every file stays reachable.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeAlias, runtime_checkable

from printshop_desktop.storage.cancel import CancelLike

ProgressCallback: TypeAlias = Callable[[int, int], None]
"""Called as ``progress(bytes_done, total)``; ``bytes_done`` never decreases."""


class PutStatus(enum.Enum):
    """What a ``put`` did with the bytes."""

    STORED = "stored"
    ALREADY_PRESENT = "already present"
    QUEUED = "queued until the storage is reachable"


@dataclass(frozen=True)
class StoredObject:
    """The result of a successful ``put``: the object is durable (or safely queued)."""

    sha256: str
    size: int
    status: PutStatus

    @property
    def already_present(self) -> bool:
        """True when identical bytes were stored before and nothing was sent."""
        return self.status is PutStatus.ALREADY_PRESENT


@dataclass(frozen=True)
class ObjectInfo:
    """One stored object as listed by ``list()``."""

    sha256: str
    size: int


class VerifyResult(enum.Enum):
    """Outcome of ``verify``; truthy only when the object is present and intact."""

    OK = "ok"
    MISSING = "missing"
    CORRUPT = "corrupt"

    def __bool__(self) -> bool:
        return self is VerifyResult.OK


@runtime_checkable
class ObjectStore(Protocol):
    """A content-addressed store of immutable files (local folder, NAS, R2/S3 bucket).

    All methods may block on disk or network: call them from a worker thread, never from
    the GUI thread. Errors are :class:`~printshop_desktop.storage.errors.StorageError`.
    """

    def put(
        self,
        path: Path,
        sha256: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelLike = None,
    ) -> StoredObject:
        """Store the file's bytes under their sha256 (computed if not given)."""
        ...

    def exists(self, sha256: str) -> bool:
        """True when an object with this sha256 is stored."""
        ...

    def get(
        self,
        sha256: str,
        dest_path: Path,
        progress: ProgressCallback | None = None,
        cancel: CancelLike = None,
    ) -> Path:
        """Write the object to *dest_path* after checking its sha256; no partial file on error."""
        ...

    def verify(self, sha256: str) -> VerifyResult:
        """Read the stored bytes back and compare them with their sha256."""
        ...

    def list(self) -> Iterator[ObjectInfo]:
        """Every stored object with its size, in no particular order."""
        ...

    def describe(self) -> str:
        """Where the files are, for people ("Local folder /srv/files"); never a secret."""
        ...

    def check(self) -> None:
        """Raise a named StorageError unless the store can be reached and used."""
        ...


class ProgressReporter:
    """Turns byte counts into ``progress(done, total)`` calls that never go backwards.

    Thread-safe; the callback runs under a lock, so it must be quick (store two ints, emit
    a Qt signal) and must not call back into the transfer.
    """

    def __init__(self, callback: ProgressCallback | None, total: int) -> None:
        self._callback = callback
        self._total = total
        self._done = 0
        self._reported = -1
        self._lock = threading.Lock()

    @property
    def done(self) -> int:
        """Bytes confirmed so far."""
        return self._done

    def advance(self, nbytes: int) -> None:
        """Count *nbytes* more as confirmed (capped at the total)."""
        with self._lock:
            self._done = min(self._total, self._done + nbytes)
            self._emit()

    def finish(self) -> None:
        """Report completion: the last call is always exactly ``(total, total)``."""
        with self._lock:
            self._done = self._total
            self._emit()

    def _emit(self) -> None:
        if self._callback is not None and self._done > self._reported:
            self._reported = self._done
            self._callback(self._done, self._total)
