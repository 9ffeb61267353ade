"""link stage (not built yet)."""
