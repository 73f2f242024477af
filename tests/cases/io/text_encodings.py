# Text files in other encodings: latin-1, ascii, utf-16 (BOM), utf-8-sig, cp1252, with
# errors='strict' / 'replace' / 'ignore' / 'backslashreplace' / 'surrogateescape' / 'xmlcharrefreplace';
# the encoding / errors attributes, encoding-name spellings, and the exceptions raised.
import atexit
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), 'molt_io_text_encodings_%d' % os.getpid())


def _cleanup():
    # also runs when the program fails half way
    for path in [P]:
        if os.path.isdir(path):
            os.rmdir(path)
        elif os.path.exists(path):
            os.remove(path)


atexit.register(_cleanup)


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


def disk():
    with open(P, 'rb') as f:
        return f.read()


def put(data):
    with open(P, 'wb') as f:
        f.write(data)


TEXT = 'naïve café\n'
for enc in ['latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-8-sig', 'utf-8', 'cp1252', 'utf-32']:
    with open(P, 'w', encoding=enc) as f:
        print(enc, 'encoding attr', f.encoding, 'errors', f.errors, 'write', f.write(TEXT))
    print('  bytes', disk())
    with open(P, encoding=enc) as f:
        print('  read back', repr(f.read()))
    with open(P, encoding=enc) as f:
        print('  read(3)', repr(f.read(3)), repr(f.readline()))

# encoding names are kept as given
for enc in ['UTF-8', 'utf8', 'Latin-1', 'iso-8859-1', 'ASCII', 'us-ascii', 'UTF_8']:
    with open(P, 'w', encoding=enc) as f:
        print('name', enc, '->', f.encoding)

# writing characters the encoding cannot represent
for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    f = open(P, 'w', encoding='ascii', errors=errors)
    try:
        f.write('a\u00e9b\u20acc\n')
        f.close()
        print('ascii write', errors, disk())
    except UnicodeEncodeError as e:
        print('ascii write', errors, type(e).__name__, e)
        f.close()  # nothing was added to the buffer
        print('  file after failed write', disk())

# reading bytes the encoding cannot decode
put(b'ok \xff\xfe bad \xe9 end\n')
for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
    with open(P, encoding='utf-8', errors=errors) as f:
        attempt('utf-8 read ' + errors, f.read)
for errors in ['strict', 'replace']:
    with open(P, encoding='ascii', errors=errors) as f:
        attempt('ascii read ' + errors, f.read)
with open(P, encoding='ascii', errors='strict') as f:
    attempt('ascii readline strict', f.readline)
with open(P, encoding='latin-1') as f:
    print('latin-1 reads anything', repr(f.read()))

# surrogateescape round trip
with open(P, encoding='utf-8', errors='surrogateescape') as f:
    s = f.read()
with open(P, 'w', encoding='utf-8', errors='surrogateescape') as f:
    f.write(s)
print('surrogateescape round trip', disk())
attempt('lone surrogate strict', lambda: open(P, 'w', encoding='utf-8').write('\udc80'))

# a truncated multi-byte sequence at end of file
put('abc€'.encode('utf-8')[:-1])
with open(P, encoding='utf-8') as f:
    attempt('truncated strict', f.read)
with open(P, encoding='utf-8', errors='replace') as f:
    attempt('truncated replace', f.read)

# BOM handling
put(b'\xef\xbb\xbfwith bom\n')
with open(P, encoding='utf-8') as f:
    print('utf-8 keeps BOM', repr(f.read()))
with open(P, encoding='utf-8-sig') as f:
    print('utf-8-sig strips BOM', repr(f.read()))
put(b'no bom\n')
with open(P, encoding='utf-8-sig') as f:
    print('utf-8-sig without BOM', repr(f.read()))
put('x\ny\n'.encode('utf-16-le'))
with open(P, encoding='utf-16') as f:
    attempt('utf-16 without BOM', f.read)
put(b'\xfe\xff\x00h\x00i')
with open(P, encoding='utf-16') as f:
    print('utf-16 big endian BOM', repr(f.read()))
put('odd'.encode('utf-16')[:-1])
with open(P, encoding='utf-16') as f:
    attempt('utf-16 odd length', f.read)

# appending in utf-16 / utf-8-sig does not write a second BOM
with open(P, 'w', encoding='utf-16') as f:
    f.write('a')
with open(P, 'a', encoding='utf-16') as f:
    f.write('b')
print('utf-16 append', disk())
with open(P, 'w', encoding='utf-8-sig') as f:
    f.write('a')
with open(P, 'a', encoding='utf-8-sig') as f:
    f.write('b')
print('utf-8-sig append', disk())

# unknown encodings and errors handlers
attempt('unknown encoding', lambda: open(P, encoding='no-such-encoding'))
attempt('binary codec', lambda: open(P, encoding='hex'))
f = open(P, 'w', encoding='utf-8', errors='no-such-handler')
print('unknown errors accepted at open', f.errors)
attempt('unknown errors used', lambda: f.write('\udc80') and f.flush())
try:
    f.close()
except Exception as e:
    print('close', type(e).__name__, e)
os.remove(P)
print('done')
