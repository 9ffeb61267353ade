"""A real PostgreSQL server for the test run: ``initdb`` + ``pg_ctl`` in a temporary folder.

The binaries come from the Debian ``postgresql`` package (/usr/lib/postgresql/*/bin), or from the
folder ``PLANTRACE_PG_BIN`` names. PostgreSQL refuses to run as root, so as root the server runs as
the ``postgres`` user. It listens on 127.0.0.1 at a free port, with trust authentication, fsync off
(a throwaway cluster). In CI (``CI=true``) a server that cannot start fails the run instead of
skipping the PostgreSQL tests.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class Unavailable(RuntimeError):
    """PostgreSQL cannot be started on this machine (binaries, user or driver missing)."""


@dataclass
class Server:
    root: Path
    port: int
    bin: Path
    user: str | None  # the OS user the server runs as, when not the current one

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        _run(self, [str(self.bin / "pg_ctl"), "stop", "-D", str(self.root / "data"), "-m", "immediate", "-w"])
        shutil.rmtree(self.root, ignore_errors=True)


def binaries() -> Path:
    """``PLANTRACE_PG_BIN`` if set (a folder with ``initdb`` and ``pg_ctl``), else the newest
    /usr/lib/postgresql/*/bin."""
    chosen = os.environ.get("PLANTRACE_PG_BIN")
    if chosen:
        if not (Path(chosen) / "pg_ctl").exists():
            raise Unavailable(f"no pg_ctl in PLANTRACE_PG_BIN={chosen}")
        return Path(chosen)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parent.parent.name))
    if not found:
        raise Unavailable("no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)")
    return Path(found[-1]).parent


def start() -> Server:
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise Unavailable("psycopg is not installed (pip install -e '.[dev]')") from exc
    bin_dir = binaries()
    user = None
    if os.geteuid() == 0:
        user = "postgres"
        try:
            import pwd

            pwd.getpwnam(user)
        except KeyError as exc:
            raise Unavailable("running as root and there is no 'postgres' user to run the server") from exc
    root = Path(tempfile.mkdtemp(prefix="plantrace-pg-"))
    if user:
        shutil.chown(root, user)
    server = Server(root, _free_port(), bin_dir, user)
    data = root / "data"
    try:
        _run(server, [str(bin_dir / "initdb"), "-D", str(data), "--auth=trust", "--username=postgres",
                      "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"])
        options = (f"-c listen_addresses=127.0.0.1 -c port={server.port} -c unix_socket_directories={root} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        _run(server, [str(bin_dir / "pg_ctl"), "start", "-D", str(data), "-w", "-t", "60",
                      "-l", str(root / "server.log"), "-o", options])
    except (OSError, subprocess.CalledProcessError) as exc:
        log = (root / "server.log").read_text(errors="replace")[-2000:] if (root / "server.log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        detail = getattr(exc, "stderr", "") or ""
        raise Unavailable(f"PostgreSQL did not start: {exc} {detail} {log}") from exc
    return server


def _run(server: Server, argv: list[str]) -> None:
    if server.user:
        argv = ["runuser", "-u", server.user, "--", *argv]
    subprocess.run(argv, check=True, capture_output=True, text=True, cwd=server.root)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def create_database(server: Server, name: str, template: str = "template0") -> str:
    """A new empty database (or a copy of ``template``); returns its URL."""
    import psycopg

    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return server.url(name)
