# A line-based text protocol over bytes: split on CRLF, parse headers, handle partial frames.
raw = (b"GET /index HTTP/1.1\r\nHost: example.org\r\nContent-Length: 11\r\nX-Tags: a, b ,c\r\n"
       b"X-Empty:\r\nX-Colon: a:b:c\r\n\r\nhello world" + b"EXTRA")
head, sep, body = raw.partition(b"\r\n\r\n")
print(sep, len(head), body)
lines = head.split(b"\r\n")
method, path, proto = lines[0].split(b" ")
print(method, path, proto, proto.startswith(b"HTTP/"), proto[5:].split(b"."))
headers = {}
for l in lines[1:]:
    k, _, v = l.partition(b":")
    headers[k.strip().lower().decode()] = v.strip().decode("latin-1")
print(headers)
n = int(headers["content-length"])
print(body[:n], body[n:], [t.strip() for t in headers["x-tags"].split(",")])
buf = bytearray()
frames = []
for chunk in [b"PING\r", b"\nPO", b"NG\r\nDATA 3\r\n", b"abc\r\n", b"QUIT"]:
    buf += chunk
    while (i := buf.find(b"\r\n")) >= 0:
        frames.append(bytes(buf[:i]))
        del buf[:i + 2]
print(frames, bytes(buf))
print(b"a\r\nb\nc\rd".splitlines(), b"a\r\nb\n".splitlines(keepends=True), b"".splitlines())
print(b"  x  y ".split(), b"k=v=w".split(b"=", 1), b"a,b".rsplit(b","), b"abc".split(b"b"))
print(b"Content-Type".lower(), b"content-type".title(), b"MiXeD".swapcase(), b"abc".capitalize())
print(b"GET" in raw, raw.count(b"\r\n"), raw.index(b"Host"), raw.rfind(b"\r\n"), raw.endswith(b"EXTRA"))
print(b"%s %d %s" % (method, 200, b"OK"), bytes(str(404), "ascii"), str(404).encode())
