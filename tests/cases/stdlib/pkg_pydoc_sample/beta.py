"""Second submodule (not imported by the package)."""
