def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finally runs")
g = numbers()
print(next(g), next(g))
print("dropping the generator")
del g
print("after del")
def loop():
    for x in numbers():
        if x == 3:
            print("breaking")
            break
    print("after break")
loop()
gen2 = numbers()
next(gen2)
gen2 = None
print("end")
