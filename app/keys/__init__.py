"""The key store: device passwords and keys, encrypted at rest under a master password."""
