flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bin(flags), bool(flags & WRITE), bool(flags & EXEC))
flags &= ~EXEC
print(flags)
flags ^= WRITE
print(flags, f"{flags:03b}")
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(9)], bin(255).count("1"))
print(1 << 10, 1024 >> 3, -16 >> 2, -1 << 3)
print(0b1010 ^ 0b0110, ~0, ~-1, 6 & -6)
print(int.bit_length(1023), (2 ** 40).bit_length())
print(hex(0xff & 0x0f), oct(0o777 | 0o100))
