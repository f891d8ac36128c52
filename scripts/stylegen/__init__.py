"""The families of styles/*.qml that scripts/make_styles.py writes (one module a family, shared helpers in common)."""
