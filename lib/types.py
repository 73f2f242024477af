"""Names for built-in types (FunctionType, GeneratorType, ...) and SimpleNamespace.
Written for Molt from the types module's documentation. Constructing MethodType or
ModuleType directly is not supported yet (they are usable with isinstance)."""

import sys as _sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'GeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'ModuleType', 'NoneType',
           'EllipsisType', 'NotImplementedType', 'SimpleNamespace', 'new_class']


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

del _f, _g, _C


class SimpleNamespace:
    """An object whose attributes are given as keyword arguments (or a mapping)."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        ident = id(self)
        running = _repr_running
        if ident in running:
            return f'{"namespace" if type(self) is SimpleNamespace else type(self).__name__}(...)'
        running.add(ident)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            running.discard(ident)
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = set()


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class with the given metaclass keywords, filling its namespace by exec_body."""
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)
