#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A local SMTP server for the report tests (python3-aiosmtpd), on 127.0.0.1 only.

Usage: smtpsink.py PORT OUTDIR [USER PASSWORD]
Each message received is stored as OUTDIR/N.eml and described in OUTDIR/N.json:
{"mail_from", "rcpt_tos", "subject" (decoded), "text", "html", "attachments": [{"name", "type", "file"}]},
the attachments saved as OUTDIR/N/<name>. With USER and PASSWORD the server offers AUTH LOGIN and
PLAIN and refuses any other login. Prints READY on stdout once it listens; stops after 10 minutes
or on SIGTERM.
"""
import asyncio
import email
import email.policy
import json
import os
import signal
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, outdir):
        self.outdir = outdir
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        n = self.count
        raw = envelope.original_content or envelope.content
        with open(os.path.join(self.outdir, f"{n}.eml"), "wb") as f:
            f.write(raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        info = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                "subject": str(msg["subject"]), "to": str(msg["to"]), "text": "", "html": "",
                "attachments": []}
        folder = os.path.join(self.outdir, str(n))
        os.makedirs(folder, exist_ok=True)
        for part in msg.walk():
            if part.is_multipart():
                continue
            name = part.get_filename()
            if name:
                safe = os.path.basename(name)
                with open(os.path.join(folder, safe), "wb") as f:
                    f.write(part.get_payload(decode=True))
                info["attachments"].append({"name": name, "type": part.get_content_type(),
                                            "file": os.path.join(folder, safe)})
            elif part.get_content_type() == "text/plain":
                info["text"] = part.get_content()
            elif part.get_content_type() == "text/html":
                info["html"] = part.get_content()
        # The description last: its presence means the message is complete.
        tmp = os.path.join(self.outdir, f"{n}.json.tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(info, f, ensure_ascii=False)
        os.rename(tmp, os.path.join(self.outdir, f"{n}.json"))
        return "250 Message accepted"


def main():
    port = int(sys.argv[1])
    outdir = sys.argv[2]
    user = sys.argv[3] if len(sys.argv) > 4 else None
    password = sys.argv[4] if len(sys.argv) > 4 else None

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user
              and auth_data.password.decode() == password)
        return AuthResult(success=ok)

    kwargs = {}
    if user:
        kwargs = {"authenticator": authenticator, "auth_require_tls": False, "auth_required": True}
    controller = Controller(Sink(outdir), hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    print("READY", flush=True)
    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *a: stop.update(now=True))
    deadline = time.time() + 600
    while not stop["now"] and time.time() < deadline:
        time.sleep(0.1)
    controller.stop()


if __name__ == "__main__":
    main()
