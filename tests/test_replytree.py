from autocrawl.replytree import cut_reply_loops, reply_targets


def test_targets_follow_the_index_then_the_first_external_id() -> None:
    targets = reply_targets([None, 0, None, 5], ["a", "b", "c", "a"], [None, "c", "a", None])
    assert targets == [None, 0, 0, None]  # index 5 is out of the list; "a" is the first "a"


def test_a_comment_answering_itself_is_a_loop() -> None:
    targets = reply_targets([None, None], ["a", "b"], ["a", None])
    assert targets == [0, None]
    assert cut_reply_loops(targets) == [0]


def test_one_link_of_each_loop_is_cut_that_of_its_first_comment() -> None:
    # 0 -> 1 -> 2 -> 0, and 3 -> 4 -> 3, and 5 answers 2 (a reply into a loop, kept)
    assert cut_reply_loops([1, 2, 0, 4, 3, 2]) == [0, 3]


def test_a_tree_is_left_alone() -> None:
    assert cut_reply_loops([None, 0, 1, 0, None, 4]) == []
    assert cut_reply_loops([]) == []


def test_a_long_chain_is_walked_without_recursion() -> None:
    chain = [None, *range(100_000 - 1)]
    assert cut_reply_loops(chain) == []
    ring = [*range(1, 100_000), 0]  # each answers the next, the last the first
    assert cut_reply_loops(ring) == [0]
