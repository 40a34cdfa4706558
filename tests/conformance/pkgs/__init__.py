"""Helper package for the import programs of the conformance corpus."""
PKG_VALUE = "pkgs init"
