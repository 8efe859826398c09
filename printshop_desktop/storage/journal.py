"""A small on-disk journal of unfinished multipart uploads, so they resume after a restart.

One JSON file per upload, named ``<store id>-<sha256>.json``, written atomically. The journal
holds only what the server can't tell us (which local file, which upload id, which part
size); the parts already received are always asked from the server (ListParts), so a part
is never sent twice and the journal never has to be written per part.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from printshop_desktop.storage.base import StoredObject
from printshop_desktop.storage.errors import StorageError
from printshop_desktop.storage.fsutil import atomic_writer
from printshop_desktop.storage.hashing import is_sha256_hex

log = logging.getLogger(__name__)

APP_NAME = "printshop-desktop"
_FORMAT = 1


def default_journal_dir() -> Path:
    """``<user data dir>/printshop-desktop/uploads`` (per platformdirs)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "uploads"


@dataclass(frozen=True)
class UploadRecord:
    """One unfinished multipart upload.

    ``abandoned`` marks an upload that was cancelled but whose server-side abort failed
    (offline); the next resume aborts it instead of continuing it.
    """

    store_id: str
    sha256: str
    key: str
    upload_id: str
    path: str
    size: int
    part_size: int
    created_at: str
    abandoned: bool = False

    @classmethod
    def new(
        cls,
        store_id: str,
        sha256: str,
        key: str,
        upload_id: str,
        path: Path,
        size: int,
        part_size: int,
    ) -> UploadRecord:
        """A record stamped with the current UTC time."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        return cls(store_id, sha256, key, upload_id, str(path), size, part_size, now)

    def with_path(self, path: Path) -> UploadRecord:
        """The same upload, now fed from *path*."""
        return replace(self, path=str(path))

    def marked_abandoned(self) -> UploadRecord:
        """The same upload, to be aborted rather than resumed."""
        return replace(self, abandoned=True)


@dataclass(frozen=True)
class ResumeOutcome:
    """What resuming one journaled upload did: the stored object, or the error."""

    sha256: str
    path: str
    stored: StoredObject | None = None
    error: StorageError | None = None


class UploadJournal:
    """The JSON journal files in one folder (created on first write)."""

    def __init__(self, directory: Path) -> None:
        self._dir = Path(directory)

    @property
    def directory(self) -> Path:
        """The folder holding the journal files."""
        return self._dir

    def _file(self, store_id: str, sha256: str) -> Path:
        return self._dir / f"{store_id}-{sha256}.json"

    def load(self, store_id: str, sha256: str) -> UploadRecord | None:
        """The unfinished upload of *sha256* to this store, if any."""
        return self._read(self._file(store_id, sha256))

    def save(self, record: UploadRecord) -> None:
        """Write (or replace) the record durably."""
        data = {"format": _FORMAT, **asdict(record)}
        with atomic_writer(self._file(record.store_id, record.sha256)) as out:
            out.write(json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))

    def remove(self, store_id: str, sha256: str) -> None:
        """Forget the upload (finished, aborted or superseded)."""
        with contextlib.suppress(FileNotFoundError):
            self._file(store_id, sha256).unlink()

    def records(self, store_id: str | None = None) -> list[UploadRecord]:
        """All unfinished uploads, optionally only those of one store, oldest first."""
        if not self._dir.is_dir():
            return []
        found = []
        for entry in os.scandir(self._dir):
            if not entry.name.endswith(".json"):
                continue
            if store_id is not None and not entry.name.startswith(f"{store_id}-"):
                continue
            record = self._read(Path(entry.path))
            if record is not None:
                found.append(record)
        return sorted(found, key=lambda r: (r.created_at, r.sha256))

    @staticmethod
    def _read(file: Path) -> UploadRecord | None:
        try:
            data = json.loads(file.read_text("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            log.warning("ignoring unreadable upload journal entry %s", file.name)
            return None
        try:
            if data.pop("format", None) != _FORMAT:
                raise ValueError("unknown format")
            record = UploadRecord(**data)
            if not is_sha256_hex(record.sha256) or record.size < 0 or record.part_size <= 0:
                raise ValueError("bad values")
        except (TypeError, ValueError):
            log.warning("ignoring malformed upload journal entry %s", file.name)
            return None
        return record
