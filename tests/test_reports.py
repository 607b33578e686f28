"""Reports against real servers on loopback: mosquitto, aiohttp (HTTP/HTTPS), aioftp, aiosmtpd, asyncssh SFTP.

Each format must arrive and parse on the receiving side; a broker outage and kill -9 of a reporting
gateway must lose nothing and keep the order (duplicates only ever under the same message id).
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import email
import email.policy
import getpass
import io
import json
import os
import random
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aioftp
import aiomqtt
import asyncssh
import pytest
from aiohttp import web
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

from app.devices.profiles import load_profile
from app.errors import AuthError, TransportError, ValidationError
from app.gateway.reports import ReportConfig, ReportQueue, ReportService, report_configs
from app.gateway.reports.formats import render
from app.gateway.reports.model import MeterData, ReportContent
from app.gateway.reports.muc import scaled
from app.gateway.reports.retry import adaptive_retries
from app.gateway.scheduler import Schedule
from app.gateway.storage import Event, EventKind, Reading, Storage, readings_from_latest
from tests.helpers import ROOT, make_tls_material

GATEWAY = "0123456789"
OUTAGE_SECONDS = float(os.environ.get("GWTERM_TEST_OUTAGE_SECONDS", "60"))  # the issue: a 60 s outage

HEAT = {
    "header": {"id": "03575845", "manufacturer": "AMT", "version": 52, "medium": 4},
    "records": [
        {"function": "instantaneous", "storage": 0, "tariff": 0, "subunit": 0, "quantity": "energy",
         "unit": "Wh", "value": 1389817000},
        {"function": "instantaneous", "storage": 0, "tariff": 0, "subunit": 0, "quantity": "volume",
         "unit": "m^3", "value": 3611.318},
        {"function": "instantaneous", "storage": 0, "tariff": 0, "subunit": 0, "quantity": "date_time",
         "unit": "", "value": "2024-05-01T12:00"},
    ],
}  # fmt: skip
WATER = {
    "header": {"id": "12345678", "manufacturer": "KAM", "version": 27, "medium": 7},
    "records": [
        {"function": "instantaneous", "storage": 0, "tariff": 0, "subunit": 0, "quantity": "volume",
         "unit": "m^3", "value": 12.5},
    ],
}  # fmt: skip
LATEST = [
    {"address": "5", "name": "Heat; cellar", "read_at": "2024-05-01T12:00:05Z", "ok": True,
     "telegrams": [HEAT]},
    {"address": "12345678", "name": "Water", "kind": "wmbus", "read_at": "2024-05-01T12:00:01Z", "ok": True,
     "rssi": -70, "telegrams": [WATER]},
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def filled_storage(path: Path) -> Storage:
    store = Storage(path)
    meters, rows = readings_from_latest(LATEST)
    store.ingest(rows, meters, at=1714564800)
    return store


def make_service(store: Storage, *configs: ReportConfig, **options: Any) -> ReportService:
    options.setdefault("secret", lambda key: "")
    return ReportService(
        store, gateway=GATEWAY, configs=lambda: list(configs), gateway_name=lambda: "test gateway", **options
    )


def config(**fields: Any) -> ReportConfig:
    return ReportConfig(instance=fields.pop("instance", 1), enabled=True, **fields)


# ---------------------------------------------------------------- real servers


@dataclass
class Broker:
    """A mosquitto process on a loopback port; stop() and start() simulate an outage."""

    binary: str
    folder: Path
    port: int = field(default_factory=free_port)
    tls_port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.folder.mkdir(exist_ok=True)
        conf = self.folder / "mosquitto.conf"
        if not (self.folder / "ca.pem").exists():
            make_tls_material(self.folder)
        conf.write_text(
            f"per_listener_settings false\nallow_anonymous true\npersistence true\n"
            f"persistence_location {self.folder}/\nuser {getpass.getuser()}\n"
            f"listener {self.port} 127.0.0.1\n"
            f"listener {self.tls_port} 127.0.0.1\ncafile {self.folder / 'ca.pem'}\n"
            f"certfile {self.folder / 'server.pem'}\nkeyfile {self.folder / 'server.key'}\n"
        )
        self.process = subprocess.Popen(
            [self.binary, "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.2):
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"mosquitto exited with {self.process.returncode}")
            time.sleep(0.05)
        raise RuntimeError("mosquitto did not start listening")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # mosquitto saves its persistence file on SIGTERM
            self.process.wait(10)


@pytest.fixture
def mosquitto(tmp_path: Path) -> Iterator[Broker]:
    binary = shutil.which("mosquitto") or next(
        (p for p in ("/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto") if os.path.exists(p)), None
    )
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail(
                "mosquitto is not installed (apt-get install mosquitto); CI must run the broker tests"
            )
        pytest.skip("mosquitto is not installed (apt-get install mosquitto)")
    broker = Broker(binary=binary, folder=tmp_path / "mosquitto")
    broker.start()
    yield broker
    broker.stop()


@dataclass
class HttpReceiver:
    """An aiohttp server that keeps every POST."""

    url: str
    posts: list[dict[str, Any]]
    status: list[int]


@contextlib.asynccontextmanager
async def http_receiver(
    ssl_context: ssl.SSLContext | None = None, delay: float = 0.0
) -> AsyncIterator[HttpReceiver]:
    posts: list[dict[str, Any]] = []
    status = [200]

    async def handle(request: web.Request) -> web.Response:
        body = await request.read()
        if status[0] == 200:
            posts.append({"path": request.path, "headers": dict(request.headers), "body": body})
        if delay:  # stored, not yet acknowledged: a kill now makes the gateway send it again
            await asyncio.sleep(delay)
        return web.Response(status=status[0], text="stored" if status[0] == 200 else "no")

    app = web.Application()
    app.router.add_post("/{tail:.*}", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=ssl_context)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    scheme = "https" if ssl_context else "http"
    try:
        yield HttpReceiver(url=f"{scheme}://127.0.0.1:{port}", posts=posts, status=status)
    finally:
        await runner.cleanup()


def server_tls(tmp_path: Path) -> tuple[ssl.SSLContext, Path]:
    material = make_tls_material(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(material["cert"], material["key"])
    return context, material["ca"]


# ---------------------------------------------------------------- formats, config, queue


def content(store: Storage) -> ReportContent:
    meters = tuple(MeterData(meter=m, readings=tuple(r)) for m, r in store.readout_readings(1, 1))
    return ReportContent(
        message_id=f"{GATEWAY}-abc-1-7",
        kind="readings",
        gateway=GATEWAY,
        gateway_name="gw",
        created=1714564810,
        meters=meters,
    )


def check_muc_json(body: bytes) -> None:
    doc = json.loads(body)["muc"]
    assert doc["MUC_ID"] == GATEWAY and doc["MESSAGE_ID"].startswith(GATEWAY)
    meters = {m["METER_ID"]: m for m in doc["meter"]}
    heat = meters["03575845"]
    assert (heat["INTERFACE"], heat["MAN"], heat["VER"], heat["MED"], heat["MED_ID"]) == (
        "MBus", "AMT", 52, "Heat (outlet)", 4,
    )  # fmt: skip
    energy = next(d for d in heat["data"] if d["DESCRIPTION"] == "Energy")
    assert (energy["UNIT"], energy["SCALE"], energy["entry"][0]["VAL"]) == ("kWh", 0.001, "1389817000")
    volume = next(d for d in heat["data"] if d["DESCRIPTION"] == "Volume")
    assert (volume["UNIT"], volume["SCALE"], volume["entry"][0]["VAL"]) == ("m^3", 0.001, "3611318")
    assert volume["entry"][0]["T_MUC"] == 1714564805
    assert meters["12345678"]["INTERFACE"] == "wMBus" and meters["12345678"]["MED"] == "Water"


def check_muc_xml(body: bytes) -> None:
    root = ET.fromstring(body)
    assert root.tag == "interface" and root.get("MESSAGE_TYPE") == "1"
    muc = root.find("muc")
    assert muc is not None and muc.get("MUC_ID") == GATEWAY
    heat = next(m for m in muc.findall("meter") if m.get("METER_ID") == "03575845")
    volume = next(d for d in heat.findall("data") if d.get("DESCRIPTION") == "Volume")
    assert (volume.get("UNIT"), volume.get("SCALE")) == ("m^3", "0.001")
    params = {p.get("NAME"): p.text for p in volume.iter("param")}
    assert params == {"T_MUC": "1714564805", "VAL": "3611318"}


def check_csv(body: bytes) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8")), delimiter=";"))
    energy = next(r for r in rows if r["Quantity"] == "energy")
    assert energy["MeterName"] == "Heat; cellar", "a separator inside a field is quoted"
    assert (energy["Value"], energy["Unit"], energy["ReadingTime"]) == (
        "1389817000",
        "Wh",
        "2024-05-01 12:00:05",
    )
    assert {r["MeterAddress"] for r in rows} == {"5", "12345678"}
    return rows


def check_gwterm_batch(body: bytes) -> dict[str, Any]:
    doc = json.loads(body)
    assert doc["schema"] == "gwterm-report/1" and doc["kind"] == "batch"
    by_meter = {m["meter"]["address"]: m for m in doc["messages"]}
    assert by_meter["5"]["id"] == f"{doc['id']}-5"
    energy = next(r for r in by_meter["5"]["readings"] if r["quantity"] == "energy")
    assert (energy["value"], energy["unit"], energy["time"]) == (1389817000, "Wh", "2024-05-01T12:00:05Z")
    assert isinstance(doc, dict)
    return doc


def test_formats_render_and_parse(tmp_path: Path) -> None:
    store = filled_storage(tmp_path / "g.db")
    report = content(store)
    check_muc_json(render("json", report)[0].body)
    check_muc_xml(render("xml", report)[0].body)
    check_csv(render("csv", report)[0].body)
    check_gwterm_batch(render("gwterm-json", report)[0].body)
    split = render("gwterm-json", report, topic_prefix="site/a", split=True)
    assert [d.topic for d in split] == [f"site/a/{GATEWAY}/12345678", f"site/a/{GATEWAY}/5"]
    assert split[0].filename.endswith(".json") and "valuereport" in render("csv", report)[0].filename
    store.close()


def test_muc_scaling() -> None:
    assert scaled(1389817000, "Wh") == ("kWh", "1389817000", scaled(1, "Wh")[2])
    unit, val, scale = scaled(21.25, "°C")
    assert (unit, val, str(scale)) == ("Degree C", "2125", "0.01")
    assert scaled("2024-05-01T12:00", "")[:2] == ("None", "2024-05-01T12:00")


def test_event_formats() -> None:
    event = Event(
        id=3, at=1714564800, kind=EventKind.METER_UNREADABLE, level="warning", meter="5", message="x"
    )
    report = ReportContent(
        message_id="gw-1-2", kind="event", gateway="gw", gateway_name="", created=1714564801, events=(event,)
    )
    assert json.loads(render("json", report)[0].body)["muc"]["event"][0]["KIND"] == "meter_unreadable"
    assert ET.fromstring(render("xml", report)[0].body).get("MESSAGE_TYPE") == "2"
    assert next(csv.DictReader(io.StringIO(render("csv", report)[0].body.decode()), delimiter=";"))[
        "Event"
    ] == ("meter_unreadable")
    [doc] = render("gwterm-json", report, topic_prefix="p", split=True)
    assert doc.topic == "p/gw/events" and json.loads(doc.body)["event"]["meter"] == "5"


def test_profile_report_groups_and_config_checks() -> None:
    profile = load_profile("gwterm-gw")
    keys = {p.key for p in profile.params}
    for n in range(1, 11):
        assert {f"report{n}.enabled", f"report{n}.transport", f"report{n}.password"} <= keys
    assert profile.by_key["report3.password"].secret
    defaults = {p.key: p.default for p in profile.params if not p.secret}
    configs = report_configs(defaults)
    assert [c.instance for c in configs] == list(range(1, 11)) and not any(c.enabled for c in configs)
    assert config(transport="mqtt", url="mqtts://broker/site").check().port == 8883
    for bad, where in [
        (config(transport="mqtt", url="https://host/x"), "report1.url"),
        (config(transport="http", url="https://user:pw@host/x"), "report1.url"),
        (config(transport="smtp", url="smtp://host"), "report1.mail_to"),
        (config(transport="ftp", url="ftp:///dir"), "report1.url"),
    ]:
        with pytest.raises(ValidationError) as caught:
            bad.check()
        assert caught.value.path == where


def test_adaptive_retry_table() -> None:
    periods = (10, 900, 960, 3600, 3660, 82800, 86400)
    assert [(p.retries, p.spacing) for p in map(adaptive_retries, periods)] == [
        (1, 0), (1, 0), (2, 300), (2, 300), (3, 500), (3, 500), (6, 3600),
    ]  # fmt: skip


def test_queue_backlog_drops_the_oldest_with_an_event(tmp_path: Path) -> None:
    store = Storage(tmp_path / "g.db")
    queue = ReportQueue(store, 1, gateway=GATEWAY)
    for n in range(1, 6):
        store.ingest([Reading(meter="m", key="k", value=n, unit="", ts=n)], at=n)
        message, dropped = queue.seal(n, backlog=3)
        assert message is not None and message.readouts == 1
        assert dropped == (1 if n > 3 else 0)
    event = Event(id=9, at=6, kind=EventKind.POWER_LOST, level="warning", meter="", message="power")
    queue.add_event(event, 6)
    pending = queue.pending()
    assert [(m.kind, m.first_readout) for m in pending] == [
        ("readings", 3), ("readings", 4), ("readings", 5), ("event", None),
    ]  # fmt: skip
    assert len({m.message_id for m in pending}) == 4 and pending[-1].event == event
    assert queue.seal(7, backlog=3) == (None, 0), "nothing new to seal"
    # one message larger than the backlog keeps its newest readouts
    for n in range(6, 12):
        store.ingest([Reading(meter="m", key="k", value=n, unit="", ts=n)], at=n)
    message, dropped = queue.seal(12, backlog=3)
    assert dropped == 3 + 3 and message is not None
    assert [(m.first_readout, m.readouts) for m in queue.pending() if m.kind == "readings"] == [(9, 3)]
    queue.delivered(queue.pending()[-1].seq, 13)
    assert queue.status().pending == 0 and queue.status().delivered_seq > 0
    store.close()


# ---------------------------------------------------------------- transports


async def test_http_every_format_arrives_and_test_send_answers(tmp_path: Path) -> None:
    store = filled_storage(tmp_path / "g.db")
    service = make_service(store)
    checks = {
        "json": check_muc_json,
        "xml": check_muc_xml,
        "csv": check_csv,
        "gwterm-json": check_gwterm_batch,
    }
    async with http_receiver() as receiver:
        for fmt, check in checks.items():
            answer = await service.test_send(
                config(transport="http", url=f"{receiver.url}/in/{fmt}", format=fmt)
            )
            assert answer == "HTTP/1.1 200 OK: stored"
            post = receiver.posts[-1]
            assert post["path"] == f"/in/{fmt}" and post["headers"]["X-Message-Id"].startswith(
                f"{GATEWAY}-test-"
            )
            check(post["body"])
    store.close()


async def test_https_with_a_ca_and_the_queue_path(tmp_path: Path) -> None:
    server_context, ca = server_tls(tmp_path)
    store = filled_storage(tmp_path / "g.db")
    async with http_receiver(server_context) as receiver:
        good = config(transport="http", url=f"{receiver.url}/up", tls_ca=str(ca), cycle="@every 1s")
        service = make_service(store, good)
        service.start()
        for n in range(3):
            store.ingest(
                [
                    Reading(
                        meter="5", key="volume/instantaneous/0/0/0", value=n, unit="m^3", ts=2_000_000_000 + n
                    )
                ],
                at=n,
            )
        service.event(
            store.add_event(EventKind.METER_UNREADABLE, "meter 7 unreadable", at=2_000_000_000, meter="7")
        )
        for _ in range(60):
            if len(receiver.posts) >= 2:
                break
            await asyncio.sleep(0.1)
        await service.close()
        kinds = [json.loads(p["body"])["messages"][0]["kind"] for p in receiver.posts]
        assert kinds[:2] == ["event", "readings"]
        readings = json.loads(receiver.posts[1]["body"])["messages"][0]["readings"]
        assert [r["value"] for r in readings] == [0, 1, 2]
        assert service.queue(1).status().pending == 0
        # without the CA the certificate is refused; the insecure switch accepts it
        with pytest.raises(TransportError):
            await service.test_send(config(transport="http", url=f"{receiver.url}/up"))
        answer = await service.test_send(
            config(transport="http", url=f"{receiver.url}/up", tls_insecure=True)
        )
        assert answer.startswith("HTTP/1.1 200")
    store.close()


async def test_secrets_stay_out_of_logs_and_files(tmp_path: Path) -> None:
    store = filled_storage(tmp_path / "g.db")
    secret = "S3cr3t-Pa55!"
    async with http_receiver() as receiver:
        receiver.status[0] = 401
        report = config(transport="http", url=f"{receiver.url}/x", username="gw", cycle="@every 1s")
        service = make_service(store, report, secret=lambda key: secret if key == "report1.password" else "")
        with pytest.raises(AuthError, match="401"):
            await service.test_send(report)
        service.queue(1)
        store.ingest([Reading(meter="5", key="k", value=1, unit="", ts=2_000_000_000)], at=2_000_000_000)
        assert not await service.report_now(1)
        assert receiver.posts == []
    text = json.dumps(store.log_entries()) + service.queue(1).status().last_error
    assert "401" in text and secret not in text
    store.close()
    for file in tmp_path.iterdir():
        assert secret.encode() not in file.read_bytes(), f"{file.name} holds the password"


async def test_mqtt_per_meter_topics_and_muc_json(mosquitto: Broker, tmp_path: Path) -> None:
    store = filled_storage(tmp_path / "g.db")
    service = make_service(store)
    got: list[aiomqtt.Message] = []
    async with aiomqtt.Client("127.0.0.1", mosquitto.port, identifier="reader") as reader:
        await reader.subscribe("site/#", qos=1)
        split = config(
            transport="mqtt", url=f"mqtt://127.0.0.1:{mosquitto.port}/site/a", format="gwterm-json"
        )
        assert await service.test_send(split) == "CONNACK accepted; 2 × PUBACK"
        muc = config(
            transport="mqtt", url=f"mqtt://127.0.0.1:{mosquitto.port}/site/muc", format="json", mqtt_qos=2
        )
        assert await service.test_send(muc) == "CONNACK accepted; 1 × PUBCOMP"
        tls_url = f"mqtts://localhost:{mosquitto.tls_port}/site/tls"
        secure = config(transport="mqtt", url=tls_url, format="csv", tls_ca=str(mosquitto.folder / "ca.pem"))
        assert await service.test_send(secure) == "CONNACK accepted; 1 × PUBACK"
        with pytest.raises(TransportError):  # the system CAs do not know the test CA
            await service.test_send(config(transport="mqtt", url=tls_url, format="csv"))
        async with asyncio.timeout(5):
            async for message in reader.messages:
                got.append(message)
                if len(got) == 4:
                    break
    topics = [str(m.topic) for m in got]
    assert topics == [f"site/a/{GATEWAY}/12345678", f"site/a/{GATEWAY}/5", "site/muc", "site/tls"]
    check_csv(bytes(got[3].payload))
    heat = json.loads(bytes(got[1].payload))
    assert heat["meter"]["id"] == "03575845" and heat["topic"] == topics[1]
    check_muc_json(bytes(got[2].payload))
    store.close()


async def test_ftp_upload_arrives_whole(tmp_path: Path) -> None:
    store = filled_storage(tmp_path / "g.db")
    root = tmp_path / "ftp"
    root.mkdir()
    user = aioftp.User(
        "gw", "pw", base_path=root, permissions=[aioftp.Permission("/", readable=True, writable=True)]
    )
    server = aioftp.Server([user])
    port = free_port()
    await server.start("127.0.0.1", port)
    try:
        service = make_service(store, secret=lambda key: "pw")
        report = config(
            transport="ftp", url=f"ftp://127.0.0.1:{port}/upload/csv", format="csv", username="gw"
        )
        answer = await service.test_send(report)
        assert answer.startswith("250")
    finally:
        await server.close()
    [file] = (root / "upload" / "csv").iterdir()
    assert file.name.startswith(f"{GATEWAY}_valuereport_") and file.suffix == ".csv"
    check_csv(file.read_bytes())
    store.close()


async def test_smtp_starttls_login_and_attachment(tmp_path: Path) -> None:
    server_context, ca = server_tls(tmp_path)
    store = filled_storage(tmp_path / "g.db")
    received: list[bytes] = []

    class Handler:
        async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:
            received.append(envelope.original_content or envelope.content)
            return "250 2.0.0 queued as 42"

    def authenticator(server: SMTP, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.login == b"gw" and data.password == b"mail-pw"
        return AuthResult(success=ok)

    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(
            Handler(),
            hostname="localhost",
            tls_context=server_context,
            require_starttls=True,
            authenticator=authenticator,
            auth_required=True,
        ),
        "127.0.0.1",
        0,
    )
    port = server.sockets[0].getsockname()[1]
    try:
        service = make_service(store, secret=lambda key: "mail-pw")
        report = config(
            transport="smtp", url=f"smtp://127.0.0.1:{port}", format="xml", username="gw", tls_ca=str(ca),
            mail_to="ops@example.com, head-end@example.com",
        )  # fmt: skip
        answer = await service.test_send(report)
        assert answer == "250 2.0.0 queued as 42", answer
    finally:
        server.close()
        await server.wait_closed()
    mail = email.message_from_bytes(received[0], policy=email.policy.default)
    assert mail["To"] == "ops@example.com, head-end@example.com" and mail["Message-ID"].startswith(
        f"<{GATEWAY}"
    )
    [attachment] = list(mail.iter_attachments())
    assert str(attachment.get_filename()).endswith(".xml")
    check_muc_xml(attachment.get_content())
    store.close()


async def test_sftp_upload(tmp_path: Path) -> None:
    store = filled_storage(tmp_path / "g.db")
    root = tmp_path / "sftp"
    root.mkdir()
    host_key = asyncssh.generate_private_key("ssh-ed25519")

    class Server(asyncssh.SSHServer):
        def begin_auth(self, username: str) -> bool:
            return True

        def password_auth_supported(self) -> bool:
            return True

        def validate_password(self, username: str, password: str) -> bool:
            return username == "gw" and password == "ssh-pw"

    acceptor = await asyncssh.listen(
        "127.0.0.1",
        0,
        server_host_keys=[host_key],
        server_factory=Server,
        sftp_factory=lambda channel: asyncssh.SFTPServer(channel, chroot=os.fsencode(root)),
    )
    port = acceptor.sockets[0].getsockname()[1]
    known_hosts = tmp_path / "known_hosts"
    known_hosts.write_bytes(f"[127.0.0.1]:{port} ".encode() + host_key.export_public_key())
    try:
        service = make_service(store, secret=lambda key: "ssh-pw")
        report = config(
            transport="sftp", url=f"sftp://127.0.0.1:{port}/in", username="gw", tls_ca=str(known_hosts)
        )
        answer = await service.test_send(report)
        assert answer.startswith("SFTP: 1 file(s)")
        with pytest.raises(AuthError):
            await make_service(store, secret=lambda key: "wrong").test_send(report)
    finally:
        acceptor.close()
        await acceptor.wait_closed()
    [file] = (root / "in").iterdir()
    check_gwterm_batch(file.read_bytes())
    store.close()


# ---------------------------------------------------------------- outage and kill -9


async def collect(broker: Broker, topic: str, sink: list[tuple[str, bytes]], stop: asyncio.Event) -> None:
    """A persistent QoS 1 subscriber that reconnects while the broker is away."""
    while not stop.is_set():
        try:
            async with aiomqtt.Client(
                "127.0.0.1", broker.port, identifier="collector", clean_session=False
            ) as client:
                await client.subscribe(topic, qos=1)
                async for message in client.messages:
                    sink.append((str(message.topic), bytes(message.payload)))
        except aiomqtt.MqttError:
            await asyncio.sleep(0.1)


async def test_broker_outage_loses_nothing_and_keeps_order(mosquitto: Broker, tmp_path: Path) -> None:
    store = Storage(tmp_path / "g.db")
    readout = Schedule.parse("@every 1s")
    report = config(transport="mqtt", url=f"mqtt://127.0.0.1:{mosquitto.port}/fleet", cycle="@readout")
    service = make_service(store, report, readout_schedule=lambda: readout, timeout=2)
    service.start()
    sink: list[tuple[str, bytes]] = []
    stop = asyncio.Event()
    collector = asyncio.ensure_future(collect(mosquitto, "fleet/#", sink, stop))
    await asyncio.sleep(0.3)
    committed: list[int] = []

    async def readouts() -> None:
        n = 0
        while True:
            due = readout.next_after(time.time())
            await asyncio.sleep(due - time.time())
            service.readout_started()
            n += 1
            rows = [
                Reading(meter=m, key="energy/instantaneous/0/0/0", value=n, unit="Wh", ts=int(due))
                for m in "ab"
            ]
            service.readout_finished(store.ingest(rows, at=int(due)))
            committed.append(n)

    reader = asyncio.ensure_future(readouts())
    await asyncio.sleep(1.5)
    mosquitto.stop()
    await asyncio.sleep(OUTAGE_SECONDS)
    during = len(committed)
    mosquitto.start()
    await asyncio.sleep(1.2)
    reader.cancel()
    last = committed[-1]
    for _ in range(100):
        values = {json.loads(body)["readings"][-1]["value"] for _, body in sink}
        if last in values:
            break
        await asyncio.sleep(0.1)
    stop.set()
    collector.cancel()
    await asyncio.gather(reader, collector, return_exceptions=True)
    await service.close()
    assert during >= OUTAGE_SECONDS - 1, "readings went on during the outage"
    assert any("not delivered" in e["message"] for e in store.log_entries())
    by_id: dict[str, bytes] = {}
    order: dict[str, list[int]] = {"a": [], "b": []}
    for topic, body in sink:
        doc = json.loads(body)
        if doc["id"] in by_id:
            assert by_id[doc["id"]] == body, "a re-sent message is the same message"
            continue
        by_id[doc["id"]] = body
        assert topic == f"fleet/{GATEWAY}/{doc['meter']['address']}"
        order[doc["meter"]["address"]] += [r["value"] for r in doc["readings"]]
    for meter, got in order.items():
        assert got == sorted(got) and len(got) == len(set(got)), f"{meter}: out of order or twice"
        assert set(committed) <= set(got), f"{meter}: lost {sorted(set(committed) - set(got))[:5]}"
    store.close()


CHILD = r"""
import asyncio, sys, time
from pathlib import Path
from app.gateway.reports import ReportConfig, ReportService
from app.gateway.storage import Reading, Storage

async def main(db: str, url: str) -> None:
    store = Storage(Path(db))
    boot = store.record_boot(int(time.time()))
    config = ReportConfig(instance=1, enabled=True, transport="http", url=url, cycle="@every 1s")
    service = ReportService(store, gateway="gw1", configs=lambda: [config], secret=lambda key: "", timeout=2)
    service.start()
    for event in boot:
        service.event(event)
    n = int(store.db.execute("SELECT coalesce(max(ts), 0) FROM readings").fetchone()[0])
    while True:
        n += 1
        service.readout_started()
        key = "energy/instantaneous/0/0/0"
        rows = [Reading(meter=f"m{m}", key=key, value=n, unit="Wh", ts=n) for m in range(3)]
        service.readout_finished(store.ingest(rows, at=n))
        print(n, flush=True)
        await asyncio.sleep(0.05)

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


async def test_kill_9_while_reading_and_reporting(tmp_path: Path) -> None:
    rng = random.Random(5)
    committed: list[int] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    async with http_receiver(delay=0.3) as receiver:

        async def life(seconds: float, until_delivered: bool = False) -> None:
            child = await asyncio.create_subprocess_exec(
                sys.executable, "-c", CHILD, str(tmp_path / "g.db"), f"{receiver.url}/in",
                cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE,
            )  # fmt: skip
            assert child.stdout is not None
            deadline = time.monotonic() + seconds
            lines = 0
            with contextlib.suppress(TimeoutError):
                while time.monotonic() < deadline:
                    line = await asyncio.wait_for(child.stdout.readline(), deadline - time.monotonic())
                    committed.append(int(line))
                    lines += 1
                    if until_delivered and lines > 20 and delivered() >= committed[-10]:
                        break
            os.kill(child.pid, signal.SIGKILL)
            committed.extend(int(line) for line in (await child.stdout.read()).split())
            await child.wait()

        def delivered() -> int:
            values = [r["value"] for p in receiver.posts for m in json.loads(p["body"])["messages"]
                      if m["kind"] == "readings" for r in m["readings"]]  # fmt: skip
            return max(values, default=0)

        for _ in range(3):
            await life(rng.uniform(1.2, 2.2))
        await life(10, until_delivered=True)
    store = Storage(tmp_path / "g.db")
    present = {r.ts for r in store.readings("m1")}
    assert set(committed) <= present, "a committed reading was lost"
    store.db.close()
    seen: dict[str, bytes] = {}
    values: dict[str, list[int]] = {}
    power_lost = 0
    for post in receiver.posts:
        doc = json.loads(post["body"])
        if doc["id"] in seen:
            assert seen[doc["id"]] == post["body"], "the same id always carries the same report"
            continue
        seen[doc["id"]] = post["body"]
        for message in doc["messages"]:
            if message["kind"] == "event":
                power_lost += message["event"]["kind"] == EventKind.POWER_LOST
                continue
            values.setdefault(message["meter"]["address"], []).extend(r["value"] for r in message["readings"])
    assert power_lost == 3, "each kill is reported as a power loss after the restart"
    cutoff = committed[-10]  # the last life stopped once these were delivered
    for meter, got in values.items():
        assert got == sorted(got) and len(got) == len(set(got)), f"{meter}: out of order or twice"
        lost = [n for n in committed if n <= cutoff and n not in got]
        assert not lost, f"{meter}: committed readings never delivered: {lost[:5]}"
