"""Fleet operations: sheets of devices, plans, bounded-concurrency apply with journal and rollback."""
