"""Benchmark: ``inspect()`` on a 5 MB and a 500 MB G-code file takes the same time.

Builds both files in a temp folder from a real PrusaSlicer sample (its header and its config
footer, ``../shared/samples/gcode/prusaslicer.gcode``) around generated moves, then times
``inspect()`` (head and tail windows only) against a baseline in the same process: reading
the whole file once (what a full-file parser must at least do). Prints figures and ratios.

    .venv/bin/python benchmarks/bench_metadata_large.py [--big-mb 500]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from printshop_desktop.files import inspect

SAMPLE = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "samples"
    / "gcode"
    / "prusaslicer.gcode"
)


def build(path: Path, sample: bytes, megabytes: int) -> Path:
    """Header (up to the first move) + generated moves + the sample's config footer."""
    split = sample.index(b"\nG1 ")
    last_move = sample.rindex(b"\nG1 ")
    footer_at = sample.index(b"\n", last_move + 1) + 1  # everything after the last move
    block = b"".join(
        b"G1 X%.3f Y%.3f E%.5f\r\n" % (100 + (i % 500) * 0.1, 100 + (i % 300) * 0.1, 0.01)
        for i in range(20000)
    )
    with path.open("wb") as out:
        out.write(sample[: split + 1])
        written = 0
        while written < megabytes * 1024 * 1024:
            out.write(block)
            written += len(block)
        out.write(sample[footer_at:])
    return path


def median_ms(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small-mb", type=int, default=5)
    parser.add_argument("--big-mb", type=int, default=500)
    args = parser.parse_args()
    if not SAMPLE.is_file():
        raise SystemExit(f"sample missing: {SAMPLE}")
    sample = SAMPLE.read_bytes()
    with tempfile.TemporaryDirectory() as folder:
        small = build(Path(folder) / "small.gcode", sample, args.small_mb)
        big = build(Path(folder) / "big.gcode", sample, args.big_mb)
        truth = inspect(SAMPLE)
        for path in (small, big):
            info = inspect(path)
            assert info.estimated_time_s == truth.estimated_time_s, "footer fields lost"
        small_ms = median_ms(lambda: inspect(small), 21)
        big_ms = median_ms(lambda: inspect(big), 21)

        def read_all() -> None:
            with big.open("rb") as handle:
                while handle.read(1 << 20):
                    pass

        read_ms = median_ms(read_all, 3)
        sizes = (small.stat().st_size / 1e6, big.stat().st_size / 1e6)
    print("inspect() on generated G-code (PrusaSlicer header and footer around moves):")
    print(f"  {args.small_mb:>4} MB ({sizes[0]:.0f} MB on disk): {small_ms:7.2f} ms median")
    target = f"(target: the same as {args.small_mb} MB, <= 5 ms)"
    print(f"  {args.big_mb:>4} MB ({sizes[1]:.0f} MB on disk): {big_ms:7.2f} ms median {target}")
    print(f"  ratio {args.big_mb} MB / {args.small_mb} MB: {big_ms / small_ms:.2f}x")
    print(
        f"  baseline, reading the {args.big_mb} MB file once (warm cache): {read_ms:8.1f} ms "
        f"({read_ms / big_ms:.0f}x inspect)"
    )


if __name__ == "__main__":
    main()
