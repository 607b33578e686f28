"""The installed Qt binding keeps reference counts straight across signal deliveries (PySide6 6.12.0 did not:
each delivery to a Python slot dropped a reference to True until the interpreter aborted)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    chunk = Signal(str, bytes, float)
source = Source()
seen = []
source.chunk.connect(lambda direction, data, when: seen.append(len(data)))
before = sys.getrefcount(True)
for _ in range(20000):
    source.chunk.emit("rx", b"x", 1.0)
print(sys.getrefcount(True) - before, len(seen))
"""


def test_signal_delivery_keeps_reference_counts() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, f"the interpreter aborted: {result.stderr[-400:]}"
    assert result.stdout.split() == ["0", "20000"]
