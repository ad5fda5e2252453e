"""chidao loaders."""
