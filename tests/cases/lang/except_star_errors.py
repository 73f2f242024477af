# except* rules: no ExceptionGroup types, no mixing with except, no break/continue/return, empty clause.
def attempt(label, fn):
    try:
        fn()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
def eg_type():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
attempt("except* ExceptionGroup", eg_type)
def eg_tuple():
    try:
        raise ValueError()
    except* (ValueError, BaseExceptionGroup):
        pass
attempt("except* tuple with group", eg_tuple)
def not_a_type():
    try:
        raise ValueError()
    except* 5:
        pass
attempt("except* 5", not_a_type)
sources = {
    "mixed": "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "mixed2": "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "break": "for i in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "continue": "for i in []:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "return": "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "bare except*": "try:\n    pass\nexcept*:\n    pass\n",
    "loop inside ok": "try:\n    pass\nexcept* ValueError:\n    for i in []:\n        break\n",
    "func inside ok": "try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n",
}
for label, src in sources.items():
    try:
        exec(src, {})
        print(label, "-> compiles")
    except SyntaxError as e:
        print(label, "->", type(e).__name__, e.msg, e.lineno)
