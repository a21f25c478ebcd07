"""The editor's settings (window geometry, splitters, palette, recent decks) in Qt's standard place.

On Linux that is ``$XDG_CONFIG_HOME/briefdeck/briefdeck.ini`` (``~/.config`` by default); on macOS and
Windows, Qt's usual user locations. Settings an older version kept beside the journals are moved
over once.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings

from briefdeck.resources import state_dir

_migrated = False


def settings() -> QSettings:
    global _migrated
    s = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "briefdeck", "briefdeck")
    if not _migrated:
        _migrated = True
        old = state_dir() / "settings.ini"
        if old.is_file() and not s.allKeys():
            before = QSettings(str(old), QSettings.Format.IniFormat)
            for key in before.allKeys():
                s.setValue(key, before.value(key))
            s.sync()
    return s
