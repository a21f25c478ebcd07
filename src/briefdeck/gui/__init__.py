"""The desktop editor (PySide6): sources, snippets and slides in one window."""
