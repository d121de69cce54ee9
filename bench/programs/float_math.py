# Floating point: an n-body style integration, a numeric series and math functions.
import math

def advance(bodies, dt, steps):
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            xi, yi, zi, vxi, vyi, vzi, mi = bodies[i]
            for j in range(i + 1, n):
                xj, yj, zj, vxj, vyj, vzj, mj = bodies[j]
                dx = xi - xj
                dy = yi - yj
                dz = zi - zj
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * math.sqrt(d2))
                vxi -= dx * mj * mag
                vyi -= dy * mj * mag
                vzi -= dz * mj * mag
                bodies[j] = [xj, yj, zj, vxj + dx * mi * mag, vyj + dy * mi * mag, vzj + dz * mi * mag, mj]
            bodies[i] = [xi + dt * vxi, yi + dt * vyi, zi + dt * vzi, vxi, vyi, vzi, mi]


def energy(bodies):
    e = 0.0
    for i, (x, y, z, vx, vy, vz, m) in enumerate(bodies):
        e += 0.5 * m * (vx * vx + vy * vy + vz * vz)
        for (x2, y2, z2, _, _, _, m2) in bodies[i + 1:]:
            e -= m * m2 / math.sqrt((x - x2) ** 2 + (y - y2) ** 2 + (z - z2) ** 2)
    return e


bodies = [
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.47841760435743],
    [4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.037],
    [8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011],
    [12.89, -15.11, -0.22, 1.08, 0.868, -0.01, 0.0017],
    [15.37, -25.91, 0.17, 0.979, 0.594, -0.034, 0.002],
]
print("e0 %.9f" % energy(bodies))
advance(bodies, 0.01, 8000)
print("e1 %.9f" % energy(bodies))

s = 0.0
for k in range(1, 200000):
    s += 1.0 / (k * k) + math.sin(k) * 1e-9
print("series %.12f" % s)
print("pi~ %.10f" % math.sqrt(6 * s))
