# Morse code encoder/decoder using dict inversion, join and split.
MORSE = {"A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....", "I": "..",
         "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.",
         "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
         "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
         "7": "--...", "8": "---..", "9": "----.", ".": ".-.-.-", ",": "--..--", "?": "..--.."}
REV = {v: k for k, v in MORSE.items()}
print(len(MORSE), len(REV), REV["..."], REV.get("......", "#"))
def encode(text):
    return " / ".join(" ".join(MORSE.get(c, "?") for c in w) for w in text.upper().split())
def decode(code):
    return " ".join("".join(REV.get(s, "#") for s in w.split()) for w in code.split(" / "))
for msg in ["SOS", "Hello, World", "The year 2024?", "ümlaut", "  spaced   out  "]:
    e = encode(msg)
    print(repr(msg), "->", e)
    print("   back:", decode(e))
lengths = sorted(MORSE.items(), key=lambda kv: (len(kv[1]), kv[0]))
print([k for k, v in lengths[:6]], [k for k, v in lengths[-4:]])
dots = {k: v.count(".") for k, v in MORSE.items() if v.count(".") == len(v)}
print(dots)
print(max(MORSE, key=lambda k: (len(MORSE[k]), k)), sum(len(v) for v in MORSE.values()))
