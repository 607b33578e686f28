"""The command line against a real gateway process: info, read, write, diff, log; exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.params.cfg import CfgDocument
from tests.helpers import ROOT, GatewayProcess, start_gateway_process

PASSWORD = "Cli-Pw-5"


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    process = start_gateway_process(
        tmp_path_factory.mktemp("cli") / "gw", password=PASSWORD, extra=["--simulated-radio"]
    )
    yield process
    process.stop()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_info_json_has_identity_and_radio(
    gateway: GatewayProcess, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "info", gateway.url, "--password", PASSWORD, "--json")
    assert code == 0
    info = json.loads(out)
    assert info["model"] == "wm-e2s"
    assert len(info["imei"]) == 15 and info["imei"].isdigit()
    assert -113 <= info["rssi_dbm"] <= -51
    for field in ("serial", "firmware", "hardware_id", "icc", "operator", "technology", "ip"):
        assert info[field], field


def test_read_write_diff_round_trip(
    gateway: GatewayProcess, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cfg = tmp_path / "device.cfg"
    code, _, _ = run(capsys, "read", gateway.url, "--password", PASSWORD, "-o", str(cfg))
    assert code == 0
    doc = CfgDocument.parse(cfg.read_text())
    assert doc.entries()["conn.apn_name"] == "internet"
    assert "# conn.apn_pass = (secret: not set)" in cfg.read_text()

    doc.set("conn.apn_name", "edited.apn")
    cfg.write_text(doc.to_text())
    code, out, _ = run(capsys, "diff", gateway.url, "--password", PASSWORD, str(cfg))
    assert code == 1 and "conn.apn_name: device 'internet' -> file 'edited.apn'" in out

    code, out, _ = run(capsys, "write", gateway.url, "--password", PASSWORD, str(cfg), "--verify")
    assert code == 0, out
    assert "verified" in out and "1 changed (conn.apn_name)" in out
    code, out, _ = run(capsys, "diff", gateway.url, "--password", PASSWORD, str(cfg))
    assert code == 0 and "no differences" in out

    code, out, _ = run(capsys, "write", gateway.url, "--password", PASSWORD, "conn.pdp_delay=7")
    assert code == 0 and "conn.pdp_delay" in out

    code, out, _ = run(capsys, "read", gateway.url, "--password", PASSWORD, "--group", "apn", "--json")
    assert json.loads(out)["values"]["conn.pdp_delay"] == "7"


def test_bad_input_is_exit_2_and_names_the_key(
    gateway: GatewayProcess, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "write", gateway.url, "--password", PASSWORD, "m2m.primary_port=70000")
    assert code == 2 and "m2m.primary_port" in err and "65535" in err
    bad = tmp_path / "bad.cfg"
    bad.write_text("# comment\nconn.apn_name = ok\ntrans.data_format = 9X9\n")
    code, _, err = run(capsys, "write", gateway.url, "--password", PASSWORD, str(bad))
    assert code == 2 and "line 3" in err and "trans.data_format" in err
    code, _, err = run(capsys, "read", gateway.url, "--password", PASSWORD, "--group", "nope")
    assert code == 2 and "no group 'nope'" in err


def test_wrong_password_exit_1_and_log_shows_it(
    gateway: GatewayProcess, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "info", gateway.url, "--password", "nope-nope")
    assert code == 1 and "wrong password" in err
    code, out, _ = run(capsys, "log", gateway.url, "--password", PASSWORD, "--json")
    messages = [json.loads(line)["message"] for line in out.splitlines()]
    assert any("failed login" in m for m in messages)
    assert not any("nope-nope" in m for m in messages)


def test_unreachable_device_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "info", "tcp://127.0.0.1:1", "--password", "x")
    assert code == 1 and "cannot connect" in err


def test_write_to_stdout_and_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "app", "--version"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("gwterm ")


def _demo(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    env = {"XDG_DATA_HOME": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "demo", "--port", "0", "--json", *extra],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    return proc, json.loads(proc.stdout.readline())


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    proc.wait(10)


def test_demo_prints_how_to_connect_and_knows_when_its_password_changed(tmp_path: Path) -> None:
    proc, line = _demo(tmp_path)
    try:
        assert line["password"] == "demo"
        assert main(["info", line["tcp"], "--password", line["password"], "--json"]) == 0
        assert main(["write", line["tcp"], "--password", "demo", "sec.password=Changed-Pw-1"]) == 0
    finally:
        _stop(proc)
    proc, line = _demo(tmp_path)
    _stop(proc)
    assert line["password"] is None, "the demo no longer claims 'demo' once it was changed"
    proc, line = _demo(tmp_path, "--reset")
    try:
        assert line["password"] == "demo"
        assert main(["info", line["tcp"], "--password", "demo", "--json"]) == 0
    finally:
        _stop(proc)


def test_password_from_the_key_store(
    gateway: GatewayProcess,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = tmp_path / "keystore.json"
    monkeypatch.setenv("GWTERM_KEYSTORE", str(store))
    monkeypatch.setenv("GWTERM_MASTER_PASSWORD", "Master-Pw-9")
    assert run(capsys, "keys", "set-password", gateway.url, "--password", PASSWORD)[0] == 0
    assert run(capsys, "keys", "set-password", "bench-a", "--password", PASSWORD)[0] == 0
    assert PASSWORD.encode() not in store.read_bytes()
    code, out, _ = run(capsys, "keys", "list", "--json")
    assert code == 0 and PASSWORD not in out
    assert {json.loads(line)["ref"] for line in out.splitlines()} == {gateway.url, "bench-a"}
    assert run(capsys, "info", gateway.url, "--json")[0] == 0  # found under its URL
    assert run(capsys, "info", "--password-ref", "bench-a", gateway.url, "--json")[0] == 0
    code, _, err = run(capsys, "info", "--password-ref", "nothing-here", gateway.url)
    assert code == 2 and "nothing-here" in err
    monkeypatch.setenv("GWTERM_MASTER_PASSWORD", "wrong-master")
    code, _, err = run(capsys, "keys", "list")
    assert code == 1 and "wrong master password" in err


def test_write_that_restarts_is_followed_and_verified(
    gateway: GatewayProcess, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "write", gateway.url, "--password", PASSWORD, "mobile.band=4g_only", "--verify"
    )
    assert code == 0, out
    assert "restarts" in out and "verified" in out


def test_gateway_answers_lan_discovery(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    process = start_gateway_process(tmp_path / "gw", password=PASSWORD, extra=["--discovery-port", str(port)])
    try:
        assert (
            main(
                [
                    "discover",
                    "--target",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--timeout",
                    "0.6",
                    "--json",
                    "--sheet",
                    str(tmp_path / "found.csv"),
                ]
            )
            == 0
        )
        found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [f["url"] for f in found] == [process.url]
        assert found[0]["model"] == "wm-e2s" and found[0]["serial"]
        assert process.url in (tmp_path / "found.csv").read_text(encoding="utf-8-sig")
    finally:
        process.stop()
