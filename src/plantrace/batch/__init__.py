"""batch stage (not built yet)."""
