#!/usr/bin/python3
"""Listens to the real window as a screen reader does, over AT-SPI, while a token is typed.

Run by run-accessibility-test, which gives it a display, a D-Bus session and a home of its own.
It starts the AT-SPI bus, the demo server (every region on 127.0.0.x) and the real program,
listens to every AT-SPI event, and drives the quick check by keyboard (xdotool) as a person
would: a token typed, pasted over itself, three letters deleted with Backspace and typed
again, Verify; then a token the service refuses, and one with a space inside.

It fails when a text-inserted or text-removed event of a masked field carries any character of
a token, when an event, name, description or text of any object holds eight consecutive
characters of one, or when an outcome (verified, refused, invalid input) never reaches the
listener as spoken text: the name or text of an object that takes the focus, or of a
notification that appears. Every listener, in the other AT-SPI clients of the session, sees
exactly what this one sees.

With --orca FILE, Orca runs in the same session and writes what it would speak to FILE.
"""

import argparse
import os
import random
import signal
import string
import subprocess
import sys
import threading
import time

import pyatspi
from gi.repository import GLib

# Consecutive characters of a token that no name, description, text or event may hold.
LEAK_RUN = 8
# Objects a screen reader speaks when they appear, unasked.
SPEAKING_ROLES = (pyatspi.ROLE_NOTIFICATION, pyatspi.ROLE_ALERT)
MASKED_ROLES = (pyatspi.ROLE_PASSWORD_TEXT,)


def random_token(length, prefix=""):
    alphabet = string.ascii_letters + string.digits
    return prefix + "".join(random.choice(alphabet) for _ in range(length - len(prefix)))


def speaks(kind, role, detail1):
    """Whether a screen reader speaks the object of this event unasked: focus, announcements,
    and notifications or alerts that appear."""
    if kind.startswith(("focus:", "object:announcement")):
        return True
    if kind.startswith("object:state-changed:focused"):
        return bool(detail1)
    return kind.startswith("object:state-changed:showing") and bool(detail1) \
        and role in SPEAKING_ROLES


class Listener:
    """What every AT-SPI client of the session hears. Runs on the main (GLib) thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.secrets = []
        self.violations = []
        self.spoken = []  # (event type, text) of the objects of events that speak()
        self.masked_changes = []  # (event type, text) of text events of masked fields
        self.focused_role = None

    def add_secret(self, token):
        with self.lock:
            self.secrets.append(token)

    def leaks_in(self, text):
        """The token whose LEAK_RUN consecutive characters appear in text, or None."""
        if not isinstance(text, str) or len(text) < LEAK_RUN:
            return None
        for secret in self.secrets:
            for start in range(len(secret) - LEAK_RUN + 1):
                if secret[start:start + LEAK_RUN] in text:
                    return secret
        return None

    def violate(self, what):
        with self.lock:
            if what not in self.violations:
                self.violations.append(what)

    def on_event(self, event):
        try:
            source = event.source
            role = source.getRole()
            name = source.name or ""
            description = source.description or ""
        except Exception:  # the object went away before it could be asked
            return
        data = event.any_data if isinstance(event.any_data, str) else ""
        kind = event.type

        for label, text in (("name", name), ("description", description), ("data", data)):
            if self.leaks_in(text):
                self.violate("%s of a %s in a %s event holds %d characters of a token: %r"
                             % (label, source.getRoleName(), kind, LEAK_RUN, text))

        if kind.startswith("object:text-changed") and role in MASKED_ROLES:
            with self.lock:
                self.masked_changes.append((kind, data))
                carried = [c for c in data if any(c in secret for secret in self.secrets)]
            if carried:
                self.violate("an %s event of the masked field carries token characters"
                             % kind)

        if kind.startswith("object:state-changed:focused") and event.detail1:
            with self.lock:
                self.focused_role = role

        if speaks(kind, role, event.detail1):
            text = name
            try:
                text += " " + source.queryText().getText(0, -1)
            except NotImplementedError:
                pass
            with self.lock:
                self.spoken.append((kind, (text + " " + data).strip()))

    def masked_text(self, kind, since):
        with self.lock:
            return "".join(d for k, d in self.masked_changes[since:] if k.endswith(kind))


def walk(obj, visit, depth=0):
    if obj is None or depth > 40:
        return
    visit(obj)
    try:
        count = obj.childCount
    except Exception:
        return
    for index in range(count):
        try:
            child = obj.getChildAtIndex(index)
        except Exception:
            continue
        walk(child, visit, depth + 1)


class Session:
    """The driver: runs on its own thread, asks the main thread for anything AT-SPI."""

    def __init__(self, listener, program, pid, human_pace):
        self.listener = listener
        self.program = program
        self.pid = pid
        self.app = None
        # A screen reader takes its time with each event: at a person's pace, it keeps up and
        # its log holds every sentence; at the test's pace, it skips some as a flood.
        self.key_delay = "250" if human_pace else "15"
        self.settle = 3 if human_pace else 0

    def on_main(self, function, timeout=10):
        done = threading.Event()
        result = {}

        def call():
            try:
                result["value"] = function()
            except Exception as error:  # reported on the driver's thread
                result["error"] = error
            done.set()
            return False

        GLib.idle_add(call)
        if not done.wait(timeout):
            raise RuntimeError("the AT-SPI thread did not answer in %d s" % timeout)
        if "error" in result:
            raise result["error"]
        return result.get("value")

    def wait_for(self, what, condition, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = condition()
            if value:
                return value
            if self.program.poll() is not None:
                raise RuntimeError("the program ended while waiting for " + what)
            time.sleep(0.05)
        raise RuntimeError("timed out after %d s waiting for %s" % (timeout, what))

    def find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == self.pid:
                    return app
            except Exception:
                continue
        return None

    def find(self, matches):
        found = []

        def visit(obj):
            if not found and matches(obj):
                found.append(obj)

        walk(self.app, visit)
        return found[0] if found else None

    def token_field(self):
        return self.find(lambda obj: obj.getRole() == pyatspi.ROLE_PASSWORD_TEXT)

    def region_field(self):
        # The line edit of the one editable combo box; the combo box takes the focus for it.
        return self.find(lambda obj: obj.getRole() == pyatspi.ROLE_TEXT
                         and obj.parent.getRole() == pyatspi.ROLE_COMBO_BOX)

    def focus(self, what, find, focused_role):
        def grab():
            target = find()
            if target is None:
                return False
            with self.listener.lock:
                if target.getState().contains(pyatspi.STATE_FOCUSED):
                    self.listener.focused_role = focused_role
                    return True
                self.listener.focused_role = None
            return target.queryComponent().grabFocus()

        self.wait_for(what + " to take the focus", lambda: self.on_main(grab), 10)
        self.wait_for("the focus to arrive in " + what,
                      lambda: self.listener.focused_role == focused_role, 10)
        time.sleep(self.settle)

    def keys(self, *keys):
        xdotool("key", "--delay", "40", *keys)

    def type(self, text):
        xdotool("type", "--delay", self.key_delay, text)

    def masked_count(self):
        with self.listener.lock:
            return len(self.listener.masked_changes)

    def type_token(self, token):
        """Types a token over what the field holds; returns what its insertions spelled."""
        self.keys("ctrl+a")
        since = self.masked_count()
        self.type(token)
        self.wait_for("an event for every typed character",
                      lambda: self.masked_count() - since >= len(token), 60)
        return self.listener.masked_text("insert", since)

    def expect_spoken(self, what, words, since, timeout=15):
        def heard():
            with self.listener.lock:
                for kind, text in self.listener.spoken[since:]:
                    if words in text:
                        return kind, text
            return None

        try:
            kind, text = self.wait_for(what, heard, timeout)
            print("heard %s in %s: %r" % (what, kind, text))
            time.sleep(self.settle)
        except RuntimeError:
            with self.listener.lock:
                said = [text for _, text in self.listener.spoken[since:]]
            self.listener.violate("%s was never spoken (%r); the listener heard: %r"
                                  % (what, words, said))

    def spoken_count(self):
        with self.listener.lock:
            return len(self.listener.spoken)

    def check_tree(self, moment):
        def look():
            leaks = []

            def visit(obj):
                texts = [obj.name or "", obj.description or ""]
                try:
                    texts.append(obj.queryText().getText(0, -1))
                except NotImplementedError:
                    pass
                for text in texts:
                    if self.listener.leaks_in(text):
                        leaks.append("%s (%s)" % (obj.getRoleName(), text))

            walk(self.app, visit)
            return leaks

        for leak in self.on_main(look, timeout=20):
            self.listener.violate("%s: an object holds %d characters of a token: %s"
                                  % (moment, LEAK_RUN, leak))

    def run(self):
        self.app = self.wait_for("the program on the AT-SPI bus",
                                 lambda: self.on_main(self.find_app), 20)
        window = self.wait_for("the window", lambda: xdotool_search(self.pid), 20)
        xdotool("windowfocus", "--sync", window)

        # The region whose server accepts the demo tokens, typed as a person would.
        self.focus("the region field", self.region_field, pyatspi.ROLE_COMBO_BOX)
        self.keys("ctrl+a")
        self.type("EMEA 02")
        self.keys("Tab")

        good = random_token(96)
        self.listener.add_secret(good)
        self.focus("the token field", self.token_field, pyatspi.ROLE_PASSWORD_TEXT)
        spelled = self.type_token(good)
        if spelled == good:
            self.listener.violate("typed, the masked field's insertions spell the whole token")

        # Pasted over itself from the clipboard.
        clipboard = subprocess.Popen(["xclip", "-quiet", "-selection", "clipboard"],
                                     stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        clipboard.stdin.write(good.encode())
        clipboard.stdin.close()
        time.sleep(0.2)
        since = self.masked_count()
        self.keys("ctrl+a", "ctrl+v")
        self.wait_for("the pasted token's events",
                      lambda: len(self.listener.masked_text("insert", since)) >= len(good), 10)
        clipboard.kill()
        clipboard.wait()
        if good in self.listener.masked_text("insert", since):
            self.listener.violate("pasted, the whole token arrives in one insertion event")

        # Three letters deleted with Backspace, and typed again.
        since = self.masked_count()
        self.keys("BackSpace", "BackSpace", "BackSpace")
        self.wait_for("three removals", lambda: self.masked_count() - since >= 3, 10)
        removed = self.listener.masked_text("delete", since)
        if removed and removed[::-1] == good[-3:]:
            self.listener.violate("each letter deleted with Backspace arrives in its event")
        since = self.masked_count()
        self.type(good[-3:])
        self.wait_for("three insertions", lambda: self.masked_count() - since >= 3, 10)

        heard = self.spoken_count()
        self.keys("Return")
        self.expect_spoken("the verified outcome", "Verified: the token works", heard)
        self.check_tree("after the verified check")

        refused = random_token(96, prefix="bad")
        self.listener.add_secret(refused)
        self.focus("the token field", self.token_field, pyatspi.ROLE_PASSWORD_TEXT)
        self.type_token(refused)
        heard = self.spoken_count()
        self.keys("Return")
        self.expect_spoken("the refusal", "Token refused", heard)
        self.check_tree("after the refusal")

        invalid = random_token(20) + " " + random_token(20)
        self.listener.add_secret(invalid)
        self.focus("the token field", self.token_field, pyatspi.ROLE_PASSWORD_TEXT)
        self.type_token(invalid)
        heard = self.spoken_count()
        self.keys("Return")
        self.expect_spoken("the invalid input", "has a space or line break", heard)
        self.check_tree("after the invalid input")


def xdotool(*arguments):
    subprocess.run(["xdotool", *arguments], check=True, timeout=30,
                   stdout=subprocess.DEVNULL)


def xdotool_search(pid):
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                           capture_output=True, text=True, timeout=10)
    windows = found.stdout.split()
    return windows[0] if windows else None


def start_demo_server(path, directory):
    server = subprocess.Popen([path, "--dir", directory], stdout=subprocess.PIPE, text=True)
    if not server.stdout.readline():
        raise RuntimeError("the demo server did not start")
    return server


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("program")
    parser.add_argument("demo_server")
    parser.add_argument("--work", required=True)
    parser.add_argument("--orca", metavar="FILE")
    arguments = parser.parse_args()

    children = []
    outcome = {"error": None}
    listener = Listener()
    try:
        children.append(start_demo_server(arguments.demo_server, arguments.work))
        # Every kind of event, as a screen reader registers them, before the program starts.
        # The first call starts the AT-SPI bus (at-spi-bus-launcher, at-spi2-registryd), which
        # the session bus activates on demand.
        pyatspi.Registry.registerEventListener(
            listener.on_event, "object", "window", "focus", "document", "mouse:button")
        if arguments.orca:
            children.append(subprocess.Popen(
                ["orca", "--replace", "--debug-file", arguments.orca],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            time.sleep(3)
        program = subprocess.Popen([
            arguments.program,
            "--catalog", os.path.join(arguments.work, "catalog.json"),
            "--ca-bundle", os.path.join(arguments.work, "ca.pem")])
        children.append(program)

        session = Session(listener, program, program.pid, human_pace=bool(arguments.orca))

        def drive():
            try:
                session.run()
            except Exception as error:
                outcome["error"] = error
            GLib.idle_add(lambda: pyatspi.Registry.stop() and False)

        threading.Thread(target=drive, daemon=True).start()
        pyatspi.Registry.start()
        if arguments.orca:
            time.sleep(5)  # Orca speaks what it has queued
    finally:
        for child in reversed(children):
            child.send_signal(signal.SIGTERM)
        for child in reversed(children):
            try:
                child.wait(5)
            except subprocess.TimeoutExpired:
                child.kill()

    if outcome["error"] is not None:
        print("FAIL: the test could not finish: %s" % outcome["error"])
    for violation in listener.violations:
        print("FAIL: " + violation)
    failed = outcome["error"] is not None or listener.violations
    if not failed:
        print("PASS: no token character in any event, name, description or text; "
              "verified, refused and invalid input were spoken")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
