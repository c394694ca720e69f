class A:
    def __init__(self):
        print("A init")
        self.a = 1
    def who(self):
        return ["A"]
class B(A):
    def __init__(self):
        print("B init start")
        super().__init__()
        print("B init end")
        self.b = 2
    def who(self):
        return ["B"] + super().who()
class C(B):
    def __init__(self):
        super().__init__()
        print("C init")
    def who(self):
        return ["C"] + super().who()
c = C()
print(c.who(), c.a, c.b)
class D(C):
    pass
print(D().who())
print(super(C, c).who())
