"""A private X server (Xvfb) and real input through it (xdotool), for driving the editor as a person does.

Keys and clicks go through the X server's XTEST extension, exactly as a keyboard and mouse would
deliver them: the editor runs on Qt's ``xcb`` platform and cannot tell the difference.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from contextlib import contextmanager

TOOLS = ("Xvfb", "xdotool")


def missing_tools() -> list[str]:
    return [t for t in TOOLS if shutil.which(t) is None]


@contextmanager
def xvfb(width: int = 1366, height: int = 768):
    """Start Xvfb on a free display; yields the DISPLAY value (":N")."""
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
                             "-nolisten", "tcp", "-noreset"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            chunk = os.read(read, 16)
            if not chunk:
                break
            number += chunk
        if not number.strip():
            raise RuntimeError("Xvfb did not start")
        yield f":{int(number)}"
    finally:
        os.close(read)
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


class Input:
    """xdotool on one display: what a person's hands do."""

    def __init__(self, display: str, type_delay_ms: int = 12):
        self.env = dict(os.environ, DISPLAY=display)
        self.delay = str(type_delay_ms)

    def _run(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=60)

    def move(self, x: int, y: int) -> None:
        self._run("mousemove", str(x), str(y))

    def click(self, x: int, y: int, button: int = 1) -> None:
        self._run("mousemove", str(x), str(y), "click", str(button))

    def double_click(self, x: int, y: int) -> None:
        self._run("mousemove", str(x), str(y), "click", "--repeat", "2", "--delay", "80", "1")

    def drag(self, x1: int, y1: int, x2: int, y2: int) -> None:
        self._run("mousemove", str(x1), str(y1), "mousedown", "1", "sleep", "0.1",
                  "mousemove", str((x1 + x2) // 2), str((y1 + y2) // 2), "sleep", "0.05",
                  "mousemove", str(x2), str(y2), "sleep", "0.1", "mouseup", "1")

    def type(self, text: str) -> None:
        self._run("type", "--delay", self.delay, "--", text)

    def key(self, *keys: str) -> None:
        self._run("key", "--delay", "40", "--", *keys)
