# Normalising and formatting phone numbers and card numbers with filtering, slicing and masks.
raw = ["(555) 123-4567", "555.123.4567", "+1 555 123 4567", "1-555-123-4567", "5551234567", "123-4567", "+44 20 7946 0958", "phone: n/a"]
def digits(s):
    return "".join(c for c in s if c.isdigit())
def fmt_us(s):
    d = digits(s)
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    if len(d) != 10:
        return None
    return f"({d[:3]}) {d[3:6]}-{d[6:]}"
for r in raw:
    print(f"{r!r:22} {digits(r)!r:15} {fmt_us(r)}")
def mask(card, keep=4, ch="*"):
    d = digits(card)
    masked = ch * (len(d) - keep) + d[-keep:]
    return " ".join(masked[i:i + 4] for i in range(0, len(masked), 4))
for c in ["4111 1111 1111 1111", "5500-0000-0000-0004", "3782 822463 10005", "1234"]:
    print(mask(c), mask(c, 2, "#"))
print("secret-token-123".replace("secret", "*" * 6), "x".join("1234"), "1234567890"[-4:].rjust(10, "*"), "abc".ljust(2))
email = "John.Doe+news@Example.COM"
local, _, domain = email.partition("@")
print(local.split("+")[0].replace(".", "").lower() + "@" + domain.lower(), local[0] + "***" + local[-1] + "@" + domain)
