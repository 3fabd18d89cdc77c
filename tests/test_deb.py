"""The Debian package: built from the bundle by the code ``packaging/build.sh`` runs, its
fields and files checked, then unpacked into a temporary root and run from there.

It is never installed on this machine: ``dpkg-deb -x`` lays its files out as
``dpkg -i`` would, without touching the system.  The bundle is the session's one
build (``tests/packaging_support.py``); the package is compressed with ``--fast``
(xz level 1 rather than 6), the only difference from a release build.  The slow
tests need dpkg-deb; the checks of the version and ELF helpers do not.
"""

from __future__ import annotations

import configparser
import importlib.util
import itertools
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from attendance_desktop import __version__
from attendance_desktop.resources import ICON_SIZES
from tests.packaging_support import REPO, built_bundle, clean_env, remove_bundle

slow = pytest.mark.slow
NAME = "attendance-desktop"
ON_DEBIAN = sys.platform.startswith("linux") and shutil.which("dpkg-deb") is not None


def _load_make_deb() -> ModuleType:
    path = REPO / "packaging" / "linux" / "make_deb.py"
    spec = importlib.util.spec_from_file_location("make_deb", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_deb = _load_make_deb()


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield built_bundle(tmp_path_factory)
    remove_bundle()


@pytest.fixture(scope="module")
def deb(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The .deb, made as packaging/build.sh makes it (but compressed faster)."""
    if not ON_DEBIAN:
        pytest.skip("dpkg-deb is not installed: the Debian package is built on Debian or Ubuntu")
    out = tmp_path_factory.mktemp("deb")
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "linux" / "make_deb.py"),
            "--bundle",
            str(bundle),
            "--out",
            str(out),
            "--fast",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    print(done.stdout.strip())  # the path and size, shown with -s
    (built,) = out.glob("*.deb")
    yield built
    shutil.rmtree(out, ignore_errors=True)


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The package's files laid out under a temporary root, as dpkg would install them."""
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


@slow
def test_package_fields(deb: Path) -> None:
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    version = make_deb.debian_version(__version__)
    assert deb.name == f"{NAME}_{version}_{arch}.deb"
    assert field(deb, "Package") == NAME
    assert field(deb, "Version") == version
    assert field(deb, "Architecture") == arch
    assert re.fullmatch(r".+ <[^@\s]+@[^@\s]+>", field(deb, "Maintainer"))
    assert field(deb, "Section") == "education"
    assert field(deb, "Description").startswith("Keyboard-first attendance register")
    assert int(field(deb, "Installed-Size")) > 100_000  # KiB: the bundle is ~300 MB
    depends = [entry.strip() for entry in field(deb, "Depends").split(",")]
    assert re.fullmatch(r"libc6 \(>= 2\.\d+\)", depends[0])
    # What Qt's X11 plugin and the printer plugin need from the PC, whatever the build
    # machine had: these are never carried in the bundle.
    for needed in ("libxcb1", "libgl1", "libcups2 | libcups2t64"):
        assert needed in depends


@slow
def test_depends_covers_what_the_x11_plugin_needs_from_the_pc(deb: Path, unpacked: Path) -> None:
    internal = unpacked / "opt" / NAME / "_internal"
    plugin = internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    # As the app loads it: the bundle's folder first (PyInstaller sets LD_LIBRARY_PATH).
    done = subprocess.run(
        ["ldd", str(plugin)],
        env={**os.environ, "LD_LIBRARY_PATH": str(internal)},
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = dict(re.findall(r"^\s*(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$", done.stdout, re.M))
    from_the_bundle = [Path(where) for where in loaded.values() if where.startswith(str(unpacked))]
    # What the plugin and the bundle's libraries it loads ask for themselves (the system
    # libraries' own dependencies are their packages' business), found elsewhere or not at all.
    asked_for = {soname for path in [plugin, *from_the_bundle] for soname in make_deb._needed(path)}
    from_the_pc = {
        soname
        for soname in asked_for
        if loaded.get(soname, "not found") == "not found"
        or not loaded[soname].startswith(str(unpacked))
    }
    assert {"libxcb.so.1", "libc.so.6"} <= from_the_pc
    depends = field(deb, "Depends")
    for soname in from_the_pc:
        package = "libc6" if make_deb.LIBC.match(soname) else make_deb.SYSTEM_PACKAGES[soname]
        assert package in depends, f"{soname}: {package} is not in Depends: {depends}"


@slow
def test_package_files_and_nothing_else(deb: Path, bundle: Path) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    paths = {}
    for line in listing:
        mode, owner, _size, _day, _time, path = line.split(None, 5)
        assert owner == "root/root", line
        paths[path.split(" -> ")[0].removeprefix(".").rstrip("/") or "/"] = (mode, path)
    allowed = (
        f"/opt/{NAME}",
        "/usr/bin",
        "/usr/share/applications",
        "/usr/share/icons",
        f"/usr/share/doc/{NAME}",
    )
    strays = [
        p
        for p in paths
        if not p.startswith(allowed)
        and p not in ("/", "/opt", "/usr", "/usr/share", "/usr/share/doc")
    ]
    assert not strays, strays  # nothing in /etc, /var or a home: no user data is owned

    assert paths[f"/opt/{NAME}/{NAME}"][0] == "-rwxr-xr-x"
    assert f"/opt/{NAME}/_internal/attendance_desktop/migrations/env.py" in paths
    mode, line = paths[f"/usr/bin/{NAME}"]
    assert mode.startswith("l") and line.endswith(f" -> /opt/{NAME}/{NAME}")
    assert f"/usr/share/applications/{NAME}.desktop" in paths
    for size in ICON_SIZES:
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/{NAME}.png" in paths
    assert f"/usr/share/icons/hicolor/scalable/apps/{NAME}.svg" in paths
    assert f"/usr/share/doc/{NAME}/copyright" in paths
    # Every file and link of the bundle, and only those, under /opt.
    in_bundle = {
        f"/opt/{NAME}/{p.relative_to(bundle).as_posix()}"
        for p in bundle.rglob("*")
        if p.is_file() or p.is_symlink()
    }
    in_package = {p for p, (mode, _) in paths.items() if p.startswith(f"/opt/{NAME}/")}
    in_package -= {p for p, (mode, _) in paths.items() if mode.startswith("d")}
    assert in_package == in_bundle


@slow
def test_no_maintainer_scripts(deb: Path, tmp_path: Path) -> None:
    subprocess.run(["dpkg-deb", "--control", str(deb), str(tmp_path / "control")], check=True)
    assert sorted(p.name for p in (tmp_path / "control").iterdir()) == ["control"]


@slow
def test_menu_entry_is_valid_and_names_the_installed_icon(unpacked: Path) -> None:
    path = unpacked / "usr" / "share" / "applications" / f"{NAME}.desktop"
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    assert entry.sections() == ["Desktop Entry"]
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Attendance register"
    assert desktop["Terminal"] == "false"
    assert desktop["Categories"].endswith(";") and "Education" in desktop["Categories"]
    assert desktop["Exec"].split()[0] == NAME
    assert (unpacked / "usr" / "bin" / NAME).is_symlink()
    icon = desktop["Icon"]
    assert "/" not in icon and not icon.endswith(".png")  # a theme name, found in hicolor
    assert (unpacked / "usr/share/icons/hicolor/48x48/apps" / f"{icon}.png").is_file()


@slow
def test_unpacked_package_passes_its_self_test(unpacked: Path, tmp_path: Path) -> None:
    executable = unpacked / "opt" / NAME / NAME
    # /usr/bin/attendance-desktop is an absolute link, so it points at /opt on this
    # machine; its target is checked here and the program it names is run directly.
    assert os.readlink(unpacked / "usr" / "bin" / NAME) == f"/opt/{NAME}/{NAME}"
    env = {k: v for k, v in clean_env(tmp_path / "home").items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [str(executable), "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "self-test: passed"
    assert "self-test: register printed to a PDF file" in done.stdout

    # Started through a symbolic link, as /usr/bin/attendance-desktop starts it, the
    # program still finds its _internal folder.
    link = tmp_path / "bin" / NAME
    link.parent.mkdir()
    link.symlink_to(os.path.relpath(executable, link.parent))
    version = subprocess.run(
        [str(link), "--version"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"{NAME} {__version__}"


# --- the helpers, without building anything ------------------------------------------------------


@pytest.mark.parametrize(
    ("python", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("1.2.0rc1", "1.2.0~rc1"),
        ("1.2.0a1", "1.2.0~a1"),
        ("1.2.0.dev3", "1.2.0~~dev3"),
        ("1.2.0rc1.dev2", "1.2.0~rc1~~dev2"),
        ("1.2.0.post1", "1.2.0.post1"),
        ("0.0.0+source", "0.0.0+source"),
    ],
)
def test_debian_version(python: str, debian: str) -> None:
    assert make_deb.debian_version(python) == debian


@pytest.mark.skipif(not ON_DEBIAN, reason="needs dpkg")
def test_debian_versions_sort_as_python_versions_do() -> None:
    order = ["1.0.dev1", "1.0a1.dev2", "1.0a1", "1.0b2", "1.0rc1.dev1", "1.0rc1", "1.0"]
    order += ["1.0.post1", "1.1"]
    debian = [make_deb.debian_version(v) for v in order]
    for older, newer in itertools.pairwise(debian):
        assert subprocess.run(["dpkg", "--compare-versions", older, "lt", newer]).returncode == 0


@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs readelf to compare with")
def test_elf_reader_agrees_with_readelf() -> None:
    binaries = [Path(sys.executable).resolve()]
    binaries += sorted(Path(importlib.util.find_spec("PySide6").origin).parent.glob("*.so*"))[:5]  # type: ignore[arg-type, union-attr]
    for binary in binaries:
        shown = subprocess.run(
            ["readelf", "-d", str(binary)], capture_output=True, text=True, check=True
        ).stdout
        assert make_deb._needed(binary) == re.findall(r"\(NEEDED\).*\[(.+?)\]", shown), binary
    assert make_deb._needed(REPO / "LICENSE") == []


def test_an_unknown_system_library_stops_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        make_deb, "system_libraries", lambda _bundle: {"libfancy.so.3": ["_internal/x.so"]}
    )
    with pytest.raises(make_deb.BuildError, match=r"libfancy\.so\.3 \(needed by _internal/x\.so\)"):
        make_deb.depends(tmp_path, glibc="2.36")
