//! The families of return codes, decided by numeric range.
//!
//! The SDK groups its codes by hundreds (`-1xx` communication, `-7xx` database, ...), so a code that a
//! newer SDK adds still lands in the right family even though this table does not know its name.
//!
//! ```
//! use bs_errno::Category;
//! assert_eq!(Category::of(-714), Category::Database);
//! assert_eq!(Category::of(-799), Category::Database); // unknown to the table, but in the -7xx range
//! assert_eq!(Category::Database.name(), "database");
//! assert_eq!(Category::of(0), Category::Unknown);
//! ```

use core::fmt;

/// The family a return code belongs to, decided by its numeric range.
///
/// In C this is `BsErrorCategory` with constants `BS_ERROR_CATEGORY_UNKNOWN`,
/// `BS_ERROR_CATEGORY_SUCCESS`, `BS_ERROR_CATEGORY_DRIVER`, ... The discriminants are ABI: they never change
/// and new categories are only ever appended.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Outside every known range (including 0, which the SDK never returns).
    Unknown = 0,
    /// Any positive code: the call succeeded (1 is plain success; 2..13 are success with a detail).
    Success = 1,
    /// -1: the device driver failed.
    Driver = 2,
    /// -1xx: sockets and network.
    Communication = 3,
    /// -2xx: packets and parameters.
    Packet = 4,
    /// -3xx: fingerprint and face.
    Biometric = 5,
    /// -4xx: files and directories.
    FileIo = 6,
    /// -5xx: relays, inputs, Wiegand, LCD.
    Io = 7,
    /// -6xx: timeouts and unsupported operations.
    Util = 8,
    /// -7xx: users, credentials and the device database.
    Database = 9,
    /// -8xx: system configuration.
    Config = 10,
    /// -9xx: devices and their peripherals.
    Device = 11,
    /// -10xx: doors and lifts.
    Door = 12,
    /// -11xx: access rules and authentication.
    AccessControl = 13,
    /// -12xx: zones (APB, interlock, intrusion, ...).
    Zone = 14,
    /// -13xx: cards.
    Card = 15,
    /// -14xx: operations.
    Operation = 16,
    /// -15xx: camera, JPEG encoder and threads.
    System = 17,
    /// -2000..-2999: memory, upgrade and other failures.
    Misc = 18,
    /// -30xx: SSL.
    Ssl = 19,
    /// -31xx and -101xx: mobile access.
    MobileAccess = 20,
    /// -4000..-4009: OSDP.
    Osdp = 21,
    /// -4010..-4019: licenses.
    License = 22,
    /// -4020..-4029: Suprema's UZ wireless locks.
    WirelessLock = 23,
    /// -100xx and -102xx: the SDK itself on the host.
    Sdk = 24,
}

/// The category of the codes -(100 h) ..= -(100 h + 99), for h = 0..=102 (0 and -1 and the hundred at
/// -40xx, which is split by tens, are decided in [`Category::of`]).
const BY_HUNDREDS: [Category; 103] = {
    let mut table = [Category::Unknown; 103];
    // -1xx communication .. -15xx system are the consecutive discriminants 3..=17.
    let mut h = 1;
    while h <= 15 {
        table[h] = Category::ALL[h + 2];
        h += 1;
    }
    let mut h = 20;
    while h <= 29 {
        table[h] = Category::Misc;
        h += 1;
    }
    table[30] = Category::Ssl;
    table[31] = Category::MobileAccess;
    table[100] = Category::Sdk;
    table[101] = Category::MobileAccess;
    table[102] = Category::Sdk;
    table
};

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

    /// The category of any code, by numeric range; codes outside every range are [`Category::Unknown`].
    ///
    /// The ranges: any positive code is success; -1 driver; -1xx communication; -2xx packet;
    /// -3xx biometric; -4xx file_io; -5xx io; -6xx util; -7xx database; -8xx config; -9xx device;
    /// -10xx door; -11xx access_control; -12xx zone; -13xx card; -14xx operation; -15xx system;
    /// -2000..-2999 misc; -30xx ssl; -31xx mobile_access; -4000..-4009 osdp; -4010..-4019 license;
    /// -4020..-4029 wireless_lock; -100xx sdk; -101xx mobile_access; -102xx sdk; anything else unknown.
    #[inline]
    pub const fn of(code: i32) -> Category {
        if code > 0 {
            return Category::Success;
        }
        if code == -1 {
            return Category::Driver;
        }
        // A table by hundreds instead of a chain of range tests: two predictable branches and a load.
        let magnitude = code.unsigned_abs();
        let hundreds = (magnitude / 100) as usize;
        if hundreds == 40 {
            return match magnitude % 100 {
                0..=9 => Category::Osdp,
                10..=19 => Category::License,
                20..=29 => Category::WirelessLock,
                _ => Category::Unknown,
            };
        }
        if hundreds < BY_HUNDREDS.len() {
            BY_HUNDREDS[hundreds]
        } else {
            Category::Unknown
        }
    }

    /// The category with this discriminant, or `None`; C callers can pass any `int`.
    pub const fn from_raw(raw: i32) -> Option<Category> {
        if raw >= 0 && (raw as usize) < Category::ALL.len() {
            Some(Category::ALL[raw as usize])
        } else {
            None
        }
    }

    /// The lowercase name used by the data file, the CLI and Python: `"wireless_lock"`, `"file_io"`, ...
    pub const fn name(self) -> &'static str {
        let with_nul = self.name_with_nul();
        match with_nul.split_last() {
            Some((_, name)) => match core::str::from_utf8(name) {
                Ok(name) => name,
                Err(_) => "unknown",
            },
            None => "unknown",
        }
    }

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

    /// The category with this lowercase name (as [`Category::name`] gives it), ignoring ASCII case.
    ///
    /// ```
    /// use bs_errno::Category;
    /// assert_eq!(Category::from_name("wireless_lock"), Some(Category::WirelessLock));
    /// assert_eq!(Category::from_name("ZONE"), Some(Category::Zone));
    /// assert_eq!(Category::from_name("nope"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name().eq_ignore_ascii_case(name))
    }

    /// True for [`Category::Success`].
    pub const fn is_success(self) -> bool {
        matches!(self, Category::Success)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_is_in_discriminant_order() {
        for (i, c) in Category::ALL.iter().enumerate() {
            assert_eq!(*c as usize, i);
            assert_eq!(Category::from_raw(i as i32), Some(*c));
        }
        assert_eq!(Category::from_raw(-1), None);
        assert_eq!(Category::from_raw(Category::ALL.len() as i32), None);
        assert_eq!(Category::from_raw(i32::MIN), None);
        assert_eq!(Category::from_raw(i32::MAX), None);
    }

    #[test]
    fn names_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for c in Category::ALL {
            assert!(seen.insert(c.name()), "duplicate name {}", c.name());
            assert_eq!(Category::from_name(c.name()), Some(c));
            assert_eq!(c.to_string(), c.name());
            assert_eq!(c.name_with_nul().len(), c.name().len() + 1);
        }
    }

    /// The ranges of the reference data, written out one by one: the specification `of` must equal.
    fn by_rules(code: i32) -> Category {
        match code {
            1.. => Category::Success,
            0 => Category::Unknown,
            -1 => Category::Driver,
            -199..=-100 => Category::Communication,
            -299..=-200 => Category::Packet,
            -399..=-300 => Category::Biometric,
            -499..=-400 => Category::FileIo,
            -599..=-500 => Category::Io,
            -699..=-600 => Category::Util,
            -799..=-700 => Category::Database,
            -899..=-800 => Category::Config,
            -999..=-900 => Category::Device,
            -1099..=-1000 => Category::Door,
            -1199..=-1100 => Category::AccessControl,
            -1299..=-1200 => Category::Zone,
            -1399..=-1300 => Category::Card,
            -1499..=-1400 => Category::Operation,
            -1599..=-1500 => Category::System,
            -2999..=-2000 => Category::Misc,
            -3099..=-3000 => Category::Ssl,
            -3199..=-3100 => Category::MobileAccess,
            -4009..=-4000 => Category::Osdp,
            -4019..=-4010 => Category::License,
            -4029..=-4020 => Category::WirelessLock,
            -10099..=-10000 => Category::Sdk,
            -10199..=-10100 => Category::MobileAccess,
            -10299..=-10200 => Category::Sdk,
            _ => Category::Unknown,
        }
    }

    #[test]
    fn table_matches_the_rules() {
        for code in -11_000..=100 {
            assert_eq!(Category::of(code), by_rules(code), "code {code}");
        }
        for code in [
            i32::MIN,
            i32::MIN + 1,
            i32::MAX,
            -1_000_000,
            -4_000_000,
            -40_000,
            -4030,
            -4099,
        ] {
            assert_eq!(Category::of(code), by_rules(code), "code {code}");
        }
    }

    #[test]
    fn range_edges() {
        assert_eq!(Category::of(i32::MAX), Category::Success);
        assert_eq!(Category::of(i32::MIN), Category::Unknown);
        assert_eq!(Category::of(-2), Category::Unknown);
        assert_eq!(Category::of(-99), Category::Unknown);
        assert_eq!(Category::of(-100), Category::Communication);
        assert_eq!(Category::of(-1600), Category::Unknown);
        assert_eq!(Category::of(-1999), Category::Unknown);
        assert_eq!(Category::of(-3200), Category::Unknown);
        assert_eq!(Category::of(-4030), Category::Unknown);
        assert_eq!(Category::of(-9999), Category::Unknown);
        assert_eq!(Category::of(-10150), Category::MobileAccess);
        assert_eq!(Category::of(-10299), Category::Sdk);
        assert_eq!(Category::of(-10300), Category::Unknown);
    }
}
