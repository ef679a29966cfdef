"""Code a user of bs_errno writes, checked with `mypy --strict` by test_typing.py: it must pass clean."""

from __future__ import annotations

import ctypes
from typing import Optional

import bs_errno
from bs_errno import *  # noqa: F403 - must shadow no builtin (format stays the builtin)

found: Optional[bs_errno.Code] = bs_errno.from_name("BS_SDK_ERROR_CANNOT_FIND_USER")
member: bs_errno.Code = bs_errno.BS_SDK_ERROR_CANNOT_FIND_USER
number: int = bs_errno.Code.BS_SDK_SUCCESS
alias: bs_errno.Code = bs_errno.BS_SDK_ERROR_NO_FINGER_DETECTED
text: str = bs_errno.describe(-714) + bs_errno.name(-714) + bs_errno.format_code(-714)
builtin_format: str = format(3.5, ".1f")
kind: bs_errno.Category = bs_errno.category(-102)
success: bool = bs_errno.is_success(5)


def connect(sdk: ctypes.CDLL) -> int:
    try:
        return bs_errno.check(sdk.BS2_ConnectDevice(None, 541530000), "BS2_ConnectDevice")
    except bs_errno.BiometricTimeoutError as error:
        return error.code
    except bs_errno.CommunicationError as error:
        return error.code


def on_an_older_release(sdk: ctypes.CDLL, version: bytes) -> str:
    release: bs_errno.Sdk = bs_errno.for_sdk(version)
    sdk.BS2_ScanFace.errcheck = bs_errno.errcheck_for(release)
    dates: list[str] = [r.date for r in bs_errno.releases()]
    try:
        bs_errno.check(-319, "BS2_ScanFace", sdk=release)
    except bs_errno.BiometricError as error:
        return error.name + release.format_code(error.code) + dates[0]
    described: str = bs_errno.Code.BS_SDK_ERROR_TIMEOUT.description
    return described + bs_errno.Code(-601).category.name
