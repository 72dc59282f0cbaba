"""Start-up to a usable window, from source and frozen, and the bundle's size.

Run: python bench/bench_startup.py [path/to/frozen/TextileAssistant]
(default frozen path: build/dist/TextileAssistant/TextileAssistant, made by
`pyinstaller installer/textile_assistant.spec --distpath build/dist`).
Each run is a new process on a data folder set up beforehand (firm and demo
loaded), started with TEXTILE_ASSISTANT_EXIT_WHEN_READY=1 so it prints
`ready <CPU seconds>` and quits once the dashboard shows its data: wall time
to that line covers process start, imports, migrations check, window build
and the first page's load.
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


def measure(cmd: list[str], data_dir: Path, runs: int = 5) -> tuple[list[float], list[float]]:
    """(wall seconds until the app says `ready`, its CPU seconds then) per run.

    The app prints `ready <CPU seconds>` once the dashboard shows its data
    (app.quit_when_ready). Bytecode goes to a cache kept across runs (one
    warm-up run fills it), as an installed or frozen app has it.
    """
    cache = Path(tempfile.gettempdir()) / "textile-bench-pycache"
    # an installed or frozen app has its bytecode: a shell that says PYTHONDONTWRITEBYTECODE
    # would make every run compile the whole app again (1.8 s instead of 0.7 s here)
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "QT_QPA_PLATFORM": "offscreen",
        "TEXTILE_ASSISTANT_EXIT_WHEN_READY": "1",
        "PYTHONPYCACHEPREFIX": str(cache),
    }
    walls, cpus = [], []
    for run in range(runs + 1):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [*cmd, "--data-dir", str(data_dir)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        cpu = None
        for line in proc.stdout:
            if line.startswith("ready "):
                cpu = float(line.split()[1])
                wall = time.perf_counter() - t0
        proc.wait(timeout=120)
        if cpu is None:
            raise RuntimeError("the app never said ready")
        if run:  # the first run fills the bytecode cache
            walls.append(wall)
            cpus.append(cpu)
    return walls, cpus


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
        source, cpu = measure([sys.executable, "-m", "desktop_app"], data)
        print(
            f"from source, to ready (dashboard data shown): median {statistics.median(source):.2f} s wall, "
            f"{statistics.median(cpu):.2f} s CPU; best {min(source):.2f} s wall (target 0.8 s)"
        )
        print(f"load: {os.getloadavg()[0]:.1f} (1 min)")
        if frozen.exists():
            times, _cpu = measure([str(frozen)], data)
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
