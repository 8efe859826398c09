"""The one entry point: ``inspect(path)`` finds the kind of file and runs its reader.

Any failure to read ends in a ``FileFormatError`` subclass: unexpected low-level errors from a
hostile or damaged file (bad numbers, short reads, memory) are wrapped as ``CorruptFile``.
"""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from pathlib import Path

from .bgcode import inspect_bgcode
from .detect import Kind, sniff
from .errors import CorruptFile, FileFormatError, FileTooLarge, UnsupportedFormat
from .gcode import inspect_gcode
from .mesh import read_mesh
from .mesh_stats import mesh_info
from .model import FileFormat, FileInfo
from .threemf import inspect_3mf

_MESH_FORMAT = {Kind.STL_BINARY: FileFormat.STL, Kind.STL_ASCII: FileFormat.STL,
                Kind.OBJ: FileFormat.OBJ}
_LOW_LEVEL = (ValueError, IndexError, KeyError, struct.error, zlib.error, zipfile.BadZipFile,
              UnicodeError, EOFError, OverflowError)


def inspect(path: str | os.PathLike[str]) -> FileInfo:
    """Read what a G-code, binary G-code, 3MF, STL or OBJ file says about itself.

    The kind is told from the content, not the name. G-code is read from a head and a tail
    window only; meshes are loaded to count triangles and measure size and volume.
    Raises ``UnsupportedFormat``, ``CorruptFile`` or ``FileTooLarge`` (all ``FileFormatError``).
    """
    file = Path(path)
    try:
        return _inspect(file)
    except FileFormatError:
        raise
    except MemoryError as exc:
        raise FileTooLarge(f"{file.name} is too large to read in memory") from exc
    except _LOW_LEVEL as exc:
        raise CorruptFile(f"{file.name} is damaged and could not be read") from exc
    except OSError as exc:
        raise UnsupportedFormat(f"{file.name} could not be read: {exc.strerror or exc}") from exc


def _inspect(path: Path) -> FileInfo:
    kind = sniff(path)
    if kind is Kind.GCODE:
        return inspect_gcode(path)
    if kind is Kind.BGCODE:
        return inspect_bgcode(path)
    if kind is Kind.ZIP:
        return inspect_3mf(path)
    mesh = read_mesh(path, kind)
    raw = {"stl_encoding": "binary" if kind is Kind.STL_BINARY else "ascii"} if (
        kind in (Kind.STL_BINARY, Kind.STL_ASCII)) else {}
    return FileInfo(format=_MESH_FORMAT[kind], mesh=mesh_info(mesh), raw=raw)
