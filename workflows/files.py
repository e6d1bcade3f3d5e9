"""Files and folders cspr makes are readable by their owner only (the case store holds child details).

While :func:`owner_only` is in force, every file this process creates is 0600 and every folder
0700 whatever the umask: the case store and its WAL and SHM files (SQLite gives those the store's
own mode), backups, the outbox and its ``.eml`` files, reports, ``var/`` and, when cspr sets
``PREFECT_HOME`` under ``var/``, Prefect's own database. :func:`tighten_store` narrows a store
file made earlier under a looser umask.
"""

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url

OWNER_ONLY_UMASK = 0o077


@contextmanager
def owner_only() -> Iterator[None]:
    """Create files 0600 and folders 0700 inside the block; the umask before it is restored after."""
    before = os.umask(OWNER_ONLY_UMASK)
    try:
        yield
    finally:
        os.umask(before)


def set_owner_only() -> None:
    """For a whole process (a script's entry point): create files 0600 and folders 0700 from now on."""
    os.umask(OWNER_ONLY_UMASK)


def tighten_store(url: str) -> None:
    """Make a SQLite store file and its ``-wal``/``-shm`` files 0600 when this user owns them."""
    try:
        parsed = make_url(url)
    except Exception:  # not a URL: the engine has already said so
        return
    if not parsed.drivername.startswith("sqlite") or not parsed.database:
        return
    name = parsed.database.removeprefix("file:")
    if name == ":memory:":
        return
    for suffix in ("", "-wal", "-shm"):
        path = Path(name + suffix)
        try:
            info = path.stat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and info.st_uid == os.geteuid() and info.st_mode & 0o077:
            path.chmod(0o600)
