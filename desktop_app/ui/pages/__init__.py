"""pages of the main window."""
