"""Keep the translations in step with the code, and compile them for shipping.

    python scripts/translations.py update   # after changing user-visible text
    python scripts/translations.py build    # .ts -> .qm (the wheel's build hook runs this)
    python scripts/translations.py fill FILE.json...  # translations written outside Linguist
    python scripts/translations.py check FILE.json PY...  # does FILE.json cover PY's messages?

``update`` runs ``pyside6-lupdate`` over the package into ``translations/*.ts``
(one file per shipped language; translators edit them with Qt Linguist or any
text editor), then marks every message holding ``%n`` as a plural message:
lupdate's Python parser only does so for ``self.tr`` and literal counts, not for
``translate(context, "%n ...", None, count)``, and drops ``#:`` comments.
Messages whose text left the code are kept as "vanished", so a translation is
not lost when a sentence comes back.

``build`` compiles each ``translations/attendance_<lang>.ts`` with
``pyside6-lrelease`` into ``attendance_desktop/resources/translations/``, where
``attendance_desktop.i18n`` loads them.  The .qm files are not committed: they are
built by the wheel's build hook (``hatch_build.py``) and by ``packaging/build.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "attendance_desktop"
SOURCES = REPO / "translations"
COMPILED = PACKAGE / "resources" / "translations"
# Every language shipped besides the English source (attendance_desktop.i18n.LANGUAGES).
LANGUAGES = ("de", "fr", "es")
# English has a .ts too, holding only the plural messages ("1 lesson" / "%n lessons").
ENGLISH = "en"


def qt_tool(name: str) -> str:
    """The path of ``pyside6-<name>`` next to this Python, else on PATH, else the PySide6 copy."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (here, here.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6  # the wheel's build environment has it but not the scripts' folder on PATH

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials in this Python")


def ts_path(language: str) -> Path:
    return SOURCES / f"attendance_{language}.ts"


def python_files() -> list[Path]:
    """The package's modules, the ones lupdate reads (tests and scripts are not translated)."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def extract(target: Path, files: list[Path] | None = None, *, plurals_only: bool = False) -> None:
    """Run lupdate over ``files`` (default: the package) into ``target``, fixing plurals."""
    listed = [str(p) for p in (files if files is not None else python_files())]
    command = [qt_tool("lupdate"), "-locations", "none", *listed, "-ts", str(target)]
    if not target.exists():
        command.insert(1, "-no-obsolete")
    subprocess.run(command, check=True, capture_output=True, text=True)
    tidy(target)
    if plurals_only:
        keep_plurals(target)


def keep_plurals(path: Path) -> None:
    """Drop every message but the plural ones (the English .ts)."""
    tree = ET.parse(path)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in context.findall("message"):
            if message.get("numerus") != "yes":
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)
    write_ts(tree, path)


def tidy(path: Path) -> int:
    """Make every message holding ``%n`` a plural one, drop "#:" comments; returns changes.

    lupdate reads a Python ``#:`` comment as a note to translators, and this code
    base uses ``#:`` to document module constants: those notes would be noise next
    to the message that happens to follow.  A note for translators is written as
    the call's disambiguation argument instead.
    """
    tree = ET.parse(path)
    changed = 0
    for message in tree.iter("message"):
        for note in message.findall("extracomment"):
            message.remove(note)
            changed += 1
        source = message.findtext("source") or ""
        counted = "%n" in source or "%Ln" in source  # %Ln: the count with digit grouping
        if not counted or message.get("numerus") == "yes":
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation", type="unfinished")
        old = translation.text or ""
        translation.text = None
        form = ET.SubElement(translation, "numerusform")
        form.text = old or None
        changed += 1
    if changed:
        write_ts(tree, path)
    return changed


def write_ts(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    """Write a .ts file the way Qt Linguist does (so diffs stay small)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def update() -> None:
    SOURCES.mkdir(exist_ok=True)
    for language in (ENGLISH, *LANGUAGES):
        path = ts_path(language)
        if not path.exists():
            path.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}" sourcelanguage="en"></TS>\n',
                encoding="utf-8",
            )
        extract(path, plurals_only=language == ENGLISH)
        print(f"updated {path.relative_to(REPO)}")


def fill(data: dict[str, dict[str, dict[str, str | list[str]]]]) -> dict[str, int]:
    """Put translations into the .ts files: ``{language: {context: {source: text}}}``.

    A plural message takes a list of forms (German, French and Spanish have two:
    one, other).  Messages not in the .ts yet are skipped (run ``update`` first);
    returns how many messages were filled per language.
    """
    filled = {}
    for language, contexts in data.items():
        path = ts_path(language)
        tree = ET.parse(path)
        count = 0
        for context in tree.getroot().iter("context"):
            wanted = contexts.get(context.findtext("name") or "", {})
            for message in context.iter("message"):
                text = wanted.get(message.findtext("source") or "")
                if text is None:
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.attrib.pop("type", None)
                for form in list(translation):
                    translation.remove(form)
                if message.get("numerus") == "yes":
                    translation.text = None
                    for form_text in [text] if isinstance(text, str) else text:
                        ET.SubElement(translation, "numerusform").text = form_text
                else:
                    translation.text = text if isinstance(text, str) else text[-1]
                count += 1
        write_ts(tree, path)
        filled[language] = count
    return filled


PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")


def check(data: dict[str, dict[str, dict[str, str | list[str]]]], files: list[Path]) -> list[str]:
    """What ``data`` (as for ``fill``) lacks for the messages of ``files``: one line each.

    Every message needs a German, French and Spanish translation with the same
    ``{placeholders}``; a plural message needs two forms in each, and English its
    two forms too ("%n lesson", "%n lessons").
    """
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "check.ts"
        extract(target, files)
        tree = ET.parse(target)
    problems = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            plural = message.get("numerus") == "yes"
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for language in (ENGLISH, *LANGUAGES) if plural else LANGUAGES:
                text = data.get(language, {}).get(name, {}).get(source)
                label = f"{language} [{name}] {source!r}"
                if text is None or text == "" or text == []:
                    problems.append(f"missing: {label}")
                    continue
                forms = [text] if isinstance(text, str) else text
                if plural and len(forms) != 2:
                    problems.append(f"a plural needs 2 forms (one, other): {label}")
                for form in forms:
                    if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                        problems.append(f"placeholders differ in {form!r}: {label}")
    return problems


def build(out: Path = COMPILED, *, quiet: bool = False) -> list[Path]:
    """Compile every language's .ts into ``out``; returns the .qm files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in (ENGLISH, *LANGUAGES):
        source = ts_path(language)
        if not source.exists():
            continue
        target = out / f"attendance_{language}.qm"
        subprocess.run(
            [qt_tool("lrelease"), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=quiet,
        )
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "build", "fill", "check"])
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        help="fill: JSON files of translations; check: one JSON file, then the .py files",
    )
    args = parser.parse_args(argv)
    if args.command == "check":
        data = json.loads(args.files[0].read_text(encoding="utf-8"))
        problems = check(data, args.files[1:])
        print("\n".join(problems) or "complete")
        return 1 if problems else 0
    if args.command == "update":
        update()
    elif args.command == "fill":
        for source in args.files:
            counts = fill(json.loads(source.read_text(encoding="utf-8")))
            print(f"{source}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    else:
        for path in build():
            print(f"built {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
