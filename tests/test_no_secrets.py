"""Secrets at rest: known passwords and keys go through every CLI path that handles secrets, then every
file the application wrote outside the key store is searched for them (as text, hex and base64)."""

from __future__ import annotations

import base64
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT

DEVICE_PW = "Dev1ce-Secret-4711"
NEW_DEVICE_PW = "N3w-Device-Pw-0815"
MASTER = "Master-Of-Keys-2026"
USER_PW = "Tool-User-Pw-1234"
AES_KEY = "0123456789ABCDEF0F1E2D3C4B5A6978"


def forms(secret: str) -> list[bytes]:
    """The shapes a leaked secret could take in a file."""
    raw = bytes.fromhex(secret) if secret == AES_KEY else secret.encode()
    return [
        raw,
        raw.hex().encode(),
        raw.hex().upper().encode(),
        base64.b64encode(raw),
        secret.lower().encode(),
    ]


def test_no_secret_in_any_file_but_the_key_store(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GWTERM_")}
    env |= {
        "GWTERM_DATA_DIR": str(tmp_path / "data"),
        "GWTERM_SETTINGS": str(tmp_path / "settings.ini"),
        "GWTERM_KEYSTORE": str(tmp_path / "keystore.json"),
        "GWTERM_MASTER_PASSWORD": MASTER,
        "GWTERM_NO_KEYRING": "1",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
        "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
        "PYTHONPATH": str(ROOT),
    }
    inputs = tmp_path / "inputs"  # what the user hands in may hold secrets; it is not ours to check
    inputs.mkdir()

    def gwterm(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "app", *args],
            cwd=tmp_path,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert (result.returncode == 0) == ok, f"{args}: {result.stderr}"
        for secret in (DEVICE_PW, NEW_DEVICE_PW, MASTER, USER_PW):
            assert secret not in result.stdout + result.stderr, f"{args} printed a secret"
        return result

    sim = subprocess.Popen(
        [
            sys.executable, "-m", "app", "simulate", "--gateways", "2", "--password", DEVICE_PW,
            "--sheet", str(tmp_path / "fleet.csv"), "--state-dir", str(tmp_path / "gateways"), "--json",
        ],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert sim.stdout is not None
        urls = [json.loads(sim.stdout.readline())["tcp"] for _ in range(2)]
        gwterm("users", "add", "admin", "--role", "admin", "--password", USER_PW)
        gwterm("keys", "set-password", "simulate", "--password", DEVICE_PW)
        gwterm("keys", "set-password", urls[0], "--password", DEVICE_PW)
        gwterm("read", urls[0], "-o", str(tmp_path / "device.cfg"))
        gwterm("diff", urls[0], str(tmp_path / "device.cfg"))
        gwterm("read", urls[0], "--password", "wrong-password", ok=False)

        with (tmp_path / "fleet.csv").open(newline="", encoding="utf-8") as sheet:
            rows = list(csv.reader(sheet, delimiter=";"))
        rows[0].append("sec.password")
        rows[1].append(NEW_DEVICE_PW)
        with (inputs / "fleet-new-pw.csv").open("w", newline="", encoding="utf-8") as sheet:
            csv.writer(sheet, delimiter=";").writerows(rows[:2])
        gwterm("fleet", "apply", str(inputs / "fleet-new-pw.csv"), "--results", str(tmp_path / "results.csv"))
        gwterm("read", urls[0], "--password", NEW_DEVICE_PW, "--group", "apn")

        (inputs / "keys.csv").write_text(f"Address,Key\n12345678,{AES_KEY}\n", encoding="utf-8")
        gwterm("keys", "import", str(inputs / "keys.csv"))
        gwterm("audit", "--json")
    finally:
        sim.terminate()
        sim.wait(10)

    leaks = []
    written = [p for p in tmp_path.rglob("*") if p.is_file() and inputs not in p.parents]
    names = {p.name for p in written}
    assert {"results.csv", "audit.jsonl", "log.jsonl", "config.json", "device.cfg"} <= names, names
    for path in written:
        if path.name == "keystore.json":
            continue
        content = path.read_bytes()
        for secret in (DEVICE_PW, NEW_DEVICE_PW, MASTER, USER_PW, AES_KEY):
            if any(form in content for form in forms(secret)):
                leaks.append(f"{path.relative_to(tmp_path)}: {secret}")
    assert leaks == []
    store = (tmp_path / "keystore.json").read_bytes()
    assert not any(form in store for s in (DEVICE_PW, MASTER, AES_KEY) for form in forms(s))
