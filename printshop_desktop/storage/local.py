"""A content-addressed store in a folder: the embedded default, or a NAS share.

Layout: ``root/aa/bb/<sha256>`` (two levels of fan-out keep folders small). Every write goes
to a temp file in the target folder, is fsynced and then renamed into place, so an object
under its final name is always complete. Files whose name is not a sha256 (temp files of an
interrupted write) are ignored by :meth:`LocalFolderStore.list`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from printshop_desktop.storage.base import (
    ObjectInfo,
    ProgressCallback,
    ProgressReporter,
    PutStatus,
    StoredObject,
    VerifyResult,
)
from printshop_desktop.storage.cancel import CancelLike
from printshop_desktop.storage.errors import IntegrityError, ObjectNotFound
from printshop_desktop.storage.fsutil import atomic_writer, describe_os_error, temp_path_for
from printshop_desktop.storage.hashing import (
    CHUNK_SIZE,
    is_sha256_hex,
    raise_if_stopped,
    require_sha256,
    sha256_file,
)


def copy_verified(
    source: BinaryIO,
    dest: Path,
    sha256: str,
    progress: ProgressReporter,
    cancel: CancelLike,
    *,
    upload: bool,
) -> int:
    """Copy *source* to *dest* atomically, hashing on the way; return the byte count.

    Raises IntegrityError (and leaves nothing at *dest*) when the bytes don't hash to *sha256*.
    """
    digest = hashlib.sha256()
    size = 0
    with atomic_writer(dest) as out:
        while chunk := source.read(CHUNK_SIZE):
            raise_if_stopped(cancel, upload=upload)
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
            progress.advance(len(chunk))
        if digest.hexdigest() != sha256:
            raise IntegrityError(
                f"The file's content does not match its fingerprint (sha256 {sha256[:12]}…); "
                "it was not saved.",
                code="Sha256Mismatch",
            )
    return size


class LocalFolderStore:
    """Objects as plain files under *root* (a platformdirs data folder or a NAS path)."""

    def __init__(self, root: Path) -> None:
        self._root = Path(root)

    @property
    def root(self) -> Path:
        """The folder holding the objects."""
        return self._root

    def __repr__(self) -> str:
        return f"LocalFolderStore({str(self._root)!r})"

    def path_for(self, sha256: str) -> Path:
        """Where the object with this sha256 lives (whether or not it exists)."""
        sha = require_sha256(sha256)
        return self._root / sha[:2] / sha[2:4] / sha

    def describe(self) -> str:
        """Human description: "Local folder <root>"."""
        return f"Local folder {self._root}"

    def check(self) -> None:
        """Create the folder if needed and prove a file can be written and removed."""
        try:
            self._root.mkdir(parents=True, exist_ok=True)
            probe = temp_path_for(self._root / "check")
            probe.write_bytes(b"printshop")
            probe.unlink()
        except OSError as exc:
            raise describe_os_error(exc, f"the file folder {self._root}") from None

    def exists(self, sha256: str) -> bool:
        """True when the object's file is present."""
        return self.path_for(sha256).is_file()

    def put(
        self,
        path: Path,
        sha256: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelLike = None,
    ) -> StoredObject:
        """Copy the file in (hash-checked, atomic); a no-op when the bytes are already here.

        A given *sha256* is trusted for the "already present" check (together with the
        size) and checked while copying, so wrong bytes are never stored under a key.
        """
        path = Path(path)
        try:
            size = path.stat().st_size
            sha = require_sha256(sha256) if sha256 else sha256_file(path, cancel)[0]
        except OSError as exc:
            raise describe_os_error(exc, f"the file {path}") from None
        reporter = ProgressReporter(progress, size)
        target = self.path_for(sha)
        if self._present_with_size(target, size):
            reporter.finish()
            return StoredObject(sha, size, PutStatus.ALREADY_PRESENT)
        try:
            with open(path, "rb") as source:
                copy_verified(source, target, sha, reporter, cancel, upload=True)
        except OSError as exc:
            raise describe_os_error(exc, f"the file folder {self._root}") from None
        reporter.finish()
        return StoredObject(sha, size, PutStatus.STORED)

    def get(
        self,
        sha256: str,
        dest_path: Path,
        progress: ProgressCallback | None = None,
        cancel: CancelLike = None,
    ) -> Path:
        """Copy the object to *dest_path*, checking its sha256 on the way."""
        sha = require_sha256(sha256)
        source_path = self.path_for(sha)
        dest_path = Path(dest_path)
        try:
            size = source_path.stat().st_size
            reporter = ProgressReporter(progress, size)
            with open(source_path, "rb") as source:
                copy_verified(source, dest_path, sha, reporter, cancel, upload=False)
        except FileNotFoundError:
            raise ObjectNotFound(f"No stored file has fingerprint {sha[:12]}….") from None
        except IntegrityError:
            raise IntegrityError(
                f"The stored file {sha[:12]}… in {self.describe()} is damaged; "
                "restore it from another copy.",
                code="Sha256Mismatch",
            ) from None
        except OSError as exc:
            raise describe_os_error(exc, str(dest_path)) from None
        reporter.finish()
        return dest_path

    def verify(self, sha256: str) -> VerifyResult:
        """Hash the stored file again and compare it with its name."""
        sha = require_sha256(sha256)
        try:
            actual, _ = sha256_file(self.path_for(sha))
        except FileNotFoundError:
            return VerifyResult.MISSING
        except OSError as exc:
            raise describe_os_error(exc, f"the file folder {self._root}") from None
        return VerifyResult.OK if actual == sha else VerifyResult.CORRUPT

    def list(self) -> Iterator[ObjectInfo]:
        """Every object file under the fan-out folders (temp files are skipped)."""
        if not self._root.is_dir():
            return
        for first in _subdirs(self._root):
            for second in _subdirs(first):
                for entry in os.scandir(second):
                    name = entry.name
                    if (
                        entry.is_file()
                        and is_sha256_hex(name)
                        and name[:2] == first.name
                        and name[2:4] == second.name
                    ):
                        yield ObjectInfo(name, entry.stat().st_size)

    def delete(self, sha256: str) -> bool:
        """Remove a local object; only for outbox and cache housekeeping, never for versions.

        Returns False when there was nothing to remove.
        """
        try:
            self.path_for(sha256).unlink()
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise describe_os_error(exc, f"the file folder {self._root}") from None
        return True

    def open_path(self, sha256: str) -> Path:
        """The path of a stored object for reading in place; ObjectNotFound if absent."""
        target = self.path_for(sha256)
        if not target.is_file():
            raise ObjectNotFound(f"No stored file has fingerprint {sha256[:12]}….")
        return target

    @staticmethod
    def _present_with_size(target: Path, size: int) -> bool:
        with contextlib.suppress(OSError):
            return target.stat().st_size == size
        return False


def _subdirs(folder: Path) -> Iterator[Path]:
    for entry in os.scandir(folder):
        if entry.is_dir() and len(entry.name) == 2:
            yield Path(entry.path)
