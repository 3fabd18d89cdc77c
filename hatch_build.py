"""Hatchling build hook: compile the translations (.ts -> .qm) into every wheel.

The .qm files are build products (not committed); ``scripts/translations.py``
does the work with PySide6's ``lrelease``, which the build environment has
because PySide6-Essentials is listed in ``[build-system] requires``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

HERE = Path(__file__).resolve().parent


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name not in ("wheel", "editable"):
            return
        spec = importlib.util.spec_from_file_location(
            "translations", HERE / "scripts" / "translations.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for path in module.build(quiet=True):
            build_data["artifacts"].append(path.relative_to(HERE).as_posix())
