# ascii() and bool() builtins.
print(ascii("plain"), ascii("café"), ascii("日本"), ascii("😀"), ascii(["é", 1]), ascii({"ß": "ü"}), ascii(b"\xff"), ascii("\n\t"), ascii(1.5))
print(bool(), bool(0), bool(1), bool(-0.0), bool("0"), bool(" "), bool([[]]), bool({0: 0}), bool(range(0)), bool(None), bool(...), bool(NotImplemented) if False else "skip")
class Custom:
    def __repr__(self):
        return "Cüstom"
print(ascii(Custom()), repr(Custom()))
