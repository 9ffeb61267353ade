"""Per-format evaluation data (issue #14): generated scans and real published files."""
