from collections import Counter, defaultdict, deque, namedtuple
Edge = namedtuple("Edge", "src dst")
edges = [Edge("a", "b"), Edge("a", "c"), Edge("b", "d"), Edge("c", "d"), Edge("d", "e")]
graph = defaultdict(list)
for e in edges:
    graph[e.src].append(e.dst)
def bfs(start):
    seen = [start]
    q = deque([start])
    while q:
        node = q.popleft()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.append(nxt)
                q.append(nxt)
    return seen
print(bfs("a"))
indeg = Counter(e.dst for e in edges)
print(indeg.most_common(1), indeg["a"])
print(dict(graph))
recent = deque(maxlen=2)
for e in edges:
    recent.append(e.dst)
print(recent, edges[0]._asdict(), edges[-1]._replace(dst="z"))
