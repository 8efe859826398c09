"""Render a mesh thumbnail with OpenGL through an offscreen EGL context (no X server).

Mesa's llvmpipe is enough. Normals come from screen-space derivatives in the fragment shader,
so flat shading needs no per-face normal array and a triangle soup uploads as-is. One context
is kept per thread (creating one costs ~0.1–0.3 s). Edges are smoothed by drawing at twice the
size and scaling down.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
from PIL import Image

from .camera import AMBIENT, BASE_COLOUR, FILL_LIGHT, KEY_LIGHT, fit_camera
from .images import downscale
from .mesh import MeshArrays, bounds

SUPERSAMPLE = 2  # drawn at twice the size and box-filtered: on llvmpipe this is
# about twice as fast as 4× MSAA for million-triangle meshes, and as smooth
MAX_TARGET = 4096
_local = threading.local()

_VERTEX = """
#version 330
in vec3 in_pos;
uniform mat4 ndc;
uniform mat4 view;
out vec3 v_view;
void main() {
    gl_Position = ndc * vec4(in_pos, 1.0);
    v_view = (view * vec4(in_pos, 1.0)).xyz;
}
"""
_FRAGMENT = """
#version 330
in vec3 v_view;
uniform vec3 base;
uniform vec3 key_dir;
uniform vec3 fill_dir;
uniform vec3 strengths;  // ambient, key, fill
out vec4 colour;
void main() {
    vec3 n = normalize(cross(dFdx(v_view), dFdy(v_view)));
    if (n.z < 0.0) n = -n;
    float light = strengths.x + strengths.y * max(dot(n, key_dir), 0.0)
                + strengths.z * max(dot(n, fill_dir), 0.0);
    colour = vec4(min(base * light, vec3(1.0)), 1.0);
}
"""


class GLUnavailable(RuntimeError):
    """No OpenGL 3.3 context could be made here; the caller falls back to software."""


def _context() -> tuple[Any, Any]:
    cached: tuple[Any, Any] | None = getattr(_local, "gl", None)
    if cached is not None:
        return cached
    try:
        import moderngl

        ctx = moderngl.create_standalone_context(
            backend="egl", require=330)  # type: ignore[arg-type]  # stub says dict
        program = ctx.program(vertex_shader=_VERTEX, fragment_shader=_FRAGMENT)
    except Exception as exc:  # moderngl raises plain Exception for every EGL failure
        raise GLUnavailable(str(exc)) from exc
    _local.gl = (ctx, program)
    return ctx, program


def available() -> bool:
    """True if an offscreen OpenGL context can be created in this thread."""
    try:
        _context()
    except GLUnavailable:
        return False
    return True


def render_gl(mesh: MeshArrays, size: int) -> Image.Image:
    """Draw ``mesh`` into a ``size``×``size`` RGBA image on a transparent background."""
    import moderngl

    ctx, program = _context()
    low, high = bounds(mesh.vertices)
    camera = fit_camera(low, high)
    program["ndc"].write(camera.ndc_matrix().T.astype("f4").tobytes())
    program["view"].write(camera.view_matrix().T.astype("f4").tobytes())
    program["base"].value = BASE_COLOUR
    program["key_dir"].value = tuple(KEY_LIGHT[0])
    program["fill_dir"].value = tuple(FILL_LIGHT[0])
    program["strengths"].value = (AMBIENT, KEY_LIGHT[1], FILL_LIGHT[1])
    resources: list[Any] = []
    try:
        vbo = ctx.buffer(np.ascontiguousarray(mesh.vertices, dtype="f4"))
        resources.append(vbo)
        ibo = None
        if mesh.faces is not None:
            ibo = ctx.buffer(np.ascontiguousarray(mesh.faces, dtype="u4"))
            resources.append(ibo)
        vao = ctx.vertex_array(program, [(vbo, "3f", "in_pos")], index_buffer=ibo,
                               index_element_size=4)
        resources.append(vao)
        factor = SUPERSAMPLE if size * SUPERSAMPLE <= MAX_TARGET else 1
        width = size * factor
        colour = ctx.renderbuffer((width, width), 4)
        depth = ctx.depth_renderbuffer((width, width))
        target = ctx.framebuffer(color_attachments=[colour], depth_attachment=depth)
        resources += [colour, depth, target]
        target.use()
        ctx.enable(moderngl.DEPTH_TEST)
        ctx.disable(moderngl.CULL_FACE)
        ctx.clear(0.0, 0.0, 0.0, 0.0)
        vao.render(moderngl.TRIANGLES)
        pixels = target.read(components=4)
    finally:
        for resource in reversed(resources):
            resource.release()
    rgba = np.frombuffer(pixels, dtype=np.uint8).reshape(width, width, 4)[::-1]
    image = Image.fromarray(np.ascontiguousarray(rgba), "RGBA")
    return downscale(image, factor) if factor > 1 else image
