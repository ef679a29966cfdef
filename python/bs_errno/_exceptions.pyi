# generated — do not edit. Rendered by `cargo xtask generate` from data/categories.tsv and data/codes.tsv.
# For type checkers only: the package makes these classes at import time from _data.py (_errors.CLASSES).

from ._errors import BsSdkError

class UnknownError(BsSdkError):
    """An error code of :attr:`Category.UNKNOWN`."""
class DriverError(BsSdkError):
    """An error code of :attr:`Category.DRIVER`."""
class CommunicationError(BsSdkError, ConnectionError):
    """An error code of :attr:`Category.COMMUNICATION`. Also a :class:`ConnectionError`."""
class PacketError(BsSdkError):
    """An error code of :attr:`Category.PACKET`."""
class BiometricError(BsSdkError):
    """An error code of :attr:`Category.BIOMETRIC`."""
class FileIOError(BsSdkError, OSError):
    """An error code of :attr:`Category.FILE_IO`. Also a :class:`OSError`."""
class InputOutputError(BsSdkError):
    """An error code of :attr:`Category.IO`."""
class UtilError(BsSdkError):
    """An error code of :attr:`Category.UTIL`."""
class DatabaseError(BsSdkError):
    """An error code of :attr:`Category.DATABASE`."""
class ConfigError(BsSdkError):
    """An error code of :attr:`Category.CONFIG`."""
class DeviceError(BsSdkError):
    """An error code of :attr:`Category.DEVICE`."""
class DoorError(BsSdkError):
    """An error code of :attr:`Category.DOOR`."""
class AccessControlError(BsSdkError):
    """An error code of :attr:`Category.ACCESS_CONTROL`."""
class ZoneError(BsSdkError):
    """An error code of :attr:`Category.ZONE`."""
class CardError(BsSdkError):
    """An error code of :attr:`Category.CARD`."""
class OperationError(BsSdkError):
    """An error code of :attr:`Category.OPERATION`."""
class DeviceSystemError(BsSdkError):
    """An error code of :attr:`Category.SYSTEM`."""
class MiscError(BsSdkError):
    """An error code of :attr:`Category.MISC`."""
class SSLError(BsSdkError):
    """An error code of :attr:`Category.SSL`."""
class MobileAccessError(BsSdkError):
    """An error code of :attr:`Category.MOBILE_ACCESS`."""
class OSDPError(BsSdkError):
    """An error code of :attr:`Category.OSDP`."""
class LicenseError(BsSdkError):
    """An error code of :attr:`Category.LICENSE`."""
class WirelessLockError(BsSdkError):
    """An error code of :attr:`Category.WIRELESS_LOCK`."""
class HostSDKError(BsSdkError):
    """An error code of :attr:`Category.SDK`."""
class AccessControlTimeoutError(AccessControlError, TimeoutError):
    """:class:`AccessControlError` for a timeout: also a :class:`TimeoutError`."""
class BiometricTimeoutError(BiometricError, TimeoutError):
    """:class:`BiometricError` for a timeout: also a :class:`TimeoutError`."""
class CardTimeoutError(CardError, TimeoutError):
    """:class:`CardError` for a timeout: also a :class:`TimeoutError`."""
class HostSDKParameterError(HostSDKError, ValueError):
    """:class:`HostSDKError` for an invalid argument: also a :class:`ValueError`."""
class InputOutputParameterError(InputOutputError, ValueError):
    """:class:`InputOutputError` for an invalid argument: also a :class:`ValueError`."""
class InputOutputTimeoutError(InputOutputError, TimeoutError):
    """:class:`InputOutputError` for a timeout: also a :class:`TimeoutError`."""
class PacketParameterError(PacketError, ValueError):
    """:class:`PacketError` for an invalid argument: also a :class:`ValueError`."""
class UtilTimeoutError(UtilError, TimeoutError):
    """:class:`UtilError` for a timeout: also a :class:`TimeoutError`."""
