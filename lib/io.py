"""The `io` module for Molt: the I/O class hierarchy and in-memory streams.

Written for Molt from the Python documentation of `io` and CPython 3.12's observable
behaviour (messages, return values), never from CPython's source.

What it provides:
- `open` (the native builtin), `open_code`, `text_encoding`, `DEFAULT_BUFFER_SIZE`,
  `SEEK_SET`/`SEEK_CUR`/`SEEK_END`, `UnsupportedOperation`, `BlockingIOError`.
- The abstract classes `IOBase`, `RawIOBase`, `BufferedIOBase`, `TextIOBase` (ABCMeta
  based, with IOBase's mixin methods); the native file types returned by `open()` are
  registered, so `isinstance(open(p), io.TextIOBase)` and friends hold.
- `StringIO` and `BytesIO` (complete, in Python).
- `TextIOWrapper`: a Python implementation that wraps any binary buffer (BytesIO, a
  binary file, a user BufferedIOBase).  The native text-file type is registered as a
  virtual subclass, so `isinstance(open(p), io.TextIOWrapper)` is True, but
  `type(open(p)) is io.TextIOWrapper` is not.
- `BufferedReader`, `BufferedWriter`, `BufferedRandom`, `BufferedRWPair` over any raw
  stream object (e.g. a user `RawIOBase` subclass); the native buffered file types are
  registered as their virtual subclasses.
- `IncrementalNewlineDecoder`.

Known gaps:
- TextIOWrapper knows the codecs Molt's str.encode/bytes.decode know (utf-8, ascii,
  latin-1, cp1252, utf-16/32 with their -le/-be forms) plus utf-8-sig; other codecs
  that str.encode may learn later are decoded only once the whole stream is read.
  Its tell() cookie is the byte position; it is exact for text that round-trips
  through the codec (it re-encodes the unread decoded text), not after lossy decoding
  (errors='replace'/'ignore').
"""

import sys as _sys
from abc import ABCMeta as _ABCMeta

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO',
           'BytesIO', 'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE', 'text_encoding', 'IncrementalNewlineDecoder']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError


import _io

open = _io.open
UnsupportedOperation = _io.UnsupportedOperation
DEFAULT_BUFFER_SIZE = _io.DEFAULT_BUFFER_SIZE
FileIO = _io.FileIO
_NATIVE = {name: getattr(_io, name)
           for name in ('TextIOWrapper', 'BufferedReader', 'BufferedWriter', 'BufferedRandom')}
_NATIVE_BUFFERED = (_NATIVE['BufferedReader'], _NATIVE['BufferedWriter'],
                    _NATIVE['BufferedRandom'])


def open_code(path):
    """Open `path` for reading as binary, the way import reads source files."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    """Return `encoding`, or "locale" when it is None (what open() would use)."""
    if encoding is None:
        return 'locale'
    return encoding


# --------------------------------------------------------------------------------------
# Argument helpers

_CLOSED = "I/O operation on closed file."
_CLOSED_NODOT = "I/O operation on closed file"


def _index(value):
    """Convert value with __index__, with CPython's message."""
    if type(value) is int:
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _ssize(value):
    value = _index(value)
    if value > _sys.maxsize or value < -_sys.maxsize - 1:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _size(value):
    """A size argument: an integer or None (meaning -1)."""
    if value is None:
        return -1
    if type(value) is int:
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"argument should be integer or None, not '{type(value).__name__}'")
    return method(value)


def _bytes_like(data):
    """bytes of a bytes-like object (TypeError otherwise, with CPython's message)."""
    t = type(data)
    if t is bytes:
        return data
    if t is bytearray:
        return bytes(data)
    if isinstance(data, str):
        raise TypeError(f"a bytes-like object is required, not '{t.__name__}'")
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{t.__name__}'") from None
    if not view.c_contiguous:
        raise BufferError("memoryview: underlying buffer is not C-contiguous")
    return view.tobytes()


# Newline kinds seen, as bits: CR, LF, CRLF.
_CR, _LF, _CRLF = 1, 2, 4
_NEWLINES_REPR = {0: None, 1: '\r', 2: '\n', 4: '\r\n', 3: ('\r', '\n'),
                  5: ('\r', '\r\n'), 6: ('\n', '\r\n'), 7: ('\r', '\n', '\r\n')}


def _seen_newlines(text):
    if '\r' in text:
        crlf = text.count('\r\n')
        flags = _CRLF if crlf else 0
        if text.count('\r') > crlf:
            flags |= _CR
        if text.count('\n') > crlf:
            flags |= _LF
        return flags
    return _LF if '\n' in text else 0


def _check_newline(newline, who=None):
    if newline is not None and not isinstance(newline, str):
        if who is None:
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        raise TypeError(f"{who} argument 'newline' must be str or None, "
                        f"not {type(newline).__name__}")


# --------------------------------------------------------------------------------------
# The concrete bases (CPython's _io._IOBase & co.) and the public ABCs.

class _IOBase:
    """Base of all I/O classes: the mixin methods IOBase documents."""

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError(_CLOSED if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation('File or stream is not readable.' if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation('File or stream is not writable.' if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.' if msg is None else msg)

    def seek(self, pos, whence=0):
        raise UnsupportedOperation('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation('truncate')

    def flush(self):
        if getattr(self, '_IOBase__closed', False):
            raise ValueError(_CLOSED)

    def close(self):
        if not getattr(self, '_IOBase__closed', False):
            try:
                self.flush()
            finally:
                self._IOBase__closed = True

    @property
    def closed(self):
        return getattr(self, '_IOBase__closed', False)

    def __del__(self):
        # As CPython's IOBase finalizer: an object freed while open is closed (a text
        # wrapper closes its buffer); errors are swallowed.
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        size = _size(size)
        peek = getattr(self, 'peek', None)
        res = bytearray()
        while size < 0 or len(res) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    i = ahead.find(b'\n')
                    n = i + 1 if i >= 0 else len(ahead)
                    if size >= 0:
                        n = min(n, size - len(res))
            b = self.read(n)
            if not b:
                break
            res += b
            if res.endswith(b'\n'):
                break
        return bytes(res)

    def readlines(self, hint=None):
        hint = _size(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


_IOBase.__module__ = '_io'


class _RawIOBase(_IOBase):
    """Base of raw binary streams: read() and readall() in terms of readinto()."""

    def read(self, size=-1):
        size = _size(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if not res:
                    return None
                break
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


_RawIOBase.__module__ = '_io'


class _BufferedIOBase(_IOBase):
    """Base of buffered binary streams."""

    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def read1(self, size=-1):
        raise UnsupportedOperation('read1')

    def _readinto(self, b, one):
        view = memoryview(b)
        if view.readonly:
            raise TypeError(f"readinto() argument must be read-write bytes-like object, "
                            f"not {type(b).__name__}")
        view = view.cast('B')
        data = self.read1(len(view)) if one else self.read(len(view))
        n = len(data)
        view[:n] = data
        return n

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)

    def write(self, b):
        raise UnsupportedOperation('write')

    def detach(self):
        raise UnsupportedOperation('detach')


_BufferedIOBase.__module__ = '_io'


class _TextIOBase(_IOBase):
    """Base of text streams."""

    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def readline(self, size=-1):
        raise UnsupportedOperation('readline')

    def write(self, s):
        raise UnsupportedOperation('write')

    def detach(self):
        raise UnsupportedOperation('detach')

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


_TextIOBase.__module__ = '_io'


class IOBase(_IOBase, metaclass=_ABCMeta):
    """The abstract base class for all I/O classes."""


class RawIOBase(_RawIOBase, IOBase):
    """Base class for raw binary streams."""


class BufferedIOBase(_BufferedIOBase, IOBase):
    """Base class for buffered binary streams."""


class TextIOBase(_TextIOBase, IOBase):
    """Base class for text streams."""


# --------------------------------------------------------------------------------------
# StringIO

class StringIO(_TextIOBase):
    """A text stream kept in memory.

    Writes at the end are kept as a list of chunks, joined when something needs the
    whole value (getvalue, reads, writes elsewhere), so building a string with many
    write() calls is linear.
    """

    def __init__(self, initial_value='', newline='\n'):
        _check_newline(newline)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not "
                            f"{type(initial_value).__name__}")
        self._closed = False
        self._newline = newline
        self._track = newline is None or newline == ''
        self._translate = newline is None
        self._writenl = newline if newline == '\r' or newline == '\r\n' else None
        self._readnl = None if newline == '' else (self._writenl or '\n')
        self._nlmode = newline != '\n'   # writes need newline tracking or translation
        self._seen = 0
        self._chunks = []
        self._len = 0
        self._pos = 0
        if initial_value:
            StringIO.write(self, initial_value)
            self._pos = 0

    def _value(self):
        chunks = self._chunks
        if len(chunks) == 1:
            return chunks[0]
        if not chunks:
            return ''
        value = ''.join(chunks)
        self._chunks = [value]
        return value

    def getvalue(self):
        if self._closed:
            raise ValueError(_CLOSED_NODOT)
        return self._value()

    def write(self, s):
        if self._closed:
            raise ValueError(_CLOSED_NODOT)
        if type(s) is not str:
            if not isinstance(s, str):
                raise TypeError(f"string argument expected, got '{type(s).__name__}'")
            s = ''.join((s,))
        n = len(s)
        if not n:
            return 0
        if not self._nlmode:
            pass
        elif self._track:
            if '\r' in s or '\n' in s:
                self._seen |= _seen_newlines(s)
                if self._translate and '\r' in s:
                    s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._writenl is not None and '\n' in s:
            s = s.replace('\n', self._writenl)
        pos = self._pos
        length = self._len
        if pos == length:
            self._chunks.append(s)
            self._len = self._pos = pos + len(s)
            return n
        value = self._value()
        if pos > length:
            value = value + '\0' * (pos - length) + s
        else:
            value = value[:pos] + s + value[pos + len(s):]
        self._chunks = [value]
        self._len = len(value)
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        if self._closed:
            raise ValueError(_CLOSED_NODOT)
        size = _size(size)
        pos = self._pos
        length = self._len
        end = length if size < 0 else min(pos + size, length)
        if pos >= end:
            return ''
        self._pos = end
        if pos == 0 and end == length:
            return self._value()
        return self._value()[pos:end]

    def readline(self, size=-1):
        if self._closed:
            raise ValueError(_CLOSED_NODOT)
        size = _size(size)
        pos = self._pos
        length = self._len
        end = length if size < 0 else min(pos + size, length)
        if pos >= end:
            return ''
        value = self._value()
        term = self._readnl
        if term is not None:
            i = value.find(term, pos, end)
            stop = end if i < 0 else i + len(term)
        else:
            i = value.find('\n', pos, end)
            j = value.find('\r', pos, end if i < 0 else i)
            if j >= 0:
                stop = j + 1
                if stop < end and value[stop] == '\n':
                    stop += 1
            elif i >= 0:
                stop = i + 1
            else:
                stop = end
        self._pos = stop
        return value[pos:stop]

    def __next__(self):
        if self._closed:
            raise ValueError(_CLOSED_NODOT)
        if type(self) is StringIO:
            if self._readnl == '\n':
                chunks = self._chunks
                value = chunks[0] if len(chunks) == 1 else self._value()
                pos = self._pos
                i = value.find('\n', pos)
                if i < 0:
                    if pos >= self._len:
                        raise StopIteration
                    stop = self._len
                else:
                    stop = i + 1
                self._pos = stop
                return value[pos:stop]
            line = StringIO.readline(self)
        else:
            line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        if self._closed:
            raise ValueError(_CLOSED_NODOT)
        return self._pos

    def seek(self, pos, whence=0):
        pos = _ssize(pos)
        whence = _index(whence)
        if self._closed:
            raise ValueError(_CLOSED_NODOT)
        if whence != 0 and whence != 1 and whence != 2:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
        elif pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._len
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        if pos is None:
            if self._closed:
                raise ValueError(_CLOSED_NODOT)
            size = self._pos
        else:
            size = _size(pos)
            if self._closed:
                raise ValueError(_CLOSED_NODOT)
            if size < 0:
                raise ValueError(f"Negative size value {size}")
        if size < self._len:
            value = self._value()[:size]
            self._chunks = [value] if value else []
            self._len = size
        return size

    def readable(self):
        if self._closed:
            raise ValueError(_CLOSED_NODOT)
        return True

    def writable(self):
        if self._closed:
            raise ValueError(_CLOSED_NODOT)
        return True

    def seekable(self):
        if self._closed:
            raise ValueError(_CLOSED_NODOT)
        return True

    def flush(self):
        pass

    def close(self):
        self._closed = True
        self._chunks = []

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        if self._closed:
            raise ValueError(_CLOSED_NODOT)
        return False

    @property
    def newlines(self):
        if self._closed:
            raise ValueError(_CLOSED_NODOT)
        if not self._track:
            return None
        return _NEWLINES_REPR[self._seen]

    def __getstate__(self):
        extra = {k: v for k, v in self.__dict__.items() if k not in _STRINGIO_STATE}
        return (self.getvalue(), self._newline, self._pos, extra or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 4:
            raise TypeError(f"{type(self).__name__}.__setstate__ argument should be 4-tuple, "
                            f"got {type(state).__name__}")
        value, newline, pos, d = state[:4]
        if isinstance(d, dict):
            self.__dict__.update(d)
        StringIO.__init__(self, None, newline)
        self._chunks = [value] if value else []
        self._len = len(value)
        self._pos = pos


StringIO.__module__ = '_io'
_STRINGIO_STATE = frozenset(StringIO().__dict__)


# --------------------------------------------------------------------------------------
# BytesIO

_EXPORTS = "Existing exports of data: object cannot be re-sized"


class BytesIO(_BufferedIOBase):
    """A binary stream kept in memory (a bytearray)."""

    def __init__(self, initial_bytes=None):
        self._closed = False
        self._exported = False
        self._pos = 0
        if initial_bytes is None:
            self._buf = bytearray()
        else:
            self._buf = bytearray(_bytes_like(initial_bytes))

    def _check_exports(self):
        # The bytearray refuses to resize while a getbuffer() view is alive; probe it.
        if self._exported:
            buf = self._buf
            try:
                buf.append(0)
            except BufferError:
                raise BufferError(_EXPORTS) from None
            del buf[-1]
            self._exported = False

    def getvalue(self):
        if self._closed:
            raise ValueError(_CLOSED)
        return bytes(self._buf)

    def getbuffer(self):
        if self._closed:
            raise ValueError(_CLOSED)
        self._exported = True
        return memoryview(self._buf)

    def write(self, b):
        if self._closed:
            raise ValueError(_CLOSED)
        if self._exported:
            self._check_exports()
        t = type(b)
        if t is not bytes and t is not bytearray:
            b = _bytes_like(b)
        n = len(b)
        if not n:
            return 0
        buf = self._buf
        pos = self._pos
        length = len(buf)
        if pos == length:
            buf += b
        elif pos > length:
            buf += bytes(pos - length)
            buf += b
        else:
            buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        if self._closed:
            raise ValueError(_CLOSED)
        size = _size(size)
        buf = self._buf
        pos = self._pos
        length = len(buf)
        end = length if size < 0 else min(pos + size, length)
        if pos >= end:
            return b''
        self._pos = end
        return bytes(buf[pos:end])

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        try:
            view = memoryview(b)
        except TypeError:
            view = None
        if view is None or view.readonly:
            raise TypeError(f"readinto() argument must be read-write bytes-like object, "
                            f"not {type(b).__name__}")
        if self._closed:
            raise ValueError(_CLOSED)
        view = view.cast('B')
        buf = self._buf
        pos = self._pos
        n = min(len(view), len(buf) - pos)
        if n <= 0:
            return 0
        view[:n] = buf[pos:pos + n]
        self._pos = pos + n
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def readline(self, size=-1):
        if self._closed:
            raise ValueError(_CLOSED)
        size = _size(size)
        buf = self._buf
        pos = self._pos
        length = len(buf)
        end = length if size < 0 else min(pos + size, length)
        if pos >= end:
            return b''
        i = buf.find(b'\n', pos, end)
        stop = end if i < 0 else i + 1
        self._pos = stop
        return bytes(buf[pos:stop])

    def __iter__(self):
        return self

    def writelines(self, lines):
        if self._closed:
            raise ValueError(_CLOSED)
        for line in lines:
            BytesIO.write(self, line)

    def __next__(self):
        if self._closed:
            raise ValueError(_CLOSED)
        line = BytesIO.readline(self) if type(self) is BytesIO else self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if self._closed:
            raise ValueError(_CLOSED)
        return _IOBase.readlines(self, hint)

    def tell(self):
        if self._closed:
            raise ValueError(_CLOSED)
        return self._pos

    def seek(self, pos, whence=0):
        pos = _ssize(pos)
        whence = _index(whence)
        if self._closed:
            raise ValueError(_CLOSED)
        if pos < 0 and whence == 0:
            raise ValueError(f"negative seek value {pos}")
        if whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def truncate(self, size=None):
        if self._closed:
            raise ValueError(_CLOSED)
        if self._exported:
            self._check_exports()
        if size is None:
            size = self._pos
        else:
            size = _size(size)
            if size < 0:
                raise ValueError(f"negative size value {size}")
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def readable(self):
        if self._closed:
            raise ValueError(_CLOSED)
        return True

    def writable(self):
        if self._closed:
            raise ValueError(_CLOSED)
        return True

    def seekable(self):
        if self._closed:
            raise ValueError(_CLOSED)
        return True

    def isatty(self):
        if self._closed:
            raise ValueError(_CLOSED)
        return False

    def flush(self):
        if self._closed:
            raise ValueError(_CLOSED)

    def close(self):
        if self._exported:
            self._check_exports()
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def __getstate__(self):
        extra = {k: v for k, v in self.__dict__.items() if k not in _BYTESIO_STATE}
        return (self.getvalue(), self._pos, extra or None)

    def __setstate__(self, state):
        value, pos, d = state
        if isinstance(d, dict):
            self.__dict__.update(d)
        self._buf = bytearray(value)
        self._pos = pos
        self._closed = False
        self._exported = False


BytesIO.__module__ = '_io'
_BYTESIO_STATE = frozenset(BytesIO().__dict__)


# --------------------------------------------------------------------------------------
# Incremental decoding and encoding for TextIOWrapper

def _codec_kind(encoding):
    """(kind, little-endian or None) for an encoding name; kind is one of
    'utf8', 'utf8sig', 'single', 'utf16', 'utf32', 'other'."""
    norm = encoding.lower().replace('-', '').replace('_', '').replace(' ', '')
    if norm in ('utf8', 'u8', 'utf', 'cp65001'):
        return 'utf8', None
    if norm == 'utf8sig':
        return 'utf8sig', None
    if norm in ('ascii', 'usascii', '646', 'us', 'latin1', 'latin', 'l1', 'iso88591',
                'iso885911987', '8859', 'cp819', 'ibm819', 'cp1252', 'windows1252'):
        return 'single', None
    if norm in ('utf16', 'u16'):
        return 'utf16', None
    if norm == 'utf16le':
        return 'utf16', True
    if norm == 'utf16be':
        return 'utf16', False
    if norm in ('utf32', 'u32'):
        return 'utf32', None
    if norm == 'utf32le':
        return 'utf32', True
    if norm == 'utf32be':
        return 'utf32', False
    return 'other', None


def _utf8_incomplete(data):
    """How many trailing bytes of data start a UTF-8 sequence that is not complete."""
    n = len(data)
    for i in range(1, min(4, n + 1)):
        b = data[n - i]
        if b & 0xC0 == 0x80:
            continue
        if b >= 0xF8:
            return 0
        if b >= 0xF0:
            need = 4
        elif b >= 0xE0:
            need = 3
        elif b >= 0xC0:
            need = 2
        else:
            return 0
        return i if i < need else 0
    return 0


_BOMS = {
    'utf16': ((b'\xff\xfe', True), (b'\xfe\xff', False)),
    'utf32': ((b'\xff\xfe\x00\x00', True), (b'\x00\x00\xfe\xff', False)),
}


class _Decoder:
    """Incremental bytes -> str for the codecs Molt knows; keeps incomplete tails."""

    def __init__(self, encoding, kind, little, errors):
        self.encoding = encoding
        self.kind = kind
        self.fixed = little
        self.errors = errors
        self.little = little
        self.pending = b''
        self.bom_done = kind not in ('utf8sig', 'utf16', 'utf32') or little is not None
        self.bom_len = 0

    def reset(self):
        """Back to the state at the start of a stream (expecting a BOM)."""
        self.pending = b''
        self.little = self.fixed
        self.bom_done = self.kind not in ('utf8sig', 'utf16', 'utf32') or self.fixed is not None
        self.bom_len = 0

    def midstream(self):
        """The state in the middle of a stream (no BOM expected)."""
        self.pending = b''
        self.bom_done = True
        self.bom_len = 0
        if self.little is None:
            self.little = True

    def count_codec(self):
        """The codec that re-encodes decoded text to the bytes it came from."""
        kind = self.kind
        if kind == 'utf8' or kind == 'utf8sig':
            return 'utf-8'
        if kind == 'utf16':
            return 'utf-16-be' if self.little is False else 'utf-16-le'
        if kind == 'utf32':
            return 'utf-32-be' if self.little is False else 'utf-32-le'
        return self.encoding

    def decode(self, data, final=False):
        if self.pending:
            data = self.pending + data
            self.pending = b''
        kind = self.kind
        if kind == 'utf8':
            if not final:
                cut = _utf8_incomplete(data)
                if cut:
                    self.pending = data[-cut:]
                    data = data[:-cut]
            return data.decode('utf-8', self.errors)
        if kind == 'single':
            return data.decode(self.encoding, self.errors)
        if kind == 'other':
            if not final:
                self.pending = data
                return ''
            return data.decode(self.encoding, self.errors)
        if not self.bom_done:
            if kind == 'utf8sig':
                bom = b'\xef\xbb\xbf'
                if not final and len(data) < 3 and bom.startswith(data):
                    self.pending = data
                    return ''
                self.bom_done = True
                if data.startswith(bom):
                    data = data[3:]
                    self.bom_len = 3
            else:
                unit = 2 if kind == 'utf16' else 4
                if not final and len(data) < unit:
                    self.pending = data
                    return ''
                for bom, little in _BOMS[kind]:
                    if data.startswith(bom):
                        data = data[unit:]
                        self.little = little
                        self.bom_len = unit
                        break
                else:
                    if data:
                        raise UnicodeError(f"UTF-{unit * 8} stream does not start with BOM")
                    if not final:
                        return ''
                self.bom_done = True
        if kind == 'utf8sig':
            if not final:
                cut = _utf8_incomplete(data)
                if cut:
                    self.pending = data[-cut:]
                    data = data[:-cut]
            return data.decode('utf-8', self.errors)
        little = self.little is not False
        if kind == 'utf16':
            if not final:
                n = len(data)
                cut = n & 1
                if n - cut >= 2:
                    hi, lo = data[n - cut - 1], data[n - cut - 2]
                    unit = (hi << 8 | lo) if little else (lo << 8 | hi)
                    if 0xD800 <= unit < 0xDC00:
                        cut += 2
                if cut:
                    self.pending = data[-cut:]
                    data = data[:-cut]
            return data.decode('utf-16-le' if little else 'utf-16-be', self.errors)
        if not final:
            cut = len(data) & 3
            if cut:
                self.pending = data[-cut:]
                data = data[:-cut]
        return data.decode('utf-32-le' if little else 'utf-32-be', self.errors)


class _Encoder:
    """str -> bytes, writing a BOM first where the codec wants one."""

    def __init__(self, encoding, kind, little, errors):
        self.encoding = encoding
        self.errors = errors
        self.kind = kind
        if kind == 'utf8sig':
            self.first, self.rest, self.bom = 'utf-8', 'utf-8', b'\xef\xbb\xbf'
        elif kind in ('utf16', 'utf32') and little is None:
            width = kind[3:]
            self.first = self.rest = 'utf-%s-le' % width
            self.bom = b'\xff\xfe' if width == '16' else b'\xff\xfe\x00\x00'
        else:
            self.first = self.rest = encoding
            self.bom = b''
        self.need_bom = bool(self.bom)

    def reset(self):
        self.need_bom = bool(self.bom)

    def midstream(self):
        self.need_bom = False

    def encode(self, text):
        if self.need_bom:
            self.need_bom = False
            return self.bom + text.encode(self.rest, self.errors)
        return text.encode(self.rest, self.errors)


def _raw_index(raw, k):
    """Index into untranslated text `raw` of translated position k (newline=None)."""
    i = 0
    t = 0
    n = len(raw)
    while True:
        j = raw.find('\r', i)
        if j < 0 or t + (j - i) >= k:
            return i + (k - t)
        t += j - i + 1
        i = j + 1
        if i < n and raw[i] == '\n':
            i += 1
        if t >= k:
            return i


class IncrementalNewlineDecoder:
    """Translate (or just record) '\\r\\n' and '\\r' newlines in decoded text.

    decoder: an incremental decoder applied first (or None: input is str);
    translate: convert '\\r\\n' and '\\r' to '\\n'."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
            if not isinstance(output, str):
                raise TypeError(f"decoder should return a string result, not "
                                f"'{type(output).__name__}'")
        else:
            output = self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        if '\r' in output or '\n' in output:
            self._seen |= _seen_newlines(output)
            if self.translate and '\r' in output:
                output = output.replace('\r\n', '\n').replace('\r', '\n')
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b'', 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self._pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _NEWLINES_REPR[self._seen]


IncrementalNewlineDecoder.__module__ = '_io'


# --------------------------------------------------------------------------------------
# TextIOWrapper

_DETACHED = "underlying buffer has been detached"


class TextIOWrapper(_TextIOBase, metaclass=_ABCMeta):
    """A text stream over a binary buffer: decoding, encoding and newline handling."""

    _CHUNK_SIZE = 8192

    def __new__(cls, buffer=None, *args, **kwargs):
        # Over a native buffered file the native wrapper does the work (as open() builds).
        if cls is TextIOWrapper and type(buffer) in _NATIVE_BUFFERED:
            return _io.TextIOWrapper(buffer, *args, **kwargs)
        return object.__new__(cls)

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, "
                            f"not {type(encoding).__name__}")
        if errors is not None and not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, "
                            f"not {type(errors).__name__}")
        _check_newline(newline, 'TextIOWrapper()')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        if errors is None:
            errors = 'strict'
        self._buffer = None
        self._setup_codec(encoding, errors)
        self._buffer = buffer
        self._readable = buffer.readable()
        self._writable = buffer.writable()
        self._seekable = self._telling = buffer.seekable()
        self._has_read1 = hasattr(buffer, 'read1')
        self._set_newline(newline)
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._pending = []
        self._pending_n = 0
        self._reset_read(True)
        if self._seekable and self._writable:
            try:
                if buffer.tell() != 0:
                    self._encoder.midstream()
            except OSError:
                pass

    def _setup_codec(self, encoding, errors):
        kind, little = _codec_kind(encoding)
        if kind != 'utf8sig':
            ''.encode(encoding)   # LookupError: unknown encoding: ...
        self._encoding = encoding
        self._errors = errors
        self._decoder = _Decoder(encoding, kind, little, errors)
        self._encoder = _Encoder(encoding, kind, little, errors)

    def _set_newline(self, newline):
        self._newline = newline
        # read side: 'translate' (None), 'track' (''), 'plain' (the others)
        if newline is None:
            self._readmode = 'translate'
        elif newline == '':
            self._readmode = 'track'
        else:
            self._readmode = 'plain'
        self._readnl = None if newline == '' else (newline or '\n')
        self._writenl = newline if newline == '\r' or newline == '\r\n' else None
        self._seen = 0

    def _reset_read(self, fresh=False):
        self._decoded = ''
        self._raw = None
        self._dpos = 0
        self._held_cr = False
        # _fresh: the next chunk is the first since construction or seek(0);
        # _chunk0: the decoded text is exactly that chunk, read from position 0.
        self._fresh = fresh
        self._chunk0 = False

    # -- state checks

    def _attached(self):
        buffer = self._buffer
        if buffer is None:
            raise ValueError(_DETACHED)
        return buffer

    def _check_open(self):
        buffer = self._buffer
        if buffer is None:
            raise ValueError(_DETACHED)
        if buffer.closed:
            raise ValueError(_CLOSED)
        return buffer

    # -- attributes

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        if self._readmode == 'plain':
            return None
        return _NEWLINES_REPR[self._seen]

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    def fileno(self):
        return self._attached().fileno()

    def isatty(self):
        return self._attached().isatty()

    def readable(self):
        return self._attached().readable()

    def writable(self):
        return self._attached().writable()

    def seekable(self):
        return self._attached().seekable()

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        try:
            name = self.name
        except Exception:
            pass
        else:
            parts.append(f' name={name!r}')
        mode = self.__dict__.get('mode')     # set by open(), not by the constructor
        if mode is not None:
            parts.append(f' mode={mode!r}')
        parts.append(f' encoding={self._encoding!r}>')
        return ''.join(parts)

    # -- writing

    def _flush_pending(self):
        if self._pending:
            data = b''.join(self._pending)
            self._pending = []
            self._pending_n = 0
            self._buffer.write(data)

    def write(self, s):
        buffer = self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if not self._writable:
            raise UnsupportedOperation('not writable')
        n = len(s)
        text = s
        if self._writenl is not None and '\n' in text:
            text = text.replace('\n', self._writenl)
        needflush = self._line_buffering and ('\n' in text or '\r' in text)
        if self._decoded or self._held_cr or self._decoder.pending:
            self._reset_read()
            self._decoder.midstream()
        data = self._encoder.encode(text)
        self._pending.append(data)
        self._pending_n += len(data)
        if self._write_through or needflush or self._pending_n >= self._CHUNK_SIZE:
            self._flush_pending()
        if needflush:
            buffer.flush()
        return n

    def flush(self):
        buffer = self._check_open()
        self._telling = self._seekable
        self._flush_pending()
        buffer.flush()

    def close(self):
        buffer = self._attached()
        if not buffer.closed:
            try:
                self.flush()
            finally:
                buffer.close()

    def detach(self):
        buffer = self._attached()
        self.flush()
        self._buffer = None
        return buffer

    # -- reading

    def _add_text(self, text, final):
        mode = self._readmode
        raw = text
        changed = False
        if mode != 'plain':
            if self._held_cr:
                raw = text = '\r' + text
                self._held_cr = False
            if not final and text.endswith('\r'):
                raw = text = text[:-1]
                self._held_cr = True
            if '\r' in text:
                self._seen |= _seen_newlines(text)
                if mode == 'translate':
                    text = text.replace('\r\n', '\n').replace('\r', '\n')
                    changed = True
            elif '\n' in text:
                self._seen |= _LF
        if not text:
            return False
        dpos = self._dpos
        decoded = self._decoded
        if dpos >= len(decoded):
            self._decoded = text
            self._raw = raw if changed else None
        else:
            old_raw = self._raw
            if old_raw is None and not changed:
                self._decoded = decoded[dpos:] + text
            else:
                if old_raw is None:
                    rest_raw = decoded[dpos:]
                else:
                    rest_raw = old_raw[_raw_index(old_raw, dpos):]
                self._decoded = decoded[dpos:] + text
                self._raw = rest_raw + raw
        self._dpos = 0
        return True

    def _read_chunk(self):
        """Decode one more chunk; False once the buffer is exhausted and nothing came."""
        chunk0 = False
        if self._fresh:
            self._fresh = False
            chunk0 = self._seekable and self._telling and self._buffer.tell() == 0
        if self._has_read1:
            data = self._buffer.read1(self._CHUNK_SIZE)
        else:
            data = self._buffer.read(self._CHUNK_SIZE)
        if data is None:
            data = b''
        final = not data
        text = self._decoder.decode(data, final)
        added = self._add_text(text, final)
        self._chunk0 = chunk0 and added
        return added or not final

    def _check_read(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation('not readable')
        if self._pending:
            self._flush_pending()

    def read(self, size=-1):
        size = _size(size)
        self._check_read()
        if size < 0:
            data = self._buffer.read()
            if data is None:
                data = b''
            text = self._decoder.decode(data, True)
            self._add_text(text, True)
            result = self._decoded[self._dpos:]
            self._reset_read()
        else:
            while len(self._decoded) - self._dpos < size and self._read_chunk():
                pass
            start = self._dpos
            result = self._decoded[start:start + size]
            self._dpos = start + len(result)
        if result:
            self._decoder.bom_len = 0
        return result

    def readline(self, size=-1):
        size = -1 if size is None else _index(size)
        self._check_read()
        term = self._readnl
        scan = 0
        while True:
            decoded = self._decoded
            start = self._dpos
            length = len(decoded)
            if term is not None:
                i = decoded.find(term, start + scan)
                if i >= 0:
                    end = i + len(term)
                    break
                scan = max(0, length - start - len(term) + 1)
            else:
                i = decoded.find('\n', start + scan)
                j = decoded.find('\r', start + scan, length if i < 0 else i)
                if j >= 0:
                    end = j + 1
                    if end < length and decoded[end] == '\n':
                        end += 1
                    break
                if i >= 0:
                    end = i + 1
                    break
                scan = length - start
            if 0 <= size <= length - start:
                end = start + size
                break
            if not self._read_chunk():
                end = len(self._decoded)
                break
        decoded = self._decoded
        start = self._dpos
        if 0 <= size < end - start:
            end = start + size
        line = decoded[start:end]
        self._dpos = end
        if line:
            self._decoder.bom_len = 0
        return line

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._telling = self._seekable
            raise StopIteration
        return line

    # -- positioning

    def tell(self):
        buffer = self._check_open()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        self._flush_pending()
        pos = buffer.tell()
        decoder = self._decoder
        unread = 0
        if self._chunk0 and self._dpos and self._readmode != 'plain':
            # CPython rebuilds the decoder state from the start of the stream here,
            # which resets the newlines seen to those of the text read so far.
            raw = self._raw
            done = self._decoded if raw is None else raw[:_raw_index(raw, self._dpos)]
            self._seen = _seen_newlines(done[:self._dpos] if raw is None else done)
        if self._dpos < len(self._decoded) or self._held_cr:
            raw = self._raw
            if raw is None:
                rest = self._decoded[self._dpos:]
            else:
                rest = raw[_raw_index(raw, self._dpos):]
            if self._held_cr:
                rest += '\r'
            codec = decoder.count_codec()
            try:
                unread = len(rest.encode(codec, self._errors))
            except (UnicodeError, LookupError):
                unread = len(rest.encode(codec, 'replace'))
        pos -= unread + len(decoder.pending) + decoder.bom_len
        return pos

    def _after_seek(self, pos):
        self._reset_read(pos == 0)
        if pos == 0:
            self._decoder.reset()
            self._encoder.reset()
        else:
            self._decoder.midstream()
            self._encoder.midstream()

    def seek(self, cookie, whence=0):
        buffer = self._check_open()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        whence = _index(whence)
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            pos = buffer.seek(0, 2)
            self._after_seek(pos)
            return pos
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie!r}")
        self.flush()
        buffer.seek(cookie)
        self._after_seek(cookie)
        return cookie

    def truncate(self, pos=None):
        buffer = self._check_open()
        self.flush()
        if pos is None:
            pos = self.tell()
        return buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(f"reconfigure() argument 'encoding' must be str or None, "
                            f"not {type(encoding).__name__}")
        if errors is not None and not isinstance(errors, str):
            raise TypeError(f"reconfigure() argument 'errors' must be str or None, "
                            f"not {type(errors).__name__}")
        if newline is not Ellipsis:
            _check_newline(newline, 'reconfigure()')
            if newline not in (None, '', '\n', '\r', '\r\n'):
                raise ValueError(f"illegal newline value: {newline}")
        self.flush()
        if encoding is not None or errors is not None:
            if encoding is None:
                encoding = self._encoding
            elif encoding == 'locale':
                encoding = 'UTF-8'
            if errors is None:
                errors = 'strict'
            old = self._decoder
            self._setup_codec(encoding, errors)
            if old.bom_done:
                self._decoder.midstream()
                self._encoder.midstream()
        if newline is not Ellipsis:
            seen = self._seen
            self._set_newline(newline)
            self._seen = seen
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)


TextIOWrapper.__module__ = '_io'


# --------------------------------------------------------------------------------------
# Buffered binary streams over a raw stream

class _BufferedCommon:
    """What BufferedReader/Writer/Random share: the raw stream and its attributes.

    The classes are assembled from these method holders by _compose() so that their
    MRO is CPython's (the class, _BufferedIOBase, _IOBase, object)."""

    def _init_raw(self, raw, buffer_size):
        buffer_size = _index(buffer_size)
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self._buffer_size = buffer_size
        self._rbuf = b''
        self._rpos = 0
        self._wbuf = bytearray()

    def _raw_or_detached(self):
        raw = self._raw
        if raw is None:
            raise ValueError('raw stream has been detached')
        return raw

    def _check_closed(self, what):
        raw = self._raw_or_detached()
        if raw.closed:
            raise ValueError(f'{what} closed file')
        return raw

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return self._raw_or_detached().closed

    @property
    def name(self):
        return self._raw_or_detached().name

    @property
    def mode(self):
        return self._raw_or_detached().mode

    def fileno(self):
        return self._raw_or_detached().fileno()

    def isatty(self):
        raw = self._raw_or_detached()
        if raw.closed:
            raise ValueError(_CLOSED)
        return raw.isatty()

    def seekable(self):
        return self._raw_or_detached().seekable()

    def _unread(self):
        return len(self._rbuf) - self._rpos

    def flush(self):
        raw = self._raw_or_detached()
        if raw.closed:
            raise ValueError(_CLOSED)

    def close(self):
        raw = self._raw_or_detached()
        if raw.closed:
            return
        try:
            self.flush()
        finally:
            raw.close()

    def detach(self):
        raw = self._raw_or_detached()
        if raw.closed:
            raise ValueError(_CLOSED)
        self.flush()
        self._raw = None
        return raw

    def __repr__(self):
        cls = type(self)
        qual = f'_io.{cls.__qualname__}' if cls.__module__ == '_io' else \
            f'{cls.__module__}.{cls.__qualname__}'
        try:
            name = self.name
        except Exception:
            return f'<{qual}>'
        return f'<{qual} name={name!r}>'

    # -- read side (used by BufferedReader and BufferedRandom)

    def _fill(self):
        """One raw read into the read buffer; the number of bytes got (None: would block)."""
        data = self._raw.read(self._buffer_size)
        if data is None:
            return None
        if self._rpos < len(self._rbuf):
            self._rbuf = self._rbuf[self._rpos:] + data
        else:
            self._rbuf = data
        self._rpos = 0
        return len(data)

    def _take(self, n):
        pos = self._rpos
        data = self._rbuf[pos:pos + n]
        self._rpos = pos + len(data)
        return data

    def _read(self, size):
        size = _size(size)
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        self._check_closed('read of')
        self._before_read()
        if size == -1:
            chunks = [self._take(self._unread())]
            raw = self._raw
            readall = getattr(raw, 'readall', None)
            if readall is not None:
                data = readall()
                if data is None:
                    return chunks[0] or None
                chunks.append(data)
            else:
                while True:
                    data = raw.read(self._buffer_size)
                    if data is None:
                        if not chunks[0] and len(chunks) == 1:
                            return None
                        break
                    if not data:
                        break
                    chunks.append(data)
            return b''.join(chunks)
        while self._unread() < size:
            n = self._fill()
            if n is None:
                if not self._unread():
                    return None
                break
            if not n:
                break
        return self._take(size)

    def _read1(self, size):
        size = _size(size)
        self._check_closed('read of')
        self._before_read()
        if size < 0:
            size = self._buffer_size
        if size == 0:
            return b''
        if not self._unread():
            self._fill()
        return self._take(size)

    def _peek(self, size):
        self._check_closed('peek of')
        self._before_read()
        if not self._unread():
            self._fill()
        return self._rbuf[self._rpos:]

    def _readline(self, size):
        size = _size(size)
        self._check_closed('readline of')
        self._before_read()
        scan = 0
        while True:
            buf = self._rbuf
            start = self._rpos
            i = buf.find(b'\n', start + scan)
            if i >= 0:
                end = i + 1
                break
            scan = len(buf) - start
            if 0 <= size <= scan:
                end = start + size
                break
            n = self._fill()
            if not n:
                end = len(self._rbuf)
                break
        start = self._rpos
        if 0 <= size < end - start:
            end = start + size
        return self._take(end - start)

    def _readinto_buffered(self, b, one):
        view = memoryview(b)
        if view.readonly:
            raise TypeError(f"readinto() argument must be read-write bytes-like object, "
                            f"not {type(b).__name__}")
        self._check_closed('readinto of')
        view = view.cast('B')
        data = self._read1(len(view)) if one else self._read(len(view))
        if data is None:
            return None
        n = len(data)
        view[:n] = data
        return n

    def _before_read(self):
        pass


class _ReaderPart:
    """A buffered binary reader over a raw stream."""

    def readable(self):
        return self._raw_or_detached().readable()

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise UnsupportedOperation('File or stream is not readable.')
        self._init_raw(raw, buffer_size)

    def read(self, size=-1):
        return self._read(size)

    def read1(self, size=-1):
        return self._read1(size)

    def peek(self, size=0):
        return self._peek(size)

    def readline(self, size=-1):
        return self._readline(size)

    def readinto(self, b):
        return self._readinto_buffered(b, False)

    def readinto1(self, b):
        return self._readinto_buffered(b, True)

    def __next__(self):
        line = self._readline(-1)
        if not line:
            raise StopIteration
        return line

    def tell(self):
        pos = self._raw_or_detached().tell() - self._unread()
        return pos if pos > 0 else 0

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        raw = self._check_closed('seek of')
        if whence == 1:
            pos -= self._unread()
        result = raw.seek(pos, whence)
        self._rbuf = b''
        self._rpos = 0
        return result

    def truncate(self, pos=None):
        self._check_closed('truncate of')
        raise UnsupportedOperation('truncate')


class _WriterPart:
    """A buffered binary writer over a raw stream."""

    def writable(self):
        return self._raw_or_detached().writable()

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise UnsupportedOperation('File or stream is not writable.')
        self._init_raw(raw, buffer_size)

    def _flush_writes(self):
        wbuf = self._wbuf
        raw = self._raw
        while wbuf:
            n = raw.write(bytes(wbuf))
            if n is None:
                raise BlockingIOError(11, 'write could not complete without blocking', 0)
            if n < 0 or n > len(wbuf):
                raise OSError(f'raw write() returned invalid length {n} '
                              f'(should have been between 0 and {len(wbuf)})')
            del wbuf[:n]

    def _before_write(self):
        pass

    def write(self, b):
        data = _bytes_like(b)
        self._check_closed('write to')
        self._before_write()
        wbuf = self._wbuf
        n = len(data)
        size = self._buffer_size
        if len(wbuf) + n > size:
            self._flush_writes()
            # Too big for the buffer: hand it to the raw stream until the rest fits.
            raw = self._raw
            off = 0
            while n - off > size:
                written = raw.write(data[off:])
                if written is None:
                    raise BlockingIOError(11, 'write could not complete without blocking',
                                          off)
                off += written
            if off:
                data = data[off:]
        wbuf += data
        return n

    def flush(self):
        self._check_closed('flush of')
        self._flush_writes()

    def tell(self):
        return self._raw_or_detached().tell() + len(self._wbuf)

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        raw = self._check_closed('seek of')
        self._flush_writes()
        return raw.seek(pos, whence)

    def truncate(self, pos=None):
        raw = self._check_closed('truncate of')
        self._flush_writes()
        if pos is None:
            pos = raw.tell()
        return raw.truncate(pos)


class _RandomPart:
    """A buffered binary stream for reading and writing a seekable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation('File or stream is not seekable.')
        if not raw.readable():
            raise UnsupportedOperation('File or stream is not readable.')
        if not raw.writable():
            raise UnsupportedOperation('File or stream is not writable.')
        self._init_raw(raw, buffer_size)

    def _before_read(self):
        if self._wbuf:
            self._flush_writes()

    def _before_write(self):
        unread = self._unread()
        if unread:
            self._raw.seek(-unread, 1)
        self._rbuf = b''
        self._rpos = 0

    def tell(self):
        raw = self._raw_or_detached()
        if self._wbuf:
            return raw.tell() + len(self._wbuf)
        pos = raw.tell() - self._unread()
        return pos if pos > 0 else 0

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        raw = self._check_closed('seek of')
        self._flush_writes()
        if whence == 1:
            pos -= self._unread()
        result = raw.seek(pos, whence)
        self._rbuf = b''
        self._rpos = 0
        return result

    def truncate(self, pos=None):
        raw = self._check_closed('truncate of')
        if pos is None:
            pos = self.tell()
        self._flush_writes()
        self._before_write()
        return raw.truncate(pos)


class BufferedRWPair(_BufferedIOBase, metaclass=_ABCMeta):
    """A reader and a writer (two raw streams) used as one buffered stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self._reader.read(size)

    def readinto(self, b):
        return self._reader.readinto(b)

    def write(self, b):
        return self._writer.write(b)

    def peek(self, size=0):
        return self._reader.peek(size)

    def read1(self, size=-1):
        return self._reader.read1(size)

    def readinto1(self, b):
        return self._reader.readinto1(b)

    def readline(self, size=-1):
        return self._reader.readline(size)

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def flush(self):
        return self._writer.flush()

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()

    def isatty(self):
        return self._reader.isatty() or self._writer.isatty()

    @property
    def closed(self):
        return self._writer.closed


def _native_new(native):
    """A __new__ that builds the native buffered type over a native FileIO."""
    def __new__(cls, raw=None, *args, **kwargs):
        if type(raw) is FileIO and cls.__name__ == native.__name__ and \
                cls.__module__ == '_io':
            return native(raw, *args, **kwargs)
        return object.__new__(cls)
    return __new__


def _compose(name, *parts):
    """A class `name` over _BufferedIOBase with the methods of parts (first wins)."""
    ns = {}
    for part in reversed(parts):
        for key, value in part.__dict__.items():
            if key not in ('__dict__', '__weakref__', '__module__', '__qualname__'):
                ns[key] = value
    ns['__doc__'] = parts[0].__doc__
    ns['__module__'] = '_io'
    ns['__qualname__'] = name
    ns['__new__'] = _native_new(_NATIVE[name])
    return _ABCMeta(name, (_BufferedIOBase,), ns)


BufferedReader = _compose('BufferedReader', _ReaderPart, _BufferedCommon)
BufferedWriter = _compose('BufferedWriter', _WriterPart, _BufferedCommon)
BufferedRandom = _compose('BufferedRandom', _RandomPart, _WriterPart, _ReaderPart,
                          _BufferedCommon)
BufferedRWPair.__module__ = '_io'




# --------------------------------------------------------------------------------------
# Registrations: the ABCs know the concrete classes and the native file types.

RawIOBase.register(FileIO)
for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(_cls)
for _cls in (StringIO, TextIOWrapper):
    TextIOBase.register(_cls)

for _name, _cls in (('TextIOWrapper', TextIOWrapper), ('BufferedReader', BufferedReader),
                    ('BufferedWriter', BufferedWriter), ('BufferedRandom', BufferedRandom)):
    _native = _NATIVE.get(_name)
    if _native is not None and _native is not _cls:
        _cls.register(_native)
        if _name == 'TextIOWrapper':
            TextIOBase.register(_native)
        else:
            BufferedIOBase.register(_native)

del _cls, _name, _native
