# generated — do not edit. Rendered by `cargo xtask generate` from data/categories.tsv;
# edit the data and regenerate (a test fails when this file is stale).
"""The categories of return codes, as the C library numbers them."""

import enum


class Category(enum.IntEnum):
    """The family of a return code, by numeric range; the values are C's ``BsErrorCategory`` numbers."""

    UNKNOWN = 0
    """Outside every range, 0 included (the SDK never returns 0)."""

    SUCCESS = 1
    """The call succeeded: 1 is plain success, 2 to 13 are success with a detail. Codes 1 and above."""

    DRIVER = 2
    """The device driver failed. Code -1."""

    COMMUNICATION = 3
    """Sockets and network. Codes -1xx."""

    PACKET = 4
    """Packets and parameters. Codes -2xx."""

    BIOMETRIC = 5
    """Fingerprint and face. Codes -3xx."""

    FILE_IO = 6
    """Files and directories. Codes -4xx."""

    IO = 7
    """Relays, inputs, Wiegand and LCD. Codes -5xx."""

    UTIL = 8
    """Timeouts and unsupported operations. Codes -6xx."""

    DATABASE = 9
    """Users, credentials and the device database. Codes -7xx."""

    CONFIG = 10
    """System configuration. Codes -8xx."""

    DEVICE = 11
    """Devices and their peripherals. Codes -9xx."""

    DOOR = 12
    """Doors and lifts. Codes -10xx."""

    ACCESS_CONTROL = 13
    """Access rules and authentication. Codes -11xx."""

    ZONE = 14
    """Zones (APB, interlock, intrusion and others). Codes -12xx."""

    CARD = 15
    """Cards. Codes -13xx."""

    OPERATION = 16
    """Operations. Codes -14xx."""

    SYSTEM = 17
    """Camera, JPEG encoder and threads. Codes -15xx."""

    MISC = 18
    """Memory, upgrade and other failures. Codes -2999..-2000."""

    SSL = 19
    """SSL. Codes -30xx."""

    MOBILE_ACCESS = 20
    """Mobile access. Codes -31xx and -101xx."""

    OSDP = 21
    """OSDP. Codes -4009..-4000."""

    LICENSE = 22
    """Licenses. Codes -4019..-4010."""

    WIRELESS_LOCK = 23
    """Suprema's UZ wireless locks. Codes -4029..-4020."""

    SDK = 24
    """The SDK itself, on the host. Codes -100xx and -102xx."""


# The name of the exception class (in _errors.py) of each category's error codes.
EXCEPTION_CLASS_NAMES = {
    Category.UNKNOWN: "UnknownError",
    Category.DRIVER: "DriverError",
    Category.COMMUNICATION: "CommunicationError",
    Category.PACKET: "PacketError",
    Category.BIOMETRIC: "BiometricError",
    Category.FILE_IO: "FileIOError",
    Category.IO: "InputOutputError",
    Category.UTIL: "UtilError",
    Category.DATABASE: "DatabaseError",
    Category.CONFIG: "ConfigError",
    Category.DEVICE: "DeviceError",
    Category.DOOR: "DoorError",
    Category.ACCESS_CONTROL: "AccessControlError",
    Category.ZONE: "ZoneError",
    Category.CARD: "CardError",
    Category.OPERATION: "OperationError",
    Category.SYSTEM: "DeviceSystemError",
    Category.MISC: "MiscError",
    Category.SSL: "SSLError",
    Category.MOBILE_ACCESS: "MobileAccessError",
    Category.OSDP: "OSDPError",
    Category.LICENSE: "LicenseError",
    Category.WIRELESS_LOCK: "WirelessLockError",
    Category.SDK: "HostSDKError",
}
