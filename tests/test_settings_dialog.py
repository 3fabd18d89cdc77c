"""The settings dialog: the password to the keyring only, connection tests off the UI thread,
codes and school settings saved to the database through Operations."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from attendance_desktop import errors, school, settings
from attendance_desktop.db.engine import create_app_engine, sqlite_url
from attendance_desktop.db.migrate import upgrade
from attendance_desktop.db.models import AttendanceCode, SchoolSetting
from attendance_desktop.db.work import Database
from attendance_desktop.school import CodeRow
from attendance_desktop.settings import DatabaseSettings, Settings
from attendance_desktop.ui.codes_model import CodesModel
from attendance_desktop.ui.operations import Operations
from attendance_desktop.ui.settings_dialog import SettingsDialog


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def operations(engine: Engine, qapp: QApplication) -> Iterator[Operations]:
    ops = Operations(Database(engine))
    yield ops
    ops.wait_for_done()


@pytest.fixture
def operations_here(tmp_path: Path, qapp: QApplication) -> Iterator[Operations]:
    """The database this PC uses (SQLite) while the form describes another to test."""
    engine = create_app_engine(sqlite_url(tmp_path / "here.sqlite3"))
    upgrade(engine)
    ops = Operations(Database(engine))
    yield ops
    ops.wait_for_done()
    engine.dispose()


def make_dialog(
    qtbot: QtBot, operations: Operations | None = None, value: Settings | None = None
) -> SettingsDialog:
    dialog = SettingsDialog(None, operations, value or Settings())
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    if operations is not None:
        qtbot.waitUntil(dialog.shared_settings_loaded)
    return dialog


def click_save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_server(
    qtbot: QtBot,
    dialog: SettingsDialog,
    *,
    host: str = "127.0.0.1",
    port: int = 5432,
    database: str = "attendance",
    user: str = "postgres",
    password: str = "",
    sslmode: str | None = None,
) -> None:
    dialog.database_page.server_radio.click()
    if sslmode is not None:
        combo = dialog.database_page.ssl_combo
        combo.setCurrentIndex(combo.findData(sslmode))
    for edit, text in (
        (dialog.database_page.host_edit, host),
        (dialog.database_page.database_edit, database),
        (dialog.database_page.user_edit, user),
        (dialog.database_page.password_edit, password),
    ):
        edit.clear()
        if text:
            qtbot.keyClicks(edit, text)
    dialog.database_page.port_spin.setValue(port)


# --- the password ---------------------------------------------------------------------------


def test_password_goes_to_the_keyring_and_never_to_the_settings_file(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog(qtbot)
    fill_server(qtbot, dialog, host="db.school.local", user="register", password="s3cret-Pa55")
    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)

    new = dialog.accepted_settings()
    settings.save(new)
    text = settings.settings_path().read_text(encoding="utf-8")
    assert "s3cret-Pa55" not in text
    assert json.loads(text)["database"] == {
        "kind": "postgresql",
        "sqlite_path": "",
        "host": "db.school.local",
        "port": 5432,
        "database": "attendance",
        "user": "register",
        # A new server set-up checks the certificate and the server's name.
        "sslmode": "verify-full",
        "sslrootcert": "",
    }
    account = settings.keyring_account(new.database)
    assert memory_keyring.passwords == {(settings.KEYRING_SERVICE, account): "s3cret-Pa55"}
    assert settings.password_for(settings.load().database) == "s3cret-Pa55"
    assert dialog.database_changed()


def test_an_empty_password_keeps_the_saved_one(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    db = DatabaseSettings(kind="postgresql", host="db", user="register", database="attendance")
    settings.store_password(db, "kept")
    dialog = make_dialog(qtbot, value=Settings(database=db))
    assert dialog.database_page.password_edit.placeholderText() == "Saved in the system keyring"
    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)
    assert settings.password_for(db) == "kept"
    assert not dialog.database_changed()


def test_no_keyring_means_no_password_saved_anywhere(qtbot: QtBot) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = make_dialog(qtbot)
        fill_server(qtbot, dialog, host="db", user="register", password="hunter2")
        click_save(qtbot, dialog)
        assert dialog.isVisible(), "the dialog stays open to explain"
        assert "keyring" in dialog.problem_label.text()
        assert "hunter2" not in json.dumps(dialog.accepted_settings().__dict__, default=str)
    finally:
        keyring.set_keyring(previous)


# --- checking the database fields -----------------------------------------------------------


def test_missing_server_name_is_explained_and_nothing_closes(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.tabs.setCurrentIndex(2)
    fill_server(qtbot, dialog, host="")
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 0
    assert "server's name" in dialog.problem_label.text()


def test_port_outside_the_range_cannot_be_entered(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    fill_server(qtbot, dialog)
    dialog.database_page.port_spin.setValue(70000)
    assert dialog.database_page.port_spin.value() == 65535
    dialog.database_page.port_spin.setValue(0)
    assert dialog.database_page.port_spin.value() == 1


def test_database_file_in_a_missing_folder_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot)
    dialog.database_page.file_radio.click()
    qtbot.keyClicks(
        dialog.database_page.path_edit, str(tmp_path / "no-such-folder" / "school.sqlite3")
    )
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert "does not exist" in dialog.problem_label.text()


def test_restart_is_mentioned(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert "next time" in dialog.database_page.restart_note.text()
    assert not dialog.database_changed()
    fill_server(qtbot, dialog)
    assert dialog.database_changed()


# --- TLS and language -----------------------------------------------------------------------


def test_a_new_server_checks_its_certificate_and_the_ca_file_is_saved(
    qtbot: QtBot, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot)  # a new PC: its settings were for a file
    page = dialog.database_page
    fill_server(qtbot, dialog, host="db.school.local", user="register")
    assert page.ssl_combo.currentData() == settings.NEW_SERVER_SSLMODE
    assert [page.ssl_combo.itemData(i) for i in range(page.ssl_combo.count())] == list(
        settings.SSL_MODES
    )
    # A CA file that is not there is refused in plain words, and nothing closes.
    missing = tmp_path / "school-ca.pem"
    qtbot.keyClicks(page.ca_edit, str(missing))
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.problem_label.text().startswith(
        f"The CA certificate file {missing} does not exist."
    )
    missing.write_text("-----BEGIN CERTIFICATE-----\n")
    page.ssl_combo.setCurrentIndex(page.ssl_combo.findData("verify-ca"))
    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)
    new = dialog.accepted_settings()
    assert (new.database.sslmode, new.database.sslrootcert) == ("verify-ca", str(missing))
    settings.save(new)
    loaded = settings.load().database
    assert (loaded.sslmode, loaded.sslrootcert) == ("verify-ca", str(missing))
    url = settings.load().database_url()
    assert url is not None and dict(url.query) == {
        "sslmode": "verify-ca",
        "sslrootcert": str(missing),
    }


def test_a_server_already_set_up_keeps_its_tls_mode_and_a_weak_one_is_flagged(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    db = DatabaseSettings(kind="postgresql", host="db", user="register", sslmode="prefer")
    dialog = make_dialog(qtbot, value=Settings(database=db))
    page = dialog.database_page
    assert page.ssl_combo.currentData() == "prefer"
    assert "pretend to be the server" in page.ssl_note.text()
    assert not dialog.database_changed()
    page.ssl_combo.setCurrentIndex(page.ssl_combo.findData("verify-full"))
    assert page.ssl_note.text().startswith("Recommended")
    assert dialog.database_changed(), "another TLS mode is another connection"
    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)
    assert dialog.accepted_settings().database.sslmode == "verify-full"


def test_a_file_database_keeps_its_settings_whatever_the_tls_list_shows(qtbot: QtBot) -> None:
    """A settings file from before TLS (sslmode "prefer") on a PC with a database file:
    opening and saving Settings changes nothing, so the app asks for no restart."""
    db = DatabaseSettings(kind="sqlite", sslmode=settings.LEGACY_SSLMODE)
    dialog = make_dialog(qtbot, value=Settings(database=db))
    assert dialog.database_page.ssl_combo.currentData() == settings.NEW_SERVER_SSLMODE
    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)
    assert dialog.accepted_settings().database == db
    assert not dialog.database_changed()


def test_the_tls_mode_reaches_the_server_and_is_refused_in_plain_words(
    qtbot: QtBot, pg_url: URL, memory_keyring: MemoryKeyring, operations_here: Operations
) -> None:
    """Negative control for test_connection_to_the_real_server: the same server, whose
    test set-up has no TLS, with "require": the mode is used, and the answer is words."""
    dialog = make_dialog(qtbot, operations_here)
    assert pg_url.database is not None
    fill_server(
        qtbot,
        dialog,
        host=pg_url.host or "127.0.0.1",
        port=pg_url.port or 5432,
        database=pg_url.database,
        user=pg_url.username or "postgres",
        sslmode="require",
    )
    text = run_test(qtbot, dialog)
    assert text.startswith("\u2717"), text


def test_the_language_is_chosen_here_and_used_from_the_next_start(qtbot: QtBot) -> None:
    from attendance_desktop import i18n

    dialog = make_dialog(qtbot, value=Settings(language="fr"))
    combo = dialog.database_page.language_combo
    assert combo.currentData() == "fr"
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert items[0] == ("System (English)", i18n.SYSTEM)  # the tests' machine is en_GB
    assert items[1:] == [(name, code) for code, name in i18n.LANGUAGES.items()]
    assert not dialog.language_changed()
    combo.setCurrentIndex(combo.findData("de"))
    assert dialog.language_changed() and not dialog.database_changed()
    assert "font-weight: bold" in dialog.database_page.restart_note.styleSheet()
    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)
    new = dialog.accepted_settings()
    assert new.language == "de"
    settings.save(new)
    assert settings.load().language == "de"
    # Back to the computer's language.
    again = make_dialog(qtbot, value=new)
    again.database_page.language_combo.setCurrentIndex(0)
    with qtbot.waitSignal(again.accepted):
        click_save(qtbot, again)
    assert again.accepted_settings().language == ""


# --- test connection ------------------------------------------------------------------------


def run_test(qtbot: QtBot, dialog: SettingsDialog) -> str:
    qtbot.mouseClick(dialog.database_page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.testing(), timeout=20_000)
    text = dialog.database_page.test_result.text()
    assert "Traceback" not in text
    return text


def test_connection_to_the_real_server(
    qtbot: QtBot, pg_url: URL, memory_keyring: MemoryKeyring, operations_here: Operations
) -> None:
    dialog = make_dialog(qtbot, operations_here)
    assert pg_url.database is not None
    fill_server(
        qtbot,
        dialog,
        host=pg_url.host or "127.0.0.1",
        port=pg_url.port or 5432,
        database=pg_url.database,
        user=pg_url.username or "postgres",
        sslmode="disable",  # the test server has no TLS
    )
    qtbot.mouseClick(dialog.database_page.test_button, Qt.MouseButton.LeftButton)
    assert dialog.testing(), "the test runs in the background"
    assert dialog.database_page.test_result.text() == "Testing\u2026"
    qtbot.waitUntil(lambda: not dialog.testing(), timeout=20_000)
    text = dialog.database_page.test_result.text()
    assert text.startswith("\u2713 Connected to")
    assert pg_url.database in text and "empty" in text

    engine = create_app_engine(pg_url)
    upgrade(engine)
    engine.dispose()
    assert "up to date" in run_test(qtbot, dialog)


def test_connection_to_a_closed_port_fails_in_plain_words(
    qtbot: QtBot, memory_keyring: MemoryKeyring, operations_here: Operations
) -> None:
    dialog = make_dialog(qtbot, operations_here)
    fill_server(qtbot, dialog, host="127.0.0.1", port=1, database="attendance")
    text = run_test(qtbot, dialog)
    assert text.startswith("\u2717 Cannot reach the attendance database server")
    assert "Check the network cable" in text
    assert dialog.isVisible() and dialog.database_page.test_button.isEnabled()


def test_editing_during_a_test_drops_its_answer(
    qtbot: QtBot, memory_keyring: MemoryKeyring, operations_here: Operations
) -> None:
    dialog = make_dialog(qtbot, operations_here)
    fill_server(qtbot, dialog, host="127.0.0.1", port=1)
    qtbot.mouseClick(dialog.database_page.test_button, Qt.MouseButton.LeftButton)
    assert dialog.testing()
    # The form changed: the old answer is stale.
    qtbot.keyClicks(dialog.database_page.database_edit, "x")
    assert not dialog.testing()
    assert operations_here.wait_for_done(20_000)  # the old test has answered
    qtbot.wait(50)  # and its answer has been delivered
    assert dialog.database_page.test_result.text() == ""


def test_connection_to_files(qtbot: QtBot, tmp_path: Path, operations_here: Operations) -> None:
    dialog = make_dialog(qtbot, operations_here)
    dialog.database_page.file_radio.click()

    new_file = tmp_path / "new.sqlite3"
    dialog.database_page.path_edit.setText(str(new_file))
    assert "a new one will be created" in run_test(qtbot, dialog)
    assert not new_file.exists(), "testing never creates the file"

    existing = tmp_path / "school.sqlite3"
    engine = create_app_engine(str(existing))
    upgrade(engine)
    engine.dispose()
    dialog.database_page.path_edit.setText(str(existing))
    assert "up to date" in run_test(qtbot, dialog)

    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"these are my lesson notes, not a database" * 100)
    dialog.database_page.path_edit.setText(str(junk))
    text = run_test(qtbot, dialog)
    assert text.startswith("\u2717") and "not a readable attendance database" in text
    assert junk.read_bytes().startswith(b"these are my lesson notes")


# --- attendance codes -------------------------------------------------------------------------

DEFAULT_ROWS = [
    CodeRow(1, "P", "Present", "present", True, "P", "#2E7D32"),
    CodeRow(2, "A", "Absent", "absent", False, "A", "#C62828"),
    CodeRow(3, "L", "Late", "late", True, "L", "#EF6C00"),
    CodeRow(4, "E", "Excused", "excused", False, "E", "#1565C0"),
]


def test_codes_model_passes_the_model_tester(qtmodeltester: object, qapp: QApplication) -> None:
    model = CodesModel()
    model.set_rows(DEFAULT_ROWS)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.add_code()
    model.move(0, 1)
    model.set_active(3, False)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.remove_unsaved(model.rowCount() - 1)
    assert not model.remove_unsaved(0), "a saved code is never deleted"
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_shortcut_clash_is_refused_with_a_clear_message(qapp: QApplication) -> None:
    model = CodesModel()
    model.set_rows(DEFAULT_ROWS)
    problems: list[str] = []
    model.problem.connect(problems.append)
    absent_key = model.index(1, CodesModel.KEY)

    assert not model.setData(absent_key, "p")
    assert problems[-1] == (
        "The key P is already used by \u201cPresent\u201d. Give that code another key first."
    )
    assert not model.setData(absent_key, "N")
    assert "opens the note" in problems[-1]
    assert not model.setData(absent_key, "7")
    assert problems[-1] == "A code's key is one letter, A to Z."
    assert model.row(1).shortcut == "A"

    assert model.setData(absent_key, "x")
    assert model.row(1).shortcut == "X"


def test_a_code_out_of_use_still_holds_its_key(qapp: QApplication) -> None:
    model = CodesModel()
    model.set_rows([*DEFAULT_ROWS, CodeRow(5, "H", "Holiday", "excused", False, "H", "#000000")])
    model.set_active(4, False)
    problems: list[str] = []
    model.problem.connect(problems.append)
    assert not model.setData(model.index(1, CodesModel.KEY), "H")
    assert "not in use" in problems[-1]


def test_the_only_present_code_cannot_be_taken_out_of_use(qapp: QApplication) -> None:
    model = CodesModel()
    model.set_rows(DEFAULT_ROWS)
    problems: list[str] = []
    model.problem.connect(problems.append)
    assert not model.setData(
        model.index(0, CodesModel.ACTIVE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert "only code meaning Present" in problems[-1]
    assert model.row(0).active


def test_editing_a_key_in_the_table_shows_the_clash(
    qtbot: QtBot, operations: Operations, engine: Engine
) -> None:
    dialog = make_dialog(qtbot, operations)
    dialog.tabs.setCurrentIndex(1)
    view = dialog.codes_page.codes_view
    model = dialog.codes_page.codes_model
    absent = next(r for r in range(model.rowCount()) if model.row(r).label == "Absent")
    index = model.index(absent, CodesModel.KEY)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    assert editor.maxLength() == 1
    editor.selectAll()
    qtbot.keyClicks(editor, "L")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(
        lambda: "already used by \u201cLate\u201d" in dialog.codes_page.codes_problem.text()
    )
    assert dialog.codes_page.codes_problem.isVisible()
    assert model.row(absent).shortcut == "A"


def test_codes_are_saved_through_operations(
    qtbot: QtBot, operations: Operations, engine: Engine
) -> None:
    dialog = make_dialog(qtbot, operations)
    model = dialog.codes_page.codes_model
    by_label = {model.row(r).label: r for r in range(model.rowCount())}
    key = lambda label: model.index(by_label[label], CodesModel.KEY)  # noqa: E731
    # Swap the keys of Absent and Late through a spare letter, as a person would.
    assert model.setData(key("Absent"), "X")
    assert model.setData(key("Late"), "A")
    assert model.setData(key("Absent"), "L")
    assert model.setData(model.index(by_label["Excused"], CodesModel.LABEL), "Authorised absence")
    new = model.add_code()
    assert model.setData(new, "Medical appointment")
    assert model.setData(model.index(new.row(), CodesModel.CODE), "med")
    assert model.setData(model.index(new.row(), CodesModel.KEY), "m")
    assert model.setData(model.index(new.row(), CodesModel.CATEGORY), "excused")
    dialog.codes_page.choose_colour = lambda current, parent: QColor("#00897B")
    colour = model.index(new.row(), CodesModel.COLOUR)
    dialog.codes_page.codes_view.doubleClicked.emit(colour)
    assert model.row(new.row()).colour == "#00897B"
    assert model.setData(
        model.index(by_label["Late"], CodesModel.ACTIVE),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )

    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        click_save(qtbot, dialog)

    with Session(engine) as session:
        stored = {c.label: c for c in session.scalars(select(AttendanceCode))}
    assert stored["Absent"].shortcut == "L" and stored["Late"].shortcut == "A"
    assert not stored["Late"].active and stored["Absent"].active
    assert "Excused" not in stored and stored["Authorised absence"].shortcut == "E"
    medical = stored["Medical appointment"]
    assert (medical.code, medical.shortcut, medical.category, medical.colour) == (
        "MED",
        "M",
        "excused",
        "#00897B",
    )
    assert not medical.counts_as_present
    order = sorted(stored.values(), key=lambda c: c.sort_order)
    assert order[-1].label == "Medical appointment"


def test_a_failed_save_keeps_the_dialog_open(
    qtbot: QtBot, operations: Operations, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(session: Session, rows: object) -> None:
        raise errors.DatabaseReadOnly("The database file cannot be written to.", hint="Ask IT.")

    monkeypatch.setattr(school, "save_codes", refuse)
    dialog = make_dialog(qtbot, operations)
    assert dialog.codes_page.codes_model.setData(
        dialog.codes_page.codes_model.index(0, CodesModel.LABEL), "Here"
    )
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.saving())
    assert dialog.isVisible()
    assert "Nothing was saved" in dialog.problem_label.text()
    assert "cannot be written to" in dialog.problem_label.text()
    with Session(engine) as session:
        assert session.scalar(select(AttendanceCode.label).where(AttendanceCode.code == "P")) == (
            "Present"
        )


def test_save_codes_handles_a_direct_swap(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        rows = school.load_codes(session)
        by_code = {r.code: r for r in rows}
        by_code["P"].shortcut, by_code["A"].shortcut = "A", "P"
        by_code["P"].code, by_code["A"].code = "A", "P"
        school.save_codes(session, rows)
    with Session(engine) as session:
        stored = {c.label: (c.code, c.shortcut) for c in session.scalars(select(AttendanceCode))}
    assert stored["Present"] == ("A", "A") and stored["Absent"] == ("P", "P")


# --- school-wide register settings -------------------------------------------------------------


def test_register_settings_are_saved_to_the_school_settings(
    qtbot: QtBot, operations: Operations, engine: Engine
) -> None:
    dialog = make_dialog(qtbot, operations)
    dialog.tabs.setCurrentIndex(2)
    dialog.register_page.school_edit.clear()
    dialog.register_page.school_edit.setText("Collège Saint-Exupéry")  # QTest types ASCII only
    dialog.register_page.zone_combo.setEditText("Europe/Paris")
    dialog.register_page.grace_spin.setValue(7)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        click_save(qtbot, dialog)
    with Session(engine) as session:
        stored = {s.key: s.value for s in session.scalars(select(SchoolSetting))}
    assert stored == {
        "school_name": "Collège Saint-Exupéry",
        "time_zone": "Europe/Paris",
        "default_grace_minutes": "7",
    }
    # The zone lives in the database only: this PC's settings file keeps no copy of it.
    settings.save(dialog.accepted_settings())
    assert "Europe/Paris" not in settings.settings_path().read_text(encoding="utf-8")


def test_unknown_time_zone_is_refused(qtbot: QtBot, operations: Operations) -> None:
    dialog = make_dialog(qtbot, operations)
    dialog.register_page.zone_combo.setEditText("Mars/Olympus_Mons")
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 2
    assert "not a time zone" in dialog.problem_label.text()


def test_without_a_database_the_shared_tabs_explain(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, None, Settings(teacher_id=4, ui={"x": 1}))
    assert not dialog.codes_page.codes_view.isEnabled()
    assert "Not connected to a database" in dialog.codes_page.status.text()
    assert not dialog.register_page.school_edit.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)
    result = dialog.accepted_settings()
    assert result.teacher_id == 4 and result.ui == {"x": 1}, "other settings are kept"


def test_a_new_code_can_be_removed_before_saving_but_a_saved_one_only_retired(
    qtbot: QtBot, operations: Operations
) -> None:
    dialog = make_dialog(qtbot, operations)
    dialog.tabs.setCurrentIndex(1)
    before = dialog.codes_page.codes_model.rowCount()
    qtbot.mouseClick(dialog.codes_page.add_code_button, Qt.MouseButton.LeftButton)
    assert dialog.codes_page.codes_model.rowCount() == before + 1
    assert dialog.codes_page.active_button.text() == "Remove"
    qtbot.mouseClick(dialog.codes_page.active_button, Qt.MouseButton.LeftButton)
    assert dialog.codes_page.codes_model.rowCount() == before
    assert not dialog.codes_page.codes_model.is_changed()

    absent = next(
        r for r in range(before) if dialog.codes_page.codes_model.row(r).label == "Absent"
    )
    dialog.codes_page.codes_view.setCurrentIndex(
        dialog.codes_page.codes_model.index(absent, CodesModel.LABEL)
    )
    assert dialog.codes_page.active_button.text() == "Take out of use"
    qtbot.mouseClick(dialog.codes_page.active_button, Qt.MouseButton.LeftButton)
    assert dialog.codes_page.codes_model.rowCount() == before
    assert not dialog.codes_page.codes_model.row(absent).active
    assert dialog.codes_page.active_button.text() == "Put back in use"


def test_model_ignores_child_indexes(qapp: QApplication) -> None:
    model = CodesModel()
    model.set_rows(DEFAULT_ROWS)
    child_parent = model.index(0, 0)
    assert model.rowCount(child_parent) == 0
    assert model.columnCount(child_parent) == 0
    assert model.data(QModelIndex()) is None
