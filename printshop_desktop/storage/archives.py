"""Safe reading of model files from a .zip (model packs from Printables, Thingiverse…).

Nothing is ever extracted under a name taken from the archive: each member is written to a
fresh numbered file inside a private temp folder, so ``../`` or absolute names can't reach
outside it. Archives are refused outright (:class:`UnsafeArchive`) if any member has an
absolute or ``..`` path, is a link, is encrypted, appears twice, or if the members, total
size or compression ratio pass the limits (zip bombs). Sizes are counted while reading,
never only trusted from the headers.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from printshop_desktop.storage.errors import UnsafeArchive

MODEL_SUFFIXES = frozenset(
    {".stl", ".3mf", ".obj", ".ply", ".amf", ".step", ".stp", ".gcode", ".bgcode", ".scad"}
)
DEFAULT_MAX_RATIO = 200  # uncompressed / compressed, per member
_CHUNK = 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class ZipMember:
    """One extracted member: its path inside the archive, a temp copy, its size."""

    name: str
    path: Path
    size: int


def safe_zip_members(
    zip_path: Path,
    max_total_bytes: int,
    max_members: int,
    *,
    suffixes: Collection[str] | None = MODEL_SUFFIXES,
    max_ratio: float = DEFAULT_MAX_RATIO,
    workdir: Path | None = None,
) -> Iterator[ZipMember]:
    """Yield the model files of *zip_path*, each extracted to a temp file.

    Only members whose name ends with one of *suffixes* (case-insensitive; None = all) are
    yielded, but every member is checked. The temp folder (inside *workdir* if given) is
    removed when the generator finishes or is closed, so use each file inside the loop
    (for example ``store.put(member.path)``), or wrap the call in ``contextlib.closing``.
    """
    try:
        archive = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsafeArchive(f"{Path(zip_path).name} is not a readable zip file.") from exc
    with archive:
        infos = _checked_infos(archive, max_total_bytes, max_members, max_ratio)
        chosen = [info for info in infos if _wanted(info.filename, suffixes)]
        tmp = Path(tempfile.mkdtemp(prefix="printshop-zip-", dir=workdir))
        try:
            budget = [max_total_bytes]
            for index, info in enumerate(chosen):
                target = tmp / f"{index:05d}{_safe_suffix(info.filename)}"
                size = _extract(archive, info, target, budget)
                yield ZipMember(_clean_name(info.filename), target, size)
                with contextlib.suppress(OSError):
                    target.unlink()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def _checked_infos(
    archive: zipfile.ZipFile, max_total_bytes: int, max_members: int, max_ratio: float
) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > max_members:
        raise UnsafeArchive(f"The archive has {len(infos)} entries; at most {max_members} allowed.")
    seen: set[str] = set()
    total = 0
    files = []
    for info in infos:
        name = _clean_name(info.filename)
        _check_name(info.filename)
        if name.lower() in seen:
            raise UnsafeArchive(f"The archive lists {name!r} twice.")
        seen.add(name.lower())
        if stat.S_ISLNK(info.external_attr >> 16):
            raise UnsafeArchive(f"The archive entry {name!r} is a link; links are not accepted.")
        if info.flag_bits & 0x1:
            raise UnsafeArchive(f"The archive entry {name!r} is encrypted.")
        if info.is_dir():
            continue
        total += info.file_size
        if total > max_total_bytes:
            raise UnsafeArchive("The archive unpacks to more than the allowed size.")
        if info.file_size > max_ratio * max(info.compress_size, 1) and info.file_size > _CHUNK:
            raise UnsafeArchive(
                f"The archive entry {name!r} expands suspiciously much (a zip bomb?)."
            )
        files.append(info)
    return files


def _check_name(raw: str) -> None:
    name = raw.replace("\\", "/")
    if not name or "\x00" in name:
        raise UnsafeArchive("The archive has an entry without a usable name.")
    if name.startswith("/") or _DRIVE.match(name):
        raise UnsafeArchive(f"The archive entry {raw!r} has an absolute path.")
    if ".." in PurePosixPath(name).parts:
        raise UnsafeArchive(f"The archive entry {raw!r} points outside the archive (..).")


def _clean_name(raw: str) -> str:
    return raw.replace("\\", "/")


def _wanted(name: str, suffixes: Collection[str] | None) -> bool:
    if suffixes is None:
        return True
    lowered = name.lower()
    return any(lowered.endswith(suffix.lower()) for suffix in suffixes)


def _safe_suffix(name: str) -> str:
    """The member's extension (e.g. ``.3mf``), restricted to harmless characters."""
    suffix = PurePosixPath(_clean_name(name)).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else ""


def _extract(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, budget: list[int]
) -> int:
    """Copy one member, counting real bytes against its header and the total budget."""
    written = 0
    try:
        with archive.open(info) as source, open(target, "xb") as out:
            while chunk := source.read(_CHUNK):
                written += len(chunk)
                budget[0] -= len(chunk)
                if written > info.file_size or budget[0] < 0:
                    raise UnsafeArchive(
                        "The archive unpacks to more than it declares (a zip bomb?)."
                    )
                out.write(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        name = _clean_name(info.filename)
        raise UnsafeArchive(f"The archive entry {name!r} is damaged or unsupported.") from exc
    return written
