"""briefdeck: turn a pile of sources into a cited PowerPoint briefing deck."""
__version__ = "0.1.0"
