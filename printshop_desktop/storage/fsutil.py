"""Durable file writes: a temp file in the destination folder, fsync, then ``os.replace``.

A reader never sees a half-written file under its final name, and after a power cut the
file is either complete or absent.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from printshop_desktop.storage.errors import StoreUnavailable

TEMP_SUFFIX = ".part"


def temp_path_for(dest: Path) -> Path:
    """A unique hidden temp name next to *dest* (same folder, so the rename is atomic)."""
    return dest.with_name(f".{dest.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def fsync_dir(directory: Path) -> None:
    """Make a rename in *directory* durable (POSIX; a no-op where folders can't be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(dest: Path) -> Iterator[BinaryIO]:
    """Yield a binary handle; on clean exit the bytes appear at *dest* atomically.

    On any exception the temp file is removed and *dest* is left untouched.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_for(dest)
    try:
        with open(tmp, "xb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(dest.parent)


def describe_os_error(exc: OSError, where: str) -> StoreUnavailable:
    """A shop-owner sentence for a disk or folder problem."""
    if exc.errno == errno.ENOSPC:
        text = f"The disk holding {where} is full. Free some space and try again."
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = f"This computer may not write to {where}. Check the folder's permissions."
    elif exc.errno == errno.ENOENT:
        text = f"{where} can't be found. Is the drive or network share connected?"
    else:
        text = f"{where} can't be used right now ({exc.strerror or type(exc).__name__})."
    return StoreUnavailable(text, code=errno.errorcode.get(exc.errno or 0))
