"""Open a page in headless Chromium with the network cut off, through the DevTools protocol.

For the tests and the benchmark of the explorer (and for anyone who wants a screenshot of a page):
``with Browser() as b: page = b.open(url)`` loads ``url`` with every request recorded, console
errors and uncaught exceptions collected, and requests that would leave the machine refused (an
unreachable proxy, a resolver that knows no host; loopback stays reachable for a local server).
``offline=True`` also puts the page itself offline. Needs Debian's ``chromium`` and the
``websockets`` package (a development dependency).
"""

from __future__ import annotations

import base64
import contextlib
import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
LOCAL_SCHEMES = frozenset({"file", "data", "about", "blob", "chrome", "devtools"})
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def chromium_path() -> str | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or (parts.hostname or "") in LOCAL_HOSTS


@dataclass
class PageResult:
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    ready_ms: float | None = None  # the page's own measure (window.chidaoExplorer.readyAt), from navigation start
    wall_ms: float | None = None  # from Page.navigate to the page saying it is ready

    @property
    def outside_requests(self) -> list[str]:
        return [u for u in self.requests if not is_local(u)]


class Browser:
    """One headless Chromium with a DevTools connection to one page."""

    def __init__(self, width: int = 1200, height: int = 800, timeout: float = 30.0) -> None:
        exe = chromium_path()
        if exe is None:
            raise RuntimeError("Chromium is not installed (Debian: apt-get install chromium).")
        self.timeout = timeout
        self._dir = tempfile.mkdtemp(prefix="chidao-chromium-")
        args = [
            exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
            "--proxy-server=http://127.0.0.1:9",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
            f"--user-data-dir={self._dir}", f"--window-size={width},{height}",
            "--remote-debugging-port=0", "about:blank",
        ]  # fmt: skip
        self._proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._ws: Any = None
        self._next = 0
        self.events: list[dict[str, Any]] = []
        try:
            self._connect(width, height)
        except BaseException:
            self.close()
            raise

    def _connect(self, width: int, height: int) -> None:
        from websockets.sync.client import connect

        port_file = Path(self._dir) / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while not port_file.exists() or not port_file.read_text().strip():
            if self._proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Chromium did not start its DevTools endpoint.")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=self.timeout) as resp:
            targets = json.load(resp)
        page = next(t for t in targets if t.get("type") == "page")
        self._ws = connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=self.timeout).__enter__()
        for method in ("Page.enable", "Runtime.enable", "Log.enable", "Network.enable"):
            self.send(method)
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self._next += 1
        wanted = self._next
        self._ws.send(json.dumps({"id": wanted, "method": method, "params": params or {}}))
        deadline = time.monotonic() + self.timeout
        while True:
            message = json.loads(self._ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error'].get('message')}")
                return dict(message.get("result", {}))
            if "method" in message:
                self.events.append(message)

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails'].get('text')}")
        return result.get("result", {}).get("value")

    def open(
        self, url: str, *, ready: str = "window.chidaoExplorer && window.chidaoExplorer.ready", offline: bool = False
    ) -> PageResult:
        """Load ``url`` and wait until ``ready`` (a JavaScript expression) is true."""
        self.events.clear()
        self.send(
            "Network.emulateNetworkConditions",
            {"offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
        )
        started = time.monotonic()
        self.send("Page.navigate", {"url": url})
        deadline = started + self.timeout
        result = PageResult(url)
        while not self.evaluate(f"Boolean({ready})"):
            if time.monotonic() > deadline:
                self._collect(result)
                raise TimeoutError(f"{url} was not ready after {self.timeout:.0f} s; errors: {result.errors}")
            time.sleep(0.02)
        result.wall_ms = (time.monotonic() - started) * 1000
        result.ready_ms = self.evaluate("window.chidaoExplorer ? window.chidaoExplorer.readyAt : null")
        time.sleep(0.2)  # late console messages and requests
        self.evaluate("1")
        self._collect(result)
        return result

    def _collect(self, result: PageResult) -> None:
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Network.requestWillBeSent":
                result.requests.append(params["request"]["url"])
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                result.errors.append(f"a request failed: {params.get('errorText')}")
            elif method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                result.errors.append(str(details.get("exception", {}).get("description") or details.get("text")))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                result.errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params["args"]))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                result.errors.append(f"{params['entry'].get('text')} ({params['entry'].get('url', '')})")

    def screenshot(self, path: Path | None = None) -> bytes:
        png = base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"})["data"])
        if path is not None:
            path.write_bytes(png)
        return png

    def close(self) -> None:
        if self._ws is not None:
            with contextlib.suppress(Exception):
                self._ws.close()
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def file_url(path: Path) -> str:
    return path.resolve().as_uri()


__all__ = ["Browser", "PageResult", "chromium_path", "file_url", "is_local"]
