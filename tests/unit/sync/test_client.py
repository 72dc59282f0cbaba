"""PlatformClient against the real test server: paging, gzip, retries, and typed failures."""

from __future__ import annotations

import pytest

from desktop_app.core.catalogue import Standard
from desktop_app.sync.client import USER_AGENT, parse_retry_after
from desktop_app.sync.errors import (
    AuthError,
    HistoryExpiredError,
    PageInvalidError,
    PlatformUnavailableError,
    SignatureError,
    UnexpectedResponseError,
)
from desktop_app.sync.pages import parse_page
from tests.helpers.protocol2 import (
    P2_CODE,
    P2_FACTOR,
    P2_RULE,
    p2_factor,
    p2_factor_json,
    p2_rule,
    p2_rule_json,
    p2_standard,
    p2_standard_json,
    reads_protocol_2,
)
from tests.platform_server import Fault, standard_data


def test_pages_to_the_end(small_catalogue, make_client) -> None:
    client = make_client()
    pages = list(client.iter_pages(0, limit=3))
    assert [(p.since, p.next, len(p.changes), p.has_more) for p in pages] == [
        (0, 3, 3, True),
        (3, 6, 3, True),
        (6, 8, 2, False),
    ]
    assert [c.version for p in pages for c in p.changes] == list(range(1, 9))
    assert isinstance(pages[0].changes[0].data, Standard)


def test_request_headers(small_catalogue, make_client) -> None:
    make_client().fetch_page(0)
    headers = small_catalogue.requests[-1].headers
    assert headers["Authorization"] == f"Bearer {small_catalogue.token}"
    assert headers["User-Agent"] == USER_AGENT
    assert "gzip" in headers["Accept-Encoding"]
    assert small_catalogue.requests[-1].query == {"since": "0", "limit": "1000", "protocol": "2"}


def test_gzip_body_is_verified_after_decoding(small_catalogue, make_client) -> None:
    page, body = make_client().fetch_page(0)
    assert body.startswith(b'{"protocol":1') and len(page.changes) == 8
    assert small_catalogue.requests[-1].gzipped


def test_plain_body_without_gzip(small_catalogue, make_client) -> None:
    small_catalogue.gzip_enabled = False
    page, _ = make_client().fetch_page(0)
    assert len(page.changes) == 8 and not small_catalogue.requests[-1].gzipped


def test_incremental_after_changes_and_deletes(small_catalogue, make_client) -> None:
    client = make_client()
    first = list(client.iter_pages(0))
    cursor = first[-1].next
    small_catalogue.upsert("standard", standard_data("GB/T 1000-2020", status="superseded"))
    small_catalogue.delete("notice", "N-1")
    pages = list(client.iter_pages(cursor))
    changes = [c for p in pages for c in p.changes]
    assert [(c.type, c.op) for c in changes] == [("standard", "upsert"), ("notice", "delete")]
    assert changes[0].data.status == "superseded" and changes[1].data is None
    assert pages[-1].next == small_catalogue.latest == 10


def test_up_to_date_cursor_gets_an_empty_page(small_catalogue, make_client) -> None:
    page, _ = make_client().fetch_page(8)
    assert page.changes == () and page.next == 8 and not page.has_more


def test_503_honours_retry_after(small_catalogue, make_client, sleeps) -> None:
    small_catalogue.inject(Fault("status", times=2, status=503, retry_after="3"))
    page, _ = make_client().fetch_page(0)
    assert len(page.changes) == 8
    assert sleeps.waits == [3.0, 3.0]


def test_429_retry_after_is_capped(small_catalogue, make_client, sleeps) -> None:
    small_catalogue.inject(Fault("status", status=429, code="rate_limited", retry_after="3600"))
    make_client(retry_after_cap=20).fetch_page(0)
    assert sleeps.waits == [20]


def test_503_without_retry_after_backs_off(small_catalogue, make_client, sleeps) -> None:
    small_catalogue.inject(Fault("status", status=503))
    make_client(backoff_base=1.0).fetch_page(0)
    assert len(sleeps.waits) == 1 and 0.5 <= sleeps.waits[0] <= 1.0


def test_500_then_success_with_growing_jittered_backoff(small_catalogue, make_client, sleeps) -> None:
    small_catalogue.inject(Fault("status", times=3, status=500, code="internal"))
    page, _ = make_client(backoff_base=1.0, max_retries=3).fetch_page(0)
    assert len(page.changes) == 8
    for attempt, wait in enumerate(sleeps.waits, start=1):
        full = 2 ** (attempt - 1)
        assert full / 2 <= wait <= full
    assert len(sleeps.waits) == 3


def test_backoff_is_capped(small_catalogue, make_client, sleeps) -> None:
    small_catalogue.inject(Fault("status", times=4, status=502))
    make_client(backoff_base=10.0, backoff_cap=15.0, max_retries=4).fetch_page(0)
    assert max(sleeps.waits) <= 15.0


@pytest.mark.parametrize("kind", ["truncate", "drop"])
def test_truncated_or_dropped_response_is_retried(small_catalogue, make_client, sleeps, kind: str) -> None:
    small_catalogue.inject(Fault(kind, since=3))
    pages = list(make_client().iter_pages(0, limit=3))
    assert [p.since for p in pages] == [0, 3, 6]
    assert len(sleeps.waits) == 1
    assert [r.query["since"] for r in small_catalogue.requests] == ["0", "3", "3", "6"]


def test_truncated_plain_body_is_retried(small_catalogue, make_client, sleeps) -> None:
    small_catalogue.gzip_enabled = False
    small_catalogue.inject(Fault("truncate"))
    page, _ = make_client().fetch_page(0)
    assert len(page.changes) == 8 and len(sleeps.waits) == 1


def test_read_timeout_is_retried(small_catalogue, make_client, sleeps) -> None:
    small_catalogue.inject(Fault("stall", delay=0.6))
    page, _ = make_client(timeout=(2, 0.2)).fetch_page(0)
    assert len(page.changes) == 8 and len(sleeps.waits) == 1


def test_retries_exhausted_keeps_earlier_pages_only(small_catalogue, make_client, sleeps) -> None:
    small_catalogue.inject(Fault("status", times=10, status=503, since=3, retry_after="1"))
    received = []
    with pytest.raises(PlatformUnavailableError) as info:
        for page in make_client(max_retries=3).iter_pages(0, limit=3):
            received.append(page)  # noqa: PERF402 - pages arrive until the iterator raises
    assert [p.since for p in received] == [0]
    assert info.value.attempts == 4 and info.value.status == 503
    assert sleeps.waits == [1.0, 1.0, 1.0]


def test_connection_refused_is_platform_unavailable(platform, make_client, sleeps) -> None:
    client = make_client(max_retries=2)
    platform.stop()
    with pytest.raises(PlatformUnavailableError) as info:
        client.fetch_page(0)
    assert info.value.attempts == 3 and len(sleeps.waits) == 2


@pytest.mark.parametrize(("status", "attr"), [(401, "token"), (403, "forbidden")])
def test_auth_errors_are_not_retried(small_catalogue, make_client, sleeps, status: int, attr: str) -> None:
    if attr == "forbidden":
        small_catalogue.forbidden = True
        client = make_client()
    else:
        client = make_client(token="wrong-token")
    with pytest.raises(AuthError) as info:
        client.fetch_page(0)
    assert info.value.status == status and "log in again" in str(info.value)
    assert sleeps.waits == [] and len(small_catalogue.requests) == 1


def test_410_history_expired(small_catalogue, make_client, sleeps) -> None:
    small_catalogue.expire_history(6)
    with pytest.raises(HistoryExpiredError) as info:
        make_client().fetch_page(2)
    assert info.value.since == 2 and sleeps.waits == []
    # A full pass from 0 still pages through, its cursors accepted despite the floor.
    pages = list(make_client().iter_pages(0, limit=3))
    assert [c.version for p in pages for c in p.changes] == list(range(1, 9))


def test_400_is_unexpected_and_not_retried(small_catalogue, make_client, sleeps) -> None:
    with pytest.raises(UnexpectedResponseError) as info:
        make_client().fetch_page(0, limit=9000)
    assert info.value.status == 400 and info.value.error_code == "bad_request" and sleeps.waits == []


@pytest.mark.parametrize(
    ("kind", "match"),
    [
        ("no_signature", "no signature"),
        ("malformed_signature", "not valid base64"),
        ("unknown_key", "not trusted"),
        ("bad_signature", "does not match"),
        ("corrupt", "does not match"),
    ],
)
def test_bad_signatures_are_rejected_not_retried(small_catalogue, make_client, sleeps, kind, match) -> None:
    small_catalogue.inject(Fault(kind, since=3))
    received = []
    with pytest.raises(SignatureError, match=match) as info:
        for page in make_client().iter_pages(0, limit=3):
            received.append(page)  # noqa: PERF402 - pages arrive until the iterator raises
    assert [p.since for p in received] == [0]
    assert "since=3" in info.value.source and sleeps.waits == []


def test_no_trusted_keys_rejects_everything(small_catalogue, make_client) -> None:
    with pytest.raises(SignatureError, match="not trusted"):
        make_client(trusted_keys={}).fetch_page(0)


def test_invalid_page_data_signed_correctly(small_catalogue, make_client) -> None:
    def spoil(page: dict) -> None:
        page["changes"][1]["data"]["requirements"][0]["limit"] = None

    small_catalogue.inject(Fault("mutate", mutate=spoil, since=3))
    with pytest.raises(PageInvalidError) as info:
        list(make_client().iter_pages(0, limit=3))
    err = info.value
    assert (err.page_since, err.version, err.type, err.id, err.field) == (
        3,
        5,
        "standard",
        "GB/T 1004-2020",
        "requirements[0].limit",
    )


def test_page_for_another_cursor_is_rejected(small_catalogue, make_client) -> None:
    def shift(page: dict) -> None:
        page["since"] = 2

    small_catalogue.inject(Fault("mutate", mutate=shift))
    with pytest.raises(PageInvalidError) as info:
        make_client().fetch_page(3)
    assert info.value.field == "since"


def test_has_more_without_progress_is_rejected(small_catalogue, make_client) -> None:
    def stall(page: dict) -> None:
        page.update(changes=[], next=page["since"], has_more=True)

    small_catalogue.inject(Fault("mutate", mutate=stall))
    with pytest.raises(PageInvalidError, match="no progress"):
        make_client().fetch_page(3)


def test_check_token(small_catalogue, make_client) -> None:
    assert make_client().check_token() is True
    assert small_catalogue.requests[-1].query == {"since": "0", "limit": "1", "protocol": "2"}
    with pytest.raises(AuthError):
        make_client(token="nope").check_token()


def test_parse_retry_after() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == pytest.approx(10.0)


def test_prerendered_pages_match_live_ones(small_catalogue, make_client) -> None:
    live = [p for p in make_client().iter_pages(0, limit=3)]
    assert small_catalogue.prerender(3) == 3
    cached = [p for p in make_client().iter_pages(0, limit=3)]
    assert cached == live and small_catalogue.requests[-1].gzipped
    small_catalogue.delete("rule", "R-1")  # a change drops the cache
    assert [c.op for p in make_client().iter_pages(8) for c in p.changes] == ["delete"]


# -- protocol 2 ---------------------------------------------------------------

needs_protocol_2 = pytest.mark.skipif(
    not reads_protocol_2(), reason="the page parser of this checkout reads protocol 1 only"
)


def test_an_older_server_ignores_protocol_2_and_its_pages_are_read_as_protocol_1(
    small_catalogue, make_client
) -> None:
    assert small_catalogue.speaks == 1
    page, body = make_client().fetch_page(0)
    assert small_catalogue.requests[-1].query["protocol"] == "2"
    assert page.protocol == 1 and body.startswith(b'{"protocol":1')
    assert len(page.changes) == 8


@needs_protocol_2
def test_a_protocol_2_server_answers_in_protocol_2_with_factors(small_catalogue, make_client) -> None:
    small_catalogue.speaks = 2
    small_catalogue.upsert("standard", p2_standard_json())
    small_catalogue.upsert("rule", p2_rule_json())
    small_catalogue.upsert("factor", p2_factor_json())
    pages = list(make_client().iter_pages(0, limit=5))
    assert [p.protocol for p in pages] == [2, 2, 2]
    data = {(c.type, c.id): c.data for p in pages for c in p.changes}
    assert data[("standard", P2_CODE)] == p2_standard()
    assert data[("rule", P2_RULE)] == p2_rule()
    assert data[("factor", P2_FACTOR)] == p2_factor()


@needs_protocol_2
def test_a_protocol_2_page_with_a_malformed_new_field_is_refused(small_catalogue, make_client) -> None:
    small_catalogue.speaks = 2
    bad = p2_rule_json(when={"category": ["garment"], "age_months": [0, 36]})  # a range key not an object
    small_catalogue.upsert("rule", bad)
    with pytest.raises(PageInvalidError, match="age_months"):
        make_client().fetch_page(0)


def test_a_protocol_2_server_answers_a_protocol_1_request_without_its_additions(small_catalogue) -> None:
    small_catalogue.speaks = 2
    small_catalogue.upsert("rule", p2_rule_json())
    small_catalogue.upsert("factor", p2_factor_json())
    assert small_catalogue.answers(None) == 1 and small_catalogue.answers("2") == 2
    page = small_catalogue.page(0, 100, 1)
    assert page["protocol"] == 1 and all(c["type"] != "factor" for c in page["changes"])
    rule = next(c["data"] for c in page["changes"] if c["id"] == P2_RULE)
    assert rule["when"] == {"category": ["garment"], "market": ["CN"]}
    assert not {"unless", "effective", "until"} & set(rule)
    # which the protocol-1 parser reads
    parsed = parse_page(small_catalogue.encode(page), source="p1")
    assert parsed.protocol == 1 and len(parsed.changes) == 9
