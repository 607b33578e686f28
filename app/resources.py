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


def i18n_dir() -> Path:
    """The folder of translations (`gwterm_<lang>.ts` sources and the `.qm` files built from them)."""
    return resources_dir().parent / "i18n" if not getattr(sys, "_MEIPASS", None) else resources_dir() / "i18n"
