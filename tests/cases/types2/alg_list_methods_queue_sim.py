# Simulating a print queue with list methods: insert, pop(0), remove, index, count, extend.
queue = []
log = []
def submit(job, priority=False):
    if priority:
        queue.insert(0, job)
    else:
        queue.append(job)
    log.append(f"submit {job}{' (!)' if priority else ''}")
for j in ["doc1", "img2", "doc3"]:
    submit(j)
submit("urgent", priority=True)
print(queue)
queue.extend(["doc4", "doc1"])
print(queue, queue.count("doc1"), queue.index("doc1"), queue.index("doc1", 2), len(queue))
queue.remove("doc1")
print(queue)
printed = []
while queue:
    job = queue.pop(0)
    if job.startswith("img") and "retry" not in log:
        log.append("retry")
        queue.append(job)
        continue
    printed.append(job)
print(printed, log)
for bad in [lambda: queue.pop(), lambda: queue.remove("x"), lambda: [1].index(2), lambda: [1, 2].pop(5), lambda: [].insert()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
nums = [5, 2, 8]
nums.insert(-1, 7)
nums.insert(100, 9)
nums.insert(-100, 0)
print(nums, nums.pop(-2), nums.pop(1), nums)
nums.reverse()
cp = nums.copy()
cp.append("x")
print(nums, cp, nums.clear(), nums, [1, 2, 3].index(3, -1), [1, 2, 1].index(1, 1, 3))
