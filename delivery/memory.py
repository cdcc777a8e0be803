"""Give memory back to the system after a request that left the worker much larger.

Encoding image renditions (AVIF and WebP above all) takes tens of megabytes that the encoder frees
when it is done, but glibc's allocator keeps freed memory inside the process: the first visits to
pages with new images left a worker 60-90 MB larger for the rest of its life. After a request whose
worker grew by more than GROWTH_WORTH_TRIMMING, `malloc_trim` hands the free part back; the check
is one read of /proc/self/statm. Where there is no glibc or no /proc (macOS, musl) it does nothing.
https://man7.org/linux/man-pages/man3/malloc_trim.3.html
"""

import ctypes
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

# Resident size after the last trim (or the first request): growth is measured from here.
_baseline = {"bytes": None}


def resident_bytes():
    with open(STATM) as statm:
        return int(statm.read().split()[1]) * PAGE_SIZE


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
