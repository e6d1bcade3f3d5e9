"""Notices: render them from jinja2 templates, build their e-mails, deliver them through a channel.

The domain decides that a notice is owed and hands over a plain context; this package
turns it into words (``NoticeRenderer``), an RFC 5322 message (``build_message``) and a
delivery (``FileChannel`` by default, ``SmtpChannel`` by configuration). No Prefect here.
"""

from notifications.channels import (
    Channel,
    DeliveryConflict,
    DeliveryError,
    FileChannel,
    SmtpChannel,
    channel_from_settings,
)
from notifications.email import build_message, message_id
from notifications.render import NoticeRenderer, RenderedNotice

__all__ = [
    "Channel",
    "DeliveryConflict",
    "DeliveryError",
    "FileChannel",
    "NoticeRenderer",
    "RenderedNotice",
    "SmtpChannel",
    "build_message",
    "channel_from_settings",
    "message_id",
]
