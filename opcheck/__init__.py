"""opcheck: checks a samenwerkingsverband's ondersteuningsplan against the law."""
__version__ = "0.1.0"
