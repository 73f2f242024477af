# A text editor with undo/redo stacks (lists) and a bounded history deque.
import collections
class Editor:
    def __init__(self):
        self.text = ""
        self.undo, self.redo = [], []
        self.history = collections.deque(maxlen=4)
    def apply(self, op, arg):
        self.undo.append(self.text)
        self.redo.clear()
        if op == "type":
            self.text += arg
        elif op == "delete":
            self.text = self.text[:-arg] if arg else self.text
        elif op == "replace":
            old, new = arg
            self.text = self.text.replace(old, new)
        elif op == "upper":
            self.text = self.text.upper()
        self.history.append(op)
    def do_undo(self):
        if not self.undo:
            return False
        self.redo.append(self.text)
        self.text = self.undo.pop()
        return True
    def do_redo(self):
        if not self.redo:
            return False
        self.undo.append(self.text)
        self.text = self.redo.pop()
        return True
e = Editor()
script = [("type", "Hello"), ("type", ", wrld"), ("replace", ("wrld", "world")), ("undo", None), ("undo", None), ("redo", None),
          ("type", "!"), ("redo", None), ("delete", 3), ("upper", None), ("undo", None), ("undo", None), ("undo", None), ("undo", None), ("undo", None), ("undo", None)]
for op, arg in script:
    if op == "undo":
        r = e.do_undo()
    elif op == "redo":
        r = e.do_redo()
    else:
        r = e.apply(op, arg)
    print(f"{op:<8} {str(arg):<22} -> {e.text!r:<18} undo={len(e.undo)} redo={len(e.redo)} ret={r}")
print(list(e.history), e.history.maxlen, len(e.history))
dq = collections.deque([1, 2, 3])
dq.extendleft([0, -1])
dq.extend([4])
print(dq, dq.popleft(), dq.pop(), dq.index(2), dq[1], list(reversed(dq)))
dq.rotate(-2)
print(dq, dq.copy() == dq, 3 in dq)
dq.remove(3)
dq.clear()
try:
    dq.pop()
except IndexError as ex:
    print(type(ex).__name__, ex)
