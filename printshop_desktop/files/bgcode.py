"""Read Prusa binary G-code (``.bgcode``): file header, metadata blocks and thumbnails.

Layout (prusa3d/libbgcode ``doc/specifications.md``): a 10-byte header (``GCDE``, version,
checksum type), then blocks of ``type u16, compression u16, uncompressed u32[, compressed u32]``,
block parameters (6 bytes for thumbnails, 2 otherwise), data and an optional CRC32 over all of
it. Metadata blocks are INI text, plain or deflate-compressed; G-code blocks are not decoded,
only walked over to check that the file is complete.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .errors import CorruptFile, UnsupportedFormat
from .fields import SlicerFields
from .gcode_meta import identify
from .model import FileFormat, FileInfo, ThumbnailInfo
from .prusa_keys import read_prusa
from .values import rounded

MAGIC = b"GCDE"
FILE_METADATA, GCODE, SLICER_METADATA, PRINTER_METADATA, PRINT_METADATA, THUMBNAIL = range(6)
COMPRESSION_NONE, COMPRESSION_DEFLATE = 0, 1
_KNOWN_COMPRESSIONS = (0, 1, 2, 3)
_THUMB_FORMATS = {0: "png", 1: "jpg", 2: "qoi"}
MAX_METADATA = 16 * 1024 * 1024
MAX_THUMBNAIL = 16 * 1024 * 1024
MAX_BLOCKS = 1_000_000


@dataclass(frozen=True)
class _Block:
    type: int
    compression: int
    uncompressed: int
    offset: int  # where the block header starts
    params: bytes
    data_offset: int
    data_size: int  # bytes stored in the file
    end: int  # offset just past the checksum


@dataclass
class BgcodeContent:
    """Metadata key/values and thumbnail blocks found before the first G-code block."""

    raw: dict[str, str] = field(default_factory=dict)
    producer: str | None = None
    thumbnails: list[tuple[ThumbnailInfo, _Block]] = field(default_factory=list)


def _read_exact(handle: BinaryIO, offset: int, length: int) -> bytes:
    handle.seek(offset)
    data = handle.read(length)
    if len(data) != length:
        raise CorruptFile("the binary G-code file is cut short")
    return data


def _next_block(handle: BinaryIO, offset: int, checksum_size: int) -> _Block:
    head = _read_exact(handle, offset, 8)
    kind, compression, uncompressed = struct.unpack("<HHI", head)
    if kind > THUMBNAIL or compression not in _KNOWN_COMPRESSIONS:
        raise CorruptFile("the binary G-code file has a damaged block")
    header_size = 8
    stored = uncompressed
    if compression != COMPRESSION_NONE:
        (stored,) = struct.unpack("<I", _read_exact(handle, offset + 8, 4))
        header_size = 12
    params_size = 6 if kind == THUMBNAIL else 2
    params = _read_exact(handle, offset + header_size, params_size)
    data_offset = offset + header_size + params_size
    end = data_offset + stored + checksum_size
    return _Block(kind, compression, uncompressed, offset, params, data_offset, stored, end)


def _verify(handle: BinaryIO, block: _Block, checksum_size: int) -> bytes:
    """Read the block's stored data and check its CRC32 when the file has one."""
    size = block.end - block.offset
    whole = _read_exact(handle, block.offset, size)
    data_start = block.data_offset - block.offset
    data = whole[data_start : data_start + block.data_size]
    if checksum_size:
        (expected,) = struct.unpack("<I", whole[-4:])
        if zlib.crc32(whole[:-4]) != expected:
            raise CorruptFile("the binary G-code file is damaged (checksum mismatch)")
    return data


def _inflate(block: _Block, data: bytes, limit: int) -> bytes | None:
    if block.uncompressed > limit:
        raise CorruptFile("the binary G-code file declares an implausibly large block")
    if block.compression == COMPRESSION_NONE:
        return data
    if block.compression != COMPRESSION_DEFLATE:
        return None  # heatshrink metadata: not produced by PrusaSlicer; skipped
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, block.uncompressed + 1)
    except zlib.error as exc:
        raise CorruptFile("the binary G-code file has a damaged compressed block") from exc
    if len(out) != block.uncompressed:
        raise CorruptFile("the binary G-code file has a damaged compressed block")
    return out


def _ini(text: bytes, into: dict[str, str]) -> None:
    for line in text.decode("utf-8", errors="replace").splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip():
            into[key.strip()] = value.strip()


def read_bgcode(path: Path) -> BgcodeContent:
    """Walk the blocks of ``path``: decode metadata, index thumbnails, check completeness."""
    content = BgcodeContent()
    with open(path, "rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        header = _read_exact(handle, 0, 10)
        magic, version, checksum_type = struct.unpack("<4sIH", header)
        if magic != MAGIC:
            raise UnsupportedFormat("not a binary G-code file")
        if checksum_type not in (0, 1):
            raise CorruptFile("the binary G-code file has an unknown checksum type")
        if version < 1:
            raise CorruptFile("the binary G-code file has an invalid version")
        checksum_size = 4 if checksum_type == 1 else 0
        offset, seen_gcode, count = 10, False, 0
        while offset < size:
            count += 1
            if count > MAX_BLOCKS:
                raise CorruptFile("the binary G-code file has too many blocks")
            block = _next_block(handle, offset, checksum_size)
            if block.end > size:
                raise CorruptFile("the binary G-code file is cut short")
            if block.type == GCODE:
                seen_gcode = True
            elif seen_gcode:
                raise CorruptFile("the binary G-code file has metadata after its G-code")
            else:
                _take(handle, block, checksum_size, content)
            offset = block.end
        if not seen_gcode:
            raise CorruptFile("the binary G-code file holds no G-code")
    return content


def _take(handle: BinaryIO, block: _Block, checksum_size: int, content: BgcodeContent) -> None:
    if block.type == THUMBNAIL:
        fmt_code, width, height = struct.unpack("<HHH", block.params)
        if block.uncompressed > MAX_THUMBNAIL:
            raise CorruptFile("an embedded picture declares an implausible size")
        if checksum_size:
            _verify(handle, block, checksum_size)
        fmt = _THUMB_FORMATS.get(fmt_code)
        if fmt is not None:
            info = ThumbnailInfo(width, height, fmt)
            content.thumbnails.append((info, block))
        return
    data = _inflate(block, _verify(handle, block, checksum_size), MAX_METADATA)
    if data is None:
        return
    if block.type == FILE_METADATA:
        meta: dict[str, str] = {}
        _ini(data, meta)
        content.producer = meta.get("Producer")
        content.raw.update(meta)
    else:
        _ini(data, content.raw)


def inspect_bgcode(path: Path) -> FileInfo:
    """Read slicer, printer, time, filament and thumbnails of a ``.bgcode`` file."""
    content = read_bgcode(path)
    slicer, version = (None, None)
    if content.producer:
        slicer, version = identify([f"generated by {content.producer}"])
        if slicer is None:
            slicer = content.producer
    fields = SlicerFields(slicer=slicer, slicer_version=version).fill_from(read_prusa(content.raw))
    return FileInfo(
        format=FileFormat.BGCODE,
        slicer=fields.slicer,
        slicer_version=fields.slicer_version,
        printer_model=fields.printer_model,
        nozzle_diameter_mm=fields.nozzle_diameter_mm,
        layer_height_mm=fields.layer_height_mm,
        estimated_time_s=fields.estimated_time_s,
        filament_used_g=rounded(fields.filament_used_g),
        filament_used_mm=rounded(fields.filament_used_mm, 2),
        tools=fields.tools,
        thumbnails=tuple(info for info, _ in content.thumbnails),
        raw=content.raw,
    )


def bgcode_thumbnails(path: Path) -> list[tuple[ThumbnailInfo, bytes]]:
    """Return each embedded thumbnail with its image bytes (PNG, JPG or QOI)."""
    content = read_bgcode(path)
    images = []
    with open(path, "rb") as handle:
        for info, block in content.thumbnails:
            data = _inflate(block, _read_exact(handle, block.data_offset, block.data_size),
                            MAX_THUMBNAIL)
            if data is not None:
                images.append((info, data))
    return images
