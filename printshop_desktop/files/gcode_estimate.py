"""Estimate print time and filament by reading every move of an ASCII G-code file.

For files whose slicer wrote no estimate. It streams the whole file, so it belongs in a worker
thread: it checks ``cancel()`` every chunk and reports ``progress(fraction)``. The time is the
sum of move length / feed rate plus dwells, ignoring acceleration, so it is a lower bound
(real prints usually take 10–30 % longer). ``inspect`` never calls this.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .detect import Kind, sniff
from .errors import UnsupportedFormat

CHUNK = 1024 * 1024


class Cancelled(Exception):
    """The caller asked the estimate to stop."""


@dataclass(frozen=True)
class GcodeEstimate:
    """Result of a full-file estimate: seconds, and filament millimetres per tool."""

    estimated_time_s: int
    filament_used_mm: float
    used_mm_by_tool: dict[int, float] = field(default_factory=dict)
    moves: int = 0


@dataclass
class _State:
    pos: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    e: float = 0.0
    feed: float = 1500.0  # mm/min until the file sets one
    absolute: bool = True
    absolute_e: bool = True
    tool: int = 0
    seconds: float = 0.0
    moves: int = 0
    used: dict[int, float] = field(default_factory=dict)


def _words(code: str) -> dict[str, float]:
    words: dict[str, float] = {}
    for token in code.split()[1:]:
        try:
            words[token[0].upper()] = float(token[1:])
        except (ValueError, IndexError):
            continue
    return words


def _move(state: _State, cmd: str, w: dict[str, float]) -> None:
    if "F" in w and w["F"] > 0:
        state.feed = w["F"]
    start = list(state.pos)
    for axis, i in (("X", 0), ("Y", 1), ("Z", 2)):
        if axis in w:
            state.pos[i] = w[axis] if state.absolute else state.pos[i] + w[axis]
    dx, dy, dz = (state.pos[i] - start[i] for i in range(3))
    if cmd in ("G2", "G3") and ("I" in w or "J" in w or "R" in w):
        radius = w.get("R") or math.hypot(w.get("I", 0.0), w.get("J", 0.0))
        chord = math.hypot(dx, dy)
        angle = 2 * math.asin(min(1.0, chord / (2 * radius))) if radius > 0 else 0.0
        if chord < 1e-9:
            angle = 2 * math.pi  # full circle
        distance = math.hypot(radius * angle, dz)
    else:
        distance = math.sqrt(dx * dx + dy * dy + dz * dz)
    if "E" in w:
        delta = w["E"] - state.e if state.absolute_e else w["E"]
        state.e = w["E"] if state.absolute_e else state.e + w["E"]
        # Net sum: a retraction and the prime that follows cancel out.
        state.used[state.tool] = state.used.get(state.tool, 0.0) + delta
        distance = distance or abs(delta)
    state.seconds += distance / (state.feed / 60.0)
    state.moves += 1


def _line(state: _State, line: str) -> None:
    code = line.split(";", 1)[0].strip()
    if not code:
        return
    cmd = code.split(None, 1)[0].upper()
    if cmd in ("G0", "G1", "G2", "G3"):
        _move(state, cmd, _words(code))
    elif cmd == "G90":
        state.absolute = state.absolute_e = True
    elif cmd == "G91":
        state.absolute = state.absolute_e = False
    elif cmd == "M82":
        state.absolute_e = True
    elif cmd == "M83":
        state.absolute_e = False
    elif cmd == "G92":
        w = _words(code)
        state.e = w.get("E", state.e)
        for axis, i in (("X", 0), ("Y", 1), ("Z", 2)):
            state.pos[i] = w.get(axis, state.pos[i])
    elif cmd == "G4":
        w = _words(code)
        state.seconds += w.get("S", 0.0) + w.get("P", 0.0) / 1000.0
    elif cmd[0] == "T" and cmd[1:].isdigit():
        state.tool = int(cmd[1:])


def estimate_gcode_full(
    path: str | os.PathLike[str],
    cancel: Callable[[], bool] | None = None,
    progress: Callable[[float], None] | None = None,
) -> GcodeEstimate:
    """Walk every line of an ASCII G-code file; raise ``Cancelled`` if ``cancel()`` is true."""
    file = Path(path)
    if sniff(file) is not Kind.GCODE:
        raise UnsupportedFormat(f"{file.name} is not an ASCII G-code file")
    size = os.path.getsize(file) or 1
    state = _State()
    done = 0
    rest = b""
    with open(file, "rb") as handle:
        while chunk := handle.read(CHUNK):
            if cancel is not None and cancel():
                raise Cancelled(f"estimate of {file.name} cancelled")
            lines = (rest + chunk).split(b"\n")
            rest = lines.pop()
            for raw in lines:
                _line(state, raw.decode("utf-8", errors="replace"))
            done += len(chunk)
            if progress is not None:
                progress(done / size)
        if rest:
            _line(state, rest.decode("utf-8", errors="replace"))
    used = {tool: round(max(mm, 0.0), 2) for tool, mm in sorted(state.used.items())}
    return GcodeEstimate(
        estimated_time_s=round(state.seconds),
        filament_used_mm=round(sum(used.values()), 2),
        used_mm_by_tool=used,
        moves=state.moves,
    )
