# A small recursive ray tracer: a Vector class with operator overloading,
# spheres and a checkered plane behind a common Shape base class, point lights
# with shadows, mirror reflection and Phong-style highlights.  Renders a 220x165
# image, prints it as ASCII shades and a checksum of the 8-bit pixel values.

EPSILON = 1e-6


class Vector(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return "Vector(%g, %g, %g)" % (self.x, self.y, self.z)


class Color(Vector):
    __slots__ = ()

    def __mul__(self, k):
        if isinstance(k, Color):
            return Color(self.x * k.x, self.y * k.y, self.z * k.z)
        return Color(self.x * k, self.y * k, self.z * k)

    def __add__(self, other):
        return Color(self.x + other.x, self.y + other.y, self.z + other.z)

    def to_bytes(self):
        return tuple(max(0, min(255, int(c * 255.0 + 0.5))) for c in (self.x, self.y, self.z))


BLACK = Color(0.0, 0.0, 0.0)
WHITE = Color(1.0, 1.0, 1.0)


class Ray(object):
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Material(object):
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=20, reflect=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, size, **kwargs):
        super().__init__(color, **kwargs)
        self.other = other
        self.size = size

    def color_at(self, point):
        i = int((point.x + 1000.0) / self.size) + int((point.z + 1000.0) / self.size)
        return self.color if i % 2 == 0 else self.other


class Shape(object):
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        """Distance along the ray to the nearest hit, or None."""
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light(object):
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene(object):
    def __init__(self, shapes, lights, ambient):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.rays_cast = 0

    def nearest_hit(self, ray):
        best_t = None
        best_shape = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best_shape = t, shape
        return best_t, best_shape

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light)
        self.rays_cast += 1
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth=0):
        self.rays_cast += 1
        t, shape = self.nearest_hit(ray)
        if shape is None:
            # sky: a vertical gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.2, 0.3, 0.5) * (1.0 - k) + Color(0.6, 0.8, 1.0) * k
        point = ray.point_at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        material = shape.material
        base = material.color_at(point)
        color = base * self.ambient
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base * light.color * (lambert * material.diffuse)
                half = (to_light - ray.direction).normalized()
                spec = normal.dot(half)
                if spec > 0.0:
                    color = color + light.color * (material.specular * spec ** material.shininess)
        if material.reflect > 0.0 and depth < 4:
            bounce = Ray(point, ray.direction.reflect(normal))
            color = color * (1.0 - material.reflect) + self.trace(bounce, depth + 1) * material.reflect
        return color


class Camera(object):
    def __init__(self, eye, target, up, fov_scale, width, height):
        self.eye = eye
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.scale = fov_scale
        self.width = width
        self.height = height

    def ray_for(self, px, py):
        aspect = self.width / self.height
        sx = (2.0 * (px + 0.5) / self.width - 1.0) * aspect * self.scale
        sy = (1.0 - 2.0 * (py + 0.5) / self.height) * self.scale
        direction = self.forward + self.right * sx + self.up * sy
        return Ray(self.eye, direction)


def build_scene():
    shapes = [
        Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
              Checker(Color(0.9, 0.9, 0.9), Color(0.1, 0.1, 0.1), 1.0, reflect=0.2)),
        Sphere(Vector(0.0, 1.0, 0.0), 1.0,
               Material(Color(0.9, 0.2, 0.2), reflect=0.3, shininess=40)),
        Sphere(Vector(-2.2, 0.7, 1.0), 0.7,
               Material(Color(0.2, 0.8, 0.3), specular=0.6)),
        Sphere(Vector(1.8, 0.5, 1.5), 0.5,
               Material(Color(0.3, 0.4, 1.0), reflect=0.6, shininess=80)),
        Sphere(Vector(0.8, 2.4, -1.5), 0.6,
               Material(Color(1.0, 0.9, 0.2), diffuse=0.6)),
    ]
    lights = [Light(Vector(-4.0, 6.0, 5.0), Color(0.8, 0.8, 0.8)),
              Light(Vector(5.0, 4.0, 3.0), Color(0.4, 0.35, 0.3))]
    return Scene(shapes, lights, 0.15)


def render(width, height):
    scene = build_scene()
    camera = Camera(Vector(0.0, 2.0, 7.0), Vector(0.0, 1.0, 0.0), Vector(0.0, 1.0, 0.0),
                    0.55, width, height)
    rows = []
    for py in range(height):
        row = []
        for px in range(width):
            row.append(scene.trace(camera.ray_for(px, py)).to_bytes())
        rows.append(row)
    return rows, scene.rays_cast


def main():
    width, height = 220, 165
    rows, rays = render(width, height)
    shades = " .:-=+*#%@"
    checksum = 0
    for y, row in enumerate(rows):
        for r, g, b in row:
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
        if y % 6 == 2:
            print("".join(shades[(r * 3 + g * 6 + b) * 10 // 2551] for r, g, b in row[::4]))
    print("rays cast", rays)
    print("raytrace checksum", checksum)


main()
