"""Tell a file's kind from its first bytes and its size, never from its name."""

from __future__ import annotations

import os
import re
from enum import StrEnum
from pathlib import Path

from .errors import CorruptFile, UnsupportedFormat

SNIFF_BYTES = 4096
_GCODE_LINE = re.compile(rb"^[ \t]*(?:[GMT]\d+|;|N\d+ [GM]\d)", re.MULTILINE)
_OBJ_LINE = re.compile(rb"^[ \t]*(?:v|vn|vt|f|o|g|mtllib|usemtl|s)[ \t]", re.MULTILINE)
_ASCII_STL = re.compile(rb"^\s*solid\b[^\n]*\n\s*(?:facet\b|endsolid\b)", re.DOTALL)


class Kind(StrEnum):
    """Container kinds the readers dispatch on (a zip is told apart later by its members)."""

    GCODE = "gcode"
    BGCODE = "bgcode"
    ZIP = "zip"
    STL_BINARY = "stl-binary"
    STL_ASCII = "stl-ascii"
    OBJ = "obj"


def sniff(path: Path) -> Kind:
    """Return the file's kind; raise ``CorruptFile`` if empty, ``UnsupportedFormat`` if unknown."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except IsADirectoryError as exc:
        raise UnsupportedFormat(f"{path.name} is a folder, not a file") from exc
    except FileNotFoundError as exc:
        raise UnsupportedFormat(f"{path.name} does not exist") from exc
    except OSError as exc:
        raise UnsupportedFormat(f"{path.name} could not be opened: {exc.strerror}") from exc
    return sniff_bytes(head, size, path.name)


def sniff_bytes(head: bytes, size: int, name: str = "the file") -> Kind:
    """Classify from the first bytes ``head`` of a file of ``size`` bytes."""
    if size == 0 or not head.strip(b"\x00 \t\r\n"):
        raise CorruptFile(f"{name} is empty")
    if head.startswith(b"GCDE"):
        return Kind.BGCODE
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return Kind.ZIP
    if _is_binary_stl(head, size):
        return Kind.STL_BINARY
    if _ASCII_STL.match(head):
        return Kind.STL_ASCII
    if b"\x00" in head:
        # Binary, not a clean binary STL: a truncated STL is the likely story.
        if size >= 84 and _declared_stl_triangles(head) > 0:
            raise CorruptFile(f"{name} is a binary STL that is cut short or padded")
        raise UnsupportedFormat(f"{name} is not a G-code, 3MF, STL or OBJ file")
    if _OBJ_LINE.search(head) and not _GCODE_LINE.search(head[:512]):
        return Kind.OBJ
    if _GCODE_LINE.search(head):
        return Kind.GCODE
    if _OBJ_LINE.search(head):
        return Kind.OBJ
    raise UnsupportedFormat(f"{name} is not a G-code, 3MF, STL or OBJ file")


def _declared_stl_triangles(head: bytes) -> int:
    if len(head) < 84:
        return 0
    return int.from_bytes(head[80:84], "little")


def _is_binary_stl(head: bytes, size: int) -> bool:
    if size < 84 or len(head) < 84:
        return False
    count = _declared_stl_triangles(head)
    expected = 84 + 50 * count
    # Some exporters pad the end; a few KiB of trailing bytes are tolerated.
    if not (size == expected or (count > 0 and expected < size <= expected + 4096)):
        return False
    # An ASCII STL whose length happens to fit still reads as text with facets.
    return not _ASCII_STL.match(head)
