# hostile: a __repr__ calling repr(self) (recursion through a native)
# reference: cpython
# expect-code: 1
# expect-stderr: RecursionError: maximum recursion depth exceeded
# expect-stdout: 
class R:
    def __repr__(self):
        return repr(self)

print(R())
