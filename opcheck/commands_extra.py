"""Registration point for further commands (compare, batch): each adds itself to the app here."""
