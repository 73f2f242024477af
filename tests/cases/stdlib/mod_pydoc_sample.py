"""Sample module for the pydoc cases.

It has a description
over two lines.
"""
import os
from os.path import join as path_join

__version__ = '$Revision: 1.7 $'
__author__ = 'The Molt developers'
__credits__ = 'Everyone'
__date__ = 'Never'

ANSWER = 42
GREETING = 'hello'
COLORS = ['red', 'green', 'blue']
TABLE = {'one': 1, 'two': 2}
__extra__ = 'dunder data is listed'
_private = 'hidden'


class Shape:
    """A shape."""

    sides = 0

    def area(self):
        """The area."""
        return 0


class Square(Shape):
    """A square."""

    sides = 4

    def __init__(self, side):
        self.side = side


class Circle(Shape):
    def area(self):
        return 3


def function(a, b=2, *rest, **options):
    """A module-level function."""


async def coroutine(x):
    """A coroutine."""


def _hidden_function():
    pass


# Described by a comment.
def commented():
    pass


shortcut = lambda value: value
