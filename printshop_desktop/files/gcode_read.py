"""Read the comment lines at both ends of an ASCII G-code file without reading all of it.

The head is read in chunks while a header, config or thumbnail block is open (OrcaSlicer 2.3
and Bambu Studio put their config at the start, after the thumbnails); thumbnails are skipped by
seeking past their declared length. The tail window holds PrusaSlicer's config and the
summaries most slicers write at the end.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .errors import CorruptFile

HEAD_CHUNK = 64 * 1024
NEXT_CHUNK = 32 * 1024
MAX_HEAD = 4 * 1024 * 1024
TAIL_CHUNK = 128 * 1024
MAX_TAIL = 1024 * 1024
MAX_THUMBNAIL_B64 = 16 * 1024 * 1024

_THUMB_BEGIN = re.compile(
    rb"^;[ \t]*thumbnail(?:_([A-Za-z]+))?[ \t]+begin[ \t]+(\d+)[x ](\d+)[ \t]+(\d+)[^\n]*\n",
    re.MULTILINE,
)
_THUMB_END = re.compile(rb"^;[ \t]*thumbnail(?:_[A-Za-z]+)?[ \t]+end[^\n]*(?:\n|$)", re.MULTILINE)
_COMMENT = re.compile(r"^;(.*?)\r?$", re.MULTILINE)
_OPEN_CLOSE = (
    ("HEADER_BLOCK_START", "HEADER_BLOCK_END"),
    ("CONFIG_BLOCK_START", "CONFIG_BLOCK_END"),
    ("THUMBNAIL_BLOCK_START", "THUMBNAIL_BLOCK_END"),
)


@dataclass(frozen=True)
class ThumbRef:
    """Where one base64 thumbnail sits in a G-code file."""

    width: int
    height: int
    format: str
    length: int
    offset: int


@dataclass
class GcodeComments:
    """Comment bodies (text after ``;``, stripped) from the head and tail of a G-code file."""

    head: list[str] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)
    thumbnails: list[ThumbRef] = field(default_factory=list)
    size: int = 0


def read_comments(path: Path) -> GcodeComments:
    """Collect head and tail comments and the thumbnail index of ``path``."""
    with open(path, "rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        result = GcodeComments(size=size)
        head_end = _read_head(handle, size, result)
        if head_end < size:
            result.tail = _read_tail(handle, size, head_end)
    return result


def _pread(handle: BinaryIO, offset: int, length: int) -> bytes:
    handle.seek(offset)
    return handle.read(length)


def _comments(chunk: bytes) -> list[str]:
    text = chunk.decode("utf-8", errors="replace")
    return [m.strip() for m in _COMMENT.findall(text)]


def _open_block(comments: list[str]) -> bool:
    """True when a header/config/thumbnail block started and has not ended yet."""
    for start, end in _OPEN_CLOSE:
        opened = closed = -1
        for i in range(len(comments) - 1, -1, -1):
            text = comments[i]
            if closed < 0 and text.endswith(end):
                closed = i
            if text.endswith(start):
                opened = i
                break
        if opened >= 0 and closed < opened:
            return True
    return False


def _read_head(handle: BinaryIO, size: int, result: GcodeComments) -> int:
    """Read the head; return the offset where reading stopped (start of unread bytes)."""
    pos = 0
    chunk_size = HEAD_CHUNK
    while pos < size and pos < MAX_HEAD:
        chunk = _pread(handle, pos, chunk_size)
        if pos + len(chunk) < size:
            cut = chunk.rfind(b"\n")
            if cut < 0:
                return pos  # a huge line: not a comment block worth following
            chunk = chunk[: cut + 1]
        begin = _THUMB_BEGIN.search(chunk)
        result.head.extend(_comments(chunk[: begin.start()] if begin else chunk))
        if begin is None:
            pos += len(chunk)
            if not _open_block(result.head):
                return pos
            chunk_size = NEXT_CHUNK
            continue
        fmt = (begin.group(1) or b"png").decode("ascii").lower()
        width, height, length = (int(begin.group(i)) for i in (2, 3, 4))
        data_offset = pos + begin.end()
        result.thumbnails.append(ThumbRef(width, height, fmt, length, data_offset))
        end = _find_thumb_end(handle, size, data_offset, length, chunk, begin.end())
        if end is None:
            return size  # the thumbnail never ends: nothing useful follows
        pos = end
        chunk_size = NEXT_CHUNK
    return pos


def _find_thumb_end(
    handle: BinaryIO, size: int, data_offset: int, length: int, chunk: bytes, chunk_pos: int
) -> int | None:
    """Absolute offset just past the ``thumbnail end`` line, or ``None`` if there is none."""
    base = data_offset - chunk_pos
    found = _THUMB_END.search(chunk, chunk_pos)
    if found:
        return base + found.end()
    # Each base64 line carries at least 3 bytes of "; " and newline, so the end lies
    # at or after data_offset + length.
    pos = min(data_offset + length, size)
    limit = min(size, data_offset + length + length // 8 + 64 * 1024)
    while pos < limit:
        block = _pread(handle, pos, NEXT_CHUNK)
        if not block:
            return None
        found = _THUMB_END.search(block)
        if found:
            return pos + found.end()
        cut = block.rfind(b"\n")
        pos += cut + 1 if cut > 0 else len(block)
    return None


def _read_tail(handle: BinaryIO, size: int, head_end: int) -> list[str]:
    span = TAIL_CHUNK
    while True:
        start = max(head_end, size - span)
        chunk = _pread(handle, start, size - start)
        if start > head_end:
            newline = chunk.find(b"\n")
            chunk = chunk[newline + 1 :] if newline >= 0 else b""
        comments = _comments(chunk)
        if start == head_end or span >= MAX_TAIL or not _config_cut(comments):
            return comments
        span *= 2


def _config_cut(comments: list[str]) -> bool:
    """True if the tail holds the end of a config block but not its start."""
    pairs = (("prusaslicer_config = begin", "prusaslicer_config = end"),
             ("CONFIG_BLOCK_START", "CONFIG_BLOCK_END"))
    text = set(comments)
    return any(end in text and start not in text for start, end in pairs)


def read_thumbnail(path: Path, ref: ThumbRef) -> bytes:
    """Decode one thumbnail's image bytes (PNG, JPG or QOI) from its base64 lines."""
    if ref.length > MAX_THUMBNAIL_B64:
        raise CorruptFile("an embedded picture declares an implausible size")
    with open(path, "rb") as handle:
        raw = _pread(handle, ref.offset, ref.length + ref.length // 8 + 4096)
    end = _THUMB_END.search(raw)
    body = raw[: end.start()] if end else raw
    data = b"".join(line.lstrip(b"; \t").rstrip() for line in body.split(b"\n"))
    if end is None or len(data) != ref.length:
        raise CorruptFile("an embedded picture is cut short")
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise CorruptFile("an embedded picture is damaged") from exc
