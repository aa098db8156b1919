"""E-mail through an SMTP server (Decree 62/2015 Art. 12.2: at the person's request)."""
import smtplib
import socket
from email.message import EmailMessage
from email.utils import make_msgid

from services.notifications.adapters import ChannelRefused, ChannelUnavailable, Sent


class SmtpAdapter:
    channel = "email"

    def __init__(self, host, port, sender, timeout=10.0):
        self.host, self.port, self.sender, self.timeout = host, int(port), sender, timeout

    def send(self, message):
        if not message.contact:
            raise ChannelRefused("no e-mail address")
        mail = EmailMessage()
        mail["From"], mail["To"], mail["Subject"] = self.sender, message.contact, message.subject
        mail["Message-ID"] = make_msgid(idstring=message.message_id, domain="thads.local")
        mail["X-Notice-Id"] = message.message_id
        mail.set_content(message.body, charset="utf-8")
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                smtp.send_message(mail)
        except smtplib.SMTPRecipientsRefused as exc:
            # 5xx for the recipient: the mailbox does not exist (permanent); 4xx: try later
            codes = [code for code, _ in exc.recipients.values()]
            if all(500 <= code < 600 for code in codes):
                raise ChannelRefused(f"recipient refused ({codes[0]})") from None
            raise ChannelUnavailable(f"recipient deferred ({codes[0]})") from None
        except smtplib.SMTPResponseException as exc:
            if 500 <= exc.smtp_code < 600:
                raise ChannelRefused(f"message refused ({exc.smtp_code})") from None
            raise ChannelUnavailable(f"server deferred ({exc.smtp_code})") from None
        except (smtplib.SMTPException, socket.timeout, OSError) as exc:
            raise ChannelUnavailable(f"SMTP server unreachable: {type(exc).__name__}") from None
        return Sent(reference=mail["Message-ID"])
