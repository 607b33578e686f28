"""Firmware: signed and encrypted images, keys, transfer to devices, group rollout."""
