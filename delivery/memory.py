"""Keep a worker's memory lean: freeze what the first request loaded, give back what heavy ones freed.

Python's cyclic garbage collector walks every tracked object now and then; after the first request
a worker holds some 200,000 of them (modules, models, URL patterns, compiled templates) that live as
long as the process. `gc.freeze()` moves them out of the collector's sight once, after that first
request, so its collections only walk what requests allocate: on the conference page, collection
time fell from about 7 to 2 ms per render (docs/performance.md).
https://docs.python.org/3/library/gc.html#gc.freeze


Encoding image renditions (AVIF and WebP above all) takes tens of megabytes that the encoder frees
when it is done, but glibc's allocator keeps freed memory inside the process: the first visits to
pages with new images left a worker 60-90 MB larger for the rest of its life. After a request whose
worker grew by more than GROWTH_WORTH_TRIMMING, `malloc_trim` hands the free part back; the check
is one read of /proc/self/statm. Where there is no glibc or no /proc (macOS, musl) it does nothing.
https://man7.org/linux/man-pages/man3/malloc_trim.3.html
"""

import ctypes
import gc
import os

from django.core.signals import request_finished
from django.dispatch import receiver

GROWTH_WORTH_TRIMMING = 16 * 2**20
STATM = "/proc/self/statm"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

try:
    _malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim
except (OSError, AttributeError):
    _malloc_trim = None
HAS_STATM = os.path.exists(STATM)  # looked up once, not on every request

# Whether the objects of the first request have been moved out of the collector's sight.
_frozen = {"done": False}

# Resident size after the last trim (or the first request): growth is measured from here.
_baseline = {"bytes": None}


def resident_bytes():
    with open(STATM) as statm:
        return int(statm.read().split()[1]) * PAGE_SIZE


@receiver(request_finished, dispatch_uid="delivery.memory.freeze")
def freeze_after_first_request(**kwargs):
    if not _frozen["done"]:
        gc.freeze()
        _frozen["done"] = True


@receiver(request_finished, dispatch_uid="delivery.memory.trim")
def trim_after_growth(**kwargs):
    if _malloc_trim is None or not HAS_STATM:
        return
    resident = resident_bytes()
    if _baseline["bytes"] is None:
        _baseline["bytes"] = resident
    elif resident - _baseline["bytes"] > GROWTH_WORTH_TRIMMING:
        _malloc_trim(0)
        _baseline["bytes"] = resident_bytes()
