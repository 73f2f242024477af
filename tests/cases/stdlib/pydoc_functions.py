# help() on functions, lambdas and methods: the plain-text layout of pydoc
# (header line, signature line, docstring indented by four spaces).
import pydoc


def plain_function(x, y=1, *args, z: int = 3, **kwargs) -> str:
    """Summary line.

       Indented body text,
         with a deeper line.
    """


def positional_only(a, b=None, /, c='text', *, d=(1, 2)):
    "One-line docstring."


def no_doc(a, b):
    pass


# A comment just above a function without a docstring
# is shown in its place.
def commented(n=0):
    pass


def with_tabs():
    """First line.

\tTabbed line.
    """


async def coroutine_function(delay):
    """A coroutine function."""


def generator_function():
    """Yields numbers."""
    yield 1


def outer():
    def inner(q, *, flag=False):
        """Inner function."""
    return inner


square = lambda v: v * v
nothing = lambda: None


class Greeter:
    """Says hello."""

    def greet(self, name, punctuation='!'):
        """Return a greeting."""
        return 'Hello, ' + name + punctuation

    @classmethod
    def make(cls, *names):
        """Alternate constructor."""
        return cls()

    @staticmethod
    def helper(value, default=None):
        """A static helper."""


for obj in [plain_function, positional_only, no_doc, commented, with_tabs,
            coroutine_function, generator_function, outer(), square, nothing,
            Greeter.greet, Greeter().greet, Greeter.make, Greeter.helper]:
    help(obj)

print('--- render_doc')
text = pydoc.render_doc(plain_function)
print(repr(text[:40]))
print(pydoc.plain(text) == pydoc.render_doc(plain_function, renderer=pydoc.plaintext))
print(pydoc.render_doc(square, 'Title: %s', renderer=pydoc.plaintext))
print(pydoc.render_doc(Greeter().greet, renderer=pydoc.plaintext))

print('--- describe')
for obj in [plain_function, square, Greeter, Greeter().greet, Greeter.make, len, pydoc,
            3, 'text', property()]:
    print(pydoc.describe(obj))

print('--- getdoc and splitdoc')
print(repr(pydoc.getdoc(plain_function)))
print(repr(pydoc.getdoc(no_doc)))
print(repr(pydoc.getdoc(commented)))
print(repr(pydoc.getdoc(Greeter)))
for doc in ['', 'one line', 'Synopsis.\n\nBody.\nMore.', 'No\nsynopsis here', '  padded  ']:
    print(pydoc.splitdoc(doc))
print(repr(pydoc.plain('N\bNA\bAM\bME\bE plain')))
