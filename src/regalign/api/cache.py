"""The application service's cache of loaded corpora and of comparisons, on disk, keyed by the exact
bytes of every file and the versions.

Parsing and validating the YAML files is the slowest part of a run, and most runs read the same
files. The service (``api/service.py``) keeps the result (corpus and issues) in the user's cache
directory under a key made of the package version, the code (every module's name, size and
modification time), the Python and pydantic versions and a SHA-256 of every file's name and bytes,
so any change to any file, an upgrade or an edit to the code (an editable install) misses the cache.
It keeps comparisons the same way, under a key of the corpus key, the whole method and every option
that changes the result. A third kind, finished briefings (``api/outputs.py``), lives in the same
store under a key of the code, the libraries, every data file's bytes, the day and every option.
These three kinds are the only caches regalign has.

Nothing read from the cache can run code or change a result unnoticed:

- the directory is used only when it is an absolute path, owned by the user running regalign and
  writable by no one else (a relative ``REGALIGN_CACHE`` turns the cache off rather than write into
  the working directory; a relative ``XDG_CACHE_HOME`` is ignored, as the XDG specification says);
- every entry is authenticated: an HMAC-SHA256, under a secret key kept in a sub-directory only the
  user can read, covers the entry's kind, its key and its bytes, so an entry planted, edited or
  renamed by anyone else is refused before a byte of it is unpickled;
- an entry is read only if it is a regular file (never a FIFO, a device or a symbolic link) owned by
  the user and writable by no one else, of at most ``MAX_ENTRY_BYTES``;
- and it is unpickled by an unpickler that builds only regalign's own record and result classes and
  a few standard value types, never a function.

An entry that fails any check, or cannot be read, is ignored and rebuilt. A directory that fails the
checks is not used at all, and :func:`problem` says why (the CLI prints it once). Writes go to a
unique temporary file that is renamed into place; a cache that cannot be written is ignored.

``REGALIGN_CACHE`` names another directory (an absolute path), or ``off`` to disable the cache. On a
system without POSIX file ownership (Windows) the cache is off.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import os
import pickle
import secrets
import stat
from pathlib import Path

from regalign.api.keys import FORMAT
from regalign.api.unpickler import Unpickler

CACHE_ENV = "REGALIGN_CACHE"
MAGIC = b"regalign-cache\x00\x03"
MAX_ENTRY_BYTES = 256 * 1024 * 1024
KEY_DIR = ".key"
KEY_FILE = "hmac-sha256"
KEY_BYTES = 32
KEEP = 16  # entries of each kind kept

_FILE_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_DIR_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_DIRECTORY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_problem: str | None = None


def problem() -> str | None:
    """Why the cache directory was last refused (None when it was used, or the cache is off)."""
    return _problem


def cache_dir() -> Path | None:
    """Where cached entries live, or None when caching is off (or the place named is relative)."""
    global _problem
    _problem = None
    chosen = os.environ.get(CACHE_ENV, "")
    if chosen.lower() in ("off", "0", "no", "false"):
        return None
    if chosen:
        path = Path(chosen)
        if not path.is_absolute():
            _problem = (
                f"{CACHE_ENV}={chosen!r} is a relative path; the cache is off (give an absolute "
                "path, so that no run writes into its working directory)"
            )
            return None
        return path
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG specification: a relative path is ignored
        base = os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        _problem = "no home directory to keep the cache in; the cache is off"
        return None
    return Path(base) / "regalign"


def read(key: str, kind: str = "corpus") -> object | None:
    """The cached value of a kind ('corpus', 'comparison', 'output') under the key, or None (missing, refused, stale)."""
    folder = _open_folder(create=False)
    if folder is None:
        return None
    try:
        secret = _secret(folder, create=False)
        data = _read_entry(folder, _name(kind, key)) if secret else None
        if secret is None or data is None or not data.startswith(MAGIC):
            return None
        mac, payload = data[len(MAGIC) : len(MAGIC) + 32], data[len(MAGIC) + 32 :]
        if not hmac.compare_digest(mac, _mac(secret, kind, key, payload)):
            return None
        value: object = Unpickler(io.BytesIO(payload)).load()
        return value
    except Exception:  # noqa: BLE001 - any bad entry (MemoryError and RecursionError included) is a miss
        return None
    finally:
        os.close(folder)


def write(key: str, value: object, kind: str = "corpus") -> None:
    """Store the value under the key; silently do nothing if the cache cannot be written."""
    folder = _open_folder(create=True)
    if folder is None:
        return
    temp = None
    try:
        secret = _secret(folder, create=True)
        if secret is None:
            return
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        temp = f".{kind}-{secrets.token_hex(8)}.tmp"
        _write_new(folder, temp, MAGIC + _mac(secret, kind, key, payload) + payload)
        os.replace(temp, _name(kind, key), src_dir_fd=folder, dst_dir_fd=folder)
        temp = None
        _prune(folder, kind, keep=_name(kind, key))
    except Exception:  # noqa: BLE001 - a value that cannot be stored is simply not cached
        pass
    finally:
        if temp is not None:
            try:
                os.unlink(temp, dir_fd=folder)
            except OSError:
                pass
        os.close(folder)


def _name(kind: str, key: str) -> str:
    return f"{kind}-{key}.pickle"


def _mac(secret: bytes, kind: str, key: str, payload: bytes) -> bytes:
    message = hmac.new(secret, f"{FORMAT}\0{kind}\0{key}\0".encode(), hashlib.sha256)
    message.update(payload)
    return message.digest()


def _nofollow() -> int:
    return getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def _supported() -> bool:
    return hasattr(os, "getuid") and os.open in os.supports_dir_fd and os.name == "posix"


def _safe(info: os.stat_result) -> bool:
    """Owned by the user and writable by no one else."""
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _open_folder(create: bool) -> int | None:
    """A descriptor of the cache directory if it is safe to use (see the module docstring), else None.

    Every later step works relative to the descriptor, so the directory checked is the one used even
    if its path is swapped meanwhile.
    """
    global _problem
    folder = cache_dir()
    if folder is None or not _supported():
        return None
    if create:
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            folder.mkdir(mode=0o700, exist_ok=True)
        except OSError:
            return None
    try:
        fd = os.open(folder, _DIR_FLAGS)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
    except OSError:
        os.close(fd)
        return None
    if not stat.S_ISDIR(info.st_mode) or not _safe(info):
        os.close(fd)
        whose = "owned by another user" if info.st_uid != os.getuid() else "writable by others"
        _problem = (
            f"not using the cache directory {folder}: it is {whose} (make it your own and "
            f"`chmod go-w` it, or set {CACHE_ENV} to another absolute path or to off)"
        )
        return None
    _problem = None
    return fd


def _secret(folder: int, create: bool) -> bytes | None:
    """The per-user HMAC key, kept in a sub-directory only the user can enter; made on first write."""
    try:
        keys = os.open(KEY_DIR, _DIR_FLAGS, dir_fd=folder)
    except FileNotFoundError:
        if not create:
            return None
        try:
            os.mkdir(KEY_DIR, 0o700, dir_fd=folder)
            keys = os.open(KEY_DIR, _DIR_FLAGS, dir_fd=folder)
        except OSError:
            return None
    except OSError:
        return None
    try:
        info = os.fstat(keys)
        if info.st_uid != os.getuid() or stat.S_IMODE(info.st_mode) & 0o077:
            return None
        found = _read_key(keys)
        if found is None and create:
            _make_key(keys)
            found = _read_key(keys)
        return found
    finally:
        os.close(keys)


def _open_regular(name: str, folder: int) -> tuple[int, os.stat_result] | None:
    """A descriptor of a regular file in ``folder`` and its status, or None.

    The entry is looked at before it is opened, so a FIFO, a device or a socket is never opened at all
    (not even without blocking), nor a symbolic link followed; the open descriptor is then checked to
    be the same file, so a swap between the look and the open is refused too.
    """
    try:
        seen = os.stat(name, dir_fd=folder, follow_symlinks=False)
        if not stat.S_ISREG(seen.st_mode):
            return None
        fd = os.open(name, _FILE_FLAGS, dir_fd=folder)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
    except OSError:
        os.close(fd)
        return None
    if not stat.S_ISREG(info.st_mode) or (info.st_dev, info.st_ino) != (seen.st_dev, seen.st_ino):
        os.close(fd)
        return None
    return fd, info


def _read_key(keys: int) -> bytes | None:
    opened = _open_regular(KEY_FILE, keys)
    if opened is None:
        return None
    fd, info = opened
    try:
        if (
            not stat.S_ISREG(info.st_mode)
            or info.st_uid != os.getuid()
            or stat.S_IMODE(info.st_mode) & 0o077
            or info.st_size != KEY_BYTES
        ):
            return None
        secret = os.read(fd, KEY_BYTES + 1)
        return secret if len(secret) == KEY_BYTES else None
    finally:
        os.close(fd)


def _write_new(folder: int, name: str, data: bytes) -> None:
    """Write a file that must not exist yet, readable by the user alone (then renamed or linked)."""
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _nofollow(), 0o600, dir_fd=folder)
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)


def _make_key(keys: int) -> None:
    """Write a new key; a process that wins the race to link it first decides the key for both."""
    temp = f".{secrets.token_hex(8)}.tmp"
    try:
        _write_new(keys, temp, secrets.token_bytes(KEY_BYTES))
        os.link(temp, KEY_FILE, src_dir_fd=keys, dst_dir_fd=keys)
    except OSError:
        pass
    finally:
        try:
            os.unlink(temp, dir_fd=keys)
        except OSError:
            pass


def _read_entry(folder: int, name: str) -> bytes | None:
    """An entry's bytes, if it is a regular file the user owns, no one else can write, of a sane size."""
    opened = _open_regular(name, folder)
    if opened is None:
        return None
    fd, info = opened
    try:
        if not _safe(info) or info.st_size > MAX_ENTRY_BYTES:
            return None
        chunks, total = [], 0
        while total <= info.st_size:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        return None if total > MAX_ENTRY_BYTES else b"".join(chunks)
    finally:
        os.close(fd)


def _prune(folder: int, kind: str, keep: str, limit: int = KEEP) -> None:
    """Keep the newest few entries of a kind, so the directory does not grow without bound."""
    entries = []
    for name in os.listdir(folder):
        if name.startswith(f"{kind}-") and name.endswith(".pickle"):
            try:
                info = os.stat(name, dir_fd=folder, follow_symlinks=False)
            except OSError:
                continue
            entries.append((info.st_mtime_ns, name))
    for _, name in sorted(entries, reverse=True)[limit:]:
        if name != keep:
            try:
                os.unlink(name, dir_fd=folder)
            except OSError:
                pass
