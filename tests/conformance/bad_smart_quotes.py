print(“smart quotes”)
