def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B))
print(transpose([[1, 2, 3], [4, 5, 6]]))
print(matmul(A, identity(2)) == A)
def show(m):
    for row in m:
        print(" ".join(f"{v:4}" for v in row))
show(matmul(B, B))
print(sum(map(sum, A)), max(max(r) for r in B))
det = A[0][0] * A[1][1] - A[0][1] * A[1][0]
print("det", det)
