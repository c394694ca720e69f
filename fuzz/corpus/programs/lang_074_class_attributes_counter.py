class Ticket:
    next_id = 1
    registry = []
    def __init__(self, title):
        self.id = Ticket.next_id
        Ticket.next_id += 1
        self.title = title
        Ticket.registry.append(self)
    def __repr__(self):
        return f"#{self.id} {self.title}"
for t in ["bug", "feature", "chore"]:
    Ticket(t)
print(Ticket.registry)
print(Ticket.next_id)
t = Ticket.registry[0]
t.next_id = 99
print(t.next_id, Ticket.next_id)
print(vars(t))
print(sorted(k for k in vars(Ticket) if not k.startswith("__")))
