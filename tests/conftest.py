"""Test-wide settings: Qt renders offscreen unless a test chooses a platform; settings go to a temp file."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault(
    "GWTERM_SETTINGS", os.path.join(tempfile.mkdtemp(prefix="gwterm-settings-"), "settings.ini")
)
os.environ.setdefault("GWTERM_DATA_DIR", tempfile.mkdtemp(prefix="gwterm-data-"))  # audit log, users
os.environ.setdefault("GWTERM_NO_KEYRING", "1")  # never the developer's own OS keyring; tests opt in
