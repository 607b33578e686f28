"""Where the read-only resources (profiles, icons, translations) live, installed or frozen."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder: $GWTERM_RESOURCES, the frozen bundle's, or the source tree's."""
    override = os.environ.get("GWTERM_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
