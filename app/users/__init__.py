"""Tool users: accounts with roles, argon2 password hashes, lockout, and the audit log."""
