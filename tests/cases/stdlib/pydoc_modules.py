# help() on modules and packages (NAME, DESCRIPTION, PACKAGE CONTENTS, CLASSES with
# the class tree, FUNCTIONS, DATA, VERSION, DATE, AUTHOR, CREDITS, FILE sections),
# and help('dotted.name').  The FILE path depends on where the tests live, so the
# output is captured and the path replaced.
import contextlib
import io
import os

import mod_pydoc_sample
import pkg_pydoc_sample
import pydoc


def show(thing):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        help(thing)
    text = buf.getvalue()
    here = os.path.dirname(os.path.abspath(__file__))
    print(text.replace(here, '<dir>'), end='')


show(mod_pydoc_sample)
show(pkg_pydoc_sample)
show('mod_pydoc_sample.function')
show('mod_pydoc_sample.Square')
show('mod_pydoc_sample.Square.area')
show('pkg_pydoc_sample.alpha')
show('pkg_pydoc_sample.alpha.one')
show('mod_pydoc_sample.missing')
print(pydoc.locate('mod_pydoc_sample.Shape') is mod_pydoc_sample.Shape)
print(pydoc.locate('pkg_pydoc_sample.alpha.one') is pkg_pydoc_sample.alpha.one)
print(pydoc.locate('len') is len, pydoc.locate('no.such.thing'))
