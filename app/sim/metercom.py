"""A simulated 2N MeterCom PRO: the module's DLMS/COSEM object table (the 273 well-formed rows of the user
manual's table, plus the firmware version object of its §5.2) behind the IEC 62056-47 wrapper on TCP
(`serve`) or HDLC (`serve_hdlc`).

As the manual describes (§4.1): clients 0x10 (public, no authentication, read only) and 0x20 (meter
reader, LOW authentication, password HELLO by default); one association at a time, a second client's
AARQ is refused (rejected-transient) and its connection closed; a link idle for `idle_timeout` seconds
(5 minutes) is dropped. Usable as `await listen("tcp://127.0.0.1:0", sim.serve)`.

The layouts of the 2N classes 8192-8196 are not in the user manual; the simulator implements the
[DERIVED] layouts of resources/profiles/metercom-pro.dlms.toml. `refuse_writes` injects refusals.
"""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import random
from collections.abc import Callable
from typing import ClassVar

from app.errors import DecodeError, TransportError
from app.protocols.dlms import xdlms
from app.protocols.dlms.acse import TAG_AARQ, Aare, AssociationResult, Mechanism, UserDiagnostic
from app.protocols.dlms.axdr import Data, DataType
from app.protocols.dlms.cosem import (
    CLASSES,
    AssociationLN,
    AttributeSpec,
    CaptureObject,
    ClassSpec,
    Clock,
    CosemObject,
    MethodAccess,
    MethodSpec,
    ObjectRegistry,
    ProfileGeneric,
    Register,
    SapAssignment,
)
from app.protocols.dlms.cosem_datetime import CosemDateTime
from app.protocols.dlms.errors import ActionResult, CosemAccessError, DataAccessResult
from app.protocols.dlms.obis import Obis
from app.protocols.dlms.server import ClientPolicy, CosemServer, ServerAssociation, ServerState
from app.protocols.dlms.wrapper import WrapperDecoder, WrapperFrame
from app.sim.dlms_link import serve_hdlc
from app.transports import Stream

DEFAULT_PASSWORD = "HELLO"
PUBLIC_CLIENT = 0x10
READER_CLIENT = 0x20
LOGICAL_DEVICE = 1
PUBLIC_ASSOCIATION = Obis.parse("0.0.40.0.1.255")
READER_ASSOCIATION = Obis.parse("0.0.40.0.2.255")
IDLE_TIMEOUT = 300.0  # manual §3.1: the module ends a session after 5 minutes without data
MAX_WMBUS_METERS = 64
T = DataType


def _spec(
    class_id: int, version: int, name: str, *attrs: tuple[str, bool], methods: tuple[str, ...] = ()
) -> ClassSpec:
    return ClassSpec(
        class_id=class_id,
        version=version,
        name=name,
        attributes=(
            AttributeSpec(index=1, name="logical_name", types=(T.OCTET_STRING,)),
            *(AttributeSpec(index=i, name=n, writable=w) for i, (n, w) in enumerate(attrs, 2)),
        ),
        methods=tuple(MethodSpec(index=i, name=n) for i, n in enumerate(methods, 1)),
    )


# The 2N classes [DERIVED] and class 65, which the class registry lacks (Blue Book "parameter monitor";
# the manual calls its two objects "profile 1/2 parameters definition", so the meaning is UNCLEAR).
EXTRA_CLASSES: dict[int, ClassSpec] = {
    spec.class_id: spec
    for spec in (
        _spec(
            65,
            0,
            "Parameter monitor",
            ("changed_parameter", False),
            ("capture_time", False),
            ("parameter_list", True),
            ("parameter_list_active", False),
        ),
        _spec(8192, 0, "2N wireless M-Bus", ("meter_list", True), ("client_mode", True), ("buffer", False)),
        _spec(8193, 0, "2N relay configuration", ("control_mode", True), methods=("remote_switch",)),
        _spec(8194, 0, "2N tariffication rate configuration", ("rate_count", True), ("default_rate", True)),
        _spec(
            8195,
            0,
            "2N TCP client mode configuration",
            ("server_address", True),
            ("server_port", True),
            ("call_interval", True),
        ),
        _spec(8196, 0, "2N MCP configuration", ("configuration", False)),
    )
}

Guard = Callable[[Obis, int, Data], None]
Method = Callable[[Data | None], Data | None]


class TableObject(CosemObject):
    """An object of any interface class with stored attribute values, checked types, optional checks
    (`guard`, raising CosemAccessError) and methods given as callables."""

    class_spec: ClassVar[ClassSpec]

    def __init__(
        self,
        logical_name: Obis | str,
        values: dict[int, Data],
        *,
        types: dict[int, DataType] | None = None,
        guard: Guard | None = None,
        methods: dict[int, Method] | None = None,
        read_only: tuple[int, ...] = (),
    ) -> None:
        super().__init__(logical_name, values)
        self.types = dict(types or {})
        self.guard = guard
        self.methods = dict(methods or {})
        self.read_only.update(read_only)

    @property
    def spec(self) -> ClassSpec:
        """The interface class this object was made for."""
        return self.class_spec

    def write_attribute(self, index: int, value: Data) -> None:
        """Type check, then the guard, then store."""
        wanted = self.types.get(index)
        if wanted is not None and value.type is not wanted:
            raise CosemAccessError(
                f"{self} attribute {index} takes {wanted.label}, not {value.type.label}",
                result=DataAccessResult.TYPE_UNMATCHED,
            )
        if self.guard is not None:
            self.guard(self.logical_name, index, value)
        super().write_attribute(index, value)

    def method_access(self, index: int) -> MethodAccess:
        """Only the methods given are offered."""
        return MethodAccess.ACCESS if index in self.methods else MethodAccess.NO_ACCESS

    def action(self, index: int, parameter: Data | None) -> Data | None:
        """Run a given method."""
        method = self.methods.get(index)
        if method is None:
            raise CosemAccessError(f"{self} has no method {index}", result=ActionResult.OBJECT_UNDEFINED)
        return method(parameter)


_KINDS: dict[int, type[TableObject]] = {}


def table_object(class_id: int) -> type[TableObject]:
    """The TableObject subclass for an interface class (registry or EXTRA_CLASSES)."""
    kind = _KINDS.get(class_id)
    if kind is None:
        spec = EXTRA_CLASSES.get(class_id) or CLASSES[class_id]
        made = type(
            f"Class{class_id}Object",
            (TableObject,),
            {"class_id": class_id, "version": spec.version, "class_spec": spec},
        )
        assert issubclass(made, TableObject)
        kind = _KINDS[class_id] = made
    return kind


def _ln(text: str) -> Data:
    return Data.octet_string(Obis.parse(text).to_bytes())


def _ip(text: str) -> Data:
    return Data.double_long_unsigned(int(ipaddress.IPv4Address(text)))


def _refuse(reason: str, result: int = DataAccessResult.OTHER_REASON) -> CosemAccessError:
    return CosemAccessError(reason, result=result)


# register groups of the manual's table (class 3): (C codes, unit, scaler)
_ENERGY_CODES = (1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 21, 41, 61, 22, 42, 62, 128, 130, 131, 132, 133)
_ENERGY_UNITS = {3: 32, 4: 32, 5: 32, 6: 32, 7: 32, 8: 32, 9: 31, 130: 32, 131: 32, 132: 32, 133: 32}
_INSTANT = (
    (21, 27, 0),
    (41, 27, 0),
    (61, 27, 0),
    (22, 27, 0),
    (42, 27, 0),
    (62, 27, 0),
    (2, 27, 0),
    (23, 29, 0),
    (43, 29, 0),
    (63, 29, 0),
    (31, 33, -2),
    (51, 33, -2),
    (71, 33, -2),
    (32, 35, -1),
    (52, 35, -1),
    (72, 35, -1),
    (33, 255, -3),
    (53, 255, -3),
    (73, 255, -3),
    (13, 255, -3),
    (14, 44, -2),
    (35, 27, 0),
    (55, 27, 0),
    (75, 27, 0),
    (15, 27, 0),
    (36, 27, 0),
    (56, 27, 0),
    (76, 27, 0),
    (16, 27, 0),
    (131, 29, 0),
    (151, 29, 0),
    (171, 29, 0),
    (191, 29, 0),
)


class MeterComSimulator:
    """The module's logical device; `serve`/`serve_hdlc` answer connections, one association at a time."""

    def __init__(
        self,
        *,
        password: str = DEFAULT_PASSWORD,
        serial: str = "5010080020",
        idle_timeout: float = IDLE_TIMEOUT,
        max_pdu: int = 512,
        hdlc_physical: int = 0,
        now: Callable[[], datetime.datetime] | None = None,
    ) -> None:
        self.serial = serial
        self.idle_timeout = idle_timeout
        self.hdlc_physical = hdlc_physical
        self.refuse_writes: dict[tuple[Obis, int], DataAccessResult] = {}  # fault injection
        self.firmware_requests: list[str] = []  # URLs written to 0.0.44.0.0.255
        self.connections = 0
        self.refused_associations = 0
        self._now = now or (lambda: datetime.datetime.now(datetime.UTC).astimezone())
        self._clock_offset = datetime.timedelta()
        self._holder: ServerAssociation | None = None
        self._checks: dict[tuple[str, int], Callable[[Data], None]] = {}
        self.registry = ObjectRegistry()
        self._build()
        self.server = CosemServer(
            self.registry,
            policies=[
                ClientPolicy(client_sap=PUBLIC_CLIENT, read_only=True, association=PUBLIC_ASSOCIATION),
                ClientPolicy(
                    client_sap=READER_CLIENT,
                    mechanism=Mechanism.LOW,
                    secret=password.encode("latin-1"),
                    association=READER_ASSOCIATION,
                ),
            ],
            system_title=b"2NM" + int(serial).to_bytes(5, "big"),
            max_receive_pdu_size=max_pdu,
        )
        reader = self.registry.find(READER_ASSOCIATION)
        assert isinstance(reader, AssociationLN)
        reader.read_only.discard(7)  # the meter reader may change its own password (as SMS NPWD does)

    # --- state --------------------------------------------------------------------------------------
    @property
    def password(self) -> str:
        """The current LLS password of the meter reader client (also the SMS password)."""
        reader = self.registry.find(READER_ASSOCIATION)
        assert isinstance(reader, AssociationLN)
        return reader.secret.decode("latin-1")

    def now(self) -> datetime.datetime:
        """The module's clock."""
        return self._now() + self._clock_offset

    def value(self, obis: str, index: int = 2) -> Data | None:
        """An attribute's stored value (for tests and the demo)."""
        obj = self.registry.find(obis)
        return obj.read_attribute(index) if obj is not None else None

    @property
    def associated(self) -> bool:
        """True while a client holds the association."""
        return self._holder is not None and self._holder.state is not ServerState.IDLE

    # --- the object table ------------------------------------------------------------------------------
    def _guard(self, obis: Obis, index: int, value: Data) -> None:
        refusal = self.refuse_writes.get((obis, index))
        if refusal is not None:
            raise _refuse(f"{obis} attribute {index}: refused (injected)", refusal)
        check = self._checks.get((obis.dotted, index))
        if check is not None:
            check(value)

    def _obj(
        self,
        class_id: int,
        obis: str,
        values: dict[int, Data],
        *,
        types: dict[int, DataType] | None = None,
        read_only: tuple[int, ...] = (),
        methods: dict[int, Method] | None = None,
    ) -> TableObject:
        obj = table_object(class_id)(
            obis, values, types=types, guard=self._guard, methods=methods, read_only=read_only
        )
        self.registry.add(obj)
        return obj

    def _build(self) -> None:
        rng = random.Random(self.serial)
        self._checks = {
            ("0.0.128.0.0.255", 2): _check_meter_list,
            ("0.0.129.0.2.255", 2): self._check_rate_count,
            ("0.0.129.0.2.255", 3): self._check_default_rate,
            ("0.0.129.0.3.255", 2): _check_server_address,
            ("0.0.129.0.3.255", 4): _check_range(0, 24, "the call interval is 0..24 hours"),
            ("0.0.22.0.0.255", 2): _check_range(0, 9, "comm_speed is 0 (300 Bd) .. 9 (115200 Bd)"),
            ("0.0.96.3.10.255", 4): _check_range(0, 6, "control_mode is 0..6"),
            ("0.0.44.0.0.255", 2): self._firmware_url,
        }
        self._build_data_objects()
        self._build_registers(rng)
        self._build_profiles()
        self._build_setup_objects()
        self._build_manufacturer_objects()
        self.registry.add(Clock(now=self.now, on_set=self._set_clock, time_zone=_cosem_deviation(self.now())))
        self.registry.add(SapAssignment(assignments=[(LOGICAL_DEVICE, self.logical_device_name)]))
        for obis in ("0.0.40.0.0.255", "0.0.40.0.3.255"):  # listed; accesses go to the client's own one
            self.registry.add(AssociationLN(obis, objects=lambda: list(self.registry), client_sap=0))

    @property
    def logical_device_name(self) -> bytes:
        """COSEM logical device name (16 octets) [DERIVED: the manual gives no format]."""
        return f"2NMCP-{self.serial}"[:16].ljust(16, "0").encode("ascii")

    def _build_data_objects(self) -> None:
        text = Data.octet_string
        read_only: list[tuple[str, Data]] = [
            ("0.0.42.0.0.255", text(self.logical_device_name)),
            ("1.0.0.2.0.255", text(b"E350-B31.00")),
            ("1.0.0.2.1.255", text(b"CFG-0001")),
            ("1.0.0.2.2.255", text(b"STD")),
            ("1.0.0.2.7.255", text(b"")),
            ("1.0.0.2.8.255", Data.long_unsigned(0x5A3C)),
            ("1.1.0.2.0.255", text(b"1.0.4.0.0")),
            ("0.0.96.1.5.255", text(b"1.0.4.0.0")),  # manual §5.2 (not in its table)
            ("0.0.96.1.1.255", text(b"0.0")),
            ("0.0.96.1.2.255", text(b"LGZ")),
            ("0.1.96.1.0.255", Data.visible_string(self.serial)),
            ("0.1.96.90.255.255", text(b"")),
            ("0.0.96.90.255.255", text(b"CFG-E350")),
            ("0.0.96.90.0.255", Data.visible_string("11620371")),
            ("0.0.96.90.1.255", Data.visible_string("11620371")),
            ("0.0.96.90.2.255", Data.visible_string("")),
            ("0.0.96.14.0.255", Data.unsigned(1)),
            ("0.0.96.14.1.255", Data.boolean(False)),
            ("0.0.96.14.2.255", Data.boolean(False)),
            ("0.0.96.7.0.255", Data.long_unsigned(3)),
            ("0.0.96.7.1.255", Data.long_unsigned(4)),
            ("0.0.96.7.2.255", Data.long_unsigned(3)),
            ("0.0.96.7.3.255", Data.long_unsigned(5)),
            ("1.0.96.5.0.255", Data.double_long_unsigned(0)),
            ("1.1.96.5.0.255", Data.double_long_unsigned(0)),
            ("0.0.97.97.0.255", Data.double_long_unsigned(0)),
            ("0.1.97.97.0.255", Data.double_long_unsigned(0)),
            ("1.0.0.8.0.255", Data.long_unsigned(900)),
        ]
        for obis, value in read_only:
            self._obj(1, obis, {2: value}, read_only=(2,))
        writable = [
            ("0.1.96.1.1.255", Data.visible_string("")),
            ("1.0.0.8.4.255", Data.double_long_unsigned(900)),
            ("1.0.0.8.5.255", Data.double_long_unsigned(3600)),
            ("0.0.44.0.0.255", Data.octet_string(b"")),
        ]
        for obis, value in writable:
            self._obj(1, obis, {2: value}, types={2: value.type})

    def _build_registers(self, rng: random.Random) -> None:
        for code in _ENERGY_CODES:
            total = rng.randrange(1_000_000, 40_000_000)
            weights = [rng.random() for _ in range(6)]
            unit = _ENERGY_UNITS.get(code, 30)
            self.registry.add(Register(f"1.0.{code}.8.0.255", Data.double_long_unsigned(total), unit=unit))
            for rate, weight in enumerate(weights, 1):
                share = int(total * weight / sum(weights))
                self.registry.add(
                    Register(f"1.0.{code}.8.{rate}.255", Data.double_long_unsigned(share), unit=unit)
                )
        typical = {27: 1200, 29: 150, 33: 523, 35: 2301, 44: 5000, 255: 950}  # W, var, A, V, Hz, cos phi
        for code, unit, scaler in _INSTANT:
            base = typical[unit]
            value = Data.long_unsigned(base + rng.randrange(0, max(base // 20, 1)))
            self.registry.add(Register(f"1.0.{code}.7.0.255", value, scaler=scaler, unit=unit))
        for counter in (1, 2, 3):
            self.registry.add(Register(f"1.0.82.8.{counter}.255", Data.long_unsigned(0)))
        # the table's "1.0.114.0.255" (class 5) has five groups: not a logical name, left out

    def _build_profiles(self) -> None:
        clock = CaptureObject(class_id=8, logical_name=Obis.parse("0.0.1.0.0.255"))
        energy = [
            CaptureObject(class_id=3, logical_name=Obis.parse(f"1.0.{c}.8.0.255")) for c in (1, 2, 3, 4)
        ]
        for index, period in ((1, 900), (2, 3600), (3, 86400), (4, 0)):
            profile = ProfileGeneric(f"1.0.99.{index}.0.255", [clock, *energy], capture_period=period)
            self.registry.add(profile)
        start = self.now().replace(minute=0, second=0, microsecond=0) - datetime.timedelta(hours=24)
        profile_1 = self.registry.find("1.0.99.1.0.255")
        assert isinstance(profile_1, ProfileGeneric)
        for step in range(96):  # one day of quarter hours
            stamp = CosemDateTime.from_datetime(start + datetime.timedelta(minutes=15 * step))
            profile_1.append(
                (Data.octet_date_time(stamp), *(Data.double_long_unsigned(1000 * c + step) for c in range(4)))
            )
        for log in range(7):
            self.registry.add(ProfileGeneric(f"1.0.99.98.{log}.255", [clock], profile_entries=500))

    def _build_setup_objects(self) -> None:
        unspecified = Data.octet_date_time(CosemDateTime())
        for obis in ("0.0.10.0.100.255", "0.0.10.0.103.255", "0.0.10.0.106.255", "0.0.10.0.101.255"):
            self._obj(9, obis, {2: Data.array(())})
        self._obj(11, "0.0.11.0.0.255", {2: Data.array(())})
        self._obj(
            20,
            "0.0.13.0.0.255",
            {
                2: Data.octet_string(b"STD"),
                3: Data.array(()),
                4: Data.array(()),
                5: Data.array(()),
                6: Data.octet_string(b""),
                7: Data.array(()),
                8: Data.array(()),
                9: Data.array(()),
                10: unspecified,
            },
        )
        for phase, c in enumerate((32, 52, 72)):
            self._obj(
                21,
                f"0.0.16.0.{phase}.255",
                {
                    2: Data.array((Data.long_unsigned(2530), Data.long_unsigned(2070))),
                    3: Data.structure((Data.long_unsigned(3), _ln(f"1.0.{c}.7.0.255"), Data.integer(2))),
                    4: Data.array(()),
                },
            )
        for profile in (0, 1):
            self._obj(
                65,
                f"0.0.16.2.{profile}.255",
                {
                    2: Data.structure(
                        (Data.long_unsigned(0), Data.octet_string(bytes(6)), Data.integer(0), Data.null())
                    ),
                    3: unspecified,
                    4: Data.array(()),
                    5: Data.array(()),
                },
            )
        self._obj(
            23,
            "0.0.22.0.0.255",
            {
                2: Data.enum(5),
                3: Data.unsigned(1),
                4: Data.unsigned(1),
                5: Data.long_unsigned(128),
                6: Data.long_unsigned(128),
                7: Data.long_unsigned(25),
                8: Data.long_unsigned(120),
                9: Data.long_unsigned(0x10),
            },
            types={2: T.ENUM, 8: T.LONG_UNSIGNED},
        )
        self._obj(
            41,
            "0.0.25.0.0.255",
            {
                2: Data.long_unsigned(4059),
                3: _ln("0.0.25.1.0.255"),
                4: Data.long_unsigned(1460),
                5: Data.unsigned(1),
                6: Data.long_unsigned(300),
            },
            types={2: T.LONG_UNSIGNED, 6: T.LONG_UNSIGNED},
            read_only=(5,),  # one connection at a time
        )
        self._obj(
            42,
            "0.0.25.1.0.255",
            {
                2: _ln("0.0.25.2.0.255"),
                3: _ip("89.24.0.201"),  # the address in the manual's SMS INFO example
                4: Data.array(()),
                5: Data.array(()),
                6: Data.double_long_unsigned(0),
                7: Data.double_long_unsigned(0),
                8: Data.boolean(True),
                9: Data.double_long_unsigned(0),
                10: Data.double_long_unsigned(0),
            },
            types={3: T.DOUBLE_LONG_UNSIGNED, 6: T.DOUBLE_LONG_UNSIGNED, 7: T.DOUBLE_LONG_UNSIGNED}
            | {8: T.BOOLEAN, 9: T.DOUBLE_LONG_UNSIGNED, 10: T.DOUBLE_LONG_UNSIGNED},
        )
        mac = bytes((0x7C, 0x1E, 0xB3)) + int(self.serial).to_bytes(5, "big")[-3:]
        self._obj(43, "0.0.25.2.0.255", {2: Data.octet_string(mac)}, read_only=(2,))
        self._obj(
            44,
            "0.0.25.3.0.255",
            {
                2: _ln("0.0.25.4.0.255"),
                3: Data.array(()),
                4: Data.array(()),
                5: Data.structure((Data.octet_string(b""), Data.octet_string(b""))),  # PAP user, password
            },
            types={5: T.STRUCTURE},
        )
        self._checks[("0.0.25.3.0.255", 5)] = _check_pap
        qos = Data.structure((Data.unsigned(0),) * 5)
        self._obj(
            45,
            "0.0.25.4.0.255",
            {2: Data.octet_string(b"internet"), 3: Data.long_unsigned(0), 4: Data.structure((qos, qos))},
            types={2: T.OCTET_STRING},
        )
        self._obj(
            47,
            "0.0.25.6.0.255",
            {
                2: Data.visible_string("T-Mobile CZ"),
                3: Data.enum(1),  # registered, home network
                4: Data.enum(0),
                5: Data.enum(4),
                6: Data.structure(
                    (
                        Data.long_unsigned(0x2A1F),
                        Data.long_unsigned(0x1B3),
                        Data.unsigned(28),
                        Data.unsigned(0),
                    )
                ),  # signal quality 28 = -57 dBm, as in the manual's SMS INFO example
                7: Data.array(()),
                8: unspecified,
            },
        )
        self._obj(
            70,
            "0.0.96.3.10.255",
            {2: Data.boolean(True), 3: Data.enum(1), 4: Data.enum(1)},
            types={4: T.ENUM},
            methods={1: self._remote_disconnect, 2: self._remote_reconnect},
        )
        limiters = (
            "Current L1",
            "Current L1 delayed",
            "Current L2",
            "Current L2 delayed",
            "Current L3",
            "Current L3 delayed",
            "Energy",
            "Energy delayed",
            "Power",
            "Power delayed",
        )
        monitored = [c for c in ("31.7", "51.7", "71.7", "1.8", "16.7") for _ in range(2)]
        for index, (name, source) in enumerate(zip(limiters, monitored, strict=True)):
            delay = 60 if name.endswith("delayed") else 0
            self._obj(
                71,
                f"0.0.17.0.{index}.255",
                {
                    2: Data.structure((Data.long_unsigned(3), _ln(f"1.0.{source}.0.255"), Data.integer(2))),
                    3: Data.double_long_unsigned(0),
                    4: Data.double_long_unsigned(0),
                    5: Data.double_long_unsigned(0),
                    6: Data.double_long_unsigned(delay),
                    7: Data.double_long_unsigned(0),
                    8: Data.structure(
                        (
                            Data.long_unsigned(0),
                            Data.octet_date_time(CosemDateTime()),
                            Data.double_long_unsigned(0),
                        )
                    ),
                    9: Data.array(()),
                    10: Data.boolean(False),
                    11: Data.structure(
                        (
                            Data.structure((_ln("0.0.10.0.106.255"), Data.long_unsigned(1))),
                            Data.structure((_ln("0.0.10.0.106.255"), Data.long_unsigned(2))),
                        )
                    ),
                },
                types={4: T.DOUBLE_LONG_UNSIGNED, 6: T.DOUBLE_LONG_UNSIGNED},
            )

    def _build_manufacturer_objects(self) -> None:
        self._obj(
            8192,
            "0.0.128.0.0.255",
            {2: Data.array(()), 3: Data.boolean(False), 4: Data.array(())},
            types={2: T.ARRAY, 3: T.BOOLEAN},
        )
        for relay in (0, 1):
            self._obj(
                8193,
                f"0.0.129.0.{relay}.255",
                {2: Data.enum(0)},
                types={2: T.ENUM},
                methods={1: self._relay_switch(relay)},
            )
            self._checks[(f"0.0.129.0.{relay}.255", 2)] = _check_range(
                0, 1, "control mode 0 calendar, 1 remote"
            )
        self._obj(
            8194,
            "0.0.129.0.2.255",
            {2: Data.unsigned(2), 3: Data.unsigned(1)},
            types={2: T.UNSIGNED, 3: T.UNSIGNED},
        )
        self._obj(
            8195,
            "0.0.129.0.3.255",
            {2: Data.visible_string(""), 3: Data.long_unsigned(4059), 4: Data.unsigned(0)},
            types={2: T.VISIBLE_STRING, 3: T.LONG_UNSIGNED, 4: T.UNSIGNED},
        )
        self._obj(8196, "0.0.129.0.4.255", {2: Data.octet_string(b"")}, read_only=(2,))

    # --- behaviour ---------------------------------------------------------------------------------
    def _set_clock(self, stamp: CosemDateTime) -> None:
        moment = stamp.to_datetime()
        if moment is None:
            raise _refuse("the time is not fully specified", DataAccessResult.TYPE_UNMATCHED)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self.now().tzinfo)
        self._clock_offset += moment - self.now()

    def _check_rate_count(self, value: Data) -> None:
        _check_range(1, 6, "1..6 tariff rates")(value)
        default = self.value("0.0.129.0.2.255", 3)
        if default is not None and default.as_int() > value.as_int():
            raise _refuse(f"the default rate {default.as_int()} would not be used")

    def _check_default_rate(self, value: Data) -> None:
        count = self.value("0.0.129.0.2.255", 2)
        limit = count.as_int() if count is not None else 6
        _check_range(1, limit, f"the default rate must be one of the {limit} rates in use")(value)

    def _firmware_url(self, value: Data) -> None:
        url = value.as_bytes().decode("latin-1")
        if url:
            self.firmware_requests.append(url)  # a real module would now download the file and restart

    def _relay_switch(self, relay: int) -> Method:
        def switch(parameter: Data | None) -> Data | None:
            mode = self.value(f"0.0.129.0.{relay}.255", 2)
            if mode is None or mode.as_int() != 1:
                raise CosemAccessError(
                    "the relay follows the calendar", result=ActionResult.TEMPORARY_FAILURE
                )
            if parameter is None or parameter.type is not T.BOOLEAN:
                raise CosemAccessError("remote_switch takes a boolean", result=ActionResult.TYPE_UNMATCHED)
            state = self.registry.find(f"0.0.96.14.{relay + 1}.255")
            assert state is not None
            state.values[2] = parameter
            return None

        return switch

    def _disconnector(self) -> CosemObject:
        obj = self.registry.find("0.0.96.3.10.255")
        assert obj is not None
        return obj

    def _remote_disconnect(self, parameter: Data | None) -> Data | None:
        obj = self._disconnector()
        if obj.values[4].as_int() == 0:
            raise CosemAccessError("control mode 0 never disconnects", result=ActionResult.TEMPORARY_FAILURE)
        obj.values[2], obj.values[3] = Data.boolean(False), Data.enum(0)
        return None

    def _remote_reconnect(self, parameter: Data | None) -> Data | None:
        obj = self._disconnector()
        direct = obj.values[4].as_int() in (0, 2, 4)
        obj.values[2], obj.values[3] = Data.boolean(direct), Data.enum(1 if direct else 2)
        return None

    # --- connections ---------------------------------------------------------------------------------
    def _held_by_other(self, association: ServerAssociation) -> bool:
        holder = self._holder
        return holder is not None and holder is not association and holder.state is not ServerState.IDLE

    def _track(self, association: ServerAssociation) -> None:
        if association.state is not ServerState.IDLE:
            self._holder = association
        elif self._holder is association:
            self._holder = None

    async def serve(self, stream: Stream) -> None:
        """Answer one TCP connection (IEC 62056-47 wrapper) until it closes, idles or is refused."""
        self.connections += 1
        peer = _Peer(self)
        decoder = WrapperDecoder()
        try:
            while not peer.refused:
                try:
                    data = await asyncio.wait_for(stream.read(), self.idle_timeout)
                except (TimeoutError, TransportError):
                    return  # idle for too long, or the client went away
                decoder.receive_data(data)
                try:
                    frames = list(decoder)
                except DecodeError:
                    return  # TCP cannot resynchronise
                for frame in frames:
                    if frame.destination_wport != LOGICAL_DEVICE:
                        continue  # no such logical device: no answer
                    answer = peer.answer(frame.source_wport, frame.apdu)
                    if answer is not None:
                        source, destination = frame.reply_to
                        reply = WrapperFrame(source_wport=source, destination_wport=destination, apdu=answer)
                        await stream.write(reply.to_bytes())
        except TransportError:
            return
        finally:
            peer.release()

    async def serve_hdlc(self, stream: Stream) -> None:
        """Answer one link speaking HDLC (RS-485, or a transparent TCP port) until it closes or idles."""
        self.connections += 1
        peer = _Peer(self)
        await serve_hdlc(
            stream,
            logical=LOGICAL_DEVICE,
            physical=self.hdlc_physical,
            public_client=PUBLIC_CLIENT,
            answer=peer.answer,
            release=peer.release,
            idle_timeout=self.idle_timeout,
        )


class _Peer:
    """The association of one connection, with the one-at-a-time rule."""

    def __init__(self, sim: MeterComSimulator) -> None:
        self.sim = sim
        self.association: ServerAssociation | None = None
        self.refused = False

    def answer(self, client_sap: int, apdu: bytes) -> bytes | None:
        """The answer APDU (None: silence)."""
        if self.association is None or self.association.client_sap != client_sap:
            self.release()
            self.association = self.sim.server.open(client_sap)
        if apdu[:1] == bytes((TAG_AARQ,)) and self.sim._held_by_other(self.association):
            self.refused = True
            self.sim.refused_associations += 1
            return _busy_aare()
        answer = self.association.receive_apdu(apdu)
        self.sim._track(self.association)
        return answer

    def release(self) -> None:
        """The link ended: so does its association."""
        association = self.association
        if association is not None and association.state is not ServerState.IDLE:
            association.abort()
            self.sim._track(association)


def _busy_aare() -> bytes:
    """AARE rejected-transient: another client holds the only association (manual §4.1)."""
    error = xdlms.ConfirmedServiceError(
        service=xdlms.ConfirmedServiceKind.INITIATE,
        error_kind=xdlms.ServiceErrorKind.INITIATE,
        value=xdlms.InitiateError.OTHER,
    ).to_bytes()
    return Aare(
        result=AssociationResult.REJECTED_TRANSIENT,
        diagnostic=UserDiagnostic.NO_REASON_GIVEN,
        user_information=error,
    ).to_bytes()


def _cosem_deviation(moment: datetime.datetime) -> int:
    """Clock time_zone: minutes from local time to UTC (Blue Book 4.5.1; -60 for CET)."""
    offset = moment.utcoffset() or datetime.timedelta()
    return -int(offset.total_seconds() // 60)


def _check_range(low: int, high: int, what: str) -> Callable[[Data], None]:
    def check(value: Data) -> None:
        try:
            number = value.as_int()
        except DecodeError as exc:
            raise _refuse(str(exc), DataAccessResult.TYPE_UNMATCHED) from None
        if not low <= number <= high:
            raise _refuse(f"{number}: {what}")

    return check


def _check_meter_list(value: Data) -> None:
    rows = value.items
    if len(rows) > MAX_WMBUS_METERS:
        raise _refuse(f"{len(rows)} meters, at most {MAX_WMBUS_METERS}")
    for row in rows:
        try:
            meter_id, manufacturer, interval = row.items
            ok = (
                meter_id.type is T.VISIBLE_STRING
                and len(meter_id.as_str()) == 8
                and meter_id.as_str().isdigit()
                and manufacturer.type is T.VISIBLE_STRING
                and len(manufacturer.as_str()) in (0, 3)
                and interval.type is T.DOUBLE_LONG_UNSIGNED
            )
        except (DecodeError, ValueError):
            ok = False
        if not ok:
            raise _refuse(
                f"meter list row {row} is not {{id, manufacturer, min_interval}}",
                DataAccessResult.TYPE_UNMATCHED,
            )


def _check_server_address(value: Data) -> None:
    text = value.as_str()
    if text:
        try:
            ipaddress.IPv4Address(text)
        except ValueError:
            raise _refuse(f"{text!r} is not a numeric IPv4 address (domain names are not allowed)") from None


def _check_pap(value: Data) -> None:
    items = value.items
    if len(items) != 2 or any(item.type is not T.OCTET_STRING for item in items):
        raise _refuse("ppp_authentication is { user-name, password }", DataAccessResult.TYPE_UNMATCHED)
