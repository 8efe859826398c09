"""A content-addressed store in an S3-compatible bucket (Cloudflare R2, MinIO, AWS S3).

Object key: ``<prefix><sha[:2]>/<sha>`` (default prefix ``objects/``); the hex sha256 is
also kept as object metadata (``x-amz-meta-sha256``). Uploads carry SHA-256 checksums the
server checks (whole object for small files, each part for multipart ones); every download
and every ``verify`` hashes the bytes again. ``put`` returns only once the object is
complete on the server and its size and stored sha256 were read back: only then may the
caller drop its local copy.
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from printshop_desktop.storage.base import (
    ObjectInfo,
    ProgressCallback,
    ProgressReporter,
    PutStatus,
    StoredObject,
    VerifyResult,
)
from printshop_desktop.storage.cancel import CancelLike, stop_requested
from printshop_desktop.storage.errors import (
    BucketNotFound,
    IntegrityError,
    ObjectNotFound,
    StorageError,
    UploadCancelled,
)
from printshop_desktop.storage.fsutil import atomic_writer, describe_os_error
from printshop_desktop.storage.hashing import (
    b64_from_hex,
    is_sha256_hex,
    raise_if_stopped,
    require_sha256,
    sha256_file,
)
from printshop_desktop.storage.journal import (
    ResumeOutcome,
    UploadJournal,
    UploadRecord,
    default_journal_dir,
)
from printshop_desktop.storage.multipart import (
    DEFAULT_PART_SIZE,
    MAX_OBJECT_SIZE,
    MiB,
    MultipartTuning,
    MultipartUpload,
)
from printshop_desktop.storage.retry import RetriesStopped, RetryPolicy
from printshop_desktop.storage.s3client import make_client
from printshop_desktop.storage.s3download import stream_object
from printshop_desktop.storage.s3errors import error_code, is_transient, translate
from printshop_desktop.storage.settings import S3Settings

log = logging.getLogger(__name__)

DEFAULT_PREFIX = "objects/"
DEFAULT_MULTIPART_THRESHOLD = 16 * MiB


class S3Store:
    """Objects in one bucket; thread-safe (several puts may run at once)."""

    def __init__(
        self,
        settings: S3Settings,
        *,
        journal_dir: Path | None = None,
        prefix: str = DEFAULT_PREFIX,
        part_size: int = DEFAULT_PART_SIZE,
        multipart_threshold: int = DEFAULT_MULTIPART_THRESHOLD,
        workers: int = 4,
        retry: RetryPolicy | None = None,
        connect_timeout: float = 10.0,
        read_timeout: float = 60.0,
        client_max_attempts: int = 3,
        allow_insecure_http: bool = False,
    ) -> None:
        settings.validate(allow_insecure_http=allow_insecure_http)
        self._where = settings.describe()
        self._bucket = settings.bucket
        self._store_id = settings.store_id
        self._prefix = prefix
        self._threshold = multipart_threshold
        self._tuning = MultipartTuning(part_size, workers, retry or RetryPolicy())
        self._journal = UploadJournal(journal_dir or default_journal_dir())
        self._client = make_client(
            settings,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            max_attempts=client_max_attempts,
            max_pool_connections=max(10, 2 * workers),
        )
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}

    @property
    def client(self) -> Any:
        """The underlying boto3 client (for event hooks in tests and diagnostics)."""
        return self._client

    @property
    def journal(self) -> UploadJournal:
        """The journal of unfinished multipart uploads."""
        return self._journal

    def key_for(self, sha256: str) -> str:
        """The object key of *sha256*."""
        sha = require_sha256(sha256)
        return f"{self._prefix}{sha[:2]}/{sha}"

    def describe(self) -> str:
        """Human description, e.g. "R2 bucket X at endpoint Y"; never a secret."""
        return self._where

    def __repr__(self) -> str:
        return f"S3Store({self._where!r})"

    @contextlib.contextmanager
    def _translated(self, subject: str = "") -> Iterator[None]:
        try:
            yield
        except (BotoCoreError, ClientError) as exc:
            raise translate(exc, self._where, subject=subject) from None

    def check(self) -> None:
        """Reach the endpoint and open the bucket; named error otherwise."""
        try:
            with self._translated("checking the connection"):
                self._client.head_bucket(Bucket=self._bucket)
        except ObjectNotFound:
            raise BucketNotFound(
                f"The bucket of {self._where} does not exist. Check its name.", code="404"
            ) from None

    def exists(self, sha256: str) -> bool:
        """True when the object is stored (by its key; use verify for its bytes)."""
        with self._translated():
            return self._head(sha256) is not None

    def put(
        self,
        path: Path,
        sha256: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelLike = None,
    ) -> StoredObject:
        """Upload the file unless identical bytes are stored; resume an unfinished upload.

        Returns only after the server confirmed the object (size and sha256 read back).
        Cancelling aborts a multipart upload on the server; pausing (``CancelToken.pause``)
        or a lost connection keeps it, and the next ``put`` of the same bytes sends only the
        missing parts.
        """
        path = Path(path)
        try:
            size = path.stat().st_size
            sha = require_sha256(sha256) if sha256 else sha256_file(path, cancel)[0]
        except OSError as exc:
            raise describe_os_error(exc, f"the file {path}") from None
        if size > MAX_OBJECT_SIZE:
            raise StorageError(f"{path.name} is larger than the 5 TiB a stored file may have.")
        reporter = ProgressReporter(progress, size)
        try:
            with self._lock_for(sha), self._translated(f"uploading {path.name}"):
                head = self._head(sha)
                if head is not None and _matches(head, sha, size):
                    self._forget_upload(sha)
                    reporter.finish()
                    return StoredObject(sha, size, PutStatus.ALREADY_PRESENT)
                if head is not None:
                    log.warning("stored object %s is damaged; uploading it again", sha[:12])
                if size < self._threshold:
                    self._put_single(path, sha, size, reporter, cancel)
                else:
                    self._multipart(sha).run(path, sha, size, reporter, cancel)
                self._confirm(sha, size)
        except OSError as exc:  # the local file or the journal folder, never the network
            raise describe_os_error(exc, f"the file {path}") from None
        reporter.finish()
        return StoredObject(sha, size, PutStatus.STORED)

    def get(
        self,
        sha256: str,
        dest_path: Path,
        progress: ProgressCallback | None = None,
        cancel: CancelLike = None,
    ) -> Path:
        """Download to *dest_path*, resuming dropped connections; IntegrityError (and no
        file at *dest_path*) if the bytes don't hash to *sha256*."""
        sha = require_sha256(sha256)
        dest_path = Path(dest_path)
        with self._translated(f"downloading {sha[:12]}…"):
            head = self._head(sha)
            if head is None:
                raise ObjectNotFound(f"No file with fingerprint {sha[:12]}… in {self._where}.")
            reporter = ProgressReporter(progress, int(head["ContentLength"]))
            try:
                with atomic_writer(dest_path) as out:
                    digest, _ = self._stream(sha, head, out, reporter, cancel)
                    if digest != sha:
                        raise IntegrityError(
                            f"The file {sha[:12]}… in {self._where} is damaged: its bytes don't "
                            "match its fingerprint. Nothing was saved.",
                            code="Sha256Mismatch",
                        )
            except (BotoCoreError, ClientError, StorageError):
                raise
            except OSError as exc:
                raise describe_os_error(exc, str(dest_path)) from None
        reporter.finish()
        return dest_path

    def verify(self, sha256: str) -> VerifyResult:
        """Read the whole object back and hash it (costs one download)."""
        sha = require_sha256(sha256)
        with self._translated(f"checking {sha[:12]}…"):
            head = self._head(sha)
            if head is None:
                return VerifyResult.MISSING
            if head.get("Metadata", {}).get("sha256", sha) != sha:
                return VerifyResult.CORRUPT
            reporter = ProgressReporter(None, int(head["ContentLength"]))
            digest, _ = self._stream(sha, head, None, reporter, None)
        return VerifyResult.OK if digest == sha else VerifyResult.CORRUPT

    def list(self) -> Iterator[ObjectInfo]:
        """Every object under the prefix, with its size."""
        with self._translated("listing files"):
            pages = self._client.get_paginator("list_objects_v2").paginate(
                Bucket=self._bucket, Prefix=self._prefix
            )
            for page in pages:
                for item in page.get("Contents", []):
                    name = str(item["Key"]).rsplit("/", 1)[-1]
                    if is_sha256_hex(name) and item["Key"] == self.key_for(name):
                        yield ObjectInfo(name, int(item["Size"]))

    def pending_uploads(self) -> builtins.list[UploadRecord]:
        """Unfinished multipart uploads to this bucket, from the journal."""
        return self._journal.records(self._store_id)

    def resume_pending(self, cancel: CancelLike = None) -> builtins.list[ResumeOutcome]:
        """Continue every journaled upload whose file is still there (oldest first).

        A failure is reported in the outcome and the next upload is tried; a cancel or
        pause stops the loop and propagates.
        """
        outcomes: builtins.list[ResumeOutcome] = []
        for record in self.pending_uploads():
            if stop_requested(cancel) is not None:
                break
            if record.abandoned:
                self.discard_pending(record.sha256)
                continue
            outcomes.append(self._resume_one(record, cancel))
        return outcomes

    def discard_pending(self, sha256: str) -> None:
        """Abort the unfinished upload of *sha256* on the server and forget it."""
        with self._lock_for(require_sha256(sha256)), self._translated("cancelling an upload"):
            self._forget_upload(sha256)

    def _resume_one(self, record: UploadRecord, cancel: CancelLike) -> ResumeOutcome:
        path = Path(record.path)
        if not path.is_file():
            error = StorageError(f"{path} is not there any more; its upload waits for it.")
            return ResumeOutcome(record.sha256, record.path, error=error)
        try:
            stored = self.put(path, record.sha256, cancel=cancel)
        except UploadCancelled:
            raise
        except StorageError as exc:
            return ResumeOutcome(record.sha256, record.path, error=exc)
        return ResumeOutcome(record.sha256, record.path, stored=stored)

    def _lock_for(self, sha: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(sha, threading.Lock())

    def _multipart(self, sha: str) -> MultipartUpload:
        return MultipartUpload(
            self._client,
            self._bucket,
            self.key_for(sha),
            self._journal,
            self._store_id,
            self._tuning,
        )

    def _forget_upload(self, sha: str) -> None:
        record = self._journal.load(self._store_id, sha)
        if record is not None:
            self._multipart(sha).abort(record)

    def _head(self, sha256: str) -> dict[str, Any] | None:
        key = self.key_for(sha256)
        try:
            head: dict[str, Any] = self._call(
                lambda: self._client.head_object(Bucket=self._bucket, Key=key)
            )
        except ClientError as exc:
            if error_code(exc) in ("404", "NoSuchKey"):
                return None
            raise
        return head

    def _call(self, func: Callable[[], Any], cancel: CancelLike = None) -> Any:
        try:
            return self._tuning.retry.call(
                func,
                is_transient=is_transient,
                should_stop=lambda: stop_requested(cancel) is not None,
            )
        except RetriesStopped:
            raise_if_stopped(cancel)
            raise

    def _put_single(
        self, path: Path, sha: str, size: int, reporter: ProgressReporter, cancel: CancelLike
    ) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise describe_os_error(exc, f"the file {path}") from None
        if len(data) != size or hashlib.sha256(data).hexdigest() != sha:
            raise IntegrityError(
                f"{path.name} changed while it was being stored (or its fingerprint is "
                "wrong); it was not uploaded.",
                code="Sha256Mismatch",
            )
        raise_if_stopped(cancel)
        self._call(
            lambda: self._client.put_object(
                Bucket=self._bucket,
                Key=self.key_for(sha),
                Body=data,
                ChecksumSHA256=b64_from_hex(sha),
                ContentType="application/octet-stream",
                Metadata={"sha256": sha},
            ),
            cancel,
        )
        reporter.advance(size)

    def _confirm(self, sha: str, size: int) -> None:
        head = self._head(sha)
        self._journal.remove(self._store_id, sha)
        if head is None:
            raise StorageError(
                f"{self._where} lost the unfinished upload {sha[:12]}…; try again "
                "(it will start over).",
                code="NoSuchUpload",
            )
        if not _matches(head, sha, size):
            raise IntegrityError(
                f"{self._where} did not store {sha[:12]}… correctly (size or fingerprint "
                "differ). Keep the local file and try again.",
                code="Sha256Mismatch",
            )

    def _stream(
        self,
        sha: str,
        head: dict[str, Any],
        sink: Any,
        reporter: ProgressReporter,
        cancel: CancelLike,
    ) -> tuple[str, int]:
        return stream_object(
            self._client,
            self._bucket,
            self.key_for(sha),
            size=int(head["ContentLength"]),
            etag=head.get("ETag"),
            sink=sink,
            progress=reporter,
            cancel=cancel,
            retry=self._tuning.retry,
        )


def _matches(head: dict[str, Any], sha: str, size: int) -> bool:
    """True when the HeadObject reply shows the expected size and stored sha256."""
    stored_sha = head.get("Metadata", {}).get("sha256")
    return int(head.get("ContentLength", -1)) == size and stored_sha == sha
