"""Issue warning messages and control what happens to them (CPython 3.12's `warnings`).

`warn()` finds the calling code's file, line and module, picks the first matching
entry of `filters` (action, message regex, category, module regex, lineno) and
then ignores the warning, raises it, or shows it through `showwarning()` (by
default `file:line: Category: message` and the source line on sys.stderr).
"default"/"module"/"once" remember what was shown in the module's
`__warningregistry__` (and `onceregistry`), which is cleared whenever the filters
change. `catch_warnings` saves and restores the filters and can record warnings
instead of showing them.

The defaults are CPython's: DeprecationWarning is shown only when triggered
directly by code in __main__; PendingDeprecationWarning, ImportWarning and
ResourceWarning are ignored. `sys.warnoptions` (-W) is honoured when it exists.

Message and module patterns are compiled with `re` when it can be imported,
otherwise with a small regular-expression matcher in this module (literals,
classes, `.`, anchors, groups, alternation and repetition; no backreferences
or lookaround, which raise NotImplementedError).
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


# --- showing and formatting --------------------------------------------------------

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (default sys.stderr)."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes: `file:line: Category: message` and,
    indented, the source line (`line`, or read with linecache)."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # No stderr: the warning is lost.
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        # The file (probably stderr) is invalid: the warning is lost.
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"

    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            # Interpreter shutdown, unreadable file, odd filename...
            line = None
            linecache = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line

    if msg.source is not None:
        try:
            import tracemalloc
        except ImportError:
            # Molt has no tracemalloc: like CPython when it is not tracing.
            tracing = False
            tb = None
        except Exception:
            tracing = True
            tb = None
        else:
            tracing = tracemalloc.is_tracing()
            try:
                tb = tracemalloc.get_object_traceback(msg.source)
            except Exception:
                tb = None

        if tb is not None:
            s += 'Object allocated at (most recent call last):\n'
            for frame in tb:
                s += ('  File "%s", lineno %s\n'
                      % (frame.filename, frame.lineno))
                try:
                    if linecache is not None:
                        line = linecache.getline(frame.filename, frame.lineno)
                    else:
                        line = None
                except Exception:
                    line = None
                if line:
                    line = line.strip()
                    s += '    %s\n' % line
        elif not tracing:
            s += (f'{category}: Enable tracemalloc to get '
                  f'the object allocation traceback\n')
    return s


# The originals, to tell whether the user replaced them.
_formatwarning_orig = formatwarning
_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Show a WarningMessage: through a user-replaced showwarning() if there
    is one, else with _showwarnmsg_impl()."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno,
               msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Format a WarningMessage, through a user-replaced formatwarning() if
    there is one."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category,
                      msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# --- filters -----------------------------------------------------------------------

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front, or at
    the end with append=True).

    message and module are regular expressions matched at the start of the
    warning's text (case-insensitively) and of the module name.
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"

    if message:
        message = _compile(message, _IGNORECASE)
    else:
        message = None
    if module:
        module = _compile(module, 0)
    else:
        module = None

    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter matching every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter equal to an existing one moves to the front (or, appended,
    # is not added twice).
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


_filters_version = 0


def _filters_mutated():
    # Invalidates every __warningregistry__ (they record the version).
    global _filters_version
    _filters_version += 1


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


def _processoptions(args):
    # Apply -W options (sys.warnoptions).
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    # One -W option: action:message:category:module:lineno
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"  # Alias.
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not isinstance(cat, type) or not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


# --- warn / warn_explicit ------------------------------------------------------------

def _is_internal_filename(filename):
    return 'importlib' in filename and '_bootstrap' in filename


def _is_filename_to_skip(filename, skip_file_prefixes):
    # CPython 3.12 compares the prefixes with all of the file name but its
    # last character.
    if not isinstance(filename, str):
        return False
    head = filename[:-1]
    for prefix in skip_file_prefixes:
        if isinstance(prefix, str) and head.startswith(prefix):
            return True
    return False


def _is_internal_frame(frame):
    """Signal whether the frame is an internal CPython implementation detail."""
    return _is_internal_filename(frame.f_code.co_filename)


def _next_external_frame(frame, skip_file_prefixes):
    """Find the next frame that doesn't involve Python or user internals."""
    frame = frame.f_back
    while frame is not None and (
            _is_internal_filename(filename := frame.f_code.co_filename) or
            _is_filename_to_skip(filename, skip_file_prefixes)):
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None, *,
         skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception.

    message: a str or a Warning instance (whose class is then the category);
    category: a Warning subclass (default UserWarning); stacklevel: which
    caller the warning is attributed to (1: the code calling warn());
    source: the object the warning is about (ResourceWarning);
    skip_file_prefixes: frames of files starting with these are not counted.
    """
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    if not isinstance(stacklevel, int):
        stacklevel = _index(stacklevel)
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, "
                        "not %s" % type(skip_file_prefixes).__name__)
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)

    # The caller's frame, then stacklevel - 1 frames outwards.
    try:
        frame = sys._getframe(1)
    except ValueError:
        # (Called from native code with no Python caller in view: as CPython at the top.)
        frame = None
    if frame is None:
        pass
    elif stacklevel <= 0 or _is_internal_frame(frame):
        while stacklevel > 1 and frame is not None:
            frame = frame.f_back
            stacklevel -= 1
    else:
        while stacklevel > 1 and frame is not None:
            frame = _next_external_frame(frame, skip_file_prefixes)
            stacklevel -= 1
    if frame is None:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    registry = globals.get("__warningregistry__")
    if registry is None:
        registry = {}
        globals["__warningregistry__"] = registry
    module = globals.get("__name__")
    if module is None and "__name__" in globals:
        # A module whose __name__ is None gets no warnings (as in CPython).
        return
    if not isinstance(module, str):
        module = "<string>"
    error = _warn_explicit(message, category, filename, lineno, module,
                           registry, None, source)
    if error is not None:
        # Raised here rather than deeper, to keep the traceback short.
        raise error


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Low-level warn(): the location is given, not looked up.

    module defaults to the file name without '.py'; registry (a dict, like
    a module's __warningregistry__) records what was shown; module_globals
    lets the source line come from the module's loader.
    """
    if type(lineno) is not int:
        lineno = int(_index(lineno))
    if module is None:
        module = filename or "<unknown>"
        if module[-3:] == ".py":
            module = module[:-3]
    if module_globals is not None:
        # Prime the cache for the source line (a loader may provide it).
        import linecache
        linecache.getlines(filename, module_globals)
    error = _warn_explicit(message, category, filename, lineno, module,
                           registry, module_globals, source)
    if error is not None:
        raise error


def _already_warned(registry, key, should_set):
    # The registry is emptied when the filters changed since it was filled.
    if registry.get('version') != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    elif registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def _warn_explicit(message, category, filename, lineno, module, registry,
                   module_globals, source):
    # Returns the exception to raise for the "error" action, else None.
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return

    action, item = _get_filter(category, text, lineno, module)
    if action == "error":
        return message
    if action == "ignore":
        return

    if action != "always":
        if registry is not None:
            _already_warned(registry, key, True)
        already = False
        if action == "once":
            if registry is None:
                registry = onceregistry
            already = _already_warned(registry, (text, category), True)
        elif action == "module":
            if registry is not None:
                already = _already_warned(registry, (text, category), True)
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                               % (action, item))
        if already:
            return

    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    show = globals().get('_showwarnmsg')
    if show is None:
        _showwarnmsg_impl(msg)
        return
    if not callable(show):
        raise TypeError("warnings._showwarnmsg() must be set to a callable")
    show(msg)


def _get_filter(category, text, lineno, module):
    # (action, filter item) of the first matching filter, or the default.
    if not isinstance(filters, list):
        raise ValueError("_warnings.filters must be a list")
    for index, item in enumerate(filters):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % index)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'"
                            % type(action).__name__)
        good_msg = _check_matched(msg, text)
        good_mod = _check_matched(mod, module)
        is_subclass = issubclass(category, cat)
        if not isinstance(ln, int):
            if not hasattr(type(ln), '__index__'):
                raise TypeError("an integer is required")
            ln = _index(ln)
        if good_msg and is_subclass and good_mod and (ln == 0 or lineno == ln):
            return action, item
    action = defaultaction
    if not isinstance(action, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'"
                        % type(action).__name__)
    return action, None


def _check_matched(pattern, value):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == value
    return bool(pattern.match(value))


def _index(value):
    import operator
    return operator.index(value)


# --- WarningMessage / catch_warnings ---------------------------------------------------

class WarningMessage(object):
    """The arguments of one showwarning() call, as attributes (what
    catch_warnings(record=True) collects)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that saves the warnings filters (and showwarning())
    on entry and restores them on exit.

    record=True: warnings are appended to the list returned by __enter__ (as
    WarningMessage objects) instead of being shown. action/category/lineno/
    append: a simplefilter() applied on entry. module: the module to
    protect instead of `warnings` itself.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            self._module.simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # showwarning() back to the original so that _showwarnmsg() goes
            # through _showwarnmsg_impl().
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# --- private helpers used by other modules ----------------------------------------------

_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warn that *name* is deprecated or should be removed.

    RuntimeError is raised if *remove* specifies a major/minor tuple older than
    the current Python version or the same version but past the alpha.
    """
    remove_formatted = f"{remove[0]}.{remove[1]}"
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != "alpha"):
        msg = f"{name!r} was slated for removal after Python {remove_formatted} alpha"
        raise RuntimeError(msg)
    else:
        msg = message.format(name=name, remove=remove_formatted)
        warn(msg, DeprecationWarning, stacklevel=3)


def _warn_unawaited_coroutine(coro):
    # The RuntimeWarning for a coroutine that was never awaited.
    msg_lines = [
        f"coroutine '{coro.__qualname__}' was never awaited\n"
    ]
    origin = getattr(coro, 'cr_origin', None)
    if origin is not None:
        import linecache
        import traceback

        def extract():
            for filename, lineno, funcname in reversed(origin):
                line = linecache.getline(filename, lineno)
                yield (filename, lineno, funcname, line)

        msg_lines.append("Coroutine created at (most recent call last)\n")
        msg_lines += traceback.format_list(list(extract()))
    msg = "".join(msg_lines).rstrip("\n")
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)


# --- regular expressions for filters ------------------------------------------------------

_IGNORECASE = 2
_MULTILINE = 8
_DOTALL = 16
_UNICODE = 32


def _compile(pattern, flags):
    try:
        import re
    except ImportError:
        return _Pattern(pattern, flags)
    return re.compile(pattern, flags)


def _escape(pattern):
    try:
        import re
    except ImportError:
        special = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'
        return ''.join('\\' + c if c in special else c for c in pattern)
    return re.escape(pattern)


class _RegexError(ValueError):
    pass


class _Pattern:
    """A compiled regular expression (when `re` is unavailable): match() only."""

    def __init__(self, pattern, flags):
        if not isinstance(pattern, str):
            raise NotImplementedError("warnings: bytes patterns need the re module")
        self.pattern = pattern
        self.flags = flags | _UNICODE
        parser = _RegexParser(pattern, bool(flags & _IGNORECASE))
        self._node = parser.parse()
        self._ignorecase = parser.ignorecase
        self._dotall = parser.dotall
        self._multiline = parser.multiline
        if parser.ignorecase:
            self.flags |= _IGNORECASE
        if parser.multiline:
            self.flags |= _MULTILINE
        if parser.dotall:
            self.flags |= _DOTALL

    def __repr__(self):
        text = 're.compile(%r' % (self.pattern,)
        names = [name for value, name in ((_IGNORECASE, 're.IGNORECASE'),
                                          (_MULTILINE, 're.MULTILINE'),
                                          (_DOTALL, 're.DOTALL'))
                 if self.flags & value]
        if names:
            text += ', ' + '|'.join(names)
        return text + ')'

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def match(self, string, pos=0):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        end = _match_node(self._node, string, pos, self, lambda p: p)
        if end is None:
            return None
        return _Match(string, pos, end)


class _Match:
    def __init__(self, string, start, end):
        self.string = string
        self._start = start
        self._end = end

    def group(self, index=0):
        if index != 0:
            raise NotImplementedError("warnings: groups of the built-in matcher")
        return self.string[self._start:self._end]

    def start(self):
        return self._start

    def end(self):
        return self._end

    def span(self):
        return self._start, self._end

    def __bool__(self):
        return True


def _word(c):
    return c.isalnum() or c == '_'


_CLASS_ESCAPES = {
    'd': lambda c: c.isdecimal(),
    'D': lambda c: not c.isdecimal(),
    'w': _word,
    'W': lambda c: not _word(c),
    's': lambda c: c.isspace(),
    'S': lambda c: not c.isspace(),
}

_CHAR_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v',
                 'a': '\a', '0': '\0'}


class _RegexParser:
    # Nodes: ('seq', [nodes]), ('alt', [nodes]), ('lit', char),
    # ('set', negated, [items]) with items a char, (lo, hi) or a predicate,
    # ('any',), ('bol',), ('eol',), ('start',), ('end',), ('wordb', bool),
    # ('rep', node, min, max, greedy), ('group', node).

    def __init__(self, pattern, ignorecase):
        self.p = pattern
        self.i = 0
        self.ignorecase = ignorecase
        self.dotall = False
        self.multiline = False

    def error(self, msg):
        raise _RegexError("%s at position %d" % (msg, self.i))

    def parse(self):
        node = self.alternation()
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                self.error("unbalanced parenthesis")
            self.error("unexpected character")
        return node

    def alternation(self):
        branches = [self.sequence()]
        while self.i < len(self.p) and self.p[self.i] == '|':
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def sequence(self):
        items = []
        while self.i < len(self.p) and self.p[self.i] not in '|)':
            atom = self.atom()
            if atom is None:
                continue
            items.append(self.quantified(atom))
        return ('seq', items)

    def quantified(self, atom):
        p = self.p
        bounds = self.repetition()
        if bounds is None:
            return atom
        if atom[0] in ('bol', 'eol', 'start', 'end', 'wordb'):
            self.error("nothing to repeat")
        greedy = True
        if self.i < len(p) and p[self.i] == '?':
            self.i += 1
            greedy = False
        elif self.i < len(p) and p[self.i] == '+':
            raise NotImplementedError(
                "warnings: possessive quantifiers need the re module")
        save = self.i
        if self.repetition() is not None:
            self.i = save
            self.error("multiple repeat")
        return ('rep', atom, bounds[0], bounds[1], greedy)

    def repetition(self):
        # (min, max) of a quantifier at the current position (consumed), or None.
        p = self.p
        if self.i >= len(p):
            return None
        c = p[self.i]
        if c in '*+?':
            self.i += 1
            return {'*': (0, None), '+': (1, None), '?': (0, 1)}[c]
        if c != '{':
            return None
        close = p.find('}', self.i)
        if close < 0:
            return None
        lo, comma, hi = p[self.i + 1:close].partition(',')
        if not (lo.isdigit() or (comma and lo == '')) or (hi and not hi.isdigit()):
            # Not a repetition: '{' is a literal.
            return None
        if not comma and not lo:
            return None
        self.i = close + 1
        low = int(lo) if lo else 0
        high = (int(hi) if hi else None) if comma else low
        if high is not None and high < low:
            self.error("min repeat greater than max repeat")
        return low, high

    def atom(self):
        p = self.p
        c = p[self.i]
        self.i += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '(':
            return self.group()
        if c == '[':
            return self.char_class()
        if c == '\\':
            return self.escape(in_class=False)
        if c in '*+?':
            self.error("nothing to repeat")
        return ('lit', c)

    def group(self):
        p = self.p
        if p.startswith('?', self.i):
            if p.startswith('?:', self.i):
                self.i += 2
            elif p.startswith('?P<', self.i):
                close = p.find('>', self.i)
                if close < 0:
                    self.error("missing >")
                self.i = close + 1
            elif p.startswith('?#', self.i):
                close = p.find(')', self.i)
                if close < 0:
                    self.error("missing ), unterminated comment")
                self.i = close + 1
                return None
            else:
                j = self.i + 1
                flags = ''
                while j < len(p) and p[j] in 'aiLmsux':
                    flags += p[j]
                    j += 1
                if flags and j < len(p) and p[j] == ')' and self.i == 1:
                    for f in flags:
                        if f == 'i':
                            self.ignorecase = True
                        elif f == 's':
                            self.dotall = True
                        elif f == 'm':
                            self.multiline = True
                        elif f != 'u':
                            raise NotImplementedError(
                                "warnings: regex flag %r needs the re module" % f)
                    self.i = j + 1
                    return None
                raise NotImplementedError(
                    "warnings: this regex construct needs the re module: %r" % p)
        node = self.alternation()
        if self.i >= len(p) or p[self.i] != ')':
            self.error("missing ), unterminated subpattern")
        self.i += 1
        return ('group', node)

    def char_class(self):
        p = self.p
        negated = False
        if self.i < len(p) and p[self.i] == '^':
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                self.error("unterminated character set")
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            self.i += 1
            if c == '\\':
                item = self.escape(in_class=True)
                if item[0] == 'set':
                    items.append(item[2][0])
                    continue
                c = item[1]
            if self.i + 1 < len(p) and p[self.i] == '-' and p[self.i + 1] != ']':
                self.i += 1
                hi = p[self.i]
                self.i += 1
                if hi == '\\':
                    item = self.escape(in_class=True)
                    if item[0] != 'lit':
                        self.error("bad character range")
                    hi = item[1]
                if hi < c:
                    self.error("bad character range %s-%s" % (c, hi))
                items.append((c, hi))
            else:
                items.append(c)
        return ('set', negated, items)

    def escape(self, in_class):
        p = self.p
        if self.i >= len(p):
            self.error("bad escape (end of pattern)")
        c = p[self.i]
        self.i += 1
        if c in _CLASS_ESCAPES:
            return ('set', False, [_CLASS_ESCAPES[c]])
        if c in _CHAR_ESCAPES:
            return ('lit', _CHAR_ESCAPES[c])
        if c == 'x':
            return ('lit', chr(self.hex_digits(2)))
        if c == 'u':
            return ('lit', chr(self.hex_digits(4)))
        if c == 'U':
            return ('lit', chr(self.hex_digits(8)))
        if not in_class:
            if c == 'A':
                return ('start',)
            if c == 'Z':
                return ('end',)
            if c == 'b':
                return ('wordb', True)
            if c == 'B':
                return ('wordb', False)
            if c.isdigit():
                raise NotImplementedError("warnings: backreferences need the re module")
        elif c == 'b':
            return ('lit', '\b')
        if c.isascii() and c.isalnum():
            self.i -= 2
            self.error("bad escape \\%s" % c)
        return ('lit', c)

    def hex_digits(self, count):
        digits = self.p[self.i:self.i + count]
        if len(digits) != count or any(d not in '0123456789abcdefABCDEF' for d in digits):
            self.error("incomplete escape")
        self.i += count
        return int(digits, 16)


def _char_eq(a, b, ignorecase):
    if a == b:
        return True
    return ignorecase and a.lower() == b.lower()


def _in_set(node, c, ignorecase):
    negated, items = node[1], node[2]
    candidates = (c, c.lower(), c.upper()) if ignorecase else (c,)
    found = False
    for item in items:
        for ch in candidates:
            if isinstance(item, str):
                hit = item == ch
            elif isinstance(item, tuple):
                hit = item[0] <= ch <= item[1]
            else:
                hit = item(ch)
            if hit:
                found = True
                break
        if found:
            break
    return found != negated


def _match_node(node, s, pos, pat, k):
    """Match `node` at s[pos:]; on success call k(end) and return its result
    (None means failure, so backtracking continues)."""
    kind = node[0]
    if kind == 'seq':
        return _match_seq(node[1], 0, s, pos, pat, k)
    if kind == 'lit':
        if pos < len(s) and _char_eq(node[1], s[pos], pat._ignorecase):
            return k(pos + 1)
        return None
    if kind == 'any':
        if pos < len(s) and (pat._dotall or s[pos] != '\n'):
            return k(pos + 1)
        return None
    if kind == 'set':
        if pos < len(s) and _in_set(node, s[pos], pat._ignorecase):
            return k(pos + 1)
        return None
    if kind == 'alt':
        for branch in node[1]:
            result = _match_node(branch, s, pos, pat, k)
            if result is not None:
                return result
        return None
    if kind == 'group':
        return _match_node(node[1], s, pos, pat, k)
    if kind == 'rep':
        return _match_rep(node, 0, s, pos, pat, k)
    if kind == 'bol':
        if pos == 0 or (pat._multiline and s[pos - 1] == '\n'):
            return k(pos)
        return None
    if kind == 'eol':
        if pos == len(s) or (pos == len(s) - 1 and s[pos] == '\n') or \
                (pat._multiline and s[pos] == '\n'):
            return k(pos)
        return None
    if kind == 'start':
        return k(pos) if pos == 0 else None
    if kind == 'end':
        return k(pos) if pos == len(s) else None
    if kind == 'wordb':
        before = pos > 0 and _word(s[pos - 1])
        after = pos < len(s) and _word(s[pos])
        if (before != after) == node[1]:
            return k(pos)
        return None
    raise AssertionError(kind)


def _match_seq(items, index, s, pos, pat, k):
    if index == len(items):
        return k(pos)
    return _match_node(items[index], s, pos, pat,
                       lambda p: _match_seq(items, index + 1, s, p, pat, k))


def _match_rep(node, count, s, pos, pat, k):
    _, sub, low, high, greedy = node

    def more(p):
        if p == pos and count >= low:
            # An empty iteration: stop repeating.
            return None
        return _match_rep(node, count + 1, s, p, pat, k)

    can_more = high is None or count < high
    if count < low:
        return _match_node(sub, s, pos, pat, more)
    if greedy:
        if can_more:
            result = _match_node(sub, s, pos, pat, more)
            if result is not None:
                return result
        return k(pos)
    result = k(pos)
    if result is not None:
        return result
    if can_more:
        return _match_node(sub, s, pos, pat, more)
    return None


# --- initial state ------------------------------------------------------------------

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
_flags = getattr(sys, 'flags', None)
_bytes_warning = getattr(_flags, 'bytes_warning', 0)
if _bytes_warning:
    filters.insert(0, ('error' if _bytes_warning > 1 else 'default',
                       None, BytesWarning, None, 0))
if getattr(_flags, 'dev_mode', False):
    filters.insert(0, ('default', None, Warning, None, 0))
del _flags, _bytes_warning

defaultaction = "default"
onceregistry = {}
_defaultaction = defaultaction
_onceregistry = onceregistry
_filters_version = 0

_warnoptions = getattr(sys, 'warnoptions', None)
if _warnoptions:
    _processoptions(_warnoptions)
del _warnoptions
