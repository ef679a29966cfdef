// generated — do not edit. Rendered by `cargo xtask generate` from data/categories.tsv;
// edit the data and regenerate (a test fails when this file is stale).

//! The categories of data/categories.tsv and the table [`Category::of`] reads.

use super::Bucket;

/// The family a return code belongs to, decided by its numeric range.
///
/// In C this is `BsErrorCategory` with constants `BS_ERROR_CATEGORY_UNKNOWN`,
/// `BS_ERROR_CATEGORY_SUCCESS`, `BS_ERROR_CATEGORY_DRIVER`, ... The discriminants are ABI: they never
/// change and new categories are only ever appended.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Outside every range, 0 included (the SDK never returns 0).
    Unknown = 0,
    /// The call succeeded: 1 is plain success, 2 to 13 are success with a detail. Codes 1 and above.
    Success = 1,
    /// The device driver failed. Code -1.
    Driver = 2,
    /// Sockets and network. Codes -1xx.
    Communication = 3,
    /// Packets and parameters. Codes -2xx.
    Packet = 4,
    /// Fingerprint and face. Codes -3xx.
    Biometric = 5,
    /// Files and directories. Codes -4xx.
    FileIo = 6,
    /// Relays, inputs, Wiegand and LCD. Codes -5xx.
    Io = 7,
    /// Timeouts and unsupported operations. Codes -6xx.
    Util = 8,
    /// Users, credentials and the device database. Codes -7xx.
    Database = 9,
    /// System configuration. Codes -8xx.
    Config = 10,
    /// Devices and their peripherals. Codes -9xx.
    Device = 11,
    /// Doors and lifts. Codes -10xx.
    Door = 12,
    /// Access rules and authentication. Codes -11xx.
    AccessControl = 13,
    /// Zones (APB, interlock, intrusion and others). Codes -12xx.
    Zone = 14,
    /// Cards. Codes -13xx.
    Card = 15,
    /// Operations. Codes -14xx.
    Operation = 16,
    /// Camera, JPEG encoder and threads. Codes -15xx.
    System = 17,
    /// Memory, upgrade and other failures. Codes -2999..-2000.
    Misc = 18,
    /// SSL. Codes -30xx.
    Ssl = 19,
    /// Mobile access. Codes -31xx and -101xx.
    MobileAccess = 20,
    /// OSDP. Codes -4009..-4000.
    Osdp = 21,
    /// Licenses. Codes -4019..-4010.
    License = 22,
    /// Suprema's UZ wireless locks. Codes -4029..-4020.
    WirelessLock = 23,
    /// The SDK itself, on the host. Codes -100xx and -102xx.
    Sdk = 24,
}

impl Category {
    /// Every category, in discriminant order.
    /// cbindgen:ignore
    pub const ALL: [Category; 25] = [
        Category::Unknown,
        Category::Success,
        Category::Driver,
        Category::Communication,
        Category::Packet,
        Category::Biometric,
        Category::FileIo,
        Category::Io,
        Category::Util,
        Category::Database,
        Category::Config,
        Category::Device,
        Category::Door,
        Category::AccessControl,
        Category::Zone,
        Category::Card,
        Category::Operation,
        Category::System,
        Category::Misc,
        Category::Ssl,
        Category::MobileAccess,
        Category::Osdp,
        Category::License,
        Category::WirelessLock,
        Category::Sdk,
    ];

    /// The name followed by a NUL byte, for the C ABI.
    pub(crate) const fn name_with_nul(self) -> &'static [u8] {
        match self {
            Category::Unknown => b"unknown\0",
            Category::Success => b"success\0",
            Category::Driver => b"driver\0",
            Category::Communication => b"communication\0",
            Category::Packet => b"packet\0",
            Category::Biometric => b"biometric\0",
            Category::FileIo => b"file_io\0",
            Category::Io => b"io\0",
            Category::Util => b"util\0",
            Category::Database => b"database\0",
            Category::Config => b"config\0",
            Category::Device => b"device\0",
            Category::Door => b"door\0",
            Category::AccessControl => b"access_control\0",
            Category::Zone => b"zone\0",
            Category::Card => b"card\0",
            Category::Operation => b"operation\0",
            Category::System => b"system\0",
            Category::Misc => b"misc\0",
            Category::Ssl => b"ssl\0",
            Category::MobileAccess => b"mobile_access\0",
            Category::Osdp => b"osdp\0",
            Category::License => b"license\0",
            Category::WirelessLock => b"wireless_lock\0",
            Category::Sdk => b"sdk\0",
        }
    }
}

/// The first code of the first bucket of [`BY_HUNDREDS`].
pub(super) const TABLE_LOW: i32 = -10299;
/// The category of every code below [`TABLE_LOW`].
pub(super) const BELOW: Category = Category::Unknown;
/// The category of every code above the last bucket.
pub(super) const ABOVE: Category = Category::Success;

/// The category of each hundred codes from [`TABLE_LOW`] up, or the ranges that share it.
pub(super) const BY_HUNDREDS: [Bucket; 104] = [
    Bucket::Whole(Category::Sdk), // -10299..
    Bucket::Whole(Category::MobileAccess), // -10199..
    Bucket::Whole(Category::Sdk), // -10099..
    Bucket::Whole(Category::Unknown), // -9999..
    Bucket::Whole(Category::Unknown), // -9899..
    Bucket::Whole(Category::Unknown), // -9799..
    Bucket::Whole(Category::Unknown), // -9699..
    Bucket::Whole(Category::Unknown), // -9599..
    Bucket::Whole(Category::Unknown), // -9499..
    Bucket::Whole(Category::Unknown), // -9399..
    Bucket::Whole(Category::Unknown), // -9299..
    Bucket::Whole(Category::Unknown), // -9199..
    Bucket::Whole(Category::Unknown), // -9099..
    Bucket::Whole(Category::Unknown), // -8999..
    Bucket::Whole(Category::Unknown), // -8899..
    Bucket::Whole(Category::Unknown), // -8799..
    Bucket::Whole(Category::Unknown), // -8699..
    Bucket::Whole(Category::Unknown), // -8599..
    Bucket::Whole(Category::Unknown), // -8499..
    Bucket::Whole(Category::Unknown), // -8399..
    Bucket::Whole(Category::Unknown), // -8299..
    Bucket::Whole(Category::Unknown), // -8199..
    Bucket::Whole(Category::Unknown), // -8099..
    Bucket::Whole(Category::Unknown), // -7999..
    Bucket::Whole(Category::Unknown), // -7899..
    Bucket::Whole(Category::Unknown), // -7799..
    Bucket::Whole(Category::Unknown), // -7699..
    Bucket::Whole(Category::Unknown), // -7599..
    Bucket::Whole(Category::Unknown), // -7499..
    Bucket::Whole(Category::Unknown), // -7399..
    Bucket::Whole(Category::Unknown), // -7299..
    Bucket::Whole(Category::Unknown), // -7199..
    Bucket::Whole(Category::Unknown), // -7099..
    Bucket::Whole(Category::Unknown), // -6999..
    Bucket::Whole(Category::Unknown), // -6899..
    Bucket::Whole(Category::Unknown), // -6799..
    Bucket::Whole(Category::Unknown), // -6699..
    Bucket::Whole(Category::Unknown), // -6599..
    Bucket::Whole(Category::Unknown), // -6499..
    Bucket::Whole(Category::Unknown), // -6399..
    Bucket::Whole(Category::Unknown), // -6299..
    Bucket::Whole(Category::Unknown), // -6199..
    Bucket::Whole(Category::Unknown), // -6099..
    Bucket::Whole(Category::Unknown), // -5999..
    Bucket::Whole(Category::Unknown), // -5899..
    Bucket::Whole(Category::Unknown), // -5799..
    Bucket::Whole(Category::Unknown), // -5699..
    Bucket::Whole(Category::Unknown), // -5599..
    Bucket::Whole(Category::Unknown), // -5499..
    Bucket::Whole(Category::Unknown), // -5399..
    Bucket::Whole(Category::Unknown), // -5299..
    Bucket::Whole(Category::Unknown), // -5199..
    Bucket::Whole(Category::Unknown), // -5099..
    Bucket::Whole(Category::Unknown), // -4999..
    Bucket::Whole(Category::Unknown), // -4899..
    Bucket::Whole(Category::Unknown), // -4799..
    Bucket::Whole(Category::Unknown), // -4699..
    Bucket::Whole(Category::Unknown), // -4599..
    Bucket::Whole(Category::Unknown), // -4499..
    Bucket::Whole(Category::Unknown), // -4399..
    Bucket::Whole(Category::Unknown), // -4299..
    Bucket::Whole(Category::Unknown), // -4199..
    Bucket::Split { start: 0, end: 3 }, // -4099..
    Bucket::Whole(Category::Unknown), // -3999..
    Bucket::Whole(Category::Unknown), // -3899..
    Bucket::Whole(Category::Unknown), // -3799..
    Bucket::Whole(Category::Unknown), // -3699..
    Bucket::Whole(Category::Unknown), // -3599..
    Bucket::Whole(Category::Unknown), // -3499..
    Bucket::Whole(Category::Unknown), // -3399..
    Bucket::Whole(Category::Unknown), // -3299..
    Bucket::Whole(Category::MobileAccess), // -3199..
    Bucket::Whole(Category::Ssl), // -3099..
    Bucket::Whole(Category::Misc), // -2999..
    Bucket::Whole(Category::Misc), // -2899..
    Bucket::Whole(Category::Misc), // -2799..
    Bucket::Whole(Category::Misc), // -2699..
    Bucket::Whole(Category::Misc), // -2599..
    Bucket::Whole(Category::Misc), // -2499..
    Bucket::Whole(Category::Misc), // -2399..
    Bucket::Whole(Category::Misc), // -2299..
    Bucket::Whole(Category::Misc), // -2199..
    Bucket::Whole(Category::Misc), // -2099..
    Bucket::Whole(Category::Unknown), // -1999..
    Bucket::Whole(Category::Unknown), // -1899..
    Bucket::Whole(Category::Unknown), // -1799..
    Bucket::Whole(Category::Unknown), // -1699..
    Bucket::Whole(Category::System), // -1599..
    Bucket::Whole(Category::Operation), // -1499..
    Bucket::Whole(Category::Card), // -1399..
    Bucket::Whole(Category::Zone), // -1299..
    Bucket::Whole(Category::AccessControl), // -1199..
    Bucket::Whole(Category::Door), // -1099..
    Bucket::Whole(Category::Device), // -999..
    Bucket::Whole(Category::Config), // -899..
    Bucket::Whole(Category::Database), // -799..
    Bucket::Whole(Category::Util), // -699..
    Bucket::Whole(Category::Io), // -599..
    Bucket::Whole(Category::FileIo), // -499..
    Bucket::Whole(Category::Biometric), // -399..
    Bucket::Whole(Category::Packet), // -299..
    Bucket::Whole(Category::Communication), // -199..
    Bucket::Split { start: 3, end: 4 }, // -99..
    Bucket::Whole(Category::Success), // 1..
];

/// The ranges of the split buckets: (lowest code, highest code, category).
pub(super) const SPLIT_RANGES: [(i32, i32, Category); 4] = [
    (-4009, -4000, Category::Osdp),
    (-4019, -4010, Category::License),
    (-4029, -4020, Category::WirelessLock),
    (-1, -1, Category::Driver),
];
