# A tiny command interpreter for a text adventure: rooms graph, inventory, parsing, stdin-free scripted input.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "walls of books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "darkness", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down", "get": "take", "i": "inventory"}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.rooms = {name: dict(info, items=list(info["items"])) for name, info in ROOMS.items()}

    def parse(self, line):
        words = [ALIASES.get(w, w) for w in line.lower().split() if w not in ("the", "a", "an")]
        if not words:
            return None, []
        if words[0] in ("north", "south", "east", "west", "up", "down"):
            return "go", words
        return words[0], words[1:]

    def do(self, line):
        verb, args = self.parse(line)
        if verb is None:
            return "Say something."
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(*args)

    def cmd_look(self):
        r = self.rooms[self.room]
        items = ", ".join(r["items"]) or "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return f"You are in {r['desc']}. You see: {items}. Exits: {exits}."

    def cmd_go(self, direction=None, *extra):
        if direction is None:
            return "Go where?"
        target = self.rooms[self.room]["exits"].get(direction)
        if target is None:
            return f"You can't go {direction}."
        if self.rooms[target].get("locked"):
            if "key" not in self.inventory:
                return "The way is locked."
            self.rooms[target]["locked"] = False
            self.room = target
            return "You unlock the door with the key. " + self.cmd_look()
        self.room = target
        return self.cmd_look()

    def cmd_take(self, *names):
        if not names:
            return "Take what?"
        here = self.rooms[self.room]["items"]
        taken = [n for n in names if n in here]
        for n in taken:
            here.remove(n)
            self.inventory.append(n)
        missing = [n for n in names if n not in taken]
        parts = [f"Taken: {', '.join(taken)}."] if taken else []
        parts += [f"No {n} here." for n in missing]
        return " ".join(parts)

    def cmd_drop(self, name=None):
        try:
            self.inventory.remove(name)
        except ValueError:
            return f"You don't have {name!r}."
        self.rooms[self.room]["items"].append(name)
        return f"Dropped {name}."

    def cmd_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")


game = Game()
script = ["look", "take lamp", "n", "get the key and book", "take book", "s", "e", "d", "take treasure",
          "dance", "", "west", "i", "drop lamp", "drop sword", "u", "w", "go", "go north north", "look"]
for line in script:
    print(f"> {line}")
    print("  " + game.do(line))
print(game.moves, game.room, sorted(game.inventory))
print({name: r["items"] for name, r in game.rooms.items()})
