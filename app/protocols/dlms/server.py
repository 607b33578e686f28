"""The DLMS/COSEM server side, sans-I/O (IEC 62056-5-3 §7-8 / Green Book 9.3-9.4): accept or refuse
AARQs per client SAP (no, low and HLS-GMAC authentication, optional glo-ciphering), answer GET, SET and
ACTION from an ObjectRegistry with block transfer both ways, release on RLRQ, and build pushes.

`CosemServer` holds what all connections share (objects, client policies, system title, keys);
`server.open(client_sap)` gives one `ServerAssociation` per connection, whose `receive_apdu(apdu)`
returns the answer APDU (or None when the standard wants silence).
"""

from __future__ import annotations

import enum
import hmac
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.errors import DecodeError, GwtermError, LocalProtocolError
from app.protocols.dlms import xdlms
from app.protocols.dlms.acse import (
    Aare,
    Aarq,
    ApplicationContext,
    AssociationResult,
    Mechanism,
    Rlre,
    Rlrq,
    UserDiagnostic,
)
from app.protocols.dlms.apdu import Apdu, decode_apdu
from app.protocols.dlms.axdr import Data, Reader, decode_data, encode_length
from app.protocols.dlms.client import CIPHER_OVERHEAD, CURRENT_ASSOCIATION
from app.protocols.dlms.cosem import AssociationLN, CosemObject, ObjectRegistry
from app.protocols.dlms.cosem_datetime import CosemDateTime
from app.protocols.dlms.errors import ActionResult, CosemAccessError, DataAccessResult, DlmsSecurityError
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
    Conformance,
    DataBlock,
    GetDataResult,
    MethodDescriptor,
    SelectiveAccess,
)

SERVER_CONFORMANCE = (
    Conformance.GET
    | Conformance.SET
    | Conformance.ACTION
    | Conformance.SELECTIVE_ACCESS
    | Conformance.BLOCK_TRANSFER_WITH_GET_OR_READ
    | Conformance.BLOCK_TRANSFER_WITH_SET_OR_WRITE
    | Conformance.BLOCK_TRANSFER_WITH_ACTION
    | Conformance.MULTIPLE_REFERENCES
    | Conformance.ATTRIBUTE0_SUPPORTED_WITH_GET
    | Conformance.PRIORITY_MGMT_SUPPORTED
    | Conformance.EVENT_NOTIFICATION
    | Conformance.DATA_NOTIFICATION
)
RESPONSE_OVERHEAD = 16  # C4 02 invoke last-block block-number choice length


@dataclass(frozen=True, kw_only=True)
class ClientPolicy:
    """What one client SAP may do: authentication, secret, ciphering, write access, its association object."""

    client_sap: int
    mechanism: Mechanism = Mechanism.LOWEST
    secret: bytes = b""  # LLS password
    ciphered: bool = False
    read_only: bool = False
    association: Obis = field(default_factory=lambda: Obis(a=0, b=0, c=40, d=0, e=1, f=255))

    def __repr__(self) -> str:
        return f"ClientPolicy(client_sap={self.client_sap}, mechanism={self.mechanism.name})"


class ServerState(enum.Enum):
    """Where one server association stands."""

    IDLE = "idle"
    PENDING_HLS = "association pending (HLS)"
    ASSOCIATED = "associated"


class _Step(enum.Enum):
    ACCEPT = "accept"
    ACCEPT_HLS = "accept, HLS pending"
    HLS_OK = "HLS verified"
    RELEASE = "release"
    ABORT = "abort"


TRANSITIONS: dict[tuple[ServerState, _Step], ServerState] = {
    (ServerState.IDLE, _Step.ACCEPT): ServerState.ASSOCIATED,
    (ServerState.IDLE, _Step.ACCEPT_HLS): ServerState.PENDING_HLS,
    (ServerState.PENDING_HLS, _Step.HLS_OK): ServerState.ASSOCIATED,
    (ServerState.ASSOCIATED, _Step.RELEASE): ServerState.IDLE,
    (ServerState.PENDING_HLS, _Step.RELEASE): ServerState.IDLE,
    **{(state, _Step.ABORT): ServerState.IDLE for state in ServerState},
}


class CosemServer:
    """A logical device: objects, client policies, identity and keys, shared by all its associations."""

    def __init__(
        self,
        registry: ObjectRegistry,
        *,
        policies: Sequence[ClientPolicy],
        system_title: bytes = b"GWT\x00\x00\x00\x00\x02",
        keys: SecurityKeys | None = None,
        conformance: Conformance = SERVER_CONFORMANCE,
        max_receive_pdu_size: int = 1024,
        security_control: SecurityControl = AUTHENTICATED_ENCRYPTION,
        challenge: Callable[[], bytes] = lambda: secrets.token_bytes(16),
    ) -> None:
        self.registry = registry
        self.policies = {p.client_sap: p for p in policies}
        self.system_title = system_title
        self.keys = keys
        self.conformance = conformance
        self.max_receive_pdu_size = max_receive_pdu_size
        self.security_control = security_control
        self.challenge = challenge
        self.invocation_counter = 1  # ours, shared by all associations (it must never repeat)
        for policy in policies:
            if self.registry.find(policy.association) is None:
                self.registry.add(
                    AssociationLN(
                        policy.association,
                        objects=lambda: list(self.registry),
                        client_sap=policy.client_sap,
                        mechanism=int(policy.mechanism),
                        secret=policy.secret,
                        ciphered=policy.ciphered,
                        conformance=int(conformance),
                        max_receive_pdu_size=max_receive_pdu_size,
                    )
                )

    def open(self, client_sap: int) -> ServerAssociation:
        """A new association context for a connection from `client_sap`."""
        return ServerAssociation(self, client_sap)

    def next_invocation_counter(self) -> int:
        """Take one invocation counter value."""
        counter = self.invocation_counter
        self.invocation_counter += 1
        return counter

    def data_notification(
        self,
        body: Data,
        *,
        long_invoke_id: int = 0,
        date_time: CosemDateTime | None = None,
        ciphered: bool = False,
    ) -> bytes:
        """A data-notification APDU for a push, general-glo-ciphered when asked (Green Book 9.3.11)."""
        apdu = xdlms.DataNotification(
            long_invoke_id_and_priority=long_invoke_id,
            date_time=date_time.to_bytes() if date_time else b"",
            body=body,
        ).to_bytes()
        if not ciphered:
            return apdu
        if self.keys is None:
            raise LocalProtocolError("ciphered pushes need keys")
        return protect(
            apdu,
            keys=self.keys,
            system_title=self.system_title,
            invocation_counter=self.next_invocation_counter(),
            security_control=self.security_control,
            general=True,
        ).to_bytes()


@dataclass(kw_only=True)
class _Transfer:
    kind: str  # "get", "set", "action-in", "action-out"
    invoke: int
    data: bytes = b""
    chunks: list[bytes] = field(default_factory=list)
    block_number: int = 0
    target: AttributeDescriptor | MethodDescriptor | None = None
    access: SelectiveAccess | None = None
    selections: tuple[xdlms.AttributeSelection, ...] = ()
    methods: tuple[MethodDescriptor, ...] = ()


class ServerAssociation:
    """One association (one connection) of a CosemServer."""

    def __init__(self, server: CosemServer, client_sap: int) -> None:
        self.server = server
        self.client_sap = client_sap
        self.policy = server.policies.get(client_sap)
        self.state = ServerState.IDLE
        self.client_system_title: bytes | None = None
        self.client_invocation_counter = -1
        self.client_max_pdu = 0xFFFF
        self.negotiated = Conformance.NONE
        self._client_challenge = b""
        self._server_challenge = b""
        self._transfer: _Transfer | None = None

    def _step(self, step: _Step) -> None:
        new = TRANSITIONS.get((self.state, step))
        if new is None:
            raise LocalProtocolError(f"{step.value} not allowed while {self.state.value}")
        self.state = new
        association = self._association_object()
        if association is not None:
            association.status = {ServerState.IDLE: 0, ServerState.PENDING_HLS: 1, ServerState.ASSOCIATED: 2}[
                new
            ]

    def abort(self) -> None:
        """The connection dropped: the association ends."""
        self._step(_Step.ABORT)
        self._transfer = None

    def _association_object(self) -> AssociationLN | None:
        if self.policy is None:
            return None
        obj = self.server.registry.find(self.policy.association)
        return obj if isinstance(obj, AssociationLN) else None

    @property
    def ciphered(self) -> bool:
        """True when this client's xDLMS APDUs are glo-ciphered."""
        return self.policy is not None and self.policy.ciphered

    # --- ciphering ---------------------------------------------------------------------------------
    def _wrap(self, plain: bytes) -> bytes:
        if not self.ciphered:
            return plain
        assert self.server.keys is not None
        return protect(
            plain,
            keys=self.server.keys,
            system_title=self.server.system_title,
            invocation_counter=self.server.next_invocation_counter(),
            security_control=self.server.security_control,
        ).to_bytes()

    def _unwrap(self, apdu: CipheredApdu | GeneralCiphering) -> Apdu:
        if self.server.keys is None or not self.ciphered:
            raise DlmsSecurityError("ciphered APDU in an unciphered association")
        if isinstance(apdu, GeneralCiphering) and apdu.system_title != self.client_system_title:
            raise DlmsSecurityError("general-ciphering APDU from another system title")
        plain = unprotect(apdu, keys=self.server.keys, system_title=self.client_system_title)
        if apdu.invocation_counter <= self.client_invocation_counter:
            raise DlmsSecurityError(f"invocation counter {apdu.invocation_counter} replayed")
        self.client_invocation_counter = apdu.invocation_counter
        return decode_apdu(plain)

    # --- entry point --------------------------------------------------------------------------------
    def receive_apdu(self, raw: bytes) -> bytes | None:
        """The answer to one APDU from the client (None: nothing to send)."""
        try:
            apdu = decode_apdu(raw)
        except DecodeError:
            return xdlms.ExceptionResponse(
                state_error=xdlms.StateError.SERVICE_UNKNOWN,
                service_error=xdlms.ServiceError.SERVICE_NOT_SUPPORTED,
            ).to_bytes()
        if isinstance(apdu, Aarq):
            return self._on_aarq(apdu)
        if isinstance(apdu, Rlrq):
            if self.state is not ServerState.IDLE:
                self._step(_Step.RELEASE)
            self._transfer = None
            return Rlre().to_bytes()
        if self.state is ServerState.IDLE:
            return self._exception(
                xdlms.ServiceError.OPERATION_NOT_POSSIBLE, state=xdlms.StateError.SERVICE_NOT_ALLOWED
            )
        if isinstance(apdu, CipheredApdu | GeneralCiphering):
            try:
                apdu = self._unwrap(apdu)
            except DlmsSecurityError:
                return self._exception(xdlms.ServiceError.DECIPHERING_ERROR, plain=True)
            except DecodeError:
                return self._exception(
                    xdlms.ServiceError.SERVICE_NOT_SUPPORTED, state=xdlms.StateError.SERVICE_UNKNOWN
                )
        elif self.ciphered:
            return self._exception(xdlms.ServiceError.DECIPHERING_ERROR, plain=True)
        response = self._dispatch(apdu)
        return None if response is None else self._wrap(response.to_bytes())

    def _exception(
        self, error: int, *, state: int = xdlms.StateError.SERVICE_NOT_ALLOWED, plain: bool = False
    ) -> bytes:
        apdu = xdlms.ExceptionResponse(state_error=state, service_error=error).to_bytes()
        return apdu if plain else self._wrap(apdu)

    # --- association ---------------------------------------------------------------------------------
    def _aare(
        self,
        result: AssociationResult,
        diagnostic: int,
        user_information: bytes | None,
        *,
        context: ApplicationContext = ApplicationContext.LN,
        mechanism: Mechanism | None = None,
        challenge: bytes | None = None,
    ) -> bytes:
        return Aare(
            result=result,
            diagnostic=diagnostic,
            application_context=context,
            responding_ap_title=self.server.system_title
            if context.ciphered or mechanism is Mechanism.HIGH_GMAC
            else None,
            responder_acse_requirements=True if mechanism not in (None, Mechanism.LOWEST) else None,
            mechanism=mechanism if mechanism not in (None, Mechanism.LOWEST) else None,
            responding_authentication_value=challenge,
            user_information=user_information,
        ).to_bytes()

    def _reject(self, diagnostic: int, context: ApplicationContext = ApplicationContext.LN) -> bytes:
        error = xdlms.ConfirmedServiceError(
            service=xdlms.ConfirmedServiceKind.INITIATE,
            error_kind=xdlms.ServiceErrorKind.INITIATE,
            value=xdlms.InitiateError.OTHER,
        ).to_bytes()
        return self._aare(AssociationResult.REJECTED_PERMANENT, diagnostic, error, context=context)

    def _on_aarq(self, aarq: Aarq) -> bytes:
        policy = self.policy
        self._transfer = None
        if self.state is not ServerState.IDLE:
            self._step(_Step.ABORT)  # a new AARQ replaces the association (the client lost track)
        if policy is None:
            return self._reject(UserDiagnostic.NO_REASON_GIVEN)
        wanted = ApplicationContext.LN_CIPHERED if policy.ciphered else ApplicationContext.LN
        if aarq.application_context is not wanted:
            return self._reject(
                UserDiagnostic.APPLICATION_CONTEXT_NAME_NOT_SUPPORTED, aarq.application_context
            )
        mechanism = aarq.mechanism or Mechanism.LOWEST
        if mechanism is not policy.mechanism:
            return self._reject(UserDiagnostic.AUTHENTICATION_MECHANISM_NAME_NOT_RECOGNISED, wanted)
        self.client_system_title = aarq.calling_ap_title
        if (policy.ciphered or mechanism is Mechanism.HIGH_GMAC) and (
            self.client_system_title is None or len(self.client_system_title) != 8
        ):
            return self._reject(UserDiagnostic.CALLING_AP_TITLE_NOT_RECOGNIZED, wanted)
        if mechanism is Mechanism.LOW:
            association = self._association_object()
            secret = association.secret if association is not None else policy.secret
            given = aarq.calling_authentication_value
            if given is None or not hmac.compare_digest(secret, given):
                return self._reject(UserDiagnostic.AUTHENTICATION_FAILURE, wanted)
        initiate = self._initiate(aarq)
        if isinstance(initiate, bytes):
            return self._aare(
                AssociationResult.REJECTED_PERMANENT, UserDiagnostic.NO_REASON_GIVEN, initiate, context=wanted
            )
        self.client_max_pdu = initiate.client_max_receive_pdu_size or 0xFFFF
        self.negotiated = Conformance(initiate.proposed_conformance & self.server.conformance)
        response = xdlms.InitiateResponse(
            negotiated_conformance=self.negotiated,
            server_max_receive_pdu_size=self.server.max_receive_pdu_size,
        ).to_bytes()
        user_information = self._wrap(response) if policy.ciphered else response
        if mechanism is Mechanism.HIGH_GMAC:
            if self.server.keys is None:
                return self._reject(UserDiagnostic.AUTHENTICATION_MECHANISM_NAME_NOT_RECOGNISED, wanted)
            challenge = aarq.calling_authentication_value
            if challenge is None or not 8 <= len(challenge) <= 64:
                return self._reject(UserDiagnostic.AUTHENTICATION_FAILURE, wanted)
            self._client_challenge = challenge
            self._server_challenge = self.server.challenge()
            self._step(_Step.ACCEPT_HLS)
            return self._aare(
                AssociationResult.ACCEPTED,
                UserDiagnostic.AUTHENTICATION_REQUIRED,
                user_information,
                context=wanted,
                mechanism=mechanism,
                challenge=self._server_challenge,
            )
        self._step(_Step.ACCEPT)
        return self._aare(
            AssociationResult.ACCEPTED,
            UserDiagnostic.NULL,
            user_information,
            context=wanted,
            mechanism=mechanism,
        )

    def _initiate(self, aarq: Aarq) -> xdlms.InitiateRequest | bytes:
        """The client's InitiateRequest, or the encoded ConfirmedServiceError that refuses it."""

        def error(value: int) -> bytes:
            return xdlms.ConfirmedServiceError(
                service=xdlms.ConfirmedServiceKind.INITIATE,
                error_kind=xdlms.ServiceErrorKind.INITIATE,
                value=value,
            ).to_bytes()

        if aarq.user_information is None:
            return error(xdlms.InitiateError.OTHER)
        try:
            apdu = decode_apdu(aarq.user_information)
            if isinstance(apdu, CipheredApdu | GeneralCiphering):
                if self.server.keys is None:
                    return error(xdlms.InitiateError.OTHER)
                apdu = decode_apdu(
                    unprotect(apdu, keys=self.server.keys, system_title=self.client_system_title)
                )
        except (DecodeError, DlmsSecurityError, LocalProtocolError):
            return error(xdlms.InitiateError.OTHER)
        if not isinstance(apdu, xdlms.InitiateRequest):
            return error(xdlms.InitiateError.OTHER)
        if apdu.proposed_dlms_version < xdlms.DLMS_VERSION:
            return error(xdlms.InitiateError.DLMS_VERSION_TOO_LOW)
        if not apdu.proposed_conformance & self.server.conformance:
            return error(xdlms.InitiateError.INCOMPATIBLE_CONFORMANCE)
        if 0 < apdu.client_max_receive_pdu_size < 12:
            return error(xdlms.InitiateError.PDU_SIZE_TOO_SHORT)
        return apdu

    def _hls_reply(self, request: xdlms.ActionRequestNormal) -> xdlms.ActionResponseNormal:
        invoke = request.invoke_id_and_priority
        refused = xdlms.ActionResponseNormal(
            invoke_id_and_priority=invoke, outcome=ActionOutcome(result=ActionResult.OTHER_REASON)
        )
        is_reply = request.method.class_id == 15 and request.method.method == 1
        is_ours = request.method.instance in (
            CURRENT_ASSOCIATION,
            self.policy.association if self.policy else None,
        )
        if not (is_reply and is_ours) or request.parameter is None:
            self._step(_Step.ABORT)
            return refused
        assert self.server.keys is not None and self.client_system_title is not None
        try:
            verify_hls_response(
                request.parameter.as_bytes(),
                system_title=self.client_system_title,
                keys=self.server.keys,
                challenge=self._server_challenge,
            )
        except (DlmsSecurityError, DecodeError):
            self._step(_Step.ABORT)
            return refused
        self._step(_Step.HLS_OK)
        reply = hls_response(
            system_title=self.server.system_title,
            invocation_counter=self.server.next_invocation_counter(),
            keys=self.server.keys,
            challenge=self._client_challenge,
        )
        return xdlms.ActionResponseNormal(
            invoke_id_and_priority=invoke,
            outcome=ActionOutcome(result=ActionResult.SUCCESS, return_value=Data.octet_string(reply)),
        )

    # --- services ----------------------------------------------------------------------------------
    def _dispatch(self, apdu: Apdu) -> xdlms._Apdu | None:
        if self.state is ServerState.PENDING_HLS:
            if isinstance(apdu, xdlms.ActionRequestNormal):
                return self._hls_reply(apdu)
            return xdlms.ExceptionResponse(
                state_error=xdlms.StateError.SERVICE_NOT_ALLOWED,
                service_error=xdlms.ServiceError.OPERATION_NOT_POSSIBLE,
            )
        if isinstance(apdu, xdlms.GetRequestNormal | xdlms.GetRequestNext | xdlms.GetRequestWithList):
            return self._on_get(apdu)
        if isinstance(
            apdu,
            xdlms.SetRequestNormal
            | xdlms.SetRequestWithFirstBlock
            | xdlms.SetRequestWithBlock
            | xdlms.SetRequestWithList
            | xdlms.SetRequestWithListFirstBlock,
        ):
            return self._on_set(apdu)
        if isinstance(
            apdu,
            xdlms.ActionRequestNormal
            | xdlms.ActionRequestNextBlock
            | xdlms.ActionRequestWithList
            | xdlms.ActionRequestWithFirstBlock
            | xdlms.ActionRequestWithListFirstBlock
            | xdlms.ActionRequestWithBlock,
        ):
            return self._on_action(apdu)
        return xdlms.ExceptionResponse(
            state_error=xdlms.StateError.SERVICE_UNKNOWN,
            service_error=xdlms.ServiceError.SERVICE_NOT_SUPPORTED,
        )

    def _object(self, logical_name: Obis, class_id: int) -> CosemObject:
        if logical_name == CURRENT_ASSOCIATION and self.policy is not None:
            logical_name = self.policy.association
        obj = self.server.registry.find(logical_name)
        if obj is None:
            raise CosemAccessError(f"no object {logical_name}", result=DataAccessResult.OBJECT_UNDEFINED)
        if obj.class_id != class_id:
            raise CosemAccessError(
                f"{logical_name} is class {obj.class_id}, not {class_id}",
                result=DataAccessResult.OBJECT_CLASS_INCONSISTENT,
            )
        return obj

    def _read(self, attribute: AttributeDescriptor, access: SelectiveAccess | None) -> GetDataResult:
        try:
            obj = self._object(attribute.instance, attribute.class_id)
            if obj.spec.attribute(attribute.attribute) is None:
                raise CosemAccessError("no such attribute", result=DataAccessResult.OBJECT_UNDEFINED)
            if not obj.attribute_access(attribute.attribute).readable:
                raise CosemAccessError("not readable", result=DataAccessResult.READ_WRITE_DENIED)
            return obj.get(attribute.attribute, access)
        except CosemAccessError as exc:
            return DataAccessResult(exc.result)
        except GwtermError:
            return DataAccessResult.OTHER_REASON

    def _write(self, attribute: AttributeDescriptor, value: Data) -> DataAccessResult:
        try:
            obj = self._object(attribute.instance, attribute.class_id)
            if obj.spec.attribute(attribute.attribute) is None:
                raise CosemAccessError("no such attribute", result=DataAccessResult.OBJECT_UNDEFINED)
            if (
                self.policy is None
                or self.policy.read_only
                or not obj.attribute_access(attribute.attribute).writable
            ):
                raise CosemAccessError("not writable", result=DataAccessResult.READ_WRITE_DENIED)
            obj.set(attribute.attribute, value)
        except CosemAccessError as exc:
            return DataAccessResult(exc.result)
        except GwtermError:
            return DataAccessResult.OTHER_REASON
        return DataAccessResult.SUCCESS

    def _invoke(self, method: MethodDescriptor, parameter: Data | None) -> ActionOutcome:
        try:
            obj = self._object(method.instance, method.class_id)
            if self.policy is None or self.policy.read_only or not obj.method_access(method.method):
                raise CosemAccessError("no method access", result=ActionResult.READ_WRITE_DENIED)
            value = obj.action(method.method, parameter)
        except CosemAccessError as exc:
            return ActionOutcome(result=ActionResult(exc.result))
        except GwtermError:
            return ActionOutcome(result=ActionResult.OTHER_REASON)
        return ActionOutcome(result=ActionResult.SUCCESS, return_value=value)

    @property
    def _block_size(self) -> int:
        overhead = RESPONSE_OVERHEAD + (CIPHER_OVERHEAD if self.ciphered else 0)
        return max(self.client_max_pdu - overhead, 16)

    def _fits(self, response: xdlms._Apdu) -> bool:
        extra = CIPHER_OVERHEAD if self.ciphered else 0
        return len(response.to_bytes()) + extra <= self.client_max_pdu

    def _on_get(self, apdu: xdlms.GetRequest) -> xdlms._Apdu:
        invoke = apdu.invoke_id_and_priority
        if isinstance(apdu, xdlms.GetRequestNext):
            return self._next_get_block(apdu)
        self._transfer = None
        response: xdlms._Apdu
        if isinstance(apdu, xdlms.GetRequestNormal):
            result = self._read(apdu.attribute, apdu.access)
            response = xdlms.GetResponseNormal(invoke_id_and_priority=invoke, result=result)
            encoded = result.to_bytes() if isinstance(result, Data) else b""
        else:
            results = tuple(self._read(s.attribute, s.access) for s in apdu.attributes)
            response = xdlms.GetResponseWithList(invoke_id_and_priority=invoke, results=results)
            encoded = encode_length(len(results)) + b"".join(
                b"\x00" + r.to_bytes() if isinstance(r, Data) else bytes((1, int(r))) for r in results
            )
        if self._fits(response):
            return response
        size = self._block_size
        self._transfer = _Transfer(
            kind="get", invoke=invoke, chunks=[encoded[i : i + size] for i in range(0, len(encoded), size)]
        )
        return self._get_block(invoke)

    def _get_block(self, invoke: int) -> xdlms._Apdu:
        transfer = self._transfer
        assert transfer is not None
        transfer.block_number += 1
        chunk = transfer.chunks.pop(0)
        last = not transfer.chunks
        if last:
            self._transfer = None
        return xdlms.GetResponseWithBlock(
            invoke_id_and_priority=invoke, last_block=last, block_number=transfer.block_number, result=chunk
        )

    def _next_get_block(self, apdu: xdlms.GetRequestNext) -> xdlms._Apdu:
        transfer = self._transfer
        invoke = apdu.invoke_id_and_priority
        if transfer is None or transfer.kind != "get":
            return xdlms.GetResponseWithBlock(
                invoke_id_and_priority=invoke,
                last_block=True,
                block_number=apdu.block_number,
                result=DataAccessResult.NO_LONG_GET_IN_PROGRESS,
            )
        if apdu.block_number != transfer.block_number:
            self._transfer = None
            return xdlms.GetResponseWithBlock(
                invoke_id_and_priority=invoke,
                last_block=True,
                block_number=apdu.block_number,
                result=DataAccessResult.DATA_BLOCK_NUMBER_INVALID,
            )
        return self._get_block(invoke)

    def _on_set(self, apdu: xdlms.SetRequest) -> xdlms._Apdu:
        invoke = apdu.invoke_id_and_priority
        if isinstance(apdu, xdlms.SetRequestNormal):
            self._transfer = None
            if apdu.access is not None:
                return xdlms.SetResponseNormal(
                    invoke_id_and_priority=invoke, result=DataAccessResult.SCOPE_OF_ACCESS_VIOLATED
                )
            return xdlms.SetResponseNormal(
                invoke_id_and_priority=invoke, result=self._write(apdu.attribute, apdu.value)
            )
        if isinstance(apdu, xdlms.SetRequestWithList):
            self._transfer = None
            if len(apdu.attributes) != len(apdu.values):
                results = tuple(DataAccessResult.OTHER_REASON for _ in apdu.attributes)
            else:
                results = tuple(
                    self._write(s.attribute, v) for s, v in zip(apdu.attributes, apdu.values, strict=True)
                )
            return xdlms.SetResponseWithList(invoke_id_and_priority=invoke, results=results)
        if isinstance(apdu, xdlms.SetRequestWithFirstBlock | xdlms.SetRequestWithListFirstBlock):
            self._transfer = _Transfer(kind="set", invoke=invoke)
            if isinstance(apdu, xdlms.SetRequestWithFirstBlock):
                self._transfer.target, self._transfer.access = apdu.attribute, apdu.access
            else:
                self._transfer.selections = apdu.attributes
        transfer = self._transfer
        block = apdu.block
        if transfer is None or transfer.kind != "set":
            return xdlms.SetResponseLastBlock(
                invoke_id_and_priority=invoke,
                result=DataAccessResult.NO_LONG_SET_IN_PROGRESS,
                block_number=block.block_number,
            )
        if block.block_number != transfer.block_number + 1:
            self._transfer = None
            return xdlms.SetResponseLastBlock(
                invoke_id_and_priority=invoke,
                result=DataAccessResult.DATA_BLOCK_NUMBER_INVALID,
                block_number=block.block_number,
            )
        transfer.block_number = block.block_number
        transfer.data += block.raw_data
        if not block.last_block:
            return xdlms.SetResponseBlock(invoke_id_and_priority=invoke, block_number=block.block_number)
        self._transfer = None
        try:
            reader = Reader(transfer.data)
            if transfer.selections:
                values = tuple(decode_data(reader) for _ in range(reader.length()))
                reader.expect_end("the block-transferred values")
                if len(values) != len(transfer.selections):
                    raise DecodeError("value count does not match the attribute list")
                results = tuple(
                    self._write(s.attribute, v) for s, v in zip(transfer.selections, values, strict=True)
                )
                return xdlms.SetResponseLastBlockWithList(
                    invoke_id_and_priority=invoke, results=results, block_number=block.block_number
                )
            value = decode_data(reader)
            reader.expect_end("the block-transferred value")
        except DecodeError:
            return xdlms.SetResponseLastBlock(
                invoke_id_and_priority=invoke,
                result=DataAccessResult.TYPE_UNMATCHED,
                block_number=block.block_number,
            )
        assert isinstance(transfer.target, AttributeDescriptor)
        result = (
            self._write(transfer.target, value)
            if transfer.access is None
            else DataAccessResult.SCOPE_OF_ACCESS_VIOLATED
        )
        return xdlms.SetResponseLastBlock(
            invoke_id_and_priority=invoke, result=result, block_number=block.block_number
        )

    def _on_action(self, apdu: xdlms.ActionRequest) -> xdlms._Apdu:
        invoke = apdu.invoke_id_and_priority
        if isinstance(apdu, xdlms.ActionRequestNormal):
            self._transfer = None
            return self._action_response(invoke, self._invoke(apdu.method, apdu.parameter))
        if isinstance(apdu, xdlms.ActionRequestWithList):
            self._transfer = None
            if len(apdu.methods) != len(apdu.parameters):
                outcomes = tuple(ActionOutcome(result=ActionResult.OTHER_REASON) for _ in apdu.methods)
            else:
                outcomes = tuple(
                    self._invoke(m, p) for m, p in zip(apdu.methods, apdu.parameters, strict=True)
                )
            return xdlms.ActionResponseWithList(invoke_id_and_priority=invoke, outcomes=outcomes)
        if isinstance(apdu, xdlms.ActionRequestNextBlock):
            transfer = self._transfer
            if (
                transfer is None
                or transfer.kind != "action-out"
                or apdu.block_number != transfer.block_number
            ):
                self._transfer = None
                return xdlms.ActionResponseNormal(
                    invoke_id_and_priority=invoke,
                    outcome=ActionOutcome(result=ActionResult.NO_LONG_ACTION_IN_PROGRESS),
                )
            return self._action_block(invoke)
        if isinstance(apdu, xdlms.ActionRequestWithFirstBlock | xdlms.ActionRequestWithListFirstBlock):
            self._transfer = _Transfer(kind="action-in", invoke=invoke)
            if isinstance(apdu, xdlms.ActionRequestWithFirstBlock):
                self._transfer.target = apdu.method
            else:
                self._transfer.methods = apdu.methods
        transfer = self._transfer
        block = apdu.block
        if (
            transfer is None
            or transfer.kind != "action-in"
            or block.block_number != transfer.block_number + 1
        ):
            self._transfer = None
            return xdlms.ActionResponseNormal(
                invoke_id_and_priority=invoke,
                outcome=ActionOutcome(result=ActionResult.NO_LONG_ACTION_IN_PROGRESS),
            )
        transfer.block_number = block.block_number
        transfer.data += block.raw_data
        if not block.last_block:
            return xdlms.ActionResponseNextBlock(
                invoke_id_and_priority=invoke, block_number=block.block_number
            )
        self._transfer = None
        try:
            reader = Reader(transfer.data)
            if transfer.methods:
                parameters = tuple(decode_data(reader) for _ in range(reader.length()))
                reader.expect_end("the block-transferred parameters")
                if len(parameters) != len(transfer.methods):
                    raise DecodeError("parameter count does not match the method list")
                outcomes = tuple(
                    self._invoke(m, p) for m, p in zip(transfer.methods, parameters, strict=True)
                )
                return xdlms.ActionResponseWithList(invoke_id_and_priority=invoke, outcomes=outcomes)
            parameter = decode_data(reader)
            reader.expect_end("the block-transferred parameter")
        except DecodeError:
            return xdlms.ActionResponseNormal(
                invoke_id_and_priority=invoke, outcome=ActionOutcome(result=ActionResult.TYPE_UNMATCHED)
            )
        assert isinstance(transfer.target, MethodDescriptor)
        return self._action_response(invoke, self._invoke(transfer.target, parameter))

    def _action_response(self, invoke: int, outcome: ActionOutcome) -> xdlms._Apdu:
        response = xdlms.ActionResponseNormal(invoke_id_and_priority=invoke, outcome=outcome)
        if self._fits(response):
            return response
        encoded = outcome.to_bytes()
        size = self._block_size
        self._transfer = _Transfer(
            kind="action-out",
            invoke=invoke,
            chunks=[encoded[i : i + size] for i in range(0, len(encoded), size)],
        )
        return self._action_block(invoke)

    def _action_block(self, invoke: int) -> xdlms._Apdu:
        transfer = self._transfer
        assert transfer is not None
        transfer.block_number += 1
        chunk = transfer.chunks.pop(0)
        last = not transfer.chunks
        if last:
            self._transfer = None
        block = DataBlock(last_block=last, block_number=transfer.block_number, raw_data=chunk)
        return xdlms.ActionResponseWithBlock(invoke_id_and_priority=invoke, block=block)
