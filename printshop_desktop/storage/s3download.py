"""Streaming, hash-checked, resumable reads of one S3 object.

A dropped connection continues with a ``Range`` request from the last byte received
(pinned to the object's ETag), so a 200 MB download that loses Wi-Fi at 90 % does not start
over. The caller compares the returned digest with the key.
"""

from __future__ import annotations

import hashlib
from typing import Any, BinaryIO

from printshop_desktop.storage.base import ProgressReporter
from printshop_desktop.storage.cancel import CancelLike, stop_requested
from printshop_desktop.storage.hashing import CHUNK_SIZE, raise_if_stopped
from printshop_desktop.storage.retry import RetriesStopped, RetryPolicy
from printshop_desktop.storage.s3errors import is_transient


class _Reader:
    """Bytes received so far, their running digest and where they go."""

    def __init__(self, sink: BinaryIO | None, progress: ProgressReporter) -> None:
        self.digest = hashlib.sha256()
        self.received = 0
        self._sink = sink
        self._progress = progress

    def take(self, chunk: bytes) -> None:
        self.digest.update(chunk)
        if self._sink is not None:
            self._sink.write(chunk)
        self.received += len(chunk)
        self._progress.advance(len(chunk))


def stream_object(
    client: Any,
    bucket: str,
    key: str,
    *,
    size: int,
    etag: str | None,
    sink: BinaryIO | None,
    progress: ProgressReporter,
    cancel: CancelLike,
    retry: RetryPolicy,
) -> tuple[str, int]:
    """Read the object into *sink* (or just hash it); return ``(sha256 hex, bytes read)``."""
    reader = _Reader(sink, progress)
    attempt = 1
    while True:
        try:
            _read_from(client, bucket, key, etag, reader, cancel)
            return reader.digest.hexdigest(), reader.received
        except Exception as exc:
            if attempt >= retry.max_attempts or not is_transient(exc):
                raise
        if reader.received >= size > 0:
            return reader.digest.hexdigest(), reader.received
        try:
            retry.wait(attempt, lambda: stop_requested(cancel) is not None)
        except RetriesStopped:
            raise_if_stopped(cancel, upload=False)
            raise
        attempt += 1


def _read_from(
    client: Any, bucket: str, key: str, etag: str | None, reader: _Reader, cancel: CancelLike
) -> None:
    request: dict[str, Any] = {"Bucket": bucket, "Key": key}
    if reader.received:
        request["Range"] = f"bytes={reader.received}-"
        if etag:
            request["IfMatch"] = etag
    body = client.get_object(**request)["Body"]
    try:
        for chunk in body.iter_chunks(CHUNK_SIZE):
            raise_if_stopped(cancel, upload=False)
            reader.take(chunk)
    finally:
        body.close()
