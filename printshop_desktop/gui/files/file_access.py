"""Local bytes of a stored file, and the library record of bytes an upload already stored.

Runs in workers only: reading a local store is a path lookup, a bucket needs a download into
the bounded :class:`DownloadCache` (least recently used out).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.orm import Session

from ... import paths
from ...services import library
from ...storage import (
    CancelLike,
    DownloadCache,
    LocalFolderStore,
    ObjectInfo,
    ObjectStore,
    OutboxStore,
    ProgressCallback,
    StoredObject,
    VerifyResult,
)

DOWNLOAD_CACHE_BYTES = 2 * 1024**3
_caches: dict[Path, DownloadCache] = {}


def download_cache(root: Path | None = None) -> DownloadCache:
    """The app's download cache (``<cache dir>/downloads``, 2 GiB), one per folder."""
    root = root or paths.cache_dir() / "downloads"
    if root not in _caches:
        _caches[root] = DownloadCache(root, DOWNLOAD_CACHE_BYTES)
    return _caches[root]


def local_copy(
    store: ObjectStore,
    sha256: str,
    progress: ProgressCallback | None = None,
    cancel: CancelLike = None,
    cache: DownloadCache | None = None,
) -> Path:
    """A readable local path of ``sha256``: in place for a local store, else downloaded."""
    if isinstance(store, LocalFolderStore):
        path = store.open_path(sha256)
        if progress is not None:
            size = path.stat().st_size
            progress(size, size)
        return path
    if isinstance(store, OutboxStore) and store.outbox.exists(sha256):
        return local_copy(store.outbox, sha256, progress, cancel)
    return (cache or download_cache()).fetch(store, sha256, progress, cancel)


class AlreadyStored:
    """The store as ``library.add_file`` sees it after an upload worker stored the bytes.

    ``put`` answers with the upload's outcome instead of sending the file again, so recording
    in the database lane never waits on the network; everything else goes to the real store.
    """

    def __init__(self, store: ObjectStore, stored: StoredObject) -> None:
        self._store = store
        self._stored = stored

    def put(
        self,
        path: Path,
        sha256: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelLike = None,
    ) -> StoredObject:
        """The outcome of the upload that already ran."""
        return self._stored

    def exists(self, sha256: str) -> bool:
        """Asked of the real store."""
        return self._store.exists(sha256)

    def get(
        self,
        sha256: str,
        dest_path: Path,
        progress: ProgressCallback | None = None,
        cancel: CancelLike = None,
    ) -> Path:
        """Read from the real store."""
        return self._store.get(sha256, dest_path, progress, cancel)

    def verify(self, sha256: str) -> VerifyResult:
        """Asked of the real store."""
        return self._store.verify(sha256)

    def list(self) -> Iterator[ObjectInfo]:
        """Listed by the real store."""
        return self._store.list()

    def describe(self) -> str:
        """The real store's description (recorded with the file)."""
        return self._store.describe()

    def check(self) -> None:
        """Checked by the real store."""
        self._store.check()


def record_stored(
    session: Session, store: ObjectStore, path: Path, stored: StoredObject
) -> library.AddResult:
    """Record a file whose bytes ``store`` already holds (database lane, no upload)."""
    return library.add_file(session, AlreadyStored(store, stored), path)
