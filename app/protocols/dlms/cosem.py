"""COSEM interface classes (IEC 62056-6-2 §4.3-4.4 / Blue Book 4.3-4.4): the class registry (class id →
attribute and method names) for generic decoding, selective-access parameters, and object models a
server exposes (Data, Register, Extended/Demand register, Profile generic, Clock, Association LN, SAP
assignment, Image transfer, Push setup).

A model keeps its attribute values as `Data` in `values` (index → Data); `get`/`set`/`action` apply the
class's rules and raise CosemAccessError with the Data-Access-Result or Action-Result to answer.
Time is an input: a Clock reads it from the `now` callable it is given.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from app.errors import DecodeError, GwtermError, LocalProtocolError
from app.protocols.dlms.axdr import Data, DataType
from app.protocols.dlms.cosem_datetime import CosemDateTime
from app.protocols.dlms.errors import ActionResult, CosemAccessError, DataAccessResult
from app.protocols.dlms.obis import Obis, ScalerUnit
from app.protocols.dlms.xdlms import AttributeDescriptor, SelectiveAccess

# --- the class registry -----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class AttributeSpec:
    """One attribute of an interface class: index, Blue Book name, expected types, default access."""

    index: int
    name: str
    types: tuple[DataType, ...] = ()  # empty: any type
    writable: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class MethodSpec:
    """One method of an interface class."""

    index: int
    name: str


@dataclass(frozen=True, kw_only=True, slots=True)
class ClassSpec:
    """An interface class: id, version, name, attributes and methods (Blue Book 4.3-4.4)."""

    class_id: int
    version: int
    name: str
    attributes: tuple[AttributeSpec, ...]
    methods: tuple[MethodSpec, ...] = ()

    def attribute(self, index: int) -> AttributeSpec | None:
        """The attribute with this index, if the class has one."""
        for spec in self.attributes:
            if spec.index == index:
                return spec
        return None

    def method(self, index: int) -> MethodSpec | None:
        """The method with this index, if the class has one."""
        for spec in self.methods:
            if spec.index == index:
                return spec
        return None


T = DataType
_LN = AttributeSpec(index=1, name="logical_name", types=(T.OCTET_STRING,))
_OCTETS = (T.OCTET_STRING,)
_STRUCT = (T.STRUCTURE,)
_ARRAY = (T.ARRAY,)
_DLU = (T.DOUBLE_LONG_UNSIGNED,)
_LU = (T.LONG_UNSIGNED,)
_ENUM = (T.ENUM,)


def _attrs(*items: tuple[str, tuple[DataType, ...], bool]) -> tuple[AttributeSpec, ...]:
    return (
        _LN,
        *(AttributeSpec(index=i, name=n, types=t, writable=w) for i, (n, t, w) in enumerate(items, 2)),
    )


def _methods(*names: str) -> tuple[MethodSpec, ...]:
    return tuple(MethodSpec(index=i, name=n) for i, n in enumerate(names, 1))


_VALUE_TYPES: tuple[DataType, ...] = ()
CLASSES: dict[int, ClassSpec] = {
    spec.class_id: spec
    for spec in (
        ClassSpec(class_id=1, version=0, name="Data", attributes=_attrs(("value", _VALUE_TYPES, True))),
        ClassSpec(
            class_id=3,
            version=0,
            name="Register",
            attributes=_attrs(("value", _VALUE_TYPES, True), ("scaler_unit", _STRUCT, False)),
            methods=_methods("reset"),
        ),
        ClassSpec(
            class_id=4,
            version=0,
            name="Extended register",
            attributes=_attrs(
                ("value", _VALUE_TYPES, True),
                ("scaler_unit", _STRUCT, False),
                ("status", (), False),
                ("capture_time", _OCTETS, False),
            ),
            methods=_methods("reset"),
        ),
        ClassSpec(
            class_id=5,
            version=0,
            name="Demand register",
            attributes=_attrs(
                ("current_average_value", (), False),
                ("last_average_value", (), False),
                ("scaler_unit", _STRUCT, False),
                ("status", (), False),
                ("capture_time", _OCTETS, False),
                ("start_time_current", _OCTETS, False),
                ("period", _DLU, True),
                ("number_of_periods", _LU, True),
            ),
            methods=_methods("reset", "next_period"),
        ),
        ClassSpec(
            class_id=6,
            version=0,
            name="Register activation",
            attributes=_attrs(
                ("register_assignment", _ARRAY, True),
                ("mask_list", _ARRAY, True),
                ("active_mask", _OCTETS, True),
            ),
            methods=_methods("add_register", "add_mask", "delete_mask"),
        ),
        ClassSpec(
            class_id=7,
            version=1,
            name="Profile generic",
            attributes=_attrs(
                ("buffer", _ARRAY, False),
                ("capture_objects", _ARRAY, True),
                ("capture_period", _DLU, True),
                ("sort_method", _ENUM, True),
                ("sort_object", _STRUCT, True),
                ("entries_in_use", _DLU, False),
                ("profile_entries", _DLU, True),
            ),
            methods=_methods("reset", "capture"),
        ),
        ClassSpec(
            class_id=8,
            version=0,
            name="Clock",
            attributes=_attrs(
                ("time", _OCTETS, True),
                ("time_zone", (T.LONG,), True),
                ("status", (T.UNSIGNED,), False),
                ("daylight_savings_begin", _OCTETS, True),
                ("daylight_savings_end", _OCTETS, True),
                ("daylight_savings_deviation", (T.INTEGER,), True),
                ("daylight_savings_enabled", (T.BOOLEAN,), True),
                ("clock_base", _ENUM, False),
            ),
            methods=_methods(
                "adjust_to_quarter",
                "adjust_to_measuring_period",
                "adjust_to_minute",
                "adjust_to_preset_time",
                "preset_adjusting_time",
                "shift_time",
            ),
        ),
        ClassSpec(
            class_id=9,
            version=0,
            name="Script table",
            attributes=_attrs(("scripts", _ARRAY, True)),
            methods=_methods("execute"),
        ),
        ClassSpec(
            class_id=11,
            version=0,
            name="Special days table",
            attributes=_attrs(("entries", _ARRAY, True)),
            methods=_methods("insert", "delete"),
        ),
        ClassSpec(
            class_id=15,
            version=1,
            name="Association LN",
            attributes=_attrs(
                ("object_list", _ARRAY, False),
                ("associated_partners_id", _STRUCT, False),
                ("application_context_name", (), False),
                ("xdlms_context_info", _STRUCT, False),
                ("authentication_mechanism_name", (), False),
                ("secret", _OCTETS, True),
                ("association_status", _ENUM, False),
                ("security_setup_reference", _OCTETS, False),
            ),
            methods=_methods(
                "reply_to_hls_authentication", "change_hls_secret", "add_object", "remove_object"
            ),
        ),
        ClassSpec(
            class_id=17,
            version=0,
            name="SAP assignment",
            attributes=_attrs(("sap_assignment_list", _ARRAY, False)),
            methods=_methods("connect_logical_device"),
        ),
        ClassSpec(
            class_id=18,
            version=0,
            name="Image transfer",
            attributes=_attrs(
                ("image_block_size", _DLU, False),
                ("image_transferred_blocks_status", (T.BIT_STRING,), False),
                ("image_first_not_transferred_block_number", _DLU, False),
                ("image_transfer_enabled", (T.BOOLEAN,), True),
                ("image_transfer_status", _ENUM, False),
                ("image_to_activate_info", _ARRAY, False),
            ),
            methods=_methods(
                "image_transfer_initiate", "image_block_transfer", "image_verify", "image_activate"
            ),
        ),
        ClassSpec(
            class_id=20,
            version=0,
            name="Activity calendar",
            attributes=_attrs(
                ("calendar_name_active", _OCTETS, False),
                ("season_profile_active", _ARRAY, False),
                ("week_profile_table_active", _ARRAY, False),
                ("day_profile_table_active", _ARRAY, False),
                ("calendar_name_passive", _OCTETS, True),
                ("season_profile_passive", _ARRAY, True),
                ("week_profile_table_passive", _ARRAY, True),
                ("day_profile_table_passive", _ARRAY, True),
                ("activate_passive_calendar_time", _OCTETS, True),
            ),
            methods=_methods("activate_passive_calendar"),
        ),
        ClassSpec(
            class_id=21,
            version=0,
            name="Register monitor",
            attributes=_attrs(
                ("thresholds", _ARRAY, True), ("monitored_value", _STRUCT, True), ("actions", _ARRAY, True)
            ),
        ),
        ClassSpec(
            class_id=22,
            version=0,
            name="Single action schedule",
            attributes=_attrs(
                ("executed_script", _STRUCT, True), ("type", _ENUM, True), ("execution_time", _ARRAY, True)
            ),
        ),
        ClassSpec(
            class_id=23,
            version=1,
            name="IEC HDLC setup",
            attributes=_attrs(
                ("comm_speed", _ENUM, True),
                ("window_size_transmit", (T.UNSIGNED,), True),
                ("window_size_receive", (T.UNSIGNED,), True),
                ("max_info_field_length_transmit", _LU, True),
                ("max_info_field_length_receive", _LU, True),
                ("inter_octet_time_out", _LU, True),
                ("inactivity_time_out", _LU, True),
                ("device_address", _LU, True),
            ),
        ),
        ClassSpec(
            class_id=40,
            version=0,
            name="Push setup",
            attributes=_attrs(
                ("push_object_list", _ARRAY, True),
                ("send_destination_and_method", _STRUCT, True),
                ("communication_window", _ARRAY, True),
                ("randomisation_start_interval", _LU, True),
                ("number_of_retries", (T.UNSIGNED,), True),
                ("repetition_delay", _LU, True),
            ),
            methods=_methods("push"),
        ),
        ClassSpec(
            class_id=41,
            version=0,
            name="TCP-UDP setup",
            attributes=_attrs(
                ("tcp_udp_port", _LU, True),
                ("ip_reference", _OCTETS, True),
                ("mss", _LU, True),
                ("nb_of_sim_conn", (T.UNSIGNED,), True),
                ("inactivity_time_out", _LU, True),
            ),
        ),
        ClassSpec(
            class_id=42,
            version=0,
            name="IPv4 setup",
            attributes=_attrs(
                ("dl_reference", _OCTETS, True),
                ("ip_address", _DLU, True),
                ("multicast_ip_address", _ARRAY, True),
                ("ip_options", _ARRAY, True),
                ("subnet_mask", _DLU, True),
                ("gateway_ip_address", _DLU, True),
                ("use_dhcp_flag", (T.BOOLEAN,), True),
                ("primary_dns_address", _DLU, True),
                ("secondary_dns_address", _DLU, True),
            ),
            methods=_methods("add_mc_ip_address", "delete_mc_ip_address", "get_nbof_mc_ip_addresses"),
        ),
        ClassSpec(
            class_id=43,
            version=0,
            name="MAC address setup",
            attributes=_attrs(("mac_address", _OCTETS, True)),
        ),
        ClassSpec(
            class_id=44,
            version=0,
            name="PPP setup",
            attributes=_attrs(
                ("phy_reference", _OCTETS, True),
                ("lcp_options", _ARRAY, True),
                ("ipcp_options", _ARRAY, True),
                ("ppp_authentication", _STRUCT, True),
            ),
        ),
        ClassSpec(
            class_id=45,
            version=0,
            name="GPRS modem setup",
            attributes=_attrs(
                ("apn", _OCTETS, True), ("pin_code", _LU, True), ("quality_of_service", _STRUCT, True)
            ),
        ),
        ClassSpec(
            class_id=47,
            version=0,
            name="GSM diagnostic",
            attributes=_attrs(
                ("operator", (T.VISIBLE_STRING,), False),
                ("status", _ENUM, False),
                ("cs_attachment", _ENUM, False),
                ("ps_status", _ENUM, False),
                ("cell_info", _STRUCT, False),
                ("adjacent_cells", _ARRAY, False),
                ("capture_time", (T.DATE_TIME, T.OCTET_STRING), False),
            ),
        ),
        ClassSpec(
            class_id=64,
            version=0,
            name="Security setup",
            attributes=_attrs(
                ("security_policy", _ENUM, True),
                ("security_suite", _ENUM, False),
                ("client_system_title", _OCTETS, False),
                ("server_system_title", _OCTETS, False),
            ),
            methods=_methods("security_activate", "global_key_transfer"),
        ),
        ClassSpec(
            class_id=70,
            version=0,
            name="Disconnect control",
            attributes=_attrs(
                ("output_state", (T.BOOLEAN,), False),
                ("control_state", _ENUM, False),
                ("control_mode", _ENUM, True),
            ),
            methods=_methods("remote_disconnect", "remote_reconnect"),
        ),
        ClassSpec(
            class_id=71,
            version=0,
            name="Limiter",
            attributes=_attrs(
                ("monitored_value", _STRUCT, True),
                ("threshold_active", (), False),
                ("threshold_normal", (), True),
                ("threshold_emergency", (), True),
                ("min_over_threshold_duration", _DLU, True),
                ("min_under_threshold_duration", _DLU, True),
                ("emergency_profile", _STRUCT, True),
                ("emergency_profile_group_id_list", _ARRAY, True),
                ("emergency_profile_active", (T.BOOLEAN,), False),
                ("actions", _STRUCT, True),
            ),
        ),
    )
}


def class_name(class_id: int) -> str:
    """The interface class name, `class N` for one the registry does not know."""
    spec = CLASSES.get(class_id)
    return spec.name if spec else f"class {class_id}"


def attribute_name(class_id: int, index: int) -> str:
    """The Blue Book attribute name (`scaler_unit`), `attribute_N` when unknown."""
    spec = CLASSES.get(class_id)
    attribute = spec.attribute(index) if spec else None
    return attribute.name if attribute else f"attribute_{index}"


def method_name(class_id: int, index: int) -> str:
    """The Blue Book method name, `method_N` when unknown."""
    spec = CLASSES.get(class_id)
    method = spec.method(index) if spec else None
    return method.name if method else f"method_{index}"


# --- typed values of common attributes --------------------------------------------------------------


def scaler_unit_from_data(data: Data) -> ScalerUnit:
    """scaler_unit ::= structure { scaler integer, unit enum }."""
    items = data.items
    if len(items) != 2:
        raise DecodeError("scaler_unit is not a structure of two")
    return ScalerUnit(scaler=items[0].as_int(), unit=items[1].as_int())


def scaler_unit_to_data(value: ScalerUnit) -> Data:
    """The scaler_unit structure."""
    return Data.structure((Data.integer(value.scaler), Data.enum(value.unit)))


@dataclass(frozen=True, kw_only=True, slots=True)
class CaptureObject:
    """capture_object_definition: class id, logical name, attribute index, data index (Blue Book 4.3.6)."""

    class_id: int
    logical_name: Obis
    attribute: int = 2
    data_index: int = 0

    def to_data(self) -> Data:
        """structure { long-unsigned, octet-string, integer, long-unsigned }."""
        return Data.structure(
            (
                Data.long_unsigned(self.class_id),
                Data.octet_string(self.logical_name.to_bytes()),
                Data.integer(self.attribute),
                Data.long_unsigned(self.data_index),
            )
        )

    @classmethod
    def from_data(cls, data: Data) -> CaptureObject:
        """From the structure."""
        items = data.items
        if len(items) != 4:
            raise DecodeError("capture object definition is not a structure of four")
        return cls(
            class_id=items[0].as_int(),
            logical_name=Obis.from_bytes(items[1].as_bytes()),
            attribute=items[2].as_int(),
            data_index=items[3].as_int(),
        )

    @property
    def descriptor(self) -> AttributeDescriptor:
        """The attribute this capture object refers to."""
        return AttributeDescriptor(
            class_id=self.class_id, instance=self.logical_name, attribute=self.attribute
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class RangeDescriptor:
    """Profile generic selective access by range (selector 1, Blue Book 4.3.6)."""

    SELECTOR: ClassVar[int] = 1
    restricting_object: CaptureObject
    from_value: Data
    to_value: Data
    selected_values: tuple[CaptureObject, ...] = ()

    def to_access(self) -> SelectiveAccess:
        """The Selective-Access-Descriptor."""
        return SelectiveAccess(
            selector=self.SELECTOR,
            parameters=Data.structure(
                (
                    self.restricting_object.to_data(),
                    self.from_value,
                    self.to_value,
                    Data.array(c.to_data() for c in self.selected_values),
                )
            ),
        )

    @classmethod
    def from_access(cls, access: SelectiveAccess) -> RangeDescriptor:
        """From a Selective-Access-Descriptor with selector 1."""
        items = access.parameters.items
        if access.selector != cls.SELECTOR or len(items) != 4:
            raise DecodeError("not a range descriptor")
        return cls(
            restricting_object=CaptureObject.from_data(items[0]),
            from_value=items[1],
            to_value=items[2],
            selected_values=tuple(CaptureObject.from_data(c) for c in items[3].items),
        )

    @classmethod
    def between(
        cls,
        start: datetime.datetime,
        end: datetime.datetime,
        *,
        clock: Obis | str = "0.0.1.0.0.255",
        selected_values: Sequence[CaptureObject] = (),
    ) -> RangeDescriptor:
        """The usual range: entries whose clock column lies between two times."""
        return cls(
            restricting_object=CaptureObject(class_id=8, logical_name=Obis.coerce(clock), attribute=2),
            from_value=Data.octet_date_time(CosemDateTime.from_datetime(start)),
            to_value=Data.octet_date_time(CosemDateTime.from_datetime(end)),
            selected_values=tuple(selected_values),
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class EntryDescriptor:
    """Profile generic selective access by entry (selector 2): 1-based rows and columns, 0 = to the end."""

    SELECTOR: ClassVar[int] = 2
    from_entry: int = 1
    to_entry: int = 0
    from_selected_value: int = 1
    to_selected_value: int = 0

    def to_access(self) -> SelectiveAccess:
        """The Selective-Access-Descriptor."""
        return SelectiveAccess(
            selector=self.SELECTOR,
            parameters=Data.structure(
                (
                    Data.double_long_unsigned(self.from_entry),
                    Data.double_long_unsigned(self.to_entry),
                    Data.long_unsigned(self.from_selected_value),
                    Data.long_unsigned(self.to_selected_value),
                )
            ),
        )

    @classmethod
    def from_access(cls, access: SelectiveAccess) -> EntryDescriptor:
        """From a Selective-Access-Descriptor with selector 2."""
        items = access.parameters.items
        if access.selector != cls.SELECTOR or len(items) != 4:
            raise DecodeError("not an entry descriptor")
        return cls(
            from_entry=items[0].as_int(),
            to_entry=items[1].as_int(),
            from_selected_value=items[2].as_int(),
            to_selected_value=items[3].as_int(),
        )


class AttributeAccess(enum.IntEnum):
    """attribute_access_mode (Association LN v1)."""

    NO_ACCESS = 0
    READ_ONLY = 1
    WRITE_ONLY = 2
    READ_WRITE = 3

    @property
    def readable(self) -> bool:
        """True for read modes."""
        return self in (AttributeAccess.READ_ONLY, AttributeAccess.READ_WRITE)

    @property
    def writable(self) -> bool:
        """True for write modes."""
        return self in (AttributeAccess.WRITE_ONLY, AttributeAccess.READ_WRITE)


class MethodAccess(enum.IntEnum):
    """method_access_mode (Association LN v1)."""

    NO_ACCESS = 0
    ACCESS = 1
    AUTHENTICATED_ACCESS = 2


@dataclass(frozen=True, kw_only=True, slots=True)
class ObjectListEntry:
    """One object_list element of Association LN: class, version, logical name and access rights."""

    class_id: int
    version: int
    logical_name: Obis
    attribute_access: tuple[tuple[int, AttributeAccess], ...] = ()
    method_access: tuple[tuple[int, MethodAccess], ...] = ()

    def to_data(self) -> Data:
        """object_list_element structure (Association LN v1, access_selectors null-data)."""
        attributes = Data.array(
            Data.structure((Data.integer(i), Data.enum(int(mode)), Data.null()))
            for i, mode in self.attribute_access
        )
        methods = Data.array(
            Data.structure((Data.integer(i), Data.enum(int(mode)))) for i, mode in self.method_access
        )
        return Data.structure(
            (
                Data.long_unsigned(self.class_id),
                Data.unsigned(self.version),
                Data.octet_string(self.logical_name.to_bytes()),
                Data.structure((attributes, methods)),
            )
        )

    @classmethod
    def from_data(cls, data: Data) -> ObjectListEntry:
        """From an object_list element (v0 boolean method access is read as access / no access)."""
        items = data.items
        if len(items) != 4 or len(items[3].items) != 2:
            raise DecodeError("object_list element is not a structure of four")
        attribute_access = []
        for entry in items[3].items[0].items:
            fields = entry.items
            if len(fields) < 2:
                raise DecodeError("attribute access item too short")
            attribute_access.append((fields[0].as_int(), AttributeAccess(fields[1].as_int() & 3)))
        method_access = []
        for entry in items[3].items[1].items:
            fields = entry.items
            if len(fields) < 2:
                raise DecodeError("method access item too short")
            mode = fields[1].as_bool() if fields[1].type is DataType.BOOLEAN else fields[1].as_int()
            method_access.append((fields[0].as_int(), MethodAccess(min(int(mode), 2))))
        return cls(
            class_id=items[0].as_int(),
            version=items[1].as_int(),
            logical_name=Obis.from_bytes(items[2].as_bytes()),
            attribute_access=tuple(attribute_access),
            method_access=tuple(method_access),
        )


def decode_attribute(class_id: int, index: int, data: Data) -> Any:
    """A typed value for well-known attributes (ScalerUnit, CosemDateTime, lists), else plain Python."""
    try:
        if index == 1:
            return Obis.from_bytes(data.as_bytes())
        if (class_id, index) in ((3, 3), (4, 3), (5, 4)):
            return scaler_unit_from_data(data)
        if (class_id, index) in ((8, 2), (4, 5), (5, 6), (5, 7)):
            return data.as_date_time()
        if (class_id, index) in ((7, 3), (40, 2)):
            return [CaptureObject.from_data(item) for item in data.items]
        if (class_id, index) == (15, 2):
            return [ObjectListEntry.from_data(item) for item in data.items]
    except (DecodeError, GwtermError):
        pass  # not the shape the Blue Book gives: fall back to the plain value
    return data.to_python()


# --- server-side object models ----------------------------------------------------------------------


class CosemObject:
    """A COSEM object a server exposes: attribute values as Data, the class's rules for access."""

    class_id: ClassVar[int] = 0
    version: ClassVar[int] = 0

    def __init__(self, logical_name: Obis | str | bytes, values: dict[int, Data] | None = None) -> None:
        self.logical_name = Obis.coerce(logical_name)
        self.values: dict[int, Data] = dict(values or {})
        self.read_only: set[int] = set()  # attributes a deployment wants read-only on top of the spec

    @property
    def spec(self) -> ClassSpec:
        """The interface class."""
        spec = CLASSES.get(self.class_id)
        if spec is None:
            raise LocalProtocolError(f"class {self.class_id} is not in the registry")
        return spec

    def attribute_indexes(self) -> list[int]:
        """The attribute indexes this object has."""
        return [a.index for a in self.spec.attributes]

    def attribute_access(self, index: int) -> AttributeAccess:
        """The access mode of an attribute (spec default, minus `read_only`)."""
        spec = self.spec.attribute(index)
        if spec is None:
            return AttributeAccess.NO_ACCESS
        if spec.writable and index not in self.read_only:
            return AttributeAccess.READ_WRITE
        return AttributeAccess.READ_ONLY

    def method_access(self, index: int) -> MethodAccess:
        """The access mode of a method: only methods this model implements (`do_<name>`) are offered."""
        method = self.spec.method(index)
        if method is None or not hasattr(self, f"do_{method.name}"):
            return MethodAccess.NO_ACCESS
        return MethodAccess.ACCESS

    def object_list_entry(self) -> ObjectListEntry:
        """This object as an Association LN object_list element."""
        return ObjectListEntry(
            class_id=self.class_id,
            version=self.version,
            logical_name=self.logical_name,
            attribute_access=tuple((i, self.attribute_access(i)) for i in self.attribute_indexes()),
            method_access=tuple((m.index, self.method_access(m.index)) for m in self.spec.methods),
        )

    def get(self, index: int, access: SelectiveAccess | None = None) -> Data:
        """An attribute's value; CosemAccessError with the Data-Access-Result otherwise."""
        if self.spec.attribute(index) is None:
            raise CosemAccessError(
                f"{self} has no attribute {index}", result=DataAccessResult.OBJECT_UNDEFINED
            )
        if access is not None:
            raise CosemAccessError(
                f"{self} attribute {index} takes no selective access",
                result=DataAccessResult.SCOPE_OF_ACCESS_VIOLATED,
            )
        if index == 1:
            return Data.octet_string(self.logical_name.to_bytes())
        value = self.read_attribute(index)
        if value is None:
            raise CosemAccessError(
                f"{self} attribute {index} has no value", result=DataAccessResult.OBJECT_UNAVAILABLE
            )
        return value

    def read_attribute(self, index: int) -> Data | None:
        """The stored value of an attribute (subclasses compute some)."""
        return self.values.get(index)

    def set(self, index: int, value: Data) -> None:
        """Write an attribute after checking its type; CosemAccessError otherwise."""
        spec = self.spec.attribute(index)
        if spec is None:
            raise CosemAccessError(
                f"{self} has no attribute {index}", result=DataAccessResult.OBJECT_UNDEFINED
            )
        if not self.attribute_access(index).writable:
            raise CosemAccessError(
                f"{self} attribute {index} is read-only", result=DataAccessResult.READ_WRITE_DENIED
            )
        if spec.types and value.type not in spec.types:
            raise CosemAccessError(
                f"{self} {spec.name} takes {', '.join(t.label for t in spec.types)}, not {value.type.label}",
                result=DataAccessResult.TYPE_UNMATCHED,
            )
        self.write_attribute(index, value)

    def write_attribute(self, index: int, value: Data) -> None:
        """Store a checked value (subclasses react to some)."""
        self.values[index] = value

    def action(self, index: int, parameter: Data | None) -> Data | None:
        """Invoke a method; its return value, or CosemAccessError with the Action-Result."""
        method = self.spec.method(index)
        handler = getattr(self, f"do_{method.name}", None) if method else None
        if handler is None:
            raise CosemAccessError(f"{self} has no method {index}", result=ActionResult.OBJECT_UNDEFINED)
        result: Data | None = handler(parameter)
        return result

    def __str__(self) -> str:
        return f"{self.spec.name} {self.logical_name}"


class DataObject(CosemObject):
    """Interface class 1 (Data): one value."""

    class_id = 1
    version = 0

    def __init__(
        self, logical_name: Obis | str | bytes, value: Data | None = None, *, writable: bool = True
    ) -> None:
        super().__init__(logical_name, {2: value} if value is not None else {})
        if not writable:
            self.read_only.add(2)

    @property
    def value(self) -> Data | None:
        """Attribute 2."""
        return self.values.get(2)

    @value.setter
    def value(self, value: Data) -> None:
        self.values[2] = value


class Register(CosemObject):
    """Interface class 3 (Register): value and scaler_unit; reset sets the value to 0."""

    class_id = 3
    version = 0

    def __init__(
        self,
        logical_name: Obis | str | bytes,
        value: Data | None = None,
        *,
        scaler: int = 0,
        unit: int = 255,
        writable: bool = False,
    ) -> None:
        super().__init__(logical_name, {3: scaler_unit_to_data(ScalerUnit(scaler=scaler, unit=unit))})
        if value is not None:
            self.values[2] = value
        if not writable:
            self.read_only.add(2)

    @property
    def value(self) -> Data | None:
        """Attribute 2."""
        return self.values.get(2)

    @value.setter
    def value(self, value: Data) -> None:
        self.values[2] = value

    @property
    def scaler_unit(self) -> ScalerUnit:
        """Attribute 3."""
        return scaler_unit_from_data(self.values[3])

    def do_reset(self, parameter: Data | None) -> None:
        """Method 1: value back to zero of its type."""
        current = self.values.get(2)
        self.values[2] = _zero_like(current)


def _zero_like(current: Data | None) -> Data:
    if current is None:
        return Data.double_long_unsigned(0)
    if current.type in (DataType.FLOAT32, DataType.FLOAT64, DataType.FLOATING_POINT):
        return Data(type=current.type, value=0.0)
    if isinstance(current.value, int) and not isinstance(current.value, bool):
        return Data(type=current.type, value=0)
    return Data.null()


class ExtendedRegister(Register):
    """Interface class 4 (Extended register): Register plus status and capture_time."""

    class_id = 4
    version = 0

    def __init__(
        self,
        logical_name: Obis | str | bytes,
        value: Data | None = None,
        *,
        scaler: int = 0,
        unit: int = 255,
        status: Data | None = None,
        capture_time: CosemDateTime | None = None,
    ) -> None:
        super().__init__(logical_name, value, scaler=scaler, unit=unit)
        self.values[4] = status if status is not None else Data.unsigned(0)
        self.values[5] = Data.octet_date_time(capture_time or CosemDateTime())


class DemandRegister(CosemObject):
    """Interface class 5 (Demand register): current/last average, period, number of periods."""

    class_id = 5
    version = 0

    def __init__(
        self,
        logical_name: Obis | str | bytes,
        *,
        scaler: int = 0,
        unit: int = 255,
        period: int = 900,
        number_of_periods: int = 1,
    ) -> None:
        super().__init__(
            logical_name,
            {
                2: Data.double_long_unsigned(0),
                3: Data.double_long_unsigned(0),
                4: scaler_unit_to_data(ScalerUnit(scaler=scaler, unit=unit)),
                5: Data.unsigned(0),
                6: Data.octet_date_time(CosemDateTime()),
                7: Data.octet_date_time(CosemDateTime()),
                8: Data.double_long_unsigned(period),
                9: Data.long_unsigned(number_of_periods),
            },
        )

    def do_reset(self, parameter: Data | None) -> None:
        """Method 1: averages back to zero."""
        self.values[2] = _zero_like(self.values.get(2))
        self.values[3] = _zero_like(self.values.get(3))

    def do_next_period(self, parameter: Data | None) -> None:
        """Method 2: the current average becomes the last one."""
        self.values[3] = self.values[2]
        self.values[2] = _zero_like(self.values.get(2))


class ProfileGeneric(CosemObject):
    """Interface class 7 (Profile generic): a buffer of captured rows, selective access by range/entry."""

    class_id = 7
    version = 1

    def __init__(
        self,
        logical_name: Obis | str | bytes,
        capture_objects: Sequence[CaptureObject] = (),
        *,
        capture_period: int = 0,
        profile_entries: int = 0,
        sort_method: int = 1,
        capture: Callable[[], Sequence[Data]] | None = None,
    ) -> None:
        super().__init__(logical_name)
        self.capture_objects: list[CaptureObject] = list(capture_objects)
        self.buffer: list[tuple[Data, ...]] = []
        self.capture_period = capture_period
        self.profile_entries = profile_entries  # 0: unlimited
        self.sort_method = sort_method  # 1 fifo
        self.sort_object: CaptureObject | None = None
        self.capture_source = capture

    def append(self, row: Sequence[Data]) -> None:
        """Add a captured row, dropping the oldest beyond profile_entries (FIFO, Blue Book 4.3.6)."""
        if self.capture_objects and len(row) != len(self.capture_objects):
            raise LocalProtocolError(
                f"row of {len(row)} values for {len(self.capture_objects)} capture objects"
            )
        self.buffer.append(tuple(row))
        if self.profile_entries and len(self.buffer) > self.profile_entries:
            del self.buffer[: len(self.buffer) - self.profile_entries]

    def read_attribute(self, index: int) -> Data | None:
        """Buffer and the configuration attributes come from the Python fields."""
        if index == 2:
            return _rows_data(self.buffer)
        if index == 3:
            return Data.array(c.to_data() for c in self.capture_objects)
        if index == 4:
            return Data.double_long_unsigned(self.capture_period)
        if index == 5:
            return Data.enum(self.sort_method)
        if index == 6:
            sort = self.sort_object or CaptureObject(
                class_id=0, logical_name=Obis(a=0, b=0, c=0, d=0, e=0, f=0), attribute=0
            )
            return sort.to_data()
        if index == 7:
            return Data.double_long_unsigned(len(self.buffer))
        if index == 8:
            return Data.double_long_unsigned(self.profile_entries)
        return super().read_attribute(index)

    def write_attribute(self, index: int, value: Data) -> None:
        """Configuration writes; changing capture objects or depth clears the buffer (Blue Book 4.3.6)."""
        try:
            if index == 3:
                self.capture_objects = [CaptureObject.from_data(item) for item in value.items]
                self.buffer.clear()
            elif index == 4:
                self.capture_period = value.as_int()
            elif index == 5:
                self.sort_method = value.as_int()
            elif index == 6:
                self.sort_object = CaptureObject.from_data(value)
            elif index == 8:
                self.profile_entries = value.as_int()
                self.buffer.clear()
            else:
                super().write_attribute(index, value)
        except DecodeError as exc:
            raise CosemAccessError(str(exc), result=DataAccessResult.TYPE_UNMATCHED) from exc

    def get(self, index: int, access: SelectiveAccess | None = None) -> Data:
        """The buffer honours selective access by range (1) and by entry (2)."""
        if index != 2 or access is None:
            return super().get(index, access)
        try:
            if access.selector == RangeDescriptor.SELECTOR:
                return self._by_range(RangeDescriptor.from_access(access))
            if access.selector == EntryDescriptor.SELECTOR:
                return self._by_entry(EntryDescriptor.from_access(access))
        except DecodeError as exc:
            raise CosemAccessError(str(exc), result=DataAccessResult.TYPE_UNMATCHED) from exc
        raise CosemAccessError(
            f"access selector {access.selector} not supported",
            result=DataAccessResult.SCOPE_OF_ACCESS_VIOLATED,
        )

    def _columns(self, selected: Sequence[CaptureObject]) -> list[int]:
        if not selected:
            return list(range(len(self.capture_objects)))
        try:
            return [self.capture_objects.index(c) for c in selected]
        except ValueError as exc:
            raise CosemAccessError(
                "selected value is not a capture object", result=DataAccessResult.SCOPE_OF_ACCESS_VIOLATED
            ) from exc

    def _by_range(self, descriptor: RangeDescriptor) -> Data:
        restricting = descriptor.restricting_object
        column = next(
            (
                i
                for i, c in enumerate(self.capture_objects)
                if (c.class_id, c.logical_name, c.attribute)
                == (restricting.class_id, restricting.logical_name, restricting.attribute)
            ),
            None,
        )
        if column is None:
            raise CosemAccessError(
                "restricting object is not captured", result=DataAccessResult.SCOPE_OF_ACCESS_VIOLATED
            )
        low, high = sort_key(descriptor.from_value), sort_key(descriptor.to_value)
        columns = self._columns(descriptor.selected_values)
        rows = [row for row in self.buffer if low <= sort_key(row[column]) <= high]
        return _rows_data([tuple(row[i] for i in columns) for row in rows])

    def _by_entry(self, descriptor: EntryDescriptor) -> Data:
        first = max(descriptor.from_entry, 1) - 1
        last = len(self.buffer) if descriptor.to_entry == 0 else min(descriptor.to_entry, len(self.buffer))
        width = len(self.capture_objects) or (len(self.buffer[0]) if self.buffer else 0)
        col_first = max(descriptor.from_selected_value, 1) - 1
        col_last = width if descriptor.to_selected_value == 0 else min(descriptor.to_selected_value, width)
        return _rows_data([row[col_first:col_last] for row in self.buffer[first:last]])

    def do_reset(self, parameter: Data | None) -> None:
        """Method 1: empty the buffer."""
        self.buffer.clear()

    def do_capture(self, parameter: Data | None) -> None:
        """Method 2: capture a row from the capture source."""
        if self.capture_source is None:
            raise CosemAccessError("no capture source", result=ActionResult.TEMPORARY_FAILURE)
        self.append(self.capture_source())


def _rows_data(rows: Iterable[tuple[Data, ...]]) -> Data:
    return Data.array(Data.structure(row) for row in rows)


def sort_key(value: Data) -> tuple[int, Any]:
    """An order for profile values: date-times by instant (UTC when deviation given), numbers, bytes."""
    if value.type is DataType.OCTET_STRING and isinstance(value.value, bytes) and len(value.value) == 12:
        moment = CosemDateTime.from_bytes(value.value).to_datetime()
        if moment is not None:
            if moment.tzinfo is not None:
                moment = moment.astimezone(datetime.UTC).replace(tzinfo=None)
            return (0, moment)
    if isinstance(value.value, CosemDateTime):
        moment = value.value.to_datetime()
        if moment is not None:
            if moment.tzinfo is not None:
                moment = moment.astimezone(datetime.UTC).replace(tzinfo=None)
            return (0, moment)
    if isinstance(value.value, int | float) and not isinstance(value.value, bool):
        return (1, value.value)
    if isinstance(value.value, bytes | str):
        return (2, value.value if isinstance(value.value, bytes) else value.value.encode())
    return (3, 0)


class Clock(CosemObject):
    """Interface class 8 (Clock). Time is an input: `now` returns the current local time (aware)."""

    class_id = 8
    version = 0

    def __init__(
        self,
        logical_name: Obis | str | bytes = "0.0.1.0.0.255",
        *,
        now: Callable[[], datetime.datetime] | None = None,
        on_set: Callable[[CosemDateTime], None] | None = None,
        time_zone: int = 0,
        daylight_savings_enabled: bool = False,
        clock_base: int = 1,
    ) -> None:
        super().__init__(
            logical_name,
            {
                2: Data.octet_date_time(CosemDateTime()),
                3: Data.long(time_zone),
                4: Data.unsigned(0),
                5: Data.octet_string(CosemDateTime().to_bytes()),
                6: Data.octet_string(CosemDateTime().to_bytes()),
                7: Data.integer(60),
                8: Data.boolean(daylight_savings_enabled),
                9: Data.enum(clock_base),
            },
        )
        self.now = now
        self.on_set = on_set

    def read_attribute(self, index: int) -> Data | None:
        """Time (2) and status (4) from `now` when a time source is given."""
        if self.now is not None and index in (2, 4):
            moment = self.now()
            status = 0x80 if moment.dst() else 0
            if index == 4:
                return Data.unsigned(status)
            return Data.octet_date_time(CosemDateTime.from_datetime(moment, clock_status=status))
        return super().read_attribute(index)

    def write_attribute(self, index: int, value: Data) -> None:
        """Setting the time goes to `on_set` (the gateway adjusts its clock)."""
        if index == 2:
            try:
                stamp = value.as_date_time()
            except DecodeError as exc:
                raise CosemAccessError(str(exc), result=DataAccessResult.TYPE_UNMATCHED) from exc
            if self.on_set is not None:
                self.on_set(stamp)
        super().write_attribute(index, value)

    def do_adjust_to_quarter(self, parameter: Data | None) -> None:
        """Method 1: accepted; the time source owns the clock."""

    def do_adjust_to_minute(self, parameter: Data | None) -> None:
        """Method 3: accepted; the time source owns the clock."""

    def do_shift_time(self, parameter: Data | None) -> None:
        """Method 6: shift by `parameter` seconds (long), reported through `on_set`."""
        if parameter is None or self.now is None or self.on_set is None:
            raise CosemAccessError("shift_time needs a time source", result=ActionResult.TEMPORARY_FAILURE)
        self.on_set(CosemDateTime.from_datetime(self.now() + datetime.timedelta(seconds=parameter.as_int())))


class AssociationLN(CosemObject):
    """Interface class 15 (Association LN): object list, partners, context, mechanism, secret, status."""

    class_id = 15
    version = 1

    def __init__(
        self,
        logical_name: Obis | str | bytes,
        *,
        objects: Callable[[], Iterable[CosemObject]],
        client_sap: int = 0x10,
        server_sap: int = 1,
        mechanism: int = 0,
        secret: bytes = b"",
        ciphered: bool = False,
        conformance: int = 0,
        max_receive_pdu_size: int = 0xFFFF,
    ) -> None:
        super().__init__(logical_name)
        self.objects = objects
        self.client_sap = client_sap
        self.server_sap = server_sap
        self.mechanism = mechanism
        self.secret = secret
        self.ciphered = ciphered
        self.conformance = conformance
        self.max_receive_pdu_size = max_receive_pdu_size
        self.status = 0  # 0 non-associated, 1 association-pending, 2 associated
        self.read_only.add(7)  # the secret is changed by method 2 (HLS) or by a management client

    def attribute_access(self, index: int) -> AttributeAccess:
        """The secret is write-only: it is never read back."""
        if index == 7:
            return AttributeAccess.WRITE_ONLY if 7 not in self.read_only else AttributeAccess.NO_ACCESS
        return super().attribute_access(index)

    def read_attribute(self, index: int) -> Data | None:
        """Computed attributes; the secret is never returned."""
        if index == 2:
            return Data.array(obj.object_list_entry().to_data() for obj in self.objects())
        if index == 3:
            return Data.structure((Data.integer(self.client_sap), Data.long_unsigned(self.server_sap)))
        if index == 4:
            return _oid_structure(1, 3 if self.ciphered else 1)
        if index == 5:
            return Data.structure(
                (
                    Data.bit_string(format(self.conformance, "024b")),
                    Data.long_unsigned(self.max_receive_pdu_size),
                    Data.long_unsigned(self.max_receive_pdu_size),
                    Data.unsigned(6),
                    Data.integer(0),
                    Data.octet_string(b""),
                )
            )
        if index == 6:
            return _oid_structure(2, self.mechanism)
        if index == 7:
            raise CosemAccessError("the secret cannot be read", result=DataAccessResult.READ_WRITE_DENIED)
        if index == 8:
            return Data.enum(self.status)
        return super().read_attribute(index)

    def write_attribute(self, index: int, value: Data) -> None:
        """Writing the secret replaces the LLS password."""
        if index == 7:
            self.secret = value.as_bytes()
            return
        super().write_attribute(index, value)

    def do_change_hls_secret(self, parameter: Data | None) -> None:
        """Method 2: the new secret."""
        if parameter is None:
            raise CosemAccessError("change_HLS_secret needs the secret", result=ActionResult.TYPE_UNMATCHED)
        self.secret = parameter.as_bytes()


def _oid_structure(kind: int, value: int) -> Data:
    # Association LN v1 context/mechanism names: {2, 16, 756, 5, 8, kind, value}
    return Data.structure(
        (
            Data.unsigned(2),
            Data.unsigned(16),
            Data.long_unsigned(756),
            Data.unsigned(5),
            Data.unsigned(8),
            Data.unsigned(kind),
            Data.unsigned(value),
        )
    )


class SapAssignment(CosemObject):
    """Interface class 17 (SAP assignment): which logical device sits behind which SAP."""

    class_id = 17
    version = 0

    def __init__(
        self,
        logical_name: Obis | str | bytes = "0.0.41.0.0.255",
        assignments: Sequence[tuple[int, bytes]] = (),
    ) -> None:
        super().__init__(logical_name)
        self.assignments = list(assignments)

    def read_attribute(self, index: int) -> Data | None:
        """SAP_assignment_list: array of { SAP long-unsigned, logical_device_name octet-string }."""
        if index == 2:
            return Data.array(
                Data.structure((Data.long_unsigned(sap), Data.octet_string(name)))
                for sap, name in self.assignments
            )
        return super().read_attribute(index)

    def do_connect_logical_device(self, parameter: Data | None) -> None:
        """Method 1: add or replace an assignment (an empty name removes it)."""
        if parameter is None:
            raise CosemAccessError(
                "connect_logical_device needs a structure", result=ActionResult.TYPE_UNMATCHED
            )
        items = parameter.items
        sap, name = items[0].as_int(), items[1].as_bytes()
        self.assignments = [(s, n) for s, n in self.assignments if s != sap]
        if name:
            self.assignments.append((sap, name))


class ImageTransferStatus(enum.IntEnum):
    """image_transfer_status (Blue Book 4.4.6)."""

    NOT_INITIATED = 0
    INITIATED = 1
    VERIFICATION_INITIATED = 2
    VERIFICATION_SUCCESSFUL = 3
    VERIFICATION_FAILED = 4
    ACTIVATION_INITIATED = 5
    ACTIVATION_SUCCESSFUL = 6
    ACTIVATION_FAILED = 7


class ImageTransfer(CosemObject):
    """Interface class 18 (Image transfer): initiate, blocks, verify, activate (Blue Book 4.4.6)."""

    class_id = 18
    version = 0

    def __init__(
        self,
        logical_name: Obis | str | bytes = "0.0.44.0.0.255",
        *,
        block_size: int = 192,
        verify: Callable[[bytes, bytes], bool] | None = None,
        activate: Callable[[bytes, bytes], bool] | None = None,
        max_size: int = 16 * 1024 * 1024,
    ) -> None:
        super().__init__(logical_name)
        self.block_size = block_size
        self.enabled = True
        self.status = ImageTransferStatus.NOT_INITIATED
        self.identifier = b""
        self.size = 0
        self.blocks: dict[int, bytes] = {}
        self.verifier = verify
        self.activator = activate
        self.max_size = max_size

    @property
    def block_count(self) -> int:
        """Blocks the announced image takes."""
        return (self.size + self.block_size - 1) // self.block_size

    @property
    def first_missing_block(self) -> int:
        """image_first_not_transferred_block_number."""
        for number in range(self.block_count):
            if number not in self.blocks:
                return number
        return self.block_count

    def image(self) -> bytes:
        """The assembled image (only meaningful once every block is in)."""
        return b"".join(self.blocks[n] for n in range(self.block_count) if n in self.blocks)[: self.size]

    def read_attribute(self, index: int) -> Data | None:
        """Attributes 2-7 from the transfer state."""
        if index == 2:
            return Data.double_long_unsigned(self.block_size)
        if index == 3:
            return Data.bit_string([n in self.blocks for n in range(self.block_count)])
        if index == 4:
            return Data.double_long_unsigned(self.first_missing_block)
        if index == 5:
            return Data.boolean(self.enabled)
        if index == 6:
            return Data.enum(int(self.status))
        if index == 7:
            if self.status < ImageTransferStatus.VERIFICATION_SUCCESSFUL or not self.identifier:
                return Data.array(())
            info = Data.structure(
                (
                    Data.double_long_unsigned(self.size),
                    Data.octet_string(self.identifier),
                    Data.octet_string(b""),
                )
            )
            return Data.array((info,))
        return super().read_attribute(index)

    def write_attribute(self, index: int, value: Data) -> None:
        """image_transfer_enabled."""
        if index == 5:
            self.enabled = value.as_bool()
            return
        super().write_attribute(index, value)

    def _require_enabled(self) -> None:
        if not self.enabled:
            raise CosemAccessError("image transfer is disabled", result=ActionResult.TEMPORARY_FAILURE)

    def do_image_transfer_initiate(self, parameter: Data | None) -> None:
        """Method 1: structure { image_identifier octet-string, image_size double-long-unsigned }."""
        self._require_enabled()
        try:
            items = parameter.items if parameter is not None else ()
            identifier, size = items[0].as_bytes(), items[1].as_int()
        except (DecodeError, IndexError) as exc:
            raise CosemAccessError(
                "image_transfer_initiate parameter malformed", result=ActionResult.TYPE_UNMATCHED
            ) from exc
        if size > self.max_size:
            raise CosemAccessError(f"image of {size} octets is too large", result=ActionResult.OTHER_REASON)
        self.identifier, self.size, self.blocks = identifier, size, {}
        self.status = ImageTransferStatus.INITIATED

    def do_image_block_transfer(self, parameter: Data | None) -> None:
        """Method 2: structure { image_block_number double-long-unsigned, image_block_value octet-string }."""
        self._require_enabled()
        if self.status != ImageTransferStatus.INITIATED:
            raise CosemAccessError("no image transfer initiated", result=ActionResult.TEMPORARY_FAILURE)
        try:
            items = parameter.items if parameter is not None else ()
            number, value = items[0].as_int(), items[1].as_bytes()
        except (DecodeError, IndexError) as exc:
            raise CosemAccessError(
                "image_block_transfer parameter malformed", result=ActionResult.TYPE_UNMATCHED
            ) from exc
        if number >= self.block_count or len(value) > self.block_size:
            raise CosemAccessError(f"block {number} out of range", result=ActionResult.OTHER_REASON)
        self.blocks[number] = value

    def do_image_verify(self, parameter: Data | None) -> None:
        """Method 3: all blocks in and the verifier agrees."""
        self._require_enabled()
        if self.status not in (ImageTransferStatus.INITIATED, ImageTransferStatus.VERIFICATION_FAILED):
            raise CosemAccessError("nothing to verify", result=ActionResult.TEMPORARY_FAILURE)
        if self.first_missing_block < self.block_count:
            self.status = ImageTransferStatus.VERIFICATION_FAILED
            raise CosemAccessError(
                f"block {self.first_missing_block} missing", result=ActionResult.OTHER_REASON
            )
        ok = self.verifier(self.identifier, self.image()) if self.verifier else True
        self.status = (
            ImageTransferStatus.VERIFICATION_SUCCESSFUL if ok else ImageTransferStatus.VERIFICATION_FAILED
        )
        if not ok:
            raise CosemAccessError("image verification failed", result=ActionResult.OTHER_REASON)

    def do_image_activate(self, parameter: Data | None) -> None:
        """Method 4: activate a verified image."""
        self._require_enabled()
        if self.status not in (
            ImageTransferStatus.VERIFICATION_SUCCESSFUL,
            ImageTransferStatus.ACTIVATION_FAILED,
        ):
            raise CosemAccessError("image not verified", result=ActionResult.TEMPORARY_FAILURE)
        ok = self.activator(self.identifier, self.image()) if self.activator else True
        self.status = (
            ImageTransferStatus.ACTIVATION_SUCCESSFUL if ok else ImageTransferStatus.ACTIVATION_FAILED
        )
        if not ok:
            raise CosemAccessError("image activation failed", result=ActionResult.OTHER_REASON)


class PushSetup(CosemObject):
    """Interface class 40 (Push setup): what to push, where, when; method 1 pushes."""

    class_id = 40
    version = 0

    def __init__(
        self,
        logical_name: Obis | str | bytes = "0.0.25.9.0.255",
        push_objects: Sequence[CaptureObject] = (),
        *,
        destination: bytes = b"",
        transport_service: int = 0,
        message_type: int = 0,
        on_push: Callable[[PushSetup], None] | None = None,
    ) -> None:
        super().__init__(
            logical_name,
            {
                4: Data.array(()),
                5: Data.long_unsigned(0),
                6: Data.unsigned(0),
                7: Data.long_unsigned(0),
            },
        )
        self.push_objects = list(push_objects)
        self.destination = destination
        self.transport_service = transport_service  # 0 TCP, 1 UDP, … (Blue Book 4.4.8)
        self.message_type = message_type  # 0 A-XDR encoded xDLMS APDU
        self.on_push = on_push

    def read_attribute(self, index: int) -> Data | None:
        """push_object_list and send_destination_and_method from the Python fields."""
        if index == 2:
            return Data.array(c.to_data() for c in self.push_objects)
        if index == 3:
            return Data.structure(
                (
                    Data.enum(self.transport_service),
                    Data.octet_string(self.destination),
                    Data.enum(self.message_type),
                )
            )
        return super().read_attribute(index)

    def write_attribute(self, index: int, value: Data) -> None:
        """Configuration writes."""
        try:
            if index == 2:
                self.push_objects = [CaptureObject.from_data(item) for item in value.items]
                return
            if index == 3:
                items = value.items
                self.transport_service = items[0].as_int()
                self.destination = items[1].as_bytes()
                self.message_type = items[2].as_int()
                return
        except (DecodeError, IndexError) as exc:
            raise CosemAccessError(str(exc), result=DataAccessResult.TYPE_UNMATCHED) from exc
        super().write_attribute(index, value)

    def do_push(self, parameter: Data | None) -> None:
        """Method 1: hand the push to the gateway (it builds the notification with `push_body`)."""
        if self.on_push is None:
            raise CosemAccessError("no push handler", result=ActionResult.TEMPORARY_FAILURE)
        self.on_push(self)


class ObjectRegistry:
    """The objects a logical device exposes, by logical name."""

    def __init__(self, objects: Iterable[CosemObject] = ()) -> None:
        self._objects: dict[Obis, CosemObject] = {}
        for obj in objects:
            self.add(obj)

    def add(self, obj: CosemObject) -> CosemObject:
        """Register an object (replacing one with the same logical name)."""
        self._objects[obj.logical_name] = obj
        return obj

    def remove(self, logical_name: Obis | str) -> None:
        """Forget an object."""
        self._objects.pop(Obis.coerce(logical_name), None)

    def find(self, logical_name: Obis | str) -> CosemObject | None:
        """The object with this logical name."""
        return self._objects.get(Obis.coerce(logical_name))

    def __iter__(self) -> Iterator[CosemObject]:
        return iter(self._objects.values())

    def __len__(self) -> int:
        return len(self._objects)

    def __contains__(self, logical_name: object) -> bool:
        return isinstance(logical_name, Obis) and logical_name in self._objects


def push_body(push: PushSetup, registry: ObjectRegistry) -> Data:
    """The data-notification body of a push: the pushed attributes' values (Blue Book 4.4.8)."""
    values = []
    for item in push.push_objects:
        obj = registry.find(item.logical_name)
        if obj is None or obj.class_id != item.class_id:
            values.append(Data.null())
            continue
        try:
            value = obj.get(item.attribute) if item.attribute else Data.null()
        except CosemAccessError:
            value = Data.null()
        if item.data_index and isinstance(value.value, tuple) and item.data_index <= len(value.value):
            value = value.value[item.data_index - 1]
        values.append(value)
    return Data.structure(values)
