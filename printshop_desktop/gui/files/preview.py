"""The picture area of a file card: its thumbnail, and on demand an interactive 3D view.

"Show 3D" loads the mesh in the background lane and shows it in a :class:`MeshView`. Where Qt
has no OpenGL (offscreen, some remote desktops) it shows a larger rendered picture instead and
says why. Nothing is loaded for a file the user has not selected.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPixmap

from ... import files
from ...services.model_files import ModelFileRow
from ...storage import ObjectStore
from ..forms.ui_model_files_panel import Ui_ModelFilesPanel
from ..runner import Lane, Runner
from .file_access import local_copy
from .mesh_view import MeshView, flat_vertices, gl_available
from .thumbnail_loader import Picture, ThumbnailLoader

if TYPE_CHECKING:  # numpy loads with the first 3D view, not with the window
    import numpy as np

CARD_SIZE = 256
LARGE_SIZE = 512
PICTURE_PAGE, VIEWER_PAGE = 0, 1
NO_GL_NOTE = "A 3D view needs OpenGL, which this screen does not offer; showing a rendered picture."


@dataclass(frozen=True)
class MeshData:
    """A mesh ready for the GPU, for one file."""

    sha256: str
    data: np.ndarray
    radius: float


def load_mesh(store: ObjectStore, sha256: str) -> MeshData:
    """Worker: read the mesh and lay it out for the view."""
    vertices, faces = files.load_mesh_arrays(local_copy(store, sha256))
    data, radius = flat_vertices(vertices, faces)
    return MeshData(sha256, data, radius)


class PreviewArea(QObject):
    """Drives the preview widgets of the files form (it owns no widgets but the 3D view)."""

    def __init__(
        self,
        ui: Ui_ModelFilesPanel,
        runner: Runner,
        thumbnails: ThumbnailLoader,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.runner = runner
        self.thumbnails = thumbnails
        self.store: ObjectStore | None = None
        self.row: ModelFileRow | None = None
        self.view: MeshView | None = None
        self.size = CARD_SIZE
        thumbnails.ready.connect(self._on_picture)
        ui.show3dButton.clicked.connect(self.show_3d)
        ui.resetViewButton.clicked.connect(self.reset_view)
        self.show_file(None, None)

    def show_file(self, row: ModelFileRow | None, store: ObjectStore | None) -> None:
        """Show ``row``'s thumbnail (loaded if needed); the 3D view waits for the button."""
        self.row, self.store, self.size = row, store, CARD_SIZE
        ui = self.ui
        ui.previewStack.setCurrentIndex(PICTURE_PAGE)
        ui.previewNote.setText("")
        ui.resetViewButton.setEnabled(False)
        has_mesh = bool(row and row.summary.triangles)
        ui.show3dButton.setEnabled(has_mesh)
        ui.show3dButton.setToolTip(
            "Rotate (drag), zoom (wheel) and pan (right-drag) the model."
            if has_mesh
            else "Only model files (STL, OBJ, 3MF with a mesh) have a 3D view."
        )
        self._show_picture()

    def show_3d(self) -> None:
        """The interactive view, or the large picture where OpenGL is missing."""
        row, store = self.row, self.store
        if row is None or store is None:
            return
        if not gl_available():
            self.size = LARGE_SIZE
            self.ui.previewNote.setText(NO_GL_NOTE)
            self._show_picture()
            return
        self.ui.previewNote.setText("Loading the model…")
        sha = row.sha256
        self.runner.run(
            lambda: load_mesh(store, sha), self._on_mesh, self._on_mesh_error, lane=Lane.BACKGROUND
        )

    def reset_view(self) -> None:
        """Back to the start view."""
        if self.view is not None:
            self.view.reset_view()

    def showing_3d(self) -> bool:
        """True while the interactive view is on show."""
        return self.ui.previewStack.currentIndex() == VIEWER_PAGE

    def _show_picture(self) -> None:
        label, row = self.ui.thumbnailLabel, self.row
        label.setPixmap(QPixmap())
        if row is None or self.store is None:
            label.setText("")
            return
        pixmap = self.thumbnails.pixmap(row.sha256, self.size)
        if pixmap is not None:
            self._set_pixmap(pixmap)
            return
        problem = self.thumbnails.problem(row.sha256, self.size)
        label.setText(f"No picture: {problem}" if problem else "Loading the picture…")
        if not problem:
            self.thumbnails.request(self.store, row.sha256, self.size)

    def _set_pixmap(self, pixmap: QPixmap) -> None:
        label = self.ui.thumbnailLabel
        side = min(label.height(), label.width(), pixmap.width()) or pixmap.width()
        label.setText("")
        label.setPixmap(
            pixmap.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _on_picture(self, picture: Picture) -> None:
        if self.row is not None and (picture.sha256, picture.size) == (self.row.sha256, self.size):
            self._show_picture()

    def _on_mesh(self, mesh: MeshData) -> None:
        if self.row is None or mesh.sha256 != self.row.sha256:
            return
        if self.view is None:
            self.view = MeshView(self.ui.viewerPage)
            self.ui.viewerLayout.addWidget(self.view)
        self.view.set_mesh(mesh.data, mesh.radius)
        self.ui.previewStack.setCurrentIndex(VIEWER_PAGE)
        self.ui.previewNote.setText("Drag to rotate · wheel to zoom · right-drag to pan")
        self.ui.resetViewButton.setEnabled(True)

    def _on_mesh_error(self, error: Exception) -> None:
        self.ui.previewNote.setText(f"The model could not be shown: {error}")
