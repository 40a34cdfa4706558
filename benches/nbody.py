# bench: kind=cpu
# Float-heavy gravitational n-body simulation (a made-up five-body system,
# leapfrog-style steps): float arithmetic, list indexing, tuple unpacking.

SOLAR = 39.47841760435743


def make_system():
    # name, position, velocity, mass (units: AU, AU/year, solar masses)
    specs = [
        ("sun", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
        ("rocky", (0.72, 0.05, -0.01), (0.0, 7.38, 0.12), 2.4e-6),
        ("giant", (-5.1, 1.3, 0.11), (-0.6, -2.65, 0.02), 9.5e-4),
        ("ringed", (3.9, -8.3, 0.2), (2.02, 0.95, -0.07), 2.9e-4),
        ("icy", (12.4, 14.1, -0.5), (-1.05, 0.9, 0.01), 4.4e-5),
    ]
    bodies = []
    for name, pos, vel, mass in specs:
        bodies.append([pos[0], pos[1], pos[2], vel[0], vel[1], vel[2], mass * SOLAR])
    return bodies


def recentre(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / sun[6]
    sun[4] = -py / sun[6]
    sun[5] = -pz / sun[6]


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        bi = bodies[i]
        e += 0.5 * bi[6] * (bi[3] * bi[3] + bi[4] * bi[4] + bi[5] * bi[5])
        for j in range(i + 1, n):
            bj = bodies[j]
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            e -= bi[6] * bj[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for bi, bj in pairs:
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            d2 = dx * dx + dy * dy + dz * dz
            scale = dt / (d2 * d2 ** 0.5)
            mi = bi[6] * scale
            mj = bj[6] * scale
            bi[3] -= dx * mj
            bi[4] -= dy * mj
            bi[5] -= dz * mj
            bj[3] += dx * mi
            bj[4] += dy * mi
            bj[5] += dz * mi
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main():
    bodies = make_system()
    recentre(bodies)
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    print(f"energy before {energy(bodies):.9f}")
    advance(bodies, pairs, 0.001, 100000)
    print(f"energy after  {energy(bodies):.9f}")
    print("nbody checksum", round(sum(b[0] + b[1] + b[2] for b in bodies), 6))


main()
