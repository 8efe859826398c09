"""``printshop inspect FILE... [--json]`` and ``printshop thumbnail FILE -o OUT.png``.

The readers (numpy, Pillow, moderngl) are imported when a command runs, so that
``printshop --help`` and the other commands start fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..files import FileInfo


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``inspect`` and ``thumbnail`` commands."""
    inspect = subparsers.add_parser(
        "inspect", help="show what a G-code, 3MF, STL or OBJ file says (time, filament, size)"
    )
    inspect.add_argument("files", nargs="+", type=Path, metavar="FILE")
    inspect.add_argument("--json", action="store_true", help="one JSON object per line")
    inspect.set_defaults(func=run_inspect)
    thumb = subparsers.add_parser("thumbnail", help="write a PNG picture of a file")
    thumb.add_argument("file", type=Path, metavar="FILE")
    thumb.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.png")
    thumb.add_argument("--size", type=int, default=512, help="width and height in pixels")
    thumb.set_defaults(func=run_thumbnail)


def run_inspect(args: argparse.Namespace) -> int:
    """Report every file; a file that cannot be read gets one line on stderr."""
    from ..files import FileFormatError, inspect

    failed = False
    for path in args.files:
        try:
            info = inspect(path)
        except FileFormatError as error:
            print(_reason(path, error), file=sys.stderr)
            failed = True
            continue
        if args.json:
            print(json.dumps({"file": str(path), **info.to_dict()}, ensure_ascii=False))
        else:
            print(describe(path, info))
    return 1 if failed else 0


def run_thumbnail(args: argparse.Namespace) -> int:
    """Write the thumbnail PNG of one file."""
    from ..files import FileFormatError, thumbnail

    try:
        png = thumbnail(args.file, size=args.size)
    except (FileFormatError, ValueError) as error:
        print(_reason(args.file, error), file=sys.stderr)
        return 1
    try:
        args.output.write_bytes(png)
    except OSError as error:
        print(f"{args.output}: cannot write ({error.strerror})", file=sys.stderr)
        return 1
    return 0


def _reason(path: Path, error: Exception) -> str:
    """One line naming the file (by the path the user typed) and what is wrong with it."""
    message = str(error).replace("\n", " ")
    if path.name and path.name in message:
        return message.replace(path.name, str(path), 1)
    return f"{path}: {message}"


def _duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h {minutes:02d}m {secs:02d}s" if hours else f"{minutes}m {secs:02d}s"


def _tool_line(tool: object) -> str:
    from ..files import ToolInfo

    assert isinstance(tool, ToolInfo)
    parts = [f"T{tool.index}"]
    parts += [p for p in (tool.type, tool.colour, tool.name) if p]
    if tool.used_g is not None:
        parts.append(f"{tool.used_g:g} g")
    if tool.used_mm is not None:
        parts.append(f"{tool.used_mm / 1000:.2f} m")
    return " ".join(parts)


def describe(path: Path, info: FileInfo) -> str:
    """A few readable lines about one file (unknown fields left out)."""
    lines = [f"{path}  [{info.format.value}]"]

    def add(label: str, value: object) -> None:
        if value is not None:
            lines.append(f"  {label:<14}{value}")

    slicer = " ".join(p for p in (info.slicer, info.slicer_version) if p) or None
    add("slicer", slicer)
    add("printer", info.printer_model)
    add("nozzle", f"{info.nozzle_diameter_mm:g} mm" if info.nozzle_diameter_mm else None)
    add("layer height", f"{info.layer_height_mm:g} mm" if info.layer_height_mm else None)
    add("print time", _duration(info.estimated_time_s) if info.estimated_time_s else None)
    add("filament", f"{info.filament_used_g:g} g" if info.filament_used_g is not None else None)
    add("filament len", f"{info.filament_used_mm / 1000:.2f} m"
        if info.filament_used_mm is not None else None)
    for tool in info.tools:
        add("tool", _tool_line(tool))
    for plate in info.plates:
        time = _duration(plate.estimated_time_s) if plate.estimated_time_s else "?"
        grams = f"{plate.filament_used_g:g} g" if plate.filament_used_g is not None else "? g"
        add("plate", f"{plate.index}: {time}, {grams}")
    if info.thumbnails:
        add("thumbnails", ", ".join(f"{t.width}x{t.height} {t.format}" for t in info.thumbnails))
    if info.mesh is not None:
        add("triangles", f"{info.mesh.triangles:,}")
        if info.mesh.size_mm is not None:
            add("size", " x ".join(f"{s:g}" for s in info.mesh.size_mm) + " mm")
        add("volume", f"{info.mesh.volume_mm3 / 1000:.2f} cm³"
            if info.mesh.volume_mm3 is not None else None)
    return "\n".join(lines)
