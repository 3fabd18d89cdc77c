"""Who is at this PC: signing in to a shared server as one's own login (no Qt).

On a PostgreSQL server every member of staff has a login of their own
(``attendance-desktop staff sync``, migration 0008); the app connects as that
login, so the database itself decides what the person may change.  ``open_as``
connects with a login name and password (or none: the server may know the
person from the operating system, through peer, GSSAPI/Kerberos or SSPI) and
tells a refusal (wrong password, unknown or disabled login) from a server that
cannot be reached; ``identify`` finds whom the login belongs to in
``staff_login``.

Schema upgrades are for the database's owner and for logins IT made members of
the ``attendance_upgrade`` group (``staff grant-upgrade``): the group holds the
owner role without inheriting it, so the app uses the owner's rights only while
``db/migrate.py`` has switched to it with ``SET ROLE`` for an upgrade (a person at
that login could ``SET ROLE`` in psql as well: upgrade logins are IT's).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from attendance_desktop import errors
from attendance_desktop.db.engine import create_app_engine, is_sqlite, plain_errors
from attendance_desktop.i18n import QT_TRANSLATE_NOOP, translate

#: The group whose members may upgrade the schema (as the owner, through SET ROLE).
UPGRADE_GROUP = "attendance_upgrade"

#: What each kind of login is called after "Signed in as ... (".
KIND_WORDS = {
    "teacher": QT_TRANSLATE_NOOP("SignIn", "teacher"),
    "office": QT_TRANSLATE_NOOP("SignIn", "office"),
    "owner": QT_TRANSLATE_NOOP("SignIn", "database owner"),
}


class SignInRefused(errors.KnownError):
    """The server refused this login name or password: ask the person again."""


@dataclass(frozen=True)
class SignedIn:
    """The person a server login belongs to."""

    #: The server login (``session_user``).
    login: str
    display_name: str
    #: "teacher", "office" or "owner" (IT: the owner or an upgrade login outside the staff).
    kind: str
    #: The teacher the login maps to in ``staff_login``; None for an owner login.
    teacher_id: int | None

    @property
    def words(self) -> str:
        """ "Signed in as Ms Smith (teacher)"."""
        kind = translate("SignIn", KIND_WORDS[self.kind]) if self.kind in KIND_WORDS else self.kind
        return translate("SignIn", "Signed in as {name} ({kind})").format(
            name=self.display_name, kind=kind
        )


def as_login(url: URL, login: str, password: str | None) -> URL:
    """``url`` with its user replaced by ``login`` (its password by ``password``)."""
    # URL.set() cannot take a password away (None there means "unchanged").
    return URL.create(
        url.drivername,
        username=login.strip() or None,
        password=password or None,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )


#: Server messages that mean "not this name or password" (the person can fix it).
_REFUSALS = (
    (
        "password authentication failed",
        QT_TRANSLATE_NOOP("SignIn", "The login name or password is not right."),
    ),
    ("no password supplied", QT_TRANSLATE_NOOP("SignIn", "This server wants a password.")),
    ("is not permitted to log in", QT_TRANSLATE_NOOP("SignIn", "This login is switched off.")),
    (
        "peer authentication failed",
        QT_TRANSLATE_NOOP("SignIn", "The login name is not this computer's user."),
    ),
    (
        "gssapi",
        QT_TRANSLATE_NOOP(
            "SignIn", "The server did not accept this computer's Windows or Kerberos sign-in."
        ),
    ),
    (
        "sspi",
        QT_TRANSLATE_NOOP("SignIn", "The server did not accept this computer's Windows sign-in."),
    ),
    (
        "ident authentication failed",
        QT_TRANSLATE_NOOP("SignIn", "The login name is not this computer's user."),
    ),
    ("does not exist", QT_TRANSLATE_NOOP("SignIn", "There is no such login on the server.")),
    (
        "no pg_hba.conf entry",
        QT_TRANSLATE_NOOP("SignIn", "The server does not let this login in from this computer."),
    ),
    (
        "pg_hba.conf rejects",
        QT_TRANSLATE_NOOP("SignIn", "The server does not let this login in from this computer."),
    ),
)


def _refusal(exc: BaseException) -> SignInRefused | None:
    original = getattr(exc, "orig", None) or exc
    lowered = str(original).lower()
    if "database" in lowered and "does not exist" in lowered:
        return None  # the database is missing, not the login: for IT, not the person
    for words, message in _REFUSALS:
        if words in lowered:
            return SignInRefused(
                translate("SignIn", message),
                hint=translate(
                    "SignIn",
                    "Check the login name and password and try again (passwords are "
                    "case-sensitive). Forgotten it? Ask IT to reset it.",
                ),
            )
    return None


def open_as(url: URL) -> Engine:
    """An engine on ``url`` whose server has accepted the login (one connection made).

    Raises ``SignInRefused`` when the server refused the name or password, and
    ``KnownError`` when it cannot be reached."""
    engine = create_app_engine(url)
    try:
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
                connection.rollback()
        except (sa_exc.OperationalError, sa_exc.InterfaceError) as exc:
            refused = _refusal(exc)
            if refused is not None:
                raise refused from None  # the driver's text may quote the login: enough said
            with plain_errors(url):
                raise
    except BaseException:
        engine.dispose()
        raise
    return engine


_OWNER = (
    "SELECT COALESCE("
    "(SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
    "AND tablename = 'alembic_version'), "
    "(SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()))"
)


def schema_owner(connection: Connection) -> str:
    """The role that owns the schema (that of ``alembic_version``; else the database's)."""
    return str(connection.execute(text(_OWNER)).scalar_one())


def may_upgrade(connection: Connection) -> bool:
    """Whether this login may upgrade the schema: a superuser, the owner, or a member of
    the owner role (directly or through ``attendance_upgrade``).  Always on SQLite."""
    if connection.dialect.name != "postgresql":
        return True
    owner = schema_owner(connection)
    allowed = connection.execute(
        text(
            "SELECT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)"
            " OR pg_has_role(session_user, CAST(:owner AS name), 'MEMBER')"
        ),
        {"owner": owner},
    ).scalar_one()
    return bool(allowed)


def engine_may_upgrade(engine: Engine) -> bool:
    if is_sqlite(engine):
        return True
    with plain_errors(engine.url), engine.connect() as connection:
        allowed = may_upgrade(connection)
        connection.rollback()
    return allowed


def identify(engine: Engine) -> SignedIn:
    """Whom the signed-in login belongs to (PostgreSQL).

    A login that is neither a member of staff (``staff_login``) nor allowed to
    upgrade (IT) is refused in plain words.  Before migration 0008 made the
    table, every login that got in is taken at its word."""
    with plain_errors(engine.url), engine.connect() as connection:
        login = str(connection.execute(text("SELECT session_user")).scalar_one())
        # A login outside the staff groups may not even read the table: not staff either.
        readable = connection.execute(
            text(
                "SELECT to_regclass('staff_login') IS NOT NULL "
                "AND has_table_privilege('staff_login', 'SELECT')"
            )
        )
        row = None
        if readable.scalar_one():
            row = connection.execute(
                text(
                    "SELECT t.id, t.display_name, sl.kind FROM staff_login sl "
                    "JOIN teacher t ON t.id = sl.teacher_id WHERE sl.role_name = session_user"
                )
            ).first()
        upgrader = may_upgrade(connection)
        connection.rollback()
    if row is not None:
        return SignedIn(login, str(row[1]), str(row[2]), int(row[0]))
    if upgrader:
        return SignedIn(login, login, "owner", None)
    raise SignInRefused(
        translate(
            "SignIn", "The login \u201c{login}\u201d is not one of this school's staff logins."
        ).format(login=login),
        hint=translate(
            "SignIn", "Ask IT to run `attendance-desktop staff sync` after importing the roster."
        ),
    )
