# traceback: format_exception_only of SyntaxErrors raised by compile().
import traceback
for src in ['x = (1,\n 2', 'def f():\n  x = 1\n   y = 2\n', 'a b c', 'x = 1 +', 'if x\n  pass', 'print "hi"', 'f(a for a in b, c)', 'x = $', "s = 'abc", 'return 5', 'def f(:\n pass', '1 = x', 'for x in y:\npass', 'x = [1, 2', 'else: pass', "f'{'", 'del f()', 'a := 1', '   x = 1', 'class C:\n\tx = 1\n        y = 2\n']:
    try:
        compile(src, 'src.py', 'exec')
    except SyntaxError as e:
        print(repr(src))
        print(''.join(traceback.format_exception_only(e)), end='')
