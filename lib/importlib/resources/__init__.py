"""importlib.resources: reading data files shipped inside packages.

Not implemented in Molt: every function raises NotImplementedError."""

__all__ = ['Package', 'as_file', 'contents', 'files', 'is_resource', 'open_binary',
           'open_text', 'path', 'read_binary', 'read_text']

Package = str


def _missing(name):
    raise NotImplementedError(f'importlib.resources.{name}() is not implemented in Molt')


def files(anchor=None):
    """Not implemented in Molt."""
    _missing('files')


def as_file(path):
    """Not implemented in Molt."""
    _missing('as_file')


def contents(package):
    """Not implemented in Molt."""
    _missing('contents')


def is_resource(package, name):
    """Not implemented in Molt."""
    _missing('is_resource')


def open_binary(package, resource):
    """Not implemented in Molt."""
    _missing('open_binary')


def open_text(package, resource, encoding='utf-8', errors='strict'):
    """Not implemented in Molt."""
    _missing('open_text')


def path(package, resource):
    """Not implemented in Molt."""
    _missing('path')


def read_binary(package, resource):
    """Not implemented in Molt."""
    _missing('read_binary')


def read_text(package, resource, encoding='utf-8', errors='strict'):
    """Not implemented in Molt."""
    _missing('read_text')
