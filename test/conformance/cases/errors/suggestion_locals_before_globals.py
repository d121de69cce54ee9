# Which candidate a NameError suggests when a local and a global both come close: 3.11/3.12 search
# the locals first and stop there, 3.13 searches one combined list and takes the closest.
counte = 1


def tally():
    cnter = 2
    print("tallying", cnter)
    print(counter)


tally()
