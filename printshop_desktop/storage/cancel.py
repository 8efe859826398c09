"""Cancel and pause tokens shared by the GUI thread and a transfer running in a worker.

A transfer accepts any of: ``None``, a :class:`threading.Event` or a zero-argument callable
(both mean *cancel*), or a :class:`CancelToken`, which can also ask for a *pause*: the
transfer stops like a cancel but keeps its resumable state.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from typing import TypeAlias


class StopMode(enum.Enum):
    """Why a transfer is asked to stop."""

    CANCEL = "cancel"
    PAUSE = "pause"


class CancelToken:
    """Thread-safe stop request: ``cancel()`` discards partial work, ``pause()`` keeps it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._mode: StopMode | None = None

    def cancel(self) -> None:
        """Ask the transfer to stop and discard its partial state (wins over a pause)."""
        with self._lock:
            self._mode = StopMode.CANCEL

    def pause(self) -> None:
        """Ask the transfer to stop and keep its partial state for a later resume."""
        with self._lock:
            if self._mode is None:
                self._mode = StopMode.PAUSE

    @property
    def mode(self) -> StopMode | None:
        """The requested stop, or None while the transfer may go on."""
        with self._lock:
            return self._mode

    def is_set(self) -> bool:
        """True once a cancel or a pause was requested."""
        return self.mode is not None

    def __repr__(self) -> str:
        return f"CancelToken(mode={self.mode})"


CancelLike: TypeAlias = CancelToken | threading.Event | Callable[[], bool] | None


def stop_requested(cancel: CancelLike) -> StopMode | None:
    """Return the stop asked through *cancel*, or None."""
    if cancel is None:
        return None
    if isinstance(cancel, CancelToken):
        return cancel.mode
    if isinstance(cancel, threading.Event):
        return StopMode.CANCEL if cancel.is_set() else None
    return StopMode.CANCEL if cancel() else None
