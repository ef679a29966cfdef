// generated — do not edit. Rendered by `cargo xtask generate` from data/codes.tsv;
// edit the data and regenerate (a test fails when this file is stale).

namespace BsErrno
{
    /// <summary>
    /// Every return code of the BioStar 2 Device SDK, named and valued as in the vendor's <c>BS_Errno.h</c>
    /// (SDK 2.9.12.0): 339 codes and 10 other names for them, and the spellings of the vendor's C# enum
    /// (BS_SDK_ERROR_CANNOT_UPGRADE_MEMORY). A drop-in for the enum of the vendor's C# examples, with the names those lack.
    /// </summary>
    /// <remarks>
    /// Not a set of flags: 7 is not "DURESS and DUAL_AUTH". Every positive code means success, so test
    /// <c>BsErrors.IsSuccess(rc)</c>, never <c>rc != BS_SDK_SUCCESS</c>. Codes with several names print
    /// any of them through <c>ToString()</c>; <see cref="BsErrors.Name(BS2ErrorCode)"/> gives the current
    /// one.
    /// </remarks>
    public enum BS2ErrorCode : int
    {
        /// <summary>Failed to initialize the SDK notification manager. (-10202)</summary>
        BS_SDK_ERROR_INITIALIZE_NOTIFYMGR = -10202,

        /// <summary>Failed to initialize the SDK file log. (-10201)</summary>
        BS_SDK_ERROR_INITIALIZE_FILELOG = -10201,

        /// <summary>Cannot find mobile device. (-10105)</summary>
        BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND = -10105,

        /// <summary>Failed to add mobile device. (-10104)</summary>
        BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT = -10104,

        /// <summary>Not logged in to the mobile access service. (-10103)</summary>
        BS_SDK_ERROR_MOBILE_NOT_LOGIN = -10103,

        /// <summary>No response from the mobile access service. (-10101)</summary>
        BS_SDK_ERROR_MOBILE_NO_RESPONSE = -10101,

        /// <summary>Mobile access service reported a fault status. (-10100)</summary>
        BS_SDK_ERROR_MOBILE_STATUS_FAULT = -10100,

        /// <summary>Unknown fingerprint template format. (-10011)</summary>
        BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE = -10011,

        /// <summary>Invalid schedule ID. (-10010)</summary>
        BS_SDK_ERROR_INVALID_SCHEDULE_ID = -10010,

        /// <summary>Invalid file format. (-10009)</summary>
        BS_SDK_ERROR_INVALID_FILE_FORMAT = -10009,

        /// <summary>Internal SDK error. (-10008)</summary>
        BS_SDK_ERROR_INTERNAL = -10008,

        /// <summary>Device cannot response. (-10007)</summary>
        BS_SDK_ERROR_DEVICE_BUSY = -10007,

        /// <summary>Failed on decryption. (-10006)</summary>
        BS_SDK_ERROR_DECRYPT = -10006,

        /// <summary>Failed on encryption. (-10005)</summary>
        BS_SDK_ERROR_ENCRYPT = -10005,

        /// <summary>Already exists. (-10004)</summary>
        BS_SDK_ERROR_EXIST = -10004,

        /// <summary>Canceled. (-10003)</summary>
        BS_SDK_ERROR_CANCELED = -10003,

        /// <summary>Cannot run SDK service. (-10002)</summary>
        BS_SDK_ERROR_CANNOT_RUN_SERVICE = -10002,

        /// <summary>SDK not initialized. (-10001)</summary>
        BS_SDK_ERROR_UNINITIALIZED = -10001,

        /// <summary>Wrong pointer. (-10000)</summary>
        BS_SDK_ERROR_NULL_POINTER = -10000,

        /// <summary>Failed to add wireless lock. (-4024)</summary>
        BS_SDK_ERROR_UZ_ADD_FAIL = -4024,

        /// <summary>No more wireless lock specifications can be added. (-4023)</summary>
        BS_SDK_ERROR_UZ_SPEC_FULL = -4023,

        /// <summary>No more wireless lock channels can be added. (-4022)</summary>
        BS_SDK_ERROR_UZ_CHANNEL_FULL = -4022,

        /// <summary>No more wireless locks can be enabled. (-4021)</summary>
        BS_SDK_ERROR_UZ_ENABLE_FULL = -4021,

        /// <summary>No wireless locks are enabled. (-4020)</summary>
        BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO = -4020,

        /// <summary>License does not match the device. (-4017)</summary>
        BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE = -4017,

        /// <summary>License was only partially enabled. (-4016)</summary>
        BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL = -4016,

        /// <summary>Invalid license JSON format. (-4015)</summary>
        BS_SDK_ERROR_LICENSE_JSON_FORMAT = -4015,

        /// <summary>Failed to parse license JSON. (-4014)</summary>
        BS_SDK_ERROR_LICENSE_PARRING_JSON = -4014,

        /// <summary>Invalid license payload length. (-4013)</summary>
        BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH = -4013,

        /// <summary>Invalid license file. (-4012)</summary>
        BS_SDK_ERROR_LICENSE_FILE_NOT_VALID = -4012,

        /// <summary>License checksum error. (-4011)</summary>
        BS_SDK_ERROR_LICENSE_CRC = -4011,

        /// <summary>No license. (-4010)</summary>
        BS_SDK_ERROR_NO_LICENSE = -4010,

        /// <summary>OSDP slave device disconnected. (-4009)</summary>
        BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE = -4009,

        /// <summary>Failed to set the secure key on the OSDP slave device. (-4008)</summary>
        BS_SDK_ERROR_FAIL_SLAVE_SET_KEY = -4008,

        /// <summary>Failed to set the secure key on the OSDP master device. (-4007)</summary>
        BS_SDK_ERROR_FAIL_MASTER_SET_KEY = -4007,

        /// <summary>Invalid OSDP device ID. (-4006)</summary>
        BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID = -4006,

        /// <summary>Failed to update OSDP device. (-4005)</summary>
        BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE = -4005,

        /// <summary>Failed to add OSDP device. (-4004)</summary>
        BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE = -4004,

        /// <summary>Duplicated OSDP ID. (-4003)</summary>
        BS_SDK_ERROR_DUPLICATE_OSDP_ID = -4003,

        /// <summary>No more OSDP slave devices can be added. (-4002)</summary>
        BS_SDK_ERROR_ALREADY_FULL_SLAVES = -4002,

        /// <summary>Channel is not an OSDP standard channel. (-4001)</summary>
        BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL = -4001,

        /// <summary>Mobile access portal error. (-3100)</summary>
        BS_SDK_ERROR_MOBILE_PORTAL = -3100,

        /// <summary>Failed to verify SSL key. (-3007)</summary>
        BS_SDK_ERROR_SSL_VERIFY_KEY = -3007,

        /// <summary>Invalid SSL key. (-3006)</summary>
        BS_SDK_ERROR_SSL_INVALID_KEY = -3006,

        /// <summary>Failed to verify SSL certificate. (-3005)</summary>
        BS_SDK_ERROR_SSL_VERIFY_CERT = -3005,

        /// <summary>Deprecated alias of <see cref="BS_SDK_ERROR_SSL_VERIFY_CERT"/> (-3005), deprecated since SDK 2.7.2.</summary>
        [System.Obsolete("use BS_SDK_ERROR_SSL_VERIFY_CERT (deprecated since SDK 2.7.2)")]
        BS_SDK_ERROR_SSL_VERIFY_CA = -3005,

        /// <summary>Invalid SSL certificate. (-3004)</summary>
        BS_SDK_ERROR_SSL_INVALID_CERT = -3004,

        /// <summary>Deprecated alias of <see cref="BS_SDK_ERROR_SSL_INVALID_CERT"/> (-3004), deprecated since SDK 2.7.2.</summary>
        [System.Obsolete("use BS_SDK_ERROR_SSL_INVALID_CERT (deprecated since SDK 2.7.2)")]
        BS_SDK_ERROR_SSL_INVALID_CA = -3004,

        /// <summary>SSL connection already established. (-3003)</summary>
        BS_SDK_ERROR_SSL_ALREADY_CONNECTED = -3003,

        /// <summary>Cannot establish SSL connection. (-3002)</summary>
        BS_SDK_ERROR_SSL_CANNOT_CONNECT = -3002,

        /// <summary>Deprecated alias of <see cref="BS_SDK_ERROR_SSL_CANNOT_CONNECT"/> (-3002), deprecated since SDK 2.7.2.</summary>
        [System.Obsolete("use BS_SDK_ERROR_SSL_CANNOT_CONNECT (deprecated since SDK 2.7.2)")]
        BS_SDK_ERROR_SSL_IS_NOT_CONNECTED = -3002,

        /// <summary>SSL not supported. (-3001)</summary>
        BS_SDK_ERROR_SSL_NOT_SUPPORTED = -3001,

        /// <summary>Deprecated alias of <see cref="BS_SDK_ERROR_SSL_NOT_SUPPORTED"/> (-3001), deprecated since SDK 2.7.2. Its old meaning: SSL already exists.</summary>
        [System.Obsolete("use BS_SDK_ERROR_SSL_NOT_SUPPORTED (deprecated since SDK 2.7.2)")]
        BS_SDK_ERROR_SSL_EXIST = -3001,

        /// <summary>Failed to initialize SSL. (-3000)</summary>
        BS_SDK_ERROR_SSL_INIT = -3000,

        /// <summary>Firmware upgrade not supported. (-2007)</summary>
        BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED = -2007,

        /// <summary>Not enough memory for firmware upgrade. (-2006)</summary>
        BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY = -2006,

        /// <summary>The spelling of the vendor's C# enum for <see cref="BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY"/> (-2006); not a macro of the C header.</summary>
        BS_SDK_ERROR_CANNOT_UPGRADE_MEMORY = -2006,

        /// <summary>Cannot send data to server. (-2005)</summary>
        BS_SDK_ERROR_CANNOT_SEND_TO_SERVER = -2005,

        /// <summary>Device is locked. (-2004)</summary>
        BS_SDK_ERROR_DEVICE_LOCKED = -2004,

        /// <summary>Failed on upgrade. (-2003)</summary>
        BS_SDK_ERROR_CANNOT_UPGRADE = -2003,

        /// <summary>Failed to allocate memory. (-2002)</summary>
        BS_SDK_ERROR_ALLOC_MEM = -2002,

        /// <summary>Failed on file I/O operation. (-2000)</summary>
        BS_SDK_ERROR_FILE_IO = -2000,

        /// <summary>Cannot start thread. (-1507)</summary>
        BS_SDK_ERROR_CANNOT_EXECUTE_THREAD = -1507,

        /// <summary>Cannot detect face. (-1506)</summary>
        BS_SDK_ERROR_CANNOT_DETECT_FACE = -1506,

        /// <summary>Failed to capture image with the camera. (-1505)</summary>
        BS_SDK_ERROR_CAMERA_CAPTURE_FAIL = -1505,

        /// <summary>Unable to remove the Jpeg encoder. (-1504)</summary>
        BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL = -1504,

        /// <summary>Failed to initialize Jpeg encoder. (-1503)</summary>
        BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED = -1503,

        /// <summary>Cannot encode to JPEG. (-1502)</summary>
        BS_SDK_ERROR_CANNOT_ENCODE_JPEG = -1502,

        /// <summary>Failed to initialize the JPEG encoder. (-1501)</summary>
        BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL = -1501,

        /// <summary>Failed to initialize the camera. (-1500)</summary>
        BS_SDK_ERROR_CAMERA_INIT_FAIL = -1500,

        /// <summary>Invalid password. (-1400)</summary>
        BS_SDK_ERROR_INVALID_PASSWORD = -1400,

        /// <summary>Cannot find card. (-1310)</summary>
        BS_SDK_ERROR_CANNOT_FIND_CARD = -1310,

        /// <summary>Failed to send card data. (-1308)</summary>
        BS_SDK_ERROR_CARD_CANNOT_SEND_DATA = -1308,

        /// <summary>Card read canceled. (-1307)</summary>
        BS_SDK_ERROR_CARD_READ_CANCELLED = -1307,

        /// <summary>Card read timeout. (-1306)</summary>
        BS_SDK_ERROR_CARD_READ_TIMEOUT = -1306,

        /// <summary>Cannot write data on card. (-1305)</summary>
        BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA = -1305,

        /// <summary>CIS checksum error. (-1304)</summary>
        BS_SDK_ERROR_CARD_CIS_CRC = -1304,

        /// <summary>Cannot read data from card. (-1303)</summary>
        BS_SDK_ERROR_CARD_CANNOT_READ_DATA = -1303,

        /// <summary>Card has not been activated. (-1302)</summary>
        BS_SDK_ERROR_CARD_NOT_ACTIVATED = -1302,

        /// <summary>Failed to initialize card. (-1301)</summary>
        BS_SDK_ERROR_CARD_INIT_FAIL = -1301,

        /// <summary>Unsupported Card I/O. (-1300)</summary>
        BS_SDK_ERROR_CARD_IO = -1300,

        /// <summary>Lift lock rules violated. (-1230)</summary>
        BS_SDK_ERROR_LIFT_LOCK_VIOLATION = -1230,

        /// <summary>No more lift lock/unlock zones can be added. (-1229)</summary>
        BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL = -1229,

        /// <summary>Hard authentication limit rules violated. (-1228)</summary>
        BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION = -1228,

        /// <summary>Soft authentication limit rules violated. (-1227)</summary>
        BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION = -1227,

        /// <summary>User exceeded the authentication limit. (-1226)</summary>
        BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION = -1226,

        /// <summary>Authentication count limit exceeded. (-1225)</summary>
        BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION = -1225,

        /// <summary>Authentication limit schedule violated. (-1224)</summary>
        BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION = -1224,

        /// <summary>No more interlock zones can be added. (-1223)</summary>
        BS_SDK_ERROR_INTERLOCK_ZONE_FULL = -1223,

        /// <summary>Interlock zone input rules violated. (-1222)</summary>
        BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION = -1222,

        /// <summary>Interlock zone door rules violated. (-1221)</summary>
        BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION = -1221,

        /// <summary>Soft entrance time limit violated. (-1220)</summary>
        BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION = -1220,

        /// <summary>Hard entrance time limit violated. (-1219)</summary>
        BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION = -1219,

        /// <summary>Soft entrance count limit violated. (-1218)</summary>
        BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION = -1218,

        /// <summary>Hard entrance count limit violated. (-1217)</summary>
        BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION = -1217,

        /// <summary>Cannot find arming card. (-1216)</summary>
        BS_SDK_ERROR_CANNOT_FIND_ARM_CARD = -1216,

        /// <summary>Cannot disarm intrusion alarm zone. (-1215)</summary>
        BS_SDK_ERROR_CANNOT_DISARM = -1215,

        /// <summary>Cannot arm intrusion alarm zone. (-1214)</summary>
        BS_SDK_ERROR_CANNOT_ARM = -1214,

        /// <summary>No more intrusion alarm zones can be added. (-1213)</summary>
        BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL = -1213,

        /// <summary>Inactive zone. (-1212)</summary>
        BS_SDK_ERROR_INACTIVE_ZONE = -1212,

        /// <summary>Cannot add more scheduled lock/unlock zone. (-1211)</summary>
        BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL = -1211,

        /// <summary>Cannot add more fire alarm zone. (-1210)</summary>
        BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL = -1210,

        /// <summary>Cannot add more Timed APB zone. (-1209)</summary>
        BS_SDK_ERROR_TIMED_APB_ZONE_FULL = -1209,

        /// <summary>No more APB zones can be added. (-1208)</summary>
        BS_SDK_ERROR_APB_ZONE_FULL = -1208,

        /// <summary>Deprecated alias of <see cref="BS_SDK_ERROR_APB_ZONE_FULL"/> (-1208), deprecated since SDK 2.7.2. Its old meaning: Cannot set fire alarm.</summary>
        [System.Obsolete("use BS_SDK_ERROR_APB_ZONE_FULL (deprecated since SDK 2.7.2)")]
        BS_SDK_ERROR_SET_FIRE_ALARM = -1208,

        /// <summary>Intrusion alarm rules violated. (-1207)</summary>
        BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION = -1207,

        /// <summary>Deprecated alias of <see cref="BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION"/> (-1207), deprecated since SDK 2.7.0.0. Its old meaning: Invalid user attempted access in the unlock schedule.</summary>
        [System.Obsolete("use BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION (deprecated since SDK 2.7.0.0)")]
        BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION = -1207,

        /// <summary>Invalid user attempted access in the lock schedule. (-1206)</summary>
        BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION = -1206,

        /// <summary>Timed Soft APB rules violated. (-1205)</summary>
        BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION = -1205,

        /// <summary>Timed Hard APB rules violated. (-1204)</summary>
        BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION = -1204,

        /// <summary>Soft APB rules violated. (-1203)</summary>
        BS_SDK_ERROR_SOFT_APB_VIOLATION = -1203,

        /// <summary>Hard APB rules violated. (-1202)</summary>
        BS_SDK_ERROR_HARD_APB_VIOLATION = -1202,

        /// <summary>No more zones can be added. (-1201)</summary>
        BS_SDK_ERROR_SET_ZONE = -1201,

        /// <summary>Deprecated alias of <see cref="BS_SDK_ERROR_SET_ZONE"/> (-1201), deprecated since SDK 2.6.0. Its old meaning: No more zones can be added.</summary>
        [System.Obsolete("use BS_SDK_ERROR_SET_ZONE (deprecated since SDK 2.6.0)")]
        BS_SDK_ERROR_ZONE_FULL = -1201,

        /// <summary>Unregistered zone. (-1200)</summary>
        BS_SDK_ERROR_CANNOT_FIND_ZONE = -1200,

        /// <summary>Fingerprint or PIN is required. (-1135)</summary>
        BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED = -1135,

        /// <summary>Face or PIN is required. (-1134)</summary>
        BS_SDK_FACE_OR_PIN_AUTH_REQUIRED = -1134,

        /// <summary>Fingerprint authentication is required. (-1133)</summary>
        BS_SDK_FINGERPRINT_AUTH_REQUIRED = -1133,

        /// <summary>Face authentication is required. (-1132)</summary>
        BS_SDK_FACE_AUTH_REQUIRED = -1132,

        /// <summary>Temperature check is required. (-1131)</summary>
        BS_SDK_THERMAL_CHECK_REQUIRED = -1131,

        /// <summary>Mask check is required. (-1130)</summary>
        BS_SDK_MASK_CHECK_REQUIRED = -1130,

        /// <summary>Access denied without a mask. (-1129)</summary>
        BS_SDK_ERROR_UNMASKED_FACE_VIOLATION = -1129,

        /// <summary>Cannot measure temperature. (-1128)</summary>
        BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE = -1128,

        /// <summary>Access denied for high temperature. (-1127)</summary>
        BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION = -1127,

        /// <summary>Anti-tailgating rules violated. (-1126)</summary>
        BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION = -1126,

        /// <summary>Identification is required. (-1125)</summary>
        BS_SDK_ERROR_IDENTIFICATION_REQUIRED = -1125,

        /// <summary>Authentication group is required. (-1124)</summary>
        BS_SDK_ERROR_AUTH_GROUP_REQUIRED = -1124,

        /// <summary>Authentication failed. (-1123)</summary>
        BS_SDK_ERROR_AUTH_FAIL = -1123,

        /// <summary>Cannot find floor level. (-1122)</summary>
        BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL = -1122,

        /// <summary>Server matching refused. (-1121)</summary>
        BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL = -1121,

        /// <summary>T&amp;A code required. (-1120)</summary>
        BS_SDK_ERROR_TNA_CODE_REQUIRED = -1120,

        /// <summary>Fingerprint or PIN required. (-1119)</summary>
        BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED = -1119,

        /// <summary>PIN is required. (-1118)</summary>
        BS_SDK_ERROR_PIN_AUTH_REQUIRED = -1118,

        /// <summary>Card is required. (-1117)</summary>
        BS_SDK_ERROR_CARD_AUTH_REQUIRED = -1117,

        /// <summary>Fingerprint is required. (-1116)</summary>
        BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED = -1116,

        /// <summary>Failed on dual authentication. (-1115)</summary>
        BS_SDK_ERROR_DUAL_AUTH_FAIL = -1115,

        /// <summary>Invalid credentials in current schedule. (-1114)</summary>
        BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL = -1114,

        /// <summary>User information is not matched with the credentials. (-1113)</summary>
        BS_SDK_ERROR_AUTH_UNEXPECTED_USER = -1113,

        /// <summary>Invalid authentication mode. (-1112)</summary>
        BS_SDK_ERROR_INVALID_AUTH_MODE = -1112,

        /// <summary>Dual authentication timeout. (-1111)</summary>
        BS_SDK_ERROR_DUAL_AUTH_TIMEOUT = -1111,

        /// <summary>Authentication timeout. (-1110)</summary>
        BS_SDK_ERROR_AUTH_TIMEOUT = -1110,

        /// <summary>Blacklist doesn't exist. (-1109)</summary>
        BS_SDK_ERROR_CANNOT_FIND_BLACKLIST = -1109,

        /// <summary>Cannot find holiday group. (-1108)</summary>
        BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP = -1108,

        /// <summary>Cannot find access schedule. (-1107)</summary>
        BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE = -1107,

        /// <summary>Cannot find access level. (-1106)</summary>
        BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL = -1106,

        /// <summary>Cannot find access group. (-1105)</summary>
        BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP = -1105,

        /// <summary>Card registered to blacklist. (-1104)</summary>
        BS_SDK_ERROR_BLACKLIST = -1104,

        /// <summary>Time expired. (-1103)</summary>
        BS_SDK_ERROR_EXPIRED = -1103,

        /// <summary>Not valid yet. (-1102)</summary>
        BS_SDK_ERROR_NOT_YET_VALID = -1102,

        /// <summary>Disabled user. (-1101)</summary>
        BS_SDK_ERROR_DISABLED = -1101,

        /// <summary>Access rules violated. (-1100)</summary>
        BS_SDK_ERROR_ACCESS_RULE_VIOLATION = -1100,

        /// <summary>No more lifts can be added. (-1006)</summary>
        BS_SDK_ERROR_LIFT_FULL = -1006,

        /// <summary>Cannot find lift. (-1005)</summary>
        BS_SDK_ERROR_CANNOT_FIND_LIFT = -1005,

        /// <summary>Failed to release door. (-1004)</summary>
        BS_SDK_ERROR_CANNOT_RELEASE_DOOR = -1004,

        /// <summary>Cannot unlock door. (-1003)</summary>
        BS_SDK_ERROR_CANNOT_UNLOCK_DOOR = -1003,

        /// <summary>Cannot lock door. (-1002)</summary>
        BS_SDK_ERROR_CANNOT_LOCK_DOOR = -1002,

        /// <summary>No more doors can be added. (-1001)</summary>
        BS_SDK_ERROR_DOOR_FULL = -1001,

        /// <summary>Cannot find door. (-1000)</summary>
        BS_SDK_ERROR_CANNOT_FIND_DOOR = -1000,

        /// <summary>Cannot delete device. (-913)</summary>
        BS_SDK_ERROR_CANNOT_DEL_DEVICE = -913,

        /// <summary>Slave device is not ready. (-912)</summary>
        BS_SDK_ERROR_SLAVE_NOT_READY = -912,

        /// <summary>Cannot add device. (-911)</summary>
        BS_SDK_ERROR_CANNOT_ADD_DEVICE = -911,

        /// <summary>No more slave devices can be added. (-910)</summary>
        BS_SDK_ERROR_SLAVE_FULL = -910,

        /// <summary>Cannot scan face. (-908)</summary>
        BS_SDK_ERROR_CANNOT_SCAN_FACE = -908,

        /// <summary>Cannot find device. (-907)</summary>
        BS_SDK_ERROR_CANNOT_FIND_DEVICE = -907,

        /// <summary>Device driver missing. (-906)</summary>
        BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER = -906,

        /// <summary>Cannot set LCD pattern. (-905)</summary>
        BS_SDK_ERROR_CANNOT_SET_LED = -905,

        /// <summary>Unable to get time of RTC device. (-904)</summary>
        BS_SDK_ERROR_CANNOT_GET_RTC = -904,

        /// <summary>Unable to set time on RTC device. (-903)</summary>
        BS_SDK_ERROR_CANNOT_SET_RTC = -903,

        /// <summary>No RTC device. (-902)</summary>
        BS_SDK_ERROR_CANNOT_OPEN_RTC = -902,

        /// <summary>Cannot scan card. (-901)</summary>
        BS_SDK_ERROR_CANNOT_SCAN_CARD = -901,

        /// <summary>Cannot scan finger. (-900)</summary>
        BS_SDK_ERROR_CANNOT_SCAN_FINGER = -900,

        /// <summary>Invalid configuration sector index. (-806)</summary>
        BS_SDK_ERROR_INVALID_CONFIG_INDEX = -806,

        /// <summary>Cannot write system configuration file. (-805)</summary>
        BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE = -805,

        /// <summary>Invalid system configuration. (-804)</summary>
        BS_SDK_ERROR_INVALID_CONFIG_DATA = -804,

        /// <summary>Invalid system configuration header information. (-803)</summary>
        BS_SDK_ERROR_INVALID_CONFIG_FILE = -803,

        /// <summary>Cannot read system configuration file. (-802)</summary>
        BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE = -802,

        /// <summary>Cannot open system configuration file. (-801)</summary>
        BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE = -801,

        /// <summary>Invalid system configuration. (-800)</summary>
        BS_SDK_ERROR_INVALID_CONFIG = -800,

        /// <summary>Administrator credential cannot be scanned. (-771)</summary>
        BS_SDK_ERROR_ADMIN_CANNOT_SCAN = -771,

        /// <summary>Credential type not supported for administrators. (-770)</summary>
        BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL = -770,

        /// <summary>Administrator does not have enough credentials. (-769)</summary>
        BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL = -769,

        /// <summary>Administrator has no credentials. (-768)</summary>
        BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL = -768,

        /// <summary>Invalid administrator credential. (-767)</summary>
        BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL = -767,

        /// <summary>No more user overrides can be added. (-766)</summary>
        BS_SDK_ERROR_USER_OVERRIDE_FULL = -766,

        /// <summary>Cannot find lock override list. (-765)</summary>
        BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST = -765,

        /// <summary>No more lock override entries can be added. (-764)</summary>
        BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL = -764,

        /// <summary>Database query failed. (-763)</summary>
        BS_SDK_ERROR_SQL_ERROR = -763,

        /// <summary>Deprecated alias of <see cref="BS_SDK_ERROR_SQL_ERROR"/> (-763), deprecated since SDK 2.9.9.1. Its old meaning: The extended user image storage is full.</summary>
        [System.Obsolete("use BS_SDK_ERROR_SQL_ERROR (deprecated since SDK 2.9.9.1)")]
        BS_SDK_ERROR_USER_IMAGE_EX_FULL = -763,

        /// <summary>No registered fingerprint or PIN. (-762)</summary>
        BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL = -762,

        /// <summary>No registered face or PIN. (-761)</summary>
        BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL = -761,

        /// <summary>No registered fingerprint credential. (-760)</summary>
        BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL = -760,

        /// <summary>No registered face. (-759)</summary>
        BS_SDK_ERROR_NO_FACE_CREDENTIAL = -759,

        /// <summary>Face already enrolled. (-758)</summary>
        BS_SDK_ERROR_DUPLICATE_FACE = -758,

        /// <summary>Duplicated fingerprint. (-757)</summary>
        BS_SDK_ERROR_DUPLICATE_FINGERPRINT = -757,

        /// <summary>Cannot find operator. (-756)</summary>
        BS_SDK_ERROR_CANNOT_FIND_OPERATOR = -756,

        /// <summary>Invalid schedule. (-755)</summary>
        BS_SDK_ERROR_INVALID_SCHEDULE = -755,

        /// <summary>Cannot find daylight saving time schedule. (-754)</summary>
        BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE = -754,

        /// <summary>No more daylight saving time schedules can be added. (-753)</summary>
        BS_SDK_ERROR_DST_SCHEDULE_FULL = -753,

        /// <summary>No more user phrases can be added. (-752)</summary>
        BS_SDK_ERROR_USER_PHRASE_FULL = -752,

        /// <summary>No more authentication groups can be added. (-751)</summary>
        BS_SDK_ERROR_AUTH_GROUP_FULL = -751,

        /// <summary>Cannot find authentication group. (-750)</summary>
        BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP = -750,

        /// <summary>No more floor schedules can be added. (-749)</summary>
        BS_SDK_ERROR_FLOOR_SCHEDULE_FULL = -749,

        /// <summary>No more faces can be added. (-748)</summary>
        BS_SDK_ERROR_FACE_FULL = -748,

        /// <summary>Cannot update face template. (-747)</summary>
        BS_SDK_ERROR_CANNOT_UPDATE_FACE = -747,

        /// <summary>Cannot add more job codes. (-746)</summary>
        BS_SDK_ERROR_USER_JOB_FULL = -746,

        /// <summary>Timer has been canceled. (-745)</summary>
        BS_SDK_ERROR_TIMER_CANCELED = -745,

        /// <summary>Invalid link ID. (-744)</summary>
        BS_SDK_ERROR_INVALID_LINK_ID = -744,

        /// <summary>No more operators can be added. (-743)</summary>
        BS_SDK_ERROR_OPERATOR_FULL = -743,

        /// <summary>Cannot find cache data. (-742)</summary>
        BS_SDK_ERROR_CACHE_MISSED = -742,

        /// <summary>Unable to add more devices. (-741)</summary>
        BS_SDK_ERROR_READER_FULL = -741,

        /// <summary>No user profile picture. (-740)</summary>
        BS_SDK_ERROR_NO_USER_IMAGE = -740,

        /// <summary>User name not registered. (-739)</summary>
        BS_SDK_ERROR_NO_USER_NAME = -739,

        /// <summary>No registered PIN or fingerprint. (-738)</summary>
        BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL = -738,

        /// <summary>No registered PIN. (-737)</summary>
        BS_SDK_ERROR_NO_PIN_CREDENTIAL = -737,

        /// <summary>Card not registered. (-736)</summary>
        BS_SDK_ERROR_NO_CARD_CREDENTIAL = -736,

        /// <summary>No registered fingerprint. (-735)</summary>
        BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL = -735,

        /// <summary>No credentials. (-734)</summary>
        BS_SDK_ERROR_NO_CREDENTIAL = -734,

        /// <summary>No more time periods can be added for one day. (-733)</summary>
        BS_SDK_ERROR_TIME_PERIOD_FULL = -733,

        /// <summary>No more holidays can be added. (-732)</summary>
        BS_SDK_ERROR_HOLIDAY_FULL = -732,

        /// <summary>No more holiday groups can be added. (-731)</summary>
        BS_SDK_ERROR_HOLIDAY_GROUP_FULL = -731,

        /// <summary>Access schedule is full. (-730)</summary>
        BS_SDK_ERROR_ACCESS_SCHEDULE_FULL = -730,

        /// <summary>No more floor levels can be added. (-729)</summary>
        BS_SDK_ERROR_FLOOR_LEVEL_FULL = -729,

        /// <summary>No more access groups can be added. (-728)</summary>
        BS_SDK_ERROR_ACCESS_GROUP_FULL = -728,

        /// <summary>Not enough space in database. (-727)</summary>
        BS_SDK_ERROR_DB_SLOT_FULL = -727,

        /// <summary>No more door schedules can be added. (-726)</summary>
        BS_SDK_ERROR_DOOR_SCHEDULE_FULL = -726,

        /// <summary>Cannot find log. (-725)</summary>
        BS_SDK_ERROR_CANNOT_FIND_LOG = -725,

        /// <summary>There is no administrator. (-724)</summary>
        BS_SDK_ERROR_NO_ADMIN_USER = -724,

        /// <summary>Template format does not match the type of the server. (-723)</summary>
        BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH = -723,

        /// <summary>Cannot update fingerprint template. (-722)</summary>
        BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT = -722,

        /// <summary>Invalid sector data. (-721)</summary>
        BS_SDK_ERROR_SLOT_DATA_CHECKSUM = -721,

        /// <summary>User profile picture's size is too big. (-720)</summary>
        BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG = -720,

        /// <summary>No more profile pictures can be added. (-719)</summary>
        BS_SDK_ERROR_USER_IMAGE_FULL = -719,

        /// <summary>No more user names can be added. (-718)</summary>
        BS_SDK_ERROR_USER_NAME_FULL = -718,

        /// <summary>No more cards can be added to blacklist. (-717)</summary>
        BS_SDK_ERROR_BLACKLIST_FULL = -717,

        /// <summary>Invalid user ID. (-716)</summary>
        BS_SDK_ERROR_INVALID_USER_ID = -716,

        /// <summary>No more access levels can be added. (-715)</summary>
        BS_SDK_ERROR_ACCESS_LEVEL_FULL = -715,

        /// <summary>Cannot find user. (-714)</summary>
        BS_SDK_ERROR_CANNOT_FIND_USER = -714,

        /// <summary>Invalid log file. (-712)</summary>
        BS_SDK_ERROR_INVALID_LOG_FILE = -712,

        /// <summary>Invalid file header. (-711)</summary>
        BS_SDK_ERROR_NO_VALID_HDR_FILE = -711,

        /// <summary>No more cards can be added. (-710)</summary>
        BS_SDK_ERROR_CARD_FULL = -710,

        /// <summary>Duplicated Card. (-709)</summary>
        BS_SDK_ERROR_DUPLICATE_CARD = -709,

        /// <summary>No more fingerprints can be added. (-708)</summary>
        BS_SDK_ERROR_FINGERPRINT_FULL = -708,

        /// <summary>Fingerprint already enrolled. (-707)</summary>
        BS_SDK_ERROR_DUPLICATE_TEMPLATE = -707,

        /// <summary>No more users can be added. (-706)</summary>
        BS_SDK_ERROR_USER_FULL = -706,

        /// <summary>Duplicated ID. (-705)</summary>
        BS_SDK_ERROR_DUPLICATE_ID = -705,

        /// <summary>Cannot initialize Database. (-704)</summary>
        BS_SDK_ERROR_CANNOT_INIT_DB = -704,

        /// <summary>Invalid slot data. (-703)</summary>
        BS_SDK_ERROR_INVALID_SLOT_DATA = -703,

        /// <summary>Invalid slot number. (-702)</summary>
        BS_SDK_ERROR_INVALID_SLOT_NO = -702,

        /// <summary>The data is larger than the slot. (-701)</summary>
        BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT = -701,

        /// <summary>Invalid data file. (-700)</summary>
        BS_SDK_ERROR_INVALID_DATA_FILE = -700,

        /// <summary>Cannot set time. (-602)</summary>
        BS_SDK_ERROR_CANNOT_SET_TIME = -602,

        /// <summary>Timeout. (-601)</summary>
        BS_SDK_ERROR_TIMEOUT = -601,

        /// <summary>Not supported. (-600)</summary>
        BS_SDK_ERROR_NOT_SUPPORTED = -600,

        /// <summary>Empty output data of wiegand device. (-524)</summary>
        BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY = -524,

        /// <summary>Not enough output buffer space on wiegand device. (-523)</summary>
        BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL = -523,

        /// <summary>Not enough buffer space on miscellaneous device. (-522)</summary>
        BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL = -522,

        /// <summary>Not enough input buffer space on wiegand device. (-521)</summary>
        BS_SDK_ERROR_WIEGAND_QUEUE_FULL = -521,

        /// <summary>Not enough buffer space on input device. (-520)</summary>
        BS_SDK_ERROR_INPUT_QUEUE_FULL = -520,

        /// <summary>Invalid LCD packet. (-513)</summary>
        BS_SDK_ERROR_INVALID_LCD_PACKET = -513,

        /// <summary>Failed to read LCD packet. (-512)</summary>
        BS_SDK_ERROR_CANNOT_READ_LCD_PACKET = -512,

        /// <summary>Failed to write LCD packet. (-511)</summary>
        BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET = -511,

        /// <summary>Invalid LCD parameter. (-510)</summary>
        BS_SDK_ERROR_INVALID_LCD_PARAM = -510,

        /// <summary>Invalid intercom type. (-508)</summary>
        BS_SDK_ERROR_INVALID_INTERPHONE_TYPE = -508,

        /// <summary>Invalid port. (-507)</summary>
        BS_SDK_ERROR_INVALID_PORT = -507,

        /// <summary>Cannot set the duration of the input device. (-506)</summary>
        BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION = -506,

        /// <summary>Cannot enable the input device. (-505)</summary>
        BS_SDK_ERROR_CANNOT_ENABLE_INPUT = -505,

        /// <summary>Timeout during reading the input device. (-504)</summary>
        BS_SDK_ERROR_READ_INPUT_TIMEOUT = -504,

        /// <summary>Cannot read input device. (-503)</summary>
        BS_SDK_ERROR_CANNOT_READ_INPUT = -503,

        /// <summary>Failed to read I/O packet. (-502)</summary>
        BS_SDK_ERROR_CANNOT_READ_IO_PACKET = -502,

        /// <summary>Failed to write I/O packet. (-501)</summary>
        BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET = -501,

        /// <summary>Invalid Relay. (-500)</summary>
        BS_SDK_ERROR_INVALID_RELAY = -500,

        /// <summary>Directory is already open. (-408)</summary>
        BS_SDK_ERROR_ALREADY_OPEN_DIR = -408,

        /// <summary>Failed on data redundancy check. (-407)</summary>
        BS_SDK_ERROR_DATA_MISMATCH = -407,

        /// <summary>Cannot get system information. (-406)</summary>
        BS_SDK_ERROR_CANNOT_GET_SYSINFO = -406,

        /// <summary>Cannot get file status. (-405)</summary>
        BS_SDK_ERROR_CANNOT_GET_STAT = -405,

        /// <summary>Cannot read file. (-404)</summary>
        BS_SDK_ERROR_CANNOT_READ_FILE = -404,

        /// <summary>Cannot seek file. (-403)</summary>
        BS_SDK_ERROR_CANNOT_SEEK_FILE = -403,

        /// <summary>Cannot write on file. (-402)</summary>
        BS_SDK_ERROR_CANNOT_WRITE_FILE = -402,

        /// <summary>Cannot open file. (-401)</summary>
        BS_SDK_ERROR_CANNOT_OPEN_FILE = -401,

        /// <summary>Cannot open directory. (-400)</summary>
        BS_SDK_ERROR_CANNOT_OPEN_DIR = -400,

        /// <summary>Incompatible face template. (-332)</summary>
        BS_SDK_ERROR_INCOMPATIBLE_FACE = -332,

        /// <summary>Face matching failed. (-331)</summary>
        BS_SDK_ERROR_MATCH_FAIL = -331,

        /// <summary>Mouth is covered. (-330)</summary>
        BS_SDK_ERROR_OCCLUDED_MOUTH = -330,

        /// <summary>Face is not looking to the front. (-329)</summary>
        BS_SDK_ERROR_NOT_LOOKING_FRONT = -329,

        /// <summary>Eyes are not open. (-328)</summary>
        BS_SDK_ERROR_UNOPENED_EYES = -328,

        /// <summary>More than one face detected. (-327)</summary>
        BS_SDK_ERROR_OVERLAPPED_FACE = -327,

        /// <summary>Face is rotated too far. (-326)</summary>
        BS_SDK_ERROR_ROTATED_FACE = -326,

        /// <summary>Face is off center. (-325)</summary>
        BS_SDK_ERROR_BIASED_DETECTION = -325,

        /// <summary>Face is too close. (-324)</summary>
        BS_SDK_ERROR_LARGE_DETECTION = -324,

        /// <summary>Face is too far away. (-323)</summary>
        BS_SDK_ERROR_SMALL_DETECTION = -323,

        /// <summary>Failed to normalize face image. (-322)</summary>
        BS_SDK_ERROR_NORMALIZE_FACE = -322,

        /// <summary>Cannot estimate face pose. (-321)</summary>
        BS_SDK_ERROR_CANNOT_ESTIMATE = -321,

        /// <summary>Fake face detected. (-320)</summary>
        BS_SDK_ERROR_FAKE_FACE_DETECTED = -320,

        /// <summary>Face without a mask detected. (-319)</summary>
        BS_SDK_ERROR_UNMASKED_FACE_DETECTED = -319,

        /// <summary>Face scan failed. (-318)</summary>
        BS_SDK_ERROR_FACE_SCAN_FAILED = -318,

        /// <summary>Face scan canceled. (-317)</summary>
        BS_SDK_ERROR_FACE_SCAN_CANCELLED = -317,

        /// <summary>Face scan timeout. (-316)</summary>
        BS_SDK_ERROR_FACE_SCAN_TIMEOUT = -316,

        /// <summary>Cannot capture the face image. (-315)</summary>
        BS_SDK_ERROR_FACE_CAPTURE_FAIL = -315,

        /// <summary>Alias of <see cref="BS_SDK_ERROR_FACE_CAPTURE_FAIL"/> (-315).</summary>
        BS_SDK_ERROR_NO_FACE_DETECTED = -315,

        /// <summary>Face not registered. (-314)</summary>
        BS_SDK_ERROR_CANNOT_FIND_FACE = -314,

        /// <summary>Fake finger detection sensor error. (-313)</summary>
        BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR = -313,

        /// <summary>Possible fake finger; try again. (-312)</summary>
        BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN = -312,

        /// <summary>Fake finger detected. (-311)</summary>
        BS_SDK_ERROR_FAKE_FINGER_DETECTED = -311,

        /// <summary>Fingerprint not registered. (-310)</summary>
        BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT = -310,

        /// <summary>Low quality of captured fingerprint image. (-309)</summary>
        BS_SDK_ERROR_CAPTURE_LOW_QUALITY = -309,

        /// <summary>Need more information of fingerprint minutiae. (-308)</summary>
        BS_SDK_ERROR_EXTRACTION_LOW_QUALITY = -308,

        /// <summary>Not identical fingerprints. (-307)</summary>
        BS_SDK_ERROR_NOT_SAME_FINGERPRINT = -307,

        /// <summary>Fingerprint scan canceled. (-306)</summary>
        BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED = -306,

        /// <summary>Fingerprint scan timeout. (-305)</summary>
        BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT = -305,

        /// <summary>Cannot capture the fingerprint image. (-304)</summary>
        BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL = -304,

        /// <summary>Alias of <see cref="BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL"/> (-304).</summary>
        BS_SDK_ERROR_NO_FINGER_DETECTED = -304,

        /// <summary>Identification timeout. (-303)</summary>
        BS_SDK_ERROR_IDENTIFY_TIMEOUT = -303,

        /// <summary>Failed on 1:N identification. (-302)</summary>
        BS_SDK_ERROR_IDENTIFY_FAIL = -302,

        /// <summary>Failed on 1:1 verification. (-301)</summary>
        BS_SDK_ERROR_VERIFY_FAIL = -301,

        /// <summary>Cannot extract template data. (-300)</summary>
        BS_SDK_ERROR_EXTRACTION_FAIL = -300,

        /// <summary>Invalid code signature. (-210)</summary>
        BS_SDK_ERROR_INVALID_CODE_SIGN = -210,

        /// <summary>Invalid packet. (-209)</summary>
        BS_SDK_ERROR_NO_PACKET = -209,

        /// <summary>Packet sequence error due to unstable network connection. (-207)</summary>
        BS_SDK_ERROR_PACKET_SEQUENCE = -207,

        /// <summary>Invalid command. (-206)</summary>
        BS_SDK_ERROR_PACKET_COMMAND = -206,

        /// <summary>Packet data may be lost. (-205)</summary>
        BS_SDK_ERROR_PACKET_INDEX = -205,

        /// <summary>Packet data's checksum is not correct. (-204)</summary>
        BS_SDK_ERROR_PACKET_CHECKSUM = -204,

        /// <summary>Invalid device type. (-203)</summary>
        BS_SDK_ERROR_INVALID_DEVICE_TYPE = -203,

        /// <summary>Invalid device ID. (-202)</summary>
        BS_SDK_ERROR_INVALID_DEVICE_ID = -202,

        /// <summary>Invalid packet. (-201)</summary>
        BS_SDK_ERROR_INVALID_PACKET = -201,

        /// <summary>Invalid parameter. (-200)</summary>
        BS_SDK_ERROR_INVALID_PARAM = -200,

        /// <summary>Invalid address. (-116)</summary>
        BS_SDK_ERROR_INVALID_ADDRESS = -116,

        /// <summary>IPv6 not supported. (-115)</summary>
        BS_SDK_ERROR_NOT_SUPPORTED_IPV6 = -115,

        /// <summary>Not enough buffer space. (-114)</summary>
        BS_SDK_ERROR_NOT_ENOUGTH_BUFFER = -114,

        /// <summary>Specified device information not supported. (-113)</summary>
        BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO = -113,

        /// <summary>IPv6 is not enabled. (-112)</summary>
        BS_SDK_ERROR_IPV6_IS_NOT_ENABLE = -112,

        /// <summary>IPv4 is not enabled. (-111)</summary>
        BS_SDK_ERROR_IPV4_IS_NOT_ENABLE = -111,

        /// <summary>Already in progress. (-110)</summary>
        BS_SDK_ERROR_SOCKET_IN_PROGRESS = -110,

        /// <summary>Socket not set to listen. (-109)</summary>
        BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED = -109,

        /// <summary>Cannot use socket. (-108)</summary>
        BS_SDK_ERROR_SOCKET_IS_NOT_OPEN = -108,

        /// <summary>Not connected to socket. (-107)</summary>
        BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED = -107,

        /// <summary>Cannot write on socket. (-106)</summary>
        BS_SDK_ERROR_CANNOT_WRITE_SOCKET = -106,

        /// <summary>Cannot read from socket. (-105)</summary>
        BS_SDK_ERROR_CANNOT_READ_SOCKET = -105,

        /// <summary>Cannot accept socket. (-104)</summary>
        BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET = -104,

        /// <summary>Cannot set socket to listen for connections. (-103)</summary>
        BS_SDK_ERROR_CANNOT_LISTEN_SOCKET = -103,

        /// <summary>Cannot connect to socket. (-102)</summary>
        BS_SDK_ERROR_CANNOT_CONNECT_SOCKET = -102,

        /// <summary>Cannot create a socket. (-101)</summary>
        BS_SDK_ERROR_CANNOT_OPEN_SOCKET = -101,

        /// <summary>Device driver error. (-1)</summary>
        BS_SDK_ERROR_FROM_DEVICE_DRIVER = -1,

        /// <summary>Success. (1)</summary>
        BS_SDK_SUCCESS = 1,

        /// <summary>Authenticated as duress fingerprint. (2)</summary>
        BS_SDK_DURESS_SUCCESS = 2,

        /// <summary>First user has been authenticated. (3)</summary>
        BS_SDK_FIRST_AUTH_SUCCESS = 3,

        /// <summary>Second user has been authenticated. (4)</summary>
        BS_SDK_SECOND_AUTH_SUCCESS = 4,

        /// <summary>Success on dual authentication. (5)</summary>
        BS_SDK_DUAL_AUTH_SUCCESS = 5,

        /// <summary>Authenticated through Wiegand bypass. (11)</summary>
        BS_SDK_WIEGAND_BYPASS_SUCCESS = 11,

        /// <summary>Anonymous authentication succeeded. (12)</summary>
        BS_SDK_ANONYMOUS_SUCCESS = 12,

        /// <summary>Access granted by lock override. (13)</summary>
        BS_SDK_LOCKOVERRIDE_SUCCESS = 13,
    }
}
