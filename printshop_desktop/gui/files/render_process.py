"""Thumbnails drawn in a helper process, so drawing never stalls the window.

Making an OpenGL context (moderngl, EGL) and drawing a large mesh hold Python's global
interpreter lock for up to ~100 ms; in a worker *thread* that freezes the GUI thread as well
(measured in ``benchmarks/bench_gui_stall.py``). A helper process has its own interpreter.
The pool starts on first use (``spawn``: safe beside Qt's threads) and keeps its GL context
between pictures and runs at a lower priority; if it breaks, pictures are drawn in-thread
with the numpy renderer instead.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ... import files

log = logging.getLogger(__name__)
HELPERS = 2
HELPER_NICENESS = 10
_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None


def _lower_priority() -> None:
    """Helpers yield the CPU to the window (and to uploads) when cores are scarce, and end
    with the app even when it crashes (no stray process drawing on)."""
    with contextlib.suppress(AttributeError, OSError):
        os.nice(HELPER_NICENESS)
    parent = os.getppid()

    def watch() -> None:
        # Not PR_SET_PDEATHSIG: that fires when the *thread* that started the helper ends,
        # and the app's worker threads come and go.
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            context = multiprocessing.get_context("spawn")
            _pool = ProcessPoolExecutor(
                max_workers=HELPERS, mp_context=context, initializer=_lower_priority
            )
        return _pool


def _drop_pool() -> None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def _ready() -> bool:
    return True


def warm_up() -> None:
    """Start the helpers now (from a worker), while the app is small: starting a process
    copies the parent's page tables with the interpreter lock held, which takes longer once
    uploads hold hundreds of MiB of buffers."""
    try:
        pool = _get_pool()
        for future in [pool.submit(_ready) for _ in range(HELPERS)]:
            future.result()
    except (BrokenProcessPool, OSError, RuntimeError) as error:
        log.warning("thumbnail helper unavailable: %s", error)
        _drop_pool()


def _draw(path: Path, size: int, cache_dir: Path) -> bytes:
    """Runs in a helper: the renderers (numpy, OpenGL) are imported there, not in the app,
    where a first import would hold the interpreter lock for a quarter of a second."""
    return files.thumbnail(path, size, cache_dir)


def draw_thumbnail(path: Path, size: int, cache_dir: Path) -> bytes:
    """``files.thumbnail`` run in a helper process (call from a worker thread: it waits)."""
    try:
        return _get_pool().submit(_draw, path, size, cache_dir).result()
    except (BrokenProcessPool, OSError, RuntimeError) as error:
        log.warning("thumbnail helper unavailable (%s); drawing in-process", error)
        _drop_pool()
        return files.thumbnail(path, size, cache_dir, renderer="soft")


def shutdown() -> None:
    """Stop the helpers (at exit)."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(shutdown)
