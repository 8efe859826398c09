"""An interactive 3D view of a mesh: QOpenGLWidget with one small shader (no PyOpenGL needed).

Drag to rotate, wheel to zoom, right- or middle-drag (or Shift-drag) to pan, double-click or
:meth:`MeshView.reset_view` to go back to the isometric start. Flat shading from face normals
with two lights, like the rendered thumbnails. The mesh arrives as one interleaved float32
array (position + normal per corner) built in a worker by :func:`flat_vertices`.

:func:`gl_available` tells whether Qt can make an OpenGL context here at all; where it can't
(the offscreen platform, remote desktops without GL) the caller shows a picture instead and
never creates this widget, so no Qt warning is printed.
"""

from __future__ import annotations

import math
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QMatrix4x4,
    QMouseEvent,
    QOpenGLContext,
    QOpenGLFunctions,
    QVector3D,
    QWheelEvent,
)
from PySide6.QtOpenGL import QOpenGLBuffer, QOpenGLShader, QOpenGLShaderProgram
from PySide6.QtOpenGLWidgets import QOpenGLWidget
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # numpy loads with the first 3D view, not with the window
    import numpy as np

GL_COLOR_BUFFER_BIT, GL_DEPTH_BUFFER_BIT = 0x4000, 0x100
GL_DEPTH_TEST, GL_TRIANGLES, GL_FLOAT = 0x0B71, 0x0004, 0x1406
START_YAW, START_PITCH = -45.0, 30.0

VERTEX_SHADER = """
attribute highp vec3 position;
attribute highp vec3 normal;
uniform highp mat4 mvp;
uniform highp mat4 model;
varying highp vec3 v_normal;
void main() {
    v_normal = normalize((model * vec4(normal, 0.0)).xyz);
    gl_Position = mvp * vec4(position, 1.0);
}
"""
FRAGMENT_SHADER = """
varying highp vec3 v_normal;
uniform lowp vec3 colour;
void main() {
    highp vec3 n = normalize(v_normal);
    highp float key = max(dot(n, normalize(vec3(0.4, -0.5, 0.8))), 0.0);
    highp float fill = max(dot(n, normalize(vec3(-0.6, 0.4, 0.3))), 0.0);
    gl_FragColor = vec4(colour * (0.30 + 0.65 * key + 0.25 * fill), 1.0);
}
"""


@cache
def gl_available() -> bool:
    """True when Qt can create an OpenGL context on this platform (checked once, silently)."""
    context = QOpenGLContext()
    return bool(context.create())


def flat_vertices(vertices: np.ndarray, faces: np.ndarray) -> tuple[np.ndarray, float]:
    """Interleaved position+normal per triangle corner, centred; and the bounding radius."""
    import numpy as np

    corners = vertices[faces].astype(np.float32)  # (m, 3, 3)
    centre = (vertices.min(axis=0) + vertices.max(axis=0)) / 2 if len(vertices) else 0
    corners -= np.asarray(centre, dtype=np.float32)
    normals = np.cross(corners[:, 1] - corners[:, 0], corners[:, 2] - corners[:, 0])
    lengths = np.linalg.norm(normals, axis=1, keepdims=True)
    normals = np.divide(normals, lengths, out=np.zeros_like(normals), where=lengths > 0)
    data = np.empty((len(faces), 3, 6), dtype=np.float32)
    data[:, :, :3] = corners
    data[:, :, 3:] = normals[:, None, :]
    radius = float(np.linalg.norm(corners.reshape(-1, 3), axis=1).max()) if len(faces) else 1.0
    return data.reshape(-1, 6), max(radius, 1e-3)


class MeshView(QOpenGLWidget):
    """Shows one mesh; rotate, zoom, pan and reset with the mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(160, 160)
        self.setToolTip(
            "Drag to rotate · wheel to zoom · right-drag to pan · double-click to reset"
        )
        self._data: np.ndarray | None = None
        self._radius = 1.0
        self._count = 0
        self._dirty = False
        self._program: QOpenGLShaderProgram | None = None
        self._buffer: QOpenGLBuffer | None = None
        self._gl: QOpenGLFunctions | None = None
        self._last = QPointF()
        self.reset_view()

    # -- public ------------------------------------------------------------------------

    def set_mesh(self, data: np.ndarray, radius: float) -> None:
        """Show ``data`` from :func:`flat_vertices` (uploaded at the next paint)."""
        import numpy as np

        self._data, self._radius = np.ascontiguousarray(data, dtype=np.float32), radius
        self._count = len(data)
        self._dirty = True
        self.reset_view()

    def reset_view(self) -> None:
        """Back to the isometric start, whole model in view."""
        self.yaw, self.pitch, self.zoom = START_YAW, START_PITCH, 1.0
        self.pan = QPointF(0.0, 0.0)
        self.update()

    def camera(self) -> tuple[float, float, float, float, float]:
        """``(yaw, pitch, zoom, pan x, pan y)`` (tests)."""
        return self.yaw, self.pitch, self.zoom, self.pan.x(), self.pan.y()

    # -- GL ----------------------------------------------------------------------------

    def initializeGL(self) -> None:
        """Compile the shader once the context exists."""
        self._gl = self.context().functions()
        program = QOpenGLShaderProgram(self)
        program.addShaderFromSourceCode(QOpenGLShader.ShaderTypeBit.Vertex, VERTEX_SHADER)
        program.addShaderFromSourceCode(QOpenGLShader.ShaderTypeBit.Fragment, FRAGMENT_SHADER)
        program.bindAttributeLocation("position", 0)
        program.bindAttributeLocation("normal", 1)
        program.link()
        self._program = program
        self._buffer = QOpenGLBuffer(QOpenGLBuffer.Type.VertexBuffer)
        self._buffer.create()
        self._gl.glEnable(GL_DEPTH_TEST)
        self._gl.glClearColor(0.96, 0.96, 0.96, 1.0)
        self._dirty = self._data is not None

    def paintGL(self) -> None:
        """Clear, upload a new mesh if any, draw."""
        gl, program, buffer = self._gl, self._program, self._buffer
        if gl is None or program is None or buffer is None:
            return
        gl.glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT)
        if self._data is None:
            return
        buffer.bind()
        if self._dirty:
            buffer.allocate(self._data.tobytes(), self._data.nbytes)
            self._dirty = False
        program.bind()
        model, mvp = self._matrices()
        program.setUniformValue("mvp", mvp)
        program.setUniformValue("model", model)
        program.setUniformValue("colour", QVector3D(0.95, 0.49, 0.10))
        program.enableAttributeArray(0)
        program.enableAttributeArray(1)
        program.setAttributeBuffer(0, GL_FLOAT, 0, 3, 24)
        program.setAttributeBuffer(1, GL_FLOAT, 12, 3, 24)
        gl.glDrawArrays(GL_TRIANGLES, 0, self._count)
        program.disableAttributeArray(0)
        program.disableAttributeArray(1)
        program.release()
        buffer.release()

    def _matrices(self) -> tuple[QMatrix4x4, QMatrix4x4]:
        model = QMatrix4x4()
        model.rotate(self.pitch - 90.0, 1.0, 0.0, 0.0)  # Z up, seen from above the horizon
        model.rotate(self.yaw, 0.0, 0.0, 1.0)
        view = QMatrix4x4()
        distance = self._radius * 2.6 / self.zoom
        view.translate(self.pan.x() * self._radius, self.pan.y() * self._radius, -distance)
        projection = QMatrix4x4()
        aspect = self.width() / max(1, self.height())
        projection.perspective(35.0, aspect, distance / 100, distance + self._radius * 4)
        return model, projection * view * model

    # -- mouse -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Remember where a drag starts."""
        self._last = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Left-drag rotates; right, middle or Shift-drag pans."""
        delta = event.position() - self._last
        self._last = event.position()
        buttons, shift = event.buttons(), event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if buttons & (Qt.MouseButton.RightButton | Qt.MouseButton.MiddleButton) or (
            buttons & Qt.MouseButton.LeftButton and shift
        ):
            scale = 2.0 / max(1, self.height()) / self.zoom
            self.pan += QPointF(delta.x() * scale, -delta.y() * scale)
        elif buttons & Qt.MouseButton.LeftButton:
            self.yaw = (self.yaw + delta.x() * 0.5) % 360
            self.pitch = max(-89.0, min(89.0, self.pitch + delta.y() * 0.5))
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Zoom around the centre."""
        steps = event.angleDelta().y() / 120
        self.zoom = max(0.2, min(20.0, self.zoom * math.pow(1.15, steps)))
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-click resets the view."""
        self.reset_view()
