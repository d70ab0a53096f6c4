"""``make bench``: every benchmark for the issues' targets, one after the other."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
SCRIPTS = [
    ["throughput.py"],
    ["quality.py", "--newspaper4k"],
    ["analysis_cost.py", "--newspaper4k"],
    ["recrawl.py"],
    ["latency.py"],
]

if __name__ == "__main__":
    failed = 0
    for script, *args in SCRIPTS:
        print(f"== {script} {' '.join(args)}", flush=True)
        failed += subprocess.run([sys.executable, str(BENCH / script), *args]).returncode != 0
    sys.exit(1 if failed else 0)
