"""The command-line adapter: the only code that prints, reads flags, exits or shows progress."""
