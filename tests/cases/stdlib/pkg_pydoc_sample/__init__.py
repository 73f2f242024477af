"""A sample package."""
from . import alpha

VERSION = (1, 0)
