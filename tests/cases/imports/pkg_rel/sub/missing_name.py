from . import nonexistent
