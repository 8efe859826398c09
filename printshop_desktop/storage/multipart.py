"""Multipart uploads: the part planner (pure) and the resumable, parallel part sender.

Rules the planner keeps (Cloudflare R2 is the strictest S3 here): every part but the last
has the same size, each at least 5 MiB; at most 10,000 parts; objects up to 5 TiB.

The sender reads the file once, in order, hashing it as it goes; each part is sent with its
own ``x-amz-checksum-sha256`` by a small thread pool, retried with backoff. Parts the server
already holds (asked with ListParts, never taken from local memory) are not sent again.
Before completing, the whole-file sha256 must equal the object's key, so a file that changed
since it was hashed is never stored under the wrong key.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from printshop_desktop.storage.base import ProgressReporter
from printshop_desktop.storage.cancel import CancelLike, StopMode, stop_requested
from printshop_desktop.storage.errors import IntegrityError, UploadCancelled
from printshop_desktop.storage.hashing import b64_digest, raise_if_stopped
from printshop_desktop.storage.journal import UploadJournal, UploadRecord
from printshop_desktop.storage.retry import RetriesStopped, RetryPolicy
from printshop_desktop.storage.s3errors import error_code, is_transient

log = logging.getLogger(__name__)

MiB = 1024 * 1024
MIN_PART_SIZE = 5 * MiB
DEFAULT_PART_SIZE = 8 * MiB
MAX_PARTS = 10_000
MAX_OBJECT_SIZE = 5 * 1024**4
MEMORY_BUDGET = 256 * MiB  # parts held in memory at once, across all workers


@dataclass(frozen=True)
class Part:
    """One part of a multipart upload: 1-based number, byte offset and length."""

    number: int
    offset: int
    length: int


def choose_part_size(
    size: int, min_part_size: int = DEFAULT_PART_SIZE, max_parts: int = MAX_PARTS
) -> int:
    """The smallest multiple of 1 MiB, at least *min_part_size*, giving ≤ *max_parts* parts."""
    _check_size(size)
    if min_part_size < MIN_PART_SIZE:
        raise ValueError(f"parts must be at least {MIN_PART_SIZE} bytes")
    if not 1 <= max_parts <= MAX_PARTS:
        raise ValueError(f"max_parts must be between 1 and {MAX_PARTS}")
    needed = -(-size // max_parts)
    return max(_round_up_mib(min_part_size), _round_up_mib(needed))


def plan_parts(
    size: int,
    part_size: int | None = None,
    *,
    min_part_size: int = DEFAULT_PART_SIZE,
    max_parts: int = MAX_PARTS,
) -> list[Part]:
    """Cut *size* bytes into contiguous parts; an empty file has no parts.

    *part_size* forces the size (used when resuming with a journaled size); otherwise it
    comes from :func:`choose_part_size`. Raises ValueError if the rules can't be kept.
    """
    if part_size is None:
        part_size = choose_part_size(size, min_part_size, max_parts)
    else:
        _check_size(size)
        if part_size < MIN_PART_SIZE:
            raise ValueError(f"parts must be at least {MIN_PART_SIZE} bytes")
        if -(-size // part_size) > max_parts:
            raise ValueError(f"{size} bytes need more than {max_parts} parts of {part_size}")
    return [
        Part(index + 1, offset, min(part_size, size - offset))
        for index, offset in enumerate(range(0, size, part_size))
    ]


def _check_size(size: int) -> None:
    if not 0 <= size <= MAX_OBJECT_SIZE:
        raise ValueError(f"object size must be between 0 and {MAX_OBJECT_SIZE} bytes")


def _round_up_mib(value: int) -> int:
    return -(-value // MiB) * MiB


@dataclass(frozen=True)
class MultipartTuning:
    """Knobs of the sender: minimum part size, parallel parts, retry policy."""

    part_size: int = DEFAULT_PART_SIZE
    workers: int = 4
    retry: RetryPolicy = field(default_factory=RetryPolicy)

    def __post_init__(self) -> None:
        if self.part_size < MIN_PART_SIZE:
            raise ValueError(f"parts must be at least {MIN_PART_SIZE} bytes")
        if self.workers < 1:
            raise ValueError("at least one worker is needed")

    def workers_for(self, part_size: int) -> int:
        """Parallel parts for this part size, within the memory budget (at least one)."""
        return max(1, min(self.workers, MEMORY_BUDGET // part_size))


@dataclass(frozen=True)
class _ServerPart:
    size: int
    etag: str
    checksum: str | None

    def matches(self, length: int, checksum: str) -> bool:
        """True if this received part holds these bytes (checksum compared when known)."""
        return self.size == length and self.checksum in (None, checksum)


@dataclass(frozen=True)
class _SentPart:
    number: int
    etag: str
    checksum: str
    length: int


class MultipartUpload:
    """Sends one file to one key as a multipart upload, continuing a journaled one."""

    def __init__(
        self,
        client: Any,
        bucket: str,
        key: str,
        journal: UploadJournal,
        store_id: str,
        tuning: MultipartTuning,
    ) -> None:
        self._client = client
        self._bucket = bucket
        self._key = key
        self._journal = journal
        self._store_id = store_id
        self._tuning = tuning

    def run(
        self, path: Path, sha256: str, size: int, progress: ProgressReporter, cancel: CancelLike
    ) -> bool:
        """Upload and complete; True if completed, False if the server no longer knew the
        upload when completing (a lost reply to an earlier, successful complete).

        On cancel the upload is aborted on the server and forgotten; on pause, a failure or
        a crash the journal keeps it so the next call continues with the missing parts.
        """
        record, on_server = self._open(path, sha256, size)
        try:
            sent = self._send(record, path, sha256, on_server, progress, cancel)
        except UploadCancelled as exc:
            if stop_requested(cancel) is StopMode.PAUSE:
                raise
            self.abort(record)
            raise exc from None
        except IntegrityError:
            self.abort(record)
            raise
        return self._complete(record, sent)

    def abort(self, record: UploadRecord) -> None:
        """Abort on the server and forget; if offline, mark it to be aborted later."""
        try:
            self._call(
                lambda: self._client.abort_multipart_upload(
                    Bucket=self._bucket, Key=record.key, UploadId=record.upload_id
                )
            )
        except Exception as exc:
            if error_code(exc) != "NoSuchUpload":
                log.info("abort of an upload failed; it will be retried: %s", type(exc).__name__)
                self._journal.save(record.marked_abandoned())
                return
        self._journal.remove(self._store_id, record.sha256)

    def _call(self, func: Callable[[], Any], should_stop: Callable[[], bool] | None = None) -> Any:
        return self._tuning.retry.call(
            func, is_transient=is_transient, should_stop=should_stop or (lambda: False)
        )

    def _open(
        self, path: Path, sha256: str, size: int
    ) -> tuple[UploadRecord, dict[int, _ServerPart]]:
        record = self._journal.load(self._store_id, sha256)
        if record is not None and (
            record.abandoned or record.size != size or record.key != self._key
        ):
            self.abort(record)
            record = None
        if record is not None:
            try:
                on_server = self._list_parts(record)
            except Exception as exc:
                if error_code(exc) != "NoSuchUpload":
                    raise
                self._journal.remove(self._store_id, sha256)
            else:
                if record.path != str(path):
                    record = record.with_path(path)
                    self._journal.save(record)
                return record, on_server
        return self._create(path, sha256, size), {}

    def _create(self, path: Path, sha256: str, size: int) -> UploadRecord:
        reply = self._call(
            lambda: self._client.create_multipart_upload(
                Bucket=self._bucket,
                Key=self._key,
                ChecksumAlgorithm="SHA256",
                ContentType="application/octet-stream",
                Metadata={"sha256": sha256},
            )
        )
        part_size = choose_part_size(size, self._tuning.part_size)
        record = UploadRecord.new(
            self._store_id, sha256, self._key, reply["UploadId"], path, size, part_size
        )
        self._journal.save(record)
        return record

    def _list_parts(self, record: UploadRecord) -> dict[int, _ServerPart]:
        def fetch() -> dict[int, _ServerPart]:
            found: dict[int, _ServerPart] = {}
            pages = self._client.get_paginator("list_parts").paginate(
                Bucket=self._bucket, Key=record.key, UploadId=record.upload_id
            )
            for page in pages:
                for item in page.get("Parts", []):
                    found[int(item["PartNumber"])] = _ServerPart(
                        int(item["Size"]), str(item["ETag"]), item.get("ChecksumSHA256")
                    )
            return found

        parts: dict[int, _ServerPart] = self._call(fetch)
        return parts

    def _send(
        self,
        record: UploadRecord,
        path: Path,
        sha256: str,
        on_server: dict[int, _ServerPart],
        progress: ProgressReporter,
        cancel: CancelLike,
    ) -> dict[int, _SentPart]:
        parts = plan_parts(record.size, record.part_size)
        workers = self._tuning.workers_for(record.part_size)
        stop = threading.Event()

        def should_stop() -> bool:
            return stop.is_set() or stop_requested(cancel) is not None

        sent: dict[int, _SentPart] = {}
        digest = hashlib.sha256()
        pending: set[Future[_SentPart]] = set()
        with ThreadPoolExecutor(workers, thread_name_prefix="printshop-upload") as pool:
            try:
                with open(path, "rb") as source:
                    for part in parts:
                        raise_if_stopped(cancel)
                        data = source.read(part.length)
                        digest.update(data)
                        if len(data) != part.length:
                            break  # the file shrank; the digest check below reports it
                        checksum = b64_digest(data)
                        known = on_server.get(part.number)
                        if known is not None and known.matches(part.length, checksum):
                            sent[part.number] = _SentPart(
                                part.number, known.etag, checksum, part.length
                            )
                            progress.advance(part.length)
                            continue
                        while len(pending) >= workers:
                            pending = self._collect(pending, sent, progress, cancel)
                        pending.add(
                            pool.submit(self._send_part, record, part, data, checksum, should_stop)
                        )
                while pending:
                    pending = self._collect(pending, sent, progress, cancel)
            except BaseException:
                stop.set()
                for future in pending:
                    future.cancel()
                wait(pending)
                raise
        if digest.hexdigest() != sha256:
            raise IntegrityError(
                f"{path.name} changed while it was being uploaded; it was not stored. "
                "Try again once the file is complete.",
                code="Sha256Mismatch",
            )
        return sent

    def _collect(
        self,
        pending: set[Future[_SentPart]],
        sent: dict[int, _SentPart],
        progress: ProgressReporter,
        cancel: CancelLike,
    ) -> set[Future[_SentPart]]:
        finished, rest = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
        for future in finished:
            try:
                result = future.result()
            except RetriesStopped:
                raise_if_stopped(cancel)
                raise UploadCancelled("The upload was stopped.") from None
            sent[result.number] = result
            progress.advance(result.length)
        raise_if_stopped(cancel)
        return rest

    def _send_part(
        self,
        record: UploadRecord,
        part: Part,
        data: bytes,
        checksum: str,
        should_stop: Callable[[], bool],
    ) -> _SentPart:
        reply = self._call(
            lambda: self._client.upload_part(
                Bucket=self._bucket,
                Key=record.key,
                UploadId=record.upload_id,
                PartNumber=part.number,
                Body=data,
                ChecksumSHA256=checksum,
            ),
            should_stop,
        )
        return _SentPart(part.number, str(reply["ETag"]), checksum, part.length)

    def _complete(self, record: UploadRecord, sent: dict[int, _SentPart]) -> bool:
        payload = [
            {"PartNumber": n, "ETag": sent[n].etag, "ChecksumSHA256": sent[n].checksum}
            for n in sorted(sent)
        ]
        try:
            self._call(
                lambda: self._client.complete_multipart_upload(
                    Bucket=self._bucket,
                    Key=record.key,
                    UploadId=record.upload_id,
                    MultipartUpload={"Parts": payload},
                )
            )
        except Exception as exc:
            if error_code(exc) != "NoSuchUpload":
                raise
            return False
        return True
