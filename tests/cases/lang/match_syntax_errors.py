# Compile-time errors in match statements, checked through exec.
sources = {
    "irrefutable capture first": "match x:\n    case y:\n        pass\n    case 2:\n        pass\n",
    "irrefutable wildcard first": "match x:\n    case _:\n        pass\n    case 2:\n        pass\n",
    "irrefutable with guard ok": "match x:\n    case y if y:\n        pass\n    case 2:\n        pass\n",
    "two stars": "match x:\n    case [*a, *b]:\n        pass\n",
    "repeat name": "match x:\n    case (a, a):\n        pass\n",
    "repeat in class": "match x:\n    case C(a, b=a):\n        pass\n",
    "repeat keyword": "match x:\n    case C(a=1, a=2):\n        pass\n",
    "positional after keyword": "match x:\n    case C(a=1, b):\n        pass\n",
    "call in value": "match x:\n    case f():\n        pass\n",
    "arith in value": "match x:\n    case 1 + 1:\n        pass\n",
    "complex ok": "match x:\n    case -1 - 2j:\n        pass\n",
    "f-string": "match x:\n    case f'{x}':\n        pass\n",
    "star outside": "match x:\n    case *a:\n        pass\n",
    "dict rest not last": "match x:\n    case {**r, 'a': 1}:\n        pass\n",
    "rest underscore": "match x:\n    case {'a': 1, **_}:\n        pass\n",
    "as underscore": "match x:\n    case 1 as _:\n        pass\n",
    "as keyword": "match x:\n    case 1 as None:\n        pass\n",
    "empty body": "match x:\n    case 1:\n",
    "no cases": "match x:\n    pass\n",
    "alternatives differ": "match x:\n    case [a] | [b]:\n        pass\n",
    "capture in or": "match x:\n    case a | 1:\n        pass\n",
    "duplicate key": "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
}
for label, src in sources.items():
    try:
        exec(src, {"x": 0, "C": object, "f": len})
        print(f"{label}: compiles and runs")
    except SyntaxError as e:
        print(f"{label}: {type(e).__name__}: {e.msg} (line {e.lineno})")
    except Exception as e:
        print(f"{label}: compiles, then {type(e).__name__}: {e}")
