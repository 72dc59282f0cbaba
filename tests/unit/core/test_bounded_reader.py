"""`BoundedReader`: a stream that stops at its ceiling, however the reader asks for bytes."""

from __future__ import annotations

import io

import pytest

from desktop_app.core.bounded import BoundedReader, LimitExceeded


@pytest.mark.parametrize("size", [-1, 1, 3, 64])
def test_reads_up_to_the_limit_and_refuses_one_byte_more(size):
    exact = BoundedReader(io.BytesIO(b"x" * 10), limit=10)
    got = b""
    while chunk := exact.read(size):
        got += chunk
    assert got == b"x" * 10 and exact.count == 10

    over = BoundedReader(io.BytesIO(b"x" * 11), limit=10)
    with pytest.raises(LimitExceeded) as info:
        while over.read(size):
            pass
    assert info.value.limit == 10 and over.count == 11


def test_never_asks_the_source_for_more_than_one_byte_past_the_limit():
    endless = io.BytesIO(b"y" * 1_000_000)
    reader = BoundedReader(endless, limit=100)
    with pytest.raises(LimitExceeded):
        reader.read()
    assert endless.tell() == 101


def test_a_shared_budget_starts_where_the_last_reader_stopped():
    first = BoundedReader(io.BytesIO(b"a" * 6), limit=10)
    assert first.read() == b"a" * 6
    second = BoundedReader(io.BytesIO(b"b" * 6), limit=10, start=first.count)
    with pytest.raises(LimitExceeded):
        second.read()
