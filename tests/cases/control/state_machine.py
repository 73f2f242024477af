# A simple state machine driven by a while loop.
text = 'say "hello world" and "bye" now'
state = "out"
tokens = []
buf = ""
i = 0
while i < len(text):
    ch = text[i]
    if state == "out":
        if ch == '"':
            state = "in"
            buf = ""
        elif ch != " ":
            buf += ch
        elif buf:
            tokens.append(("word", buf))
            buf = ""
    elif state == "in":
        if ch == '"':
            tokens.append(("quoted", buf))
            buf = ""
            state = "out"
        else:
            buf += ch
    i += 1
if buf:
    tokens.append(("word", buf))
for t in tokens:
    print(t)
print(state, len(tokens))
