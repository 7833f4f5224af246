"""The linter's settings: ``[tool.regalign]`` in pyproject.toml, or a ``.regalign.yaml`` file.

Found as ruff finds its configuration: walking up from the working directory, the first folder that
holds a ``.regalign.yaml`` (or ``.regalign.yml``), or a ``pyproject.toml`` with a ``[tool.regalign]``
table, gives the settings (``.regalign.yaml`` first when a folder has both). The settings are
``select``, ``ignore``, ``exclude`` and ``per-file-ignores``; globs are relative to the folder of
the file that holds them. Options on the command line replace the same setting of the file.

pyproject.toml is read with ``tomllib`` (Python 3.11 and later) or, on Python 3.10, with the
``tomli`` package when it is installed; without either, a pyproject.toml with a ``[tool.regalign]``
table is a usage error that says so (``.regalign.yaml`` needs nothing more).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regalign.frameworks.files import ReadError, read_regular_file
from regalign.frameworks.messages import did_you_mean
from regalign.frameworks.rules import IssueRules, RulesError, check_codes, path_matches
from regalign.sanitize import short_repr

YAML_NAMES = (".regalign.yaml", ".regalign.yml")
PYPROJECT = "pyproject.toml"
SETTINGS = ("select", "ignore", "exclude", "per-file-ignores")
MAX_CONFIG_BYTES = 1 << 20
_TABLE = re.compile(r"^\s*\[\s*tool\s*\.\s*regalign\s*[\].]", re.M)


class ConfigError(Exception):
    """A configuration file that cannot be read or holds a setting regalign does not know."""


@dataclass(frozen=True)
class LintConfig:
    """Settings from one file (or none): ``None`` for a setting the file does not give."""

    path: Path | None = None
    base: Path = Path(".")
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    per_file: tuple[tuple[str, tuple[str, ...]], ...] = ()


def find_config(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start``."""
    for folder in (start, *start.parents):
        for name in YAML_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _TABLE.search(_text(pyproject)):
            return pyproject
    return None


def read_config(path: Path) -> LintConfig:
    """The settings held by a configuration file (a pyproject.toml or a .regalign.yaml)."""
    if path.name == PYPROJECT or path.suffix == ".toml":
        table = _toml(path).get("tool", {}).get("regalign", {})
    else:
        table = _yaml(path)
    if not isinstance(table, Mapping):
        raise ConfigError(f"{path}: the settings must be a table of key = value")
    return _settings(path, table)


def excluder(patterns: tuple[str, ...], base: Path) -> Callable[[Path], bool] | None:
    """A test for files and folders found while walking: does a glob (relative to ``base``) match?"""
    if not patterns:
        return None
    root = base.resolve()

    def excluded(path: Path) -> bool:
        try:
            relative = path.resolve().relative_to(root).as_posix()
        except (ValueError, OSError, RuntimeError):
            relative = path.name
        return any(path_matches(pattern, relative) for pattern in patterns)

    return excluded


def _settings(path: Path, table: Mapping[str, Any]) -> LintConfig:
    where = f"{path}"
    for key in table:
        if key not in SETTINGS:
            hint = did_you_mean(str(key).replace("_", "-"), SETTINGS) or did_you_mean(
                str(key), SETTINGS
            )
            raise ConfigError(
                f"{where}: unknown setting {short_repr(key)}{hint}; the settings are "
                + ", ".join(SETTINGS)
            )
    try:
        select = _codes(table, "select", where)
        ignore = _codes(table, "ignore", where)
        per_file = []
        files = table.get("per-file-ignores", {})
        if not isinstance(files, Mapping):
            raise ConfigError(f"{where}: per-file-ignores must map globs to lists of codes")
        for pattern, codes in files.items():
            per_file.append(
                (str(pattern), check_codes(_strings(codes, where), f"{where}: per-file-ignores"))
            )
    except RulesError as exc:
        raise ConfigError(str(exc)) from None
    return LintConfig(
        path=path,
        base=path.parent,
        select=select,
        ignore=ignore,
        exclude=tuple(_strings(table.get("exclude", []), where)),
        per_file=tuple(per_file),
    )


def _codes(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...] | None:
    if key not in table:
        return None
    return check_codes(_strings(table[key], where), f"{where}: {key}")


def _strings(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return value
    raise ConfigError(f"{where}: expected a list of text values, got {short_repr(value)}")


def _text(path: Path) -> str:
    try:
        return read_regular_file(path, MAX_CONFIG_BYTES).decode("utf-8", "replace")
    except ReadError as exc:
        raise ConfigError(f"{path}: {exc.message}") from None


def _toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib as toml
    else:  # pragma: no cover - Python 3.10
        try:
            import tomli as toml
        except ModuleNotFoundError:
            raise ConfigError(
                f"{path}: reading [tool.regalign] needs Python 3.11 or the tomli package "
                "(pip install tomli); or move the settings to a .regalign.yaml file"
            ) from None
    try:
        settings: dict[str, Any] = toml.loads(_text(path))
        return settings
    except toml.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def _yaml(path: Path) -> Any:
    from regalign.frameworks.yamlsource import parse_bytes

    try:
        raw = read_regular_file(path, MAX_CONFIG_BYTES)
    except ReadError as exc:
        raise ConfigError(f"{path}: {exc.message}") from None
    parsed = parse_bytes(raw, str(path), MAX_CONFIG_BYTES)
    codes = [issue.code for issue in parsed.issues]
    if codes == ["E104"]:  # empty, or only comments: no settings
        return {}
    if codes == ["E110"]:
        raise ConfigError(f"{path}: the settings must be a mapping of key: value lines")
    if parsed.issues:
        first = parsed.issues[0]
        raise ConfigError(f"{path}:{first.line}:{first.column}: {first.message}")
    return parsed.data


def settings(
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    exclude: tuple[str, ...],
    config_file: str | None,
    no_config: bool,
) -> tuple[IssueRules, Callable[[Path], bool] | None]:
    """The rules and the exclusion test for a run: the command line's options over the file's."""
    cwd = Path.cwd()
    if no_config and config_file is not None:
        raise ConfigError("--config and --no-config cannot be used together")
    if no_config:
        config = LintConfig(base=cwd)
    elif config_file is not None:
        if not Path(config_file).is_file():
            raise ConfigError(f"--config: no such file: {short_repr(config_file)}")
        config = read_config(Path(config_file))
    else:
        found = find_config(cwd)
        config = read_config(found) if found else LintConfig(base=cwd)
    chosen = check_codes(select, "--select") if select else config.select
    dropped = check_codes(ignore, "--ignore") if ignore else config.ignore
    rules = IssueRules(
        select=chosen or (),
        ignore=dropped or (),
        per_file=config.per_file,
        base=str(config.base.resolve()),
    )
    if exclude:
        return rules, excluder(tuple(exclude), cwd)
    return rules, excluder(config.exclude, config.base)
