print("a")
  print("b")
