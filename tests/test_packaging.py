"""The frozen Linux bundle (PyInstaller, one folder) and the .deb, built and smoke-tested as a user would."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import ROOT


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.fail("pyinstaller is a test dependency (pip install -e '.[test]')")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            str(pyinstaller),
            str(ROOT / "packaging" / "gwterm.spec"),
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            "--noconfirm",
            "--log-level",
            "ERROR",
        ],
        cwd=ROOT,
        check=True,
        timeout=600,
        capture_output=True,
    )
    yield out / "dist" / "gwterm"


def run(binary: Path, *args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(binary), *args], capture_output=True, text=True, timeout=60, env=env, check=False, **kwargs
    )  # type: ignore[call-overload]


def test_frozen_bundle_smoke(bundle: Path, tmp_path: Path) -> None:
    binary = bundle / "gwterm"
    version = run(binary, "--version")
    assert version.returncode == 0 and version.stdout.startswith("gwterm ")
    sim = subprocess.Popen(
        [str(binary), "simulate", "--gateways", "1", "--password", "pw-frozen", "--json"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        assert sim.stdout is not None
        url = json.loads(sim.stdout.readline())["tcp"]
        read = run(binary, "read", url, "--password", "pw-frozen", "--group", "apn", "--json")
        assert read.returncode == 0, read.stderr
        assert json.loads(read.stdout)["values"]["conn.apn_name"] == "internet"
        shot = tmp_path / "frozen.png"
        gui = run(
            binary,
            "gui",
            "--connect",
            url,
            "--password",
            "pw-frozen",
            "--group",
            "apn",
            "--screenshot",
            str(shot),
            cwd=tmp_path,
        )
        assert gui.returncode == 0, gui.stderr
        assert shot.stat().st_size > 10_000
        german = run(
            binary,
            "gui",
            "--connect",
            url,
            "--password",
            "pw-frozen",
            "--lang",
            "de",
            "--screenshot",
            str(tmp_path / "de.png"),
            cwd=tmp_path,
        )
        assert german.returncode == 0, "translations travel inside the bundle"
    finally:
        sim.terminate()
        sim.wait(10)


def test_deb_package(bundle: Path, tmp_path: Path) -> None:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed (Debian tooling)")
    dist = ROOT / "dist"
    made_dist = not dist.exists()
    target = dist / "gwterm"
    if target.exists() or target.is_symlink():
        pytest.skip("dist/gwterm exists already: not overwriting a developer's build")
    dist.mkdir(exist_ok=True)
    target.symlink_to(bundle, target_is_directory=True)
    try:
        built = subprocess.run(
            [str(ROOT / "packaging" / "deb" / "build_deb.sh")],
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        deb = Path(built.stdout.strip().splitlines()[-1])
        listing = subprocess.run(
            ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
        ).stdout
        info = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True, check=True).stdout
        deb.unlink()
    finally:
        target.unlink()
        if made_dist:
            shutil.rmtree(dist, ignore_errors=True)
    for path in (
        "./opt/gwterm/gwterm",
        "./usr/bin/gwterm",
        "./usr/share/applications/gwterm.desktop",
        "./usr/share/icons/hicolor/scalable/apps/gwterm.svg",
        "./usr/share/mime/packages/gwterm.xml",
    ):
        assert path in listing, path
    assert "Package: gwterm" in info and "Depends:" in info
