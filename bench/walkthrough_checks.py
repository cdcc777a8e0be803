"""The reader's and the operator's checks of bench/deploy_walkthrough.sh, over HTTP like a browser.

    python bench/walkthrough_checks.py SITE_URL MAILDIR ADMIN_USER ADMIN_PASSWORD ADMIN_EMAIL

SITE_URL is where gunicorn listens, which is also the configured public address. Requests carry
`X-Forwarded-Proto: https`, as from the TLS proxy in front of a real node, so the secure cookies work;
cookies are kept by hand because the address itself is plain HTTP. Prints one line per check and
exits non-zero at the first that fails.
"""

import email
import http.client
import mailbox
import re
import sys
import time
import urllib.request
from email import policy
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit


class Browser:
    def __init__(self, site_url):
        self.site = urlsplit(site_url)
        self.cookies = {}

    def request(self, method, path, form=None):
        connection = http.client.HTTPConnection(self.site.hostname, self.site.port, timeout=30)
        headers = {"Host": self.site.netloc, "X-Forwarded-Proto": "https"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"https://{self.site.netloc}{path}"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        connection.close()
        return response.status, response.headers, content

    def form_token(self, path):
        status, _, content = self.request("GET", path)
        check(status == 200, f"GET {path} answers 200", status)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', content).group(1)


def check(passed, what, detail=""):
    print(f"{'ok' if passed else 'FAIL':5} {what}" + (f" ({detail})" if detail and not passed else ""))
    if not passed:
        sys.exit(1)


def images_load(browser):
    status, _, home = browser.request("GET", "/")
    check(status == 200, "the home page answers 200 at the public address", status)
    status, _, conference = browser.request("GET", "/events/2025-smm-silver-conference/")
    check(status == 200, "the demo conference answers 200", status)
    sources = set(re.findall(r'<img[^>]+src="(https?://[^"]+)"', home + conference))
    check(bool(sources), "the pages show images from the media store", f"{len(sources)} found")
    for url in sorted(sources):
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - the site's own media
            check(response.status == 200 and response.read(4), f"image loads anonymously: {url}")


def admin_logs_in(browser, username, password):
    token = browser.form_token("/admin/login/")
    status, headers, _ = browser.request(
        "POST", "/admin/login/", {"csrfmiddlewaretoken": token, "username": username, "password": password}
    )
    check(status == 302 and headers["Location"] == "/admin/", "the admin logs in", f"{status} {headers['Location']}")
    status, _, content = browser.request("GET", "/admin/")
    check(status == 200 and "Dashboard" in content, "the admin dashboard opens", status)


def read_message(file):
    return email.message_from_binary_file(file, policy=policy.default)


def password_reset_mail_arrives(browser, site_url, maildir, address):
    token = browser.form_token("/admin/password_reset/")
    status, _, _ = browser.request("POST", "/admin/password_reset/", {"csrfmiddlewaretoken": token, "email": address})
    check(status == 302, "the password reset form is accepted", status)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        inbox = mailbox.Maildir(maildir, factory=read_message)
        messages = [message for message in inbox if message["To"] == address]
        if messages:
            break
        time.sleep(0.5)
    check(bool(messages), f"the reset mail reaches {address}")
    body = messages[-1].get_body(("plain",)).get_content()
    link = re.search(r"https?://\S+/admin/password_reset/confirm/\S+", body)
    check(bool(link) and link.group(0).startswith(site_url), "its link points at the public address", body)
    status, _, _ = Browser(site_url).request("GET", urlsplit(link.group(0)).path)
    check(status in (200, 302), "the link opens the reset form", status)


def main():
    site_url, maildir, username, password, address = sys.argv[1:6]
    browser = Browser(site_url)
    images_load(browser)
    admin_logs_in(browser, username, password)
    password_reset_mail_arrives(Browser(site_url), site_url, maildir, address)


if __name__ == "__main__":
    main()
