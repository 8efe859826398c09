"""Bounded retries with exponential backoff and jitter, with an injectable sleep for tests."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")

_SLICE = 0.25  # seconds between stop checks while waiting


class RetriesStopped(Exception):
    """Internal: a stop was requested while waiting to retry."""


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a failed request is tried again.

    The wait before attempt *n+1* is drawn from ``[c/2, c]`` with
    ``c = min(max_delay, base_delay * 2**(n-1))`` ("equal jitter"), so parallel parts that
    failed together don't retry in lock-step.
    """

    max_attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 20.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number *attempt* (1-based)."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return ceiling / 2 + self.rng.uniform(0, ceiling / 2)

    def wait(self, attempt: int, should_stop: Callable[[], bool]) -> None:
        """Sleep before the next attempt, in short slices so a stop is noticed quickly."""
        remaining = self.delay(attempt)
        while remaining > 0:
            if should_stop():
                raise RetriesStopped
            step = min(_SLICE, remaining)
            self.sleep(step)
            remaining -= step
        if should_stop():
            raise RetriesStopped

    def call(
        self,
        func: Callable[[], T],
        *,
        is_transient: Callable[[BaseException], bool],
        should_stop: Callable[[], bool] = lambda: False,
    ) -> T:
        """Run *func*, retrying transient failures; the last failure propagates."""
        attempt = 1
        while True:
            if should_stop():
                raise RetriesStopped
            try:
                return func()
            except Exception as exc:
                if attempt >= self.max_attempts or not is_transient(exc):
                    raise
            self.wait(attempt, should_stop)
            attempt += 1


def no_sleep(_seconds: float) -> None:
    """A sleep that returns at once (for tests and benchmarks)."""
