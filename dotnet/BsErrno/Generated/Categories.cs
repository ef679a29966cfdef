// generated — do not edit. Rendered by `cargo xtask generate` from data/categories.tsv;
// edit the data and regenerate (a test fails when this file is stale).

using System;

namespace BsErrno
{
    /// <summary>The family of a return code, by its numeric range (the C library's <c>BsErrorCategory</c>).</summary>
    public enum BsErrorCategory
    {
        /// <summary>Outside every range, 0 included (the SDK never returns 0).</summary>
        Unknown = 0,

        /// <summary>The call succeeded: 1 is plain success, 2 to 13 are success with a detail. Codes 1 and above.</summary>
        Success = 1,

        /// <summary>The device driver failed. Code -1.</summary>
        Driver = 2,

        /// <summary>Sockets and network. Codes -1xx.</summary>
        Communication = 3,

        /// <summary>Packets and parameters. Codes -2xx.</summary>
        Packet = 4,

        /// <summary>Fingerprint and face. Codes -3xx.</summary>
        Biometric = 5,

        /// <summary>Files and directories. Codes -4xx.</summary>
        FileIO = 6,

        /// <summary>Relays, inputs, Wiegand and LCD. Codes -5xx.</summary>
        IO = 7,

        /// <summary>Timeouts and unsupported operations. Codes -6xx.</summary>
        Util = 8,

        /// <summary>Users, credentials and the device database. Codes -7xx.</summary>
        Database = 9,

        /// <summary>System configuration. Codes -8xx.</summary>
        Config = 10,

        /// <summary>Devices and their peripherals. Codes -9xx.</summary>
        Device = 11,

        /// <summary>Doors and lifts. Codes -10xx.</summary>
        Door = 12,

        /// <summary>Access rules and authentication. Codes -11xx.</summary>
        AccessControl = 13,

        /// <summary>Zones (APB, interlock, intrusion and others). Codes -12xx.</summary>
        Zone = 14,

        /// <summary>Cards. Codes -13xx.</summary>
        Card = 15,

        /// <summary>Operations. Codes -14xx.</summary>
        Operation = 16,

        /// <summary>Camera, JPEG encoder and threads. Codes -15xx.</summary>
        System = 17,

        /// <summary>Memory, upgrade and other failures. Codes -2999..-2000.</summary>
        Misc = 18,

        /// <summary>SSL. Codes -30xx.</summary>
        Ssl = 19,

        /// <summary>Mobile access. Codes -31xx and -101xx.</summary>
        MobileAccess = 20,

        /// <summary>OSDP. Codes -4009..-4000.</summary>
        Osdp = 21,

        /// <summary>Licenses. Codes -4019..-4010.</summary>
        License = 22,

        /// <summary>Suprema's UZ wireless locks. Codes -4029..-4020.</summary>
        WirelessLock = 23,

        /// <summary>The SDK itself, on the host. Codes -100xx and -102xx.</summary>
        Sdk = 24,
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Unknown"/>: Outside every range, 0 included (the SDK never returns 0).</summary>
    public class BsUnknownException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsUnknownException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Driver"/>: The device driver failed.</summary>
    public class BsDriverException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsDriverException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Communication"/>: Sockets and network. Its <see cref="Exception.InnerException"/> is a <see cref="System.IO.IOException"/>, unless the code's name gives a more precise one.</summary>
    public class BsCommunicationException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsCommunicationException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Packet"/>: Packets and parameters.</summary>
    public class BsPacketException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsPacketException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Biometric"/>: Fingerprint and face.</summary>
    public class BsBiometricException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsBiometricException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.FileIO"/>: Files and directories. Its <see cref="Exception.InnerException"/> is a <see cref="System.IO.IOException"/>, unless the code's name gives a more precise one.</summary>
    public class BsFileIOException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsFileIOException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.IO"/>: Relays, inputs, Wiegand and LCD.</summary>
    public class BsInputOutputException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsInputOutputException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Util"/>: Timeouts and unsupported operations.</summary>
    public class BsUtilException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsUtilException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Database"/>: Users, credentials and the device database.</summary>
    public class BsDatabaseException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsDatabaseException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Config"/>: System configuration.</summary>
    public class BsConfigException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsConfigException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Device"/>: Devices and their peripherals.</summary>
    public class BsDeviceException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsDeviceException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Door"/>: Doors and lifts.</summary>
    public class BsDoorException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsDoorException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.AccessControl"/>: Access rules and authentication.</summary>
    public class BsAccessControlException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsAccessControlException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Zone"/>: Zones (APB, interlock, intrusion and others).</summary>
    public class BsZoneException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsZoneException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Card"/>: Cards.</summary>
    public class BsCardException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsCardException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Operation"/>: Operations.</summary>
    public class BsOperationException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsOperationException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.System"/>: Camera, JPEG encoder and threads.</summary>
    public class BsDeviceSystemException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsDeviceSystemException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Misc"/>: Memory, upgrade and other failures.</summary>
    public class BsMiscException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsMiscException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Ssl"/>: SSL.</summary>
    public class BsSslException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsSslException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.MobileAccess"/>: Mobile access.</summary>
    public class BsMobileAccessException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsMobileAccessException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Osdp"/>: OSDP.</summary>
    public class BsOsdpException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsOsdpException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.License"/>: Licenses.</summary>
    public class BsLicenseException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsLicenseException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.WirelessLock"/>: Suprema's UZ wireless locks.</summary>
    public class BsWirelessLockException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsWirelessLockException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    /// <summary>An error code of <see cref="BsErrorCategory.Sdk"/>: The SDK itself, on the host.</summary>
    public class BsHostSdkException : BsSdkException
    {
        /// <summary>The exception for <paramref name="code"/>; see <see cref="BsSdkException"/>.</summary>
        public BsHostSdkException(int code, string function = null, SdkRelease release = null)
            : base(code, function, release)
        {
        }
    }

    internal static class CategoryClasses
    {
        /// <summary>The exception of <paramref name="category"/>'s class for <paramref name="code"/>.</summary>
        internal static BsSdkException Create(BsErrorCategory category, int code, string function, SdkRelease release)
        {
            switch (category)
            {
                case BsErrorCategory.Driver: return new BsDriverException(code, function, release);
                case BsErrorCategory.Communication: return new BsCommunicationException(code, function, release);
                case BsErrorCategory.Packet: return new BsPacketException(code, function, release);
                case BsErrorCategory.Biometric: return new BsBiometricException(code, function, release);
                case BsErrorCategory.FileIO: return new BsFileIOException(code, function, release);
                case BsErrorCategory.IO: return new BsInputOutputException(code, function, release);
                case BsErrorCategory.Util: return new BsUtilException(code, function, release);
                case BsErrorCategory.Database: return new BsDatabaseException(code, function, release);
                case BsErrorCategory.Config: return new BsConfigException(code, function, release);
                case BsErrorCategory.Device: return new BsDeviceException(code, function, release);
                case BsErrorCategory.Door: return new BsDoorException(code, function, release);
                case BsErrorCategory.AccessControl: return new BsAccessControlException(code, function, release);
                case BsErrorCategory.Zone: return new BsZoneException(code, function, release);
                case BsErrorCategory.Card: return new BsCardException(code, function, release);
                case BsErrorCategory.Operation: return new BsOperationException(code, function, release);
                case BsErrorCategory.System: return new BsDeviceSystemException(code, function, release);
                case BsErrorCategory.Misc: return new BsMiscException(code, function, release);
                case BsErrorCategory.Ssl: return new BsSslException(code, function, release);
                case BsErrorCategory.MobileAccess: return new BsMobileAccessException(code, function, release);
                case BsErrorCategory.Osdp: return new BsOsdpException(code, function, release);
                case BsErrorCategory.License: return new BsLicenseException(code, function, release);
                case BsErrorCategory.WirelessLock: return new BsWirelessLockException(code, function, release);
                case BsErrorCategory.Sdk: return new BsHostSdkException(code, function, release);
                default: return new BsUnknownException(code, function, release);
            }
        }

        /// <summary>The .NET exception that stands for <paramref name="category"/>'s meaning, or null.</summary>
        internal static Exception Meaning(BsErrorCategory category, string message)
        {
            switch (category)
            {
                case BsErrorCategory.Communication: return new System.IO.IOException(message);
                case BsErrorCategory.FileIO: return new System.IO.IOException(message);
                default: return null;
            }
        }
    }
}
