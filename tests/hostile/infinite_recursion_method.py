# hostile: a property reading itself without end
# reference: cpython
# expect-code: 1
# expect-stderr: RecursionError: maximum recursion depth exceeded
# expect-stdout: 
class Node:
    @property
    def value(self):
        return self.value

print(Node().value)
