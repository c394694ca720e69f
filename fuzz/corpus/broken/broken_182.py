def f() -> :
 pass