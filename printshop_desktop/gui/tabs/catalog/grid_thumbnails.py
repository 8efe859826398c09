"""Thumbnails for the catalog grid: asked for by the cards painted, loaded in workers.

The grid's delegate calls :meth:`GridThumbnails.pixmap` while painting a card; a miss is noted
and, after a short pause (so a fast scroll does not queue hundreds of files), the cards still
on screen are loaded through a :class:`~printshop_desktop.gui.files.thumbnail_loader.
ThumbnailLoader` in the background lane. Pictures are kept scaled to the card, in a bounded
cache; a file without a picture stays a placeholder.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap

from ...files.file_store import FileStore
from ...files.thumbnail_loader import Picture, ThumbnailLoader
from ...runner import Runner

LOAD_SIZE = 256  # the size imports render into the cache, so most loads are a file read
CACHE_ITEMS = 600
SETTLE_MS = 60

IsVisible = Callable[[QPersistentModelIndex], bool]


class GridThumbnails(QObject):
    """Scaled cover pictures by sha256; :attr:`arrived` fires when one is ready."""

    arrived = Signal(str)  # sha256

    def __init__(
        self, runner: Runner, cache_dir: Path, side: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.side = side
        self.loader = ThumbnailLoader(runner, cache_dir, self)
        self.loader.ready.connect(self._on_ready)
        self.file_store: FileStore | None = None
        self.is_visible: IsVisible = lambda _index: True
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._missing: set[str] = set()
        self._wanted: dict[str, QPersistentModelIndex] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.load_wanted)

    def use_file_store(self, file_store: FileStore) -> None:
        """Read files through ``file_store`` (asked again when it opens or changes)."""
        self.file_store = file_store
        file_store.changed.connect(self._on_store_changed)
        if self._wanted:
            self._timer.start()

    def pixmap(self, sha256: str, index: QPersistentModelIndex) -> QPixmap | None:
        """The picture if loaded; otherwise note that the card at ``index`` wants it."""
        found = self._pixmaps.get(sha256)
        if found is not None:
            self._pixmaps.move_to_end(sha256)
            return found
        if sha256 not in self._missing and sha256 not in self._wanted:
            self._wanted[sha256] = index
            if not self._timer.isActive():
                self._timer.start()
        return None

    def missing(self, sha256: str) -> bool:
        """True when the file has no picture to show (or could not be read)."""
        return sha256 in self._missing

    def load_wanted(self) -> int:
        """Start loading the wanted pictures whose cards are still on screen; returns how many."""
        store = self.file_store.store if self.file_store is not None else None
        if store is None:
            return 0
        wanted, self._wanted = self._wanted, {}
        started = 0
        for sha256, index in wanted.items():
            if not (index.isValid() and self.is_visible(index)):
                continue
            if self.loader.request(store, sha256, LOAD_SIZE):
                started += 1
                continue
            loaded = self.loader.pixmap(sha256, LOAD_SIZE)  # in the loader's own cache
            if loaded is not None or self.loader.problem(sha256, LOAD_SIZE):
                image = loaded.toImage() if loaded is not None else None
                self._on_ready(Picture(sha256, LOAD_SIZE, image))
        return started

    def stop(self) -> None:
        """Stop the timer and forget what was wanted (window closing)."""
        self._timer.stop()
        self._wanted.clear()

    def _on_ready(self, picture: Picture) -> None:
        if picture.size != LOAD_SIZE:
            return
        if picture.image is None:
            self._missing.add(picture.sha256)
        else:
            scaled = picture.image.scaled(
                self.side,
                self.side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self._pixmaps[picture.sha256] = QPixmap.fromImage(scaled)
            while len(self._pixmaps) > CACHE_ITEMS:
                self._pixmaps.popitem(last=False)
        self.arrived.emit(picture.sha256)

    def _on_store_changed(self) -> None:
        self._missing.clear()  # a new store may hold what the old one lacked
        self.arrived.emit("")
