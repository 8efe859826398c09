"""sha256 helpers: validating keys, hashing files in a stream, the base64 form S3 wants."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from printshop_desktop.storage.cancel import CancelLike, StopMode, stop_requested
from printshop_desktop.storage.errors import DownloadCancelled, UploadCancelled, UploadPaused

CHUNK_SIZE = 1024 * 1024
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def is_sha256_hex(value: str) -> bool:
    """True for a 64-character lowercase hex string."""
    return _SHA256_HEX.fullmatch(value) is not None


def require_sha256(value: str) -> str:
    """Return *value* lowercased, or raise ValueError if it is not a sha256 hex digest."""
    lowered = value.strip().lower()
    if not is_sha256_hex(lowered):
        raise ValueError(f"not a sha256 hex digest: {value[:80]!r}")
    return lowered


def b64_from_hex(sha256_hex: str) -> str:
    """The base64 of the raw digest, as used by ``x-amz-checksum-sha256``."""
    return base64.b64encode(bytes.fromhex(sha256_hex)).decode("ascii")


def b64_digest(data: bytes) -> str:
    """The base64 sha256 digest of *data*."""
    return base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")


def raise_if_stopped(cancel: CancelLike, *, upload: bool = True) -> None:
    """Raise the matching cancel/pause error when a stop was requested."""
    mode = stop_requested(cancel)
    if mode is None:
        return
    if not upload:
        raise DownloadCancelled("The download was cancelled.")
    if mode is StopMode.PAUSE:
        raise UploadPaused("The upload was paused; it will continue where it stopped.")
    raise UploadCancelled("The upload was cancelled.")


def sha256_file(path: Path, cancel: CancelLike = None) -> tuple[str, int]:
    """Hash a file in 1 MiB chunks; return ``(hex digest, size)``.

    Raises :class:`UploadCancelled` (or :class:`UploadPaused`) if stopped while reading.
    """
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK_SIZE):
            raise_if_stopped(cancel)
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
