"""The GSM command line: sms encode/decode (gammu's PDUs byte for byte), sms send/inbox and `at` on the
virtual network's ptys, device commands over csd:// and sms://, and `gwterm simulate --gsm`."""

from __future__ import annotations

import asyncio
import configparser
import io
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.gateway.runtime import SoftGateway
from app.sim.gsm_network import GsmNetwork
from tests.helpers import ROOT

PC, PEER, GW = "+36209990001", "+36209990002", "+36201000001"
PASSWORD = "cli-gsm-pw"
GAMMU_ENCODE = ROOT.parent / "shared" / "corpora" / "gammu" / "at-sms-encode"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


class LiveNetwork:
    """A GSM network with a gateway, running in its own thread while the CLI runs in the test's."""

    def __init__(self, state: Path) -> None:
        self.state = state
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.network: GsmNetwork | None = None
        self.gateway: SoftGateway | None = None

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._start())
        self.ready.set()
        self.loop.run_forever()

    async def _start(self) -> None:
        self.network = GsmNetwork(ring_interval=0.05, sms_delay=0.02, report_delay=0.02)
        self.network.add(PC)
        self.network.add(PEER)
        self.gateway = SoftGateway.create_or_open(
            self.state, model="wm-e2s", password=PASSWORD, simulated_radio=True
        )
        await self.gateway.start_modem(self.network.add(GW).url, rings=1)
        await asyncio.wait_for(self.gateway.modem.ready.wait(), 10)

    def url(self, number: str) -> str:
        assert self.network is not None
        return self.network.subscribers[number].url

    def call(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(10)

    def stop(self) -> None:
        async def stop() -> None:
            assert self.gateway is not None and self.network is not None
            await self.gateway.close()
            await self.network.close()

        self.call(stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveNetwork]:
    network = LiveNetwork(tmp_path_factory.mktemp("gsm-cli") / "gw")
    network.thread.start()
    assert network.ready.wait(15)
    yield network
    network.stop()


# ------------------------------------------------------------------------------------------------ PDUs


def _gammu_single_submits() -> list[tuple[str, str, str, str, str]]:
    """(number, smsc, coding, text, expected PDU) of gammu's single-part SMS-SUBMIT cases."""
    cases = []
    for backup in sorted(GAMMU_ENCODE.glob("*.backup")):
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str  # type: ignore[assignment,method-assign]
        parser.read(backup, encoding="utf-8")
        sec = parser["SMSBackup000"]
        if sec["Folder"] != "1":
            continue
        text = bytes.fromhex("".join(sec[k] for k in sorted(sec) if k.startswith("Text"))).decode("utf-16-be")
        coding = "ucs2" if sec["Coding"] == "Unicode" else "gsm7"
        if len(text) > (70 if coding == "ucs2" else 150) or "\n" in text:
            continue  # gammu cuts long texts; we send them in parts instead
        expected = backup.with_suffix(".dump").read_text().strip().upper()
        cases.append((sec["Number"].strip('"'), sec["SMSC"].strip('"'), coding, text, expected))
    return cases


@pytest.mark.skipif(not GAMMU_ENCODE.is_dir(), reason=f"gammu corpus not found at {GAMMU_ENCODE}")
def test_sms_encode_matches_gammu_byte_for_byte(capsys: pytest.CaptureFixture[str]) -> None:
    cases = _gammu_single_submits()
    assert len(cases) >= 20
    for number, smsc, coding, text, expected in cases:
        code, out, _ = run(
            capsys, "sms", "encode", "--to", number, "--smsc", smsc, "--coding", coding, text, "--json"
        )
        assert code == 0
        doc = json.loads(out)
        if doc["parts"] == 1:
            assert doc["pdus"][0] == expected, (number, text)


def test_sms_encode_long_text_and_decode(capsys: pytest.CaptureFixture[str]) -> None:
    text = "Meter 42 reads 1234.5 kWh; " * 8
    code, out, _ = run(capsys, "sms", "encode", "--to", "+36201234567", text, "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["parts"] == 2 and doc["coding"] == "gsm7" and len(doc["lengths"]) == 2
    assert all(pdu.startswith("00") for pdu in doc["pdus"])  # no --smsc: the SIM's service centre
    code, out, _ = run(capsys, "sms", "decode", doc["pdus"][1], "--json")
    assert code == 0
    decoded = json.loads(out)
    assert decoded["type"] == "SMS-SUBMIT" and decoded["destination"]["number"] == "+36201234567"
    assert decoded["validity"] == {"format": "relative", "seconds": 63 * 7 * 86400}
    assert decoded["user_data"]["concatenation"]["sequence"] == 2
    code, out, _ = run(capsys, "sms", "decode", doc["pdus"][0])
    assert code == 0 and "part            1 of 2" in out and "+36201234567" in out
    code, _, err = run(capsys, "sms", "decode", "07ZZ", "--json")
    assert code == 1 and json.loads(err)["kind"] in ("DecodeError", "RemoteProtocolError")


# ------------------------------------------------------------------------------------------------ modem


def test_sms_send_with_report_then_inbox_of_the_recipient(
    live: LiveNetwork, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "sms", "send", live.url(PC), PEER, "hello from the bench", "--report", "--json"
    )
    assert code == 0, out
    sent = json.loads(out)
    assert sent["parts"] == 1 and sent["reports"][str(sent["references"][0])]["delivered"] is True
    code, out, _ = run(capsys, "sms", "inbox", live.url(PEER), "--json", "--delete")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["from"], r["text"], r["status"]) for r in rows] == [(PC, "hello from the bench", "unread")]
    code, out, _ = run(capsys, "sms", "inbox", live.url(PEER))
    assert code == 0 and "no messages stored" in out


def test_at_terminal_with_piped_input(
    live: LiveNetwork, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = ["ATI", "AT+CGSN", "AT+CMGF=1", f'AT+CMGS="{PEER}"', "typed at the terminal", "AT+BOGUS", ""]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines)))
    code, out, _ = run(capsys, "at", live.url(PC), "--json", "--wait", "0.1")
    answers = [json.loads(line) for line in out.splitlines()]
    commands = [a for a in answers if "command" in a]
    assert [a["command"] for a in commands] == [
        "ATI",
        "AT+CGSN",
        "AT+CMGF=1",
        f'AT+CMGS="{PEER}"',
        "AT+BOGUS",
    ]
    assert commands[0]["lines"][0] == "gwterm virtual GSM modem"
    assert commands[1]["lines"][0].isdigit() and len(commands[1]["lines"][0]) == 15
    assert commands[3]["ok"] and commands[3]["lines"][0].startswith("+CMGS: ")
    assert commands[4]["result"] == "ERROR" and not commands[4]["ok"]
    assert code == 1  # a command failed
    code, out, _ = run(capsys, "sms", "inbox", live.url(PEER), "--json", "--delete")
    assert json.loads(out.splitlines()[0])["text"] == "typed at the terminal"


def test_device_commands_over_csd_and_sms(live: LiveNetwork, capsys: pytest.CaptureFixture[str]) -> None:
    csd = f"csd://{GW}?modem={live.url(PC)}"
    sms = f"sms://{GW}?modem={live.url(PC)}&reply_timeout=5"
    code, out, _ = run(capsys, "read", csd, "--password", PASSWORD, "--group", "apn", "--json")
    assert code == 0 and json.loads(out)["values"]["conn.apn_name"] == "internet"
    code, out, _ = run(
        capsys, "write", sms, "--password", PASSWORD, "conn.apn_name=by.sms", "--verify", "--json"
    )
    assert code == 0 and json.loads(out) == {"changed": ["conn.apn_name"], "verified": True, "mismatched": {}}
    code, out, _ = run(capsys, "info", csd, "--password", PASSWORD, "--json")
    assert code == 0 and json.loads(out)["model"] == "wm-e2s"
    code, out, _ = run(capsys, "info", sms, "--password", PASSWORD, "--json")
    assert code == 0 and json.loads(out)["number"] == GW
    code, _, err = run(capsys, "log", sms, "--password", PASSWORD)
    assert code == 2 and "not available over SMS" in err
    code, _, err = run(capsys, "read", "sms://+36209999999", "--password", PASSWORD)
    assert code == 2 and "modem" in err


def test_simulate_gsm_prints_tcp_csd_and_sms_urls(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "simulate",
            "--gateways",
            "2",
            "--gsm",
            "--password",
            PASSWORD,
            "--json",
            "--state-dir",
            str(tmp_path),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        rows = [json.loads(proc.stdout.readline()) for _ in range(2)]
        assert [r["name"] for r in rows] == ["gw0001", "gw0002"]
        for row in rows:
            assert row["tcp"].startswith("tcp://127.0.0.1:")
            assert row["csd"].startswith(f"csd://{row['number']}?modem=serial:///dev/")
            assert row["sms"].startswith(f"sms://{row['number']}?modem=serial:///dev/")
        code, out, _ = run(capsys, "read", rows[1]["csd"], "--password", PASSWORD, "--group", "apn", "--json")
        assert code == 0 and json.loads(out)["values"]["conn.apn_name"] == "internet"
        code, out, _ = run(
            capsys, "write", rows[0]["sms"], "--password", PASSWORD, "conn.apn_user=sim", "--json"
        )
        assert code == 0 and json.loads(out)["changed"] == ["conn.apn_user"]
    finally:
        proc.terminate()
        proc.wait(10)
