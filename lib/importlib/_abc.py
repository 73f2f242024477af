"""importlib._abc: the Loader base class, shared by importlib.abc and importlib.util
(importlib.util uses it without importing importlib.abc and importlib.machinery)."""

import abc

import _frozen_importlib as _bootstrap


class Loader(metaclass=abc.ABCMeta):
    """A loader: makes (create_module) and runs (exec_module) the module of a spec."""

    def create_module(self, spec):
        """None: the import system makes a plain module."""
        return None

    def load_module(self, fullname):
        """The deprecated way to load: done with exec_module() when the loader has it."""
        if not hasattr(self, 'exec_module'):
            raise ImportError
        return _bootstrap._load_module_shim(self, fullname)
