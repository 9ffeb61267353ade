"""track stage (not built yet)."""
