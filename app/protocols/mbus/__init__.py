"""Wired M-Bus (EN 13757-2 link layer, EN 13757-3 application layer), sans-I/O."""
