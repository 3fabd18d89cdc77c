"""``attendance-desktop staff sync|list|grant-office|grant-upgrade|password``: staff logins,
for IT (no Qt)."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any, TextIO

from attendance_desktop.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

# The database code is imported inside the functions: building the parser stays cheap.


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        "staff",
        help=translate(
            "Staff", "server logins for the staff (PostgreSQL; run as the database owner)"
        ),
        description=translate(
            "Staff",
            "One server login per member of staff, made from the roster's teachers. "
            "Teachers write only their own registers; office logins every register, the roster, "
            "codes and settings. The database enforces it (docs/deploy.md).",
        ),
    )
    actions = parser.add_subparsers(dest="staff_action", metavar="ACTION", required=True)
    actions.add_parser(
        "sync", help=translate("Staff", "create or update a login per teacher; disable leavers")
    )
    actions.add_parser(
        "list", help=translate("Staff", "print each login: role, tab, name, tab, teacher|office")
    )
    office = actions.add_parser(
        "grant-office", help=translate("Staff", "make a login an office login")
    )
    office.add_argument("role", metavar="ROLE")
    upgrade = actions.add_parser(
        "grant-upgrade",
        help=translate(
            "Staff", "let a login upgrade the schema at start-up (the office's or IT's PC)"
        ),
    )
    upgrade.add_argument("role", metavar="ROLE")
    password = actions.add_parser(
        "password",
        help=translate(
            "Staff", "set or reset a login's password (asked for, never on the command line)"
        ),
    )
    password.add_argument("role", metavar="ROLE")
    return parser


def run(args: argparse.Namespace, url: URL, out: TextIO | None = None) -> int:
    from attendance_desktop.db import engine as db_engine
    from attendance_desktop.db import migrate

    out = out or sys.stdout
    engine = db_engine.create_app_engine(url)
    try:
        migrate.upgrade(engine)
        with db_engine.plain_errors(url):
            return _run(engine, args, out)
    finally:
        engine.dispose()


def _run(engine: Any, args: argparse.Namespace, out: TextIO) -> int:
    from attendance_desktop import errors, staff

    action = args.staff_action
    if action == "sync":
        created, disabled = staff.sync(engine)
        made, switched_off = len(created), len(disabled)
        print(
            translate("Staff", "Logins created: {created}; disabled: {disabled}.").format(
                created=made, disabled=switched_off
            ),
            file=out,
        )
        for name in created:
            print(f"created\t{name}", file=out)
        for name in disabled:
            print(f"disabled\t{name}", file=out)
    elif action == "list":
        for login in staff.logins(engine):
            suffix = "" if login.can_log_in else "\t(disabled)"
            print(f"{login.role_name}\t{login.teacher_name}\t{login.kind}{suffix}", file=out)
    elif action == "grant-office":
        staff.grant_office(engine, args.role)
        print(
            translate("Staff", "{login} is now an office login.").format(login=args.role), file=out
        )
    elif action == "grant-upgrade":
        staff.grant_upgrade(engine, args.role)
        print(
            translate("Staff", "{login} may now upgrade the database when the app starts.").format(
                login=args.role
            ),
            file=out,
        )
    else:
        asked = translate("Staff", "New password for {login}: ").format(login=args.role)
        first = getpass.getpass(asked)
        if first != getpass.getpass(translate("Staff", "Type it again: ")):
            raise errors.KnownError(
                translate("Staff", "The two passwords differ; nothing was changed.")
            )
        staff.set_password(engine, args.role, first)
        print(translate("Staff", "Password of {login} set.").format(login=args.role), file=out)
    return 0
