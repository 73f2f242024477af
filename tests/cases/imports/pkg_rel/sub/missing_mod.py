from .nonexistent import x
