"""The plugin's folders and files, defined once (the repository root is the plugin folder)."""

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent
STYLES_DIR = PLUGIN_DIR / "styles"
RULES_DIR = PLUGIN_DIR / "rules"
MODELS_DIR = PLUGIN_DIR / "models"
ICON = PLUGIN_DIR / "icons" / "ondergrond.svg"
