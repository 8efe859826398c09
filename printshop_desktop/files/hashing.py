"""Content identity of files: a streaming SHA-256 that never loads the whole file."""

from __future__ import annotations

import hashlib
import os

CHUNK = 1024 * 1024


def sha256_of(path: str | os.PathLike[str]) -> str:
    """Hex SHA-256 of a file's bytes, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
