"""Start-up to a usable window, from source and frozen, and the bundle's size.

Run: python bench/bench_startup.py [path/to/frozen/TextileAssistant]
(default frozen path: build/dist/TextileAssistant/TextileAssistant, made by
`pyinstaller installer/textile_assistant.spec --distpath build/dist`).
Each run is a new process on a data folder set up beforehand (firm and demo
loaded), started with TEXTILE_ASSISTANT_EXIT_WHEN_READY=1 so it quits once the
window is shown and the event loop idle: wall time covers process start,
imports, migrations check, window build and shutdown.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def measure(cmd: list[str], data_dir: Path, runs: int = 5) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TEXTILE_ASSISTANT_EXIT_WHEN_READY": "1"}
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(
            [*cmd, "--data-dir", str(data_dir)], env=env, check=True, capture_output=True, timeout=120
        )
        times.append(time.perf_counter() - t0)
    return times


def folder_size(path: Path) -> int:
    # PyInstaller links some libraries twice: count each file once, links not at all
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    frozen = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build/dist/TextileAssistant/TextileAssistant"
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        subprocess.run(
            [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "demo", "--here"],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        source = measure([sys.executable, "-m", "desktop_app"], data)
        print(
            f"from source: median {statistics.median(source):.2f} s, best {min(source):.2f} s (target < 2 s)"
        )
        if frozen.exists():
            times = measure([str(frozen)], data)
            print(
                f"frozen:      median {statistics.median(times):.2f} s, best {min(times):.2f} s (target < 2 s)"
            )
            print(f"frozen / source: {statistics.median(times) / statistics.median(source):.2f}")
            size = folder_size(frozen.parent)
            print(f"bundle size: {size / 1e6:.0f} MB (target < 150 MB)")
        else:
            print(f"no frozen build at {frozen}: build it with pyinstaller first")


if __name__ == "__main__":
    main()
