"""Command line interface: parses arguments and delegates to the library."""
