"""Fleet operations against simulated gateways: sheets, validation, apply, resume after SIGKILL, rollback."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.cli import main
from app.errors import ConfigFileError, ValidationError
from app.fleet.journal import Journal
from app.fleet.plan import plan_devices, validate_sheet
from app.fleet.runner import ApplyOptions, apply_fleet, rollback_devices, write_results
from app.fleet.sheet import parse_csv, read_sheet, write_xlsx
from app.sim.fleet import SimulatedFleet
from tests.helpers import ROOT

PASSWORD = "Fleet-Pw-1"
CHANGE = {
    "conn.apn_name": "fleet.apn",
    "conn.pdp_delay": "12",
    "wdt.ping_ip": "192.0.2.7",
    "trans.data_format": "7E1",
}


async def fixed_password(_ref: str) -> str:
    return PASSWORD


@pytest.fixture
async def fleet(tmp_path: Path) -> AsyncIterator[SimulatedFleet]:
    sim = await SimulatedFleet(root=tmp_path / "fleet", count=20, password=PASSWORD, discovery_port=0).start()
    yield sim
    await sim.close()


def sheet_text(urls: list[str], *, bad_every: int = 0, sep: str = ";") -> str:
    header = ["url", "password_ref", "model", "name", *CHANGE]
    lines = [sep.join(header)]
    for n, url in enumerate(urls):
        values = dict(CHANGE)
        if bad_every and n % bad_every == 0:
            values["conn.pdp_delay"] = "99999"  # above the maximum 3600
        lines.append(sep.join([url, "sim", "wm-e2s", f"Zähler {n}", *values.values()]))
    return "\n".join(lines) + "\n"


def test_csv_variants_and_xlsx_read_identically(tmp_path: Path) -> None:
    text = sheet_text(["tcp://127.0.0.1:9001", "tcp://127.0.0.1:9002"])
    variants = {
        "semicolon-utf8": text.encode("utf-8"),
        "comma-bom": ("\ufeff" + text.replace(";", ",")).encode("utf-8"),
        "cp1252": text.encode("cp1252"),
    }
    sheets = [parse_csv(raw, name=name) for name, raw in variants.items()]
    reference = sheets[0]
    path = tmp_path / "fleet.xlsx"
    write_xlsx(path, list(reference.header), [list(r) for r in reference.rows])
    sheets.append(read_sheet(path))
    for sheet in sheets:
        assert sheet.header == reference.header
        assert sheet.rows == reference.rows
        assert sheet.rows[0][3] == "Zähler 0"


def test_bad_cells_name_row_and_column() -> None:
    sheet = parse_csv(
        sheet_text(["tcp://127.0.0.1:1", "tcp://127.0.0.1:2", "tcp://127.0.0.1:1"], bad_every=2).encode()
    )
    devices, errors = validate_sheet(sheet)
    messages = [str(e) for e in errors]
    assert "row 2, column conn.pdp_delay: 99999 is above the maximum 3600" in messages
    assert any(
        m.startswith("row 4, column url: the same device as row") or "row 4, column conn.pdp_delay" in m
        for m in messages
    )
    assert [d.row for d in devices] == [3]
    with pytest.raises(ValidationError, match="unknown column"):
        validate_sheet(parse_csv(b"url;no.such_key\ntcp://h:1;x\n"))
    with pytest.raises(ConfigFileError, match="appears twice"):
        parse_csv(b"url;url\nx;y\n")


async def test_apply_with_ten_percent_bad_rows(fleet: SimulatedFleet, tmp_path: Path) -> None:
    sheet = parse_csv(sheet_text(fleet.urls, bad_every=10).encode(), name="fleet.csv")
    devices, errors = validate_sheet(sheet)
    assert len(errors) == 2 and len(devices) == 18
    plans = await plan_devices(devices, fixed_password, concurrency=8)
    assert all(len(p.changes) == 4 and not p.error for p in plans)
    results = await apply_fleet(
        devices, fixed_password, Journal(tmp_path / "j"), options=ApplyOptions(concurrency=8)
    )
    assert [r.status for r in results] == ["verified"] * 18
    assert all(set(r.changed) == set(CHANGE) for r in results)
    assert all(r.previous and r.previous["conn.apn_name"] == "internet" for r in results)
    applied = {d.url for d in devices}
    for gateway, url in zip(fleet.gateways, fleet.urls, strict=True):
        values = gateway.server.store.typed_values()
        if url in applied:
            assert values["conn.apn_name"] == "fleet.apn" and values["conn.pdp_delay"] == 12
        else:  # a rejected row leaves its device untouched, not half-written
            assert values["conn.apn_name"] == "internet" and values["conn.pdp_delay"] == 0
            assert values["wdt.ping_ip"] != "192.0.2.7"

    results_path = tmp_path / "results.csv"
    write_results(results_path, results)
    assert PASSWORD not in results_path.read_text(encoding="utf-8-sig")
    restore, notes = rollback_devices(read_sheet(results_path))
    assert len(restore) == 18 and not notes
    back = await apply_fleet(
        restore, fixed_password, Journal(tmp_path / "j2"), options=ApplyOptions(concurrency=8)
    )
    assert {r.status for r in back} == {"verified"}
    assert all(g.server.store.typed_values()["conn.apn_name"] == "internet" for g in fleet.gateways)


async def test_device_refusal_is_rejected_not_retried(fleet: SimulatedFleet, tmp_path: Path) -> None:
    devices, _ = validate_sheet(parse_csv(sheet_text(fleet.urls[:2]).encode()))
    wrong = [d.__class__(**{**d.__dict__, "model": "wm-e3s-mbus"}) for d in devices]
    results = await apply_fleet(
        wrong, fixed_password, Journal(tmp_path / "j"), options=ApplyOptions(retries=3)
    )
    assert all(
        r.status == "failed" and "sheet says wm-e3s-mbus" in r.error and r.attempts == 1 for r in results
    )


async def test_discovery_finds_every_simulated_gateway(fleet: SimulatedFleet) -> None:
    from app.fleet.discover import discover

    found = await discover(target="127.0.0.1", port=fleet.discovery_port or 0, timeout=0.6)
    assert sorted(f["url"] for f in found) == sorted(fleet.urls)
    assert {f["model"] for f in found} == {"wm-e2s"}


def test_netdiscover_list_becomes_a_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GWTERM_KEYSTORE", str(tmp_path / "keys.json"))
    monkeypatch.setenv("GWTERM_MASTER_PASSWORD", "Master-1")
    listing = tmp_path / "devices.csv"
    listing.write_text(
        "Port;Name;Password;Username;IP;File\n9001;MUC-A;Secret-A;admin;10.1.2.3;\n9001;MUC-B;;admin;10.1.2.4;\n"
    )
    out = tmp_path / "sheet.csv"
    assert main(["fleet", "import-netdiscover", str(listing), "-o", str(out), "--model", "wm-e2s"]) == 0
    sheet = read_sheet(out)
    rows = [dict(zip(sheet.header, r, strict=True)) for r in sheet.rows]
    assert rows[0]["url"] == "tcp://10.1.2.3:9001" and rows[0]["password_ref"] == "netdiscover:MUC-A"
    assert "Secret-A" not in out.read_text(encoding="utf-8-sig")
    assert b"Secret-A" not in (tmp_path / "keys.json").read_bytes()


def test_template_has_help_and_dropdowns(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "fleet.xlsx"
    assert main(["fleet", "template", "--model", "wm-e2s", "-o", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["url", "password_ref", "model", "name"] and "conn.apn_name" in header
    column = header.index("trans.data_format") + 1
    comment = sheet.cell(row=1, column=column).comment
    assert comment is not None and "one of 7E1" in comment.text
    formulas = [v.formula1 for v in sheet.data_validations.dataValidation]
    assert any("7E1" in f and "8N1" in f for f in formulas)


def test_kill_apply_midway_then_resume(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "GWTERM_MASTER_PASSWORD": "Master-2",
        "GWTERM_KEYSTORE": str(tmp_path / "keys.json"),
        "GWTERM_DATA_DIR": str(tmp_path / "data"),
    }
    sheet_path = tmp_path / "sim.csv"
    sim = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "simulate",
            "--gateways",
            "24",
            "--password",
            PASSWORD,
            "--latency-ms",
            "150",
            "--sheet",
            str(sheet_path),
            "--json",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert sim.stdout is not None
        urls = [json.loads(sim.stdout.readline())["tcp"] for _ in range(24)]
        sheet = read_sheet(sheet_path)
        lines = [";".join([*sheet.header, "conn.apn_name"])] + [
            ";".join([*row, "resumed.apn"]) for row in sheet.rows
        ]
        sheet_path.write_text("\n".join(lines) + "\n")
        results = tmp_path / "out.csv"
        command = [
            sys.executable,
            "-m",
            "app",
            "fleet",
            "apply",
            str(sheet_path),
            "--concurrency",
            "2",
            "--results",
            str(results),
        ]
        first = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        journal = Path(str(results) + ".journal")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            done = journal.read_text().count('"event": "done"') if journal.exists() else 0
            if done >= 6:
                break
            time.sleep(0.05)
        os.kill(first.pid, signal.SIGKILL)
        first.wait(10)
        before = Journal(journal).load()
        verified_before = {row for row, e in before.items() if e["status"] == "verified"}
        assert 6 <= len(verified_before) < 24
        lines_before = len(journal.read_text().splitlines())
        code = subprocess.run(
            [*command, "--resume"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert code.returncode == 0, code.stdout + code.stderr
        after_lines = journal.read_text().splitlines()[lines_before:]
        touched = {json.loads(line)["row"] for line in after_lines if json.loads(line)["event"] == "started"}
        assert not touched & verified_before, "resume must not touch devices already verified"
        final = read_sheet(results)
        statuses = [dict(zip(final.header, r, strict=True))["status"] for r in final.rows]
        assert statuses.count("verified") == 24
        audited = [json.loads(line) for line in (tmp_path / "data" / "audit.jsonl").read_text().splitlines()]
        applied = [e for e in audited if e["action"] == "fleet apply"]
        assert {e["device"] for e in applied} == set(urls), "every device audited: before the kill or after"
        for url in urls:
            later = [e["result"] for e in applied if e["device"] == url][1:]
            assert set(later) <= {"unchanged"}, "a device redone after the kill had nothing left to change"
        for url in urls[:3]:
            code = main(["read", url, "--password", PASSWORD, "--group", "apn", "--json"])
            assert code == 0
    finally:
        sim.terminate()
        sim.wait(10)


async def test_cli_plan_and_apply_json(
    fleet: SimulatedFleet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fleet.csv"
    path.write_text(sheet_text(fleet.urls[:4]))
    loop_results = tmp_path / "r.xlsx"
    code = await asyncio.to_thread(main, ["fleet", "plan", str(path), "--password", PASSWORD, "--json"])
    plans = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0 and len(plans) == 4 and all(len(p["changes"]) == 4 for p in plans)
    code = await asyncio.to_thread(
        main, ["fleet", "apply", str(path), "--password", PASSWORD, "--results", str(loop_results), "--json"]
    )
    out = capsys.readouterr().out.splitlines()
    assert code == 0 and json.loads(out[-1])["summary"] == {"verified": 4}
    assert read_sheet(loop_results).header[0] == "row"


async def test_dlms_configured_devices_in_a_sheet(tmp_path: Path) -> None:
    from app.sim.metercom import MeterComSimulator
    from app.transports import listen

    devices_sims = [MeterComSimulator(password=PASSWORD) for _ in range(2)]
    listeners = [await listen("tcp://127.0.0.1:0", sim.serve) for sim in devices_sims]
    try:
        urls = [f"tcp://127.0.0.1:{listener.port}" for listener in listeners]  # type: ignore[attr-defined]
        text = "url;model;conn.apn_name\n" + "".join(f"{u};metercom-pro;dlms.apn\n" for u in urls)
        devices, errors = validate_sheet(parse_csv(text.encode(), name="2n.csv"))
        assert not errors
        plans = await plan_devices(devices, fixed_password, concurrency=2)
        assert all(not p.error and [c.key for c in p.changes] == ["conn.apn_name"] for p in plans)
        results = await apply_fleet(devices, fixed_password, Journal(tmp_path / "j"))
        assert [r.status for r in results] == ["verified", "verified"], [r.error for r in results]
        assert all(r.previous == {"conn.apn_name": "internet"} for r in results)
    finally:
        for listener in listeners:
            await listener.close()
