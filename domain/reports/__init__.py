"""Reports computed from the case store: pure figures, rendered elsewhere."""
