"""What dropped paths hold: files, folders walked, zip archives read safely — run in a worker.

Plain Python (no Qt) so it is cheap to test; the import job calls :func:`prepare_drop` off the
GUI thread. Model files inside a zip are copied into a private staging folder (the archive's
own temp copies vanish when its reader closes) and removed once stored. Every file gets its
sha256 and what ``files.inspect`` says; a file that can't be read gets a message, and the
others carry on.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ... import files
from ...files import CorruptFile, FileFormatError, FileInfo, FileTooLarge
from ...storage import MODEL_SUFFIXES, StorageError, safe_zip_members, sha256_file
from ...storage.cancel import CancelLike, stop_requested

ZIP_MAX_BYTES = 4 * 1024**3
ZIP_MAX_MEMBERS = 2000
SLICED_SUFFIXES = (".gcode", ".bgcode", ".gcode.3mf")
#: Files worth keeping that are read by name: meshes, projects, sliced files, CAD sources.
WANTED_SUFFIXES = frozenset(MODEL_SUFFIXES)


def is_wanted(name: str) -> bool:
    """True for a name with a model, project or sliced-file extension."""
    lowered = name.lower()
    return any(lowered.endswith(suffix) for suffix in WANTED_SUFFIXES)


def is_sliced_name(name: str) -> bool:
    """True for ``.gcode``, ``.bgcode`` and ``.gcode.3mf`` names."""
    return name.lower().endswith(SLICED_SUFFIXES)


def stem(name: str) -> str:
    """``dragon_v2.gcode.3mf`` → ``dragon_v2``."""
    base = Path(name).name
    for suffix in (".gcode.3mf", *sorted(WANTED_SUFFIXES, key=len, reverse=True), ".zip"):
        if base.lower().endswith(suffix):
            return base[: -len(suffix)] or base
    return Path(base).stem or base


@dataclass(frozen=True)
class PreparedFile:
    """One file ready to store: where its bytes are, its name, group, sha256 and metadata.

    ``group`` is the model a new file would belong to: the folder or archive it came in, else
    its own name. ``staged`` files are private copies, deleted after storing.
    """

    path: Path
    name: str
    group: str
    sha256: str
    size: int
    info: FileInfo | None
    note: str = ""
    staged: bool = False


@dataclass(frozen=True)
class Refused:
    """A dropped file or archive that was not imported, and why (a sentence for people)."""

    name: str
    reason: str


@dataclass
class DropProgress:
    """Plain counters the worker updates and a GUI timer reads (no signal per file)."""

    done: int = 0
    found: int = 0
    current: str = ""
    finished: bool = False


@dataclass(frozen=True)
class DropContents:
    """Everything found in one drop."""

    files: tuple[PreparedFile, ...]
    refused: tuple[Refused, ...]
    skipped: int = 0
    staging: Path | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                yield Path(root) / name


def _sources(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """(file, group) for every dropped file and every file in dropped folders."""
    for path in paths:
        if path.is_dir():
            for inner in _walk(path):
                yield inner, path.name
        else:
            yield path, stem(path.name)


def _read(path: Path, name: str, group: str, cancel: CancelLike, staged: bool) -> PreparedFile:
    sha, size = sha256_file(path, cancel)
    note = ""
    info: FileInfo | None = None
    try:
        info = files.inspect(path)
    except (CorruptFile, FileTooLarge):
        raise
    except FileFormatError:
        note = "kept as it is; the app does not read this kind of file"
    return PreparedFile(path, name, group, sha, size, info, note, staged)


class _Collector:
    def __init__(self, progress: DropProgress, cancel: CancelLike, staging: Path) -> None:
        self.progress = progress
        self.cancel = cancel
        self.staging = staging
        self.files: list[PreparedFile] = []
        self.refused: list[Refused] = []
        self.skipped = 0

    def add(self, path: Path, name: str, group: str, *, staged: bool = False) -> None:
        self.progress.current = name
        try:
            self.files.append(_read(path, name, group, self.cancel, staged))
        except FileFormatError as error:
            self.refused.append(Refused(name, f"could not be read: {error}"))
        except OSError as error:
            self.refused.append(Refused(name, f"could not be opened: {error.strerror or error}"))
        except StorageError as error:
            self.refused.append(Refused(name, str(error)))
        self.progress.done += 1

    def add_zip(self, path: Path) -> None:
        group = stem(path.name)
        self.progress.current = path.name
        try:
            for member in safe_zip_members(path, ZIP_MAX_BYTES, ZIP_MAX_MEMBERS):
                if stop_requested(self.cancel) is not None:
                    return
                target = Path(tempfile.mkdtemp(dir=self.staging)) / Path(member.name).name
                shutil.copyfile(member.path, target)
                self.progress.found += 1
                self.add(target, Path(member.name).name, group, staged=True)
        except StorageError as error:
            self.refused.append(Refused(path.name, f"archive refused: {error}"))
        except OSError as error:
            self.refused.append(Refused(path.name, f"archive could not be read: {error}"))


def prepare_drop(
    paths: Iterable[Path],
    staging_root: Path,
    progress: DropProgress | None = None,
    cancel: CancelLike = None,
    on_file: Callable[[PreparedFile], None] | None = None,
) -> DropContents:
    """Hash and inspect every file in ``paths`` (folders walked, zips opened safely)."""
    progress = progress or DropProgress()
    staging_root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="drop-", dir=staging_root))
    collector = _Collector(progress, cancel, staging)
    sources = list(_sources(Path(p) for p in paths))
    progress.found = len(sources)
    explicit = {Path(p) for p in paths}
    for path, group in sources:
        if stop_requested(cancel) is not None:
            break
        if path.suffix.lower() == ".zip":
            progress.found -= 1
            collector.add_zip(path)
        elif is_wanted(path.name) or path in explicit:
            collector.add(path, path.name, group)
        else:
            progress.found -= 1
            collector.skipped += 1
    progress.finished = True
    return DropContents(
        tuple(collector.files), tuple(collector.refused), collector.skipped, staging
    )
