# Parse an INI-like config with splitlines, partition and strip.
cfg = "# comment\r\n[server]\r\nhost = example.org\nport=8080\n\n[client]\x0btimeout = 2.5 \n  retries=3\n" \
      "name = a = b\nflag\n[empty]\n; other comment\u2028[x]\u2029k=v\x1cz=1\x85last=yes"
print(len(cfg.splitlines()), len(cfg.splitlines(True)))
for ln in cfg.splitlines(keepends=True)[:6]:
    print(repr(ln))
sections, current = {}, None
for raw in cfg.splitlines():
    line = raw.strip()
    if not line or line[0] in "#;":
        continue
    if line.startswith("[") and line.endswith("]"):
        current = sections.setdefault(line[1:-1], {})
        continue
    key, sep, value = line.partition("=")
    if not sep:
        current[key.strip()] = True
        continue
    current[key.strip()] = value.strip()
for name, items in sections.items():
    print(name, items)
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("="), "abc".rpartition("="))
print("key: value: more".partition(": "), "".partition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
url = "https://user@host.example:8443/path/to/page?q=1&r=two#frag"
scheme, _, rest = url.partition("://")
rest, _, frag = rest.partition("#")
rest, _, query = rest.partition("?")
netloc, _, path = rest.partition("/")
userinfo, _, hostport = netloc.rpartition("@")
host, _, port = hostport.partition(":")
print(scheme, userinfo, host, int(port), "/" + path, frag)
print(dict(kv.split("=", 1) for kv in query.split("&")))
print("one\ntwo\r\nthree\rfour".splitlines(), "x\n".splitlines(), "\n".splitlines(), "".splitlines())
print("line1\nline2\n".split("\n"), "a\tb  c".split())
