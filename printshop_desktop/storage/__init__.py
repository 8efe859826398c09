"""Object storage for shop files: content-addressed, immutable, verified, Qt-free.

One interface (:class:`ObjectStore`) with two backends: :class:`LocalFolderStore` (the
embedded default, or a NAS share) and :class:`S3Store` (Cloudflare R2 or any S3-compatible
bucket). Around them: :class:`OutboxStore` for working offline, :class:`DownloadCache` for
bounded local copies, and :func:`safe_zip_members` for model packs. This package imports
nothing from Qt or from the rest of the application; see ``docs/storage.md``.

``S3Store`` is imported on first use, so an app that only uses the local store does not
pay for importing boto3 at start-up.
"""

import importlib
from typing import TYPE_CHECKING, Any

from printshop_desktop.storage.archives import MODEL_SUFFIXES, ZipMember, safe_zip_members
from printshop_desktop.storage.base import (
    ObjectInfo,
    ObjectStore,
    ProgressCallback,
    PutStatus,
    StoredObject,
    VerifyResult,
)
from printshop_desktop.storage.cache import DownloadCache
from printshop_desktop.storage.cancel import CancelLike, CancelToken, StopMode
from printshop_desktop.storage.errors import (
    AuthenticationFailed,
    BucketNotFound,
    DownloadCancelled,
    IntegrityError,
    ObjectNotFound,
    StorageError,
    StoreMisconfigured,
    StoreUnavailable,
    TransferCancelled,
    UnsafeArchive,
    UploadCancelled,
    UploadPaused,
)
from printshop_desktop.storage.hashing import sha256_file
from printshop_desktop.storage.journal import (
    ResumeOutcome,
    UploadJournal,
    UploadRecord,
    default_journal_dir,
)
from printshop_desktop.storage.local import LocalFolderStore
from printshop_desktop.storage.multipart import Part, choose_part_size, plan_parts
from printshop_desktop.storage.outbox import FlushReport, OutboxStore, flush_outbox
from printshop_desktop.storage.retry import RetryPolicy
from printshop_desktop.storage.settings import S3Settings, s3_settings_from_env

if TYPE_CHECKING:
    from printshop_desktop.storage.s3 import S3Store

_LAZY = {"S3Store"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module("printshop_desktop.storage.s3"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MODEL_SUFFIXES",
    "AuthenticationFailed",
    "BucketNotFound",
    "CancelLike",
    "CancelToken",
    "DownloadCache",
    "DownloadCancelled",
    "FlushReport",
    "IntegrityError",
    "LocalFolderStore",
    "ObjectInfo",
    "ObjectNotFound",
    "ObjectStore",
    "OutboxStore",
    "Part",
    "ProgressCallback",
    "PutStatus",
    "ResumeOutcome",
    "RetryPolicy",
    "S3Settings",
    "S3Store",
    "StopMode",
    "StorageError",
    "StoreMisconfigured",
    "StoreUnavailable",
    "StoredObject",
    "TransferCancelled",
    "UnsafeArchive",
    "UploadCancelled",
    "UploadJournal",
    "UploadPaused",
    "UploadRecord",
    "VerifyResult",
    "ZipMember",
    "choose_part_size",
    "default_journal_dir",
    "flush_outbox",
    "plan_parts",
    "s3_settings_from_env",
    "safe_zip_members",
    "sha256_file",
]
