# IPv4 address math: parse dotted quads to ints/bytes, CIDR masks, subnet membership.
def ip_to_int(s):
    parts = s.split(".")
    if len(parts) != 4 or not all(p.isdigit() and 0 <= int(p) <= 255 for p in parts):
        raise ValueError(f"bad address {s!r}")
    return int.from_bytes(bytes(int(p) for p in parts), "big")
def int_to_ip(n):
    return ".".join(str(b) for b in n.to_bytes(4, "big"))
def network(cidr):
    addr, _, bits = cidr.partition("/")
    bits = int(bits)
    mask = (0xFFFFFFFF << (32 - bits)) & 0xFFFFFFFF
    net = ip_to_int(addr) & mask
    return net, mask, bits
for c in ["192.168.1.77/24", "10.0.0.1/8", "172.16.5.4/20", "0.0.0.0/0", "8.8.8.8/32"]:
    net, mask, bits = network(c)
    bcast = net | (~mask & 0xFFFFFFFF)
    print(f"{c:<18} net={int_to_ip(net):<15} mask={int_to_ip(mask):<15} bcast={int_to_ip(bcast):<15} hosts={max(0, 2 ** (32 - bits) - 2)}")
def contains(cidr, ip):
    net, mask, _ = network(cidr)
    return ip_to_int(ip) & mask == net
for ip in ["192.168.1.1", "192.168.2.1", "10.255.255.255", "11.0.0.0"]:
    print(ip, contains("192.168.1.0/24", ip), contains("10.0.0.0/8", ip))
for bad in ["256.1.1.1", "1.2.3", "a.b.c.d", "1.2.3.4.5", "-1.2.3.4"]:
    try:
        ip_to_int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
ips = ["10.0.0.10", "10.0.0.9", "9.255.255.255", "192.168.0.1", "10.0.0.100"]
print(sorted(ips), sorted(ips, key=ip_to_int))
print(hex(ip_to_int("127.0.0.1")), ip_to_int("255.255.255.255"), int_to_ip(3232235777), bytes(map(int, "1.2.3.4".split("."))))
