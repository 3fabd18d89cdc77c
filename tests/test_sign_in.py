"""Signing in on a shared server as one's own login, signing out (by hand and when idle),
and the upgrade at start-up that only a permitted login makes while the others wait.

On the real PostgreSQL server, with a non-superuser owner role (as docs/deploy.md
sets one up) and a teacher's login mapped in ``staff_login``.  The test server
trusts 127.0.0.1, so a password there is not checked: the wrong-password test
runs its own small server that wants SCRAM passwords (``scram_server``).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from alembic.script import ScriptDirectory
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, create_engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from attendance_desktop import app as app_module
from attendance_desktop import errors, settings, sign_in, staff
from attendance_desktop.app import WAITING_FOR_UPGRADE, run_gui
from attendance_desktop.db import migrate
from attendance_desktop.db.engine import create_app_engine
from attendance_desktop.demo import load_demo_school
from attendance_desktop.rules import local_day, local_zone, system_clock
from attendance_desktop.ui.app_window import AppWindow
from attendance_desktop.ui.idle_sign_out import IdleWatcher
from attendance_desktop.ui.sign_in_dialog import SignInDialog
from tests.conftest import PG_ADMIN_URL, require_postgres
from tests.test_app import close_main_window_once_loaded, drive
from tests.test_settings_dialog import MemoryKeyring

SHOTS = Path("/tmp/helpers/shots")

#: What ``staff sync`` records for a login: whose it is.
MAP_LOGIN = text("INSERT INTO staff_login (role_name, teacher_id, kind) VALUES (:r, :t, 'teacher')")

# --- the Qt-free part --------------------------------------------------------------------------


def test_signed_in_words_and_the_login_in_the_url() -> None:
    person = sign_in.SignedIn("att_jsmith", "Ms J Smith", "teacher", 4)
    assert person.words == "Signed in as Ms J Smith (teacher)"
    url = make_url("postgresql+psycopg://shared:old@db.school/attendance?sslmode=verify-full")
    mine = sign_in.as_login(url, " att_jsmith ", "s3cret")
    assert (mine.username, mine.password, mine.host) == ("att_jsmith", "s3cret", "db.school")
    assert mine.query == {"sslmode": "verify-full"}
    assert sign_in.as_login(url, "att_jsmith", "").password is None


@pytest.mark.parametrize(
    ("server_says", "refused"),
    [
        ('password authentication failed for user "att_x"', True),
        ("fe_sendauth: no password supplied", True),
        ('role "att_x" is not permitted to log in', True),
        ('role "att_x" does not exist', True),
        ('database "attendance" does not exist', False),  # IT's problem, not the person's
        ("connection refused", False),
    ],
)
def test_a_refusal_is_told_from_a_server_out_of_reach(server_says: str, refused: bool) -> None:
    found = sign_in._refusal(Exception(server_says))
    assert (found is not None) == refused
    if found is not None:
        assert "att_x" not in str(found)  # plain words, the same for every login


# --- a school on the server, owned by a role that is not a superuser --------------------------


@dataclass
class School:
    owner_url: URL
    teacher_url: URL
    teacher_login: str
    teacher_id: int
    teacher_name: str


def _admin() -> object:
    return create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")


@pytest.fixture
def school() -> Iterator[School]:
    require_postgres()
    tag = uuid.uuid4().hex[:10]
    owner, login, database = f"att_owner_{tag}", f"att_t_{tag}", f"attendance_test_{tag}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{owner}" LOGIN CREATEROLE'))
        conn.execute(text(f'CREATE DATABASE "{database}" OWNER "{owner}"'))
    owner_url = make_url(PG_ADMIN_URL).set(database=database, username=owner)
    engine = create_app_engine(owner_url)
    try:
        migrate.upgrade(engine)
        with Session(engine) as session:
            load_demo_school(session, today=local_day(system_clock(), local_zone()))
            session.commit()
        with engine.begin() as conn:
            teacher_id, name = conn.execute(
                text(
                    "SELECT t.id, t.display_name FROM teacher t JOIN class_session cs "
                    "ON cs.teacher_id = t.id GROUP BY t.id ORDER BY count(*) DESC, t.id LIMIT 1"
                )
            ).one()
            conn.execute(text(f'CREATE ROLE "{login}" LOGIN IN ROLE {staff.TEACHER_GROUP}'))
            conn.execute(MAP_LOGIN, {"r": login, "t": teacher_id})
        engine.dispose()
        yield School(owner_url, owner_url.set(username=login), login, int(teacher_id), str(name))
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{owner}"'))
        admin.dispose()


def _revision(url: URL) -> str:
    engine = create_engine(url)
    with engine.connect() as conn:
        found = str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one())
    engine.dispose()
    return found


def _behind(school: School) -> None:
    """Put the school's schema one revision behind this version's head (for real)."""
    engine = create_app_engine(school.owner_url)
    try:
        head = migrate.head_revision()
        scripts = ScriptDirectory.from_config(migrate.alembic_config())
        previous = scripts.get_revision(head)
        assert previous is not None and isinstance(previous.down_revision, str)
        migrate.downgrade(engine, previous.down_revision)
    finally:
        engine.dispose()
    assert _revision(school.owner_url) != migrate.head_revision()


def _url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def _identify(url: URL) -> sign_in.SignedIn:
    engine = create_app_engine(url)
    try:
        return sign_in.identify(engine)
    finally:
        engine.dispose()


def test_identify_maps_the_login_to_its_teacher_and_refuses_a_stranger(school: School) -> None:
    person = _identify(school.teacher_url)
    assert (person.login, person.teacher_id, person.kind) == (
        school.teacher_login,
        school.teacher_id,
        "teacher",
    )
    assert _identify(school.owner_url).kind == "owner"
    stranger = f"att_stranger_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{stranger}" LOGIN'))
    try:
        with pytest.raises(sign_in.SignInRefused, match="not one of this school's staff"):
            _identify(school.owner_url.set(username=stranger))
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP ROLE "{stranger}"'))
        admin.dispose()


# --- signing in and out through the app --------------------------------------------------------


def _fill_sign_in(login: str, password: str = "any") -> Callable[[QWidget], bool]:
    def step(widget: QWidget) -> bool:
        if not isinstance(widget, SignInDialog) or not widget.sign_in_button.isEnabled():
            return False
        widget.login_edit.setText(login)
        widget.password_edit.setText(password)
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / "sign_in_dialog.png"))
        widget.sign_in_button.click()
        return True

    return step


def _sign_out_by_button(widget: QWidget) -> bool:
    if not isinstance(widget, AppWindow) or widget.main_window is None:
        return False
    window = widget.main_window
    if window.operations.pending:
        return False
    found = window.findChild(QWidget, "signOutButton")
    label = window.findChild(QWidget, "signedInLabel")
    drive.title = widget.windowTitle()  # type: ignore[attr-defined]
    drive.label = label.text() if label is not None else ""  # type: ignore[attr-defined]
    drive.teacher = window.teacher_id  # type: ignore[attr-defined]
    drive.change_teacher = window.teacher_action.isVisible()  # type: ignore[attr-defined]
    menus = [m.menu() for m in window.menuBar().actions() if m.menu() is not None]
    drive.menu = [a.text() for menu in menus for a in menu.actions()]  # type: ignore[attr-defined]
    assert found is not None
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / "signed_in_window.png"))
    found.click()  # type: ignore[attr-defined]
    return True


def _quit_sign_in(widget: QWidget) -> bool:
    if isinstance(widget, SignInDialog) and widget.isVisible():
        drive.after = widget.login_edit.text()  # type: ignore[attr-defined]
        widget.quit_button.click()
        return True
    return False


def test_a_teacher_signs_in_sees_who_and_signs_out_back_to_the_dialog(
    qapp: QApplication, school: School
) -> None:
    # A login the server does not know: the app cannot sign in by itself, so it asks.
    nobody = school.teacher_url.set(username=f"nobody_{uuid.uuid4().hex[:8]}")
    seen = drive([_fill_sign_in(school.teacher_login), _sign_out_by_button, _quit_sign_in])
    status = run_gui(database=_url_text(nobody), demo=False, verbose=False)
    assert status == 0
    assert seen.count("SignInDialog") >= 1 and "AppWindow" in seen
    words = f"Signed in as {school.teacher_name} (teacher)"
    assert words in drive.title  # type: ignore[attr-defined]
    assert drive.label == words  # type: ignore[attr-defined]
    assert drive.teacher == school.teacher_id  # type: ignore[attr-defined]
    assert drive.change_teacher is False  # type: ignore[attr-defined]
    assert "Sign &out" in drive.menu  # type: ignore[attr-defined]
    assert drive.after == ""  # type: ignore[attr-defined]  # the next person starts afresh
    assert "TeacherPickerDialog" not in seen
    assert settings.load().database.user == ""  # nothing remembered without the tick


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def _server_settings(url: URL, user: str) -> None:
    stored = settings.Settings()
    stored.database = settings.DatabaseSettings(
        kind="postgresql",
        host=url.host or "",
        port=url.port or 5432,
        database=url.database or "",
        user=user,
        sslmode="disable",  # the test server has no TLS
    )
    settings.save(stored)


def test_remember_on_this_pc_keeps_the_password_in_the_keyring_only(
    qapp: QApplication, school: School, memory_keyring: MemoryKeyring
) -> None:
    _server_settings(school.teacher_url, user=f"nobody_{uuid.uuid4().hex[:8]}")

    def sign_in_remembering(widget: QWidget) -> bool:
        if not isinstance(widget, SignInDialog) or not widget.sign_in_button.isEnabled():
            return False
        widget.login_edit.setText(school.teacher_login)
        widget.password_edit.setText("Kept-In-Keyring-1")
        widget.remember_box.setChecked(True)
        widget.sign_in_button.click()
        return True

    seen = drive([sign_in_remembering, close_main_window_once_loaded])
    assert run_gui(database=None, demo=False, verbose=False) == 0
    assert "SignInDialog" in seen
    account = settings.keyring_account(
        settings.DatabaseSettings(
            host="127.0.0.1",
            port=school.teacher_url.port or 5432,
            database=school.teacher_url.database or "",
            user=school.teacher_login,
        )
    )
    assert memory_keyring.passwords == {(settings.KEYRING_SERVICE, account): "Kept-In-Keyring-1"}
    assert "Kept-In-Keyring-1" not in settings.settings_path().read_text(encoding="utf-8")
    assert settings.load().database.user == school.teacher_login
    # Next start: signed in by itself, with the remembered password.
    seen = drive([close_main_window_once_loaded])
    assert run_gui(database=None, demo=False, verbose=False) == 0
    assert "SignInDialog" not in seen
    assert f"Signed in as {school.teacher_name}" in drive.title  # type: ignore[attr-defined]
    # Signing in once without the tick forgets it.
    seen = drive([_fill_sign_in(school.teacher_login), close_main_window_once_loaded])
    nobody = school.teacher_url.set(username=f"nobody_{uuid.uuid4().hex[:8]}")
    assert run_gui(database=_url_text(nobody), demo=False, verbose=False) == 0
    assert memory_keyring.passwords == {}


def test_the_operating_systems_login_signs_in_without_a_dialog(
    qapp: QApplication, school: School
) -> None:
    seen = drive([close_main_window_once_loaded])
    assert run_gui(database=_url_text(school.teacher_url), demo=False, verbose=False) == 0
    assert "SignInDialog" not in seen and "TeacherPickerDialog" not in seen
    assert f"Signed in as {school.teacher_name}" in drive.title  # type: ignore[attr-defined]


def test_idle_signs_out_to_the_dialog(qapp: QApplication, school: School) -> None:
    stored = settings.Settings()
    stored.idle_sign_out_minutes = 0.01  # 600 ms: nobody touches the offscreen PC
    settings.save(stored)
    opened: list[bool] = []

    def register_open(widget: QWidget) -> bool:
        if isinstance(widget, AppWindow) and widget.main_window is not None:
            opened.append(True)
            return True
        return False

    seen = drive([register_open, _quit_sign_in])
    assert run_gui(database=_url_text(school.teacher_url), demo=False, verbose=False) == 0
    assert opened and "SignInDialog" in seen


def test_an_activity_event_restarts_the_idle_wait(qapp: QApplication, qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    watcher = IdleWatcher(1.0)
    try:
        qtbot.wait(60)
        before = watcher._timer.remainingTime()
        QApplication.sendEvent(field, QEvent(QEvent.Type.User))  # not someone at the PC
        assert watcher._timer.remainingTime() <= before
        QApplication.sendEvent(
            field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
        )
        assert watcher._timer.remainingTime() > before
    finally:
        watcher.stop()


# --- the upgrade at start-up -------------------------------------------------------------------


def test_a_teacher_may_not_upgrade_and_nothing_changes(school: School) -> None:
    _behind(school)
    behind = _revision(school.owner_url)
    engine = create_app_engine(school.teacher_url)
    try:
        assert not sign_in.engine_may_upgrade(engine)
        with pytest.raises(migrate.UpgradeNotAllowed):
            migrate.upgrade(engine)
    finally:
        engine.dispose()
    assert _revision(school.owner_url) == behind


def test_a_teachers_pc_waits_for_the_upgrade_then_goes_on(
    qapp: QApplication, school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "UPGRADE_POLL_SECONDS", 0.2)
    _behind(school)
    waited: list[str] = []

    def upgrade_while_it_waits(widget: QWidget) -> bool:
        if not isinstance(widget, AppWindow) or widget.message.text() != WAITING_FOR_UPGRADE:
            return False
        waited.append(widget.message.text())
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / "waiting_for_upgrade.png"))
        owner = create_app_engine(school.owner_url)  # the office's PC, or `db upgrade`
        try:
            migrate.upgrade(owner)
        finally:
            owner.dispose()
        return True

    seen = drive([upgrade_while_it_waits, close_main_window_once_loaded])
    assert run_gui(database=_url_text(school.teacher_url), demo=False, verbose=False) == 0
    assert waited, "the teacher's PC did not say it was waiting"
    assert "QMessageBox" not in seen  # no error on the way
    assert f"Signed in as {school.teacher_name}" in drive.title  # type: ignore[attr-defined]
    assert _revision(school.owner_url) == migrate.head_revision()


def test_an_upgrade_login_upgrades_as_the_owner_and_has_no_owner_rights_otherwise(
    qapp: QApplication, school: School
) -> None:
    owner = create_app_engine(school.owner_url)
    try:
        staff.grant_upgrade(owner, school.teacher_login)
        staff.grant_upgrade(owner, school.teacher_login)  # again: nothing new, no error
    finally:
        owner.dispose()
    _behind(school)
    seen = drive([close_main_window_once_loaded])
    assert run_gui(database=_url_text(school.teacher_url), demo=False, verbose=False) == 0
    assert "QMessageBox" not in seen
    assert _revision(school.owner_url) == migrate.head_revision()
    engine = create_engine(school.teacher_url)
    try:
        with engine.connect() as conn:
            owners = set(
                conn.execute(
                    text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
                ).scalars()
            )
            assert owners == {school.owner_url.username}  # the tables kept their owner
            with pytest.raises(sa_exc.ProgrammingError, match="must be owner"):
                conn.execute(text("DROP TABLE attendance_change"))
            conn.rollback()
            # The negative control: as the owner (what the upgrade switches to) it could.
            conn.execute(text(f'SET ROLE "{school.owner_url.username}"'))
            conn.execute(text("DROP TABLE attendance_change CASCADE"))
            conn.rollback()  # transactional DDL: nothing was dropped
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_grant_upgrade_refuses_a_database_owned_by_a_superuser(engine: Engine) -> None:
    with pytest.raises(errors.KnownError, match="superuser"):
        staff.grant_upgrade(engine, "postgres")


# --- a wrong password, on a server that checks passwords --------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def scram_server() -> Iterator[URL]:
    """A throwaway PostgreSQL server on 127.0.0.1 that wants SCRAM passwords."""
    require_postgres()
    binaries = Path("/usr/lib/postgresql/15/bin")
    if not (binaries / "initdb").exists() or shutil.which("runuser") is None:
        pytest.skip("no PostgreSQL server binaries to start a password-checking server")
    # Not under pytest's own folder: that is private to root, and the server runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="attendance-scram-"))
    data = folder / "data"
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    os.chmod(folder, 0o777)
    password_file = folder / "pw"
    password_file.write_text("owner-secret\n")
    os.chmod(password_file, 0o644)
    subprocess.run(
        [*as_postgres, str(binaries / "initdb"), "-D", str(data), "-U", "postgres",
         "--auth=scram-sha-256", f"--pwfile={password_file}"],
        check=True, capture_output=True,
    )  # fmt: skip
    port = _free_port()
    subprocess.run(
        [*as_postgres, str(binaries / "pg_ctl"), "-D", str(data), "-w", "-l",
         str(folder / "log"), "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1",
         "start"],
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        yield URL.create(
            "postgresql+psycopg",
            username="postgres",
            password="owner-secret",
            host="127.0.0.1",
            port=port,
            database="postgres",
        )
    finally:
        subprocess.run(
            [*as_postgres, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


def test_a_wrong_password_is_plain_words_and_the_right_one_signs_in(scram_server: URL) -> None:
    with pytest.raises(sign_in.SignInRefused) as refused:
        sign_in.open_as(sign_in.as_login(scram_server, "postgres", "wrong"))
    assert str(refused.value).startswith("The login name or password is not right.")
    assert "Traceback" not in str(refused.value)
    with pytest.raises(sign_in.SignInRefused, match="wants a password"):
        sign_in.open_as(sign_in.as_login(scram_server, "postgres", ""))
    engine = sign_in.open_as(scram_server)  # the right one
    engine.dispose()


def test_the_dialog_says_a_wrong_password_and_stays(
    qapp: QApplication, qtbot: QtBot, scram_server: URL
) -> None:
    from attendance_desktop.db.work import Database
    from attendance_desktop.ui.operations import Operations

    operations = Operations(Database(create_app_engine(scram_server)))

    def attempt(login: str, password: str, remember: bool) -> object:
        return sign_in.open_as(sign_in.as_login(scram_server, login, password))

    dialog = SignInDialog(
        None, server="127.0.0.1", attempt=attempt, run_free=operations.run_free, login="postgres"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password_edit.setText("wrong")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=10_000)
    assert dialog.isVisible() and dialog.signed_in is None
    assert dialog.error_label.text().startswith("The login name or password is not right.")
    assert dialog.password_edit.text() == ""
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "sign_in_wrong_password.png"))
    dialog.password_edit.setText("owner-secret")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=10_000)
    dialog.signed_in.dispose()  # type: ignore[attr-defined]
    operations.wait_for_done()
    operations.engine.dispose()


def test_staff_grant_upgrade_on_the_command_line(school: School) -> None:
    import argparse
    import io

    from attendance_desktop import staff_cli

    teacher = create_app_engine(school.teacher_url)
    try:
        assert not sign_in.engine_may_upgrade(teacher)  # the control: not before
        out = io.StringIO()
        args = argparse.Namespace(staff_action="grant-upgrade", role=school.teacher_login)
        assert staff_cli.run(args, school.owner_url, out) == 0
        assert f"{school.teacher_login} may now upgrade" in out.getvalue()
        assert sign_in.engine_may_upgrade(teacher)
    finally:
        teacher.dispose()
