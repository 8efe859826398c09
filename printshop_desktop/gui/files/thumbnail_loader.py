"""Thumbnails for the detail panel: loaded on request in the background lane, kept in memory.

Only the file the user looks at is asked for, never every row of a list. A PNG rendered at
import is read from the cache folder by sha256; otherwise the file is read from the store (or
downloaded into the bounded cache) and drawn. Decoding into a ``QImage`` happens in the
worker too; the GUI thread only turns it into a pixmap.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from ...files import FileFormatError
from ...files.cache_version import CACHE_VERSION
from ...storage import ObjectStore, StorageError
from ..runner import Lane, Runner
from .file_access import local_copy
from .render_process import draw_thumbnail

MEMORY_ITEMS = 64


@dataclass(frozen=True)
class Picture:
    """A decoded thumbnail, or why there is none."""

    sha256: str
    size: int
    image: QImage | None
    problem: str = ""


def cached_png(cache_dir: Path, sha256: str, size: int) -> Path:
    """Where ``files.thumbnail`` caches the PNG of ``sha256`` at ``size``."""
    return cache_dir / f"{sha256}-{size}-{CACHE_VERSION}.png"


def load_picture(store: ObjectStore, sha256: str, size: int, cache_dir: Path) -> Picture:
    """Read or draw the thumbnail (worker thread)."""
    try:
        png = cached_png(cache_dir, sha256, size).read_bytes()
    except OSError:
        try:
            png = draw_thumbnail(local_copy(store, sha256), size, cache_dir)
        except (FileFormatError, StorageError, OSError) as error:
            return Picture(sha256, size, None, str(error))
    image = QImage.fromData(png, "PNG")
    if image.isNull():
        return Picture(sha256, size, None, "The picture could not be decoded.")
    return Picture(sha256, size, image)


class ThumbnailLoader(QObject):
    """Asks for pictures once each; :attr:`ready` says when one arrived."""

    ready = Signal(object)  # Picture

    def __init__(self, runner: Runner, cache_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.cache_dir = cache_dir
        self._pixmaps: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()
        self._problems: dict[tuple[str, int], str] = {}
        self._pending: set[tuple[str, int]] = set()

    def pixmap(self, sha256: str, size: int) -> QPixmap | None:
        """The picture if it is loaded already."""
        key = (sha256, size)
        found = self._pixmaps.get(key)
        if found is not None:
            self._pixmaps.move_to_end(key)
        return found

    def problem(self, sha256: str, size: int) -> str:
        """Why there is no picture ('' when unknown or loaded)."""
        return self._problems.get((sha256, size), "")

    def request(self, store: ObjectStore, sha256: str, size: int) -> bool:
        """Start loading unless loaded, failed or on its way; True when work started."""
        key = (sha256, size)
        if key in self._pixmaps or key in self._problems or key in self._pending:
            return False
        self._pending.add(key)
        self.runner.run(
            lambda: load_picture(store, sha256, size, self.cache_dir),
            self._on_loaded,
            lambda error: self._on_loaded(Picture(sha256, size, None, str(error))),
            lane=Lane.BACKGROUND,
        )
        return True

    def _on_loaded(self, picture: Picture) -> None:
        key = (picture.sha256, picture.size)
        self._pending.discard(key)
        if picture.image is None:
            self._problems[key] = picture.problem
        else:
            self._pixmaps[key] = QPixmap.fromImage(picture.image)
            while len(self._pixmaps) > MEMORY_ITEMS:
                self._pixmaps.popitem(last=False)
        self.ready.emit(picture)
