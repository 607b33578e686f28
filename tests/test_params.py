"""The parameter model (app/params/) and device profile loading (app/devices/profiles.py)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.devices.profiles import available_models, load_profile, parse_profile
from app.errors import ConfigFileError, ProfileError, ValidationError, ValidationErrors
from app.params.cfg import CfgDocument, dump
from app.params.diff import Change, diff
from app.params.schema import Choice, Column, Group, Param, ParamType, Profile
from app.params.values import (
    conflicts,
    format_text,
    from_wire,
    parse_text,
    to_wire,
    validate,
    validate_values,
)

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
T = ParamType


def param(key: str, ptype: ParamType, **kw: Any) -> Param:
    kw.setdefault("default", None)
    return Param(key=key, type=ptype, label=key, group=key.split(".", maxsplit=1)[0], **kw)


def choices(*values: str) -> tuple[Choice, ...]:
    return tuple(Choice(value=v, label=v.title()) for v in values)


INT = param("t.int", T.INT, min=-5, max=100)
PORT = param("t.port", T.PORT)
PORT0 = param("t.port0", T.PORT, min=0)
BOOL = param("t.bool", T.BOOL)
ENUM = param("t.enum", T.ENUM, choices=choices("auto", "7E1", "lte_2g"))
STR = param("t.str", T.STR, min_len=2, max_len=8)
PIN = param("t.pin", T.STR, max_len=8, pattern="^([0-9]{4,8})?$")
PASSWORD = param("t.password", T.PASSWORD, max_len=4, secret=True)
IP = param("t.ip", T.IP)
HEX = param("t.hex", T.HEX, min_len=2, max_len=6)
TABLE = param(
    "t.table",
    T.TABLE,
    max_rows=3,
    columns=(
        Column(key="name", type=T.STR, label="Name", max_len=10),
        Column(key="count", type=T.INT, label="Count", min=0, max=9),
        Column(key="on", type=T.BOOL, label="On"),
        Column(key="kind", type=T.ENUM, label="Kind", choices=choices("water", "gas")),
        Column(key="key", type=T.HEX, label="Key", max_len=4),
    ),
)
SPECS = [INT, PORT, PORT0, BOOL, ENUM, STR, PIN, PASSWORD, IP, HEX, TABLE]
DEFAULTS: dict[str, object] = {
    "t.int": 0,
    "t.port": 9001,
    "t.port0": 0,
    "t.bool": False,
    "t.enum": "auto",
    "t.str": "ab",
    "t.pin": "",
    "t.password": "",
    "t.ip": "0.0.0.0",
    "t.hex": "00",
    "t.table": (),
}
TEST_PROFILE = Profile(
    model="test",
    name="Test",
    vendor="ACME",
    groups=(
        Group(
            key="t",
            label="Test",
            params=tuple(Param(**{**s.__dict__, "default": DEFAULTS[s.key]}) for s in SPECS[:6]),
        ),
        Group(
            key="u",
            label="More",
            params=tuple(Param(**{**s.__dict__, "default": DEFAULTS[s.key]}) for s in SPECS[6:]),
        ),
    ),
)
REAL_MODELS = ["wm-e2s", "wm-e3s-mbus"]

# characters a `.cfg` line can carry (str.splitlines() breaks lines at the others)
LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
SAFE_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters=LINE_BREAKS + "\x00")
# `validate` refuses every character str.splitlines() breaks at, so valid text is safe text
VALID_CHARS = SAFE_CHARS


def values_of(spec: Column, chars: st.SearchStrategy[str] = VALID_CHARS) -> st.SearchStrategy[Any]:
    """Valid typed values of a spec, in canonical form."""
    t = spec.type
    if t is T.BOOL:
        return st.booleans()
    if t in (T.INT, T.PORT):
        low = spec.min if spec.min is not None else (1 if t is T.PORT else -(10**12))
        high = spec.max if spec.max is not None else (65535 if t is T.PORT else 10**12)
        return st.integers(low, high)
    if t is T.ENUM:
        return st.sampled_from([c.value for c in spec.choices])
    if t is T.IP:
        return st.one_of(st.just(""), st.ip_addresses().map(str))
    if t is T.HEX:
        return st.text("0123456789abcdefABCDEF", min_size=spec.min_len or 0, max_size=spec.max_len or 16).map(
            str.upper
        )
    if t is T.TABLE:
        assert isinstance(spec, Param)
        row = st.tuples(*(values_of(c, chars) for c in spec.columns)).filter(
            lambda r: any(c != "" for c in r)
        )
        return st.lists(row, max_size=spec.max_rows or 4).map(tuple)
    lo, hi = spec.min_len or 0, spec.max_len if spec.max_len is not None else 40
    if spec.pattern:
        return st.from_regex(spec.pattern, fullmatch=True).filter(
            lambda v: lo <= len(v) <= hi and "\n" not in v
        )
    return st.text(chars, min_size=lo, max_size=hi)


def all_real_params() -> list[Param]:
    return [p for m in REAL_MODELS for p in load_profile(m).params]


# ---------------------------------------------------------------------------- bool


@pytest.mark.parametrize("text", ["1", "true", "TRUE", " yes ", "On", "True\t"])
def test_bool_true_spellings(text: str) -> None:
    assert parse_text(BOOL, text) is True


@pytest.mark.parametrize("text", ["0", "false", "No", "OFF", " 0 "])
def test_bool_false_spellings(text: str) -> None:
    assert parse_text(BOOL, text) is False


@pytest.mark.parametrize("text", ["", "2", "y", "enabled", "1.0", "01"])
def test_bool_refuses_other_text(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_text(BOOL, text)
    assert err.value.path == "t.bool"


def test_bool_formats_as_digits_and_validates_only_bools() -> None:
    assert (format_text(BOOL, True), format_text(BOOL, False)) == ("1", "0")
    assert validate(BOOL, True) is True
    for bad in (1, 0, "1", None):
        with pytest.raises(ValidationError):
            validate(BOOL, bad)


# ---------------------------------------------------------------------------- int and port


@pytest.mark.parametrize(
    ("text", "value"), [("-5", -5), ("100", 100), ("+7", 7), (" 42 ", 42), ("007", 7), ("-0", 0)]
)
def test_int_parses_within_inclusive_bounds(text: str, value: int) -> None:
    assert parse_text(INT, text) == value


@pytest.mark.parametrize(
    ("text", "reason"), [("-6", "below the minimum -5"), ("101", "above the maximum 100")]
)
def test_int_out_of_bounds_names_the_bound(text: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        parse_text(INT, text)


@pytest.mark.parametrize("text", ["", " ", "1.5", "0x10", "1e3", "1 2", "ten", "５", "--1", "1_000"])
def test_int_refuses_what_is_not_a_whole_number(text: str) -> None:
    with pytest.raises(ValidationError, match="not a whole number"):
        parse_text(INT, text)


def test_int_refuses_an_absurdly_long_number_with_a_validation_error() -> None:
    """Python refuses int() of >4300 digits with ValueError; the parser must turn that into its own error."""
    with pytest.raises(ValidationError):
        parse_text(INT, "1" * 5000)


@pytest.mark.parametrize("value", [True, False, 1.0, "5", None])
def test_int_validate_refuses_non_integers(value: object) -> None:
    with pytest.raises(ValidationError, match="whole number"):
        validate(INT, value)


def test_port_defaults_to_1_through_65535() -> None:
    assert parse_text(PORT, "1") == 1 and parse_text(PORT, "65535") == 65535
    for bad in ("0", "65536", "-1"):
        with pytest.raises(ValidationError):
            parse_text(PORT, bad)


def test_port_with_minimum_zero_allows_zero_but_keeps_the_upper_limit() -> None:
    assert parse_text(PORT0, "0") == 0
    with pytest.raises(ValidationError, match="65535"):
        parse_text(PORT0, "65536")


# ---------------------------------------------------------------------------- enum


@pytest.mark.parametrize(
    ("text", "value"), [("auto", "auto"), ("AUTO", "auto"), ("7e1", "7E1"), (" LTE_2G ", "lte_2g")]
)
def test_enum_parses_case_insensitively_to_the_declared_spelling(text: str, value: str) -> None:
    assert parse_text(ENUM, text) == value


def test_enum_refuses_unknown_values_listing_the_choices() -> None:
    with pytest.raises(ValidationError, match="auto, 7E1, lte_2g"):
        parse_text(ENUM, "8N1")
    with pytest.raises(ValidationError):
        parse_text(ENUM, "")


def test_enum_validate_wants_the_exact_spelling() -> None:
    assert validate(ENUM, "7E1") == "7E1"
    with pytest.raises(ValidationError):
        validate(ENUM, "7e1")


# ---------------------------------------------------------------------------- text, password, pattern


def test_str_length_limits_are_inclusive() -> None:
    assert parse_text(STR, "ab") == "ab" and parse_text(STR, "abcdefgh") == "abcdefgh"
    with pytest.raises(ValidationError, match="shorter than 2"):
        parse_text(STR, "a")
    with pytest.raises(ValidationError, match="longer than 8"):
        parse_text(STR, "abcdefghi")


def test_str_keeps_surrounding_spaces_and_counts_characters_not_bytes() -> None:
    assert parse_text(STR, " a b ") == " a b "
    assert parse_text(STR, "ééééé") == "ééééé"  # 5 characters, 10 bytes


@pytest.mark.parametrize("text", ["a\nb", "ab\r", "a\x00b"])
def test_str_refuses_line_breaks_and_nul(text: str) -> None:
    with pytest.raises(ValidationError, match="line breaks"):
        parse_text(STR, text)


def test_str_refuses_non_text() -> None:
    with pytest.raises(ValidationError, match="text"):
        validate(STR, 12)


def test_pattern_must_match_whole_value() -> None:
    assert parse_text(PIN, "") == "" and parse_text(PIN, "1234") == "1234"
    for bad in ("123", "123456789", "12a4", " 1234"):
        with pytest.raises(ValidationError):
            parse_text(PIN, bad)


def test_password_has_a_length_limit() -> None:
    assert parse_text(PASSWORD, "p@ss") == "p@ss"
    with pytest.raises(ValidationError, match="longer than 4"):
        parse_text(PASSWORD, "p@ss!")


# ---------------------------------------------------------------------------- ip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10.0.0.7", "10.0.0.7"),
        (" 192.168.1.250 ", "192.168.1.250"),
        ("0.0.0.0", "0.0.0.0"),
        ("", ""),
        ("2001:DB8:0:0:0:0:0:1", "2001:db8::1"),
        ("::1", "::1"),
        ("FE80::0001", "fe80::1"),
    ],
)
def test_ip_accepts_v4_and_v6_in_canonical_form(text: str, value: str) -> None:
    assert parse_text(IP, text) == value
    assert validate(IP, value) == value


@pytest.mark.parametrize(
    "text", ["256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "::g", "host.example", " ", "1.2.3.4/24"]
)
def test_ip_refuses_what_is_not_an_address(text: str) -> None:
    with pytest.raises(ValidationError, match="not an IP address"):
        parse_text(IP, text)


# ---------------------------------------------------------------------------- hex


def test_hex_is_upper_cased_and_its_length_is_in_digits() -> None:
    assert parse_text(HEX, "0aFf") == "0AFF"
    assert validate(HEX, "abcdef") == "ABCDEF"
    with pytest.raises(ValidationError, match="longer than 6 hex digits"):
        parse_text(HEX, "0011223")
    with pytest.raises(ValidationError, match="shorter than 2 hex digits"):
        parse_text(HEX, "a")


@pytest.mark.parametrize("text", ["0g", "12 34", "0x12", "１２"])
def test_hex_refuses_non_hex_digits(text: str) -> None:
    with pytest.raises(ValidationError, match="hex digits"):
        parse_text(HEX, text)


# ---------------------------------------------------------------------------- tables


def test_table_parses_rows_and_cells_into_typed_tuples() -> None:
    text = "meter 1,3,1,GAS,ab;meter 2,0,0,water,"
    assert parse_text(TABLE, text) == (("meter 1", 3, True, "gas", "AB"), ("meter 2", 0, False, "water", ""))


def test_empty_table_text_is_no_rows() -> None:
    assert parse_text(TABLE, "") == () and parse_text(TABLE, "  ") == ()
    assert format_text(TABLE, ()) == ""


@pytest.mark.parametrize("name", ["a,b", "a;b", "back\\slash", "\\", ",;\\", "end\\", "\\,", ";"])
def test_table_cells_escape_comma_semicolon_and_backslash(name: str) -> None:
    value = ((name, 1, True, "gas", "0A"), ("plain", 2, False, "water", ""))
    text = format_text(TABLE, value)
    assert text.count(";") - text.count("\\;") == 1  # exactly one unescaped row separator
    assert parse_text(TABLE, text) == value


def test_table_escaping_is_byte_exact() -> None:
    assert format_text(TABLE, (("a,b;c\\d", 1, True, "gas", "0A"),)) == "a\\,b\\;c\\\\d,1,1,gas,0A"


def test_table_cell_errors_name_row_and_column() -> None:
    with pytest.raises(ValidationError) as err:
        parse_text(TABLE, "ok,1,1,gas,;bad,12,1,gas,")
    assert err.value.path == "t.table row 2, column count"
    with pytest.raises(ValidationError) as err:
        parse_text(TABLE, "ok,1,1,gas,;x,1,1")
    assert err.value.path == "t.table row 2" and "has 3 cells, needs 5" in err.value.reason


def test_table_row_limit() -> None:
    row = "n,1,1,gas,"
    assert parse_text(TABLE, ";".join([row] * 3)) == (("n", 1, True, "gas", ""),) * 3
    with pytest.raises(ValidationError, match="at most 3"):
        parse_text(TABLE, ";".join([row] * 4))


@pytest.mark.parametrize(
    "value", ["text", 5, [("a", 1, True, "gas")], [["a", 1, True, "gas", "0A", "extra"]], ["row"]]
)
def test_table_validate_refuses_wrong_shapes(value: object) -> None:
    with pytest.raises(ValidationError):
        validate(TABLE, value)


def test_table_validate_returns_tuples_with_canonical_cells() -> None:
    assert validate(TABLE, [["n", 1, True, "gas", "ab"]]) == (("n", 1, True, "gas", "AB"),)


def test_a_table_row_with_only_empty_cells_is_refused() -> None:
    """An all-empty row means nothing and would read back as no row at all: it is refused, by row."""
    numbers = param(
        "t.numbers", T.TABLE, max_rows=5, columns=(Column(key="number", type=T.STR, label="Number"),)
    )
    for value in ((("",),), (("",), ("",)), (("+3620",), ("",))):
        with pytest.raises(ValidationError, match="row"):
            validate(numbers, value)
    assert parse_text(numbers, format_text(numbers, (("+3620",),))) == (("+3620",),)


def test_wire_form_of_tables_is_lists_and_back() -> None:
    value = (("n", 1, True, "gas", "AB"),)
    wire = to_wire(TABLE, value)
    assert wire == [["n", 1, True, "gas", "AB"]]
    assert from_wire(TABLE, wire) == value
    assert to_wire(INT, 5) == 5 and from_wire(INT, 5) == 5


# ---------------------------------------------------------------------------- round trips


@given(st.sampled_from(SPECS), st.data())
@PROPERTY
def test_parse_text_reads_back_format_text_for_every_type(spec: Param, data: st.DataObject) -> None:
    value = data.draw(values_of(spec), label="value")
    assert validate(spec, value) == value  # the strategy makes canonical values
    assert parse_text(spec, format_text(spec, value)) == value


@given(st.sampled_from(all_real_params()), st.data())
@PROPERTY
def test_parse_text_reads_back_format_text_for_every_real_parameter(spec: Param, data: st.DataObject) -> None:
    value = data.draw(values_of(spec), label="value")
    assert parse_text(spec, format_text(spec, value)) == value


@given(st.sampled_from(SPECS), st.text(max_size=30))
@PROPERTY
def test_parse_text_of_any_text_raises_only_validation_errors(spec: Param, text: str) -> None:
    try:
        value = parse_text(spec, text)
    except ValidationError:
        return
    assert validate(spec, value) == value


# ---------------------------------------------------------------------------- validate_values


def test_validate_values_reports_every_bad_key_at_once() -> None:
    with pytest.raises(ValidationErrors) as err:
        validate_values(
            TEST_PROFILE, {"t.int": 500, "t.bool": "yes", "t.enum": "auto", "t.ip": "1.2.3", "nope": 1}
        )
    assert set(err.value.errors) == {"t.int", "t.bool", "t.ip", "nope"}
    assert "above the maximum 100" in err.value.errors["t.int"]
    assert "unknown parameter for Test" in err.value.errors["nope"]
    assert "t.int" in str(err.value) and "nope" in str(err.value)


def test_validate_values_returns_the_canonical_batch() -> None:
    clean = validate_values(
        TEST_PROFILE, {"t.hex": "ab", "t.ip": "2001:DB8::1", "t.table": [["n", 1, True, "gas", ""]]}
    )
    assert clean == {"t.hex": "AB", "t.ip": "2001:db8::1", "t.table": (("n", 1, True, "gas", ""),)}


def test_ports_that_must_differ_are_named_with_the_other_label() -> None:
    profile = load_profile("wm-e2s")
    values = {**profile.defaults(), "m2m.secondary_port": 9001}
    reasons = conflicts(profile, values)
    assert set(reasons) == {"m2m.secondary_port", "m2m.config_port"}
    assert reasons["m2m.secondary_port"] == (
        "9001 is also the Configuration and firmware download port; they must differ"
    )
    assert conflicts(profile, profile.defaults()) == {}, "secondary 0 (off) never clashes"
    assert conflicts(profile, {**values, "m2m.secondary_port": 9002}) == {}


def test_validate_values_accepts_an_empty_batch() -> None:
    assert validate_values(TEST_PROFILE, {}) == {}


# ---------------------------------------------------------------------------- .cfg documents

key_st = st.builds(
    lambda head, rest: ".".join([head, *rest]),
    st.text("abcmxz", min_size=1, max_size=4),
    st.lists(st.text("abz_09", min_size=1, max_size=5), max_size=2),
)
pad = st.sampled_from(["", " ", "  ", "\t"])
ending = st.sampled_from(["\n", "\r\n"])
comment_st = st.builds(lambda lead, rest: f"{lead}#{rest}", pad, st.text(SAFE_CHARS, max_size=20))
blank_st = st.sampled_from(["", " ", "\t  "])
plain_value = st.text(SAFE_CHARS, max_size=20).filter(
    lambda v: not (len(v.strip()) >= 2 and v.strip()[0] == v.strip()[-1] == '"')
)


@st.composite
def cfg_texts(draw: st.DrawFn) -> tuple[str, dict[str, str]]:
    """A valid .cfg text and the entries it must parse to."""
    keys = draw(st.lists(key_st, unique=True, max_size=6))
    lines: list[tuple[str, str | None, str]] = []
    for key in keys:
        for _ in range(draw(st.integers(0, 2))):
            lines.append((draw(st.one_of(comment_st, blank_st)), None, ""))
        if draw(st.booleans()):
            value = draw(st.text(SAFE_CHARS, max_size=20))
            shown = json.dumps(value, ensure_ascii=draw(st.booleans()))
        else:
            shown = draw(plain_value)
            value = shown.strip()
        lines.append((f"{draw(pad)}{key}{draw(pad)}={draw(pad)}{shown}{draw(pad)}", key, value))
    lines += [(draw(st.one_of(comment_st, blank_st)), None, "") for _ in range(draw(st.integers(0, 2)))]
    endings = [draw(ending) for _ in lines]
    if lines and draw(st.booleans()):
        endings[-1] = ""  # no newline at the end of the file
    text = "".join(body + end for (body, _, _), end in zip(lines, endings, strict=True))
    return text, {k: v for _, k, v in lines if k is not None}


@given(cfg_texts())
@example(("", {}))
@example(("a=1", {"a": "1"}))
@example(("# only a comment", {}))
@example(('k = " padded "\r\n', {"k": " padded "}))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_cfg_parse_keeps_every_byte_and_reads_every_entry(case: tuple[str, dict[str, str]]) -> None:
    text, entries = case
    doc = CfgDocument.parse(text)
    assert doc.to_text() == text
    assert doc.entries() == entries
    assert list(doc.entries()) == list(entries)  # file order


def test_cfg_line_numbers_count_comments_and_blanks() -> None:
    doc = CfgDocument.parse("# head\n\nconn.apn_name = internet\r\n  # x\ntm.cert=3")
    assert doc.line_of("conn.apn_name") == 3 and doc.line_of("tm.cert") == 5
    with pytest.raises(KeyError):
        doc.line_of("missing")


def test_cfg_value_keeps_inner_equals_and_hashes() -> None:
    doc = CfgDocument.parse("conn.apn_name = a=b # not a comment\nx = \n")
    assert doc.entries() == {"conn.apn_name": "a=b # not a comment", "x": ""}


def test_cfg_quoted_values_keep_spaces_and_escapes() -> None:
    doc = CfgDocument.parse(
        'a = "  two  "\nb = "say \\"hi\\""\nc = "tab\\there"\nd = "\\u00e9"\ne = "x\nf = x"\n'
    )
    assert doc.entries() == {
        "a": "  two  ",
        "b": 'say "hi"',
        "c": "tab\there",
        "d": "é",
        "e": '"x',
        "f": 'x"',
    }


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a = 1\nno equals sign here\n", 2),
        ("# c\n\n= value\n", 3),
        ("two words = x\n", 1),
        ("a = 1\r\nb = 2\r\nc\r\n", 3),
        ('a = 1\nb = "unterminated \\"\n', 2),
        ('x = "a" "b"\n', 1),
    ],
)
def test_cfg_malformed_lines_raise_config_file_error_naming_file_and_line(text: str, line: int) -> None:
    with pytest.raises(ConfigFileError, match=rf"^site\.cfg, line {line}: "):
        CfgDocument.parse(text, name="site.cfg")


def test_cfg_duplicate_keys_name_both_lines() -> None:
    with pytest.raises(ConfigFileError) as err:
        CfgDocument.parse("a = 1\n# x\nb = 2\n a= 3\n", name="dup.cfg")
    assert "dup.cfg, line 4" in str(err.value) and "line 1" in str(err.value) and "'a'" in str(err.value)


def test_cfg_set_edits_in_place_keeping_everything_else() -> None:
    text = "# my modem\r\nconn.apn_name = internet   \r\n\r\ntm.cert = 1\r\n# end"
    doc = CfgDocument.parse(text)
    doc.set("conn.apn_name", "m2m.example")
    assert doc.to_text() == "# my modem\r\nconn.apn_name = m2m.example\r\n\r\ntm.cert = 1\r\n# end"
    assert doc.line_of("conn.apn_name") == 2
    doc.set("tm.cert", " padded ")
    assert doc.to_text().splitlines()[3] == 'tm.cert = " padded "'
    assert CfgDocument.parse(doc.to_text()).entries() == {
        "conn.apn_name": "m2m.example",
        "tm.cert": " padded ",
    }


def test_cfg_set_appends_new_keys_and_terminates_the_last_line_first() -> None:
    doc = CfgDocument.parse("a = 1")
    doc.set("b", "2")
    doc.set("c", '"quoted"')
    assert doc.to_text() == 'a = 1\nb = 2\nc = "\\"quoted\\""\n'
    assert CfgDocument.parse(doc.to_text()).entries() == {"a": "1", "b": "2", "c": '"quoted"'}
    empty = CfgDocument.parse("")
    empty.set("x", "")
    assert empty.to_text() == "x =\n" and CfgDocument.parse(empty.to_text()).entries() == {"x": ""}


@given(cfg_texts(), key_st, st.text(SAFE_CHARS, max_size=20))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_cfg_set_then_parse_reads_the_new_value(
    case: tuple[str, dict[str, str]], key: str, value: str
) -> None:
    text, entries = case
    before = CfgDocument.parse(text).lines
    doc = CfgDocument.parse(text)
    doc.set(key, value)
    again = CfgDocument.parse(doc.to_text())
    assert again.entries() == {**entries, key: value}
    if key in entries:  # edited in place: every other line stays byte for byte
        assert len(doc.lines) == len(before)
        assert [a.raw for a in doc.lines if a.key != key] == [b.raw for b in before if b.key != key]
        assert doc.line_of(key) == CfgDocument.parse(text).line_of(key)
    else:  # appended: the old text is kept, only a missing final newline is added
        assert len(doc.lines) == len(before) + 1
        assert doc.to_text().startswith(text)
        assert doc.to_text()[len(text) :] in (doc.lines[-1].raw, "\n" + doc.lines[-1].raw)


@pytest.mark.parametrize("value", ["a\x0bb", "a\x85b", "line\u2028separator", "x\x1ey", "cr\r", "nl\n"])
def test_values_with_any_line_break_character_are_refused(value: str) -> None:
    """A .cfg line could not carry them back, so `validate` refuses them."""
    with pytest.raises(ValidationError, match="line breaks"):
        validate(param("t.any", T.STR), value)


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=12))
@example("a\x0bb")
@example("a\x85b")
@PROPERTY
def test_cfg_set_and_parse_round_trip_every_valid_text_value(value: str) -> None:
    """Any value `validate` accepts for a str parameter must survive the .cfg file."""
    try:
        validate(param("t.any", T.STR), value)
    except ValidationError:
        return
    doc = CfgDocument.parse("")
    doc.set("t.any", value)
    assert CfgDocument.parse(doc.to_text()).entries() == {"t.any": value}


def test_typed_values_parses_each_entry_against_the_profile() -> None:
    profile = load_profile("wm-e2s")
    doc = CfgDocument.parse(
        "conn.apn_name = m2m\ntm.cert = 7\ntrans.meter_baud = 300\nwdt.ping_ip = 10.0.0.1\ndm.verify = yes\n"
    )
    assert doc.typed_values(profile) == {
        "conn.apn_name": "m2m",
        "tm.cert": 7,
        "trans.meter_baud": "300",
        "wdt.ping_ip": "10.0.0.1",
        "dm.verify": True,
    }


def test_typed_values_names_file_line_and_key_of_every_bad_value() -> None:
    profile = load_profile("wm-e2s")
    doc = CfgDocument.parse(
        "# x\nconn.apn_name = ok\ntm.cert = 99\n\nwdt.ping_ip = 300.1.1.1\nno.such = 1\n", name="bench.cfg"
    )
    with pytest.raises(ValidationErrors) as err:
        doc.typed_values(profile)
    assert set(err.value.errors) == {
        "bench.cfg, line 3, tm.cert",
        "bench.cfg, line 5, wdt.ping_ip",
        "bench.cfg, line 6, no.such",
    }
    assert "maximum 15" in err.value.errors["bench.cfg, line 3, tm.cert"]


@pytest.mark.parametrize("model", REAL_MODELS)
def test_dump_of_the_real_defaults_reads_back_to_the_same_values(model: str) -> None:
    profile = load_profile(model)
    text = dump(profile, profile.defaults())
    assert text.startswith(f"# {profile.name} configuration ({model})\n")
    doc = CfgDocument.parse(text, name=f"{model}.cfg")
    assert doc.to_text() == text
    assert doc.typed_values(profile) == profile.defaults()
    assert list(doc.entries()) == [p.key for p in profile.params]  # profile order


@given(st.sampled_from(REAL_MODELS), st.data())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_dump_of_any_valid_values_reads_back(model: str, data: st.DataObject) -> None:
    profile = load_profile(model)
    keys = data.draw(st.lists(st.sampled_from([p.key for p in profile.params]), unique=True), label="keys")
    values = {k: data.draw(values_of(profile.by_key[k], SAFE_CHARS), label=k) for k in keys}
    text = dump(profile, values)
    assert CfgDocument.parse(text).typed_values(profile) == values


def test_dump_writes_secrets_only_as_comments_saying_whether_they_are_set() -> None:
    profile = load_profile("wm-e2s")
    values = {"conn.apn_name": " spaced ", "conn.apn_user": "user"}
    text = dump(profile, values, secrets_set=frozenset({"conn.apn_pass"}))
    assert 'conn.apn_name = " spaced "\n' in text and "conn.apn_user = user\n" in text
    assert "# conn.apn_pass = (secret: set on the device, never read back)\n" in text
    assert (
        "[apn]" in text and "[wdt]" not in text and "[m2m]" not in text
    )  # groups without values are left out
    assert CfgDocument.parse(text).typed_values(profile) == values


def test_dump_of_a_device_reading_mentions_every_secret_that_is_set() -> None:
    """As `gwterm read` writes it: the device returns non-secret values and names the secrets it holds."""
    profile = load_profile("wm-e2s")
    values = {p.key: p.default for p in profile.params if not p.secret}
    secrets_set = frozenset({"sec.password", "conn.apn_pass"})
    text = dump(profile, values, secrets_set=secrets_set)
    for key in secrets_set:
        assert f"# {key} = (secret: set on the device, never read back)\n" in text
    for key in {p.key for p in profile.params if p.secret} - secrets_set:
        assert f"# {key} = (secret: not set)\n" in text
    assert CfgDocument.parse(text).typed_values(profile) == values


def test_dump_writes_tables_on_one_line_that_read_back() -> None:
    profile = load_profile("wm-e3s-mbus")
    spec = profile.by_key["mbus.meters"]
    row = (
        True,
        "heat",
        "ABC",
        "0C13",
        "m^3",
        "8.0.1.0.0.255",
        900,
        "1.0.99.1.0.255",
        "12345678",
        "1,2,3",
        "a;b\\c",
        "Meter, #1",
    )
    values = {"mbus.meters": validate(spec, [row, row])}
    text = dump(profile, values)
    assert sum(line.startswith("mbus.meters = ") for line in text.splitlines()) == 1
    assert CfgDocument.parse(text).typed_values(profile) == values


# ---------------------------------------------------------------------------- diff


def test_diff_lists_only_changed_keys_in_profile_order() -> None:
    current = {"t.int": 1, "t.enum": "auto", "t.hex": "AB", "t.table": ()}
    wanted = {"t.hex": "AC", "t.enum": "auto", "t.int": 2, "t.table": ()}
    assert diff(TEST_PROFILE, current, wanted) == [
        Change(key="t.int", old=1, new=2),
        Change(key="t.hex", old="AB", new="AC"),
    ]


def test_diff_of_equal_values_is_empty_and_new_keys_have_old_none() -> None:
    assert diff(TEST_PROFILE, {"t.int": 1}, {"t.int": 1}) == []
    assert diff(TEST_PROFILE, {}, {"t.bool": False}) == [Change(key="t.bool", old=None, new=False)]


def test_diff_always_lists_secrets_and_never_shows_their_old_value() -> None:
    changes = diff(TEST_PROFILE, {"t.password": "same", "t.int": 1}, {"t.password": "same", "t.int": 1})
    assert changes == [Change(key="t.password", old=None, new="same", secret=True)]
    changes = diff(TEST_PROFILE, {"t.password": "old"}, {"t.password": "new"})
    assert changes == [Change(key="t.password", old=None, new="new", secret=True)]


def test_diff_puts_keys_unknown_to_the_profile_last() -> None:
    changes = diff(TEST_PROFILE, {}, {"zz.unknown": 1, "t.int": 2})
    assert [c.key for c in changes] == ["t.int", "zz.unknown"]


@given(st.data())
@settings(max_examples=100, deadline=None)
def test_diff_of_real_profile_values(data: st.DataObject) -> None:
    profile = load_profile("wm-e2s")
    current = profile.defaults()
    keys = data.draw(st.lists(st.sampled_from([p.key for p in profile.params]), unique=True), label="keys")
    wanted = {k: data.draw(values_of(profile.by_key[k]), label=k) for k in keys}
    changes = diff(profile, current, wanted)
    expected = [
        k
        for k in (p.key for p in profile.params)
        if k in wanted and (profile.by_key[k].secret or current[k] != wanted[k])
    ]
    assert [c.key for c in changes] == expected
    for c in changes:
        assert c.new == wanted[c.key]
        assert c.old == (None if c.secret else current[c.key])
        assert c.secret == profile.by_key[c.key].secret


# ---------------------------------------------------------------------------- real profiles


def test_both_real_profiles_are_available_and_load() -> None:
    assert set(REAL_MODELS) <= set(available_models())
    for model in REAL_MODELS:
        profile = load_profile(model)
        assert profile.model == model and profile.name and profile.vendor and profile.groups
        assert load_profile(model) is profile  # cached


@pytest.mark.parametrize("model", REAL_MODELS)
def test_every_real_default_validates_and_round_trips_as_text(model: str) -> None:
    profile = load_profile(model)
    for p in profile.params:
        assert validate(p, p.default) == p.default, p.key
        assert parse_text(p, format_text(p, p.default)) == p.default, p.key


@pytest.mark.parametrize("model", REAL_MODELS)
def test_real_profile_invariants(model: str) -> None:
    profile = load_profile(model)
    keys = [p.key for p in profile.params]
    assert len(keys) == len(set(keys)) and set(profile.by_key) == set(keys)
    for p in profile.params:
        assert re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)+", p.key), p.key
        if p.type is T.PASSWORD:
            assert p.secret, p.key
        if p.type is T.INT:
            assert p.min is not None and p.max is not None and p.min <= p.max, p.key
        if p.type is T.ENUM:
            values = [c.value for c in p.choices]
            assert len(values) == len(set(v.lower() for v in values)), (
                p.key
            )  # case-insensitive parsing stays unambiguous
        if p.type is T.TABLE:
            assert p.columns and all(c.type is not T.TABLE for c in p.columns)
    assert profile.group(profile.groups[0].key) is profile.groups[0]
    with pytest.raises(KeyError):
        profile.group("no-such-group")


def test_the_e2s_profile_has_the_keys_the_manual_names() -> None:
    profile = load_profile("wm-e2s")
    for key in (
        "conn.apn_name",
        "conn.apn_user",
        "conn.apn_pass",
        "csd.password",
        "dm.tls_enable",
        "tm.verify",
    ):
        assert key in profile.by_key
    assert profile.by_key["csd.password"].secret and profile.by_key["conn.apn_pass"].secret


@pytest.mark.parametrize("model", ["nope", "../wm-e2s", "WM-E2S", "", "wm-e2s.toml"])
def test_unknown_models_raise_profile_error_listing_the_known_ones(model: str) -> None:
    with pytest.raises(ProfileError, match="wm-e2s"):
        load_profile(model)


# ---------------------------------------------------------------------------- malformed profiles

HEAD = 'model = "test-model"\nname = "Test"\nvendor = "ACME"\n'
GROUP = '\n[[groups]]\nkey = "g"\nlabel = "G"\n'
BOOL_COLUMN = 'columns = [{ key = "a", type = "bool", label = "A" }]\n'
GOOD_PARAM = (
    '\n[[groups.params]]\nkey = "g.count"\ntype = "int"\nlabel = "Count"\ndefault = 1\nmin = 0\nmax = 10\n'
)


def profile_text(param_body: str, *, head: str = HEAD, extra: str = "") -> str:
    return head + GROUP + '\n[[groups.params]]\nkey = "g.p"\nlabel = "P"\n' + param_body + extra


def test_a_minimal_profile_parses() -> None:
    profile = parse_profile(HEAD + GROUP + GOOD_PARAM, name="test-model.toml", expect_model="test-model")
    assert profile.by_key["g.count"].default == 1 and profile.by_key["g.count"].group == "g"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (HEAD + 'colour = "red"\n' + GROUP + GOOD_PARAM, "unknown field"),
        (HEAD + GROUP + 'colour = "red"\n' + GOOD_PARAM, "unknown field"),
        (profile_text('type = "int"\ndefault = 1\nmin = 0\nmax = 5\nunits = "s"\n'), "unknown field"),
        (profile_text('type = "int"\ndefault = 1\nmax = 5\n'), "min and max"),
        (profile_text('type = "int"\ndefault = 1\nmin = 0\n'), "min and max"),
        (profile_text('type = "enum"\ndefault = "a"\n'), "choices"),
        (profile_text('type = "str"\ndefault = "a"\nchoices = [{ value = "a", label = "A" }]\n'), "choices"),
        (profile_text('type = "int"\ndefault = 11\nmin = 0\nmax = 10\n'), "default invalid"),
        (profile_text('type = "int"\ndefault = "1"\nmin = 0\nmax = 10\n'), "default invalid"),
        (
            profile_text('type = "enum"\ndefault = "c"\nchoices = [{ value = "a", label = "A" }]\n'),
            "default invalid",
        ),
        (profile_text('type = "str"\ndefault = "toolong"\nmax_len = 3\n'), "default invalid"),
        (profile_text('type = "str"\ndefault = "12a"\npattern = "^[0-9]*$"\n'), "default invalid"),
        (profile_text('type = "ip"\ndefault = "999.0.0.1"\n'), "default invalid"),
        (profile_text('type = "port"\ndefault = 0\n'), "default invalid"),
        (profile_text('type = "bool"\ndefault = 1\n'), "default invalid"),
        (profile_text('type = "str"\n'), "needs a default"),
        (profile_text('type = "float"\ndefault = 1.5\n'), "unknown type"),
        (profile_text('default = ""\n'), "missing 'type'"),
        (profile_text('type = "table"\ndefault = []\n'), "columns"),
        (
            profile_text(
                'type = "str"\ndefault = ""\ncolumns = [{ key = "a", type = "bool", label = "A" }]\n'
            ),
            "columns",
        ),
        (
            profile_text(
                'type = "table"\ndefault = []\ncolumns = [{ key = "a", type = "table", label = "A" }]\n'
            ),
            "column cannot be a table",
        ),
        (
            profile_text(
                'type = "table"\ndefault = []\n'
                + BOOL_COLUMN.replace('label = "A"', 'label = "A", secret = true')
            ),
            "unknown field",
        ),
        (
            profile_text(
                'type = "table"\ndefault = [[2]]\ncolumns = [{ key = "a", type = "bool", label = "A" }]\n'
            ),
            "default invalid",
        ),
        (
            profile_text('type = "table"\ndefault = [[true], [false]]\nmax_rows = 1\n' + BOOL_COLUMN),
            "default invalid",
        ),
        (HEAD + GROUP + GOOD_PARAM + GOOD_PARAM, "used twice"),
        (HEAD + GROUP + GOOD_PARAM + '\n[[groups]]\nkey = "h"\nlabel = "H"\n' + GOOD_PARAM, "used twice"),
        (HEAD + GROUP + GOOD_PARAM.replace("g.count", "G.Count"), "malformed"),
        (HEAD + GROUP + GOOD_PARAM.replace("g.count", "g..count"), "malformed"),
        (HEAD.replace('vendor = "ACME"\n', "") + GROUP + GOOD_PARAM, "missing 'vendor'"),
        (HEAD.replace('model = "test-model"', "model = 5") + GROUP + GOOD_PARAM, "'model' must be str"),
        (HEAD, "missing 'groups'"),
        (HEAD + GROUP.replace('label = "G"\n', "") + GOOD_PARAM, "missing 'label'"),
        (HEAD + "groups = [\n", "test-model.toml: "),
        (HEAD + GROUP + GOOD_PARAM + '\n[[distinct]]\nkeys = ["g.count", "g.nope"]\n', "distinct"),
        (HEAD + GROUP + GOOD_PARAM + '\n[[distinct]]\nkeys = ["g.count"]\n', "two or more"),
    ],
)
def test_malformed_profiles_raise_profile_error_naming_the_file(text: str, message: str) -> None:
    with pytest.raises(ProfileError, match=re.escape(message)) as err:
        parse_profile(text, name="test-model.toml", expect_model="test-model")
    assert str(err.value).startswith("test-model.toml")


def test_profile_errors_name_group_and_parameter() -> None:
    with pytest.raises(ProfileError, match=r"^test-model\.toml, group g, parameter g\.p: default invalid"):
        parse_profile(profile_text('type = "int"\ndefault = 11\nmin = 0\nmax = 10\n'), name="test-model.toml")


def test_model_must_match_the_file_name() -> None:
    with pytest.raises(ProfileError, match="does not match the file name"):
        parse_profile(HEAD + GROUP + GOOD_PARAM, name="other.toml", expect_model="other")


@pytest.mark.parametrize(
    "text",
    [
        profile_text('type = "int"\ndefault = 1\nmin = "0"\nmax = 10\n'),
        profile_text('type = "str"\ndefault = ""\nmax_len = "3"\n'),
        profile_text('type = "str"\ndefault = ""\npattern = "("\n'),
        profile_text('type = "enum"\ndefault = "a"\nchoices = ["value"]\n'),
        profile_text('type = "table"\ndefault = 5\ncolumns = [{ key = "a", type = "bool", label = "A" }]\n'),
        profile_text('type = "table"\ndefault = []\nmax_rows = "4"\n' + BOOL_COLUMN),
        profile_text('type = "table"\ndefault = []\ncolumns = ["a"]\n'),
        HEAD + "groups = [1]\n",
        HEAD + GROUP + "params = [1]\n",
    ],
    ids=[
        "min-str",
        "max_len-str",
        "bad-regex",
        "choice-not-table",
        "table-default-int",
        "max_rows-str",
        "column-not-table",
        "group-not-table",
        "param-not-table",
    ],
)
def test_wrongly_typed_profile_fields_raise_profile_error_not_python_errors(text: str) -> None:
    """'Every mistake is a ProfileError': hand-written TOML never crashes the loader with TypeError & co."""
    with pytest.raises(ProfileError):
        parse_profile(text, name="test-model.toml")


def test_password_parameters_are_secret_unless_declared_otherwise() -> None:
    text = profile_text(
        'type = "password"\ndefault = ""\n',
        extra='\n[[groups.params]]\nkey = "g.q"\nlabel = "Q"\ntype = "password"\n'
        'default = ""\nsecret = false\n',
    )
    profile = parse_profile(text, name="x.toml")
    assert profile.by_key["g.p"].secret and not profile.by_key["g.q"].secret


def test_table_defaults_become_tuples() -> None:
    text = profile_text(
        'type = "table"\ndefault = [[true, "ab"]]\n'
        'columns = [{ key = "a", type = "bool", label = "A" }, { key = "h", type = "hex", label = "H" }]\n'
    )
    assert parse_profile(text, name="x.toml").by_key["g.p"].default == ((True, "AB"),)
