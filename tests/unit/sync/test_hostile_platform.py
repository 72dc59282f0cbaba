"""A misbehaving platform: the token it echoes is masked everywhere, redirects are bounded
and stay on the platform's origin, and each ends in one error, never a traceback."""

from __future__ import annotations

import http.server
import logging
import threading
import traceback
from collections.abc import Callable, Iterator

import pytest

from desktop_app.core.masking import MaskingFilter, mask
from desktop_app.core.reasons import Reason
from desktop_app.sync.client import MAX_REDIRECTS, PlatformClient
from desktop_app.sync.errors import SignatureError, SyncError

TOKEN = "tok_SECRET-7f3a9c1e5b2d4f60"

Answer = Callable[[http.server.BaseHTTPRequestHandler], None]


class Server:
    """A real HTTP server on 127.0.0.1 answering every GET with `answer(handler)`."""

    def __init__(self, answer: Answer) -> None:
        self.hits = 0
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.hits += 1
                answer(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve() -> Iterator[Callable[[Answer], Server]]:
    made: list[Server] = []

    def start(answer: Answer) -> Server:
        made.append(Server(answer))
        return made[-1]

    yield start
    for s in made:
        s.stop()


def redirect(to: str) -> Answer:
    def answer(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", to)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return answer


def client(url: str, keys=None) -> PlatformClient:
    return PlatformClient(url, TOKEN, keys or {"k": b"\0" * 32}, max_retries=0, sleep=lambda s: None)


def one_line_without_token(exc: BaseException) -> None:
    text = str(exc)
    assert "\n" not in text and TOKEN not in text
    assert TOKEN not in "".join(traceback.format_exception(exc)) and TOKEN not in repr(vars(exc))


def test_a_redirect_loop_ends_in_one_error(serve):
    server = serve(redirect("/catalogue/changes?since=0&limit=1000"))
    with client(server.url) as c, pytest.raises(SyncError) as caught:
        c.fetch_page(0)
    assert caught.value.code == Reason.TOO_MANY_REDIRECTS
    assert server.hits == MAX_REDIRECTS + 1
    one_line_without_token(caught.value)


def test_a_redirect_to_another_origin_is_not_followed(serve):
    elsewhere = serve(redirect("/never"))
    server = serve(redirect(elsewhere.url + f"/steal?token={TOKEN}"))
    with client(server.url) as c, pytest.raises(SyncError) as caught:
        c.fetch_page(0)
    assert caught.value.code == Reason.REDIRECT_REFUSED
    assert elsewhere.hits == 0
    one_line_without_token(caught.value)
    assert "<hidden>" in str(caught.value)


def test_a_redirect_on_the_same_origin_is_followed(serve):
    # the feed moved on the platform itself (same scheme, host and port), once
    hops = []

    def answer(h: http.server.BaseHTTPRequestHandler) -> None:
        hops.append(h.path)
        if len(hops) == 1:
            redirect("/moved/changes")(h)
        else:
            h.send_response(401)
            h.send_header("Content-Length", "0")
            h.end_headers()

    server = serve(answer)
    with client(server.url) as c, pytest.raises(SyncError) as caught:
        c.fetch_page(0)
    assert hops[1] == "/moved/changes" and caught.value.code == Reason.TOKEN_REJECTED


def test_a_token_echoed_in_the_signature_key_id_is_masked(platform, serve, caplog):
    body = b'{"protocol":1,"since":0,"next":0,"latest":0,"has_more":false,"changes":[]}'
    header = platform.sign(body, key_id=f"key-{TOKEN}")

    def answer(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("X-Catalogue-Signature", header)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    server = serve(answer)
    caplog.set_level(logging.DEBUG)
    with client(server.url, platform.trusted_keys) as c, pytest.raises(SignatureError) as caught:
        c.fetch_page(0)
    one_line_without_token(caught.value)
    assert "<hidden>" in str(caught.value.params.get("key_id"))
    for record in caplog.records:
        assert TOKEN not in record.getMessage()


def test_the_log_filter_masks_the_token_in_messages_arguments_and_tracebacks(tmp_path):
    PlatformClient("http://127.0.0.1:9", TOKEN, {})  # a client remembers its token
    handler = logging.FileHandler(tmp_path / "log.txt", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.addFilter(MaskingFilter())
    logger = logging.getLogger("test.masking")
    logger.addHandler(handler)
    try:
        logger.warning("server said %s", f"bad token {TOKEN}")
        try:
            raise ValueError(f"echo {TOKEN}")
        except ValueError:
            logger.exception("boom")
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = (tmp_path / "log.txt").read_text("utf-8")
    assert TOKEN not in text and text.count("<hidden>") == 2
    assert mask(f"?t={TOKEN}&x") == "?t=<hidden>&x"


def test_setup_logging_installs_the_filter(tmp_path):
    from desktop_app.app import setup_logging

    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(tmp_path)
    try:
        PlatformClient("http://127.0.0.1:9", TOKEN, {})
        logging.getLogger("desktop_app.sync").warning("echo %s", TOKEN)
        for h in root.handlers:
            h.flush()
        text = (tmp_path / "assistant.log").read_text("utf-8")
        assert "echo <hidden>" in text and TOKEN not in text
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()
