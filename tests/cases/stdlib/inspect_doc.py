# getdoc (with inherited docs), cleandoc, indentsize, getcomments.
import inspect

print('--- cleandoc')
cases = [
    '',
    'one line',
    '   leading spaces',
    'First.\n\n    Indented body.\n      More.\n    End.\n    ',
    '\n\n    Starts late.\n    Second.\n\n\n',
    'Tabs:\n\tone\n\t\ttwo',
    'x\n  \n    y\n  z',
    '\n   \n  a\n',
    'A\n    b\n\n    c\n        ',
    '  \n',
    'no newline at end\n',
]
for c in cases:
    print(repr(inspect.cleandoc(c)))

print('--- indentsize')
for line in ['x', '    x', '\tx', '  \t x', '', '    ']:
    print(repr(line), inspect.indentsize(line))

print('--- getdoc')


class Base:
    """Base class.

    With more text.
    """

    def method(self):
        """Base method doc."""

    @property
    def prop(self):
        """Base property doc."""
        return 1

    @classmethod
    def cm(cls):
        """Base classmethod doc."""

    def undocumented(self):
        pass


class Child(Base):
    def method(self):
        pass

    @property
    def prop(self):
        return 2

    @classmethod
    def cm(cls):
        pass

    def undocumented(self):
        pass


class GrandChild(Child):
    """Own doc."""


def function():
    """
    Function doc, starting on the second line.
        Indented more.
    """


def nodoc():
    pass


class NoDoc:
    pass


class DocIsNotStr:
    __doc__ = 42


print(repr(inspect.getdoc(Base)))
print(repr(inspect.getdoc(Child)))
print(repr(inspect.getdoc(GrandChild)))
print(repr(inspect.getdoc(Child.method)))
print(repr(inspect.getdoc(Child().method)))
print(repr(inspect.getdoc(Child.__dict__['prop'])))
print(repr(inspect.getdoc(Child.cm)))
print(repr(inspect.getdoc(Child.undocumented)))
print(repr(inspect.getdoc(function)))
print(repr(inspect.getdoc(nodoc)))
print(repr(inspect.getdoc(NoDoc)))
print(repr(inspect.getdoc(NoDoc())))
print(repr(inspect.getdoc(DocIsNotStr)))
print(repr(inspect.getdoc(Base())))
print(repr(inspect.getdoc(Child())))
print(repr(inspect.getdoc(lambda: 0)))

print('--- getcomments')

# A comment about commented.
# Second line.
def commented():
    pass


class Holder:
    # Comment for the method,
    # indented.
    def m(self):
        pass

    def not_commented(self):
        pass


    #
    # Surrounded by empty comment lines.
    #
    def padded(self):
        pass


print(repr(inspect.getcomments(commented)))
print(repr(inspect.getcomments(Holder.m)))
print(repr(inspect.getcomments(Holder.not_commented)))
print(repr(inspect.getcomments(Holder.padded)))
print(repr(inspect.getcomments(Holder)))
print(repr(inspect.getcomments(len)))
print(repr(inspect.getcomments(5)))
