"""Benchmark: ``thumbnail()`` of a 1M-triangle binary STL at 512×512 with a cold cache,
against ``trimesh.load(process=True)`` alone and ``np.fromfile`` alone.

Run: ``.venv/bin/python benchmarks/bench_thumbnail.py``. The STL (a finely divided torus) is
written to a temporary folder. Reported: the first call in a fresh process (includes creating
the EGL context), later cold-cache calls in the same process, a whole ``python -c`` process,
and the numpy fallback renderer. Target (DESIGN.md): ≤ 0.5 s; f3d took 0.95 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from printshop_desktop.files import thumbnail
from printshop_desktop.files.mesh import STL_RECORD

REPEAT = 5


def torus_stl(path: Path, rings: int = 1000, sides: int = 500) -> int:
    """Write a torus of ``2 × rings × sides`` triangles as binary STL; return the count."""
    u = np.linspace(0, 2 * np.pi, rings, endpoint=False)
    v = np.linspace(0, 2 * np.pi, sides, endpoint=False)
    uu, vv = np.meshgrid(u, v, indexing="ij")
    big, small = 40.0, 15.0
    ripple = 1.0 + 0.04 * np.sin(12 * uu)  # some relief, so shading has something to show
    points = np.stack([
        (big + small * ripple * np.cos(vv)) * np.cos(uu),
        (big + small * ripple * np.cos(vv)) * np.sin(uu),
        small * ripple * np.sin(vv) + small,
    ], axis=-1).astype(np.float32)
    i, j = np.meshgrid(np.arange(rings), np.arange(sides), indexing="ij")
    a = points[i, j]
    b = points[(i + 1) % rings, j]
    c = points[(i + 1) % rings, (j + 1) % sides]
    d = points[i, (j + 1) % sides]
    triangles = np.concatenate([np.stack([a, b, c], -2).reshape(-1, 3, 3),
                                np.stack([a, c, d], -2).reshape(-1, 3, 3)])
    records = np.zeros(len(triangles), dtype=STL_RECORD)
    records["v"] = triangles
    with open(path, "wb") as handle:
        handle.write(b"torus".ljust(80))
        handle.write(np.uint32(len(triangles)).tobytes())
        records.tofile(handle)
    return len(triangles)


def timed(func: Callable[[], object], repeat: int = REPEAT) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        stl = base / "torus.stl"
        count = torus_stl(stl)
        print(f"mesh: {count:,} triangles, {stl.stat().st_size / 2**20:.1f} MiB binary STL")
        stl.read_bytes()  # page cache warm for every contender alike

        caches = iter(range(1000))
        first = timed(lambda: thumbnail(stl, 512, base / f"c{next(caches)}"), 1)[0]
        cold = timed(lambda: thumbnail(stl, 512, base / f"c{next(caches)}"))
        soft = timed(lambda: thumbnail(stl, 512, base / f"c{next(caches)}", renderer="soft"), 2)
        warm = timed(lambda: thumbnail(stl, 512, base / "c1"))
        png = thumbnail(stl, 512, base / "c1")
        Path(tempfile.gettempdir(), "bench_thumbnail_torus.png").write_bytes(png)

        script = ("import sys; from printshop_desktop.files import thumbnail; "
                  "thumbnail(sys.argv[1], 512, sys.argv[2])")
        process = timed(lambda: subprocess.run(
            [sys.executable, "-c", script, str(stl), str(base / f"p{next(caches)}")],
            check=True), 3)

        import trimesh

        fromfile = timed(lambda: np.fromfile(stl, dtype=STL_RECORD, offset=84))
        trimesh_load = timed(lambda: trimesh.load(stl, process=True), 3)

    ours = statistics.median(cold)
    rows = [
        ("thumbnail(), first call in process (EGL context made)", first),
        ("thumbnail(), cold cache, median", ours),
        ("thumbnail(), whole python process, median", statistics.median(process)),
        ("thumbnail(), numpy fallback renderer, median", statistics.median(soft)),
        ("thumbnail(), warm cache (sha256 + read), median", statistics.median(warm)),
        ("baseline np.fromfile alone, median", statistics.median(fromfile)),
        ("baseline trimesh.load(process=True) alone, median", statistics.median(trimesh_load)),
    ]
    for label, seconds in rows:
        print(f"{label:<58}{seconds:>8.3f} s   ratio to thumbnail(): {seconds / ours:6.2f}x")
    print(f"target <= 0.5 s: {'met' if ours <= 0.5 else 'NOT met'}; f3d reference 0.95 s")
    print(f"picture saved to {Path(tempfile.gettempdir(), 'bench_thumbnail_torus.png')}")


if __name__ == "__main__":
    main()
