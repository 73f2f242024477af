# An uncaught nested ExceptionGroup from a batch job; the traceback box ends the stderr output.
class Job:
    def __init__(self, name, data):
        self.name, self.data = name, data
    def run(self):
        if self.data is None:
            raise ValueError(f"{self.name}: no data")
        if not isinstance(self.data, list):
            raise TypeError(f"{self.name}: expected list")
        return sum(self.data)
def run_stage(stage, jobs):
    errors, results = [], []
    for j in jobs:
        try:
            results.append(j.run())
        except Exception as e:
            errors.append(e)
    print(stage, "results:", results)
    if errors:
        raise ExceptionGroup(f"stage {stage} failed", errors)
    return results
def pipeline():
    failures = []
    for stage, jobs in [("extract", [Job("a", [1, 2]), Job("b", None)]),
                        ("load", [Job("c", 5), Job("d", [3])])]:
        try:
            run_stage(stage, jobs)
        except ExceptionGroup as eg:
            failures.append(eg)
    if failures:
        raise ExceptionGroup("pipeline failed", failures)
pipeline()
