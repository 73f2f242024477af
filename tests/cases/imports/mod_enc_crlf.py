A = 1
B = '''x
y'''
def f():
    return A
