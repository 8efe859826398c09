"""Read members of a zip archive (3MF) in memory with caps on size, count and ratio.

Nothing is extracted to disk. Declared sizes are checked before reading and the actual bytes
are counted while reading, so an archive that lies about its sizes (a zip bomb) stops at the
cap with ``FileTooLarge`` instead of filling memory.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from types import TracebackType

from .errors import CorruptFile, FileTooLarge

MAX_MEMBERS = 20_000
MAX_RATIO = 200  # uncompressed bytes per compressed byte; real 3MF parts stay under 50
RATIO_FLOOR = 1024 * 1024  # small members may compress as well as they like
_READ_STEP = 1024 * 1024


class SafeZip:
    """A zip archive opened read-only, with case-insensitive member lookup."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise CorruptFile(f"{path.name} is a damaged zip archive") from exc
        if len(infos) > MAX_MEMBERS:
            self._zip.close()
            raise CorruptFile(f"{path.name} holds too many files ({len(infos):,})")
        self._by_name = {info.filename.lstrip("/").lower(): info for info in infos}

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the archive."""
        self._zip.close()

    @property
    def names(self) -> list[str]:
        """Member names as stored (directories left out)."""
        return [i.filename for i in self._by_name.values() if not i.is_dir()]

    def find(self, name: str) -> str | None:
        """The stored name of member ``name`` (leading ``/`` and case ignored), or ``None``."""
        info = self._by_name.get(name.lstrip("/").lower())
        return info.filename if info is not None and not info.is_dir() else None

    def size(self, name: str) -> int:
        """Declared uncompressed size of a member."""
        return self._info(name).file_size

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = self._by_name.get(name.lstrip("/").lower())
        if info is None:
            raise CorruptFile(f"{self.path.name} lacks the part {name}")
        return info

    def read(self, name: str, limit: int) -> bytes:
        """Read a whole member of at most ``limit`` bytes."""
        info = self._info(name)
        if info.file_size > limit:
            raise FileTooLarge(
                f"{self.path.name}: {info.filename} is {info.file_size >> 20} MiB, "
                f"over the {limit >> 20} MiB this app reads"
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise FileTooLarge(f"{self.path.name} looks like a zip bomb ({info.filename})")
        return self._read(info, limit, whole=True)

    def read_head(self, name: str, length: int) -> bytes:
        """Read the first ``length`` bytes of a member (e.g. an image header)."""
        return self._read(self._info(name), length, whole=False)

    def _read(self, info: zipfile.ZipInfo, limit: int, *, whole: bool) -> bytes:
        chunks: list[bytes] = []
        got = 0
        try:
            with self._zip.open(info) as member:
                while True:
                    chunk = member.read(min(_READ_STEP, limit + 1 - got))
                    if not chunk:
                        break
                    chunks.append(chunk)
                    got += len(chunk)
                    if got > limit:
                        if whole:
                            raise FileTooLarge(
                                f"{self.path.name}: {info.filename} holds more than it declares"
                            )
                        break
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise CorruptFile(f"{self.path.name} is damaged ({info.filename})") from exc
        except NotImplementedError as exc:
            raise CorruptFile(
                f"{self.path.name} uses a compression this app cannot read ({info.filename})"
            ) from exc
        except RuntimeError as exc:  # encrypted members
            raise CorruptFile(f"{self.path.name} is password-protected") from exc
        data = b"".join(chunks)
        return data if whole else data[:limit]
