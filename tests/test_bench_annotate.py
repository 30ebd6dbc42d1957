"""benchmarks/bench_annotate.py as a user runs it: several passes, their rates, and one output digest for all."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).parents[1]


def test_passes_report_each_rate_and_the_same_output():
    run = subprocess.run([sys.executable, str(REPO / "benchmarks" / "bench_annotate.py"),
                          str(REPO / "tests" / "articles" / "events"), "--limit", "12", "--runs", "2", "--json"],
                         capture_output=True, text=True, timeout=300, check=True)
    data = json.loads(run.stdout)
    assert data["articles"] == 12 and data["sentences"] > 12 and data["events"] > 0
    assert data["runs"] == 2 and len(data["sentences_per_cpu_s_each"]) == 2
    assert min(data["sentences_per_cpu_s_each"]) <= data["median_sentences_per_cpu_s"] <= max(data["sentences_per_cpu_s_each"])
    assert len(data["output_digest"]) == 40
