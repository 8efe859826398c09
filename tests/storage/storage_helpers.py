"""Helpers shared by the storage tests: call logging and failure injection on a boto3
client, seeded test files, progress recording."""

from __future__ import annotations

import hashlib
import itertools
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from printshop_desktop.storage import RetryPolicy
from printshop_desktop.storage.multipart import MiB
from printshop_desktop.storage.retry import no_sleep

ACCESS_KEY_ID = "AKIAPRINTSHOPTEST01"
SECRET_ACCESS_KEY = "s3cr3t/ThisMustNeverAppearInAnyMessage+42"
PART = 5 * MiB


def fast_retry(seed: int = 7, attempts: int = 8) -> RetryPolicy:
    """Retries without real waiting, jitter seeded."""
    return RetryPolicy(max_attempts=attempts, sleep=no_sleep, rng=random.Random(seed))


@dataclass
class CallLog:
    """Operations seen by a boto3 client (thread-safe), e.g. part numbers of UploadPart."""

    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, operation: str) -> int:
        with self.lock:
            return sum(1 for name, _ in self.calls if name == operation)

    def part_numbers(self) -> list[int]:
        with self.lock:
            return [int(query["partNumber"]) for name, query in self.calls if name == "UploadPart"]


def watch(client: Any, *, fail: Callable[[str, int], None] | None = None) -> CallLog:
    """Log every S3 call of *client*; *fail(operation, n)* may raise to inject a failure
    into the n-th call of that operation (1-based)."""
    log = CallLog()

    def before_call(model: Any, params: dict[str, Any], **_: Any) -> None:
        with log.lock:
            log.calls.append((model.name, dict(params.get("query_string") or {})))
            nth = sum(1 for name, _ in log.calls if name == model.name)
        if fail is not None:
            fail(model.name, nth)

    client.meta.events.register("before-call.s3", before_call)
    return log


def write_random(path: Path, size: int, seed: int = 1) -> str:
    """Write *size* seeded random bytes; return their sha256."""
    data = random.Random(seed).randbytes(size)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


class ProgressLog:
    """Records ``(done, total)`` calls from any thread."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []
        self._lock = threading.Lock()

    def __call__(self, done: int, total: int) -> None:
        with self._lock:
            self.calls.append((done, total))

    def assert_monotonic_to(self, size: int) -> None:
        done = [d for d, _ in self.calls]
        assert done, "no progress reported"
        assert all(b >= a for a, b in itertools.pairwise(done)), done
        assert all(t == size for _, t in self.calls)
        assert done[-1] == size


def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.rglob("*") if p.name.endswith(".part")]
