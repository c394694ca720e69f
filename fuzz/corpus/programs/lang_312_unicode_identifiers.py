变量 = 10
名字 = "世界"
def 问候(name):
    return f"你好，{name}！"
print(问候(名字), 变量 * 2)
class Café:
    crème = "brûlée"
print(Café.crème, Café.__name__)
π = 3.14159
print(round(π * 2, 3))
données = {"clé": "valeur"}
print(données)
