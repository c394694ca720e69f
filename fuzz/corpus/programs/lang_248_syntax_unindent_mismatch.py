def f():
        a = 1
        if a:
            print("a")
      return a
print(f())
