"""Extraction: from clean sources to candidate claims, figures and quotes, and a first draft deck."""
from briefdeck.extract.extractor import extract
from briefdeck.extract.pipeline import Extraction, ExtractCache, extract_files

__all__ = ["ExtractCache", "Extraction", "extract", "extract_files"]
