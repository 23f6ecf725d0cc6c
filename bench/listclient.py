#!/usr/bin/env python3
"""The list check's Python reference for scripts/benchmark: the requests of a list, sent with
requests (Debian's python3-requests) from a pool of 16 threads, as a script a person might write.

Usage: listclient.py REQUESTS_TSV CA_FILE USER_AGENT
REQUESTS_TSV: one request a line, "URL<TAB>header name<TAB>header value".
Prints how many answers were 200; exits 1 when any was not.
"""
import sys
from concurrent.futures import ThreadPoolExecutor

import requests


def check(request, ca, user_agent):
    url, name, value = request
    headers = {name: value, "Accept": "application/json", "User-Agent": user_agent}
    return requests.get(url, headers=headers, verify=ca, timeout=20, allow_redirects=False)


def main():
    tsv, ca, user_agent = sys.argv[1:4]
    with open(tsv, encoding="ascii") as lines:
        rows = [line.rstrip("\n").split("\t") for line in lines if line.strip()]
    with ThreadPoolExecutor(max_workers=16) as pool:
        answers = list(pool.map(lambda row: check(row, ca, user_agent), rows))
    verified = sum(1 for answer in answers if answer.status_code == 200)
    print(f"{verified} of {len(rows)} verified")
    return 0 if verified == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
