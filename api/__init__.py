"""chidao api."""
