"""Every outcome beyond the quick check's token field, as a screen reader meets it.

Driven by tokenleak.py's Session, after its checks of the token field, on the same window,
listener and demo server: the answer of a check reachable with Tab and exposed with its words;
the value of the provider's combo box; Find my region, from the hosts named before anything is
sent to its answer; a certificate file the settings refuse; the wizard's page titles and its
saved connection; and a saved connection re-verified, against the session's own GNOME Keyring.
"""

import pyatspi

# Objects a screen reader speaks when they appear, unasked (as in tokenleak.SPEAKING_ROLES).
APPEARING = (pyatspi.ROLE_NOTIFICATION, pyatspi.ROLE_ALERT)


def has_states(obj, *states):
    state = obj.getState()
    return all(state.contains(s) for s in states)


def labelled_by(obj):
    for relation in obj.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            return relation.getTarget(0)
    return None


def named(role, words):
    return lambda obj: obj.getRole() == role and words in (obj.name or "")


class Outcomes:
    def __init__(self, session):
        self.s = session
        self.listener = session.listener

    def expect(self, truth, what):
        if not truth:
            self.listener.violate(what)

    def find_on_main(self, matches):
        return self.s.on_main(lambda: self.s.find(matches), timeout=20)

    def wait_find(self, what, matches, timeout=10):
        return self.s.wait_for(what, lambda: self.find_on_main(matches), timeout)

    def press(self, what, matches, role=pyatspi.ROLE_PUSH_BUTTON):
        """Moves the focus to a button and presses it with the space bar, as a person would."""
        self.s.focus(what, lambda: self.s.find(matches), role)
        heard = self.s.spoken_count()
        self.s.keys("space")
        return heard

    def focus_stops(self, since):
        """The roles of the objects that took the focus since then."""
        with self.listener.lock:
            return [role for kind, _, role in self.listener.spoken[since:]
                    if kind.startswith("focus:")]

    def answer_is_reachable(self):
        """After the verified check: the focus is on the headline, a label inside a status bar,
        and Tab goes on to the message; each label exposes its full text as its name."""
        headline = self.wait_find("the headline", named(pyatspi.ROLE_LABEL,
                                                        "Verified: the token works"))
        self.s.wait_for("the focus on the headline",
                        lambda: self.s.on_main(lambda: has_states(headline,
                                                                  pyatspi.STATE_FOCUSED)), 10)
        panel_role, showing = self.s.on_main(lambda: (
            headline.parent.getRole(),
            has_states(headline.parent, pyatspi.STATE_SHOWING, pyatspi.STATE_VISIBLE)))
        self.expect(panel_role == pyatspi.ROLE_STATUS_BAR,
                    "the answer is in a %s, not a status bar" % pyatspi.Role(panel_role))
        self.expect(showing, "the answer's panel is not reported showing and visible")
        heard = self.s.spoken_count()
        self.s.keys("Tab")
        self.s.expect_spoken("the message, reached with Tab", "accepted the token", heard,
                             roles=(pyatspi.ROLE_LABEL,))

    def combo_box_value_is_spoken(self):
        """The provider's combo box: its label carries the value, and a value chosen with the
        arrow keys is spoken."""
        combo = self.wait_find("the provider", named(pyatspi.ROLE_COMBO_BOX, "Juniper Mist"))
        label = self.s.on_main(lambda: labelled_by(combo).name)
        self.expect("Juniper Mist" in label,
                    "the provider's label does not say its value: %r" % label)
        # Qt's combo box offers no focus action to AT-SPI clients: back from the token field
        # over Find my region and the region, as a person would.
        self.s.focus("the token field", self.s.token_field, pyatspi.ROLE_PASSWORD_TEXT)
        self.s.keys("shift+Tab", "shift+Tab", "shift+Tab")
        self.s.wait_for("the focus on the provider", lambda: self.s.on_main(
            lambda: has_states(combo, pyatspi.STATE_FOCUSED)), 10)
        heard = self.s.spoken_count()
        self.s.keys("Down")
        self.s.expect_spoken("the provider chosen with Down", "Routing Assurance", heard,
                             roles=APPEARING)
        heard = self.s.spoken_count()
        self.s.keys("Up")
        self.s.expect_spoken("the provider chosen with Up", "Juniper Mist", heard,
                             roles=APPEARING)

    def find_my_region(self, token):
        """The consent names the hosts where the focus lands; the search's answer is spoken.
        The region field holds the provider's first region, which refuses the token."""
        self.s.focus("the token field", self.s.token_field, pyatspi.ROLE_PASSWORD_TEXT)
        self.s.type_token(token)
        self.press("Find my region", named(pyatspi.ROLE_PUSH_BUTTON, "Find my region"))
        ask = self.wait_find("the consent's button", named(pyatspi.ROLE_PUSH_BUTTON,
                                                           "Ask every region"))
        self.s.wait_for("the focus on the consent", lambda: self.s.on_main(
            lambda: has_states(ask, pyatspi.STATE_FOCUSED)), 10)
        description, box_role = self.s.on_main(lambda: (ask.description, ask.parent.getRole()))
        self.expect("hosts in all" in description and "127.0.0." in description,
                    "the consent's button does not name the hosts: %r" % description)
        self.expect(box_role == pyatspi.ROLE_PANEL,
                    "the consent is in a %s, not a panel" % pyatspi.Role(box_role))
        heard = self.s.spoken_count()
        self.s.keys("space")
        self.s.expect_spoken("Find my region's answer", "Found your region", heard, timeout=30)

    def settings_refuse_a_file(self, path):
        """A file without certificates: OK says why, and the dialog stays open."""
        heard = self.s.spoken_count()
        self.s.keys("alt+f", "e")
        self.s.expect_spoken("the settings", "Extra certificate authorities", heard)
        self.s.type(path)
        heard = self.s.spoken_count()
        self.s.keys("Return")
        self.s.expect_spoken("the refused certificate file", "holds no PEM certificate", heard,
                             roles=APPEARING)
        self.s.keys("Escape")
        self.s.refocus_window()

    def wizard_saves(self, token):
        """Each page's title is spoken; the check and the saving are too."""
        heard = self.s.spoken_count()
        self.s.keys("ctrl+n")
        self.s.expect_spoken("the first page's title", "Which service?", heard, roles=APPEARING)
        for title in ("Get a Juniper Mist token", "Check the token"):
            heard = self.s.spoken_count()
            self.s.keys("alt+n")
            self.s.expect_spoken("the page title " + title, title, heard, roles=APPEARING)
        # The page puts the cursor in its token field, the region being known.
        self.s.wait_for("the focus in the wizard's token field",
                        lambda: self.listener.focused_role == pyatspi.ROLE_PASSWORD_TEXT, 10)
        self.s.type_token(token)
        heard = self.s.spoken_count()
        self.s.keys("Return")
        self.s.expect_spoken("the wizard's verified check", "Verified: the token works", heard)
        # From the token field to Cancel while the check runs, then to the answer: never
        # through the Show button or another field on the way.
        stops = self.focus_stops(heard)
        self.expect(stops == [pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_LABEL],
                    "the check moved the focus through %s" % [str(r) for r in stops])
        heard = self.s.spoken_count()
        self.s.keys("alt+n")
        self.s.expect_spoken("the page title", "What the token is and grants", heard,
                             roles=APPEARING)
        # The demo token has grants in two organizations: the connection is for the first.
        self.s.keys("alt+o", "Down")
        heard = self.s.spoken_count()
        self.s.keys("alt+n")
        self.s.expect_spoken("the page title", "Keep the connection", heard, roles=APPEARING)
        heard = self.press("Save", named(pyatspi.ROLE_PUSH_BUTTON, "Save in the system keychain"))
        self.s.expect_spoken("the saved connection", "The connection was saved", heard,
                             timeout=20)
        self.s.keys("alt+f")
        self.s.refocus_window()

    def saved_connection_reverified(self):
        heard = self.press("Re-verify", named(pyatspi.ROLE_PUSH_BUTTON, "Re-verify"))
        self.s.expect_spoken("the re-verified connection", "The stored token still works",
                             heard, timeout=20)
        self.expect(self.focus_stops(heard) == [],
                    "re-verifying moved the focus away from the button")
