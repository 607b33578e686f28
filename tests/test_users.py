"""Tool users and roles, lockout, the audit log; the CLI honours the policy; secrets stay out of files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.errors import AuthError, LockedOutError, ValidationError
from app.users.accounts import UserStore
from app.users.audit import AuditLog
from tests.helpers import GatewayProcess, start_gateway_process

DEVICE_PW = "Dev-Pw-77"


@pytest.fixture
def policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GWTERM_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "policy.toml"
    path.write_text("require_login = true\n")
    monkeypatch.setenv("GWTERM_POLICY", str(path))
    return path


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    process = start_gateway_process(tmp_path_factory.mktemp("users") / "gw", password=DEVICE_PW)
    yield process
    process.stop()


def test_accounts_roles_and_lockout(tmp_path: Path) -> None:
    store = UserStore(tmp_path / "users.json")
    with pytest.raises(ValidationError, match="first account must be an admin"):
        store.add("eve", "viewer", "long-enough")
    store.add("root", "admin", "Admin-Pass-1")
    store.add("vic", "viewer", "Viewer-Pass-1")
    assert store.authenticate("vic", "Viewer-Pass-1", 0.0).may("read")
    assert not store.authenticate("vic", "Viewer-Pass-1", 0.0).may("write")
    for _ in range(4):
        with pytest.raises(AuthError):
            store.authenticate("vic", "nope", 10.0)
    with pytest.raises(AuthError):
        store.authenticate("vic", "nope", 10.0)
    with pytest.raises(LockedOutError):
        store.authenticate("vic", "Viewer-Pass-1", 11.0)
    assert UserStore(tmp_path / "users.json").authenticate("vic", "Viewer-Pass-1", 100.0).role == "viewer"
    with pytest.raises(ValidationError, match="last admin"):
        store.remove("root")
    raw = (tmp_path / "users.json").read_text()
    assert "Admin-Pass-1" not in raw and "$argon2" in raw


def test_cli_roles(
    policy: Path, gateway: GatewayProcess, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", gateway.url, "--password", DEVICE_PW]) == 2  # no account yet: says how to make one
    assert "create the first admin" in capsys.readouterr().err
    assert main(["users", "add", "root", "--role", "admin", "--password", "Admin-Pass-1"]) == 0
    monkeypatch.setenv("GWTERM_USER", "root")
    monkeypatch.setenv("GWTERM_USER_PASSWORD", "Admin-Pass-1")
    assert main(["users", "add", "vic", "--role", "viewer", "--password", "Viewer-Pass-1"]) == 0
    assert main(["users", "add", "eng", "--role", "engineer", "--password", "Engineer-Pass-1"]) == 0
    capsys.readouterr()

    monkeypatch.setenv("GWTERM_USER", "vic")
    monkeypatch.setenv("GWTERM_USER_PASSWORD", "Viewer-Pass-1")
    assert main(["info", gateway.url, "--password", DEVICE_PW, "--json"]) == 0
    capsys.readouterr()
    assert main(["write", gateway.url, "--password", DEVICE_PW, "conn.apn_name=viewer.apn"]) == 1
    assert "needs the engineer role" in capsys.readouterr().err
    assert main(["users", "list"]) == 1

    monkeypatch.setenv("GWTERM_USER", "eng")
    monkeypatch.setenv("GWTERM_USER_PASSWORD", "Engineer-Pass-1")
    assert (
        main(
            [
                "write",
                gateway.url,
                "--password",
                DEVICE_PW,
                "conn.apn_name=eng.apn",
                "conn.apn_pass=Apn-Secret-3",
            ]
        )
        == 0
    )
    assert main(["audit"]) == 1, "only admins read the audit log"
    monkeypatch.setenv("GWTERM_USER_PASSWORD", "wrong")
    assert main(["info", gateway.url, "--password", DEVICE_PW]) == 1
    capsys.readouterr()

    monkeypatch.setenv("GWTERM_USER", "root")
    monkeypatch.setenv("GWTERM_USER_PASSWORD", "Admin-Pass-1")
    assert main(["audit", "--json"]) == 0
    entries = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    writes = [e for e in entries if e["action"] == "write"]
    assert (
        writes
        and writes[-1]["user"] == "eng"
        and set(writes[-1]["keys"]) == {"conn.apn_name", "conn.apn_pass"}
    )
    assert [e["detail"] for e in entries if e["action"] == "user add"] == [
        "root as admin",
        "vic as viewer",
        "eng as engineer",
    ]
    data = policy.parent / "data"
    for path in data.rglob("*"):
        if path.is_file():
            text = path.read_bytes()
            for secret in (b"Apn-Secret-3", DEVICE_PW.encode(), b"Admin-Pass-1", b"Viewer-Pass-1"):
                assert secret not in text, f"{secret!r} in {path}"
    out = policy.parent / "audit.csv"
    assert main(["audit", "-o", str(out)]) == 0
    assert out.read_text().splitlines()[0] == "time,user,action,device,keys,result,detail"


def test_default_install_needs_no_login(
    gateway: GatewayProcess, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("GWTERM_POLICY", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("GWTERM_DATA_DIR", str(tmp_path / "data"))
    assert main(["write", gateway.url, "--password", DEVICE_PW, "conn.pdp_delay=5"]) == 0
    assert AuditLog().entries(action="write")[-1]["keys"] == ["conn.pdp_delay"]


def test_meter_and_dlms_commands_honour_roles_and_are_audited(
    policy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess
    import sys

    from tests.helpers import ROOT

    sim = subprocess.Popen(
        [sys.executable, "-m", "app", "dlms", "simulate", "--port", "0", "--password", "Pw-2N", "--json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert sim.stdout is not None
        url = json.loads(sim.stdout.readline())["tcp"]
        assert main(["users", "add", "root", "--role", "admin", "--password", "Admin-Pass-1"]) == 0
        monkeypatch.setenv("GWTERM_USER", "root")
        monkeypatch.setenv("GWTERM_USER_PASSWORD", "Admin-Pass-1")
        assert main(["users", "add", "vic", "--role", "viewer", "--password", "Viewer-Pass-1"]) == 0
        set_rate = [
            "dlms",
            "set",
            url,
            "0.0.96.14.0.255:2",
            "2",
            "--type",
            "unsigned",
            "--password",
            "Pw-2N",
        ]
        monkeypatch.setenv("GWTERM_USER", "vic")
        monkeypatch.setenv("GWTERM_USER_PASSWORD", "Viewer-Pass-1")
        capsys.readouterr()
        assert main(["dlms", "get", url, "0.0.42.0.0.255", "--password", "Pw-2N"]) == 0
        for command in (set_rate, ["mbus", "set-address", "tcp://127.0.0.1:1", "5", "6"]):
            assert main(command) == 1
            assert "needs the engineer role" in capsys.readouterr().err
        monkeypatch.setenv("GWTERM_USER", "root")
        monkeypatch.setenv("GWTERM_USER_PASSWORD", "Admin-Pass-1")
        main(set_rate)
        capsys.readouterr()
        assert main(["audit", "--json"]) == 0
        entries = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        dlms = [e for e in entries if e["action"] == "dlms set"]
        assert dlms and dlms[-1]["user"] == "root" and dlms[-1]["keys"] == ["0.0.96.14.0.255:2"]
    finally:
        sim.terminate()
        sim.wait(10)
