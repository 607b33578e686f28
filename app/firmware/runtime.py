"""The soft-gateway's own update payload: a zip of the running gwterm code and its resources."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import app
from app.resources import resources_dir


def runtime_payload() -> bytes:
    """Zip `app/` and `resources/` as installed (no caches), so a launcher can run it from a slot."""
    buffer = io.BytesIO()
    package = Path(app.__file__).resolve().parent
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for root, prefix in ((package, "app"), (resources_dir(), "resources")):
            for path in sorted(root.rglob("*")):
                if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".tmp"):
                    archive.write(path, f"{prefix}/{path.relative_to(root).as_posix()}")
    return buffer.getvalue()
