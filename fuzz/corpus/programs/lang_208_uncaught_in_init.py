class Temperature:
    def __init__(self, celsius):
        if celsius < -273.15:
            raise ValueError(f"{celsius} is below absolute zero")
        self.celsius = celsius
readings = [20, -5, -300]
temps = []
for r in readings:
    temps.append(Temperature(r))
    print("ok", r)
