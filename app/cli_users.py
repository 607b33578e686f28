"""`gwterm users …` and `gwterm audit`; who is running the command, and whether their role allows it."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from app.cli_common import UsageError
from app.errors import AuthError
from app.users.accounts import NEEDS, ROLES, User, UserStore, local_user, login_required
from app.users.audit import AuditLog

# the action each command needs (commands not listed need nothing: decoding, simulators, help)
COMMAND_ACTION = {
    "info": "read",
    "read": "read",
    "diff": "read",
    "log": "read",
    "data": "read",
    "reports status": "read",
    "reports test": "write",  # sends the gateway's data to a server, maybe with unsaved settings
    "reports send": "write",
    "gui": "read",
    "write": "write",
    "firmware update": "firmware",
    "firmware rollout": "firmware",
    "fleet apply": "fleet",
    "fleet rollback": "fleet",
    "fleet plan": "read",
    "users add": "users",
    "users remove": "users",
    "users role": "users",
    "users list": "users",
    "audit": "audit",
    "firmware status": "read",
    "mbus scan": "read",
    "mbus read": "read",
    "mbus set-address": "write",
    "iec read": "read",
    "iec program": "write",
    "dlms objects": "read",
    "dlms get": "read",
    "dlms set": "write",
    "dlms action": "write",
}


def register(sub: Any) -> None:
    """Add `users` and `audit`."""
    p = sub.add_parser(
        "users", help="Tool accounts and roles (viewer, engineer, admin).", description="Tool users."
    )
    actions = p.add_subparsers(title="user actions", metavar="ACTION")
    a = actions.add_parser("list", help="List accounts and roles.")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_list, command_key="users list")
    a = actions.add_parser("add", help="Create an account (the first one, an admin, needs no login).")
    a.add_argument("name")
    a.add_argument("--role", choices=ROLES, required=True)
    a.add_argument("--password", help="else prompted (twice)")
    a.set_defaults(func=cmd_add, command_key="users add")
    a = actions.add_parser("remove", help="Delete an account.")
    a.add_argument("name")
    a.set_defaults(func=cmd_remove, command_key="users remove")
    a = actions.add_parser("role", help="Change an account's role.")
    a.add_argument("name")
    a.add_argument("role", choices=ROLES)
    a.set_defaults(func=cmd_role, command_key="users role")
    a = actions.add_parser("passwd", help="Change your password (admins: anyone's with --user).")
    a.add_argument("--for", dest="target", help="whose password (admins only)")
    a.add_argument("--password", help="the new password (else prompted twice)")
    a.set_defaults(func=cmd_passwd, command_key="users passwd")
    p = sub.add_parser("audit", help="Show or export the audit log.", description="The audit log (admins).")
    p.add_argument("--user", dest="only_user", help="only this user's entries")
    p.add_argument("--action", help="only this action (write, fleet apply, firmware update, user …)")
    p.add_argument("--since", help="only entries at or after this ISO time, e.g. 2026-11-01")
    p.add_argument("-o", "--output", type=Path, help="export as CSV to this file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_audit, command_key="audit")


def current_user(args: argparse.Namespace) -> User:
    """The tool user: logged in when the policy says so (GWTERM_USER/GWTERM_USER_PASSWORD or a prompt)."""
    if not login_required():
        return local_user()
    store = UserStore()
    if store.empty:
        if getattr(args, "command_key", "") == "users add":
            return User(name="(first run)", role="admin")
        raise UsageError(
            "login required but no account exists: create the first admin with "
            "'gwterm users add NAME --role admin'"
        )
    name = os.environ.get("GWTERM_USER") or (input("gwterm user: ") if sys.stdin.isatty() else "")
    password = os.environ.get("GWTERM_USER_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise UsageError("login required: set GWTERM_USER and GWTERM_USER_PASSWORD or run on a terminal")
        password = getpass.getpass(f"password for {name}: ")
    return store.authenticate(name, password, time.time())


def authorise(args: argparse.Namespace) -> User:
    """The current user, if their role allows this command; AuthError otherwise."""
    key = getattr(args, "command_key", None) or _command_key(args)
    action = COMMAND_ACTION.get(key)
    if action is None:
        return local_user() if not login_required() else User(name="-", role="viewer")
    user = current_user(args)
    if not user.may(action):
        raise AuthError(f"{user.name} ({user.role}) may not {action}: this needs the {NEEDS[action]} role")
    args.user = user
    return user


def _command_key(args: argparse.Namespace) -> str:
    func = getattr(args, "func", None)
    name = getattr(func, "__name__", "")
    return {
        "cmd_info": "info",
        "cmd_read": "read",
        "cmd_diff": "diff",
        "cmd_log": "log",
        "cmd_data": "data",
        "cmd_write": "write",
        "cmd_gui": "gui",
        "cmd_update": "firmware update",
        "cmd_rollout": "firmware rollout",
        "cmd_apply": "fleet apply",
        "cmd_rollback": "fleet rollback",
        "cmd_plan": "fleet plan",
    }.get(name, "")


def _new_password(given: str | None) -> str:
    if given:
        return given
    if not sys.stdin.isatty():
        raise UsageError("give --password (no terminal to ask on)")
    first = getpass.getpass("new password: ")
    if first != getpass.getpass("repeat it: "):
        raise UsageError("the passwords differ")
    return first


def cmd_list(args: argparse.Namespace) -> int:
    """gwterm users list."""
    for user in UserStore().users():
        print(
            json.dumps({"name": user.name, "role": user.role})
            if args.json
            else f"{user.name:<20} {user.role}"
        )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    """gwterm users add."""
    user = UserStore().add(args.name, args.role, _new_password(args.password))
    AuditLog().record(args.user, "user add", detail=f"{user.name} as {user.role}")
    print(f"created {user.name} ({user.role})")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """gwterm users remove."""
    UserStore().remove(args.name)
    AuditLog().record(args.user, "user remove", detail=args.name)
    print(f"removed {args.name}")
    return 0


def cmd_role(args: argparse.Namespace) -> int:
    """gwterm users role."""
    UserStore().set_role(args.name, args.role)
    AuditLog().record(args.user, "user role", detail=f"{args.name} -> {args.role}")
    print(f"{args.name} is now {args.role}")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    """gwterm users passwd: yourself, or (admins) anyone."""
    user = current_user(args)
    target = args.target or user.name
    if target != user.name and not user.may("users"):
        raise AuthError(f"{user.name} may only change their own password")
    UserStore().set_password(target, _new_password(args.password))
    AuditLog().record(user, "user password", detail=target)
    print(f"password of {target} changed")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    """gwterm audit."""
    log = AuditLog()
    entries = log.entries(user=args.only_user, action=args.action, since=args.since)
    if args.output:
        args.output.write_text(log.to_csv(entries), encoding="utf-8")
        print(f"wrote {len(entries)} entries to {args.output}")
        return 0
    for e in entries:
        print(
            json.dumps(e)
            if args.json
            else f"{e['time']}  {e['user']:<12} {e['action']:<16} {e['device']:<28} "
            f"{' '.join(e['keys'])}  {e['result']} {e['detail']}".rstrip()
        )
    return 0
