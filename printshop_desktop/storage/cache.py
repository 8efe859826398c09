"""A bounded local cache of downloaded objects, least recently used evicted first.

Files live at ``root/<sha[:2]>/<sha>``; each use touches the file's mtime, so the order
survives a restart without an index file. Every fetch goes through ``store.get``, which
checks the sha256, so the cache never holds bytes that don't match their name.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections import OrderedDict
from pathlib import Path

from printshop_desktop.storage.base import ObjectStore, ProgressCallback
from printshop_desktop.storage.cancel import CancelLike
from printshop_desktop.storage.fsutil import TEMP_SUFFIX
from printshop_desktop.storage.hashing import is_sha256_hex, require_sha256


class DownloadCache:
    """Local copies of remote files, at most *max_bytes* in total (plus the file in use).

    A returned path stays valid until enough newer fetches push it out; open or copy it
    promptly. Thread-safe: two fetches of the same file download it once.
    """

    def __init__(self, root: Path, max_bytes: int) -> None:
        if max_bytes < 0:
            raise ValueError("max_bytes must not be negative")
        self._root = Path(root)
        self._max_bytes = max_bytes
        self._lock = threading.Lock()
        self._fetch_locks: dict[str, threading.Lock] = {}
        self._index: OrderedDict[str, int] = OrderedDict()
        self._load()

    @property
    def root(self) -> Path:
        """The cache folder."""
        return self._root

    @property
    def max_bytes(self) -> int:
        """The size limit."""
        return self._max_bytes

    @property
    def total_bytes(self) -> int:
        """Bytes currently cached."""
        with self._lock:
            return sum(self._index.values())

    def cached(self) -> list[str]:
        """Cached sha256s, least recently used first."""
        with self._lock:
            return list(self._index)

    def path_for(self, sha256: str) -> Path:
        """Where the cached copy of *sha256* lives (whether or not it is cached)."""
        sha = require_sha256(sha256)
        return self._root / sha[:2] / sha

    def lookup(self, sha256: str) -> Path | None:
        """The cached copy, marked as just used; None if not cached."""
        sha = require_sha256(sha256)
        path = self.path_for(sha)
        with self._lock:
            if sha not in self._index:
                return None
            try:
                size = path.stat().st_size
                os.utime(path)
            except OSError:
                del self._index[sha]
                return None
            if size != self._index[sha]:
                del self._index[sha]
                with contextlib.suppress(OSError):
                    path.unlink()
                return None
            self._index.move_to_end(sha)
            return path

    def fetch(
        self,
        store: ObjectStore,
        sha256: str,
        progress: ProgressCallback | None = None,
        cancel: CancelLike = None,
    ) -> Path:
        """The local path of *sha256*, downloading it through *store* if needed."""
        sha = require_sha256(sha256)
        with self._fetch_lock(sha):
            hit = self.lookup(sha)
            if hit is not None:
                if progress is not None:
                    size = hit.stat().st_size
                    progress(size, size)
                return hit
            path = store.get(sha, self.path_for(sha), progress=progress, cancel=cancel)
            size = path.stat().st_size
            with self._lock:
                self._index[sha] = size
                self._index.move_to_end(sha)
                self._evict(keep=sha)
            return path

    def discard(self, sha256: str) -> bool:
        """Drop one cached file; False if it was not cached."""
        sha = require_sha256(sha256)
        with self._lock:
            if self._index.pop(sha, None) is None:
                return False
            with contextlib.suppress(FileNotFoundError):
                self.path_for(sha).unlink()
            return True

    def _fetch_lock(self, sha: str) -> threading.Lock:
        with self._lock:
            return self._fetch_locks.setdefault(sha, threading.Lock())

    def _evict(self, keep: str) -> None:
        """Remove least recently used files until the total fits (caller holds the lock)."""
        total = sum(self._index.values())
        for sha in list(self._index):
            if total <= self._max_bytes:
                break
            if sha == keep:
                continue
            try:
                self.path_for(sha).unlink()
            except FileNotFoundError:
                pass
            except OSError:
                continue  # in use (Windows): keep it for now
            total -= self._index.pop(sha)

    def _load(self) -> None:
        if not self._root.is_dir():
            return
        found: list[tuple[int, str, int]] = []
        for folder in os.scandir(self._root):
            if not folder.is_dir() or len(folder.name) != 2:
                continue
            for entry in os.scandir(folder.path):
                if entry.name.endswith(TEMP_SUFFIX) and entry.name.startswith("."):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)  # left by an interrupted download
                elif is_sha256_hex(entry.name) and entry.name[:2] == folder.name:
                    info = entry.stat()
                    found.append((info.st_mtime_ns, entry.name, info.st_size))
        for _, sha, size in sorted(found):
            self._index[sha] = size
