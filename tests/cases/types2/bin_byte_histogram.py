# Iterating bytes yields ints: byte histograms, entropy estimate, most common bytes, ASCII ratio.
import math
samples = {
    "text": "The rain in Spain stays mainly in the plain.".encode(),
    "utf8": "日本語のテキストです。".encode("utf-8"),
    "zeros": bytes(64),
    "ramp": bytes(range(256)),
    "mixed": b"\x00\x01\x01\x02\x02\x02\xff" * 3,
}
for name, data in samples.items():
    hist = [0] * 256
    for b in data:
        hist[b] += 1
    n = len(data)
    ent = -sum(c / n * math.log2(c / n) for c in hist if c)
    top = sorted(((c, b) for b, c in enumerate(hist) if c), reverse=True)[:3]
    ascii_ratio = sum(1 for b in data if b < 128) / n
    print(f"{name:>6} n={n:<4} distinct={sum(1 for c in hist if c):<4} entropy={ent:.4f} ascii={ascii_ratio:.2f} top={[(hex(b), c) for c, b in top]}")
data = samples["text"]
print(data[0], type(data[0]).__name__, data[-1], list(data[:5]), [chr(b) for b in data[:5]], data[:5], data[0:1])
print(sum(data), max(data), min(data), sorted(set(data))[:5], bytes(sorted(data))[:12], data.count(b"ain"), data.count(ord("a")))
print(any(b > 127 for b in samples["utf8"]), all(b < 128 for b in data), [b for b in b"AZaz09" if 65 <= b <= 90])
