"""Notices: render them from jinja2 templates, build their e-mails, deliver them through a channel.

The domain decides that a notice is owed and hands over a plain context; this package
turns it into words (``NoticeRenderer``), an RFC 5322 message (``build_message``, or
``stored_message`` for a notice kept in the outbox) and a delivery (``FileChannel`` by
default, ``SmtpChannel`` by configuration). No Prefect here.
"""

from notifications.channels import (
    Channel,
    DeliveryConflict,
    DeliveryError,
    FileChannel,
    SmtpChannel,
    channel_from_settings,
)
from notifications.email import StoredNotice, build_message, message_id, stored_message
from notifications.render import NoticeRenderer, RenderedNotice

__all__ = [
    "Channel",
    "DeliveryConflict",
    "DeliveryError",
    "FileChannel",
    "NoticeRenderer",
    "RenderedNotice",
    "SmtpChannel",
    "StoredNotice",
    "build_message",
    "channel_from_settings",
    "message_id",
    "stored_message",
]
