# N-body style float simulation using flat lists of floats (no classes).


def make_bodies():
    pi = 3.141592653589793
    solar_mass = 4 * pi * pi
    dpy = 365.24
    bodies = [
        # x, y, z, vx, vy, vz, mass
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solar_mass],
        [4.84, -1.16, -0.10, 0.00166 * dpy, 0.00770 * dpy, -0.0000690 * dpy, 0.000954 * solar_mass],
        [8.34, 4.12, -0.40, -0.00277 * dpy, 0.00500 * dpy, 0.0000230 * dpy, 0.000286 * solar_mass],
        [12.89, -15.11, -0.22, 0.00296 * dpy, 0.00237 * dpy, -0.0000296 * dpy, 0.0000437 * solar_mass],
        [15.38, -25.92, 0.18, 0.00268 * dpy, 0.00163 * dpy, -0.0000951 * dpy, 0.0000515 * solar_mass],
    ]
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / solar_mass
    sun[4] = -py / solar_mass
    sun[5] = -pz / solar_mass
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            e -= (b[6] * c[6]) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    return e


def advance(bodies, dt, steps):
    n = len(bodies)
    pairs = []
    for i in range(n):
        for j in range(i + 1, n):
            pairs.append((bodies[i], bodies[j]))
    for _ in range(steps):
        for b, c in pairs:
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bm = b[6] * mag
            cm = c[6] * mag
            b[3] -= dx * cm
            b[4] -= dy * cm
            b[5] -= dz * cm
            c[3] += dx * bm
            c[4] += dy * bm
            c[5] += dz * bm
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main():
    bodies = make_bodies()
    e0 = energy(bodies)
    advance(bodies, 0.01, 300000)
    e1 = energy(bodies)
    print("nbody energy before %.9f" % e0)
    print("nbody energy after %.9f" % e1)
    print("nbody checksum", round(sum(b[0] + b[1] + b[2] for b in bodies), 6))


main()
