# An incremental dataflow constraint solver in the DeltaBlue style: variables
# connected by one-way-solvable constraints (stay, edit, equality, scale) of
# different strengths; the planner keeps a solution as constraints are added
# and removed and extracts plans that are then executed repeatedly.  Classes
# with a three-level inheritance tree, overridden methods, super() calls,
# list-based work queues, identity comparisons, exceptions for conflicts.


class Strength(object):
    def __init__(self, level, name):
        self.level = level   # 0 is the strongest
        self.name = name

    def stronger_than(self, other):
        return self.level < other.level

    def weaker_than(self, other):
        return self.level > other.level

    def next_weaker(self):
        return STRENGTHS[self.level + 1]

    def __repr__(self):
        return "Strength(%s)" % self.name


STRENGTHS = [Strength(i, name) for i, name in enumerate(
    ["required", "strong-preferred", "preferred", "strong-default",
     "normal", "weak-default", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = STRENGTHS


def weakest_of(a, b):
    return a if a.weaker_than(b) else b


class ConstraintConflict(Exception):
    pass


class Variable(object):
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def attach(self, constraint):
        self.constraints.append(constraint)

    def detach(self, constraint):
        self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None

    def __repr__(self):
        return "Variable(%s=%r)" % (self.name, self.value)


class Constraint(object):
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def enable(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def disable(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Try to satisfy this constraint; return the constraint it overrode."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise ConstraintConflict("cannot satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.propagate_from(self, mark):
            raise ConstraintConflict("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        super().__init__(planner, strength)
        self.var = var
        self.satisfied = False
        self.enable()

    def add_to_graph(self):
        self.var.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = (self.var.mark != mark
                          and self.strength.stronger_than(self.var.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()
        if self.var.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable at its current value unless something stronger changes it."""


class EditConstraint(UnaryConstraint):
    """Marks a variable as being changed from outside (user input)."""

    def is_input(self):
        return True


NONE, FORWARD, BACKWARD = 0, 1, 2


class BinaryConstraint(Constraint):
    def __init__(self, planner, a, b, strength):
        super().__init__(planner, strength)
        self.a = a
        self.b = b
        self.direction = NONE
        self.enable()

    def variables(self):
        return (self.a, self.b)

    def add_to_graph(self):
        for v in self.variables():
            v.attach(self)
        self.direction = NONE

    def remove_from_graph(self):
        for v in self.variables():
            v.detach(self)
        self.direction = NONE

    def choose_method(self, mark):
        a, b, s = self.a, self.b, self.strength
        if a.mark == mark:
            ok = b.mark != mark and s.stronger_than(b.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif b.mark == mark:
            ok = a.mark != mark and s.stronger_than(a.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif a.walk_strength.weaker_than(b.walk_strength):
            self.direction = BACKWARD if s.stronger_than(a.walk_strength) else NONE
        else:
            self.direction = FORWARD if s.stronger_than(b.walk_strength) else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def input(self):
        return self.a if self.direction == FORWARD else self.b

    def output(self):
        return self.b if self.direction == FORWARD else self.a

    def mark_inputs(self, mark):
        self.input().mark = mark

    def recalculate(self):
        src, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, src.walk_strength)
        out.stay = src.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        src = self.input()
        return src.mark == mark or src.stay or src.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """dest = src * scale + offset, solvable in either direction."""

    def __init__(self, planner, src, scale, offset, dest, strength):
        self.scale = scale
        self.offset = offset
        super().__init__(planner, src, dest, strength)

    def variables(self):
        return (self.a, self.b, self.scale, self.offset)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value

    def recalculate(self):
        src, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, src.walk_strength)
        out.stay = src.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan(object):
    def __init__(self):
        self.steps = []

    def append(self, constraint):
        self.steps.append(constraint)

    def __len__(self):
        return len(self.steps)

    def execute(self):
        for c in self.steps:
            c.execute()


class Planner(object):
    def __init__(self):
        self.current_mark = 0
        self.adds = 0
        self.removes = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        self.adds += 1
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        self.removes += 1
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in STRENGTHS[:-1]:
            for c in unsatisfied:
                if c.strength is strength:
                    self.incremental_add(c)

    def consumers(self, var, queue):
        determining = var.determined_by
        for c in var.constraints:
            if c is not determining and c.is_satisfied():
                queue.append(c)

    def propagate_from(self, constraint, mark):
        """Recompute walk strengths downstream; False if a cycle is found."""
        todo = [constraint]
        while todo:
            c = todo.pop()
            if c.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            c.recalculate()
            self.consumers(c.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            var = todo.pop()
            for c in var.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = var.determined_by
            for c in var.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(reversed(sources))
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.consumers(out, todo)
        return plan

    def plan_for_inputs(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])

    def change(self, var, value, times=10):
        edit = EditConstraint(self, var, PREFERRED)
        plan = self.plan_for_inputs([edit])
        for _ in range(times):
            var.value = value
            plan.execute()
        edit.disable()
        return len(plan)


def chain_test(n):
    """A chain of equalities; editing the head must update the tail."""
    planner = Planner()
    variables = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(variables, variables[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    first, last = variables[0], variables[-1]
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.plan_for_inputs([edit])
    total = 0
    for i in range(100):
        first.value = i
        plan.execute()
        if last.value != i:
            raise AssertionError("chain failed at %d: %r" % (i, last))
        total += last.value
    edit.disable()
    return total + len(plan) + planner.adds + planner.removes


def projection_test(n):
    """Many dests projected from sources through one shared scale/offset."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources, dests = [], []
    src = dst = None
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        sources.append(src)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    steps = planner.change(src, 17)
    if dst.value != 1170:
        raise AssertionError("projection 1 failed: %r" % dst)
    steps += planner.change(dst, 1050)
    if src.value != 5:
        raise AssertionError("projection 2 failed: %r" % src)
    steps += planner.change(scale, 5)
    for i, d in enumerate(dests[:-1]):
        if d.value != i * 5 + 1000:
            raise AssertionError("projection 3 failed: %r" % d)
    steps += planner.change(offset, 2000)
    for i, d in enumerate(dests[:-1]):
        if d.value != i * 5 + 2000:
            raise AssertionError("projection 4 failed: %r" % d)
    return sum(d.value for d in dests) + steps + planner.adds + planner.removes


def conflict_test():
    """Two required equalities in a cycle plus a required stay: must conflict."""
    planner = Planner()
    a, b = Variable("a", 1), Variable("b", 2)
    EqualityConstraint(planner, a, b, REQUIRED)
    StayConstraint(planner, a, REQUIRED)
    try:
        EditConstraint(planner, b, REQUIRED)
    except ConstraintConflict as e:
        return "conflict: %s" % e
    return "no conflict"


def main():
    checksum = 0
    for n in [300 + 600 * k for k in range(12)]:
        c = chain_test(n)
        p = projection_test(n)
        print("n=%d chain %d projection %d" % (n, c, p))
        checksum = (checksum * 1000003 + c * 7 + p) % 2147483647
    print(conflict_test())
    print("deltablue checksum", checksum)


main()
