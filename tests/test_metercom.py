"""The 2N MeterCom PRO over DLMS/COSEM end to end: the simulator on real loopback TCP (wrapper), HDLC over
TCP and over a pty serial pair, the DLMS session, the profile with its companion mapping, DlmsDevice."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import pytest

from app.devices.dlms_device import (
    AttributeMap,
    DlmsDevice,
    from_data,
    has_dlms_mapping,
    load_mapping,
    parse_mapping,
    to_data,
)
from app.devices.profiles import load_profile
from app.devices.session.dlms import DlmsOptions, DlmsSession, dlms_target
from app.errors import (
    AuthError,
    DeviceError,
    DeviceTimeoutError,
    ProfileError,
    RemoteProtocolError,
    TransportError,
    ValidationError,
    ValidationErrors,
)
from app.params.schema import Param, ParamType
from app.protocols.dlms.acse import Mechanism
from app.protocols.dlms.axdr import Data, DataType
from app.protocols.dlms.errors import ActionResult, CosemAccessError, DataAccessResult
from app.protocols.dlms.obis import Obis
from app.protocols.dlms.security import SecurityKeys
from app.protocols.dlms.server import ClientPolicy, CosemServer
from app.sim.metercom import MeterComSimulator
from app.sim.serial_line import VirtualSerialLine
from app.transports import Stream, listen

MODEL = "metercom-pro"
FW_URL = Obis.parse("0.0.44.0.0.255")
FAST = DlmsOptions(timeout=1.0, retries=1, connect_timeout=2.0)
BATCH = {
    "conn.apn_name": "internet.t-mobile.cz",
    "conn.apn_user": "internet",
    "conn.apn_pass": "apn-secret",
    "client.server_ip": "10.0.25.30",
    "client.server_port": 58600,
    "client.call_interval": 2,
    "eth.dhcp": False,
    "eth.mask": "255.255.255.0",
    "hdlc.baud": "19200",
    "relay.r2_mode": "remote",
    "tariff.rates": 4,
    "tariff.default_rate": 3,
    "breaker.control_mode": "2",
    "breaker.power_limit": 9200,
    "wmbus.meters": [["12345678", "KAM", 900], ["87654321", "", 0]],
    "wmbus.client_mode": True,
    "module.registration": "REG 0042",
}


@contextlib.asynccontextmanager
async def served(
    sim: MeterComSimulator | None = None, *, hdlc: bool = False
) -> AsyncIterator[tuple[MeterComSimulator, str]]:
    """The simulator listening on a free loopback port; yields it and the URL to reach it."""
    sim = sim or MeterComSimulator()
    listener = await listen("tcp://127.0.0.1:0", sim.serve_hdlc if hdlc else sim.serve)
    try:
        port = listener.port  # type: ignore[attr-defined]
        yield sim, f"tcp://127.0.0.1:{port}" + ("?link=hdlc" if hdlc else "")
    finally:
        await listener.close()


# ---------------------------------------------------------------------------- profile and mapping


def test_profile_and_mapping_cover_each_other() -> None:
    profile = load_profile(MODEL)
    mapping = load_mapping(MODEL)
    assert len(profile.params) == len(mapping.params) == 31
    assert set(mapping.params) == set(profile.by_key)
    # every mapped attribute exists in the simulator, with the class the mapping says
    sim = MeterComSimulator()
    places = [(m.obis, m.class_id, m.attribute) for m in mapping.params.values()]
    places += [(i.obis, i.class_id, i.attribute) for i in mapping.info]
    for obis, class_id, index in places:
        obj = sim.registry.find(obis)
        assert obj is not None and obj.class_id == class_id, obis
        assert obj.spec.attribute(index) is not None, (obis, index)
    # the research file's key objects are where the mapping puts them
    assert mapping.params["fw.url"].target == (FW_URL, 1, 2)
    assert mapping.params["sec.password"].readable is False
    assert mapping.params["wmbus.meters"].class_id == 8192


def test_mapping_is_checked_strictly() -> None:
    profile = load_profile(MODEL)
    base = 'model = "metercom-pro"\n'
    with pytest.raises(ProfileError, match="no mapping for"):
        parse_mapping(base, name="x.dlms.toml", profile=profile)
    entry = '[params."conn.apn_name"]\nobis = "0.0.25.4.0.255"\nclass = 45\nattribute = 2\n'
    with pytest.raises(ProfileError, match="unknown field"):
        parse_mapping(base + entry + 'type = "octet-string"\nunit = "x"\n', name="x", profile=profile)
    with pytest.raises(ProfileError, match="cannot travel as"):
        parse_mapping(base + entry + 'type = "boolean"\n', name="x", profile=profile)
    with pytest.raises(ProfileError, match="unknown A-XDR type"):
        parse_mapping(base + entry + 'type = "octet-strung"\n', name="x", profile=profile)
    with pytest.raises(ProfileError, match="not a parameter"):
        parse_mapping(
            base + entry.replace("conn.apn_name", "conn.nope") + 'type = "octet-string"\n',
            name="x",
            profile=profile,
        )
    with pytest.raises(ProfileError, match="no DLMS mapping"):
        load_mapping("wm-e2s")
    assert has_dlms_mapping(MODEL) and not has_dlms_mapping("wm-e2s")


def test_value_conversions_both_ways() -> None:
    def amap(data_type: DataType, **kwargs: object) -> AttributeMap:
        return AttributeMap(
            key="k",
            obis=Obis.parse("0.0.1.0.0.255"),
            class_id=1,
            attribute=2,
            data_type=data_type,
            **kwargs,  # type: ignore[arg-type]
        )

    number = Param(key="k", type=ParamType.INT, label="k", group="g", min=0, max=10**9)
    scaled = amap(DataType.LONG_UNSIGNED, scale=3)
    assert to_data(number, scaled, 45000) == Data.long_unsigned(45)
    assert from_data(number, scaled, Data.long_unsigned(45)) == 45000
    with pytest.raises(ValidationError, match="multiple of 1000"):
        to_data(number, scaled, 45001)
    with pytest.raises(ValidationError, match="does not fit"):
        to_data(number, amap(DataType.UNSIGNED), 256)
    address = Param(key="k", type=ParamType.IP, label="k", group="g")
    raw = amap(DataType.OCTET_STRING)
    assert to_data(address, raw, "10.0.0.7") == Data.octet_string(bytes((10, 0, 0, 7)))
    assert from_data(address, raw, Data.octet_string(bytes(4))) == ""
    assert (
        from_data(address, amap(DataType.DOUBLE_LONG_UNSIGNED), Data.double_long_unsigned(0x0A000001))
        == "10.0.0.1"
    )
    with pytest.raises(ValidationError, match="IPv4"):
        to_data(address, raw, "::1")
    with pytest.raises(RemoteProtocolError, match="k: the device's value"):
        from_data(address, raw, Data.boolean(True))


# ---------------------------------------------------------------------------- the session


def test_url_options_resolve_to_a_target() -> None:
    target = dlms_target("tcp://10.0.0.7?client=0x20&server=1")
    assert target.stream_url == "tcp://10.0.0.7:4059" and target.link == "wrapper"
    assert (target.client_sap, target.server_logical, target.server_physical) == (0x20, 1, 0)
    serial = dlms_target("serial:///dev/ttyUSB0?baud=9600&format=8N1&physical=17", client_sap=0x10)
    assert serial.link == "hdlc" and serial.server_physical == 17 and serial.client_sap == 0x10
    assert serial.stream_url == "serial:///dev/ttyUSB0?baud=9600&format=8N1"
    assert dlms_target("tcp://h:9000?link=hdlc&physical=none").server_physical is None
    assert dlms_target("tcp://h:9000?model=metercom-pro&retry=1").stream_url == "tcp://h:9000?retry=1"
    assert dlms_target("tcp://h:1", authenticated=True).client_sap == 0x20
    with pytest.raises(ValidationError, match="link"):
        dlms_target("tcp://h:1?link=udp")
    with pytest.raises(ValidationError, match="client"):
        dlms_target("tcp://h:1?client=reader")
    with pytest.raises(ValidationError, match="physical"):
        dlms_target("serial:///dev/ttyS0?physical=5010080020")  # a 10-digit serial is no HDLC address


async def test_wrong_password_is_an_auth_error_and_the_right_one_associates() -> None:
    async with served() as (sim, url):
        with pytest.raises(AuthError, match="wrong password"):
            await DlmsSession.connect(url, password="WRONG", timeout=1.0)
        assert not sim.associated  # the refused client holds nothing
        async with await DlmsSession.connect(url, password="HELLO") as session:
            assert session.device["authentication"] == "low" and session.device["client_sap"] == 0x20
            objects = await session.object_list()
            assert sim.associated
        assert not sim.associated  # RLRQ released it
    assert len(objects) == len(sim.registry) == 274
    classes = {e.logical_name.dotted: e.class_id for e in objects}
    assert classes["0.0.128.0.0.255"] == 8192 and classes["0.0.129.0.3.255"] == 8195
    assert classes["0.0.25.4.0.255"] == 45 and classes["0.0.44.0.0.255"] == 1


async def test_get_set_action_with_class_from_the_object_list() -> None:
    async with served() as (sim, url), await DlmsSession.connect(url, password="HELLO") as session:
        assert (await session.get("1.0.0.8.4.255", 2)) == Data.double_long_unsigned(900)
        await session.set("1.0.0.8.4.255", 2, Data.double_long_unsigned(300))
        assert sim.value("1.0.0.8.4.255") == Data.double_long_unsigned(300)
        with pytest.raises(CosemAccessError, match="type-unmatched") as wrong:
            await session.set("1.0.0.8.4.255", 2, Data.visible_string("300"))
        assert wrong.value.result == DataAccessResult.TYPE_UNMATCHED and wrong.value.code == "dlms_12"
        with pytest.raises(CosemAccessError, match="read-write-denied"):
            await session.set("0.1.96.1.0.255", 2, Data.visible_string("123"))  # serial is read only
        with pytest.raises(CosemAccessError, match="not in the device's object list"):
            await session.get("9.9.9.9.9.9", 2)
        results = await session.get_many(
            [(1, "0.0.42.0.0.255", 2), (3, "9.9.9.9.9.9", 2), (1, "1.0.1.8.0.255", 2)]
        )
        assert results[0] == Data.octet_string(sim.logical_device_name)
        assert results[1:] == [DataAccessResult.OBJECT_UNDEFINED, DataAccessResult.OBJECT_CLASS_INCONSISTENT]
        # relay 1: a remote switch is refused while the calendar drives it, accepted in remote mode
        with pytest.raises(CosemAccessError, match="temporary-failure") as refused:
            await session.action("0.0.129.0.0.255", 1, Data.boolean(True))
        assert refused.value.result == ActionResult.TEMPORARY_FAILURE
        await session.set("0.0.129.0.0.255", 2, Data.enum(1))
        assert await session.action("0.0.129.0.0.255", 1, Data.boolean(True)) is None
        assert (await session.get("0.0.96.14.1.255", 2)) == Data.boolean(True)


async def test_second_concurrent_association_is_refused() -> None:
    async with served() as (sim, url):
        first = await DlmsSession.connect(url, password="HELLO")
        try:
            with pytest.raises(AuthError, match="busy with another association"):
                await DlmsSession.connect(url, password="HELLO", timeout=1.0)
            with pytest.raises(AuthError, match="busy"):
                await DlmsSession.connect(url, timeout=1.0)  # the public client too: one at a time
            assert sim.refused_associations == 2
            assert (await first.get("0.1.96.1.0.255", 2, class_id=1)) == Data.visible_string(sim.serial)
        finally:
            await first.close()
        async with await DlmsSession.connect(url, password="HELLO") as second:
            assert (await second.get("0.1.96.1.0.255", 2, class_id=1)).as_str() == sim.serial


async def test_idle_link_is_dropped_by_the_module() -> None:
    async with served(MeterComSimulator(idle_timeout=0.2)) as (sim, url):
        session = await DlmsSession.connect(url, password="HELLO", timeout=0.5, retries=0)
        try:
            await asyncio.sleep(0.4)
            with pytest.raises(TransportError):
                await session.get("0.1.96.1.0.255", 2, class_id=1)
            assert not sim.associated
        finally:
            await session.close()


async def test_silence_is_a_timeout_after_the_retries() -> None:
    async def mute(stream: Stream) -> None:
        with contextlib.suppress(TransportError):
            while await stream.read():
                pass

    listener = await listen("tcp://127.0.0.1:0", mute)
    try:
        url = f"tcp://127.0.0.1:{listener.port}"  # type: ignore[attr-defined]
        with pytest.raises(DeviceTimeoutError, match="no AARE after 2 tries"):
            await DlmsSession.connect(url, password="HELLO", timeout=0.15, retries=1)
    finally:
        await listener.close()


async def test_hls_gmac_and_ciphering_through_the_session() -> None:
    keys = SecurityKeys(encryption_key=bytes(range(16)), authentication_key=bytes(range(16, 32)))
    sim = MeterComSimulator()
    utility = ClientPolicy(
        client_sap=0x30,
        mechanism=Mechanism.HIGH_GMAC,
        ciphered=True,
        association=Obis.parse("0.0.40.0.3.255"),
    )
    sim.server = CosemServer(sim.registry, policies=[utility], keys=keys)  # a keyed variant of the module
    async with served(sim) as (_, url):
        async with await DlmsSession.connect(
            url, client_sap=0x30, keys=keys, hls=True, ciphered=True
        ) as session:
            assert session.device["authentication"] == "high_gmac"
            assert (await session.get("0.1.96.1.0.255", 2, class_id=1)).as_str() == sim.serial
        wrong = SecurityKeys(encryption_key=bytes(16), authentication_key=bytes(16))
        with pytest.raises(AuthError, match="association rejected"):
            await DlmsSession.connect(url, client_sap=0x30, keys=wrong, hls=True, ciphered=True, timeout=1.0)
    with pytest.raises(ValidationError, match="keys"):
        await DlmsSession.connect("tcp://127.0.0.1:1", hls=True)


async def test_hdlc_over_tcp_segments_and_disconnects() -> None:
    async with served(hdlc=True) as (sim, url):
        async with await DlmsSession.connect(url, password="HELLO") as session:
            assert session.device["link"] == "hdlc"
            objects = await session.object_list()  # ~20 kB: blocks, each in several HDLC segments
            assert len(objects) == 274
            await session.set("0.0.25.4.0.255", 2, Data.octet_string(b"hdlc.apn"), class_id=45)
            assert sim.value("0.0.25.4.0.255") == Data.octet_string(b"hdlc.apn")
        with pytest.raises(AuthError):
            await DlmsSession.connect(url, password="nope", timeout=1.0)


async def test_hdlc_over_a_serial_line() -> None:
    sim = MeterComSimulator()
    line = await VirtualSerialLine(baud=115200).start()
    listener = await listen(f"serial://{line.a}?baud=115200", sim.serve_hdlc)
    try:
        url = f"serial://{line.b}?baud=115200&format=8N1"
        async with await DlmsDevice.connect(url, "HELLO", FAST) as device:
            assert device.session.device["link"] == "hdlc"
            reading = await device.read(["conn.apn_name", "hdlc.baud", "wmbus.meters"])
            assert reading.values == {"conn.apn_name": "internet", "hdlc.baud": "9600", "wmbus.meters": ()}
            assert await device.write({"module.registration": "RS485"}) == ["module.registration"]
        assert sim.value("0.1.96.1.1.255") == Data.visible_string("RS485")
    finally:
        await listener.close()
        await line.close()


# ---------------------------------------------------------------------------- the device


async def test_read_all_mapped_parameters() -> None:
    profile = load_profile(MODEL)
    async with (
        served() as (_, url),
        await DlmsDevice.connect(f"{url}?model={MODEL}", "HELLO", FAST) as device,
    ):
        assert device.profile is profile
        reading = await device.read()
    secret = {p.key for p in profile.params if p.secret}
    assert set(reading.values) == set(profile.by_key) - secret
    assert reading.secrets_set == {"sec.password"}  # we logged in with it; the APN password is empty
    differs = {k: v for k, v in reading.values.items() if v != profile.by_key[k].default}
    assert differs == {"eth.ip": "89.24.0.201"}  # the GSM variant's address from the network


async def test_write_batch_and_read_it_back() -> None:
    async with served() as (sim, url), await DlmsDevice.connect(url, "HELLO", FAST) as device:
        result = await device.write_batch(BATCH)
        assert set(result.changed) == set(BATCH)
        assert result.restarting is False
        assert result.previous["conn.apn_name"] == "internet" and result.previous["wmbus.meters"] == ()
        assert "conn.apn_pass" not in result.previous  # secrets are never reported
        back = await device.read(list(BATCH))
        assert back.secrets_set == {"conn.apn_pass"}
        expected = {k: v for k, v in BATCH.items() if k != "conn.apn_pass"}
        expected["wmbus.meters"] = (("12345678", "KAM", 900), ("87654321", "", 0))
        assert back.values == expected
        assert await device.write(BATCH) == []  # nothing differs: no SET
    # the device-side encodings
    assert sim.value("0.0.25.3.0.255", 5) == Data.structure(
        (Data.octet_string(b"internet"), Data.octet_string(b"apn-secret"))
    )
    assert sim.value("0.0.22.0.0.255") == Data.enum(6)  # 19200 Bd
    assert sim.value("0.0.129.0.1.255") == Data.enum(1)
    assert sim.value("0.0.129.0.3.255") == Data.visible_string("10.0.25.30")
    assert sim.value("0.0.25.1.0.255", 6) == Data.double_long_unsigned(0xFFFFFF00)


async def test_invalid_batch_writes_nothing() -> None:
    async with served() as (sim, url), await DlmsDevice.connect(url, "HELLO", FAST) as device:
        with pytest.raises(ValidationErrors) as bad:
            await device.write_batch({"conn.apn_name": "ok", "client.call_interval": 25, "nope.key": 1})
        assert set(bad.value.errors) == {"client.call_interval", "nope.key"}
    assert sim.value("0.0.25.4.0.255") == Data.octet_string(b"internet")


async def test_refused_set_names_the_key_and_restores_the_earlier_ones() -> None:
    sim = MeterComSimulator()
    sim.refuse_writes[(FW_URL, 2)] = DataAccessResult.TEMPORARY_FAILURE  # e.g. a download in progress
    batch: dict[str, object] = {
        "conn.apn_name": "new.apn",
        "client.server_ip": "10.0.0.9",
        "fw.url": "http://194.134.27.147:95/fw.bin",
    }
    async with served(sim) as (_, url), await DlmsDevice.connect(url, "HELLO", FAST) as device:
        with pytest.raises(DeviceError) as refused:
            await device.write_batch(batch)
        assert refused.value.key_errors == {"fw.url": "SET refused: temporary-failure (2)"}
        assert refused.value.code == "dlms_2"
        assert "fw.url" in str(refused.value) and "2 attribute(s) written before were restored" in str(
            refused.value
        )
        assert (await device.read(list(batch))).values == {
            "conn.apn_name": "internet",
            "client.server_ip": "",
            "fw.url": "",
        }
        # a device-side rule the profile cannot see: the default rate must be one of the rates in use
        with pytest.raises(DeviceError) as rule:
            await device.write_batch({"tariff.rates": 3, "tariff.default_rate": 5})
        assert list(rule.value.key_errors) == ["tariff.default_rate"]
        assert (await device.read(["tariff.rates"])).values == {"tariff.rates": 2}
    assert sim.firmware_requests == []


async def test_password_change_takes_effect_and_is_followed() -> None:
    async with served() as (sim, url):
        async with await DlmsDevice.connect(url, "HELLO", FAST) as device:
            result = await device.write_batch({"sec.password": "N3w-Pass", "conn.apn_name": "after.pw"})
            assert result.changed == ["conn.apn_name", "sec.password"]
            assert "sec.password" not in result.previous
            assert sim.password == "N3w-Pass"
            await device.follow_restart(timeout=5.0, interval=0.05)  # reconnects with the new password
            assert (await device.read(["conn.apn_name"])).values == {"conn.apn_name": "after.pw"}
        with pytest.raises(AuthError):
            await DlmsDevice.connect(url, "HELLO", FAST)
        async with await DlmsDevice.connect(url, "N3w-Pass", FAST) as device:
            assert (await device.read(["dlms.port"])).values == {"dlms.port": 4059}


async def test_public_client_reads_but_may_not_write() -> None:
    async with served() as (sim, url), await DlmsDevice.connect(url, "", FAST) as device:
        assert device.session.device["client_sap"] == 0x10
        reading = await device.read(["conn.apn_name", "sec.password"])
        assert reading.values == {"conn.apn_name": "internet"} and reading.secrets_set == frozenset()
        with pytest.raises(DeviceError) as denied:
            await device.write({"conn.apn_name": "x"})
        assert denied.value.key_errors == {"conn.apn_name": "SET refused: read-write-denied (3)"}
    assert sim.value("0.0.25.4.0.255") == Data.octet_string(b"internet")


async def test_info_reports_identity_firmware_and_clock() -> None:
    async with served() as (sim, url), await DlmsDevice.connect(url, "HELLO", FAST) as device:
        info = await device.info()
    assert info["model"] == MODEL and info["vendor"] == "2N"
    assert info["logical_device_name"] == sim.logical_device_name.decode()
    assert info["serial"] == "5010080020"
    assert info["firmware"] == "1.0.4.0.0" and info["firmware_version"] == "1.0.4.0.0"
    assert info["rssi_dbm"] == -57 and info["ip"] == "89.24.0.201" and info["operator"] == "T-Mobile CZ"
    assert info["clock"][:4].isdigit() and "T" in info["clock"]
    assert info["relay1_closed"] is False
