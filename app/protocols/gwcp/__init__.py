"""gwcp, gwterm's open configuration protocol (docs/gwcp.md), sans-I/O."""
