"""Pure screening engine: name normalisation, scoring with explanations, in-memory index."""
