"""The user manual in docs/manual/ stays true to the code: the parameter reference matches the profiles,
and every `gwterm …` command line it quotes is accepted by the real argument parser."""

from __future__ import annotations

import argparse
import importlib.util
import re
import shlex
from pathlib import Path
from types import ModuleType

import pytest

from app.cli import build_parser
from app.devices.profiles import available_models, load_profile
from app.params.schema import Param, ParamType

ROOT = Path(__file__).resolve().parents[1]
MANUAL = ROOT / "docs" / "manual"
REFERENCE = MANUAL / "parameters.md"
CHAPTERS = (
    "index.md",
    "getting-started.md",
    "connections.md",
    "gsm.md",
    "parameters.md",
    "fleet.md",
    "firmware.md",
    "gateway.md",
    "mbus.md",
    "wireless.md",
    "iec.md",
    "dlms.md",
    "troubleshooting.md",
)

# placeholders a manual command may use, and what the parser gets instead
PLACEHOLDERS = {
    "URL": "tcp://127.0.0.1:9001",
    "SHEET": "fleet.xlsx",
    "IMAGE": "fw.img",
    "KEYDIR": "keys",
    "FILE": "device.cfg",
    "MODEL": "wm-e2s",
    "ROLE": "engineer",
    "NAME": "alice",
    "REF": "region-north",
    "PORT": "9001",
    "N": "2",
    "SECONDS": "5",
    "PNG": "window.png",
    "DIR": "state",
    "HEX": "00",
    "KEY": "000102030405060708090A0B0C0D0E0F",
    "ID": "12345678",
    "ADDR": "1.8.0",
    "SOURCE": "capture.txt",
    "PASSWORD": "secret",
}
SHELL_FENCES = {"sh", "bash", "shell", "console", "powershell", "ps1", "bat", "cmd"}
ENV_ASSIGNMENT = re.compile(r"^[A-Z_][A-Z0-9_]*=")
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([\w+-]*)")
INLINE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")


class ParseFailure(Exception):
    """argparse rejected the command line; the message says why."""


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_reference", MANUAL / "generate_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return _load_generator()


@pytest.fixture(scope="module")
def generated(generator: ModuleType) -> str:
    return str(generator.render())


# -- the parameter reference ----------------------------------------------------------------------


def test_reference_matches_the_profiles(generated: str) -> None:
    """docs/manual/parameters.md is exactly what the generator makes of today's profiles."""
    committed = REFERENCE.read_text(encoding="utf-8") if REFERENCE.exists() else ""
    assert committed == generated, (
        "docs/manual/parameters.md is out of date with resources/profiles/: "
        "run `python docs/manual/generate_reference.py` and commit the result"
    )


def test_every_model_group_and_parameter_is_documented(generated: str) -> None:
    models = available_models()
    assert models
    for model in models:
        profile = load_profile(model)
        assert f"## {profile.name} — model `{model}`" in generated, f"model {model} missing"
        for group in profile.groups:
            assert f"— group `{group.key}`" in generated, f"{model}: group {group.key} missing"
        for param in profile.params:
            assert f"| `{param.key}` |" in generated, f"{model}: parameter {param.key} missing"


def test_the_reference_is_deterministic(generator: ModuleType, generated: str) -> None:
    assert generator.render() == generated


def test_secret_defaults_are_never_printed(generator: ModuleType, generated: str) -> None:
    rows = {line.split("|")[1].strip(): line for line in generated.splitlines() if line.startswith("| `")}
    for model in available_models():
        for param in load_profile(model).params:
            if not param.secret:
                continue
            row = rows[f"`{param.key}`"]
            assert generator.SECRET_DEFAULT in row, f"{param.key}: secret default shown"
            if isinstance(param.default, str) and param.default:
                assert param.default not in row, f"{param.key}: secret default value printed"


def test_a_secret_default_stays_hidden_even_when_set(generator: ModuleType) -> None:
    param = Param(key="x.pin", type=ParamType.PASSWORD, label="PIN", group="x", default="4711", secret=True)
    assert generator.default_text(param) == generator.SECRET_DEFAULT
    assert "4711" not in generator.description(param)


# -- command lines quoted in the manual -----------------------------------------------------------


def _chapters() -> list[Path]:
    return [MANUAL / name for name in CHAPTERS]


def _anchors(path: Path) -> set[str]:
    """The anchors a Markdown file offers: GitHub heading slugs and explicit <a id="…">."""
    text = path.read_text(encoding="utf-8")
    slugs = set(re.findall(r'<a id="([^"]+)"></a>', text))
    for heading in re.findall(r"^#{1,6} (.+)$", text, flags=re.MULTILINE):
        plain = re.sub(r"[`*]", "", heading).strip().lower()
        slugs.add(re.sub(r"[^\w\- ]", "", plain).replace(" ", "-"))
    return slugs


def test_the_manual_has_its_chapters_and_links_resolve() -> None:
    for path in _chapters():
        assert path.exists(), f"{path.name} missing"
    for path in _chapters():
        text = re.sub(r"`[^`\n]*`", "", path.read_text(encoding="utf-8"))  # links are not in code
        for target, anchor in re.findall(r"\]\(([^)#\s]*)(?:#([^)\s]*))?\)", text):
            if "://" in target:
                continue
            linked = (path.parent / target) if target else path
            assert linked.exists(), f"{path.name}: broken link to {target}"
            if anchor and linked.suffix == ".md":
                assert anchor in _anchors(linked), f"{path.name}: no #{anchor} in {linked.name}"


def _command_lines(path: Path) -> list[tuple[int, str, bool]]:
    """(line number, command, complete) for every `gwterm …` line: shell blocks are complete commands,
    inline code spans may be partial (a command and its options, without every argument)."""
    found: list[tuple[int, str, bool]] = []
    fence: str | None = None
    language = ""
    pending = ""
    pending_line = 0
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        number = line_number
        match = FENCE.match(line)
        if match:
            if fence is None:
                fence, language = match.group(2), match.group(3).lower()
            elif match.group(2).startswith(fence[0]) and len(match.group(2)) >= len(fence):
                fence = None
            continue
        if fence is not None:
            if language not in SHELL_FENCES:
                continue
            body = line.strip()
            if language == "console":
                if not body.startswith("$ "):
                    continue
                body = body[2:]
            if pending:
                body, number = pending + " " + body, pending_line
                pending = ""
            if body.endswith("\\"):
                pending, pending_line = body[:-1], number
                continue
            if _is_gwterm(body):
                found.append((number, body, True))
            continue
        for span in INLINE.findall(line):
            if _is_gwterm(span):
                found.append((number, span, False))
    return found


def _is_gwterm(text: str) -> bool:
    words = text.strip().split()
    while words and ENV_ASSIGNMENT.match(words[0]):
        words.pop(0)
    return len(words) >= 2 and words[0] == "gwterm"


def _argv(command: str) -> list[str]:
    """The argument list the shell would pass, placeholders filled in, optional brackets dropped."""
    text = command.split(" #", 1)[0]
    text = re.split(r"\s[|;]\s|\s&&\s|\s[12]?>", text, maxsplit=1)[0]
    words = shlex.split(text.replace("…", " ").replace("[", " ").replace("]", " "))
    while words and ENV_ASSIGNMENT.match(words[0]):
        words.pop(0)
    assert words[0] == "gwterm"
    return [PLACEHOLDERS.get(word, word) for word in words[1:] if word not in ("...",)]


@pytest.fixture(scope="module")
def parser() -> argparse.ArgumentParser:
    return build_parser()


def _parse(parser: argparse.ArgumentParser, argv: list[str], monkeypatch: pytest.MonkeyPatch) -> str:
    """'' when the parser accepts argv (or --help exits cleanly), else argparse's complaint."""

    def fail(self: argparse.ArgumentParser, message: str) -> None:
        raise ParseFailure(message)

    with monkeypatch.context() as patch:
        patch.setattr(argparse.ArgumentParser, "error", fail)
        try:
            parser.parse_args(argv)
        except ParseFailure as exc:
            return str(exc)
        except SystemExit as exc:
            return "" if exc.code in (0, None) else f"exit {exc.code}"
    return ""


def test_the_manual_quotes_command_lines() -> None:
    counts = {path.name: len(_command_lines(path)) for path in _chapters()}
    assert sum(counts.values()) > 100, counts
    for name in ("getting-started.md", "connections.md", "fleet.md", "firmware.md", "gateway.md"):
        assert any(complete for _, _, complete in _command_lines(MANUAL / name)), name


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_quoted_command_parses(
    chapter: str,
    parser: argparse.ArgumentParser,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    problems = []
    for number, command, complete in _command_lines(MANUAL / chapter):
        argv = _argv(command)
        reason = _parse(parser, argv, monkeypatch)
        if reason and not complete and reason.startswith("the following arguments are required"):
            reason = ""  # an inline mention of a command and its options, without every argument
        if reason:
            problems.append(f"{chapter}:{number}: {command!r}: {reason}")
    capsys.readouterr()
    assert not problems, "\n".join(problems)


def test_the_checker_catches_drift(parser: argparse.ArgumentParser, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sanity: the parse check fails for an unknown option, an unknown action and a bad choice."""
    assert _parse(parser, ["info", "tcp://h:1", "--no-such-option"], monkeypatch)
    assert _parse(parser, ["fleet", "explode", "x.csv"], monkeypatch)
    assert _parse(parser, ["users", "add", "bob", "--role", "superuser"], monkeypatch)
    assert not _parse(parser, ["fleet", "apply", "--help"], monkeypatch)
    assert _argv("GWTERM_USER=a gwterm read URL --group apn  # comment") == [
        "read",
        "tcp://127.0.0.1:9001",
        "--group",
        "apn",
    ]
