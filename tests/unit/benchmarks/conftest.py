"""The screening benchmark's modules import one another by name, as its script runs them."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks" / "screening"))
