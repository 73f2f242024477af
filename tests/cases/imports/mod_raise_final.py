raise ValueError("final boom")
