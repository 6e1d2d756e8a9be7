"""A real Neo4j Community 5.26 server for tests, without Docker.

``Launcher.java`` (built with Maven into one shaded jar) runs Neo4j embedded with its Bolt
connector on 127.0.0.1; this module builds that jar when needed, starts it in a child JVM with
a throw-away home dir, and stops it again.  See README.md in this folder.

    with Neo4jServer() as server:
        driver = neo4j.GraphDatabase.driver(server.uri, auth=None)
"""

from __future__ import annotations

import atexit
import collections
import contextlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
JAR = HERE / "target" / "neo4j-test-server.jar"
READY_PREFIX = "NEO4J_READY "
BUILD_TIMEOUT_S = 900.0
START_TIMEOUT_S = 180.0


class Neo4jUnavailable(RuntimeError):
    """The test server cannot be built or started; ``reason`` says why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------------------------------------
# build


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    java = shutil.which("java")
    if not java:
        raise Neo4jUnavailable("`java` not found on PATH (Neo4j 5.26 needs a JDK/JRE 17 or 21)")
    return java


def _check_java_version(java: str) -> None:
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise Neo4jUnavailable(f"`{java} -version` failed: {e}") from e
    text = out.stderr + out.stdout
    m = re.search(r'version "(\d+)(?:\.(\d+))?', text)
    if not m:
        raise Neo4jUnavailable(f"cannot parse `{java} -version` output: {text.strip()[:200]!r}")
    major = int(m.group(1))
    if major == 1 and m.group(2):  # "1.8.0_..." style
        major = int(m.group(2))
    if major < 17:
        raise Neo4jUnavailable(f"Java {major} found at {java}; Neo4j 5.26 needs Java 17 or 21")


def _sources() -> list[Path]:
    return [HERE / "pom.xml", *sorted(p for p in (HERE / "src").rglob("*") if p.is_file())]


def jar_is_fresh() -> bool:
    """True if the jar exists and is not older than pom.xml or any file under src/."""
    if not JAR.is_file():
        return False
    jar_mtime = JAR.stat().st_mtime
    return all(p.stat().st_mtime <= jar_mtime for p in _sources())


def _tail(text: str, n: int = 40) -> str:
    text = re.sub(r"\x1b\[[0-9;]*m", "", text)  # mvn's ANSI colour resets, even with -B
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return "\n".join(lines[-n:])


def build_server_jar() -> Path:
    """Return the runnable jar, building it with ``mvn -q -B package -DskipTests`` if missing or stale.

    Raises Neo4jUnavailable if java or mvn is missing or the build fails (with the tail of mvn's output).
    """
    java = _java()
    if jar_is_fresh():
        return JAR
    _check_java_version(java)
    mvn = shutil.which("mvn")
    if not mvn:
        raise Neo4jUnavailable(
            "`mvn` (Apache Maven) not found on PATH; needed to build the Neo4j test server jar"
        )
    (HERE / "target").mkdir(exist_ok=True)
    # One build at a time (pytest-xdist workers, parallel sessions): lock, then re-check.
    with open(HERE / "target" / ".build.lock", "w") as lock:
        try:
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - not on POSIX
            pass
        if jar_is_fresh():
            return JAR
        cmd = [mvn, "-q", "-B", "package", "-DskipTests"]
        try:
            proc = subprocess.run(
                cmd,
                cwd=HERE,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                errors="replace",
                timeout=BUILD_TIMEOUT_S,
            )
        except subprocess.TimeoutExpired as e:
            out = (e.stdout or "") + (e.stderr or "")
            if isinstance(out, bytes):
                out = out.decode(errors="replace")
            raise Neo4jUnavailable(
                f"`{' '.join(cmd)}` in {HERE} timed out after {BUILD_TIMEOUT_S:.0f} s; last output:\n{_tail(out)}"
            ) from e
        except OSError as e:
            raise Neo4jUnavailable(f"cannot run `{' '.join(cmd)}`: {e}") from e
        output = proc.stdout + proc.stderr
        if proc.returncode != 0 or not JAR.is_file():
            raise Neo4jUnavailable(
                f"`{' '.join(cmd)}` in {HERE} failed (exit {proc.returncode}); last output:\n{_tail(output)}"
            )
        os.utime(JAR)  # newer than every source even if Maven left it alone
    return JAR


# ---------------------------------------------------------------------------------------------
# server


class Neo4jServer:
    """The test server in a child JVM.  Use as a context manager, or start()/stop().

    ``uri`` is ``bolt://127.0.0.1:PORT`` once started; auth is off (``auth=None`` in the driver).
    """

    def __init__(self, port: int = 0, heap: str = "1g", start_timeout: float = START_TIMEOUT_S):
        self.port = port
        self.heap = heap
        self.start_timeout = start_timeout
        self.uri: str | None = None
        self.home: Path | None = None
        self.startup_seconds: float | None = None
        self._proc: subprocess.Popen[str] | None = None
        self._out: collections.deque[str] = collections.deque(maxlen=300)
        self._ready = threading.Event()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    # -- lifecycle ------------------------------------------------------------------------------

    def __enter__(self) -> Neo4jServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> Neo4jServer:
        if self._proc is not None:
            raise RuntimeError("Neo4jServer already started")
        jar = build_server_jar()
        java = _java()
        self.home = Path(tempfile.mkdtemp(prefix="kg-neo4j-test-"))
        cmd = [
            java,
            f"-Xmx{self.heap}",
            "-Xms256m",
            "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8",
            "-Dkg.testserver.deleteHome=true",  # the JVM cleans up if this process dies
            "-jar",
            str(jar),
            str(self.port),
            str(self.home),
        ]
        t0 = time.monotonic()
        try:
            self._proc = subprocess.Popen(
                cmd,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                errors="replace",
                bufsize=1,
            )
        except OSError as e:
            self._cleanup_home()
            raise Neo4jUnavailable(f"cannot start `{' '.join(cmd)}`: {e}") from e
        atexit.register(self.stop)
        for name, stream in (("stdout", self._proc.stdout), ("stderr", self._proc.stderr)):
            t = threading.Thread(target=self._drain, args=(name, stream), name=f"neo4j-{name}", daemon=True)
            t.start()
            self._threads.append(t)
        try:
            self._wait_ready(t0)
        except Exception:
            details = self.log_tail()
            self.stop()
            raise Neo4jUnavailable(f"{self._failure}\n--- server output / log tail ---\n{details}") from None
        except BaseException:  # KeyboardInterrupt etc.: no JVM left behind
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - t0
        return self

    def _drain(self, name: str, stream) -> None:  # type: ignore[no-untyped-def]
        try:
            for line in stream:
                line = line.rstrip("\n")
                if name == "stdout" and line.startswith(READY_PREFIX) and not self._ready.is_set():
                    self.uri = line[len(READY_PREFIX) :].strip()
                    self._ready.set()
                self._out.append(f"[{name}] {line}")
        except (OSError, ValueError):
            pass

    _failure = "Neo4j test server failed to start"

    def _wait_ready(self, t0: float) -> None:
        deadline = t0 + self.start_timeout
        assert self._proc is not None
        while not self._ready.wait(0.2):
            code = self._proc.poll()
            if code is not None:
                for t in self._threads:
                    t.join(timeout=2)
                failed = [ln for ln in self._out if ln.startswith("[stderr] NEO4J_FAILED ")]
                why = f": {failed[-1][len('[stderr] NEO4J_FAILED ') :]}" if failed else ""
                self._failure = f"Neo4j test server exited with code {code} before it was ready{why}"
                raise Neo4jUnavailable(self._failure)
            if time.monotonic() > deadline:
                self._failure = f"Neo4j test server not ready within {self.start_timeout:.0f} s"
                raise Neo4jUnavailable(self._failure)
        # The line is printed once the port accepts TCP; also make sure Bolt answers a driver.
        import neo4j

        last: Exception | None = None
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                self._failure = f"Neo4j test server exited with code {self._proc.returncode} after READY"
                raise Neo4jUnavailable(self._failure)
            try:
                with neo4j.GraphDatabase.driver(self.uri, auth=None) as driver:
                    driver.verify_connectivity()
                return
            except Exception as e:  # noqa: BLE001 - retried until the deadline
                last = e
                time.sleep(0.5)
        self._failure = f"Bolt at {self.uri} did not accept a driver connection within the timeout: {last!r}"
        raise Neo4jUnavailable(self._failure)

    def stop(self, timeout: float = 60.0) -> None:
        """Close stdin (the server shuts down cleanly and exits), wait, kill if needed, delete the home."""
        with self._lock:
            proc, self._proc = self._proc, None
            if proc is not None:
                with contextlib.suppress(OSError, ValueError):
                    if proc.stdin:
                        proc.stdin.close()
                try:
                    proc.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    proc.terminate()
                    try:
                        proc.wait(timeout=15)
                    except subprocess.TimeoutExpired:
                        proc.kill()
                        proc.wait(timeout=15)
                for t in self._threads:
                    t.join(timeout=5)
                self._threads.clear()
                with contextlib.suppress(Exception):
                    atexit.unregister(self.stop)
            self._cleanup_home()

    def _cleanup_home(self) -> None:
        if self.home is not None:
            shutil.rmtree(self.home, ignore_errors=True)
            self.home = None

    # -- diagnostics ----------------------------------------------------------------------------

    def log_tail(self, n: int = 40) -> str:
        """Last lines of the JVM's stdout/stderr and of the server's logs/debug.log."""
        parts = ["\n".join(list(self._out)[-n:]) or "(no output)"]
        if self.home is not None:
            debug = self.home / "logs" / "debug.log"
            if debug.is_file():
                with contextlib.suppress(OSError):
                    lines = debug.read_text(encoding="utf-8", errors="replace").splitlines()
                    parts.append(f"--- {debug} ---\n" + "\n".join(lines[-n:]))
        return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# cleaning between tests


def _quote(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def wipe(driver, database: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Make the (single, Community) database empty again.

    Drops every constraint, then every index except the two built-in token LOOKUP indexes a fresh
    database has, then deletes all nodes and relationships (in batches).
    """
    with driver.session(database=database) as session:
        for rec in list(session.run("SHOW CONSTRAINTS YIELD name")):
            session.run(f"DROP CONSTRAINT {_quote(rec['name'])} IF EXISTS").consume()
        for rec in list(session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")):
            session.run(f"DROP INDEX {_quote(rec['name'])} IF EXISTS").consume()
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
