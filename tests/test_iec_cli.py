"""`gwterm iec read/program/decode/simulate`: JSON shapes and exit codes against a simulated meter."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from app import cli, cli_iec
from tests.helpers import ROOT

EXTRACTED = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "extracted"
AMSHAN = EXTRACTED / "amshan_hdlc_dlms_dlde_vectors.json"
IEC_VECTORS = EXTRACTED / "iec62056_21_vectors.json"


def _with_iec(build: Any) -> Any:
    """app.cli's parser with `iec` added when app/cli.py does not register it (yet)."""

    def wrapped() -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = build()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "iec" not in sub.choices:
            cli_iec.register(sub)
        return parser

    return wrapped


def cli_main(argv: list[str]) -> int:
    """`gwterm ARGV` in this process."""
    with mock.patch.object(cli, "build_parser", _with_iec(cli.build_parser)):
        return cli.main(argv)


RUNNER = (
    "import sys; from unittest import mock; from app import cli; from tests.test_iec_cli import _with_iec; "
    "mock.patch.object(cli, 'build_parser', _with_iec(cli.build_parser)).start(); "
    "sys.exit(cli.main(sys.argv[1:]))"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = cli_main(list(args))
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip().startswith(("{", "[")) else out, err


@pytest.fixture(scope="module")
def simulated() -> Iterator[dict[str, Any]]:
    """`gwterm iec simulate` as a child process (mode C, quick reactions, unpaced pty, plus TCP)."""
    args = [
        "iec",
        "simulate",
        "--fast",
        "--json",
        "--tcp",
        "0",
        "--manufacturer",
        "GWt",
        "--reaction",
        "0.02",
    ]
    args += ["--password", "pw-iec", "--baud", "19200"]
    proc = subprocess.Popen(
        [sys.executable, "-c", RUNNER, *args], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        yield json.loads(proc.stdout.readline())
    finally:
        proc.terminate()
        proc.wait(10)


def test_read_json_over_the_pty_and_tcp(
    simulated: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    assert simulated["mode"] == "C" and simulated["identification"] == "/GWt6GWTERM-SIM"
    code, body, _ = run(capsys, "iec", "read", simulated["serial"], "--json", "--max-baud", "9600")
    assert code == 0, body
    assert body["identification"]["manufacturer"] == "GWt" and body["identification"]["short_reaction_time"]
    assert (body["mode"], body["baud"], body["check"], body["check_ok"], body["end"]) == (
        "C",
        9600,
        "bcc",
        True,
        "!",
    )
    registers = {r["address"]: r["values"] for r in body["registers"]}
    assert registers["1.8.0"] == [{"value": "012345.678", "unit": "kWh"}]
    assert registers["1.6.0"] == [
        {"value": "02.345", "unit": "kW"},
        {"value": "24-01-15 10:15", "unit": None},
    ]
    code, body, _ = run(capsys, "iec", "read", simulated["tcp"], "--json", "--address", "12345678")
    assert code == 0 and body["baud"] == 19200 and len(body["registers"]) == len(registers)
    code, text, _ = run(capsys, "iec", "read", simulated["serial"])
    assert code == 0 and "/GWt6GWTERM-SIM  mode C at 19200 Bd, BCC ok" in text and "kWh" in text


def test_program_reads_and_writes(simulated: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    url = simulated["serial"]
    code, body, _ = run(
        capsys, "iec", "program", url, "--password", "pw-iec", "--read", "0.2.2", "--write", "0.2.2=T07",
        "--read", "0.2.2", "--json",
    )  # fmt: skip
    assert code == 0, body
    assert [r.get("values", [{}])[0].get("value") for r in body["results"]] == ["T01", None, "T07"]
    code, _, err = run(capsys, "iec", "program", url, "--password", "wrong", "--read", "1.8.0", "--json")
    assert code == 1 and json.loads(err)["kind"] == "AuthError"
    code, _, err = run(capsys, "iec", "program", url, "--password", "pw-iec", "--write", "1.8.0=0", "--json")
    assert code == 1 and "ER02" in json.loads(err)["error"]
    code, _, _ = run(capsys, "iec", "program", url, "--password", "pw-iec", "--write", "1.8.0", "--json")
    assert code == 2


def test_bad_input_is_exit_2(simulated: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "iec", "read", simulated["serial"], "--address", "a!b", "--json")[0] == 2
    assert run(capsys, "iec", "read", "ftp://nowhere", "--json")[0] == 2
    assert run(capsys, "iec", "decode", "/no/such/capture", "--json")[0] == 2


@pytest.mark.skipif(not AMSHAN.is_file(), reason=f"peer corpus not found at {EXTRACTED}")
def test_decode_hex_and_raw_captures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    constants = json.loads(AMSHAN.read_text(encoding="utf-8"))["files"]["test_dlde.py"]["constants"]
    hex_text = constants["EXAMPLE_DATA_A_LANDISGYR_360"]["hex"]
    spaced = tmp_path / "p1.hex"
    spaced.write_text(" ".join(hex_text[i : i + 2] for i in range(0, len(hex_text), 2)) + "\n")
    code, body, _ = run(capsys, "iec", "decode", str(spaced), "--json")
    assert code == 0
    assert body["identification"]["text"] == "/LGF5E360" and body["mode"] == "D"
    assert (body["check"], body["check_ok"], body["end"]) == ("crc16", True, "!A077")
    assert body["registers"][1] == {
        "address": "1-0:1.8.0",
        "values": [{"value": "00000896.020", "unit": "kWh"}],
    }
    vectors = json.loads(IEC_VECTORS.read_text(encoding="utf-8"))["vectors"]
    ace = next(v for v in vectors if "ACE3000" in v["kind"])
    raw = tmp_path / "ace.bin"
    raw.write_bytes(bytes.fromhex(ace["frame_hex"]))
    code, body, err = run(capsys, "iec", "decode", str(raw), "--json")
    assert code == 0 and not body["check_ok"] and "failed its bcc check" in err
    assert [r["address"] for r in body["registers"]] == ["F.F", "C.1", "C.5.0", "1.8.0"]
    assert body["unparsed"] == ["Y\x02\x02\x01\x00!"]
    junk = tmp_path / "junk.txt"
    junk.write_text("hello, no meter here\n")
    assert run(capsys, "iec", "decode", str(junk), "--json")[0] == 1
