"""chidao graph."""
