"""The translations cover every sentence of the app, and a translation keeps its placeholders.

Three checks, each of which fails on a real mistake:

* every ``translate(...)`` / ``self.tr(...)`` call in the package (found with
  Python's own parser) is also found by ``pyside6-lupdate``: lupdate's parser
  silently drops a message whose call has a nested call among its arguments;
* every message lupdate finds is in each shipped language's .ts file, finished,
  with the same ``{placeholders}`` and, for plurals, ``%n`` in its forms;
* no widget in ``attendance_desktop/ui`` is given an untranslated literal
  (``QLabel("Save")``, ``setText(f"...")``): those strings never reach a translator.
"""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
import translations as tools  # noqa: E402

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")

#: Widget calls whose first argument is text a person reads.
TEXT_CALLS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setStatusTip",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "setInformativeText",
    "setTitle",
    "addMenu",
    "addTab",
    "addItem",
    "showMessage",
    "setLabelText",
    "setCancelButtonText",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
}
#: Literals that are not words for a person (style sheets, object names, keys).
NOT_WORDS = re.compile(r"^[\s\W\d_]*$")
MARKUP = re.compile(r"<[^<>]*>")


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _calls(tree: ast.AST) -> Iterator[tuple[ast.Call, str | None]]:
    """Every call with the name of the class it is written in (for ``self.tr``)."""

    def walk(node: ast.AST, klass: str | None) -> Iterator[tuple[ast.Call, str | None]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else klass
            if isinstance(child, ast.Call):
                yield child, klass
            yield from walk(child, inner)

    yield from walk(tree, None)


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def source_messages() -> dict[tuple[str, str], str]:
    """(context, text) of every translatable call in the package → where it is."""
    found: dict[tuple[str, str], str] = {}
    for path in tools.python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call, klass in _calls(tree):
            name = _name(call)
            where = f"{path.relative_to(REPO)}:{call.lineno}"
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(call.args) >= 2:
                context, text = _literal(call.args[0]), _literal(call.args[1])
                if context is not None and text is not None:
                    found[(context, text)] = where
            elif name == "tr" and call.args and klass is not None:
                text = _literal(call.args[0])
                if text is not None:
                    found[(klass, text)] = where
    return found


def ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    messages = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source") or "")] = message
    return messages


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    if shutil.which(tools.qt_tool("lupdate")) is None:
        pytest.fail("pyside6-lupdate is missing: PySide6-Essentials ships it")
    target = tmp_path_factory.mktemp("lupdate") / "extracted.ts"
    tools.extract(target)
    return ts_messages(target)


def test_lupdate_finds_every_translatable_call(
    extracted: dict[tuple[str, str], ET.Element],
) -> None:
    wanted = source_messages()
    assert wanted, "no translatable call found: the scan itself is broken"
    missed = [
        f"{where}: {text!r}"
        for (ctx, text), where in wanted.items()
        if (ctx, text) not in extracted
    ]
    assert not missed, (
        "lupdate cannot see these messages (a call nested in the arguments? an f-string?):\n"
        + "\n".join(missed)
    )


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def _problems(language: str, extracted: dict[tuple[str, str], ET.Element]) -> list[str]:
    path = tools.ts_path(language)
    if not path.exists():
        return [f"{path.relative_to(REPO)} is missing"]
    shipped = ts_messages(path)
    problems = []
    for (context, text), found in sorted(extracted.items()):
        if language == tools.ENGLISH and found.get("numerus") != "yes":
            continue  # English translates only the plurals
        message = shipped.get((context, text))
        label = f"[{context}] {text!r}"
        if message is None:
            problems.append(f"not in the .ts (run scripts/translations.py update): {label}")
            continue
        translation = message.find("translation")
        forms = _forms(message)
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"unfinished: {label}")
            continue
        if not all(form.strip() for form in forms) and text.strip():
            problems.append(f"empty translation: {label}")
            continue
        wanted = sorted(PLACEHOLDER.findall(text))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(wanted)):
                problems.append(f"placeholders differ in {form!r}: {label}")
        counted = "%n" in text or "%Ln" in text
        if counted and not any("%n" in form or "%Ln" in form for form in forms):
            problems.append(f"no %n in any plural form: {label}")
    return problems


@pytest.mark.parametrize("language", (tools.ENGLISH, *tools.LANGUAGES))
def test_every_message_is_translated(
    language: str, extracted: dict[tuple[str, str], ET.Element]
) -> None:
    problems = _problems(language, extracted)
    shown = problems[:40]
    more = f"\n… and {len(problems) - len(shown)} more" if len(problems) > len(shown) else ""
    assert not problems, f"{language}: {len(problems)} problems\n" + "\n".join(shown) + more


def test_the_check_fails_on_an_unfinished_message(
    extracted: dict[tuple[str, str], ET.Element], tmp_path: Path
) -> None:
    """Negative control: a .ts with one message unfinished is reported."""
    key = next(iter(sorted(extracted)))
    message = ET.Element("message")
    ET.SubElement(message, "source").text = key[1]
    ET.SubElement(message, "translation", type="unfinished")
    assert _problems("xx", {key: message})  # no such .ts at all
    ts = tmp_path / "attendance_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="xx">'
        f"<context><name>{escape(key[0])}</name><message><source>{escape(key[1])}</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    original = tools.ts_path
    tools.ts_path = lambda language: ts  # type: ignore[assignment]
    try:
        assert _problems("xx", {key: message}) == [f"unfinished: [{key[0]}] {key[1]!r}"]
    finally:
        tools.ts_path = original  # type: ignore[assignment]


def untranslated_literals(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call, _ in _calls(tree):
            if _name(call) not in TEXT_CALLS or not call.args:
                continue
            first = call.args[0]
            text = _literal(first)
            if isinstance(first, ast.JoinedStr):
                text = "".join(
                    part.value if isinstance(part, ast.Constant) else "{}" for part in first.values
                )
            # Markup around translated parts ("<b style=...>{x}</b>") holds no words.
            if text is not None and not NOT_WORDS.match(MARKUP.sub("", text)):
                shown = path.relative_to(REPO) if path.is_relative_to(REPO) else path.name
                found.append(f"{shown}:{call.lineno}: {text[:60]!r}")
    return found


def test_no_widget_gets_untranslated_text() -> None:
    ui = sorted((REPO / "attendance_desktop" / "ui").glob("*.py"))
    found = untranslated_literals(ui)
    assert not found, f"{len(found)} untranslated texts given to widgets:\n" + "\n".join(found[:60])


def test_the_widget_scan_sees_a_literal(tmp_path: Path) -> None:
    """Negative control for the scan above."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label = QLabel("Save")\nlabel.setText(self.tr("Save"))\nbox.setTitle(f"Week {n}")\n'
    )
    found = untranslated_literals([sample])
    assert [line.split(": ", 1)[1] for line in found] == ["'Save'", "'Week {}'"]
