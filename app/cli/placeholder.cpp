// Replaced by the real commands.
