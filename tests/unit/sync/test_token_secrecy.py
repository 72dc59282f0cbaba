"""The access token never shows in an error's str() or repr(), a traceback, or a log line."""

from __future__ import annotations

import logging
import traceback

import pytest

from desktop_app.sync.errors import (
    AuthError,
    PageInvalidError,
    PlatformUnavailableError,
    SignatureError,
    SyncError,
    UnexpectedResponseError,
)
from tests.platform_server import Fault


def assert_secret(exc: BaseException, token: str) -> None:
    texts = [str(exc), repr(exc), "".join(traceback.format_exception(exc)), repr(vars(exc))]
    for text in texts:
        assert token not in text


@pytest.fixture(autouse=True)
def _debug_logs(caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.DEBUG)
    yield
    assert caplog.get_records("call"), "expected the client or urllib3 to log something"


def check_logs(caplog: pytest.LogCaptureFixture, token: str) -> None:
    for record in caplog.records:
        assert token not in record.getMessage()


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        (
            Fault("status", status=400, code="bad_request", message="token {token} is odd"),
            UnexpectedResponseError,
        ),
        (
            Fault("status", times=9, status=503, code="down {token}", message="{token}"),
            PlatformUnavailableError,
        ),
        (Fault("drop", times=9), PlatformUnavailableError),
        (Fault("bad_signature"), SignatureError),
        (Fault("mutate", mutate=lambda p: p["changes"][0].update(type="rule")), PageInvalidError),
    ],
    ids=["400-echo", "503-echo", "dropped", "signature", "schema"],
)
def test_errors_never_hold_the_token(small_catalogue, make_client, caplog, fault: Fault, expected) -> None:
    token = small_catalogue.token
    fault.message = fault.message.format(token=token)
    fault.code = fault.code.format(token=token)
    small_catalogue.inject(fault)
    client = make_client(max_retries=2)
    with pytest.raises(expected) as info:
        client.fetch_page(0)
    assert isinstance(info.value, SyncError)
    assert_secret(info.value, token)
    check_logs(caplog, token)
    if expected is UnexpectedResponseError:
        assert "<hidden>" in info.value.message


def test_auth_error_and_client_repr(small_catalogue, make_client, caplog) -> None:
    client = make_client(token="wrong-but-secret-token")
    with pytest.raises(AuthError) as info:
        client.fetch_page(0)
    assert_secret(info.value, "wrong-but-secret-token")
    assert "wrong-but-secret-token" not in repr(client)
    assert "wrong-but-secret-token" not in repr(vars(client)["_auth"])
    check_logs(caplog, "wrong-but-secret-token")


def test_connection_refused(platform, make_client, caplog) -> None:
    client = make_client(max_retries=1)
    platform.stop()
    with pytest.raises(PlatformUnavailableError) as info:
        client.fetch_page(0)
    assert_secret(info.value, platform.token)
    check_logs(caplog, platform.token)
