"""Server logins for the staff, one per person (PostgreSQL only; no Qt).

``sync`` makes one login role per active teacher of the roster, a member of
the ``attendance_teacher`` group (migration 0008), with a stable name derived
from the roster's id or e-mail (``att_`` + letters, digits and ``_``), and
records it in ``staff_login``; a teacher who left has their login disabled
(NOLOGIN), never dropped (their history names them).  ``grant_office`` moves a
login to the ``attendance_office`` group.  ``grant_upgrade`` makes a login an
upgrade login (the office's or IT's PC upgrades the schema at start-up): a
member of ``attendance_upgrade``, a group holding the owner role without
inheriting it (NOINHERIT): the app acts as the owner only while an upgrade
switches to it (``SET ROLE``, ``db/migrate.py``), but the person at that login
can ``SET ROLE`` to the owner from psql too, so an upgrade login is IT's or the
office's, never a teacher's (docs/deploy.md says so).  ``set_password`` stores a password
as a SCRAM-SHA-256 verifier computed here (libpq's ``PQencryptPasswordConn``):
the password itself never reaches the server, its logs or a command line.

Identifiers are quoted by the server (``format('%I')``); every value is a
bound parameter.  Run by IT as the database owner.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.orm import Session

from attendance_desktop import errors
from attendance_desktop.db.models import StaffLogin, Teacher
from attendance_desktop.i18n import translate

TEACHER_GROUP = "attendance_teacher"
OFFICE_GROUP = "attendance_office"
PREFIX = "att_"
MAX_NAME = 63  # PostgreSQL's limit for a role name


@dataclass(frozen=True)
class Login:
    role_name: str
    teacher_name: str
    kind: str
    can_log_in: bool


def role_name_for(teacher: Teacher) -> str:
    """A stable login name: from the roster id, else the e-mail, else the teacher's id."""
    source = teacher.source_id or (teacher.email or "").split("@")[0] or f"teacher{teacher.id}"
    ascii_text = unicodedata.normalize("NFKD", source).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^a-z0-9_]+", "_", ascii_text.lower()).strip("_") or f"t{teacher.id}"
    return (PREFIX + cleaned)[:MAX_NAME]


def _require_server(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise errors.KnownError(
            translate("Staff", "Staff logins exist only on a shared PostgreSQL server."),
            hint=translate("Staff", "On a single PC (SQLite) the teacher picker is the way in."),
        )


def _execute_formatted(conn: Connection, template: str, *values: str) -> None:
    """Run a statement whose identifiers the server quotes: ``format(template, values)``."""
    params = {f"v{n}": value for n, value in enumerate(values)}
    placeholders = ", ".join(f"CAST(:v{n} AS text)" for n in range(len(values)))
    statement = conn.execute(
        text(f"SELECT format(CAST(:template AS text), {placeholders})"),
        {"template": template, **params},
    ).scalar_one()
    conn.exec_driver_sql(statement)


def sync(engine: Engine) -> tuple[list[str], list[str]]:
    """Create or update a login per active teacher; disable the logins of those who left.

    Returns (created, disabled) role names.  Safe to run again: it changes nothing
    when nothing changed."""
    _require_server(engine)
    created: list[str] = []
    disabled: list[str] = []
    with engine.begin() as conn, Session(bind=conn) as session:
        existing_roles = set(conn.execute(text("SELECT rolname FROM pg_roles")).scalars())
        known = {login.teacher_id: login for login in session.scalars(select(StaffLogin))}
        taken = {login.role_name for login in known.values()}
        for teacher in session.scalars(select(Teacher).order_by(Teacher.id)):
            login = known.get(teacher.id)
            if not teacher.active:
                if login is not None and login.role_name in existing_roles:
                    _execute_formatted(conn, "ALTER ROLE %I NOLOGIN", login.role_name)
                    disabled.append(login.role_name)
                continue
            if login is None:
                name = role_name_for(teacher)
                while name in taken:
                    name = f"{name[: MAX_NAME - 3]}_{teacher.id % 100:02d}"
                taken.add(name)
                login = StaffLogin(role_name=name, teacher_id=teacher.id, kind="teacher")
                session.add(login)
            if login.role_name not in existing_roles:
                _execute_formatted(
                    conn, "CREATE ROLE %I LOGIN IN ROLE %I", login.role_name, _group(login.kind)
                )
                created.append(login.role_name)
            else:
                _execute_formatted(conn, "ALTER ROLE %I LOGIN", login.role_name)
        session.flush()
        # The guide has IT revoke CONNECT from PUBLIC: the staff groups get it here, so a
        # new login can sign in without a hand-made grant.
        database = conn.execute(text("SELECT current_database()")).scalar_one()
        _execute_formatted(
            conn, "GRANT CONNECT ON DATABASE %I TO %I, %I", database, TEACHER_GROUP, OFFICE_GROUP
        )
    return created, disabled


def _group(kind: str) -> str:
    return OFFICE_GROUP if kind == "office" else TEACHER_GROUP


def grant_office(engine: Engine, role_name: str) -> None:
    """Make ``role_name`` an office login: every register, the roster, codes, settings."""
    _require_server(engine)
    with engine.begin() as conn, Session(bind=conn) as session:
        login = session.get(StaffLogin, role_name)
        if login is None:
            raise errors.KnownError(
                translate("Staff", "There is no staff login \u201c{login}\u201d.").format(
                    login=role_name
                ),
                hint=translate("Staff", "Run `attendance-desktop staff list` to see them."),
            )
        login.kind = "office"
        session.flush()
        _execute_formatted(conn, "GRANT %I TO %I", OFFICE_GROUP, role_name)
        _execute_formatted(conn, "REVOKE %I FROM %I", TEACHER_GROUP, role_name)


def grant_upgrade(engine: Engine, role_name: str) -> None:
    """Let ``role_name`` upgrade the schema (through ``attendance_upgrade``, made if missing)."""
    from attendance_desktop.sign_in import UPGRADE_GROUP, schema_owner

    _require_server(engine)
    with engine.begin() as conn:
        roles: dict[str, bool] = {
            str(name): bool(superuser)
            for name, superuser in conn.execute(text("SELECT rolname, rolsuper FROM pg_roles"))
        }
        if role_name not in roles:
            raise errors.KnownError(
                translate("Staff", "There is no login \u201c{login}\u201d on this server.").format(
                    login=role_name
                ),
                hint=translate(
                    "Staff", "Run `attendance-desktop staff list` to see the staff logins."
                ),
            )
        owner = schema_owner(conn)
        if roles.get(owner):
            raise errors.KnownError(
                translate(
                    "Staff",
                    "The database is owned by the superuser \u201c{owner}\u201d; an upgrade "
                    "login would get a superuser's powers.",
                ).format(owner=owner),
                hint=translate(
                    "Staff",
                    "Give the database and its tables to an owner role that is not a "
                    "superuser first (docs/deploy.md).",
                ),
            )
        if UPGRADE_GROUP not in roles:
            _execute_formatted(conn, "CREATE ROLE %I NOLOGIN NOINHERIT", UPGRADE_GROUP)
        else:
            _execute_formatted(conn, "ALTER ROLE %I NOLOGIN NOINHERIT", UPGRADE_GROUP)
        _execute_formatted(conn, "GRANT %I TO %I", owner, UPGRADE_GROUP)
        _execute_formatted(conn, "GRANT %I TO %I", UPGRADE_GROUP, role_name)


def set_password(engine: Engine, role_name: str, password: str) -> None:
    """Store ``password`` for ``role_name`` as a SCRAM verifier made on this PC."""
    _require_server(engine)
    if not password:
        raise errors.KnownError(
            translate("Staff", "The password is empty."),
            hint=translate("Staff", "Type a password."),
        )
    with engine.begin() as conn:
        if (
            conn.execute(
                select(StaffLogin.role_name).where(StaffLogin.role_name == role_name)
            ).first()
            is None
        ):
            raise errors.KnownError(
                translate("Staff", "There is no staff login \u201c{login}\u201d.").format(
                    login=role_name
                ),
                hint=translate("Staff", "Run `attendance-desktop staff list` to see them."),
            )
        raw = conn.connection.dbapi_connection
        assert raw is not None
        verifier = raw.pgconn.encrypt_password(
            password.encode(), role_name.encode(), b"scram-sha-256"
        ).decode()
        _execute_formatted(conn, "ALTER ROLE %I PASSWORD %L", role_name, verifier)


def logins(engine: Engine) -> list[Login]:
    """Every staff login, by name."""
    _require_server(engine)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT sl.role_name, t.display_name, sl.kind, COALESCE(r.rolcanlogin, false) "
                "FROM staff_login sl JOIN teacher t ON t.id = sl.teacher_id "
                "LEFT JOIN pg_roles r ON r.rolname = sl.role_name ORDER BY sl.role_name"
            )
        ).all()
    return [Login(r[0], r[1], r[2], bool(r[3])) for r in rows]
