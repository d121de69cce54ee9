# A tokenizer and recursive-descent calculator with variables, functions and error reporting.
import math


class CalcError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise CalcError(f"bad number {text!r} at {i}")
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(("OP", "**"))
            i += 2
        elif ch in "+-*/%=":
            tokens.append(("OP", ch))
            i += 1
        elif ch in "(),":
            tokens.append(({"(": "LPAREN", ")": "RPAREN", ",": "COMMA"}[ch], ch))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(("END", None))
    return tokens


class Parser:
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "round": round}

    def __init__(self, env):
        self.env = env

    def parse(self, src):
        self.tokens = tokenize(src)
        self.pos = 0
        if len(self.tokens) > 2 and self.tokens[0][0] == "NAME" and self.tokens[1] == ("OP", "="):
            name = self.tokens[0][1]
            self.pos = 2
            value = self.expr()
            self.expect("END")
            self.env[name] = value
            return f"{name} = {value}"
        value = self.expr()
        self.expect("END")
        return value

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, kind):
        tok = self.advance()
        if tok[0] != kind:
            raise CalcError(f"expected {kind}, got {tok[0]} {tok[1]!r}")
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.advance()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.power()
        while self.peek()[0] == "OP" and self.peek()[1] in "*/%":
            op = self.advance()[1]
            rhs = self.power()
            try:
                value = {"*": lambda: value * rhs, "/": lambda: value / rhs, "%": lambda: value % rhs}[op]()
            except ZeroDivisionError as e:
                raise CalcError(f"math error: {e}") from e
        return value

    def power(self):
        base = self.unary()
        if self.peek() == ("OP", "**"):
            self.advance()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek() == ("OP", "-"):
            self.advance()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, val = self.advance()
        if kind == "NUM":
            return val
        if kind == "LPAREN":
            v = self.expr()
            self.expect("RPAREN")
            return v
        if kind == "NAME":
            if self.peek()[0] == "LPAREN":
                self.advance()
                args = [self.expr()]
                while self.peek()[0] == "COMMA":
                    self.advance()
                    args.append(self.expr())
                self.expect("RPAREN")
                if val not in self.FUNCS:
                    raise CalcError(f"unknown function {val}")
                return self.FUNCS[val](*args)
            if val not in self.env:
                raise CalcError(f"undefined variable {val}")
            return self.env[val]
        raise CalcError(f"unexpected {kind} {val!r}")


env = {"pi": 3.14159}
calc = Parser(env)
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 4 + 7 / 7", "x = 5", "y = x * (x - 1)", "y / 0",
         "max(x, y, 3) - min(1, 2)", "sqrt(16) + abs(-3)", "round(pi * 2, 2)", "2 ** 100", "1.5.2", "3 $ 4", "foo(1)", "z + 1",
         "(1 + 2", "1 + ", "x = x + 1", "x"]
for line in lines:
    try:
        print(f"{line:<26} => {calc.parse(line)}")
    except CalcError as e:
        print(f"{line:<26} !! {e}")
print(sorted(env.items()))
print(tokenize("a1 = (3.5+b)**2")[:-1])
