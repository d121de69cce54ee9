# AttributeError with a "Did you mean" suggestion in the traceback (3.12+ wording differences).
class User:
    def __init__(self, name):
        self.name = name
        self.email = name + "@example.com"
u = User("ann")
print(u.name)
print(u.emial)
