# pydoc.Helper: help('keywords'), the 'help> ' loop reading requests from a file
# object (quotes stripped, 'q'/'quit'/empty line/EOF end it), and where the text goes
# when an output file is given.
import io

import pydoc

help('keywords')
help('  keywords  ')

print('--- interact')
requests = [
    'keywords',
    "'mod_pydoc_sample.commented'",
    '"mod_pydoc_sample.Shape.area"',
    'no_such_thing',
    'mod_pydoc_sample.Circle.area',
    'q',
    'never read',
]
out = io.StringIO()
helper = pydoc.Helper(input=io.StringIO('\n'.join(requests) + '\n'), output=out)
helper.interact()
print(out.getvalue())

# (An empty line read from a file is '\n', so it does not end the loop; '' does.)
for text in ['QUIT\nkeywords\n', ' q \nkeywords\n', '', 'mod_pydoc_sample.function']:
    out = io.StringIO()
    pydoc.Helper(input=io.StringIO(text), output=out).interact()
    print(repr(out.getvalue()))

print('--- output file')
out = io.StringIO()
pydoc.Helper(output=out).help('mod_pydoc_sample.function')
print(repr(out.getvalue()))
out = io.StringIO()
pydoc.Helper(output=out).help('no_such_name')
print(repr(out.getvalue()))
out = io.StringIO()
pydoc.doc(pydoc.splitdoc, output=out)
print(out.getvalue().splitlines()[:3])
out = io.StringIO()
pydoc.doc('no.such.name', output=out)
print(repr(out.getvalue()))
pydoc.doc('no.such.name')
print(repr(pydoc.help))
