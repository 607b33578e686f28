"""`gwterm dlms objects|get|set|action|decode|simulate` against the 2N MeterCom simulator process."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from app.cli import main
from tests.helpers import ROOT


@pytest.fixture(scope="module")
def metercom() -> Iterator[dict[str, str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "dlms", "simulate", "--port", "0", "--password", "Pw-2N", "--json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    urls: dict[str, str] = json.loads(proc.stdout.readline())
    yield urls
    proc.terminate()
    proc.wait(10)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_objects_lists_the_device(metercom: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "dlms", "objects", metercom["tcp"], "--password", "Pw-2N", "--json")
    assert code == 0
    objects = {o["obis"]: o for o in json.loads(out)["objects"]}
    assert objects["0.0.1.0.0.255"]["class_name"] == "Clock" and len(objects) > 200
    assert objects["0.0.42.0.0.255"]["attributes"]["2"].startswith("read")


def test_get_scales_a_register_and_reads_over_hdlc(
    metercom: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "dlms", "get", metercom["tcp"], "1.0.1.8.0.255", "--password", "Pw-2N", "--json"
    )
    body = json.loads(out)
    assert code == 0 and body["class"] == 3 and body["unit"] == "Wh" and isinstance(body["value"], int)
    code, out, _ = run(capsys, "dlms", "get", metercom["serial"], "0.0.42.0.0.255:2", "--password", "Pw-2N")
    assert code == 0 and "2NMCP-" in out
    code, out, _ = run(
        capsys, "dlms", "get", metercom["tcp"], "1.0.99.1.0.255:2", "--entries", "1,2", "--json"
    )
    rows = json.loads(out)["value"]
    assert code == 0 and len(rows) == 2 and rows[1][0] > rows[0][0], (
        "the public client reads the load profile"
    )


def test_set_and_errors(metercom: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "dlms", "get", metercom["tcp"], "0.0.42.0.0.255", "--password", "nope")
    assert code == 1 and "wrong password" in err
    code, _, err = run(
        capsys,
        "dlms", "set", metercom["tcp"], "0.0.42.0.0.255:2", "x", "--type", "octet-string",
        "--password", "Pw-2N", "--json",
    )  # fmt: skip
    assert code == 1 and json.loads(err)["result"] == 3, "read-write-denied names its code"
    code, _, err = run(capsys, "dlms", "set", metercom["tcp"], "0.0.42.0.0.255:2", "x", "--type", "long")
    assert code == 2 and "not a valid long" in err
    code, _, err = run(capsys, "dlms", "get", metercom["tcp"], "1.2.3", "--password", "Pw-2N")
    assert code != 0 and "1.2.3" in err


def test_decode_a_data_notification(capsys: pytest.CaptureFixture[str]) -> None:
    apdu = "0F00000001" + "00" + "0202" + "0906" + "0100010800FF" + "0600000457"
    code, out, _ = run(capsys, "dlms", "decode", apdu, "--json")
    body = json.loads(out)
    assert code == 0 and body["apdu"] == "data-notification"
    assert body["registers"][0]["obis"] == "1.0.1.8.0.255" and body["registers"][0]["value"] == 0x457
