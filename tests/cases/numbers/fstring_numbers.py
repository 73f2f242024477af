# f-strings with numeric expressions, specs, self-documenting '=', and conversions.
x, y, big = 3.14159, -42, 2**100
print(f"{x}", f"{x:.2f}", f"{x:10.3e}|", f"{y:+05d}", f"{y:#x}", f"{big:,}", f"{big:.3e}", f"{big % 1000:03d}")
print(f"{x=}", f"{y=:>6}", f"{big=:_x}", f"{x*2=:.1f}", f"{y // 5 = }", f"{-y!r:>5}", f"{x!s:.3}")
print(f"{1/3:.{2}f}", f"{1/3:{'.3f'}}", f"{y:{'+'}{8}}", f"{'%':>{3}}", f"{x:{10}.{4}}")
print(f"{3 + 4j}", f"{(3 + 4j).real:.1f}", f"{abs(3 + 4j):g}", f"{complex(1, -1):.2f}")
print(f"{True:d}", f"{True}", f"{False:>5}", f"{True + True}", f"{None!r}", f"{...}")
print(f"{0.1 + 0.2}", f"{0.1 + 0.2:.17}", f"{0.1 + 0.2:.1}", f"{1e16}", f"{1e15}", f"{-0.0}", f"{-0.0:z}")
print(f"{float('inf'):>6}|", f"{float('nan'):^7}|", f"{-float('inf'):+}", f"{10**20}", f"{10**20 * 1.0}")
print(f"{255:08b}|{255:o}|{255:X}|{255:c}|{255:n}|{255:%}|{255:.2e}")
vals = [1, 22, 333, 4444]
print(" ".join(f"{v:>{len(str(max(vals)))}}" for v in vals), f"{sum(vals):,}", f"{sum(vals) / len(vals):.3f}")
print(f"{'{'}{x:.1f}{'}'}", f"{{{x:.0f}}}", f"{{}}")
print(f"{x:.2f}" f" and {y}" " plain", f"""{x
:.3f}""")
