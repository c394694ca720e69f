from typing import List, Optional
class Node:
    value: int
    next: Optional["Node"]
    def __init__(self, value: int, next: "Optional[Node]" = None) -> None:
        self.value = value
        self.next = next
def to_list(head: Optional[Node]) -> List[int]:
    out: List[int] = []
    while head is not None:
        out.append(head.value)
        head = head.next
    return out
head = Node(1, Node(2, Node(3)))
print(to_list(head))
print(list(Node.__annotations__))
def reverse(head: Optional[Node]) -> Optional[Node]:
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev
print(to_list(reverse(head)))
undeclared: int
try:
    print(undeclared)
except NameError as e:
    print(e)
