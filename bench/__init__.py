"""gwterm benchmarks: each measures a ratio against a peer or a physical limit in the same run."""
