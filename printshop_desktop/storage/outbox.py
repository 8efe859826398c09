"""Offline outbox: files wait in a local folder store while the remote can't be reached.

The outbox is itself a :class:`LocalFolderStore` that holds only files not yet uploaded,
so "pending" is simply "present in the outbox folder" — no second list to keep in step.
:func:`flush_outbox` uploads each pending file and removes it from the outbox only after
the remote confirmed it; a crash at any point leaves the file pending, and the next flush
finds it already present remotely and just drops the local copy.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from printshop_desktop.storage.base import (
    ObjectInfo,
    ObjectStore,
    ProgressCallback,
    PutStatus,
    StoredObject,
    VerifyResult,
)
from printshop_desktop.storage.cancel import CancelLike, stop_requested
from printshop_desktop.storage.errors import StorageError, StoreUnavailable, TransferCancelled
from printshop_desktop.storage.local import LocalFolderStore


@dataclass(frozen=True)
class FlushReport:
    """What a flush did: sha256s uploaded, failures with their reason, files still waiting,
    and why it stopped early (still offline, cancelled), if it did."""

    uploaded: tuple[str, ...]
    failed: tuple[tuple[str, str], ...]
    remaining: int
    stopped_by: str | None = None


def flush_outbox(
    outbox: LocalFolderStore,
    remote: ObjectStore,
    progress: ProgressCallback | None = None,
    cancel: CancelLike = None,
) -> FlushReport:
    """Upload every file waiting in *outbox* to *remote*, oldest first.

    Stops early when the remote is still unreachable or a cancel is asked; *progress* sees
    the bytes of the whole batch.
    """
    pending = sorted(outbox.list(), key=lambda info: _mtime(outbox, info.sha256))
    total = sum(info.size for info in pending)
    done_before = 0
    uploaded: list[str] = []
    failed: list[tuple[str, str]] = []

    def batch_progress(done: int, _total: int) -> None:
        if progress is not None:
            progress(done_before + done, total)

    stopped_by: str | None = None
    for info in pending:
        if stop_requested(cancel) is not None:
            stopped_by = "The upload of waiting files was stopped."
            break
        try:
            remote.put(outbox.path_for(info.sha256), info.sha256, batch_progress, cancel)
        except (StoreUnavailable, TransferCancelled) as exc:
            stopped_by = str(exc)
            break
        except StorageError as exc:
            failed.append((info.sha256, str(exc)))
        else:
            outbox.delete(info.sha256)
            uploaded.append(info.sha256)
        done_before += info.size
    remaining = sum(1 for _ in outbox.list())
    return FlushReport(tuple(uploaded), tuple(failed), remaining, stopped_by)


def _never_backwards(progress: ProgressCallback | None) -> ProgressCallback | None:
    """Wrap *progress* so a fallback that starts again from 0 doesn't move it back."""
    if progress is None:
        return None
    callback = progress
    best = -1

    def report(done: int, total: int) -> None:
        nonlocal best
        if done > best:
            best = done
            callback(done, total)

    return report


def _mtime(store: LocalFolderStore, sha: str) -> float:
    try:
        return store.path_for(sha).stat().st_mtime
    except OSError:
        return 0.0


class OutboxStore:
    """A remote store that keeps working offline: a put the remote can't take waits locally.

    ``put`` returns ``PutStatus.QUEUED`` for a file kept in the outbox; call :meth:`flush`
    when the connection is back (the status bar can show ``len(pending())``).
    """

    def __init__(self, remote: ObjectStore, outbox: LocalFolderStore) -> None:
        self._remote = remote
        self._outbox = outbox

    @property
    def remote(self) -> ObjectStore:
        """The store files end up in."""
        return self._remote

    @property
    def outbox(self) -> LocalFolderStore:
        """The local folder where files wait."""
        return self._outbox

    def describe(self) -> str:
        """The remote's description, plus where waiting files are kept."""
        return f"{self._remote.describe()} (offline outbox: {self._outbox.root})"

    def check(self) -> None:
        """Check the remote (the outbox is local)."""
        self._remote.check()

    def pending(self) -> builtins.list[ObjectInfo]:
        """Files waiting to be uploaded."""
        return builtins.list(self._outbox.list())

    def flush(
        self, progress: ProgressCallback | None = None, cancel: CancelLike = None
    ) -> FlushReport:
        """Upload what waits; see :func:`flush_outbox`."""
        return flush_outbox(self._outbox, self._remote, progress, cancel)

    def put(
        self,
        path: Path,
        sha256: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelLike = None,
    ) -> StoredObject:
        """Upload; if the remote is unreachable keep the file in the outbox (QUEUED)."""
        progress = _never_backwards(progress)
        try:
            return self._remote.put(path, sha256, progress, cancel)
        except StoreUnavailable:
            queued = self._outbox.put(path, sha256, progress, cancel)
            return StoredObject(queued.sha256, queued.size, PutStatus.QUEUED)

    def exists(self, sha256: str) -> bool:
        """Waiting locally or stored remotely."""
        return self._outbox.exists(sha256) or self._remote.exists(sha256)

    def get(
        self,
        sha256: str,
        dest_path: Path,
        progress: ProgressCallback | None = None,
        cancel: CancelLike = None,
    ) -> Path:
        """From the outbox if the file still waits there, else from the remote."""
        if self._outbox.exists(sha256):
            return self._outbox.get(sha256, dest_path, progress, cancel)
        return self._remote.get(sha256, dest_path, progress, cancel)

    def verify(self, sha256: str) -> VerifyResult:
        """Verify the waiting copy if there is one, else the remote object."""
        if self._outbox.exists(sha256):
            return self._outbox.verify(sha256)
        return self._remote.verify(sha256)

    def list(self) -> Iterator[ObjectInfo]:
        """Waiting files, then remote ones not also waiting."""
        waiting = self.pending()
        yield from waiting
        seen = {info.sha256 for info in waiting}
        for info in self._remote.list():
            if info.sha256 not in seen:
                yield info
