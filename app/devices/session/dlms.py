"""A DLMS/COSEM client session with one logical device: the link, the association, timeouts and retries.

Links: the IEC 62056-47 wrapper on TCP (`tcp://host:4059`, the default port when none is given) and
HDLC (IEC 62056-46) on a serial line (`serial:///dev/ttyUSB0?baud=9600&format=8N1`). `link=hdlc` or
`link=wrapper` in the query overrides the choice (HDLC over TCP reaches a meter behind a transparent
gateway port). Addressing comes from the query or the keywords, keywords first: `client=0x20` (client
SAP; 0x10 public client without authentication, 0x20 with a password), `server=1` (logical device /
destination wPort), `physical=0` (HDLC lower address; one-octet server address when `physical=none`).

Requests are serialised by a lock; each waits `timeout` seconds of silence and is sent again up to
`retries` times (HDLC repeats its last frame, which also polls for a lost answer). Failures are
app.errors types: AuthError for a refused association, CosemAccessError (a DeviceError carrying the
Data-Access-Result / Action-Result) for a refused GET/SET/ACTION, DeviceTimeoutError, TransportError.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from app.errors import (
    AuthError,
    DeviceError,
    DeviceTimeoutError,
    GwtermError,
    TransportError,
    ValidationError,
)
from app.protocols.dlms.acse import AssociationResult, Mechanism, UserDiagnostic
from app.protocols.dlms.axdr import Data
from app.protocols.dlms.client import (
    ActionCompleted,
    Associated,
    AssociationFailed,
    ClientAssociation,
    ClientEvent,
    ClientSettings,
    ClientState,
    GetCompleted,
    NotificationReceived,
    Released,
    SendNext,
    ServiceFailed,
    SetCompleted,
)
from app.protocols.dlms.cosem import ObjectListEntry, decode_attribute
from app.protocols.dlms.errors import ActionResult, CosemAccessError, DataAccessResult
from app.protocols.dlms.hdlc import HdlcAddress
from app.protocols.dlms.hdlc_connection import (
    ApduReceived,
    Connected,
    Disconnected,
    HdlcConnection,
    HdlcState,
    Role,
)
from app.protocols.dlms.obis import Obis
from app.protocols.dlms.security import SecurityKeys
from app.protocols.dlms.wrapper import WrapperDecoder, WrapperFrame
from app.protocols.dlms.xdlms import (
    AttributeDescriptor,
    ConfirmedServiceError,
    Conformance,
    ExceptionResponse,
    GetDataResult,
    MethodDescriptor,
    SelectiveAccess,
)
from app.transports import Stream, TraceHook, open_stream
from app.transports.url import parse_url

DEFAULT_PORT = 4059  # IEC 62056-47 §5: the IANA-registered DLMS/COSEM port
PUBLIC_CLIENT = 0x10
READER_CLIENT = 0x20  # the usual LLS client ("meter reader"; 2N MeterCom PRO manual §4.1)
MANAGEMENT_LOGICAL_DEVICE = 1
CURRENT_ASSOCIATION = Obis(a=0, b=0, c=40, d=0, e=0, f=255)
_URL_OPTIONS = ("client", "server", "physical", "link", "model")  # model: for DlmsDevice
_AUTH_DIAGNOSTICS = {
    UserDiagnostic.AUTHENTICATION_FAILURE: "wrong password (authentication failure)",
    UserDiagnostic.AUTHENTICATION_REQUIRED: "this client needs a password",
    UserDiagnostic.AUTHENTICATION_MECHANISM_NAME_REQUIRED: "this client needs a password",
    UserDiagnostic.AUTHENTICATION_MECHANISM_NAME_NOT_RECOGNISED: "this client uses another authentication",
    UserDiagnostic.APPLICATION_CONTEXT_NAME_NOT_SUPPORTED: "ciphering does not match the device's setting",
}


@dataclass(frozen=True, kw_only=True)
class DlmsOptions:
    """Session settings besides URL and password (None: from the URL query, else the default)."""

    timeout: float = 5.0
    retries: int = 2
    connect_timeout: float = 10.0
    client_sap: int | None = None
    server_logical: int | None = None
    server_physical: int | None = None
    keys: SecurityKeys | None = None
    ciphered: bool = False
    hls: bool = False
    max_pdu: int = 0xFFFF

    def as_kwargs(self) -> dict[str, Any]:
        """The keywords of DlmsSession.connect."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def __repr__(self) -> str:
        return f"DlmsOptions(timeout={self.timeout}, retries={self.retries}, client_sap={self.client_sap})"


@dataclass(frozen=True, kw_only=True)
class DlmsTarget:
    """Where a session goes: the stream URL (DLMS options removed), link kind and addresses."""

    stream_url: str
    link: str  # "wrapper" or "hdlc"
    client_sap: int
    server_logical: int
    server_physical: int | None


def _number(text: str, what: str, url: str) -> int:
    try:
        return int(text, 0)
    except ValueError:
        raise ValidationError("url", f"{url}: {what} must be a number such as 32 or 0x20") from None


def dlms_target(
    url: str,
    *,
    client_sap: int | None = None,
    server_logical: int | None = None,
    server_physical: int | None = None,
    authenticated: bool = False,
) -> DlmsTarget:
    """Resolve URL query options and keywords (keywords win) to a DlmsTarget; ValidationError if bad."""
    parsed = parse_url(url, default_port=DEFAULT_PORT)
    parts = urlsplit(url.strip())
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    link = query.get("link") or ("hdlc" if parsed.scheme == "serial" else "wrapper")
    if link not in ("wrapper", "hdlc"):
        raise ValidationError("url", f"{url}: link must be wrapper or hdlc, not {link!r}")
    if client_sap is None:
        default_client = READER_CLIENT if authenticated else PUBLIC_CLIENT
        client_sap = _number(query["client"], "client", url) if "client" in query else default_client
    if server_logical is None:
        server_logical = (
            _number(query["server"], "server", url) if "server" in query else MANAGEMENT_LOGICAL_DEVICE
        )
    physical: int | None = server_physical
    if physical is None:
        text = query.get("physical", "0")
        physical = None if text.lower() in ("", "none") else _number(text, "physical", url)
    if not 0 <= client_sap <= 0x7F and link == "hdlc":
        raise ValidationError("url", f"{url}: an HDLC client address is 0..127")
    if not 0 <= client_sap <= 0xFFFF or not 0 <= server_logical <= 0x3FFF:
        raise ValidationError("url", f"{url}: client or server address out of range")
    if physical is not None and not 0 <= physical <= 0x3FFF:
        raise ValidationError("url", f"{url}: the physical address is 0..16383")
    rest = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in _URL_OPTIONS]
    base = url.strip().partition("?")[0].partition("#")[0]
    if parsed.scheme in ("tcp", "tls") and parts.port is None:
        base = f"{parts.scheme}://{parts.netloc}:{DEFAULT_PORT}{parts.path}"
    stream_url = f"{base}?{urlencode(rest)}" if rest else base
    return DlmsTarget(
        stream_url=stream_url,
        link=link,
        client_sap=client_sap,
        server_logical=server_logical,
        server_physical=physical,
    )


# --- links: APDUs in and out of bytes ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _LinkUp:
    pass


@dataclass(frozen=True, slots=True)
class _LinkDown:
    reason: str


_Incoming = bytes | _LinkUp | _LinkDown


class _WrapperLink:
    """IEC 62056-47 wrapper: source wPort = client SAP, destination wPort = logical device."""

    kind = "wrapper"

    def __init__(self, target: DlmsTarget) -> None:
        self.client = target.client_sap
        self.server = target.server_logical
        self._decoder = WrapperDecoder()
        self._last = b""

    def connect(self) -> bytes | None:
        return None

    def send_apdu(self, apdu: bytes) -> bytes:
        self._last = WrapperFrame(
            source_wport=self.client, destination_wport=self.server, apdu=apdu
        ).to_bytes()
        return self._last

    def resend(self) -> bytes:
        return self._last

    def receive(self, data: bytes) -> tuple[list[_Incoming], bytes]:
        self._decoder.receive_data(data)
        # frames for another wPort (a different client on a shared link) are not ours
        return [f.apdu for f in self._decoder if f.destination_wport == self.client], b""

    def disconnect(self) -> bytes | None:
        return None


class _HdlcLink:
    """IEC 62056-46 HDLC: SNRM/UA, I frames with segmentation, DISC."""

    kind = "hdlc"

    def __init__(self, target: DlmsTarget) -> None:
        self.conn = HdlcConnection(
            role=Role.CLIENT,
            client=HdlcAddress.client(target.client_sap),
            server=HdlcAddress.server(target.server_logical, target.server_physical),
        )

    def connect(self) -> bytes | None:
        return self.conn.connect()

    def send_apdu(self, apdu: bytes) -> bytes:
        return self.conn.send_apdu(apdu)

    def resend(self) -> bytes:
        return self.conn.last_sent()

    def receive(self, data: bytes) -> tuple[list[_Incoming], bytes]:
        self.conn.receive_data(data)
        items: list[_Incoming] = []
        while (event := self.conn.next_event()) is not None:
            if isinstance(event, ApduReceived) and not event.unnumbered:
                items.append(event.apdu)
            elif isinstance(event, Connected):
                items.append(_LinkUp())
            elif isinstance(event, Disconnected):
                items.append(_LinkDown(event.reason))
        return items, self.conn.data_to_send()

    def disconnect(self) -> bytes | None:
        return self.conn.disconnect() if self.conn.state is HdlcState.CONNECTED else None


_Link = _WrapperLink | _HdlcLink


# --- the session ---------------------------------------------------------------------------------------


def attribute(class_id: int, obis: Obis | str, index: int) -> AttributeDescriptor:
    """The descriptor of one attribute (the Blue Book order: class, logical name, index)."""
    return AttributeDescriptor(class_id=class_id, instance=Obis.coerce(obis), attribute=index)


def result_text(result: int) -> str:
    """`read-write-denied (3)` for a Data-Access-Result code."""
    try:
        name = DataAccessResult(result).name
    except ValueError:
        name = f"result {result}"
    return f"{name.lower().replace('_', '-')} ({int(result)})"


class DlmsSession:
    """One association with one logical device over one stream; requests one at a time."""

    def __init__(
        self,
        stream: Stream,
        target: DlmsTarget,
        settings: ClientSettings,
        *,
        timeout: float = 5.0,
        retries: int = 2,
        list_size: int = 10,
    ) -> None:
        self.stream = stream
        self.target = target
        self.association = ClientAssociation(settings)
        self.link: _Link = _HdlcLink(target) if target.link == "hdlc" else _WrapperLink(target)
        self.timeout = timeout
        self.retries = retries
        self.list_size = list_size  # attributes per GET-with-list
        self.round_trips = 0
        self.device: dict[str, Any] = {}
        self._classes: dict[Obis, int] = {}
        self._lock = asyncio.Lock()
        self._incoming: asyncio.Queue[_Incoming | None] = asyncio.Queue()
        self._failure: GwtermError | None = None
        self._last_rx = time.monotonic()
        self._reader = asyncio.ensure_future(self._read_loop())

    @classmethod
    async def connect(
        cls,
        url: str,
        *,
        password: str | bytes | None = None,
        client_sap: int | None = None,
        server_logical: int | None = None,
        server_physical: int | None = None,
        timeout: float = 5.0,
        retries: int = 2,
        connect_timeout: float = 10.0,
        keys: SecurityKeys | None = None,
        ciphered: bool = False,
        hls: bool = False,
        max_pdu: int = 0xFFFF,
        trace: TraceHook | None = None,
    ) -> DlmsSession:
        """Open the link and associate: LLS when a password is given, HLS-GMAC when `hls` (needs keys),
        glo-ciphering when `ciphered` (needs keys), no authentication otherwise."""
        secret = password.encode("latin-1") if isinstance(password, str) else (password or b"")
        if hls:
            mechanism = Mechanism.HIGH_GMAC
        elif secret:
            mechanism = Mechanism.LOW
        else:
            mechanism = Mechanism.LOWEST
        if (hls or ciphered) and keys is None:
            raise ValidationError("keys", "HLS and ciphering need the encryption and authentication keys")
        target = dlms_target(
            url,
            client_sap=client_sap,
            server_logical=server_logical,
            server_physical=server_physical,
            authenticated=mechanism is not Mechanism.LOWEST,
        )
        settings = ClientSettings(
            mechanism=mechanism, password=secret, keys=keys, ciphered=ciphered, max_receive_pdu_size=max_pdu
        )
        stream = await open_stream(target.stream_url, timeout=connect_timeout)
        if trace is not None:
            stream.subscribe(trace)
        session = cls(stream, target, settings, timeout=timeout, retries=retries)
        try:
            await session._open()
        except BaseException:
            await session.close(polite=False)
            raise
        return session

    # --- plumbing ----------------------------------------------------------------------------------
    async def _read_loop(self) -> None:
        try:
            while True:
                data = await self.stream.read()
                self._last_rx = time.monotonic()
                items, answer = self.link.receive(data)
                if answer:
                    await self.stream.write(answer)  # HDLC acknowledgements and further segments
                for item in items:
                    self._incoming.put_nowait(item)
        except GwtermError as exc:
            self._failure = exc
        except asyncio.CancelledError:
            self._failure = TransportError(f"{self.stream.url}: session closed")
            raise
        finally:
            self._incoming.put_nowait(None)

    async def _next(self, what: str) -> _Incoming:
        """The next APDU or link event, sending the last bytes again after each silent timeout."""
        attempts = 0
        while True:
            if self._failure is not None and self._incoming.empty():
                raise self._failure
            silence = time.monotonic() - self._last_rx
            try:
                item = await asyncio.wait_for(self._incoming.get(), max(0.01, self.timeout - silence))
            except TimeoutError:
                if time.monotonic() - self._last_rx < self.timeout:
                    continue  # bytes are still arriving: the answer is on its way
                attempts += 1
                if attempts > self.retries:
                    raise DeviceTimeoutError(
                        f"{self.stream.url}: no {what} after {attempts} tries of {self.timeout:g} s"
                    ) from None
                self._last_rx = time.monotonic()
                await self.stream.write(self.link.resend())
                continue
            if item is None:
                self._incoming.put_nowait(None)  # every later wait fails the same way
                raise self._failure or TransportError(f"{self.stream.url}: link closed")
            return item

    def _drop_stale(self) -> None:
        """Forget answers nobody waits for any more (a late reply to a request that was sent twice)."""
        while not self._incoming.empty():
            item = self._incoming.get_nowait()
            if item is None:
                self._incoming.put_nowait(None)
                return

    async def _exchange(self, apdu: bytes, what: str = "answer") -> ClientEvent:
        """Send an APDU; feed answers to the association until the exchange ends (blocks, HLS)."""
        self._drop_stale()
        while True:
            self._last_rx = time.monotonic()
            await self.stream.write(self.link.send_apdu(apdu))
            self.round_trips += 1
            while True:
                item = await self._next(what)
                if isinstance(item, _LinkDown):
                    self.association.abort()
                    raise TransportError(f"{self.stream.url}: the device dropped the link ({item.reason})")
                if isinstance(item, _LinkUp):
                    continue
                event = self.association.receive_apdu(item)
                if not isinstance(event, NotificationReceived):  # pushes are not answers
                    break
            if not isinstance(event, SendNext):
                return event
            apdu = event.apdu

    async def _open(self) -> None:
        async with self._lock:
            connect = self.link.connect()
            if connect is not None:
                self._last_rx = time.monotonic()
                await self.stream.write(connect)
                while True:
                    item = await self._next("UA to our SNRM (check the server and physical address)")
                    if isinstance(item, _LinkUp):
                        break
                    if isinstance(item, _LinkDown):
                        raise TransportError(
                            f"{self.stream.url}: the device refused the HDLC link ({item.reason.upper()})"
                        )
            event = await self._exchange(self.association.associate(), "AARE")
        if isinstance(event, AssociationFailed):
            raise AuthError(f"{self.stream.url}: {_refusal(event)}")
        if isinstance(event, ServiceFailed):
            raise AuthError(f"{self.stream.url}: association refused ({_service_failure(event)})")
        if not isinstance(event, Associated):
            raise TransportError(f"{self.stream.url}: unexpected answer to the AARQ")
        negotiated = event.negotiated
        self.device = {
            "protocol": "dlms",
            "link": self.link.kind,
            "client_sap": self.target.client_sap,
            "server_logical": self.target.server_logical,
            "server_physical": self.target.server_physical,
            "authentication": self.association.settings.mechanism.name.lower(),
            "max_pdu": negotiated.server_max_receive_pdu_size,
            "conformance": [
                (c.name or "").lower() for c in Conformance if c and c in negotiated.negotiated_conformance
            ],
        }

    @property
    def conformance(self) -> Conformance:
        """The services the device granted (empty before association)."""
        negotiated = self.association.negotiated
        return negotiated.negotiated_conformance if negotiated else Conformance.NONE

    async def class_of(self, obis: Obis | str) -> int:
        """The class of an object, from the device's object list (read once)."""
        return await self._class_of(Obis.coerce(obis))

    async def _class_of(self, obis: Obis) -> int:
        if obis == CURRENT_ASSOCIATION:
            return 15
        if not self._classes:
            await self.object_list()
        class_id = self._classes.get(obis)
        if class_id is None:
            raise CosemAccessError(
                f"{obis} is not in the device's object list", result=DataAccessResult.OBJECT_UNDEFINED
            )
        return class_id

    # --- services ----------------------------------------------------------------------------------
    async def get(
        self,
        obis: Obis | str,
        attribute_index: int,
        *,
        class_id: int | None = None,
        access: SelectiveAccess | None = None,
    ) -> Data:
        """One attribute's value; CosemAccessError with the Data-Access-Result when refused. Without
        `class_id` the class comes from the object list."""
        name = Obis.coerce(obis)
        cid = class_id if class_id is not None else await self._class_of(name)
        descriptor = attribute(cid, name, attribute_index)
        async with self._lock:
            event = await self._exchange(self.association.get(descriptor, access=access))
        result = _get_results(event, 1, self.stream.url)[0]
        if isinstance(result, Data):
            return result
        raise CosemAccessError(
            f"GET {name} attribute {attribute_index} (class {cid}) refused: {result_text(result)}",
            result=int(result),
        )

    async def get_many(
        self, attributes: Sequence[AttributeDescriptor | tuple[int, Obis | str, int]]
    ) -> list[GetDataResult]:
        """Several attributes (class, logical name, index): a Data or the Data-Access-Result each, in
        order; GET-with-list in groups when the device grants multiple references, else one by one."""
        descriptors = [a if isinstance(a, AttributeDescriptor) else attribute(*a) for a in attributes]
        results: list[GetDataResult] = []
        size = self.list_size if Conformance.MULTIPLE_REFERENCES in self.conformance else 1
        for start in range(0, len(descriptors), size):
            group = descriptors[start : start + size]
            async with self._lock:
                if len(group) == 1:
                    event = await self._exchange(self.association.get(group[0]))
                else:
                    event = await self._exchange(self.association.get_many(group))
            results += _get_results(event, len(group), self.stream.url)
        return results

    async def set(
        self, obis: Obis | str, attribute_index: int, value: Data, *, class_id: int | None = None
    ) -> None:
        """Write one attribute; CosemAccessError with the Data-Access-Result when refused."""
        name = Obis.coerce(obis)
        cid = class_id if class_id is not None else await self._class_of(name)
        async with self._lock:
            event = await self._exchange(self.association.set(attribute(cid, name, attribute_index), value))
        if isinstance(event, ServiceFailed):
            raise DeviceError(
                f"{self.stream.url}: SET failed: {_service_failure(event)}", code="dlms_exception"
            )
        if not isinstance(event, SetCompleted) or len(event.results) != 1:
            raise TransportError(f"{self.stream.url}: unexpected answer to a SET")
        result = event.results[0]
        if result != DataAccessResult.SUCCESS:
            raise CosemAccessError(
                f"SET {name} attribute {attribute_index} (class {cid}) refused: {result_text(result)}",
                result=int(result),
            )

    async def action(
        self, obis: Obis | str, method: int, parameter: Data | None = None, *, class_id: int | None = None
    ) -> Data | None:
        """Invoke a method; its return value (None when it has none). CosemAccessError with the
        Action-Result when refused."""
        name = Obis.coerce(obis)
        cid = class_id if class_id is not None else await self._class_of(name)
        descriptor = MethodDescriptor(class_id=cid, instance=name, method=method)
        async with self._lock:
            event = await self._exchange(self.association.action(descriptor, parameter))
        if isinstance(event, ServiceFailed):
            raise DeviceError(
                f"{self.stream.url}: ACTION failed: {_service_failure(event)}", code="dlms_exception"
            )
        if not isinstance(event, ActionCompleted) or len(event.outcomes) != 1:
            raise TransportError(f"{self.stream.url}: unexpected answer to an ACTION")
        outcome = event.outcomes[0]
        if outcome.result != ActionResult.SUCCESS:
            label = ActionResult(outcome.result).name.lower().replace("_", "-")
            raise CosemAccessError(
                f"ACTION {name} method {method} (class {cid}) refused: {label} ({int(outcome.result)})",
                result=int(outcome.result),
            )
        value = outcome.return_value
        if value is None or isinstance(value, Data):
            return value
        raise CosemAccessError(
            f"ACTION {name} method {method}: return value refused: {result_text(value)}", result=int(value)
        )

    async def object_list(self) -> list[ObjectListEntry]:
        """The current association's object list (Association LN attribute 2)."""
        data = await self.get(CURRENT_ASSOCIATION, 2, class_id=15)
        entries = decode_attribute(15, 2, data)
        if not isinstance(entries, list) or not all(isinstance(e, ObjectListEntry) for e in entries):
            raise DeviceError(f"{self.stream.url}: the object list is malformed", code="dlms_object_list")
        self._classes = {e.logical_name: e.class_id for e in entries}
        return entries

    async def close(self, *, polite: bool = True) -> None:
        """Release the association (RLRQ), disconnect the link (DISC) and close the stream."""
        if polite and self._failure is None and not self._reader.done():
            with contextlib.suppress(GwtermError, TimeoutError):
                async with asyncio.timeout(max(1.0, self.timeout)):
                    async with self._lock:
                        if self.association.state is ClientState.READY:
                            self._drop_stale()
                            await self.stream.write(self.link.send_apdu(self.association.release()))
                            while not isinstance(item := await self._next("RLRE"), bytes):
                                pass
                            if not isinstance(self.association.receive_apdu(item), Released):
                                self.association.abort()
                        disc = self.link.disconnect()
                        if disc is not None:
                            await self.stream.write(disc)
                            while not isinstance(await self._next("UA to our DISC"), _LinkDown):
                                pass
        if self.association.state is not ClientState.IDLE:
            self.association.abort()
        self._reader.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self._reader
        await self.stream.close()

    async def __aenter__(self) -> DlmsSession:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def _get_results(event: ClientEvent, count: int, url: str) -> list[GetDataResult]:
    if isinstance(event, ServiceFailed):
        raise DeviceError(f"{url}: GET failed: {_service_failure(event)}", code="dlms_exception")
    if not isinstance(event, GetCompleted) or len(event.results) != count:
        raise TransportError(f"{url}: unexpected answer to a GET")
    return list(event.results)


def _service_failure(event: ServiceFailed) -> str:
    apdu = event.apdu
    if isinstance(apdu, ExceptionResponse):
        return f"exception-response, state error {apdu.state_error}, service error {apdu.service_error}"
    if isinstance(apdu, ConfirmedServiceError):
        return f"confirmed-service-error {apdu.service}/{apdu.error_kind}/{apdu.value}"
    return type(apdu).__name__


def _refusal(event: AssociationFailed) -> str:
    aare = event.aare
    if aare is None:
        return event.reason
    diagnostic = int(aare.diagnostic)
    if aare.result == AssociationResult.REJECTED_TRANSIENT:
        return (
            f"association refused for now (rejected-transient, diagnostic {diagnostic}): "
            "the device is busy with another association (it serves one at a time)"
        )
    try:
        why = _AUTH_DIAGNOSTICS.get(UserDiagnostic(diagnostic))
    except ValueError:
        why = None
    if why is None:
        return event.reason
    return f"association refused: {why} (diagnostic {diagnostic})"
