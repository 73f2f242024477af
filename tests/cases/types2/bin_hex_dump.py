# A hexdump utility using bytes.hex, slicing and printable filtering.
data = b"Hello, binary world!\x00\x01\x02\xff\xfe\r\n\tTabs & bytes: " + bytes(range(0x20, 0x30)) + "ünï".encode()
def hexdump(b, width=16):
    for off in range(0, len(b), width):
        chunk = b[off:off + width]
        hx = chunk.hex(" ")
        half = " ".join([chunk[:8].hex(" "), chunk[8:].hex(" ")]).strip()
        text = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        print(f"{off:08x}  {half:<48}  |{text}|")
    print(f"{len(b):08x}")
hexdump(data)
hexdump(b"")
hexdump(b"short", 4)
print(data[:6].hex(), data[:6].hex("-"), data[:6].hex(":", 2), data[:7].hex(" ", -3), data[:7].hex(" ", 3))
print(bytearray(b"\xde\xad\xbe\xef").hex("_"))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytearray.fromhex("00ff 10"), bytes.fromhex("  0a0B  "))
for bad in ["abc", "zz", "0 1", "00 1"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    data.hex("ab")
except ValueError as e:
    print(type(e).__name__, e)
print(bytes.fromhex(data.hex()) == data, data.hex().upper()[:20], len(data.hex()))
