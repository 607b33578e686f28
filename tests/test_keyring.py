"""The key store's master password in the OS keyring: a new store never asks, an old one can move in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT


def gwterm(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the CLI without a terminal (stdin closed), as a script would."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def environment(tmp_path: Path, *, keyring: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GWTERM_MASTER_PASSWORD", "GWTERM_NO_KEYRING")}
    env["GWTERM_KEYSTORE"] = str(tmp_path / "keystore.json")
    env["GWTERM_TEST_KEYRING"] = str(tmp_path / "keyring.json")
    env["PYTHONPATH"] = str(ROOT)
    if keyring:
        env["PYTHON_KEYRING_BACKEND"] = "tests.file_keyring.FileKeyring"
    else:
        env["GWTERM_NO_KEYRING"] = "1"
    return env


def test_new_store_with_a_keyring_never_asks(tmp_path: Path) -> None:
    env = environment(tmp_path, keyring=True)
    stored = gwterm("keys", "set-password", "tcp://10.0.0.9:9001", "--password", "Dev-Secret-77", env=env)
    assert stored.returncode == 0, stored.stderr
    listed = gwterm("keys", "list", "--json", env=env)
    assert json.loads(listed.stdout)["ref"] == "tcp://10.0.0.9:9001"
    master = json.loads((tmp_path / "keyring.json").read_text())["gwterm/keystore-master"]
    assert len(master) >= 40
    store_text = (tmp_path / "keystore.json").read_text()
    assert "Dev-Secret-77" not in store_text and master not in store_text
    assert "holds the master password" in gwterm("keys", "keyring", "status", env=env).stdout


def test_without_keyring_or_terminal_the_error_says_what_to_do(tmp_path: Path) -> None:
    env = environment(tmp_path, keyring=False)
    result = gwterm("keys", "list", env=env)
    assert result.returncode == 2
    assert "GWTERM_MASTER_PASSWORD" in result.stderr and "keyring" in result.stderr
    assert "no OS keyring" in gwterm("keys", "keyring", "status", env=env).stdout


def test_an_existing_store_moves_into_the_keyring_and_out_again(tmp_path: Path) -> None:
    with_master = environment(tmp_path, keyring=True) | {"GWTERM_MASTER_PASSWORD": "Master-Pw-5"}
    assert gwterm("keys", "set-password", "dev1", "--password", "pw-1", env=with_master).returncode == 0
    assert not (tmp_path / "keyring.json").exists(), "a given master password is not kept anywhere"
    wrong = with_master | {"GWTERM_MASTER_PASSWORD": "not-it"}
    refused = gwterm("keys", "keyring", "remember", env=wrong)
    assert refused.returncode != 0 and "wrong master password" in refused.stderr
    assert not (tmp_path / "keyring.json").exists()
    assert gwterm("keys", "keyring", "remember", env=with_master).returncode == 0
    keyring_only = environment(tmp_path, keyring=True)
    assert "dev1" in gwterm("keys", "list", env=keyring_only).stdout
    assert gwterm("keys", "keyring", "forget", env=with_master).returncode == 0
    assert gwterm("keys", "list", env=keyring_only).returncode == 2
    assert "dev1" in gwterm("keys", "list", env=with_master).stdout


def test_forgetting_a_generated_master_password_asks_for_one_first(tmp_path: Path) -> None:
    env = environment(tmp_path, keyring=True)
    assert gwterm("keys", "set-password", "dev2", "--password", "pw-2", env=env).returncode == 0
    refused = gwterm("keys", "keyring", "forget", env=env)
    assert refused.returncode == 2 and "master password you know" in refused.stderr
    assert "dev2" in gwterm("keys", "list", env=env).stdout, "nothing was lost"
    assert (
        gwterm("keys", "keyring", "forget", env=env | {"GWTERM_MASTER_PASSWORD": "Now-Mine-9"}).returncode
        == 0
    )
    assert "holds" not in gwterm("keys", "keyring", "status", env=env).stdout
    assert "dev2" in gwterm("keys", "list", env=env | {"GWTERM_MASTER_PASSWORD": "Now-Mine-9"}).stdout
