# NameError for a stdlib module that was not imported (3.12+ adds "Did you forget to import").
values = [1, 4, 9]
print(sum(values))
print(math.sqrt(values[1]))
