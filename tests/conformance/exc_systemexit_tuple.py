raise SystemExit(1, "two", 3)
