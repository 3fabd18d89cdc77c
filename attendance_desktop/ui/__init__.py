"""The Qt side of the app: windows, dialogs, table models and background operations."""
