"""Turn boto3/botocore failures into the package's named errors, without leaking secrets.

The new error is raised ``from None``: botocore's own exception (whose text may quote the
request, the access key id or a signature) is not chained into tracebacks or logs.
"""

from __future__ import annotations

import logging

from botocore import exceptions as bce

from printshop_desktop.storage.errors import (
    AuthenticationFailed,
    BucketNotFound,
    ObjectNotFound,
    StorageError,
    StoreMisconfigured,
    StoreUnavailable,
)

log = logging.getLogger(__name__)

AUTH_CODES = frozenset(
    {
        "403",
        "AccessDenied",
        "AuthorizationHeaderMalformed",
        "ExpiredToken",
        "InvalidAccessKeyId",
        "InvalidToken",
        "SignatureDoesNotMatch",
        "Unauthorized",
    }
)
TRANSIENT_CODES = frozenset(
    {
        "429",
        "500",
        "502",
        "503",
        "504",
        "BadDigest",
        "IncompleteBody",
        "InternalError",
        "RequestTimeout",
        "ServiceUnavailable",
        "SlowDown",
        "Throttling",
        "ThrottlingException",
        "TooManyRequests",
        "XAmzContentSHA256Mismatch",
    }
)
NETWORK_ERRORS: tuple[type[Exception], ...] = (
    bce.ConnectionError,  # endpoint refused, DNS, connect timeout, proxy, TLS
    bce.HTTPClientError,  # connection closed, read timeout
    bce.ResponseStreamingError,
    bce.IncompleteReadError,
)


def error_code(exc: BaseException) -> str | None:
    """The S3 error code of a ClientError (HTTP status for body-less HEAD replies)."""
    if isinstance(exc, bce.ClientError):
        error = exc.response.get("Error", {})
        code = error.get("Code")
        if code:
            return str(code)
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        return str(status) if status else None
    return None


def is_transient(exc: BaseException) -> bool:
    """True when trying the same request again later may succeed."""
    if isinstance(exc, NETWORK_ERRORS):
        return True
    return error_code(exc) in TRANSIENT_CODES


def translate(exc: BaseException, where: str, *, subject: str = "") -> StorageError:
    """A named StorageError for *exc*; *where* is the store's describe() text.

    *subject* names what was being done ("uploading model.3mf") for the message.
    """
    if isinstance(exc, StorageError):
        return exc
    doing = f" while {subject}" if subject else ""
    code = error_code(exc)
    log.debug("storage call failed%s: %s code=%s", doing, type(exc).__name__, code)
    if isinstance(exc, NETWORK_ERRORS) or code in TRANSIENT_CODES:
        return StoreUnavailable(
            f"Can't reach {where}{doing}. Check the internet connection and try again; "
            "nothing already sent is lost.",
            code=code or type(exc).__name__,
        )
    if isinstance(exc, bce.NoCredentialsError | bce.PartialCredentialsError):
        return AuthenticationFailed(
            f"No access key is set for {where}. Enter the access key id and secret.",
            code=type(exc).__name__,
        )
    if code in AUTH_CODES:
        return AuthenticationFailed(
            f"{where} refused the access key{doing}. Check the access key id and secret, "
            "and that the key may read and write this bucket.",
            code=code,
        )
    if code == "NoSuchBucket":
        return BucketNotFound(f"The bucket of {where} does not exist. Check its name.", code=code)
    if code in ("NoSuchKey", "404"):
        return ObjectNotFound(f"The file is not stored in {where}.", code=code)
    if code == "RequestTimeTooSkewed":
        return StoreMisconfigured(
            "This computer's clock is wrong, so the storage service refuses it. "
            "Set the date and time automatically and try again.",
            code=code,
        )
    if code in ("PermanentRedirect", "301", "AuthorizationQueryParametersError"):
        return StoreMisconfigured(
            f"{where} answered from another region. Check the endpoint and region.", code=code
        )
    return StorageError(
        f"{where} answered with an unexpected error{doing} ({code or type(exc).__name__}).",
        code=code or type(exc).__name__,
    )
