"""Pure rules: who may see and do what. Imports nothing above `model`."""
