"""Struct sequences: the named-tuple-like result types of os and time (os.stat_result,
time.struct_time, os.terminal_size, ...), built the way CPython's structseq types behave.

A struct sequence is a tuple of its visible fields; further named fields are attributes
only. Attributes are read-only; the constructor takes one sequence (and an optional dict of
the hidden fields); repr names the visible fields.
"""


def make(name, module, visible, hidden=(), shown=None, n_required=None):
    """A struct-sequence class `module.name`.

    visible: the names of the tuple's items (None for an unnamed item).
    hidden: the names of attribute-only fields (None by default when not given).
    shown: the labels repr uses for the visible items (defaults to `visible`).
    n_required: the fewest items the constructor accepts (default: all visible ones).
    """
    visible = tuple(visible)
    hidden = tuple(hidden)
    n_seq = len(visible)
    n_fields = n_seq + len(hidden)
    n_unnamed = sum(1 for v in visible if v is None)
    labels = tuple(shown) if shown is not None else visible
    min_len = n_seq if n_required is None else n_required
    qual = module + "." + name

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = len(seq)
        if n < min_len:
            if min_len == n_fields:
                raise TypeError("%s() takes a %d-sequence (%d-sequence given)" % (qual, min_len, n))
            raise TypeError(
                "%s() takes an at least %d-sequence (%d-sequence given)" % (qual, min_len, n)
            )
        if n > n_fields:
            if min_len == n_fields:
                raise TypeError("%s() takes a %d-sequence (%d-sequence given)" % (qual, n_fields, n))
            raise TypeError(
                "%s() takes an at most %d-sequence (%d-sequence given)" % (qual, n_fields, n)
            )
        self = tuple.__new__(cls, seq[:n_seq])
        extra = {}
        for i, h in enumerate(hidden):
            j = n_seq + i
            if j < n:
                extra[h] = seq[j]
            elif dict is not None and h in dict:
                extra[h] = dict[h]
            else:
                extra[h] = None
        object.__setattr__(self, "_fields_extra", extra)
        return self

    def __repr__(self):
        parts = []
        for label, v in zip(labels, tuple.__iter__(self)):
            parts.append("%s=%r" % (label, v))
        return "%s(%s)" % (qual, ", ".join(parts))

    def __reduce__(self):
        return (cls, (tuple(self), dict(self._fields_extra)))

    def __setattr__(self, attr, value):
        raise AttributeError("readonly attribute")

    def __delattr__(self, attr):
        raise AttributeError("readonly attribute")

    def __replace__(self, **kw):
        raise NotImplementedError("struct sequences have no __replace__ before Python 3.13")

    ns = {
        "__new__": __new__,
        "__repr__": __repr__,
        "__reduce__": __reduce__,
        "__setattr__": __setattr__,
        "__delattr__": __delattr__,
        "__module__": module,
        "__qualname__": name,
        "n_sequence_fields": n_seq,
        "n_fields": n_fields,
        "n_unnamed_fields": n_unnamed,
        "__match_args__": tuple(v for v in visible if v is not None),
    }
    for i, v in enumerate(visible):
        if v is not None:
            ns[v] = property(lambda self, i=i: tuple.__getitem__(self, i))
    for h in hidden:
        ns[h] = property(lambda self, h=h: self._fields_extra[h])
    cls = type(name, (tuple,), ns)
    return cls
