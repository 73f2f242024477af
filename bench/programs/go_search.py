# A small Go engine: a 7x7 board with captures, suicide and simple-ko rules,
# flood-fill group/liberty analysis and area scoring, plus a Monte-Carlo tree
# search (UCB selection, random playouts from an LCG) choosing moves for a
# short self-play game.  Classes, lists as boards, stacks and sets for flood
# fill, dicts of child nodes, float arithmetic for the selection formula.

EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI = 3.5


class Rng(object):
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.state >> 33) % n


class Board(object):
    def __init__(self, size):
        self.size = size
        self.cells = [EMPTY] * (size * size)
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.captures = {BLACK: 0, WHITE: 0}
        self.neighbours = []
        for p in range(size * size):
            r, c = divmod(p, size)
            adj = []
            if r > 0:
                adj.append(p - size)
            if r < size - 1:
                adj.append(p + size)
            if c > 0:
                adj.append(p - 1)
            if c < size - 1:
                adj.append(p + 1)
            self.neighbours.append(tuple(adj))

    def copy(self):
        other = Board.__new__(Board)
        other.size = self.size
        other.cells = self.cells[:]
        other.to_move = self.to_move
        other.ko = self.ko
        other.passes = self.passes
        other.captures = dict(self.captures)
        other.neighbours = self.neighbours  # shared, never modified
        return other

    def group(self, p):
        """Stones connected to p and the set of their liberties."""
        color = self.cells[p]
        stones = [p]
        seen = {p}
        liberties = set()
        i = 0
        while i < len(stones):
            q = stones[i]
            i += 1
            for n in self.neighbours[q]:
                v = self.cells[n]
                if v == EMPTY:
                    liberties.add(n)
                elif v == color and n not in seen:
                    seen.add(n)
                    stones.append(n)
        return stones, liberties

    def has_liberty(self, p):
        color = self.cells[p]
        stack = [p]
        seen = {p}
        while stack:
            q = stack.pop()
            for n in self.neighbours[q]:
                v = self.cells[n]
                if v == EMPTY:
                    return True
                if v == color and n not in seen:
                    seen.add(n)
                    stack.append(n)
        return False

    def is_legal(self, p):
        if p == PASS:
            return True
        if self.cells[p] != EMPTY or p == self.ko:
            return False
        me = self.to_move
        them = 3 - me
        for n in self.neighbours[p]:
            if self.cells[n] == EMPTY:
                return True
        # no empty neighbour: legal only if it captures or joins a group
        # that keeps another liberty
        self.cells[p] = me
        try:
            for n in self.neighbours[p]:
                if self.cells[n] == them and not self.has_liberty(n):
                    return True
            return self.has_liberty(p)
        finally:
            self.cells[p] = EMPTY

    def is_own_eye(self, p):
        me = self.to_move
        for n in self.neighbours[p]:
            if self.cells[n] != me:
                return False
        return True

    def play(self, p):
        me = self.to_move
        self.to_move = 3 - me
        if p == PASS:
            self.passes += 1
            self.ko = None
            return 0
        self.passes = 0
        self.cells[p] = me
        them = 3 - me
        removed = []
        for n in self.neighbours[p]:
            if self.cells[n] == them:
                stones, libs = self.group(n)
                if not libs:
                    for s in stones:
                        self.cells[s] = EMPTY
                    removed.extend(stones)
        self.captures[me] += len(removed)
        self.ko = None
        if len(removed) == 1:
            stones, libs = self.group(p)
            if len(stones) == 1 and len(libs) == 1:
                self.ko = removed[0]
        return len(removed)

    def legal_moves(self):
        return [p for p in range(len(self.cells))
                if self.cells[p] == EMPTY and self.is_legal(p)]

    def score(self):
        """Area score from Black's point of view (komi included)."""
        black = white = 0
        seen = set()
        for p, v in enumerate(self.cells):
            if v == BLACK:
                black += 1
            elif v == WHITE:
                white += 1
            elif p not in seen:
                region = [p]
                seen.add(p)
                borders = set()
                i = 0
                while i < len(region):
                    q = region[i]
                    i += 1
                    for n in self.neighbours[q]:
                        c = self.cells[n]
                        if c == EMPTY:
                            if n not in seen:
                                seen.add(n)
                                region.append(n)
                        else:
                            borders.add(c)
                if borders == {BLACK}:
                    black += len(region)
                elif borders == {WHITE}:
                    white += len(region)
        return black - white - KOMI

    def __str__(self):
        chars = {EMPTY: ".", BLACK: "X", WHITE: "O"}
        rows = []
        for r in range(self.size):
            rows.append(" ".join(chars[v] for v in self.cells[r * self.size:(r + 1) * self.size]))
        return "\n".join(rows)


def playout(board, rng, max_moves):
    """Play random non-eye-filling moves until two passes; return the score."""
    moves = 0
    while board.passes < 2 and moves < max_moves:
        empties = [p for p, v in enumerate(board.cells) if v == EMPTY]
        chosen = PASS
        while empties:
            i = rng.below(len(empties))
            p = empties[i]
            empties[i] = empties[-1]
            empties.pop()
            if not board.is_own_eye(p) and board.is_legal(p):
                chosen = p
                break
        board.play(chosen)
        moves += 1
    return board.score()


class Node(object):
    def __init__(self, move, parent, player):
        self.move = move
        self.parent = parent
        self.player = player        # who made `move`
        self.children = {}
        self.untried = None
        self.visits = 0
        self.wins = 0.0

    def select_child(self):
        best = None
        best_value = -1.0
        log_term = self.visits ** 0.5
        for move in sorted(self.children):
            child = self.children[move]
            value = child.wins / child.visits + 1.2 * log_term / (1 + child.visits)
            if value > best_value:
                best, best_value = child, value
        return best

    def update(self, score):
        self.visits += 1
        black_won = score > 0
        if (self.player == BLACK) == black_won:
            self.wins += 1.0


def search(root_board, iterations, rng):
    root = Node(None, None, 3 - root_board.to_move)
    root.untried = root_board.legal_moves() + [PASS]
    for _ in range(iterations):
        node = root
        board = root_board.copy()
        # selection
        while not node.untried and node.children:
            node = node.select_child()
            board.play(node.move)
        # expansion
        if node.untried:
            move = node.untried.pop(rng.below(len(node.untried)))
            mover = board.to_move
            board.play(move)
            child = Node(move, node, mover)
            child.untried = board.legal_moves() + [PASS] if board.passes < 2 else []
            node.children[move] = child
            node = child
        # simulation and back-propagation
        score = playout(board, rng, 120)
        while node is not None:
            node.update(score)
            node = node.parent
    best = max(sorted(root.children.values(), key=lambda n: n.move),
               key=lambda n: (n.visits, n.wins, n.move != PASS))
    return best.move, best.visits, root.visits


def main():
    rng = Rng(7)
    board = Board(7)
    history = []
    checksum = 0
    for turn in range(6):
        move, visits, total = search(board, 280, rng)
        captured = board.play(move)
        name = "pass" if move == PASS else "%s%d" % ("ABCDEFG"[move % 7], 7 - move // 7)
        history.append(name)
        checksum = (checksum * 131 + (move + 2) * 1000 + visits + captured) % 1000000007
        if board.passes >= 2:
            break
    print(board)
    print("moves:", " ".join(history))
    print("captures: black %d white %d" % (board.captures[BLACK], board.captures[WHITE]))
    print("score (black - white - komi): %.1f" % board.score())
    print("go_search checksum", checksum)


main()
