# input(): reads lines from stdin (supplied by input_stdin.stdin), prompts go to stdout.
name = input("Name: ")
age = int(input("Age: "))
print(f"Hello {name}, next year you will be {age + 1}")
numbers = input().split()
print(sum(map(int, numbers)), len(numbers))
line = input()
print(repr(line))
spaced = input("> ")
print(repr(spaced))
count = int(input())
items = [input() for _ in range(count)]
print(items)
rest = []
while True:
    try:
        rest.append(input())
    except EOFError as e:
        print("EOF reached:", type(e).__name__, e)
        break
print(rest)
