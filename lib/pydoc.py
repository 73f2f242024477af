"""Molt's help system: text documentation for modules, classes, functions and other
objects, as shown by help().

help(object) writes the documentation of an object; help('name') looks the name up
(a module, a keyword, a topic, or a dotted path such as 'os.path.join'); help() with
no argument starts an interactive session reading names at a 'help> ' prompt.

The text follows the plain-text layout of CPython 3.12's pydoc (what it prints when
standard output is not a terminal).  Molt has no pager: the text is always written
straight to sys.stdout.

render_doc(thing) returns the text that help() would write, with section titles in
"overstrike" bold (character, backspace, character); plain(text) removes that.
"""

import builtins
import sys

import inspect

__all__ = ['help', 'render_doc', 'plain', 'getdoc', 'describe', 'locate', 'doc',
           'splitdoc', 'Helper', 'TextDoc', 'text', 'plaintext']


# ----------------------------------------------------------------- small text helpers

def plain(text):
    """Remove overstrike bold (a character, a backspace, then the character again)."""
    if '\b' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if i + 1 < n and text[i + 1] == '\b' and ch != '\n':
            i += 2
            continue
        out.append(ch)
        i += 1
    return ''.join(out)


def cram(text, maxlen):
    """Shorten text to at most maxlen characters, keeping both ends around '...'."""
    if len(text) <= maxlen:
        return text
    head = max(0, (maxlen - 3) // 2)
    tail = max(0, maxlen - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


_HEXDIGITS = '0123456789abcdef'


def stripid(text):
    """Drop the ' at 0x...' address from the end of a default repr such as
    '<Foo object at 0x7f...>'."""
    body = text.rstrip('>')
    closers = text[len(body):]
    if not closers:
        return text
    end = len(body)
    start = end
    while start > 0 and body[start - 1] in _HEXDIGITS:
        start -= 1
    if 6 <= end - start <= 16 and body[:start].endswith(' at 0x'):
        return body[:start - 6] + closers
    return text


def _strip_leading_blank_line(text):
    """Remove one leading line made only of spaces (and its newline)."""
    i = 0
    while i < len(text) and text[i] == ' ':
        i += 1
    if i < len(text) and text[i] == '\n':
        return text[i + 1:]
    return text


def splitdoc(doc):
    """Split a docstring into its one-line synopsis and the rest.

    The synopsis is the first line when it stands alone (a single line, or followed
    by a blank line); otherwise it is empty and everything is the rest."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


def classname(object, modname):
    """The name of a class, qualified with its module when that is not modname."""
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + '.' + name
    return name


def isdata(object):
    """True for objects documented as plain data (not modules, classes, routines,
    frames, tracebacks or code)."""
    return not (inspect.ismodule(object) or inspect.isclass(object) or
                inspect.isroutine(object) or inspect.isframe(object) or
                inspect.istraceback(object) or inspect.iscode(object))


# Names that say nothing useful (or are internal) and are never listed.
_HIDDEN_NAMES = frozenset({
    '__author__', '__builtins__', '__cached__', '__credits__', '__date__',
    '__doc__', '__file__', '__spec__', '__loader__', '__module__', '__name__',
    '__package__', '__path__', '__qualname__', '__slots__', '__version__',
})

_FUTURE_FEATURES = frozenset({
    'nested_scopes', 'generators', 'division', 'absolute_import',
    'with_statement', 'print_function', 'unicode_literals', 'barry_as_FLUFL',
    'generator_stop', 'annotations',
})


def visiblename(name, all=None, obj=None):
    """Decide whether a name is shown in the documentation of obj."""
    if name in _HIDDEN_NAMES:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    # namedtuple fields and helpers (_asdict, _fields...) are public.
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True
    if name in _FUTURE_FEATURES:
        try:
            import __future__
        except ImportError:
            __future__ = None
        if __future__ is not None and obj is not __future__:
            feature_type = getattr(__future__, '_Feature', None)
            if feature_type is not None and isinstance(getattr(obj, name, None),
                                                       feature_type):
                return False
    if all is not None:
        return name in all
    return not name.startswith('_')


def _is_bound_method(fn):
    """True for methods bound to an instance or class (Python or built-in)."""
    if inspect.ismethod(fn):
        return True
    if inspect.isbuiltin(fn):
        owner = getattr(fn, '__self__', None)
        return not (inspect.ismodule(owner) or owner is None)
    return False


def _split_list(items, predicate):
    yes = []
    no = []
    for item in items:
        if predicate(item):
            yes.append(item)
        else:
            no.append(item)
    return yes, no


def classify_class_attrs(object):
    """inspect.classify_class_attrs, with data descriptors told apart (read-only
    properties and other data descriptors)."""
    results = []
    for (name, kind, cls, value) in inspect.classify_class_attrs(object):
        if name == '__class__' and '__class__' not in cls.__dict__:
            # (Molt's object has no __class__ entry in its __dict__: without this
            # the metaclass would show up as a class attribute.)
            continue
        if inspect.isdatadescriptor(value):
            kind = 'data descriptor'
            if isinstance(value, property) and value.fset is None:
                kind = 'readonly property'
        results.append((name, kind, cls, value))
    return results


def sort_attributes(attrs, object):
    """Sort attribute tuples by name, namedtuple fields first in field order."""
    fields = getattr(object, '_fields', [])
    try:
        order = {name: i - len(fields) for (i, name) in enumerate(fields)}
    except TypeError:
        order = {}
    attrs.sort(key=lambda attr: (order.get(attr[0], 0), attr[0]))


# ----------------------------------------------------------------- docstrings

# Docstrings CPython gives object's slot methods and the __dict__/__weakref__
# descriptors of classes.  Molt's runtime leaves these None for now; the help text of
# nearly every class shows them (methods that do not have their own docstring inherit
# them), so they are supplied here when the runtime has none.
_SUPPLY_DOCS = sys.implementation.name != 'cpython'
_OBJECT_DOCS = {
    '__init__': 'Initialize self.  See help(type(self)) for accurate signature.',
    '__new__': 'Create and return a new object.  See help(type) for accurate signature.',
    '__repr__': 'Return repr(self).',
    '__str__': 'Return str(self).',
    '__hash__': 'Return hash(self).',
    '__eq__': 'Return self==value.',
    '__ne__': 'Return self!=value.',
    '__lt__': 'Return self<value.',
    '__le__': 'Return self<=value.',
    '__gt__': 'Return self>value.',
    '__ge__': 'Return self>=value.',
    '__getattribute__': 'Return getattr(self, name).',
    '__setattr__': 'Implement setattr(self, name, value).',
    '__delattr__': 'Implement delattr(self, name).',
    '__format__': 'Default object formatter.\n\nReturn str(self) if format_spec is empty. '
                  'Raise TypeError otherwise.',
    '__dir__': 'Default dir() implementation.',
    '__sizeof__': 'Size of object in memory, in bytes.',
    '__reduce__': 'Helper for pickle.',
    '__reduce_ex__': 'Helper for pickle.',
    '__getstate__': 'Helper for pickle.',
    '__init_subclass__': 'This method is called when a class is subclassed.\n\n'
                         'The default implementation does nothing. It may be\n'
                         'overridden to extend subclasses.\n',
    '__subclasshook__': 'Abstract classes can override this to customize '
                        'issubclass().\n\nThis is invoked early on by '
                        'abc.ABCMeta.__subclasscheck__().\nIt should return True, '
                        'False or NotImplemented.  If it returns\nNotImplemented, '
                        'the normal algorithm is used.  Otherwise, it\noverrides '
                        'the normal algorithm (and the outcome is cached).\n',
}

_INSTANCE_DESCRIPTOR_DOCS = {
    '__dict__': 'dictionary for instance variables',
    '__weakref__': 'list of weak references to the object',
}


def _runtime_missing_doc(obj):
    """The docstring CPython has for obj when Molt's runtime gives it none, else None."""
    if not _SUPPLY_DOCS:
        return None
    try:
        name = obj.__name__
    except Exception:
        return None
    if not isinstance(name, str):
        return None
    if name in _OBJECT_DOCS:
        try:
            if (obj is builtins.object.__dict__.get(name) or
                    obj is getattr(builtins.object, name, None) or
                    getattr(obj, '__objclass__', None) is builtins.object or
                    getattr(obj, '__self__', None) is builtins.object):
                return _OBJECT_DOCS[name]
        except Exception:
            return None
        return None
    if name in _INSTANCE_DESCRIPTOR_DOCS and type(obj).__name__ == 'getset_descriptor':
        # (Molt's built-in classes have no __dict__ or __weakref__ descriptors, so
        # these are the ones every class statement makes.)
        return _INSTANCE_DESCRIPTOR_DOCS[name]
    return None


def _descriptor_owner(descr):
    """The class a member or getset descriptor belongs to.  Molt's descriptors have no
    __objclass__ yet: then the class named in the repr is looked for in the loaded
    modules (None when it is not found)."""
    owner = getattr(descr, '__objclass__', None)
    if owner is not None:
        return owner
    text = repr(descr)
    start = text.find(" of '")
    end = text.rfind("' objects>")
    name = getattr(descr, '__name__', None)
    if start < 0 or end <= start or not isinstance(name, str):
        return None
    owner_name = text[start + 5:end]
    for module in list(sys.modules.values()):
        candidate = getattr(module, owner_name, None)
        if isinstance(candidate, type):
            try:
                if candidate.__dict__.get(name) is descr:
                    return candidate
            except Exception:
                continue
    return None


def _getowndoc(obj):
    """obj's own docstring: None when it has none or just shows its type's."""
    try:
        doc = builtins.object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if doc is None:
        return _runtime_missing_doc(obj)
    if obj is not type:
        typedoc = type(obj).__doc__
        if isinstance(typedoc, str) and typedoc == doc:
            return None
    return doc


def _finddoc(obj):
    """The docstring obj inherits from the same attribute of a base class (for
    methods, properties and descriptors; a class does not inherit its docstring)."""
    if inspect.ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if (inspect.isclass(owner) and
                getattr(getattr(owner, name, None), '__func__', None) is obj.__func__):
            cls = owner
        else:
            cls = owner.__class__
    elif inspect.isfunction(obj):
        name = obj.__name__
        cls = inspect._findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif inspect.isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if inspect.isclass(owner) and owner.__qualname__ + '.' + name == obj.__qualname__:
            cls = owner
        elif inspect.ismodule(owner) or owner is None:
            return None
        else:
            cls = owner.__class__
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = inspect._findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif inspect.ismethoddescriptor(obj) or inspect.isdatadescriptor(obj):
        name = obj.__name__
        cls = _descriptor_owner(obj)
        if cls is None:
            return None
        if getattr(cls, name) is not obj:
            return None
        if inspect.ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = _getowndoc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _getdoc(object):
    """The cleaned-up docstring of object, its own or inherited; None if it has none."""
    doc = _getowndoc(object)
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def _getcomments(object):
    try:
        return inspect.getcomments(object)
    except Exception:
        return None


def getdoc(object):
    """The documentation of an object: its docstring (cleaned up as inspect.cleandoc
    does, inherited when it has none), else the comments just above its source; ''
    when there is neither."""
    result = _getdoc(object) or _getcomments(object)
    if not result:
        return ''
    return _strip_leading_blank_line(result.rstrip()) or ''


# ----------------------------------------------------------------- value reprs

def _possibly_sorted(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


class _TextRepr:
    """Short reprs for documentation: long containers, strings and numbers are cut
    down, and object addresses are dropped."""

    maxlevel = 6
    maxtuple = 20
    maxlist = 20
    maxarray = 5
    maxdict = 10
    maxset = 6
    maxfrozenset = 6
    maxdeque = 6
    maxstring = 100
    maxlong = 40
    maxother = 100
    fillvalue = '...'

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        tname = getattr(type(x), '__name__', None)
        if isinstance(tname, str):
            method = self._BY_TYPE_NAME.get('_'.join(tname.split()))
            if method is not None:
                return method(self, x, level)
        try:
            text = repr(x)
        except Exception:
            return '<%s instance>' % type(x).__name__
        return cram(stripid(text), self.maxother)

    def _sequence(self, items, n, level, left, right, limit, trail=''):
        if level <= 0 and n:
            body = self.fillvalue
        else:
            parts = []
            for i, item in enumerate(items):
                if i >= limit:
                    break
                parts.append(self.repr1(item, level - 1))
            if n > limit:
                parts.append(self.fillvalue)
            body = ', '.join(parts)
            if n == 1 and trail:
                right = trail + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._sequence(x, len(x), level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._sequence(x, len(x), level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._sequence(x, len(x), level, "array('%s', [" % x.typecode, '])',
                              self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._sequence(_possibly_sorted(x), len(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._sequence(_possibly_sorted(x), len(x), level, 'frozenset({', '})',
                              self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._sequence(x, len(x), level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        parts = []
        for i, key in enumerate(_possibly_sorted(x)):
            if i >= self.maxdict:
                break
            parts.append(self.repr1(key, level - 1) + ': ' + self.repr1(x[key], level - 1))
        if n > self.maxdict:
            parts.append(self.fillvalue)
        return '{' + ', '.join(parts) + '}'

    def repr_str(self, x, level):
        short = cram(x, self.maxstring)
        text = repr(short)
        if '\\' in short and '\\' not in text.replace('\\\\', ''):
            # Every backslash is a literal one: show a raw string instead.
            return 'r' + text[0] + short + text[0]
        return text

    def repr_int(self, x, level):
        try:
            text = repr(x)
        except ValueError:
            return '<%s instance>' % type(x).__name__
        if len(text) > self.maxlong:
            head = max(0, (self.maxlong - 3) // 2)
            tail = max(0, self.maxlong - 3 - head)
            text = text[:head] + self.fillvalue + text[len(text) - tail:]
        return text

    _BY_TYPE_NAME = {
        'tuple': repr_tuple, 'list': repr_list, 'array': repr_array,
        'set': repr_set, 'frozenset': repr_frozenset, 'deque': repr_deque,
        'dict': repr_dict, 'str': repr_str, 'int': repr_int,
    }


# ----------------------------------------------------------------- the text formatter

def _signature_text(object):
    """str(inspect.signature(object)), or None when there is no signature."""
    try:
        sig = inspect.signature(object)
    except (ValueError, TypeError):
        return None
    except Exception:
        return None
    return str(sig)


# Modules documented online even though they have no file in the library directory.
_DOC_ONLINE_BUILTINS = ('errno', 'gc', 'marshal', 'posix', 'signal', 'sys', '_thread',
                        'zipimport')


def _module_file(module):
    """The file shown in a module's FILE section ('(built-in)' when it has none)."""
    path = getattr(module, '__file__', None)
    if isinstance(path, str) and path.startswith('<'):
        return path
    try:
        return inspect.getabsfile(module)
    except TypeError:
        return '(built-in)'


def _library_dirs():
    import os
    dirs = ['<molt>/lib/']
    root = os.environ.get('MOLT_LIB')
    if root:
        dirs.append(os.path.join(os.path.abspath(root), ''))
    here = getattr(os, '__file__', None)
    if isinstance(here, str) and not here.startswith('<'):
        dirs.append(os.path.join(os.path.dirname(os.path.abspath(here)), ''))
    return dirs


def _is_library_module(module, file):
    import os
    for directory in _library_dirs():
        if (file.startswith(directory) and
                not file.startswith(os.path.join(directory, 'site-packages'))):
            return True
    return module.__name__ in _DOC_ONLINE_BUILTINS


def _iter_package(paths):
    """(name, is_package) for the modules found in a package's __path__ directories."""
    import os
    seen = set()
    for directory in paths:
        try:
            entries = sorted(os.listdir(directory))
        except (OSError, TypeError):
            continue
        for entry in entries:
            full = os.path.join(directory, entry)
            if entry.endswith('.py') and entry != '__init__.py':
                name, ispkg = entry[:-3], False
            elif ('.' not in entry and os.path.isdir(full) and
                    os.path.isfile(os.path.join(full, '__init__.py'))):
                name, ispkg = entry, True
            else:
                continue
            if name in seen or not name.isidentifier():
                continue
            seen.add(name)
            yield name, ispkg


class TextDoc:
    """Formats documentation as plain text (section titles in overstrike bold)."""

    PYTHONDOCS = 'https://docs.python.org/%d.%d/library' % sys.version_info[:2]

    _repr = _TextRepr()

    def repr(self, object):
        return self._repr.repr(object)

    def bold(self, text):
        return ''.join(ch + '\b' + ch for ch in text)

    def indent(self, text, prefix='    '):
        if not text:
            return ''
        return '\n'.join((prefix + line).rstrip() for line in text.split('\n'))

    def section(self, title, contents):
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def document(self, object, name=None, *args):
        """Document any object (dispatching on what kind of object it is)."""
        args = (object, name) + args
        try:
            if inspect.ismodule(object):
                return self.docmodule(*args)
            if inspect.isclass(object):
                return self.docclass(*args)
            if inspect.isroutine(object):
                return self.docroutine(*args)
        except AttributeError:
            pass
        if inspect.isdatadescriptor(object):
            return self.docdata(*args)
        return self.docother(*args)

    # -- modules

    def getdocloc(self, object):
        """The online reference page of a standard-library module, else None."""
        import os
        file = _module_file(object)
        if not inspect.ismodule(object) or not _is_library_module(object, file):
            return None
        docloc = os.environ.get('PYTHONDOCS', self.PYTHONDOCS)
        if docloc.startswith(('http://', 'https://')):
            return '%s/%s.html' % (docloc.rstrip('/'), object.__name__.lower())
        return os.path.join(docloc, object.__name__.lower() + '.html')

    def formattree(self, tree, modname, parent=None, prefix=''):
        """The class hierarchy of inspect.getclasstree() as indented lines."""
        result = ''
        c = None
        for entry in tree:
            if isinstance(entry, tuple):
                c, bases = entry
                result += prefix + classname(c, modname)
                if bases and bases != (parent,):
                    result += '(%s)' % ', '.join(classname(b, modname) for b in bases)
                result += '\n'
            elif isinstance(entry, list):
                result += self.formattree(entry, modname, c, prefix + '    ')
        return result

    def docmodule(self, object, name=None, mod=None, *ignored):
        name = object.__name__  # the module's own name, whatever it was called
        synopsis, description = splitdoc(getdoc(object))
        result = self.section('NAME', name + (synopsis and ' - ' + synopsis))
        all = getattr(object, '__all__', None)
        docloc = self.getdocloc(object)
        if docloc is not None:
            result += self.section(
                'MODULE REFERENCE', docloc + '\n\n'
                'The text below is generated from the module itself.  It can be\n'
                'incomplete, and it may describe implementation details that differ\n'
                'between Python implementations; the reference above is authoritative.\n')
        if description:
            result += self.section('DESCRIPTION', description)

        classes = []
        for key, value in inspect.getmembers(object, inspect.isclass):
            # With __all__, believe it; otherwise list the classes defined here.
            if all is not None or (inspect.getmodule(value) or object) is object:
                if visiblename(key, all, object):
                    classes.append((key, value))
        funcs = []
        for key, value in inspect.getmembers(object, inspect.isroutine):
            if (all is not None or inspect.isbuiltin(value) or
                    inspect.getmodule(value) is object):
                if visiblename(key, all, object):
                    funcs.append((key, value))
        data = []
        for key, value in inspect.getmembers(object, isdata):
            if visiblename(key, all, object):
                data.append((key, value))

        package_names = set()
        if hasattr(object, '__path__'):
            entries = []
            for modname, ispkg in _iter_package(object.__path__):
                package_names.add(modname)
                entries.append(modname + ' (package)' if ispkg else modname)
            entries.sort()
            result += self.section('PACKAGE CONTENTS', '\n'.join(entries))

        submodules = []
        for key, value in inspect.getmembers(object, inspect.ismodule):
            if value.__name__.startswith(name + '.') and key not in package_names:
                submodules.append(key)
        if submodules:
            submodules.sort()
            result += self.section('SUBMODULES', '\n'.join(submodules))

        if classes:
            tree = inspect.getclasstree([value for key, value in classes], True)
            contents = [self.formattree(tree, name)]
            for key, value in classes:
                contents.append(self.document(value, key, name))
            result += self.section('CLASSES', '\n'.join(contents))
        if funcs:
            contents = [self.document(value, key, name) for key, value in funcs]
            result += self.section('FUNCTIONS', '\n'.join(contents))
        if data:
            contents = [self.docother(value, key, name, maxlen=70) for key, value in data]
            result += self.section('DATA', '\n'.join(contents))

        if hasattr(object, '__version__'):
            version = str(object.__version__)
            if version.startswith('$' + 'Revision: ') and version.endswith('$'):
                version = version[11:-1].strip()
            result += self.section('VERSION', version)
        if hasattr(object, '__date__'):
            result += self.section('DATE', str(object.__date__))
        if hasattr(object, '__author__'):
            result += self.section('AUTHOR', str(object.__author__))
        if hasattr(object, '__credits__'):
            result += self.section('CREDITS', str(object.__credits__))
        result += self.section('FILE', _module_file(object))
        return result

    # -- classes

    def docclass(self, object, name=None, mod=None, *ignored):
        realname = object.__name__
        name = name or realname
        bases = object.__bases__
        modname = object.__module__

        def makename(c):
            return classname(c, modname)

        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if bases:
            title += '(%s)' % ', '.join(makename(b) for b in bases)

        contents = []
        push = contents.append

        argspec = _signature_text(object)
        if argspec and argspec != '()':
            push(name + argspec + '\n')

        doc = getdoc(object)
        if doc:
            push(doc + '\n')

        mro = list(inspect.getmro(object))
        if len(mro) > 2:
            push('Method resolution order:')
            for base in mro:
                push('    ' + makename(base))
            push('')

        try:
            subclasses = sorted(
                (str(c.__name__) for c in type.__subclasses__(object)
                 if not c.__name__.startswith('_') and c.__module__ == 'builtins'),
                key=str.lower)
        except Exception:
            subclasses = []
        if subclasses:
            push('Built-in subclasses:')
            for subname in subclasses[:4]:
                push('    ' + subname)
            if len(subclasses) > 4:
                push('    ... and ' + str(len(subclasses) - 4) + ' other subclasses')
            push('')

        rule = [False]

        def start_part(heading):
            # A horizontal rule separates the parts after the first one.
            if rule[0]:
                push('-' * 70)
            rule[0] = True
            push(heading)

        def spill(heading, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                start_part(heading)
                for attr_name, kind, homecls, value in ok:
                    try:
                        value = getattr(object, attr_name)
                    except Exception:
                        # A descriptor whose __get__ fails is shown as data.
                        push(self.docdata(value, attr_name, mod))
                    else:
                        push(self.document(value, attr_name, mod, object))
            return attrs

        def spilldescriptors(heading, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                start_part(heading)
                for attr_name, kind, homecls, value in ok:
                    push(self.docdata(value, attr_name, mod))
            return attrs

        def spilldata(heading, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                start_part(heading)
                for attr_name, kind, homecls, value in ok:
                    if callable(value) or inspect.isdatadescriptor(value):
                        doc = getdoc(value)
                    else:
                        doc = None
                    try:
                        obj = getattr(object, attr_name)
                    except AttributeError:
                        obj = homecls.__dict__[attr_name]
                    push(self.docother(obj, attr_name, mod, maxlen=70, doc=doc) + '\n')
            return attrs

        attrs = [(attr_name, kind, cls, value)
                 for attr_name, kind, cls, value in classify_class_attrs(object)
                 if visiblename(attr_name, obj=object)]

        while attrs:
            if mro:
                thisclass = mro.pop(0)
            else:
                thisclass = attrs[0][2]
            attrs, inherited = _split_list(attrs, lambda t: t[2] is thisclass)

            if object is not builtins.object and thisclass is builtins.object:
                # What every class gets from object is not repeated.
                attrs = inherited
                continue
            if thisclass is object:
                tag = 'defined here'
            else:
                tag = 'inherited from %s' % classname(thisclass, modname)

            sort_attributes(attrs, object)

            attrs = spill('Methods %s:\n' % tag, attrs,
                          lambda t: t[1] == 'method')
            attrs = spill('Class methods %s:\n' % tag, attrs,
                          lambda t: t[1] == 'class method')
            attrs = spill('Static methods %s:\n' % tag, attrs,
                          lambda t: t[1] == 'static method')
            attrs = spilldescriptors('Readonly properties %s:\n' % tag, attrs,
                                     lambda t: t[1] == 'readonly property')
            attrs = spilldescriptors('Data descriptors %s:\n' % tag, attrs,
                                     lambda t: t[1] == 'data descriptor')
            attrs = spilldata('Data and other attributes %s:\n' % tag, attrs,
                              lambda t: t[1] == 'data')
            # Anything of another kind is shown as data.
            attrs = spilldata('Data and other attributes %s:\n' % tag, attrs,
                              lambda t: True)
            attrs = inherited

        body = '\n'.join(contents)
        if not body:
            return title + '\n'
        return title + '\n' + self.indent(body.rstrip(), ' |  ') + '\n'

    # -- routines, descriptors and data

    def docroutine(self, object, name=None, mod=None, cl=None, *ignored):
        realname = object.__name__
        name = name or realname
        note = ''
        skipdocs = False
        if _is_bound_method(object):
            owner = object.__self__
            ownerclass = owner.__class__
            if cl:
                if ownerclass is not cl:
                    note = ' from ' + classname(ownerclass, mod)
            elif owner is not None:
                note = ' method of %s instance' % classname(ownerclass, mod)
            else:
                note = ' unbound %s method' % classname(ownerclass, mod)

        if inspect.iscoroutinefunction(object) or inspect.isasyncgenfunction(object):
            qualifier = 'async '
        else:
            qualifier = ''

        if name == realname:
            title = self.bold(realname)
        else:
            # An alias of a method documented under its own name: no docs again.
            if cl and inspect.getattr_static(cl, realname, []) is object:
                skipdocs = True
            title = self.bold(name) + ' = ' + realname

        argspec = None
        if inspect.isroutine(object):
            argspec = _signature_text(object)
            if argspec is not None and realname == '<lambda>':
                title = self.bold(name) + ' lambda '
                argspec = argspec[1:-1]  # a lambda's arguments, without parentheses
        if not argspec:
            argspec = '(...)'
        decl = qualifier + title + argspec + note

        if skipdocs:
            return decl + '\n'
        doc = getdoc(object) or ''
        return decl + '\n' + (doc and self.indent(doc).rstrip() + '\n')

    def docdata(self, object, name=None, mod=None, cl=None, *ignored):
        parts = []
        if name:
            parts.append(self.bold(name))
            parts.append('\n')
        doc = getdoc(object) or ''
        if doc:
            parts.append(self.indent(doc))
            parts.append('\n')
        return ''.join(parts)

    docproperty = docdata

    def docother(self, object, name=None, mod=None, parent=None, *ignored,
                 maxlen=None, doc=None):
        text = self.repr(object)
        if maxlen:
            line = (name and name + ' = ' or '') + text
            chop = maxlen - len(line)
            if chop < 0:
                text = text[:chop] + '...'
        line = (name and self.bold(name) + ' = ' or '') + text
        if not doc:
            doc = getdoc(object)
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line


class _PlainTextDoc(TextDoc):
    """TextDoc without the overstrike bold."""

    def bold(self, text):
        return text


text = TextDoc()
plaintext = _PlainTextDoc()


# ----------------------------------------------------------------- finding things

class ErrorDuringImport(Exception):
    """An error raised while importing a module that help() was asked about."""

    def __init__(self, filename, exc_info):
        if isinstance(exc_info, BaseException):
            exc = exc_info
        else:
            exc = exc_info[1]
        self.filename = filename
        self.exc = type(exc)
        self.value = exc

    def __str__(self):
        return 'problem in %s - %s: %s' % (self.filename, self.exc.__name__, self.value)


def safeimport(path, forceload=0, cache={}):
    """Import the module called path (dotted names allowed); None if there is no such
    module.  Errors raised by the module itself become ErrorDuringImport."""
    try:
        module = __import__(path)
    except SyntaxError as exc:
        raise ErrorDuringImport(exc.filename, exc)
    except ImportError as exc:
        if exc.name == path:
            return None  # there is no such module
        raise ErrorDuringImport(path, exc)
    except Exception as exc:
        raise ErrorDuringImport(path, exc)
    for part in path.split('.')[1:]:
        try:
            module = getattr(module, part)
        except AttributeError:
            return None
    return module


def locate(path, forceload=0):
    """The object a dotted path names: the longest importable module prefix, then
    attributes (or attributes of builtins when no prefix is a module); None if there
    is no such object."""
    parts = [part for part in path.split('.') if part]
    module = None
    n = 0
    while n < len(parts):
        nextmodule = safeimport('.'.join(parts[:n + 1]), forceload)
        if nextmodule is None:
            break
        module = nextmodule
        n += 1
    object = module if module is not None else builtins
    for part in parts[n:]:
        try:
            object = getattr(object, part)
        except AttributeError:
            return None
    return object


def describe(thing):
    """A short description of what kind of object thing is."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    for kind, test in (('getset', inspect.isgetsetdescriptor),
                       ('member', inspect.ismemberdescriptor)):
        if test(thing):
            owner = _descriptor_owner(thing)
            if owner is None:
                return '%s descriptor %s' % (kind, thing.__name__)
            return '%s descriptor %s.%s.%s' % (kind, owner.__module__, owner.__name__,
                                               thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


_NOT_FOUND = ("No Python documentation found for %r.\n"
              "Use help() to get the interactive help utility.\n"
              "Use help(str) for help on the str class.")


def resolve(thing, forceload=0):
    """(object, name) for a thing given to help(): strings are looked up by name."""
    if isinstance(thing, str):
        object = locate(thing, forceload)
        if object is None:
            raise ImportError(_NOT_FOUND % thing)
        return object, thing
    if isinstance(thing, property):
        # (Python 3.12's properties have no __name__; Molt's do.)
        return thing, None
    name = getattr(thing, '__name__', None)
    return thing, (name if isinstance(name, str) else None)


def render_doc(thing, title='Python Library Documentation: %s', forceload=0,
               renderer=None):
    """The text documentation of thing (an object or a name), under a title line."""
    if renderer is None:
        renderer = text
    object, name = resolve(thing, forceload)
    desc = describe(object)
    module = inspect.getmodule(object)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not object:
        desc += ' in module ' + module.__name__
    if not (inspect.ismodule(object) or inspect.isclass(object) or
            inspect.isroutine(object) or inspect.isdatadescriptor(object) or
            _getdoc(object)):
        # Plain data or an instance: document its type instead of its value.
        if hasattr(object, '__origin__'):
            object = object.__origin__
        else:
            object = type(object)
            desc += ' object'
    return title % desc + '\n\n' + renderer.document(object, name)


def _write_stdout(text):
    out = sys.stdout
    try:
        out.write(text)
    except UnicodeEncodeError:
        encoding = getattr(out, 'encoding', None) or 'utf-8'
        out.write(text.encode(encoding, 'backslashreplace').decode(encoding))


def pager(text, title=''):
    """Show text: Molt has no pager, so it is written to sys.stdout as plain text."""
    _write_stdout(plain(text))


plainpager = pager


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None,
        is_cli=False):
    """Write the documentation of thing: to output if given (as plain text), else to
    sys.stdout.  When a name is not found, that is written instead (raised when
    is_cli is true and no output is given)."""
    # (A module that fails while being imported raises ErrorDuringImport, as in
    # CPython; only "no such name" is reported as text.)
    if output is None:
        try:
            pager(render_doc(thing, title, forceload))
        except ImportError as value:
            if is_cli:
                raise
            print(value)
    else:
        try:
            text_ = render_doc(thing, title, forceload, plaintext)
        except ImportError as value:
            text_ = str(value)
        output.write(text_)


# ----------------------------------------------------------------- keywords, topics

_REF = 'https://docs.python.org/%d.%d/reference/' % sys.version_info[:2]
_LIB = 'https://docs.python.org/%d.%d/library/' % sys.version_info[:2]

# keyword -> (summary, page of the language reference)
_KEYWORDS = {
    'False': ('The false value of type bool (equal to 0).',
              _LIB + 'constants.html'),
    'None': ('The sole value of type NoneType: stands for "no value"; functions\n'
             'that return nothing return None.', _LIB + 'constants.html'),
    'True': ('The true value of type bool (equal to 1).', _LIB + 'constants.html'),
    'and': ('"x and y": x if x is false, else y (y is only evaluated when x\n'
            'is true).', _REF + 'expressions.html#boolean-operations'),
    'as': ('Binds a name in "import x as y", "with e as y", "except E as y"\n'
           'and in patterns of "match" statements.',
           _REF + 'simple_stmts.html#the-import-statement'),
    'assert': ('"assert test[, message]" raises AssertionError when test is\n'
               'false (unless optimizations are on).',
               _REF + 'simple_stmts.html#the-assert-statement'),
    'async': ('Marks a coroutine function ("async def"), an asynchronous loop\n'
              '("async for") or context manager ("async with").',
              _REF + 'compound_stmts.html#coroutines'),
    'await': ('"await x" suspends a coroutine until the awaitable x is done and\n'
              'gives its result.', _REF + 'expressions.html#await-expression'),
    'break': ('Leaves the innermost "for" or "while" loop (skipping its "else"\n'
              'clause).', _REF + 'simple_stmts.html#the-break-statement'),
    'class': ('Defines a class: "class Name(bases):" followed by the class body.',
              _REF + 'compound_stmts.html#class-definitions'),
    'continue': ('Goes on with the next iteration of the innermost loop.',
                 _REF + 'simple_stmts.html#the-continue-statement'),
    'def': ('Defines a function: "def name(parameters):" followed by its body.',
            _REF + 'compound_stmts.html#function-definitions'),
    'del': ('Deletes names, items, slices or attributes: "del x, a[i], o.attr".',
            _REF + 'simple_stmts.html#the-del-statement'),
    'elif': ('An extra condition of an "if" statement, tried when the ones before\n'
             'it were false.', _REF + 'compound_stmts.html#the-if-statement'),
    'else': ('The block run when no condition of an "if" was true, when a loop\n'
             'ends without "break", or when a "try" block raised nothing.',
             _REF + 'compound_stmts.html#the-if-statement'),
    'except': ('Handles exceptions raised in a "try" block: "except E as e:".',
               _REF + 'compound_stmts.html#the-try-statement'),
    'finally': ('The block of a "try" statement that is run however the "try"\n'
                'block is left.', _REF + 'compound_stmts.html#the-try-statement'),
    'for': ('Loops over an iterable: "for target in iterable:"; also used in\n'
            'comprehensions.', _REF + 'compound_stmts.html#the-for-statement'),
    'from': ('"from module import name" imports names from a module; also used\n'
             'in "raise ... from ..." and "yield from".',
             _REF + 'simple_stmts.html#the-import-statement'),
    'global': ('Declares names of a function that refer to module-level variables.',
               _REF + 'simple_stmts.html#the-global-statement'),
    'if': ('Runs a block only when a condition is true; may be followed by\n'
           '"elif" and "else" clauses.  Also the conditional expression\n'
           '"x if condition else y".', _REF + 'compound_stmts.html#the-if-statement'),
    'import': ('Loads a module and binds it to a name: "import module".',
               _REF + 'simple_stmts.html#the-import-statement'),
    'in': ('Membership test "x in container"; also part of "for" loops.',
           _REF + 'expressions.html#membership-test-operations'),
    'is': ('Identity test: "x is y" is true when x and y are the same object.',
           _REF + 'expressions.html#is-not'),
    'lambda': ('"lambda parameters: expression" makes a small anonymous function.',
               _REF + 'expressions.html#lambda'),
    'nonlocal': ('Declares names that refer to variables of an enclosing function.',
                 _REF + 'simple_stmts.html#the-nonlocal-statement'),
    'not': ('"not x" is True when x is false, False otherwise.',
            _REF + 'expressions.html#boolean-operations'),
    'or': ('"x or y": x if x is true, else y (y is only evaluated when x is\n'
           'false).', _REF + 'expressions.html#boolean-operations'),
    'pass': ('A statement that does nothing.',
             _REF + 'simple_stmts.html#the-pass-statement'),
    'raise': ('Raises an exception: "raise E", "raise E from cause", or "raise"\n'
              'alone to re-raise the one being handled.',
              _REF + 'simple_stmts.html#the-raise-statement'),
    'return': ('Leaves a function, giving the value of its expression (None if\n'
               'there is none).', _REF + 'simple_stmts.html#the-return-statement'),
    'try': ('Runs a block with exception handlers ("except"), an "else" block\n'
            'and a clean-up block ("finally").',
            _REF + 'compound_stmts.html#the-try-statement'),
    'while': ('Repeats a block while a condition is true.',
              _REF + 'compound_stmts.html#the-while-statement'),
    'with': ('Runs a block inside a context manager: "with manager as name:".',
             _REF + 'compound_stmts.html#the-with-statement'),
    'yield': ('Makes a function a generator; "yield x" produces the next value.',
              _REF + 'simple_stmts.html#the-yield-statement'),
}

# topic -> (summary, page)
_TOPICS = {
    'BOOLEAN': ('Boolean operations: "and", "or", "not" and the truth of values.',
                _REF + 'expressions.html#boolean-operations'),
    'CLASSES': ('Classes: "class" statements, instances, attributes and methods.',
                _REF + 'compound_stmts.html#class-definitions'),
    'CONDITIONAL': ('Conditional execution with "if", "elif" and "else".',
                    _REF + 'compound_stmts.html#the-if-statement'),
    'DICTIONARIES': ('Dictionaries: mappings from keys to values, "{key: value}".',
                     _LIB + 'stdtypes.html#mapping-types-dict'),
    'EXCEPTIONS': ('Exceptions: raising them, handling them, and the built-in ones.',
                   _REF + 'executionmodel.html#exceptions'),
    'FUNCTIONS': ('Functions: "def", parameters, defaults and calls.',
                  _REF + 'compound_stmts.html#function-definitions'),
    'IMPORTING': ('Modules and packages: the "import" statement.',
                  _REF + 'import.html'),
    'INTEGER': ('Integers: unlimited-size whole numbers of type int.',
                _LIB + 'stdtypes.html#numeric-types-int-float-complex'),
    'LISTS': ('Lists: mutable sequences, "[a, b, c]".',
              _LIB + 'stdtypes.html#lists'),
    'LOOPING': ('Loops: "for" and "while", with "break", "continue" and "else".',
                _REF + 'compound_stmts.html#the-for-statement'),
    'NONE': ('The None object.', _LIB + 'constants.html'),
    'OPERATORS': ('Operators and their precedence.',
                  _REF + 'expressions.html#operator-precedence'),
    'SPECIALMETHODS': ('Special ("dunder") methods that classes define to work with\n'
                       'operators and built-in functions.',
                       _REF + 'datamodel.html#special-method-names'),
    'STRINGS': ('Strings: text of type str, literals and their methods.',
                _LIB + 'stdtypes.html#text-sequence-type-str'),
    'TRUTHVALUE': ('Truth value testing: which values count as false.',
                   _LIB + 'stdtypes.html#truth-value-testing'),
    'TUPLES': ('Tuples: immutable sequences, "(a, b, c)".',
               _LIB + 'stdtypes.html#tuples'),
}

# symbol -> what it is
_SYMBOLS = {
    '+': 'addition, concatenation; unary plus', '-': 'subtraction; negation',
    '*': 'multiplication, repetition; unpacking in calls and assignments',
    '**': 'power; unpacking of mappings in calls and dict displays',
    '/': 'true division; marks positional-only parameters',
    '//': 'floor division', '%': 'remainder; printf-style string formatting',
    '@': 'matrix multiplication; decorators', '<<': 'left shift',
    '>>': 'right shift', '&': 'bitwise and; set intersection',
    '|': 'bitwise or; set union; union of types', '^': 'bitwise exclusive or',
    '~': 'bitwise inversion', '<': 'less than', '>': 'greater than',
    '<=': 'less than or equal', '>=': 'greater than or equal', '==': 'equal',
    '!=': 'not equal', '=': 'assignment; keyword arguments and defaults',
    ':=': 'assignment expression', '+=': 'augmented assignment',
    '-=': 'augmented assignment', '*=': 'augmented assignment',
    '/=': 'augmented assignment', '//=': 'augmented assignment',
    '%=': 'augmented assignment', '**=': 'augmented assignment',
    '@=': 'augmented assignment', '&=': 'augmented assignment',
    '|=': 'augmented assignment', '^=': 'augmented assignment',
    '<<=': 'augmented assignment', '>>=': 'augmented assignment',
    '.': 'attribute reference', '...': 'the Ellipsis object',
    ',': 'separates items; makes tuples', ':': 'starts a block; slices; annotations',
    '->': 'return annotation', '(': 'calls, grouping, tuples', ')': 'closes "("',
    '[': 'lists, subscriptions and slices', ']': 'closes "["',
    '{': 'dicts and sets', '}': 'closes "{"', "'": 'string literal',
    '"': 'string literal', "'''": 'multi-line string literal',
    '"""': 'multi-line string literal', '#': 'comment', '\\': 'line continuation',
    '_': 'wildcard in patterns; last result in the interactive interpreter',
    '__': 'names of special methods and attributes ("__name__")',
    'b"': 'bytes literal', "b'": 'bytes literal', 'f"': 'formatted string literal',
    "f'": 'formatted string literal', 'r"': 'raw string literal',
    "r'": 'raw string literal', 'j': 'imaginary number literal (also J)',
    'J': 'imaginary number literal (also j)',
}


def _module_names():
    """The names of the modules help() knows about: built in, already imported, in
    the Molt library directory (when MOLT_LIB names it) and on sys.path."""
    import os
    names = set(sys.builtin_module_names)
    for name in list(sys.modules):
        if isinstance(name, str) and '.' not in name:
            names.add(name)
    directories = [p for p in sys.path if isinstance(p, str)]
    root = os.environ.get('MOLT_LIB')
    if root:
        directories.append(root)
    for directory in directories:
        for name, ispkg in _iter_package([directory or '.']):
            names.add(name)
    names.discard('__main__')
    return sorted(names)


class Helper:
    """The help system: help(request) documents one thing, help() runs the
    interactive 'help> ' loop."""

    keywords = _KEYWORDS
    topics = _TOPICS
    symbols = _SYMBOLS

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def input(self):
        return self._input or sys.stdin

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        return '<%s.%s instance>' % (self.__class__.__module__,
                                      self.__class__.__qualname__)

    _INTERACTIVE = object()  # no argument: help() runs the interactive loop

    def __call__(self, request=_INTERACTIVE):
        if request is not self._INTERACTIVE:
            self.help(request)
        else:
            self.intro()
            self.interact()
            self.output.write(
                '\n'
                'Leaving help and going back to the Python interpreter.  To get\n'
                'help on one object straight from the interpreter, type\n'
                '"help(object)"; "help(\'string\')" does what typing the string at\n'
                'the help> prompt does.\n')

    def interact(self):
        self.output.write('\n')
        while True:
            try:
                request = self.getline('help> ')
                if not request:
                    break
            except (KeyboardInterrupt, EOFError, ValueError, OSError):
                break
            request = request.strip()
            # 'abc' or "abc" typed with quotes means the same as abc.
            if (len(request) > 2 and request[0] == request[-1] and
                    request[0] in ("'", '"') and request[0] not in request[1:-1]):
                request = request[1:-1]
            if request.lower() in ('q', 'quit'):
                break
            if request == 'help':
                self.intro()
            else:
                self.help(request)

    def getline(self, prompt):
        """Read one line of input (the prompt is shown first)."""
        if self._input is None or self._input is sys.stdin:
            return input(prompt)
        self.output.write(prompt)
        self.output.flush()
        return self.input.readline()

    def help(self, request):
        if isinstance(request, str):
            request = request.strip()
            if request == 'keywords':
                self.listkeywords()
            elif request == 'symbols':
                self.listsymbols()
            elif request == 'topics':
                self.listtopics()
            elif request == 'modules':
                self.listmodules()
            elif request[:8] == 'modules ':
                self.listmodules(request.split()[1])
            elif request in self.symbols:
                self.showsymbol(request)
            elif request in ('True', 'False', 'None'):
                # Keywords that are also values: document the value.
                doc({'True': True, 'False': False, 'None': None}[request],
                    'Help on %s:', output=self._output)
            elif request in self.keywords:
                self.showtopic(request)
            elif request in self.topics:
                self.showtopic(request)
            elif request:
                doc(request, 'Help on %s:', output=self._output)
            else:
                doc(str, 'Help on %s:', output=self._output)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, 'Help on %s:', output=self._output)
        self.output.write('\n')

    def intro(self):
        version = '%d.%d' % sys.version_info[:2]
        self.output.write(
            'Welcome to the help utility of Molt, an implementation of Python %s!\n'
            '\n'
            'Type the name of a module, keyword or topic to read about it, or a\n'
            'dotted name such as "os.path.join" for one function or class.  Type\n'
            '"modules", "keywords", "symbols" or "topics" to see what there is;\n'
            '"modules spam" lists the modules whose name or summary mentions "spam".\n'
            '\n'
            'The Python tutorial is at https://docs.python.org/%s/tutorial/.\n'
            '\n'
            'To leave this help utility, type "q" or "quit" (or just press Return).\n'
            % (version, version))

    def list(self, items, columns=4, width=80):
        items = sorted(items)
        colw = width // columns
        rows = (len(items) + columns - 1) // columns
        out = self.output
        for row in range(rows):
            for col in range(columns):
                i = col * rows + row
                if i < len(items):
                    out.write(items[i])
                    if col < columns - 1:
                        out.write(' ' + ' ' * (colw - 1 - len(items[i])))
            out.write('\n')

    def listkeywords(self):
        self.output.write('\nHere is a list of the Python keywords.  '
                          'Enter any keyword to get more help.\n\n')
        self.list(self.keywords.keys())

    def listsymbols(self):
        self.output.write('\nThese punctuation symbols have a special meaning in '
                          'Python.  Enter one\nto see what it is for.\n\n')
        self.list(self.symbols.keys())

    def listtopics(self):
        self.output.write('\nThese are the topics help knows about.  '
                          'Enter a topic name to read more.\n\n')
        self.list(self.topics.keys())

    def showtopic(self, topic):
        if topic in self.keywords:
            summary, url = self.keywords[topic]
            heading = 'The "%s" keyword' % topic
        elif topic in self.topics:
            summary, url = self.topics[topic]
            heading = topic
        else:
            self.output.write('No help found for %s.\n' % repr(topic))
            return
        self.output.write('%s\n%s\n\n%s\n\nMore in the Python documentation:\n%s\n'
                          % (heading, '*' * len(heading), summary, url))

    def showsymbol(self, symbol):
        self.output.write('The symbol %s\n\n%s.\n\nSee %s\n'
                          % (symbol, self.symbols[symbol][:1].upper() +
                             self.symbols[symbol][1:],
                             _REF + 'lexical_analysis.html'))

    def listmodules(self, key=''):
        if key:
            self.output.write('\nHere is a list of modules whose name or summary '
                              'contains %r.\nIf there are any, enter a module name '
                              'to get more help.\n\n' % key)
            lowered = key.lower()
            for name in _module_names():
                synopsis = ''
                module = sys.modules.get(name)
                if module is not None:
                    synopsis = splitdoc(getdoc(module))[0]
                if lowered in name.lower() or lowered in synopsis.lower():
                    self.output.write(name + (synopsis and ' - ' + synopsis) + '\n')
        else:
            self.output.write('\nThese are the modules Molt can find.\n\n')
            self.list(_module_names())
            self.output.write('\nEnter any module name to get more help.  Or, type '
                              '"modules spam" to search\nfor modules whose name or '
                              'summary contain the string "spam".\n')


help = Helper()
