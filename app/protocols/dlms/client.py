"""The DLMS/COSEM client association, sans-I/O (IEC 62056-5-3 §7-8 / Green Book 9.3-9.4): AARQ/AARE
with no, low (LLS password) or high (HLS-GMAC) authentication, optional glo-ciphering, GET/SET/ACTION
with block transfer in both directions, and RLRQ. APDUs in and out; the transport (HDLC, wrapper) is
the caller's.

Every request method returns the APDU to send. `receive_apdu` returns one event; `SendNext` means
"send this APDU and wait for the next answer" (next block, HLS step), anything else ends the exchange.
"""

from __future__ import annotations

import enum
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.errors import DecodeError, LocalProtocolError, RemoteProtocolError
from app.protocols.dlms import xdlms
from app.protocols.dlms.acse import Aare, Aarq, ApplicationContext, Mechanism, Rlre, Rlrq
from app.protocols.dlms.apdu import Apdu, decode_apdu
from app.protocols.dlms.axdr import Data, Reader, decode_data, encode_length
from app.protocols.dlms.errors import (
    ActionResult,
    CosemAccessError,
    DataAccessResult,
    DlmsSecurityError,
    result_name,
)
from app.protocols.dlms.obis import Obis
from app.protocols.dlms.security import (
    AUTHENTICATED_ENCRYPTION,
    CipheredApdu,
    GeneralCiphering,
    SecurityControl,
    SecurityKeys,
    hls_response,
    protect,
    unprotect,
    verify_hls_response,
)
from app.protocols.dlms.xdlms import (
    ActionOutcome,
    AttributeDescriptor,
    AttributeSelection,
    Conformance,
    DataBlock,
    GetDataResult,
    MethodDescriptor,
    SelectiveAccess,
)

CURRENT_ASSOCIATION = Obis(a=0, b=0, c=40, d=0, e=0, f=255)
APDU_OVERHEAD = 24  # room for tag, choice, invoke id, descriptor and block header in a block APDU
CIPHER_OVERHEAD = 1 + 3 + 5 + 12  # tag, length, SC+IC, authentication tag


class ClientState(enum.Enum):
    """Where the client association stands."""

    IDLE = "idle"
    AWAITING_AARE = "awaiting AARE"
    AWAITING_HLS = "awaiting HLS reply"
    READY = "ready"
    AWAITING_RESPONSE = "awaiting response"
    AWAITING_RLRE = "awaiting RLRE"


class _Step(enum.Enum):
    ASSOCIATE = "associate"
    AARE_OK = "AARE accepted"
    AARE_HLS = "AARE accepted, HLS pending"
    AARE_FAIL = "AARE rejected"
    HLS_OK = "HLS verified"
    REQUEST = "request"
    MORE = "more blocks"
    DONE = "response complete"
    RELEASE = "release"
    RELEASED = "RLRE"
    ABORT = "abort"


TRANSITIONS: dict[tuple[ClientState, _Step], ClientState] = {
    (ClientState.IDLE, _Step.ASSOCIATE): ClientState.AWAITING_AARE,
    (ClientState.AWAITING_AARE, _Step.AARE_OK): ClientState.READY,
    (ClientState.AWAITING_AARE, _Step.AARE_HLS): ClientState.AWAITING_HLS,
    (ClientState.AWAITING_AARE, _Step.AARE_FAIL): ClientState.IDLE,
    (ClientState.AWAITING_HLS, _Step.HLS_OK): ClientState.READY,
    (ClientState.AWAITING_HLS, _Step.AARE_FAIL): ClientState.IDLE,
    (ClientState.READY, _Step.REQUEST): ClientState.AWAITING_RESPONSE,
    (ClientState.AWAITING_RESPONSE, _Step.MORE): ClientState.AWAITING_RESPONSE,
    (ClientState.AWAITING_RESPONSE, _Step.DONE): ClientState.READY,
    (ClientState.READY, _Step.RELEASE): ClientState.AWAITING_RLRE,
    (ClientState.AWAITING_RLRE, _Step.RELEASED): ClientState.IDLE,
    **{(state, _Step.ABORT): ClientState.IDLE for state in ClientState},
}


@dataclass(frozen=True, kw_only=True)
class ClientSettings:
    """How the client associates: authentication, ciphering, conformance, PDU size."""

    mechanism: Mechanism = Mechanism.LOWEST
    password: bytes = b""  # LLS secret
    keys: SecurityKeys | None = None  # ciphering and HLS-GMAC
    system_title: bytes = b"GWT\x00\x00\x00\x00\x01"
    ciphered: bool = False
    security_control: SecurityControl = AUTHENTICATED_ENCRYPTION
    conformance: Conformance = xdlms.CLIENT_CONFORMANCE
    max_receive_pdu_size: int = 0xFFFF
    invocation_counter: int = 1
    challenge: Callable[[], bytes] = lambda: secrets.token_bytes(16)

    def __repr__(self) -> str:
        return f"ClientSettings(mechanism={self.mechanism.name}, ciphered={self.ciphered})"


@dataclass(frozen=True, kw_only=True, slots=True)
class Associated:
    """The association is open; `negotiated` is the server's InitiateResponse."""

    negotiated: xdlms.InitiateResponse
    server_system_title: bytes | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class AssociationFailed:
    """The server refused the association, or HLS failed; `reason` says why in words."""

    reason: str
    aare: Aare | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class SendNext:
    """Send `apdu` and feed the answer to `receive_apdu` again (next block, HLS step)."""

    apdu: bytes
    block_number: int = 0


@dataclass(frozen=True, kw_only=True, slots=True)
class GetCompleted:
    """The GET finished: one result per requested attribute (Data, or a Data-Access-Result)."""

    results: tuple[GetDataResult, ...]

    @property
    def value(self) -> Data:
        """The single value; CosemAccessError (the meter refused) when it is a Data-Access-Result."""
        result = self.results[0]
        if isinstance(result, Data):
            return result
        raise CosemAccessError(f"GET refused: {result_name(int(result))}", result=int(result))


@dataclass(frozen=True, kw_only=True, slots=True)
class SetCompleted:
    """The SET finished: one Data-Access-Result per attribute."""

    results: tuple[DataAccessResult, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionCompleted:
    """The ACTION finished: one outcome per method."""

    outcomes: tuple[ActionOutcome, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class Released:
    """The association is released."""

    rlre: Rlre


@dataclass(frozen=True, kw_only=True, slots=True)
class ServiceFailed:
    """The server answered with exception-response or confirmed-service-error."""

    apdu: xdlms.ExceptionResponse | xdlms.ConfirmedServiceError


@dataclass(frozen=True, kw_only=True, slots=True)
class NotificationReceived:
    """An unsolicited data-notification or event-notification arrived."""

    apdu: xdlms.DataNotification | xdlms.EventNotificationRequest


ClientEvent = (
    Associated
    | AssociationFailed
    | SendNext
    | GetCompleted
    | SetCompleted
    | ActionCompleted
    | Released
    | ServiceFailed
    | NotificationReceived
)


class ClientAssociation:
    """One client-side association with a logical device."""

    def __init__(self, settings: ClientSettings | None = None) -> None:
        self.settings = settings or ClientSettings()
        if self.settings.mechanism not in (Mechanism.LOWEST, Mechanism.LOW, Mechanism.HIGH_GMAC):
            raise LocalProtocolError(f"mechanism {self.settings.mechanism.name} is not supported")
        needs_keys = self.settings.ciphered or self.settings.mechanism is Mechanism.HIGH_GMAC
        if needs_keys and self.settings.keys is None:
            raise LocalProtocolError("ciphering and HLS-GMAC need keys")
        self.state = ClientState.IDLE
        self.invocation_counter = self.settings.invocation_counter
        self.server_system_title: bytes | None = None
        self.server_invocation_counter = -1
        self.negotiated: xdlms.InitiateResponse | None = None
        self._invoke_id = 0
        self._challenge = b""
        self._server_challenge = b""
        # the exchange in progress
        self._kind = ""
        self._blocks: list[bytes] = []
        self._block_number = 0
        self._outgoing: list[bytes] = []  # SET/ACTION blocks still to send
        self._with_list = False
        self._count = 1

    # --- state ---------------------------------------------------------------------------------------
    def _step(self, step: _Step) -> None:
        new = TRANSITIONS.get((self.state, step))
        if new is None:
            raise LocalProtocolError(f"{step.value} not allowed while {self.state.value}")
        self.state = new

    def abort(self) -> None:
        """Forget the association (the link dropped)."""
        self._step(_Step.ABORT)

    @property
    def server_max_pdu(self) -> int:
        """The server's max receive PDU size (after association)."""
        return self.negotiated.server_max_receive_pdu_size if self.negotiated else 0xFFFF

    def _block_size(self) -> int:
        size = self.server_max_pdu - APDU_OVERHEAD - (CIPHER_OVERHEAD if self.settings.ciphered else 0)
        return max(size, 16)

    def _next_invoke(self) -> int:
        self._invoke_id = (self._invoke_id + 1) % 16
        return xdlms.invoke_byte(self._invoke_id)

    # --- ciphering ---------------------------------------------------------------------------------
    def _wrap(self, plain: bytes) -> bytes:
        if not self.settings.ciphered:
            return plain
        assert self.settings.keys is not None
        counter = self.invocation_counter
        self.invocation_counter += 1
        return protect(
            plain,
            keys=self.settings.keys,
            system_title=self.settings.system_title,
            invocation_counter=counter,
            security_control=self.settings.security_control,
        ).to_bytes()

    def _unwrap(self, apdu: Apdu) -> Apdu:
        if not isinstance(apdu, CipheredApdu | GeneralCiphering):
            exempt = self.state in (ClientState.AWAITING_AARE, ClientState.AWAITING_RLRE)
            if self.settings.ciphered and not exempt and not isinstance(apdu, xdlms.ExceptionResponse):
                raise DlmsSecurityError(f"unciphered {type(apdu).__name__} in a ciphered association")
            return apdu
        if self.settings.keys is None:
            raise DlmsSecurityError("ciphered APDU but no keys")
        plain = unprotect(apdu, keys=self.settings.keys, system_title=self.server_system_title)
        if apdu.invocation_counter <= self.server_invocation_counter:
            raise DlmsSecurityError(f"invocation counter {apdu.invocation_counter} replayed")
        self.server_invocation_counter = apdu.invocation_counter
        return decode_apdu(plain)

    # --- association ---------------------------------------------------------------------------------
    def associate(self) -> bytes:
        """The AARQ."""
        settings = self.settings
        self._step(_Step.ASSOCIATE)
        initiate = xdlms.InitiateRequest(
            proposed_conformance=settings.conformance,
            client_max_receive_pdu_size=settings.max_receive_pdu_size,
        ).to_bytes()
        user_information = self._wrap(initiate) if settings.ciphered else initiate
        authentication: bytes | None = None
        if settings.mechanism is Mechanism.LOW:
            authentication = settings.password
        elif settings.mechanism is Mechanism.HIGH_GMAC:
            self._challenge = settings.challenge()
            if not 8 <= len(self._challenge) <= 64:
                raise LocalProtocolError("HLS challenges are 8..64 octets")
            authentication = self._challenge
        secured = settings.mechanism is not Mechanism.LOWEST
        aarq = Aarq(
            application_context=ApplicationContext.LN_CIPHERED
            if settings.ciphered
            else ApplicationContext.LN,
            calling_ap_title=settings.system_title
            if settings.ciphered or settings.mechanism is Mechanism.HIGH_GMAC
            else None,
            sender_acse_requirements=True if secured else None,
            mechanism=settings.mechanism if secured else None,
            calling_authentication_value=authentication,
            user_information=user_information,
        )
        return aarq.to_bytes()

    def _on_aare(self, aare: Aare) -> ClientEvent:
        if aare.responding_ap_title is not None:
            self.server_system_title = aare.responding_ap_title
        user = aare.user_information
        initiate: Apdu | None = None
        if user is not None:
            decoded = decode_apdu(user)
            if isinstance(decoded, CipheredApdu | GeneralCiphering):
                if self.settings.keys is None:
                    raise DlmsSecurityError("ciphered InitiateResponse but no keys")
                decoded = decode_apdu(
                    unprotect(decoded, keys=self.settings.keys, system_title=self.server_system_title)
                )
            initiate = decoded
        if not aare.accepted:
            self._step(_Step.AARE_FAIL)
            reason = f"association rejected ({aare.result.name.lower()}, diagnostic {aare.diagnostic})"
            if isinstance(initiate, xdlms.ConfirmedServiceError):
                reason += f", initiate error {initiate.value}"
            return AssociationFailed(reason=reason, aare=aare)
        if not isinstance(initiate, xdlms.InitiateResponse):
            self._step(_Step.AARE_FAIL)
            return AssociationFailed(reason="AARE accepted without an InitiateResponse", aare=aare)
        self.negotiated = initiate
        if self.settings.mechanism is Mechanism.HIGH_GMAC:
            if aare.responding_authentication_value is None or self.server_system_title is None:
                self._step(_Step.AARE_FAIL)
                return AssociationFailed(
                    reason="HLS: AARE lacks the server challenge or system title", aare=aare
                )
            self._server_challenge = aare.responding_authentication_value
            self._step(_Step.AARE_HLS)
            assert self.settings.keys is not None
            counter = self.invocation_counter
            self.invocation_counter += 1
            reply = hls_response(
                system_title=self.settings.system_title,
                invocation_counter=counter,
                keys=self.settings.keys,
                challenge=self._server_challenge,
            )
            action = xdlms.ActionRequestNormal(
                invoke_id_and_priority=self._next_invoke(),
                method=MethodDescriptor(class_id=15, instance=CURRENT_ASSOCIATION, method=1),
                parameter=Data.octet_string(reply),
            )
            return SendNext(apdu=self._wrap(action.to_bytes()))
        self._step(_Step.AARE_OK)
        return Associated(negotiated=initiate, server_system_title=self.server_system_title)

    def _on_hls_reply(self, apdu: Apdu) -> ClientEvent:
        if not isinstance(apdu, xdlms.ActionResponseNormal):
            self._step(_Step.AARE_FAIL)
            return AssociationFailed(reason=f"HLS: expected an action response, got {type(apdu).__name__}")
        value = apdu.return_value
        if apdu.result != ActionResult.SUCCESS or not isinstance(value, Data):
            self._step(_Step.AARE_FAIL)
            return AssociationFailed(reason=f"HLS: the server refused our reply ({int(apdu.result)})")
        assert self.settings.keys is not None and self.server_system_title is not None
        try:
            verify_hls_response(
                value.as_bytes(),
                system_title=self.server_system_title,
                keys=self.settings.keys,
                challenge=self._challenge,
            )
        except (DlmsSecurityError, DecodeError) as exc:
            self._step(_Step.AARE_FAIL)
            return AssociationFailed(reason=f"HLS: the server's reply does not verify ({exc})")
        self._step(_Step.HLS_OK)
        assert self.negotiated is not None
        return Associated(negotiated=self.negotiated, server_system_title=self.server_system_title)

    def release(self) -> bytes:
        """The RLRQ."""
        self._step(_Step.RELEASE)
        return Rlrq().to_bytes()

    # --- services ------------------------------------------------------------------------------------
    def _begin(self, kind: str, *, count: int = 1, with_list: bool = False) -> None:
        self._step(_Step.REQUEST)
        self._kind = kind
        self._blocks = []
        self._block_number = 0
        self._outgoing = []
        self._count = count
        self._with_list = with_list

    def get(self, attribute: AttributeDescriptor, *, access: SelectiveAccess | None = None) -> bytes:
        """A GET of one attribute (block transfer follows by itself)."""
        self._begin("get")
        request = xdlms.GetRequestNormal(
            invoke_id_and_priority=self._next_invoke(), attribute=attribute, access=access
        )
        return self._wrap(request.to_bytes())

    def get_many(self, attributes: Sequence[AttributeDescriptor | AttributeSelection]) -> bytes:
        """A GET with list."""
        items = tuple(
            a if isinstance(a, AttributeSelection) else AttributeSelection(attribute=a) for a in attributes
        )
        if not items:
            raise LocalProtocolError("nothing to get")
        self._begin("get", count=len(items), with_list=True)
        request = xdlms.GetRequestWithList(invoke_id_and_priority=self._next_invoke(), attributes=items)
        return self._wrap(request.to_bytes())

    def set(
        self, attribute: AttributeDescriptor, value: Data, *, access: SelectiveAccess | None = None
    ) -> bytes:
        """A SET of one attribute; values larger than the server's PDU go in blocks."""
        self._begin("set")
        invoke = self._next_invoke()
        encoded = value.to_bytes()
        if len(encoded) <= self._block_size():
            request: xdlms._Apdu = xdlms.SetRequestNormal(
                invoke_id_and_priority=invoke, attribute=attribute, access=access, value=value
            )
            return self._wrap(request.to_bytes())
        return self._first_block(
            encoded,
            lambda block: xdlms.SetRequestWithFirstBlock(
                invoke_id_and_priority=invoke, attribute=attribute, access=access, block=block
            ),
        )

    def set_many(self, items: Sequence[tuple[AttributeDescriptor, Data]]) -> bytes:
        """A SET with list."""
        if not items:
            raise LocalProtocolError("nothing to set")
        self._begin("set", count=len(items), with_list=True)
        selections = tuple(AttributeSelection(attribute=a) for a, _ in items)
        values = tuple(v for _, v in items)
        invoke = self._next_invoke()
        encoded = encode_length(len(values)) + b"".join(v.to_bytes() for v in values)
        if len(encoded) + 10 * len(items) <= self._block_size():
            request = xdlms.SetRequestWithList(
                invoke_id_and_priority=invoke, attributes=selections, values=values
            )
            return self._wrap(request.to_bytes())
        return self._first_block(
            encoded,
            lambda block: xdlms.SetRequestWithListFirstBlock(
                invoke_id_and_priority=invoke, attributes=selections, block=block
            ),
        )

    def action(self, method: MethodDescriptor, parameter: Data | None = None) -> bytes:
        """An ACTION; large parameters go in blocks."""
        self._begin("action")
        invoke = self._next_invoke()
        encoded = parameter.to_bytes() if parameter is not None else b""
        if len(encoded) <= self._block_size():
            request = xdlms.ActionRequestNormal(
                invoke_id_and_priority=invoke, method=method, parameter=parameter
            )
            return self._wrap(request.to_bytes())
        return self._first_block(
            encoded,
            lambda block: xdlms.ActionRequestWithFirstBlock(
                invoke_id_and_priority=invoke, method=method, block=block
            ),
        )

    def _first_block(self, encoded: bytes, build: Callable[[DataBlock], xdlms._Apdu]) -> bytes:
        size = self._block_size()
        chunks = [encoded[i : i + size] for i in range(0, len(encoded), size)]
        self._outgoing = chunks[1:]
        self._block_number = 1
        block = DataBlock(last_block=not self._outgoing, block_number=1, raw_data=chunks[0])
        return self._wrap(build(block).to_bytes())

    def _next_outgoing(self, acknowledged: int) -> SendNext:
        if acknowledged != self._block_number or not self._outgoing:
            raise RemoteProtocolError(
                f"server acknowledged block {acknowledged}, we sent {self._block_number}"
            )
        self._block_number += 1
        chunk = self._outgoing.pop(0)
        block = DataBlock(last_block=not self._outgoing, block_number=self._block_number, raw_data=chunk)
        invoke = xdlms.invoke_byte(self._invoke_id)
        request: xdlms._Apdu
        if self._kind == "set":
            request = xdlms.SetRequestWithBlock(invoke_id_and_priority=invoke, block=block)
        else:
            request = xdlms.ActionRequestWithBlock(invoke_id_and_priority=invoke, block=block)
        self._step(_Step.MORE)
        return SendNext(apdu=self._wrap(request.to_bytes()), block_number=self._block_number)

    # --- input -------------------------------------------------------------------------------------
    def receive_apdu(self, raw: bytes) -> ClientEvent:
        """Handle one APDU from the server; DecodeError/RemoteProtocolError/DlmsSecurityError if it is bad."""
        apdu = self._unwrap(decode_apdu(raw))
        if isinstance(apdu, xdlms.DataNotification | xdlms.EventNotificationRequest):
            return NotificationReceived(apdu=apdu)
        if isinstance(apdu, xdlms.ExceptionResponse | xdlms.ConfirmedServiceError):
            if self.state is ClientState.AWAITING_RESPONSE:
                self._step(_Step.DONE)
            elif self.state in (ClientState.AWAITING_AARE, ClientState.AWAITING_HLS):
                self._step(_Step.AARE_FAIL)
            return ServiceFailed(apdu=apdu)
        if self.state is ClientState.AWAITING_AARE:
            if not isinstance(apdu, Aare):
                raise RemoteProtocolError(f"expected an AARE, got {type(apdu).__name__}")
            return self._on_aare(apdu)
        if self.state is ClientState.AWAITING_HLS:
            return self._on_hls_reply(apdu)
        if self.state is ClientState.AWAITING_RLRE:
            if not isinstance(apdu, Rlre):
                raise RemoteProtocolError(f"expected an RLRE, got {type(apdu).__name__}")
            self._step(_Step.RELEASED)
            return Released(rlre=apdu)
        if self.state is not ClientState.AWAITING_RESPONSE:
            raise RemoteProtocolError(f"{type(apdu).__name__} while {self.state.value}")
        invoke = getattr(apdu, "invoke_id_and_priority", None)
        if invoke is not None and invoke & 0x0F != self._invoke_id:
            raise RemoteProtocolError(f"response for invoke id {invoke & 0x0F}, expected {self._invoke_id}")
        if self._kind == "get":
            return self._on_get(apdu)
        if self._kind == "set":
            return self._on_set(apdu)
        return self._on_action(apdu)

    def _done(self, event: ClientEvent) -> ClientEvent:
        self._step(_Step.DONE)
        return event

    def _on_get(self, apdu: Apdu) -> ClientEvent:
        if isinstance(apdu, xdlms.GetResponseNormal) and not self._with_list:
            return self._done(GetCompleted(results=(apdu.result,)))
        if isinstance(apdu, xdlms.GetResponseWithList) and self._with_list:
            if len(apdu.results) != self._count:
                raise RemoteProtocolError(f"{len(apdu.results)} results for {self._count} attributes")
            return self._done(GetCompleted(results=apdu.results))
        if isinstance(apdu, xdlms.GetResponseWithBlock):
            if apdu.block_number != self._block_number + 1:
                raise RemoteProtocolError(f"block {apdu.block_number} after block {self._block_number}")
            if not isinstance(apdu.result, bytes):
                failure: GetDataResult = apdu.result
                return self._done(GetCompleted(results=(failure,) * self._count))
            self._blocks.append(apdu.result)
            self._block_number = apdu.block_number
            if not apdu.last_block:
                self._step(_Step.MORE)
                request = xdlms.GetRequestNext(
                    invoke_id_and_priority=xdlms.invoke_byte(self._invoke_id), block_number=apdu.block_number
                )
                return SendNext(apdu=self._wrap(request.to_bytes()), block_number=apdu.block_number)
            return self._done(GetCompleted(results=self._assemble_get()))
        raise RemoteProtocolError(f"{type(apdu).__name__} does not answer a GET")

    def _assemble_get(self) -> tuple[GetDataResult, ...]:
        raw = b"".join(self._blocks)
        self._blocks = []
        reader = Reader(raw)
        if not self._with_list:
            value = decode_data(reader)
            reader.expect_end("the block-transferred data")
            return (value,)
        count = reader.length()
        results: list[GetDataResult] = []
        for _ in range(count):
            choice = reader.u8()
            results.append(decode_data(reader) if choice == 0 else DataAccessResult(reader.u8()))
        reader.expect_end("the block-transferred results")
        return tuple(results)

    def _on_set(self, apdu: Apdu) -> ClientEvent:
        if isinstance(apdu, xdlms.SetResponseNormal):
            return self._done(SetCompleted(results=(apdu.result,)))
        if isinstance(apdu, xdlms.SetResponseWithList):
            return self._done(SetCompleted(results=apdu.results))
        if isinstance(apdu, xdlms.SetResponseBlock):
            return self._next_outgoing(apdu.block_number)
        if isinstance(apdu, xdlms.SetResponseLastBlock):
            return self._done(SetCompleted(results=(apdu.result,)))
        if isinstance(apdu, xdlms.SetResponseLastBlockWithList):
            return self._done(SetCompleted(results=apdu.results))
        raise RemoteProtocolError(f"{type(apdu).__name__} does not answer a SET")

    def _on_action(self, apdu: Apdu) -> ClientEvent:
        if isinstance(apdu, xdlms.ActionResponseNormal):
            return self._done(ActionCompleted(outcomes=(apdu.outcome,)))
        if isinstance(apdu, xdlms.ActionResponseWithList):
            return self._done(ActionCompleted(outcomes=apdu.outcomes))
        if isinstance(apdu, xdlms.ActionResponseNextBlock):
            return self._next_outgoing(apdu.block_number)
        if isinstance(apdu, xdlms.ActionResponseWithBlock):
            block = apdu.block
            if block.block_number != len(self._blocks) + 1:
                raise RemoteProtocolError(f"action response block {block.block_number} out of order")
            self._blocks.append(block.raw_data)
            if not block.last_block:
                self._step(_Step.MORE)
                request = xdlms.ActionRequestNextBlock(
                    invoke_id_and_priority=xdlms.invoke_byte(self._invoke_id), block_number=block.block_number
                )
                return SendNext(apdu=self._wrap(request.to_bytes()), block_number=block.block_number)
            reader = Reader(b"".join(self._blocks))
            self._blocks = []
            outcome = ActionOutcome.decode(reader)
            reader.expect_end("the block-transferred action response")
            return self._done(ActionCompleted(outcomes=(outcome,)))
        raise RemoteProtocolError(f"{type(apdu).__name__} does not answer an ACTION")
