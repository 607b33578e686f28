"""GUI: cold start to an interactive main window, and showing a 500-parameter group table."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bench.common import Result

ROOT = Path(__file__).resolve().parent.parent
COLD_START_TARGET = 1.5
TABLE_TARGET = 0.100

_STARTUP = """
import time, sys
t0 = float(sys.argv[1])
from app.views.app import make_application, settings
from app.views.i18n import install_language
from app.views.main_window import MainWindow
app = make_application()
install_language("en")
window = MainWindow(settings())
window.show()
app.processEvents()
print(f"{time.time() - t0:.4f}", flush=True)
"""

_TABLE = """
import time, tomllib
from app.views.app import make_application
from app.devices.profiles import parse_profile
from app.params.edits import EditSession
from app.views.param_model import ParamTableModel
from PySide6.QtWidgets import QTableView
lines = ['model = "big"', 'name = "Big"', 'vendor = "bench"', '[[groups]]', 'key = "all"', 'label = "All"']
for i in range(500):
    lines += ['[[groups.params]]', f'key = "g.p{i}"', 'type = "int"', f'label = "Parameter number {i}"',
              'help = "A benchmark parameter."', 'default = 5', 'min = 0', 'max = 100000', 'unit = "s"']
profile = parse_profile("\\n".join(lines), name="big.toml")
session = EditSession(profile)
session.load({p.key: 7 for p in profile.params})
app = make_application()
model = ParamTableModel()
view = QTableView()
view.setModel(model)
view.resize(1000, 700)
view.show()
app.processEvents()
best = 1e9
for _ in range(5):
    model.show(None, [])
    app.processEvents()
    start = time.perf_counter()
    model.show(session, list(profile.params))
    view.viewport().repaint()
    app.processEvents()
    best = min(best, time.perf_counter() - start)
print(f"{best:.5f}")
"""


def _run(code: str, *args: str) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "GWTERM_SETTINGS": "/tmp/gwterm-bench-settings.ini",
    }
    out = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def cold_start() -> float:
    """Seconds from process start to a shown, event-processed main window (best of 3)."""
    return min(_run(_STARTUP, repr(time.time())) for _ in range(3))


async def run() -> list[Result]:
    """Both GUI figures."""
    start = cold_start()
    table = _run(_TABLE)
    return [
        Result(
            bench="gui_cold_start",
            metric="cold start to interactive window",
            value=start,
            unit="s",
            target=f"<= {COLD_START_TARGET}",
            passed=start <= COLD_START_TARGET,
            details={"ratio_to_target": round(start / COLD_START_TARGET, 3), "platform": "offscreen"},
        ),
        Result(
            bench="gui_group_table",
            metric="show a 500-parameter group",
            value=table * 1000,
            unit="ms",
            target=f"<= {TABLE_TARGET * 1000:.0f}",
            passed=table <= TABLE_TARGET,
            details={"ratio_to_target": round(table / TABLE_TARGET, 3), "rows": 500},
        ),
    ]
