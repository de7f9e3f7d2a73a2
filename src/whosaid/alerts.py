"""Delivering alerts: posting the new statements of a saved search to its webhook, and moving
the search on past what was delivered.

The saved searches and what is new for each live in the store (``Store.save_alert``,
``Store.new_for_alert``); ``whosaid alerts check`` prints the news, then calls ``deliver``.
A webhook that fails keeps the search's place: the statements it did not take stay new, and
the next check prints and posts them again. Only the command line posts: the web server
never sends a request anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from whosaid import __version__
from whosaid.store import Store, to_json
from whosaid.store.records import AlertNews, StoredStatement

BATCH = 100  # statements per POST: a long backlog goes in several, each one moves the place
TIMEOUT = 10.0


@dataclass(frozen=True)
class Delivery:
    """How a check ended: how many of its statements reached the webhook (all of them when
    the search has none), and why the webhook failed, if it did."""

    delivered: int
    error: str | None = None


def deliver(store: Store, news: AlertNews, timeout: float = TIMEOUT) -> Delivery:
    """Post ``news`` to the alert's webhook (when it has one) in batches, then mark as seen
    what was delivered: everything checked when all went, else up to the last batch taken."""
    alert, found = news.alert, news.statements
    if not alert.webhook or not found:
        store.mark_alert_seen(alert.name, news.through)
        return Delivery(len(found))
    for start in range(0, len(found), BATCH):
        batch = found[start:start + BATCH]
        error = post(alert.webhook, payload(alert.name, alert.filters(), batch), timeout)
        if error:
            if start:
                store.mark_alert_seen(alert.name, found[start - 1].id)
            return Delivery(start, error)
    store.mark_alert_seen(alert.name, news.through)
    return Delivery(len(found))


def payload(name: str, filters: dict[str, str | float],
            statements: list[StoredStatement]) -> dict[str, object]:
    """The JSON a webhook receives: the search and its new statements (each in the shape of
    ``/api/statements`` and ``whosaid statements --format jsonl``)."""
    return {"alert": name, "filters": filters, "statements": to_json(statements)}


def post(url: str, body: dict[str, object], timeout: float = TIMEOUT) -> str | None:
    """POST ``body`` as JSON; None when the webhook answered 2xx, else why not. Redirects
    are not followed and the answer's body is not read."""
    headers = {"User-Agent": f"whosaid/{__version__} (alerts webhook)"}
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False, headers=headers) as client, \
                client.stream("POST", url, json=body) as answer:
            if 200 <= answer.status_code < 300:
                return None
            return f"{url} answered {answer.status_code} {answer.reason_phrase}".rstrip()
    except httpx.TimeoutException:
        return f"{url} did not answer within {timeout:g} s"
    except httpx.HTTPError as exc:
        return f"could not post to {url}: {exc or type(exc).__name__}"
