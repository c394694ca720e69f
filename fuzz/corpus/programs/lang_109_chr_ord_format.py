print(chr(65), chr(97), chr(8364), ord("A"), ord("€"))
print("".join(chr(ord("a") + i) for i in range(5)))
print(format(3.14159, ".2f"), format(42, "08b"), format(255, "X"))
print(format("x", ">5"), format(1234567, ","), format(0.25, "%"))
print(format(12), format("s"))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("abc", 5), -5))
