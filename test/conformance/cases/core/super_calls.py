# super(): cooperative multiple inheritance, explicit forms, classmethods.
class Root:
    def __init__(self, **kw):
        print("Root init", sorted(kw))
    def describe(self):
        return ["Root"]
class Left(Root):
    def __init__(self, left=None, **kw):
        print("Left init", left)
        super().__init__(**kw)
    def describe(self):
        return ["Left"] + super().describe()
class Right(Root):
    def __init__(self, right=None, **kw):
        print("Right init", right)
        super().__init__(**kw)
    def describe(self):
        return ["Right"] + super().describe()
class Both(Left, Right):
    def __init__(self, **kw):
        print("Both init")
        super().__init__(**kw)
    def describe(self):
        return ["Both"] + super().describe()
b = Both(left=1, right=2)
print(b.describe())
print(super(Left, b).describe(), super(Both, b).describe())
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    @classmethod
    def create(cls, name):
        return cls(name)
class Cat(Animal):
    def __init__(self, name, lives=9):
        super().__init__(name)
        self.lives = lives
    def speak(self):
        return super().speak() + " (meow)"
    @classmethod
    def create(cls, name):
        obj = super().create(name)
        obj.created = True
        return obj
c = Cat.create("Tom")
print(c.speak(), c.lives, c.created, type(c).__name__)
class Str(str):
    def upper(self):
        return "UP:" + super().upper()
print(Str("abc").upper(), Str("x") + "y", type(Str("x") + "y").__name__)
class MyList(list):
    def append(self, v):
        super().append(v * 2)
ml = MyList([1])
ml.append(5)
print(ml, len(ml), type(ml).__name__)
def outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()
class Prop(Animal):
    @property
    def name_len(self):
        return len(self.name)
print(Prop("abcd").name_len)
