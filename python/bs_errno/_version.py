# generated — do not edit. Rendered by `cargo xtask generate` from Cargo.toml ([workspace.package]).
"""The version of the Python package (the C library reports its own through ``library_version()``)."""

__version__ = "0.1.0"
