# help() on user-defined classes: the class block with ' |  ' prefixes, method
# resolution order, and the sections for methods, class and static methods,
# properties, data descriptors and data attributes (defined here and inherited).
import pydoc


class Base:
    """A base class.

    With a longer description.
    """
    base_attr = 5
    names = ['a', 'b']

    def hello(self):
        "Say hello."

    def overridden(self, x):
        """Base version."""

    @property
    def size(self):
        """The size (read-only)."""
        return 1


class Child(Base):
    """A child class."""
    number = 10
    text = 'hello'
    raw = 'back\\slash'
    big = 10 ** 50
    long_list = list(range(40))
    long_text = 'x' * 150
    mapping = {'b': 2, 'a': 1, 'c': 3}
    pair = (1,)
    empty = frozenset()
    flag = None
    ratio = 0.5

    def __init__(self, a, b=2):
        self.a = a

    def __repr__(self):
        return 'Child()'

    def __eq__(self, other):
        return True

    def overridden(self, x):
        # no docstring: the base class method's docstring is used
        return x

    def method(self, q=None):
        """Do something."""

    def _private(self):
        "Not shown."

    alias = method

    @classmethod
    def create(cls, value):
        """Build one."""

    @staticmethod
    def utility(u, v=0):
        """Static utility."""

    @property
    def value(self):
        """A read-write property."""
        return 1

    @value.setter
    def value(self, v):
        pass

    class Nested:
        """A nested class."""


class GrandChild(Child):
    pass


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1


class Empty:
    pass


class Meta(type):
    """A metaclass."""

    def meta_method(cls):
        """Defined on the metaclass."""


class WithMeta(metaclass=Meta):
    """Made by Meta."""

    def plain(self):
        pass


help(Base)
help(Child)
help(GrandChild)
help(Slotted)
help(Empty)
help(WithMeta)
print('--- instances, properties, descriptors')
help(Child(1))
help(Base())
help(Child.value)
help(Slotted.x)
help(Base.__dict__['__dict__'])
print('--- by name')
help('xyz_no_such_name')
help('no_such_module.attr')
print('--- render_doc')
print(pydoc.render_doc(Empty, renderer=pydoc.plaintext))
print(pydoc.render_doc(Child.Nested, 'Doc of %s', renderer=pydoc.plaintext))
