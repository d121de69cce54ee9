class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


points = [Point(i, i + 0.5) for i in range(300)]
by_name = {f"p{i}": points[i] for i in range(0, 300, 3)}
print(len(points), len(by_name))
