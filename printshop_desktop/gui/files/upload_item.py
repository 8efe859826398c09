"""The live state of one upload: written by its worker thread, read by the panel's timer.

The worker only stores numbers under a lock (bytes confirmed, status, error); the Uploads
panel asks for a frozen :class:`UploadSnapshot` a few times a second, which also works out
the rate and time left from the last seconds of progress. No signal is sent per byte.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from ...storage import CancelToken, StoredObject

RATE_WINDOW_S = 4.0
_ids = itertools.count(1)


class UploadStatus(Enum):
    """Where an upload is; the value is what the panel shows."""

    WAITING = "Waiting"
    UPLOADING = "Uploading"
    PAUSING = "Pausing…"
    PAUSED = "Paused"
    CANCELLING = "Cancelling…"
    CANCELLED = "Cancelled"
    FAILED = "Failed"
    KEPT_LOCALLY = "Waiting for network"
    DONE = "Done"

    @property
    def active(self) -> bool:
        """True while a worker has (or will have) the upload."""
        return self in _ACTIVE

    @property
    def can_retry(self) -> bool:
        """True when the user may start it again."""
        return self in (UploadStatus.PAUSED, UploadStatus.FAILED, UploadStatus.CANCELLED)


_ACTIVE = frozenset(
    {UploadStatus.WAITING, UploadStatus.UPLOADING, UploadStatus.PAUSING, UploadStatus.CANCELLING}
)


@dataclass(frozen=True)
class UploadSnapshot:
    """One upload as the table shows it at one moment."""

    id: int
    name: str
    size: int
    done: int
    status: UploadStatus
    destination: str
    rate: float | None
    seconds_left: float | None
    error: str = ""

    @property
    def fraction(self) -> float:
        """Progress from 0 to 1 (an empty file counts as done when finished)."""
        if self.size <= 0:
            return 1.0 if self.status is UploadStatus.DONE else 0.0
        return min(1.0, self.done / self.size)


class UploadItem:
    """One file on its way to a store; thread-safe."""

    def __init__(
        self,
        path: Path,
        name: str,
        sha256: str,
        size: int,
        destination: str,
        on_stored: Callable[[StoredObject], None] | None = None,
    ) -> None:
        self.id = next(_ids)
        self.path = path
        self.name = name
        self.sha256 = sha256
        self.size = size
        self.destination = destination
        self.on_stored = on_stored
        self.token = CancelToken()
        self._lock = threading.Lock()
        self._done = 0
        self._status = UploadStatus.WAITING
        self._error = ""
        self._samples: deque[tuple[float, int]] = deque()

    # -- worker side -------------------------------------------------------------------

    def progress(self, done: int, total: int) -> None:
        """``progress(bytes_done, total)`` from the store (any thread)."""
        with self._lock:
            self._done = max(self._done, min(done, total))

    def set_status(self, status: UploadStatus, error: str = "") -> None:
        """Move to ``status`` (with the reason for a failure)."""
        with self._lock:
            self._status = status
            self._error = error
            if status is UploadStatus.DONE:
                self._done = self.size

    # -- GUI side ----------------------------------------------------------------------

    @property
    def status(self) -> UploadStatus:
        """The current status."""
        with self._lock:
            return self._status

    def restart(self) -> None:
        """Prepare a retry: a fresh cancel token, waiting again (bytes sent are kept)."""
        with self._lock:
            self.token = CancelToken()
            self._status = UploadStatus.WAITING
            self._error = ""
            self._samples.clear()

    def snapshot(self, now: float | None = None) -> UploadSnapshot:
        """The state now, with the rate over the last few seconds."""
        now = time.monotonic() if now is None else now
        with self._lock:
            done, status, error = self._done, self._status, self._error
            rate = self._rate(now, done) if status is UploadStatus.UPLOADING else None
        left = (self.size - done) / rate if rate else None
        return UploadSnapshot(
            self.id, self.name, self.size, done, status, self.destination, rate, left, error
        )

    def _rate(self, now: float, done: int) -> float | None:
        samples = self._samples
        samples.append((now, done))
        while len(samples) > 2 and now - samples[0][0] > RATE_WINDOW_S:
            samples.popleft()
        first_time, first_done = samples[0]
        elapsed = now - first_time
        if elapsed < 0.2 or done <= first_done:
            return None
        return (done - first_done) / elapsed
