"""chidao queries."""
