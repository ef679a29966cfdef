/* generated — do not edit. Rendered by `cargo xtask generate` from data/codes.tsv and data/categories.tsv;
 * edit the data and regenerate (a test fails when this file is stale).
 *
 * The expectations of the C tests (c_tests/expect.h): the data, never the library under test.
 */
#ifndef BS_ERRNO_EXPECTED_TABLE_H
#define BS_ERRNO_EXPECTED_TABLE_H

#include "BS_Errno.h"

#define BS_REF_ROW_COUNT 349
#define BS_REF_CODE_COUNT 339
#define BS_REF_ALIAS_COUNT 10
#define BS_REF_LONGEST_NAME "BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION"
#define BS_REF_LONGEST_NAME_LENGTH 48
#define BS_REF_CATEGORY_COUNT 25

typedef struct BsRefRow {
    const char *name;
    int header_value;               /* the macro, as BS_Errno.h defines it */
    int value;                      /* the code column of the data file */
    int is_alias;
    const char *alias_of;
    int deprecated;
    const char *category;           /* the category whose range holds the code */
    BsErrorCategory category_constant;
    const char *deprecated_since;
    const char *description;
} BsRefRow;

typedef struct BsRefCategory {
    BsErrorCategory constant;       /* as BS_Errno.h defines it */
    int number;                     /* its number in data/categories.tsv */
    const char *name;
} BsRefCategory;

typedef struct BsRefRange {
    int low;
    int high;
    const char *category;
} BsRefRange;

/* Deprecated aliases are used on purpose here; the warning they raise is tested elsewhere. */
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif

static const BsRefRow BS_REF_ROWS[BS_REF_ROW_COUNT] = {
    { "BS_SDK_ERROR_INITIALIZE_NOTIFYMGR", BS_SDK_ERROR_INITIALIZE_NOTIFYMGR, -10202, 0, "", 0, "sdk", BS_ERROR_CATEGORY_SDK, "", "Failed to initialize the SDK notification manager." },
    { "BS_SDK_ERROR_INITIALIZE_FILELOG", BS_SDK_ERROR_INITIALIZE_FILELOG, -10201, 0, "", 0, "sdk", BS_ERROR_CATEGORY_SDK, "", "Failed to initialize the SDK file log." },
    { "BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND", BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND, -10105, 0, "", 0, "mobile_access", BS_ERROR_CATEGORY_MOBILE_ACCESS, "", "Cannot find mobile device." },
    { "BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT", BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT, -10104, 0, "", 0, "mobile_access", BS_ERROR_CATEGORY_MOBILE_ACCESS, "", "Failed to add mobile device." },
    { "BS_SDK_ERROR_MOBILE_NOT_LOGIN", BS_SDK_ERROR_MOBILE_NOT_LOGIN, -10103, 0, "", 0, "mobile_access", BS_ERROR_CATEGORY_MOBILE_ACCESS, "", "Not logged in to the mobile access service." },
    { "BS_SDK_ERROR_MOBILE_NO_RESPONSE", BS_SDK_ERROR_MOBILE_NO_RESPONSE, -10101, 0, "", 0, "mobile_access", BS_ERROR_CATEGORY_MOBILE_ACCESS, "", "No response from the mobile access service." },
    { "BS_SDK_ERROR_MOBILE_STATUS_FAULT", BS_SDK_ERROR_MOBILE_STATUS_FAULT, -10100, 0, "", 0, "mobile_access", BS_ERROR_CATEGORY_MOBILE_ACCESS, "", "Mobile access service reported a fault status." },
    { "BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE", BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE, -10011, 0, "", 0, "sdk", BS_ERROR_CATEGORY_SDK, "", "Unknown fingerprint template format." },
    { "BS_SDK_ERROR_INVALID_SCHEDULE_ID", BS_SDK_ERROR_INVALID_SCHEDULE_ID, -10010, 0, "", 0, "sdk", BS_ERROR_CATEGORY_SDK, "", "Invalid schedule ID." },
    { "BS_SDK_ERROR_INVALID_FILE_FORMAT", BS_SDK_ERROR_INVALID_FILE_FORMAT, -10009, 0, "", 0, "sdk", BS_ERROR_CATEGORY_SDK, "", "Invalid file format." },
    { "BS_SDK_ERROR_INTERNAL", BS_SDK_ERROR_INTERNAL, -10008, 0, "", 0, "sdk", BS_ERROR_CATEGORY_SDK, "", "Internal SDK error." },
    { "BS_SDK_ERROR_DEVICE_BUSY", BS_SDK_ERROR_DEVICE_BUSY, -10007, 0, "", 0, "sdk", BS_ERROR_CATEGORY_SDK, "", "Device cannot response." },
    { "BS_SDK_ERROR_DECRYPT", BS_SDK_ERROR_DECRYPT, -10006, 0, "", 0, "sdk", BS_ERROR_CATEGORY_SDK, "", "Failed on decryption." },
    { "BS_SDK_ERROR_ENCRYPT", BS_SDK_ERROR_ENCRYPT, -10005, 0, "", 0, "sdk", BS_ERROR_CATEGORY_SDK, "", "Failed on encryption." },
    { "BS_SDK_ERROR_EXIST", BS_SDK_ERROR_EXIST, -10004, 0, "", 0, "sdk", BS_ERROR_CATEGORY_SDK, "", "Already exists." },
    { "BS_SDK_ERROR_CANCELED", BS_SDK_ERROR_CANCELED, -10003, 0, "", 0, "sdk", BS_ERROR_CATEGORY_SDK, "", "Canceled." },
    { "BS_SDK_ERROR_CANNOT_RUN_SERVICE", BS_SDK_ERROR_CANNOT_RUN_SERVICE, -10002, 0, "", 0, "sdk", BS_ERROR_CATEGORY_SDK, "", "Cannot run SDK service." },
    { "BS_SDK_ERROR_UNINITIALIZED", BS_SDK_ERROR_UNINITIALIZED, -10001, 0, "", 0, "sdk", BS_ERROR_CATEGORY_SDK, "", "SDK not initialized." },
    { "BS_SDK_ERROR_NULL_POINTER", BS_SDK_ERROR_NULL_POINTER, -10000, 0, "", 0, "sdk", BS_ERROR_CATEGORY_SDK, "", "Wrong pointer." },
    { "BS_SDK_ERROR_UZ_ADD_FAIL", BS_SDK_ERROR_UZ_ADD_FAIL, -4024, 0, "", 0, "wireless_lock", BS_ERROR_CATEGORY_WIRELESS_LOCK, "", "Failed to add wireless lock." },
    { "BS_SDK_ERROR_UZ_SPEC_FULL", BS_SDK_ERROR_UZ_SPEC_FULL, -4023, 0, "", 0, "wireless_lock", BS_ERROR_CATEGORY_WIRELESS_LOCK, "", "No more wireless lock specifications can be added." },
    { "BS_SDK_ERROR_UZ_CHANNEL_FULL", BS_SDK_ERROR_UZ_CHANNEL_FULL, -4022, 0, "", 0, "wireless_lock", BS_ERROR_CATEGORY_WIRELESS_LOCK, "", "No more wireless lock channels can be added." },
    { "BS_SDK_ERROR_UZ_ENABLE_FULL", BS_SDK_ERROR_UZ_ENABLE_FULL, -4021, 0, "", 0, "wireless_lock", BS_ERROR_CATEGORY_WIRELESS_LOCK, "", "No more wireless locks can be enabled." },
    { "BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO", BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO, -4020, 0, "", 0, "wireless_lock", BS_ERROR_CATEGORY_WIRELESS_LOCK, "", "No wireless locks are enabled." },
    { "BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE", BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE, -4017, 0, "", 0, "license", BS_ERROR_CATEGORY_LICENSE, "", "License does not match the device." },
    { "BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL", BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL, -4016, 0, "", 0, "license", BS_ERROR_CATEGORY_LICENSE, "", "License was only partially enabled." },
    { "BS_SDK_ERROR_LICENSE_JSON_FORMAT", BS_SDK_ERROR_LICENSE_JSON_FORMAT, -4015, 0, "", 0, "license", BS_ERROR_CATEGORY_LICENSE, "", "Invalid license JSON format." },
    { "BS_SDK_ERROR_LICENSE_PARRING_JSON", BS_SDK_ERROR_LICENSE_PARRING_JSON, -4014, 0, "", 0, "license", BS_ERROR_CATEGORY_LICENSE, "", "Failed to parse license JSON." },
    { "BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH", BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH, -4013, 0, "", 0, "license", BS_ERROR_CATEGORY_LICENSE, "", "Invalid license payload length." },
    { "BS_SDK_ERROR_LICENSE_FILE_NOT_VALID", BS_SDK_ERROR_LICENSE_FILE_NOT_VALID, -4012, 0, "", 0, "license", BS_ERROR_CATEGORY_LICENSE, "", "Invalid license file." },
    { "BS_SDK_ERROR_LICENSE_CRC", BS_SDK_ERROR_LICENSE_CRC, -4011, 0, "", 0, "license", BS_ERROR_CATEGORY_LICENSE, "", "License checksum error." },
    { "BS_SDK_ERROR_NO_LICENSE", BS_SDK_ERROR_NO_LICENSE, -4010, 0, "", 0, "license", BS_ERROR_CATEGORY_LICENSE, "", "No license." },
    { "BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE", BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE, -4009, 0, "", 0, "osdp", BS_ERROR_CATEGORY_OSDP, "", "OSDP slave device disconnected." },
    { "BS_SDK_ERROR_FAIL_SLAVE_SET_KEY", BS_SDK_ERROR_FAIL_SLAVE_SET_KEY, -4008, 0, "", 0, "osdp", BS_ERROR_CATEGORY_OSDP, "", "Failed to set the secure key on the OSDP slave device." },
    { "BS_SDK_ERROR_FAIL_MASTER_SET_KEY", BS_SDK_ERROR_FAIL_MASTER_SET_KEY, -4007, 0, "", 0, "osdp", BS_ERROR_CATEGORY_OSDP, "", "Failed to set the secure key on the OSDP master device." },
    { "BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID", BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID, -4006, 0, "", 0, "osdp", BS_ERROR_CATEGORY_OSDP, "", "Invalid OSDP device ID." },
    { "BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE", BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE, -4005, 0, "", 0, "osdp", BS_ERROR_CATEGORY_OSDP, "", "Failed to update OSDP device." },
    { "BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE", BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE, -4004, 0, "", 0, "osdp", BS_ERROR_CATEGORY_OSDP, "", "Failed to add OSDP device." },
    { "BS_SDK_ERROR_DUPLICATE_OSDP_ID", BS_SDK_ERROR_DUPLICATE_OSDP_ID, -4003, 0, "", 0, "osdp", BS_ERROR_CATEGORY_OSDP, "", "Duplicated OSDP ID." },
    { "BS_SDK_ERROR_ALREADY_FULL_SLAVES", BS_SDK_ERROR_ALREADY_FULL_SLAVES, -4002, 0, "", 0, "osdp", BS_ERROR_CATEGORY_OSDP, "", "No more OSDP slave devices can be added." },
    { "BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL", BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL, -4001, 0, "", 0, "osdp", BS_ERROR_CATEGORY_OSDP, "", "Channel is not an OSDP standard channel." },
    { "BS_SDK_ERROR_MOBILE_PORTAL", BS_SDK_ERROR_MOBILE_PORTAL, -3100, 0, "", 0, "mobile_access", BS_ERROR_CATEGORY_MOBILE_ACCESS, "", "Mobile access portal error." },
    { "BS_SDK_ERROR_SSL_VERIFY_KEY", BS_SDK_ERROR_SSL_VERIFY_KEY, -3007, 0, "", 0, "ssl", BS_ERROR_CATEGORY_SSL, "", "Failed to verify SSL key." },
    { "BS_SDK_ERROR_SSL_INVALID_KEY", BS_SDK_ERROR_SSL_INVALID_KEY, -3006, 0, "", 0, "ssl", BS_ERROR_CATEGORY_SSL, "", "Invalid SSL key." },
    { "BS_SDK_ERROR_SSL_VERIFY_CERT", BS_SDK_ERROR_SSL_VERIFY_CERT, -3005, 0, "", 0, "ssl", BS_ERROR_CATEGORY_SSL, "", "Failed to verify SSL certificate." },
    { "BS_SDK_ERROR_SSL_VERIFY_CA", BS_SDK_ERROR_SSL_VERIFY_CA, -3005, 1, "BS_SDK_ERROR_SSL_VERIFY_CERT", 1, "ssl", BS_ERROR_CATEGORY_SSL, "2.7.2", "" },
    { "BS_SDK_ERROR_SSL_INVALID_CERT", BS_SDK_ERROR_SSL_INVALID_CERT, -3004, 0, "", 0, "ssl", BS_ERROR_CATEGORY_SSL, "", "Invalid SSL certificate." },
    { "BS_SDK_ERROR_SSL_INVALID_CA", BS_SDK_ERROR_SSL_INVALID_CA, -3004, 1, "BS_SDK_ERROR_SSL_INVALID_CERT", 1, "ssl", BS_ERROR_CATEGORY_SSL, "2.7.2", "" },
    { "BS_SDK_ERROR_SSL_ALREADY_CONNECTED", BS_SDK_ERROR_SSL_ALREADY_CONNECTED, -3003, 0, "", 0, "ssl", BS_ERROR_CATEGORY_SSL, "", "SSL connection already established." },
    { "BS_SDK_ERROR_SSL_CANNOT_CONNECT", BS_SDK_ERROR_SSL_CANNOT_CONNECT, -3002, 0, "", 0, "ssl", BS_ERROR_CATEGORY_SSL, "", "Cannot establish SSL connection." },
    { "BS_SDK_ERROR_SSL_IS_NOT_CONNECTED", BS_SDK_ERROR_SSL_IS_NOT_CONNECTED, -3002, 1, "BS_SDK_ERROR_SSL_CANNOT_CONNECT", 1, "ssl", BS_ERROR_CATEGORY_SSL, "2.7.2", "" },
    { "BS_SDK_ERROR_SSL_NOT_SUPPORTED", BS_SDK_ERROR_SSL_NOT_SUPPORTED, -3001, 0, "", 0, "ssl", BS_ERROR_CATEGORY_SSL, "", "SSL not supported." },
    { "BS_SDK_ERROR_SSL_EXIST", BS_SDK_ERROR_SSL_EXIST, -3001, 1, "BS_SDK_ERROR_SSL_NOT_SUPPORTED", 1, "ssl", BS_ERROR_CATEGORY_SSL, "2.7.2", "SSL already exists." },
    { "BS_SDK_ERROR_SSL_INIT", BS_SDK_ERROR_SSL_INIT, -3000, 0, "", 0, "ssl", BS_ERROR_CATEGORY_SSL, "", "Failed to initialize SSL." },
    { "BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED", BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED, -2007, 0, "", 0, "misc", BS_ERROR_CATEGORY_MISC, "", "Firmware upgrade not supported." },
    { "BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY", BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY, -2006, 0, "", 0, "misc", BS_ERROR_CATEGORY_MISC, "", "Not enough memory for firmware upgrade." },
    { "BS_SDK_ERROR_CANNOT_SEND_TO_SERVER", BS_SDK_ERROR_CANNOT_SEND_TO_SERVER, -2005, 0, "", 0, "misc", BS_ERROR_CATEGORY_MISC, "", "Cannot send data to server." },
    { "BS_SDK_ERROR_DEVICE_LOCKED", BS_SDK_ERROR_DEVICE_LOCKED, -2004, 0, "", 0, "misc", BS_ERROR_CATEGORY_MISC, "", "Device is locked." },
    { "BS_SDK_ERROR_CANNOT_UPGRADE", BS_SDK_ERROR_CANNOT_UPGRADE, -2003, 0, "", 0, "misc", BS_ERROR_CATEGORY_MISC, "", "Failed on upgrade." },
    { "BS_SDK_ERROR_ALLOC_MEM", BS_SDK_ERROR_ALLOC_MEM, -2002, 0, "", 0, "misc", BS_ERROR_CATEGORY_MISC, "", "Failed to allocate memory." },
    { "BS_SDK_ERROR_FILE_IO", BS_SDK_ERROR_FILE_IO, -2000, 0, "", 0, "misc", BS_ERROR_CATEGORY_MISC, "", "Failed on file I/O operation." },
    { "BS_SDK_ERROR_CANNOT_EXECUTE_THREAD", BS_SDK_ERROR_CANNOT_EXECUTE_THREAD, -1507, 0, "", 0, "system", BS_ERROR_CATEGORY_SYSTEM, "", "Cannot start thread." },
    { "BS_SDK_ERROR_CANNOT_DETECT_FACE", BS_SDK_ERROR_CANNOT_DETECT_FACE, -1506, 0, "", 0, "system", BS_ERROR_CATEGORY_SYSTEM, "", "Cannot detect face." },
    { "BS_SDK_ERROR_CAMERA_CAPTURE_FAIL", BS_SDK_ERROR_CAMERA_CAPTURE_FAIL, -1505, 0, "", 0, "system", BS_ERROR_CATEGORY_SYSTEM, "", "Failed to capture image with the camera." },
    { "BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL", BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL, -1504, 0, "", 0, "system", BS_ERROR_CATEGORY_SYSTEM, "", "Unable to remove the Jpeg encoder." },
    { "BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED", BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED, -1503, 0, "", 0, "system", BS_ERROR_CATEGORY_SYSTEM, "", "Failed to initialize Jpeg encoder." },
    { "BS_SDK_ERROR_CANNOT_ENCODE_JPEG", BS_SDK_ERROR_CANNOT_ENCODE_JPEG, -1502, 0, "", 0, "system", BS_ERROR_CATEGORY_SYSTEM, "", "Cannot encode to JPEG." },
    { "BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL", BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL, -1501, 0, "", 0, "system", BS_ERROR_CATEGORY_SYSTEM, "", "Failed to initialize the JPEG encoder." },
    { "BS_SDK_ERROR_CAMERA_INIT_FAIL", BS_SDK_ERROR_CAMERA_INIT_FAIL, -1500, 0, "", 0, "system", BS_ERROR_CATEGORY_SYSTEM, "", "Failed to initialize the camera." },
    { "BS_SDK_ERROR_INVALID_PASSWORD", BS_SDK_ERROR_INVALID_PASSWORD, -1400, 0, "", 0, "operation", BS_ERROR_CATEGORY_OPERATION, "", "Invalid password." },
    { "BS_SDK_ERROR_CANNOT_FIND_CARD", BS_SDK_ERROR_CANNOT_FIND_CARD, -1310, 0, "", 0, "card", BS_ERROR_CATEGORY_CARD, "", "Cannot find card." },
    { "BS_SDK_ERROR_CARD_CANNOT_SEND_DATA", BS_SDK_ERROR_CARD_CANNOT_SEND_DATA, -1308, 0, "", 0, "card", BS_ERROR_CATEGORY_CARD, "", "Failed to send card data." },
    { "BS_SDK_ERROR_CARD_READ_CANCELLED", BS_SDK_ERROR_CARD_READ_CANCELLED, -1307, 0, "", 0, "card", BS_ERROR_CATEGORY_CARD, "", "Card read canceled." },
    { "BS_SDK_ERROR_CARD_READ_TIMEOUT", BS_SDK_ERROR_CARD_READ_TIMEOUT, -1306, 0, "", 0, "card", BS_ERROR_CATEGORY_CARD, "", "Card read timeout." },
    { "BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA", BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA, -1305, 0, "", 0, "card", BS_ERROR_CATEGORY_CARD, "", "Cannot write data on card." },
    { "BS_SDK_ERROR_CARD_CIS_CRC", BS_SDK_ERROR_CARD_CIS_CRC, -1304, 0, "", 0, "card", BS_ERROR_CATEGORY_CARD, "", "CIS checksum error." },
    { "BS_SDK_ERROR_CARD_CANNOT_READ_DATA", BS_SDK_ERROR_CARD_CANNOT_READ_DATA, -1303, 0, "", 0, "card", BS_ERROR_CATEGORY_CARD, "", "Cannot read data from card." },
    { "BS_SDK_ERROR_CARD_NOT_ACTIVATED", BS_SDK_ERROR_CARD_NOT_ACTIVATED, -1302, 0, "", 0, "card", BS_ERROR_CATEGORY_CARD, "", "Card has not been activated." },
    { "BS_SDK_ERROR_CARD_INIT_FAIL", BS_SDK_ERROR_CARD_INIT_FAIL, -1301, 0, "", 0, "card", BS_ERROR_CATEGORY_CARD, "", "Failed to initialize card." },
    { "BS_SDK_ERROR_CARD_IO", BS_SDK_ERROR_CARD_IO, -1300, 0, "", 0, "card", BS_ERROR_CATEGORY_CARD, "", "Unsupported Card I/O." },
    { "BS_SDK_ERROR_LIFT_LOCK_VIOLATION", BS_SDK_ERROR_LIFT_LOCK_VIOLATION, -1230, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Lift lock rules violated." },
    { "BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL", BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL, -1229, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "No more lift lock/unlock zones can be added." },
    { "BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION", BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION, -1228, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Hard authentication limit rules violated." },
    { "BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION", BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION, -1227, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Soft authentication limit rules violated." },
    { "BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION", BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION, -1226, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "User exceeded the authentication limit." },
    { "BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION", BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION, -1225, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Authentication count limit exceeded." },
    { "BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION", BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION, -1224, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Authentication limit schedule violated." },
    { "BS_SDK_ERROR_INTERLOCK_ZONE_FULL", BS_SDK_ERROR_INTERLOCK_ZONE_FULL, -1223, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "No more interlock zones can be added." },
    { "BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION", BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION, -1222, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Interlock zone input rules violated." },
    { "BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION", BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION, -1221, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Interlock zone door rules violated." },
    { "BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION", BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION, -1220, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Soft entrance time limit violated." },
    { "BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION", BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION, -1219, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Hard entrance time limit violated." },
    { "BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION", BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION, -1218, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Soft entrance count limit violated." },
    { "BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION", BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION, -1217, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Hard entrance count limit violated." },
    { "BS_SDK_ERROR_CANNOT_FIND_ARM_CARD", BS_SDK_ERROR_CANNOT_FIND_ARM_CARD, -1216, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Cannot find arming card." },
    { "BS_SDK_ERROR_CANNOT_DISARM", BS_SDK_ERROR_CANNOT_DISARM, -1215, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Cannot disarm intrusion alarm zone." },
    { "BS_SDK_ERROR_CANNOT_ARM", BS_SDK_ERROR_CANNOT_ARM, -1214, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Cannot arm intrusion alarm zone." },
    { "BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL", BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL, -1213, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "No more intrusion alarm zones can be added." },
    { "BS_SDK_ERROR_INACTIVE_ZONE", BS_SDK_ERROR_INACTIVE_ZONE, -1212, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Inactive zone." },
    { "BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL", BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL, -1211, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Cannot add more scheduled lock/unlock zone." },
    { "BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL", BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL, -1210, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Cannot add more fire alarm zone." },
    { "BS_SDK_ERROR_TIMED_APB_ZONE_FULL", BS_SDK_ERROR_TIMED_APB_ZONE_FULL, -1209, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Cannot add more Timed APB zone." },
    { "BS_SDK_ERROR_APB_ZONE_FULL", BS_SDK_ERROR_APB_ZONE_FULL, -1208, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "No more APB zones can be added." },
    { "BS_SDK_ERROR_SET_FIRE_ALARM", BS_SDK_ERROR_SET_FIRE_ALARM, -1208, 1, "BS_SDK_ERROR_APB_ZONE_FULL", 1, "zone", BS_ERROR_CATEGORY_ZONE, "2.7.2", "Cannot set fire alarm." },
    { "BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION", BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION, -1207, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Intrusion alarm rules violated." },
    { "BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION", BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION, -1207, 1, "BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION", 1, "zone", BS_ERROR_CATEGORY_ZONE, "2.7.0.0", "Invalid user attempted access in the unlock schedule." },
    { "BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION", BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION, -1206, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Invalid user attempted access in the lock schedule." },
    { "BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION", BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION, -1205, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Timed Soft APB rules violated." },
    { "BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION", BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION, -1204, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Timed Hard APB rules violated." },
    { "BS_SDK_ERROR_SOFT_APB_VIOLATION", BS_SDK_ERROR_SOFT_APB_VIOLATION, -1203, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Soft APB rules violated." },
    { "BS_SDK_ERROR_HARD_APB_VIOLATION", BS_SDK_ERROR_HARD_APB_VIOLATION, -1202, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Hard APB rules violated." },
    { "BS_SDK_ERROR_SET_ZONE", BS_SDK_ERROR_SET_ZONE, -1201, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "No more zones can be added." },
    { "BS_SDK_ERROR_ZONE_FULL", BS_SDK_ERROR_ZONE_FULL, -1201, 1, "BS_SDK_ERROR_SET_ZONE", 1, "zone", BS_ERROR_CATEGORY_ZONE, "2.6.0", "No more zones can be added." },
    { "BS_SDK_ERROR_CANNOT_FIND_ZONE", BS_SDK_ERROR_CANNOT_FIND_ZONE, -1200, 0, "", 0, "zone", BS_ERROR_CATEGORY_ZONE, "", "Unregistered zone." },
    { "BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED", BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED, -1135, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Fingerprint or PIN is required." },
    { "BS_SDK_FACE_OR_PIN_AUTH_REQUIRED", BS_SDK_FACE_OR_PIN_AUTH_REQUIRED, -1134, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Face or PIN is required." },
    { "BS_SDK_FINGERPRINT_AUTH_REQUIRED", BS_SDK_FINGERPRINT_AUTH_REQUIRED, -1133, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Fingerprint authentication is required." },
    { "BS_SDK_FACE_AUTH_REQUIRED", BS_SDK_FACE_AUTH_REQUIRED, -1132, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Face authentication is required." },
    { "BS_SDK_THERMAL_CHECK_REQUIRED", BS_SDK_THERMAL_CHECK_REQUIRED, -1131, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Temperature check is required." },
    { "BS_SDK_MASK_CHECK_REQUIRED", BS_SDK_MASK_CHECK_REQUIRED, -1130, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Mask check is required." },
    { "BS_SDK_ERROR_UNMASKED_FACE_VIOLATION", BS_SDK_ERROR_UNMASKED_FACE_VIOLATION, -1129, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Access denied without a mask." },
    { "BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE", BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE, -1128, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Cannot measure temperature." },
    { "BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION", BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION, -1127, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Access denied for high temperature." },
    { "BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION", BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION, -1126, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Anti-tailgating rules violated." },
    { "BS_SDK_ERROR_IDENTIFICATION_REQUIRED", BS_SDK_ERROR_IDENTIFICATION_REQUIRED, -1125, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Identification is required." },
    { "BS_SDK_ERROR_AUTH_GROUP_REQUIRED", BS_SDK_ERROR_AUTH_GROUP_REQUIRED, -1124, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Authentication group is required." },
    { "BS_SDK_ERROR_AUTH_FAIL", BS_SDK_ERROR_AUTH_FAIL, -1123, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Authentication failed." },
    { "BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL", BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL, -1122, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Cannot find floor level." },
    { "BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL", BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL, -1121, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Server matching refused." },
    { "BS_SDK_ERROR_TNA_CODE_REQUIRED", BS_SDK_ERROR_TNA_CODE_REQUIRED, -1120, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "T&A code required." },
    { "BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED", BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED, -1119, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Fingerprint or PIN required." },
    { "BS_SDK_ERROR_PIN_AUTH_REQUIRED", BS_SDK_ERROR_PIN_AUTH_REQUIRED, -1118, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "PIN is required." },
    { "BS_SDK_ERROR_CARD_AUTH_REQUIRED", BS_SDK_ERROR_CARD_AUTH_REQUIRED, -1117, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Card is required." },
    { "BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED", BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED, -1116, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Fingerprint is required." },
    { "BS_SDK_ERROR_DUAL_AUTH_FAIL", BS_SDK_ERROR_DUAL_AUTH_FAIL, -1115, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Failed on dual authentication." },
    { "BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL", BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL, -1114, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Invalid credentials in current schedule." },
    { "BS_SDK_ERROR_AUTH_UNEXPECTED_USER", BS_SDK_ERROR_AUTH_UNEXPECTED_USER, -1113, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "User information is not matched with the credentials." },
    { "BS_SDK_ERROR_INVALID_AUTH_MODE", BS_SDK_ERROR_INVALID_AUTH_MODE, -1112, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Invalid authentication mode." },
    { "BS_SDK_ERROR_DUAL_AUTH_TIMEOUT", BS_SDK_ERROR_DUAL_AUTH_TIMEOUT, -1111, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Dual authentication timeout." },
    { "BS_SDK_ERROR_AUTH_TIMEOUT", BS_SDK_ERROR_AUTH_TIMEOUT, -1110, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Authentication timeout." },
    { "BS_SDK_ERROR_CANNOT_FIND_BLACKLIST", BS_SDK_ERROR_CANNOT_FIND_BLACKLIST, -1109, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Blacklist doesn't exist." },
    { "BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP", BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP, -1108, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Cannot find holiday group." },
    { "BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE", BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE, -1107, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Cannot find access schedule." },
    { "BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL", BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL, -1106, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Cannot find access level." },
    { "BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP", BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP, -1105, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Cannot find access group." },
    { "BS_SDK_ERROR_BLACKLIST", BS_SDK_ERROR_BLACKLIST, -1104, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Card registered to blacklist." },
    { "BS_SDK_ERROR_EXPIRED", BS_SDK_ERROR_EXPIRED, -1103, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Time expired." },
    { "BS_SDK_ERROR_NOT_YET_VALID", BS_SDK_ERROR_NOT_YET_VALID, -1102, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Not valid yet." },
    { "BS_SDK_ERROR_DISABLED", BS_SDK_ERROR_DISABLED, -1101, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Disabled user." },
    { "BS_SDK_ERROR_ACCESS_RULE_VIOLATION", BS_SDK_ERROR_ACCESS_RULE_VIOLATION, -1100, 0, "", 0, "access_control", BS_ERROR_CATEGORY_ACCESS_CONTROL, "", "Access rules violated." },
    { "BS_SDK_ERROR_LIFT_FULL", BS_SDK_ERROR_LIFT_FULL, -1006, 0, "", 0, "door", BS_ERROR_CATEGORY_DOOR, "", "No more lifts can be added." },
    { "BS_SDK_ERROR_CANNOT_FIND_LIFT", BS_SDK_ERROR_CANNOT_FIND_LIFT, -1005, 0, "", 0, "door", BS_ERROR_CATEGORY_DOOR, "", "Cannot find lift." },
    { "BS_SDK_ERROR_CANNOT_RELEASE_DOOR", BS_SDK_ERROR_CANNOT_RELEASE_DOOR, -1004, 0, "", 0, "door", BS_ERROR_CATEGORY_DOOR, "", "Failed to release door." },
    { "BS_SDK_ERROR_CANNOT_UNLOCK_DOOR", BS_SDK_ERROR_CANNOT_UNLOCK_DOOR, -1003, 0, "", 0, "door", BS_ERROR_CATEGORY_DOOR, "", "Cannot unlock door." },
    { "BS_SDK_ERROR_CANNOT_LOCK_DOOR", BS_SDK_ERROR_CANNOT_LOCK_DOOR, -1002, 0, "", 0, "door", BS_ERROR_CATEGORY_DOOR, "", "Cannot lock door." },
    { "BS_SDK_ERROR_DOOR_FULL", BS_SDK_ERROR_DOOR_FULL, -1001, 0, "", 0, "door", BS_ERROR_CATEGORY_DOOR, "", "No more doors can be added." },
    { "BS_SDK_ERROR_CANNOT_FIND_DOOR", BS_SDK_ERROR_CANNOT_FIND_DOOR, -1000, 0, "", 0, "door", BS_ERROR_CATEGORY_DOOR, "", "Cannot find door." },
    { "BS_SDK_ERROR_CANNOT_DEL_DEVICE", BS_SDK_ERROR_CANNOT_DEL_DEVICE, -913, 0, "", 0, "device", BS_ERROR_CATEGORY_DEVICE, "", "Cannot delete device." },
    { "BS_SDK_ERROR_SLAVE_NOT_READY", BS_SDK_ERROR_SLAVE_NOT_READY, -912, 0, "", 0, "device", BS_ERROR_CATEGORY_DEVICE, "", "Slave device is not ready." },
    { "BS_SDK_ERROR_CANNOT_ADD_DEVICE", BS_SDK_ERROR_CANNOT_ADD_DEVICE, -911, 0, "", 0, "device", BS_ERROR_CATEGORY_DEVICE, "", "Cannot add device." },
    { "BS_SDK_ERROR_SLAVE_FULL", BS_SDK_ERROR_SLAVE_FULL, -910, 0, "", 0, "device", BS_ERROR_CATEGORY_DEVICE, "", "No more slave devices can be added." },
    { "BS_SDK_ERROR_CANNOT_SCAN_FACE", BS_SDK_ERROR_CANNOT_SCAN_FACE, -908, 0, "", 0, "device", BS_ERROR_CATEGORY_DEVICE, "", "Cannot scan face." },
    { "BS_SDK_ERROR_CANNOT_FIND_DEVICE", BS_SDK_ERROR_CANNOT_FIND_DEVICE, -907, 0, "", 0, "device", BS_ERROR_CATEGORY_DEVICE, "", "Cannot find device." },
    { "BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER", BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER, -906, 0, "", 0, "device", BS_ERROR_CATEGORY_DEVICE, "", "Device driver missing." },
    { "BS_SDK_ERROR_CANNOT_SET_LED", BS_SDK_ERROR_CANNOT_SET_LED, -905, 0, "", 0, "device", BS_ERROR_CATEGORY_DEVICE, "", "Cannot set LCD pattern." },
    { "BS_SDK_ERROR_CANNOT_GET_RTC", BS_SDK_ERROR_CANNOT_GET_RTC, -904, 0, "", 0, "device", BS_ERROR_CATEGORY_DEVICE, "", "Unable to get time of RTC device." },
    { "BS_SDK_ERROR_CANNOT_SET_RTC", BS_SDK_ERROR_CANNOT_SET_RTC, -903, 0, "", 0, "device", BS_ERROR_CATEGORY_DEVICE, "", "Unable to set time on RTC device." },
    { "BS_SDK_ERROR_CANNOT_OPEN_RTC", BS_SDK_ERROR_CANNOT_OPEN_RTC, -902, 0, "", 0, "device", BS_ERROR_CATEGORY_DEVICE, "", "No RTC device." },
    { "BS_SDK_ERROR_CANNOT_SCAN_CARD", BS_SDK_ERROR_CANNOT_SCAN_CARD, -901, 0, "", 0, "device", BS_ERROR_CATEGORY_DEVICE, "", "Cannot scan card." },
    { "BS_SDK_ERROR_CANNOT_SCAN_FINGER", BS_SDK_ERROR_CANNOT_SCAN_FINGER, -900, 0, "", 0, "device", BS_ERROR_CATEGORY_DEVICE, "", "Cannot scan finger." },
    { "BS_SDK_ERROR_INVALID_CONFIG_INDEX", BS_SDK_ERROR_INVALID_CONFIG_INDEX, -806, 0, "", 0, "config", BS_ERROR_CATEGORY_CONFIG, "", "Invalid configuration sector index." },
    { "BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE", BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE, -805, 0, "", 0, "config", BS_ERROR_CATEGORY_CONFIG, "", "Cannot write system configuration file." },
    { "BS_SDK_ERROR_INVALID_CONFIG_DATA", BS_SDK_ERROR_INVALID_CONFIG_DATA, -804, 0, "", 0, "config", BS_ERROR_CATEGORY_CONFIG, "", "Invalid system configuration." },
    { "BS_SDK_ERROR_INVALID_CONFIG_FILE", BS_SDK_ERROR_INVALID_CONFIG_FILE, -803, 0, "", 0, "config", BS_ERROR_CATEGORY_CONFIG, "", "Invalid system configuration header information." },
    { "BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE", BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE, -802, 0, "", 0, "config", BS_ERROR_CATEGORY_CONFIG, "", "Cannot read system configuration file." },
    { "BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE", BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE, -801, 0, "", 0, "config", BS_ERROR_CATEGORY_CONFIG, "", "Cannot open system configuration file." },
    { "BS_SDK_ERROR_INVALID_CONFIG", BS_SDK_ERROR_INVALID_CONFIG, -800, 0, "", 0, "config", BS_ERROR_CATEGORY_CONFIG, "", "Invalid system configuration." },
    { "BS_SDK_ERROR_ADMIN_CANNOT_SCAN", BS_SDK_ERROR_ADMIN_CANNOT_SCAN, -771, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Administrator credential cannot be scanned." },
    { "BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL", BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL, -770, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Credential type not supported for administrators." },
    { "BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL", BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL, -769, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Administrator does not have enough credentials." },
    { "BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL", BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL, -768, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Administrator has no credentials." },
    { "BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL", BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL, -767, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Invalid administrator credential." },
    { "BS_SDK_ERROR_USER_OVERRIDE_FULL", BS_SDK_ERROR_USER_OVERRIDE_FULL, -766, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more user overrides can be added." },
    { "BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST", BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST, -765, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Cannot find lock override list." },
    { "BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL", BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL, -764, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more lock override entries can be added." },
    { "BS_SDK_ERROR_SQL_ERROR", BS_SDK_ERROR_SQL_ERROR, -763, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Database query failed." },
    { "BS_SDK_ERROR_USER_IMAGE_EX_FULL", BS_SDK_ERROR_USER_IMAGE_EX_FULL, -763, 1, "BS_SDK_ERROR_SQL_ERROR", 1, "database", BS_ERROR_CATEGORY_DATABASE, "2.9.9.1", "The extended user image storage is full." },
    { "BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL", BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL, -762, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No registered fingerprint or PIN." },
    { "BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL", BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL, -761, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No registered face or PIN." },
    { "BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL", BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL, -760, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No registered fingerprint credential." },
    { "BS_SDK_ERROR_NO_FACE_CREDENTIAL", BS_SDK_ERROR_NO_FACE_CREDENTIAL, -759, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No registered face." },
    { "BS_SDK_ERROR_DUPLICATE_FACE", BS_SDK_ERROR_DUPLICATE_FACE, -758, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Face already enrolled." },
    { "BS_SDK_ERROR_DUPLICATE_FINGERPRINT", BS_SDK_ERROR_DUPLICATE_FINGERPRINT, -757, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Duplicated fingerprint." },
    { "BS_SDK_ERROR_CANNOT_FIND_OPERATOR", BS_SDK_ERROR_CANNOT_FIND_OPERATOR, -756, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Cannot find operator." },
    { "BS_SDK_ERROR_INVALID_SCHEDULE", BS_SDK_ERROR_INVALID_SCHEDULE, -755, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Invalid schedule." },
    { "BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE", BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE, -754, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Cannot find daylight saving time schedule." },
    { "BS_SDK_ERROR_DST_SCHEDULE_FULL", BS_SDK_ERROR_DST_SCHEDULE_FULL, -753, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more daylight saving time schedules can be added." },
    { "BS_SDK_ERROR_USER_PHRASE_FULL", BS_SDK_ERROR_USER_PHRASE_FULL, -752, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more user phrases can be added." },
    { "BS_SDK_ERROR_AUTH_GROUP_FULL", BS_SDK_ERROR_AUTH_GROUP_FULL, -751, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more authentication groups can be added." },
    { "BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP", BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP, -750, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Cannot find authentication group." },
    { "BS_SDK_ERROR_FLOOR_SCHEDULE_FULL", BS_SDK_ERROR_FLOOR_SCHEDULE_FULL, -749, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more floor schedules can be added." },
    { "BS_SDK_ERROR_FACE_FULL", BS_SDK_ERROR_FACE_FULL, -748, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more faces can be added." },
    { "BS_SDK_ERROR_CANNOT_UPDATE_FACE", BS_SDK_ERROR_CANNOT_UPDATE_FACE, -747, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Cannot update face template." },
    { "BS_SDK_ERROR_USER_JOB_FULL", BS_SDK_ERROR_USER_JOB_FULL, -746, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Cannot add more job codes." },
    { "BS_SDK_ERROR_TIMER_CANCELED", BS_SDK_ERROR_TIMER_CANCELED, -745, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Timer has been canceled." },
    { "BS_SDK_ERROR_INVALID_LINK_ID", BS_SDK_ERROR_INVALID_LINK_ID, -744, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Invalid link ID." },
    { "BS_SDK_ERROR_OPERATOR_FULL", BS_SDK_ERROR_OPERATOR_FULL, -743, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more operators can be added." },
    { "BS_SDK_ERROR_CACHE_MISSED", BS_SDK_ERROR_CACHE_MISSED, -742, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Cannot find cache data." },
    { "BS_SDK_ERROR_READER_FULL", BS_SDK_ERROR_READER_FULL, -741, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Unable to add more devices." },
    { "BS_SDK_ERROR_NO_USER_IMAGE", BS_SDK_ERROR_NO_USER_IMAGE, -740, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No user profile picture." },
    { "BS_SDK_ERROR_NO_USER_NAME", BS_SDK_ERROR_NO_USER_NAME, -739, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "User name not registered." },
    { "BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL", BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL, -738, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No registered PIN or fingerprint." },
    { "BS_SDK_ERROR_NO_PIN_CREDENTIAL", BS_SDK_ERROR_NO_PIN_CREDENTIAL, -737, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No registered PIN." },
    { "BS_SDK_ERROR_NO_CARD_CREDENTIAL", BS_SDK_ERROR_NO_CARD_CREDENTIAL, -736, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Card not registered." },
    { "BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL", BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL, -735, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No registered fingerprint." },
    { "BS_SDK_ERROR_NO_CREDENTIAL", BS_SDK_ERROR_NO_CREDENTIAL, -734, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No credentials." },
    { "BS_SDK_ERROR_TIME_PERIOD_FULL", BS_SDK_ERROR_TIME_PERIOD_FULL, -733, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more time periods can be added for one day." },
    { "BS_SDK_ERROR_HOLIDAY_FULL", BS_SDK_ERROR_HOLIDAY_FULL, -732, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more holidays can be added." },
    { "BS_SDK_ERROR_HOLIDAY_GROUP_FULL", BS_SDK_ERROR_HOLIDAY_GROUP_FULL, -731, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more holiday groups can be added." },
    { "BS_SDK_ERROR_ACCESS_SCHEDULE_FULL", BS_SDK_ERROR_ACCESS_SCHEDULE_FULL, -730, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Access schedule is full." },
    { "BS_SDK_ERROR_FLOOR_LEVEL_FULL", BS_SDK_ERROR_FLOOR_LEVEL_FULL, -729, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more floor levels can be added." },
    { "BS_SDK_ERROR_ACCESS_GROUP_FULL", BS_SDK_ERROR_ACCESS_GROUP_FULL, -728, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more access groups can be added." },
    { "BS_SDK_ERROR_DB_SLOT_FULL", BS_SDK_ERROR_DB_SLOT_FULL, -727, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Not enough space in database." },
    { "BS_SDK_ERROR_DOOR_SCHEDULE_FULL", BS_SDK_ERROR_DOOR_SCHEDULE_FULL, -726, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more door schedules can be added." },
    { "BS_SDK_ERROR_CANNOT_FIND_LOG", BS_SDK_ERROR_CANNOT_FIND_LOG, -725, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Cannot find log." },
    { "BS_SDK_ERROR_NO_ADMIN_USER", BS_SDK_ERROR_NO_ADMIN_USER, -724, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "There is no administrator." },
    { "BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH", BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH, -723, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Template format does not match the type of the server." },
    { "BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT", BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT, -722, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Cannot update fingerprint template." },
    { "BS_SDK_ERROR_SLOT_DATA_CHECKSUM", BS_SDK_ERROR_SLOT_DATA_CHECKSUM, -721, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Invalid sector data." },
    { "BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG", BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG, -720, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "User profile picture's size is too big." },
    { "BS_SDK_ERROR_USER_IMAGE_FULL", BS_SDK_ERROR_USER_IMAGE_FULL, -719, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more profile pictures can be added." },
    { "BS_SDK_ERROR_USER_NAME_FULL", BS_SDK_ERROR_USER_NAME_FULL, -718, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more user names can be added." },
    { "BS_SDK_ERROR_BLACKLIST_FULL", BS_SDK_ERROR_BLACKLIST_FULL, -717, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more cards can be added to blacklist." },
    { "BS_SDK_ERROR_INVALID_USER_ID", BS_SDK_ERROR_INVALID_USER_ID, -716, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Invalid user ID." },
    { "BS_SDK_ERROR_ACCESS_LEVEL_FULL", BS_SDK_ERROR_ACCESS_LEVEL_FULL, -715, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more access levels can be added." },
    { "BS_SDK_ERROR_CANNOT_FIND_USER", BS_SDK_ERROR_CANNOT_FIND_USER, -714, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Cannot find user." },
    { "BS_SDK_ERROR_INVALID_LOG_FILE", BS_SDK_ERROR_INVALID_LOG_FILE, -712, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Invalid log file." },
    { "BS_SDK_ERROR_NO_VALID_HDR_FILE", BS_SDK_ERROR_NO_VALID_HDR_FILE, -711, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Invalid file header." },
    { "BS_SDK_ERROR_CARD_FULL", BS_SDK_ERROR_CARD_FULL, -710, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more cards can be added." },
    { "BS_SDK_ERROR_DUPLICATE_CARD", BS_SDK_ERROR_DUPLICATE_CARD, -709, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Duplicated Card." },
    { "BS_SDK_ERROR_FINGERPRINT_FULL", BS_SDK_ERROR_FINGERPRINT_FULL, -708, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more fingerprints can be added." },
    { "BS_SDK_ERROR_DUPLICATE_TEMPLATE", BS_SDK_ERROR_DUPLICATE_TEMPLATE, -707, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Fingerprint already enrolled." },
    { "BS_SDK_ERROR_USER_FULL", BS_SDK_ERROR_USER_FULL, -706, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "No more users can be added." },
    { "BS_SDK_ERROR_DUPLICATE_ID", BS_SDK_ERROR_DUPLICATE_ID, -705, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Duplicated ID." },
    { "BS_SDK_ERROR_CANNOT_INIT_DB", BS_SDK_ERROR_CANNOT_INIT_DB, -704, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Cannot initialize Database." },
    { "BS_SDK_ERROR_INVALID_SLOT_DATA", BS_SDK_ERROR_INVALID_SLOT_DATA, -703, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Invalid slot data." },
    { "BS_SDK_ERROR_INVALID_SLOT_NO", BS_SDK_ERROR_INVALID_SLOT_NO, -702, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Invalid slot number." },
    { "BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT", BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT, -701, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "The data is larger than the slot." },
    { "BS_SDK_ERROR_INVALID_DATA_FILE", BS_SDK_ERROR_INVALID_DATA_FILE, -700, 0, "", 0, "database", BS_ERROR_CATEGORY_DATABASE, "", "Invalid data file." },
    { "BS_SDK_ERROR_CANNOT_SET_TIME", BS_SDK_ERROR_CANNOT_SET_TIME, -602, 0, "", 0, "util", BS_ERROR_CATEGORY_UTIL, "", "Cannot set time." },
    { "BS_SDK_ERROR_TIMEOUT", BS_SDK_ERROR_TIMEOUT, -601, 0, "", 0, "util", BS_ERROR_CATEGORY_UTIL, "", "Timeout." },
    { "BS_SDK_ERROR_NOT_SUPPORTED", BS_SDK_ERROR_NOT_SUPPORTED, -600, 0, "", 0, "util", BS_ERROR_CATEGORY_UTIL, "", "Not supported." },
    { "BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY", BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY, -524, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Empty output data of wiegand device." },
    { "BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL", BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL, -523, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Not enough output buffer space on wiegand device." },
    { "BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL", BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL, -522, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Not enough buffer space on miscellaneous device." },
    { "BS_SDK_ERROR_WIEGAND_QUEUE_FULL", BS_SDK_ERROR_WIEGAND_QUEUE_FULL, -521, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Not enough input buffer space on wiegand device." },
    { "BS_SDK_ERROR_INPUT_QUEUE_FULL", BS_SDK_ERROR_INPUT_QUEUE_FULL, -520, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Not enough buffer space on input device." },
    { "BS_SDK_ERROR_INVALID_LCD_PACKET", BS_SDK_ERROR_INVALID_LCD_PACKET, -513, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Invalid LCD packet." },
    { "BS_SDK_ERROR_CANNOT_READ_LCD_PACKET", BS_SDK_ERROR_CANNOT_READ_LCD_PACKET, -512, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Failed to read LCD packet." },
    { "BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET", BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET, -511, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Failed to write LCD packet." },
    { "BS_SDK_ERROR_INVALID_LCD_PARAM", BS_SDK_ERROR_INVALID_LCD_PARAM, -510, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Invalid LCD parameter." },
    { "BS_SDK_ERROR_INVALID_INTERPHONE_TYPE", BS_SDK_ERROR_INVALID_INTERPHONE_TYPE, -508, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Invalid intercom type." },
    { "BS_SDK_ERROR_INVALID_PORT", BS_SDK_ERROR_INVALID_PORT, -507, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Invalid port." },
    { "BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION", BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION, -506, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Cannot set the duration of the input device." },
    { "BS_SDK_ERROR_CANNOT_ENABLE_INPUT", BS_SDK_ERROR_CANNOT_ENABLE_INPUT, -505, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Cannot enable the input device." },
    { "BS_SDK_ERROR_READ_INPUT_TIMEOUT", BS_SDK_ERROR_READ_INPUT_TIMEOUT, -504, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Timeout during reading the input device." },
    { "BS_SDK_ERROR_CANNOT_READ_INPUT", BS_SDK_ERROR_CANNOT_READ_INPUT, -503, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Cannot read input device." },
    { "BS_SDK_ERROR_CANNOT_READ_IO_PACKET", BS_SDK_ERROR_CANNOT_READ_IO_PACKET, -502, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Failed to read I/O packet." },
    { "BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET", BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET, -501, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Failed to write I/O packet." },
    { "BS_SDK_ERROR_INVALID_RELAY", BS_SDK_ERROR_INVALID_RELAY, -500, 0, "", 0, "io", BS_ERROR_CATEGORY_IO, "", "Invalid Relay." },
    { "BS_SDK_ERROR_ALREADY_OPEN_DIR", BS_SDK_ERROR_ALREADY_OPEN_DIR, -408, 0, "", 0, "file_io", BS_ERROR_CATEGORY_FILE_IO, "", "Directory is already open." },
    { "BS_SDK_ERROR_DATA_MISMATCH", BS_SDK_ERROR_DATA_MISMATCH, -407, 0, "", 0, "file_io", BS_ERROR_CATEGORY_FILE_IO, "", "Failed on data redundancy check." },
    { "BS_SDK_ERROR_CANNOT_GET_SYSINFO", BS_SDK_ERROR_CANNOT_GET_SYSINFO, -406, 0, "", 0, "file_io", BS_ERROR_CATEGORY_FILE_IO, "", "Cannot get system information." },
    { "BS_SDK_ERROR_CANNOT_GET_STAT", BS_SDK_ERROR_CANNOT_GET_STAT, -405, 0, "", 0, "file_io", BS_ERROR_CATEGORY_FILE_IO, "", "Cannot get file status." },
    { "BS_SDK_ERROR_CANNOT_READ_FILE", BS_SDK_ERROR_CANNOT_READ_FILE, -404, 0, "", 0, "file_io", BS_ERROR_CATEGORY_FILE_IO, "", "Cannot read file." },
    { "BS_SDK_ERROR_CANNOT_SEEK_FILE", BS_SDK_ERROR_CANNOT_SEEK_FILE, -403, 0, "", 0, "file_io", BS_ERROR_CATEGORY_FILE_IO, "", "Cannot seek file." },
    { "BS_SDK_ERROR_CANNOT_WRITE_FILE", BS_SDK_ERROR_CANNOT_WRITE_FILE, -402, 0, "", 0, "file_io", BS_ERROR_CATEGORY_FILE_IO, "", "Cannot write on file." },
    { "BS_SDK_ERROR_CANNOT_OPEN_FILE", BS_SDK_ERROR_CANNOT_OPEN_FILE, -401, 0, "", 0, "file_io", BS_ERROR_CATEGORY_FILE_IO, "", "Cannot open file." },
    { "BS_SDK_ERROR_CANNOT_OPEN_DIR", BS_SDK_ERROR_CANNOT_OPEN_DIR, -400, 0, "", 0, "file_io", BS_ERROR_CATEGORY_FILE_IO, "", "Cannot open directory." },
    { "BS_SDK_ERROR_INCOMPATIBLE_FACE", BS_SDK_ERROR_INCOMPATIBLE_FACE, -332, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Incompatible face template." },
    { "BS_SDK_ERROR_MATCH_FAIL", BS_SDK_ERROR_MATCH_FAIL, -331, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Face matching failed." },
    { "BS_SDK_ERROR_OCCLUDED_MOUTH", BS_SDK_ERROR_OCCLUDED_MOUTH, -330, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Mouth is covered." },
    { "BS_SDK_ERROR_NOT_LOOKING_FRONT", BS_SDK_ERROR_NOT_LOOKING_FRONT, -329, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Face is not looking to the front." },
    { "BS_SDK_ERROR_UNOPENED_EYES", BS_SDK_ERROR_UNOPENED_EYES, -328, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Eyes are not open." },
    { "BS_SDK_ERROR_OVERLAPPED_FACE", BS_SDK_ERROR_OVERLAPPED_FACE, -327, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "More than one face detected." },
    { "BS_SDK_ERROR_ROTATED_FACE", BS_SDK_ERROR_ROTATED_FACE, -326, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Face is rotated too far." },
    { "BS_SDK_ERROR_BIASED_DETECTION", BS_SDK_ERROR_BIASED_DETECTION, -325, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Face is off center." },
    { "BS_SDK_ERROR_LARGE_DETECTION", BS_SDK_ERROR_LARGE_DETECTION, -324, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Face is too close." },
    { "BS_SDK_ERROR_SMALL_DETECTION", BS_SDK_ERROR_SMALL_DETECTION, -323, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Face is too far away." },
    { "BS_SDK_ERROR_NORMALIZE_FACE", BS_SDK_ERROR_NORMALIZE_FACE, -322, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Failed to normalize face image." },
    { "BS_SDK_ERROR_CANNOT_ESTIMATE", BS_SDK_ERROR_CANNOT_ESTIMATE, -321, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Cannot estimate face pose." },
    { "BS_SDK_ERROR_FAKE_FACE_DETECTED", BS_SDK_ERROR_FAKE_FACE_DETECTED, -320, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Fake face detected." },
    { "BS_SDK_ERROR_UNMASKED_FACE_DETECTED", BS_SDK_ERROR_UNMASKED_FACE_DETECTED, -319, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Face without a mask detected." },
    { "BS_SDK_ERROR_FACE_SCAN_FAILED", BS_SDK_ERROR_FACE_SCAN_FAILED, -318, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Face scan failed." },
    { "BS_SDK_ERROR_FACE_SCAN_CANCELLED", BS_SDK_ERROR_FACE_SCAN_CANCELLED, -317, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Face scan canceled." },
    { "BS_SDK_ERROR_FACE_SCAN_TIMEOUT", BS_SDK_ERROR_FACE_SCAN_TIMEOUT, -316, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Face scan timeout." },
    { "BS_SDK_ERROR_FACE_CAPTURE_FAIL", BS_SDK_ERROR_FACE_CAPTURE_FAIL, -315, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Cannot capture the face image." },
    { "BS_SDK_ERROR_NO_FACE_DETECTED", BS_SDK_ERROR_NO_FACE_DETECTED, -315, 1, "BS_SDK_ERROR_FACE_CAPTURE_FAIL", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "" },
    { "BS_SDK_ERROR_CANNOT_FIND_FACE", BS_SDK_ERROR_CANNOT_FIND_FACE, -314, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Face not registered." },
    { "BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR", BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR, -313, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Fake finger detection sensor error." },
    { "BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN", BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN, -312, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Possible fake finger; try again." },
    { "BS_SDK_ERROR_FAKE_FINGER_DETECTED", BS_SDK_ERROR_FAKE_FINGER_DETECTED, -311, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Fake finger detected." },
    { "BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT", BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT, -310, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Fingerprint not registered." },
    { "BS_SDK_ERROR_CAPTURE_LOW_QUALITY", BS_SDK_ERROR_CAPTURE_LOW_QUALITY, -309, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Low quality of captured fingerprint image." },
    { "BS_SDK_ERROR_EXTRACTION_LOW_QUALITY", BS_SDK_ERROR_EXTRACTION_LOW_QUALITY, -308, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Need more information of fingerprint minutiae." },
    { "BS_SDK_ERROR_NOT_SAME_FINGERPRINT", BS_SDK_ERROR_NOT_SAME_FINGERPRINT, -307, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Not identical fingerprints." },
    { "BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED", BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED, -306, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Fingerprint scan canceled." },
    { "BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT", BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT, -305, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Fingerprint scan timeout." },
    { "BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL", BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL, -304, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Cannot capture the fingerprint image." },
    { "BS_SDK_ERROR_NO_FINGER_DETECTED", BS_SDK_ERROR_NO_FINGER_DETECTED, -304, 1, "BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "" },
    { "BS_SDK_ERROR_IDENTIFY_TIMEOUT", BS_SDK_ERROR_IDENTIFY_TIMEOUT, -303, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Identification timeout." },
    { "BS_SDK_ERROR_IDENTIFY_FAIL", BS_SDK_ERROR_IDENTIFY_FAIL, -302, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Failed on 1:N identification." },
    { "BS_SDK_ERROR_VERIFY_FAIL", BS_SDK_ERROR_VERIFY_FAIL, -301, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Failed on 1:1 verification." },
    { "BS_SDK_ERROR_EXTRACTION_FAIL", BS_SDK_ERROR_EXTRACTION_FAIL, -300, 0, "", 0, "biometric", BS_ERROR_CATEGORY_BIOMETRIC, "", "Cannot extract template data." },
    { "BS_SDK_ERROR_INVALID_CODE_SIGN", BS_SDK_ERROR_INVALID_CODE_SIGN, -210, 0, "", 0, "packet", BS_ERROR_CATEGORY_PACKET, "", "Invalid code signature." },
    { "BS_SDK_ERROR_NO_PACKET", BS_SDK_ERROR_NO_PACKET, -209, 0, "", 0, "packet", BS_ERROR_CATEGORY_PACKET, "", "Invalid packet." },
    { "BS_SDK_ERROR_PACKET_SEQUENCE", BS_SDK_ERROR_PACKET_SEQUENCE, -207, 0, "", 0, "packet", BS_ERROR_CATEGORY_PACKET, "", "Packet sequence error due to unstable network connection." },
    { "BS_SDK_ERROR_PACKET_COMMAND", BS_SDK_ERROR_PACKET_COMMAND, -206, 0, "", 0, "packet", BS_ERROR_CATEGORY_PACKET, "", "Invalid command." },
    { "BS_SDK_ERROR_PACKET_INDEX", BS_SDK_ERROR_PACKET_INDEX, -205, 0, "", 0, "packet", BS_ERROR_CATEGORY_PACKET, "", "Packet data may be lost." },
    { "BS_SDK_ERROR_PACKET_CHECKSUM", BS_SDK_ERROR_PACKET_CHECKSUM, -204, 0, "", 0, "packet", BS_ERROR_CATEGORY_PACKET, "", "Packet data's checksum is not correct." },
    { "BS_SDK_ERROR_INVALID_DEVICE_TYPE", BS_SDK_ERROR_INVALID_DEVICE_TYPE, -203, 0, "", 0, "packet", BS_ERROR_CATEGORY_PACKET, "", "Invalid device type." },
    { "BS_SDK_ERROR_INVALID_DEVICE_ID", BS_SDK_ERROR_INVALID_DEVICE_ID, -202, 0, "", 0, "packet", BS_ERROR_CATEGORY_PACKET, "", "Invalid device ID." },
    { "BS_SDK_ERROR_INVALID_PACKET", BS_SDK_ERROR_INVALID_PACKET, -201, 0, "", 0, "packet", BS_ERROR_CATEGORY_PACKET, "", "Invalid packet." },
    { "BS_SDK_ERROR_INVALID_PARAM", BS_SDK_ERROR_INVALID_PARAM, -200, 0, "", 0, "packet", BS_ERROR_CATEGORY_PACKET, "", "Invalid parameter." },
    { "BS_SDK_ERROR_INVALID_ADDRESS", BS_SDK_ERROR_INVALID_ADDRESS, -116, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "Invalid address." },
    { "BS_SDK_ERROR_NOT_SUPPORTED_IPV6", BS_SDK_ERROR_NOT_SUPPORTED_IPV6, -115, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "IPv6 not supported." },
    { "BS_SDK_ERROR_NOT_ENOUGTH_BUFFER", BS_SDK_ERROR_NOT_ENOUGTH_BUFFER, -114, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "Not enough buffer space." },
    { "BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO", BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO, -113, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "Specified device information not supported." },
    { "BS_SDK_ERROR_IPV6_IS_NOT_ENABLE", BS_SDK_ERROR_IPV6_IS_NOT_ENABLE, -112, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "IPv6 is not enabled." },
    { "BS_SDK_ERROR_IPV4_IS_NOT_ENABLE", BS_SDK_ERROR_IPV4_IS_NOT_ENABLE, -111, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "IPv4 is not enabled." },
    { "BS_SDK_ERROR_SOCKET_IN_PROGRESS", BS_SDK_ERROR_SOCKET_IN_PROGRESS, -110, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "Already in progress." },
    { "BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED", BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED, -109, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "Socket not set to listen." },
    { "BS_SDK_ERROR_SOCKET_IS_NOT_OPEN", BS_SDK_ERROR_SOCKET_IS_NOT_OPEN, -108, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "Cannot use socket." },
    { "BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED", BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED, -107, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "Not connected to socket." },
    { "BS_SDK_ERROR_CANNOT_WRITE_SOCKET", BS_SDK_ERROR_CANNOT_WRITE_SOCKET, -106, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "Cannot write on socket." },
    { "BS_SDK_ERROR_CANNOT_READ_SOCKET", BS_SDK_ERROR_CANNOT_READ_SOCKET, -105, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "Cannot read from socket." },
    { "BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET", BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET, -104, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "Cannot accept socket." },
    { "BS_SDK_ERROR_CANNOT_LISTEN_SOCKET", BS_SDK_ERROR_CANNOT_LISTEN_SOCKET, -103, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "Cannot set socket to listen for connections." },
    { "BS_SDK_ERROR_CANNOT_CONNECT_SOCKET", BS_SDK_ERROR_CANNOT_CONNECT_SOCKET, -102, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "Cannot connect to socket." },
    { "BS_SDK_ERROR_CANNOT_OPEN_SOCKET", BS_SDK_ERROR_CANNOT_OPEN_SOCKET, -101, 0, "", 0, "communication", BS_ERROR_CATEGORY_COMMUNICATION, "", "Cannot create a socket." },
    { "BS_SDK_ERROR_FROM_DEVICE_DRIVER", BS_SDK_ERROR_FROM_DEVICE_DRIVER, -1, 0, "", 0, "driver", BS_ERROR_CATEGORY_DRIVER, "", "Device driver error." },
    { "BS_SDK_SUCCESS", BS_SDK_SUCCESS, 1, 0, "", 0, "success", BS_ERROR_CATEGORY_SUCCESS, "", "Success." },
    { "BS_SDK_DURESS_SUCCESS", BS_SDK_DURESS_SUCCESS, 2, 0, "", 0, "success", BS_ERROR_CATEGORY_SUCCESS, "", "Authenticated as duress fingerprint." },
    { "BS_SDK_FIRST_AUTH_SUCCESS", BS_SDK_FIRST_AUTH_SUCCESS, 3, 0, "", 0, "success", BS_ERROR_CATEGORY_SUCCESS, "", "First user has been authenticated." },
    { "BS_SDK_SECOND_AUTH_SUCCESS", BS_SDK_SECOND_AUTH_SUCCESS, 4, 0, "", 0, "success", BS_ERROR_CATEGORY_SUCCESS, "", "Second user has been authenticated." },
    { "BS_SDK_DUAL_AUTH_SUCCESS", BS_SDK_DUAL_AUTH_SUCCESS, 5, 0, "", 0, "success", BS_ERROR_CATEGORY_SUCCESS, "", "Success on dual authentication." },
    { "BS_SDK_WIEGAND_BYPASS_SUCCESS", BS_SDK_WIEGAND_BYPASS_SUCCESS, 11, 0, "", 0, "success", BS_ERROR_CATEGORY_SUCCESS, "", "Authenticated through Wiegand bypass." },
    { "BS_SDK_ANONYMOUS_SUCCESS", BS_SDK_ANONYMOUS_SUCCESS, 12, 0, "", 0, "success", BS_ERROR_CATEGORY_SUCCESS, "", "Anonymous authentication succeeded." },
    { "BS_SDK_LOCKOVERRIDE_SUCCESS", BS_SDK_LOCKOVERRIDE_SUCCESS, 13, 0, "", 0, "success", BS_ERROR_CATEGORY_SUCCESS, "", "Access granted by lock override." },
};

static const BsRefCategory BS_REF_CATEGORIES[BS_REF_CATEGORY_COUNT] = {
    { BS_ERROR_CATEGORY_UNKNOWN, 0, "unknown" },
    { BS_ERROR_CATEGORY_SUCCESS, 1, "success" },
    { BS_ERROR_CATEGORY_DRIVER, 2, "driver" },
    { BS_ERROR_CATEGORY_COMMUNICATION, 3, "communication" },
    { BS_ERROR_CATEGORY_PACKET, 4, "packet" },
    { BS_ERROR_CATEGORY_BIOMETRIC, 5, "biometric" },
    { BS_ERROR_CATEGORY_FILE_IO, 6, "file_io" },
    { BS_ERROR_CATEGORY_IO, 7, "io" },
    { BS_ERROR_CATEGORY_UTIL, 8, "util" },
    { BS_ERROR_CATEGORY_DATABASE, 9, "database" },
    { BS_ERROR_CATEGORY_CONFIG, 10, "config" },
    { BS_ERROR_CATEGORY_DEVICE, 11, "device" },
    { BS_ERROR_CATEGORY_DOOR, 12, "door" },
    { BS_ERROR_CATEGORY_ACCESS_CONTROL, 13, "access_control" },
    { BS_ERROR_CATEGORY_ZONE, 14, "zone" },
    { BS_ERROR_CATEGORY_CARD, 15, "card" },
    { BS_ERROR_CATEGORY_OPERATION, 16, "operation" },
    { BS_ERROR_CATEGORY_SYSTEM, 17, "system" },
    { BS_ERROR_CATEGORY_MISC, 18, "misc" },
    { BS_ERROR_CATEGORY_SSL, 19, "ssl" },
    { BS_ERROR_CATEGORY_MOBILE_ACCESS, 20, "mobile_access" },
    { BS_ERROR_CATEGORY_OSDP, 21, "osdp" },
    { BS_ERROR_CATEGORY_LICENSE, 22, "license" },
    { BS_ERROR_CATEGORY_WIRELESS_LOCK, 23, "wireless_lock" },
    { BS_ERROR_CATEGORY_SDK, 24, "sdk" },
};

/* Every range of data/categories.tsv; a code in none of them is "unknown". */
#define BS_REF_RANGE_COUNT 26
static const BsRefRange BS_REF_RANGES[BS_REF_RANGE_COUNT] = {
    { 1, 2147483647, "success" },
    { -1, -1, "driver" },
    { -199, -100, "communication" },
    { -299, -200, "packet" },
    { -399, -300, "biometric" },
    { -499, -400, "file_io" },
    { -599, -500, "io" },
    { -699, -600, "util" },
    { -799, -700, "database" },
    { -899, -800, "config" },
    { -999, -900, "device" },
    { -1099, -1000, "door" },
    { -1199, -1100, "access_control" },
    { -1299, -1200, "zone" },
    { -1399, -1300, "card" },
    { -1499, -1400, "operation" },
    { -1599, -1500, "system" },
    { -2999, -2000, "misc" },
    { -3099, -3000, "ssl" },
    { -3199, -3100, "mobile_access" },
    { -10199, -10100, "mobile_access" },
    { -4009, -4000, "osdp" },
    { -4019, -4010, "license" },
    { -4029, -4020, "wireless_lock" },
    { -10099, -10000, "sdk" },
    { -10299, -10200, "sdk" },
};

/* Every canonical macro as a case label: returns its row index, -1 for any other value. Two canonical
 * macros with the same value would not compile. */
static inline int bs_ref_canonical_case(int code) {
    switch (code) {
    case BS_SDK_ERROR_INITIALIZE_NOTIFYMGR: return 0;
    case BS_SDK_ERROR_INITIALIZE_FILELOG: return 1;
    case BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND: return 2;
    case BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT: return 3;
    case BS_SDK_ERROR_MOBILE_NOT_LOGIN: return 4;
    case BS_SDK_ERROR_MOBILE_NO_RESPONSE: return 5;
    case BS_SDK_ERROR_MOBILE_STATUS_FAULT: return 6;
    case BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE: return 7;
    case BS_SDK_ERROR_INVALID_SCHEDULE_ID: return 8;
    case BS_SDK_ERROR_INVALID_FILE_FORMAT: return 9;
    case BS_SDK_ERROR_INTERNAL: return 10;
    case BS_SDK_ERROR_DEVICE_BUSY: return 11;
    case BS_SDK_ERROR_DECRYPT: return 12;
    case BS_SDK_ERROR_ENCRYPT: return 13;
    case BS_SDK_ERROR_EXIST: return 14;
    case BS_SDK_ERROR_CANCELED: return 15;
    case BS_SDK_ERROR_CANNOT_RUN_SERVICE: return 16;
    case BS_SDK_ERROR_UNINITIALIZED: return 17;
    case BS_SDK_ERROR_NULL_POINTER: return 18;
    case BS_SDK_ERROR_UZ_ADD_FAIL: return 19;
    case BS_SDK_ERROR_UZ_SPEC_FULL: return 20;
    case BS_SDK_ERROR_UZ_CHANNEL_FULL: return 21;
    case BS_SDK_ERROR_UZ_ENABLE_FULL: return 22;
    case BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO: return 23;
    case BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE: return 24;
    case BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL: return 25;
    case BS_SDK_ERROR_LICENSE_JSON_FORMAT: return 26;
    case BS_SDK_ERROR_LICENSE_PARRING_JSON: return 27;
    case BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH: return 28;
    case BS_SDK_ERROR_LICENSE_FILE_NOT_VALID: return 29;
    case BS_SDK_ERROR_LICENSE_CRC: return 30;
    case BS_SDK_ERROR_NO_LICENSE: return 31;
    case BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE: return 32;
    case BS_SDK_ERROR_FAIL_SLAVE_SET_KEY: return 33;
    case BS_SDK_ERROR_FAIL_MASTER_SET_KEY: return 34;
    case BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID: return 35;
    case BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE: return 36;
    case BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE: return 37;
    case BS_SDK_ERROR_DUPLICATE_OSDP_ID: return 38;
    case BS_SDK_ERROR_ALREADY_FULL_SLAVES: return 39;
    case BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL: return 40;
    case BS_SDK_ERROR_MOBILE_PORTAL: return 41;
    case BS_SDK_ERROR_SSL_VERIFY_KEY: return 42;
    case BS_SDK_ERROR_SSL_INVALID_KEY: return 43;
    case BS_SDK_ERROR_SSL_VERIFY_CERT: return 44;
    case BS_SDK_ERROR_SSL_INVALID_CERT: return 46;
    case BS_SDK_ERROR_SSL_ALREADY_CONNECTED: return 48;
    case BS_SDK_ERROR_SSL_CANNOT_CONNECT: return 49;
    case BS_SDK_ERROR_SSL_NOT_SUPPORTED: return 51;
    case BS_SDK_ERROR_SSL_INIT: return 53;
    case BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED: return 54;
    case BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY: return 55;
    case BS_SDK_ERROR_CANNOT_SEND_TO_SERVER: return 56;
    case BS_SDK_ERROR_DEVICE_LOCKED: return 57;
    case BS_SDK_ERROR_CANNOT_UPGRADE: return 58;
    case BS_SDK_ERROR_ALLOC_MEM: return 59;
    case BS_SDK_ERROR_FILE_IO: return 60;
    case BS_SDK_ERROR_CANNOT_EXECUTE_THREAD: return 61;
    case BS_SDK_ERROR_CANNOT_DETECT_FACE: return 62;
    case BS_SDK_ERROR_CAMERA_CAPTURE_FAIL: return 63;
    case BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL: return 64;
    case BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED: return 65;
    case BS_SDK_ERROR_CANNOT_ENCODE_JPEG: return 66;
    case BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL: return 67;
    case BS_SDK_ERROR_CAMERA_INIT_FAIL: return 68;
    case BS_SDK_ERROR_INVALID_PASSWORD: return 69;
    case BS_SDK_ERROR_CANNOT_FIND_CARD: return 70;
    case BS_SDK_ERROR_CARD_CANNOT_SEND_DATA: return 71;
    case BS_SDK_ERROR_CARD_READ_CANCELLED: return 72;
    case BS_SDK_ERROR_CARD_READ_TIMEOUT: return 73;
    case BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA: return 74;
    case BS_SDK_ERROR_CARD_CIS_CRC: return 75;
    case BS_SDK_ERROR_CARD_CANNOT_READ_DATA: return 76;
    case BS_SDK_ERROR_CARD_NOT_ACTIVATED: return 77;
    case BS_SDK_ERROR_CARD_INIT_FAIL: return 78;
    case BS_SDK_ERROR_CARD_IO: return 79;
    case BS_SDK_ERROR_LIFT_LOCK_VIOLATION: return 80;
    case BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL: return 81;
    case BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION: return 82;
    case BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION: return 83;
    case BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION: return 84;
    case BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION: return 85;
    case BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION: return 86;
    case BS_SDK_ERROR_INTERLOCK_ZONE_FULL: return 87;
    case BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION: return 88;
    case BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION: return 89;
    case BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION: return 90;
    case BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION: return 91;
    case BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION: return 92;
    case BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION: return 93;
    case BS_SDK_ERROR_CANNOT_FIND_ARM_CARD: return 94;
    case BS_SDK_ERROR_CANNOT_DISARM: return 95;
    case BS_SDK_ERROR_CANNOT_ARM: return 96;
    case BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL: return 97;
    case BS_SDK_ERROR_INACTIVE_ZONE: return 98;
    case BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL: return 99;
    case BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL: return 100;
    case BS_SDK_ERROR_TIMED_APB_ZONE_FULL: return 101;
    case BS_SDK_ERROR_APB_ZONE_FULL: return 102;
    case BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION: return 104;
    case BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION: return 106;
    case BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION: return 107;
    case BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION: return 108;
    case BS_SDK_ERROR_SOFT_APB_VIOLATION: return 109;
    case BS_SDK_ERROR_HARD_APB_VIOLATION: return 110;
    case BS_SDK_ERROR_SET_ZONE: return 111;
    case BS_SDK_ERROR_CANNOT_FIND_ZONE: return 113;
    case BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED: return 114;
    case BS_SDK_FACE_OR_PIN_AUTH_REQUIRED: return 115;
    case BS_SDK_FINGERPRINT_AUTH_REQUIRED: return 116;
    case BS_SDK_FACE_AUTH_REQUIRED: return 117;
    case BS_SDK_THERMAL_CHECK_REQUIRED: return 118;
    case BS_SDK_MASK_CHECK_REQUIRED: return 119;
    case BS_SDK_ERROR_UNMASKED_FACE_VIOLATION: return 120;
    case BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE: return 121;
    case BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION: return 122;
    case BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION: return 123;
    case BS_SDK_ERROR_IDENTIFICATION_REQUIRED: return 124;
    case BS_SDK_ERROR_AUTH_GROUP_REQUIRED: return 125;
    case BS_SDK_ERROR_AUTH_FAIL: return 126;
    case BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL: return 127;
    case BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL: return 128;
    case BS_SDK_ERROR_TNA_CODE_REQUIRED: return 129;
    case BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED: return 130;
    case BS_SDK_ERROR_PIN_AUTH_REQUIRED: return 131;
    case BS_SDK_ERROR_CARD_AUTH_REQUIRED: return 132;
    case BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED: return 133;
    case BS_SDK_ERROR_DUAL_AUTH_FAIL: return 134;
    case BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL: return 135;
    case BS_SDK_ERROR_AUTH_UNEXPECTED_USER: return 136;
    case BS_SDK_ERROR_INVALID_AUTH_MODE: return 137;
    case BS_SDK_ERROR_DUAL_AUTH_TIMEOUT: return 138;
    case BS_SDK_ERROR_AUTH_TIMEOUT: return 139;
    case BS_SDK_ERROR_CANNOT_FIND_BLACKLIST: return 140;
    case BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP: return 141;
    case BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE: return 142;
    case BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL: return 143;
    case BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP: return 144;
    case BS_SDK_ERROR_BLACKLIST: return 145;
    case BS_SDK_ERROR_EXPIRED: return 146;
    case BS_SDK_ERROR_NOT_YET_VALID: return 147;
    case BS_SDK_ERROR_DISABLED: return 148;
    case BS_SDK_ERROR_ACCESS_RULE_VIOLATION: return 149;
    case BS_SDK_ERROR_LIFT_FULL: return 150;
    case BS_SDK_ERROR_CANNOT_FIND_LIFT: return 151;
    case BS_SDK_ERROR_CANNOT_RELEASE_DOOR: return 152;
    case BS_SDK_ERROR_CANNOT_UNLOCK_DOOR: return 153;
    case BS_SDK_ERROR_CANNOT_LOCK_DOOR: return 154;
    case BS_SDK_ERROR_DOOR_FULL: return 155;
    case BS_SDK_ERROR_CANNOT_FIND_DOOR: return 156;
    case BS_SDK_ERROR_CANNOT_DEL_DEVICE: return 157;
    case BS_SDK_ERROR_SLAVE_NOT_READY: return 158;
    case BS_SDK_ERROR_CANNOT_ADD_DEVICE: return 159;
    case BS_SDK_ERROR_SLAVE_FULL: return 160;
    case BS_SDK_ERROR_CANNOT_SCAN_FACE: return 161;
    case BS_SDK_ERROR_CANNOT_FIND_DEVICE: return 162;
    case BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER: return 163;
    case BS_SDK_ERROR_CANNOT_SET_LED: return 164;
    case BS_SDK_ERROR_CANNOT_GET_RTC: return 165;
    case BS_SDK_ERROR_CANNOT_SET_RTC: return 166;
    case BS_SDK_ERROR_CANNOT_OPEN_RTC: return 167;
    case BS_SDK_ERROR_CANNOT_SCAN_CARD: return 168;
    case BS_SDK_ERROR_CANNOT_SCAN_FINGER: return 169;
    case BS_SDK_ERROR_INVALID_CONFIG_INDEX: return 170;
    case BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE: return 171;
    case BS_SDK_ERROR_INVALID_CONFIG_DATA: return 172;
    case BS_SDK_ERROR_INVALID_CONFIG_FILE: return 173;
    case BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE: return 174;
    case BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE: return 175;
    case BS_SDK_ERROR_INVALID_CONFIG: return 176;
    case BS_SDK_ERROR_ADMIN_CANNOT_SCAN: return 177;
    case BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL: return 178;
    case BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL: return 179;
    case BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL: return 180;
    case BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL: return 181;
    case BS_SDK_ERROR_USER_OVERRIDE_FULL: return 182;
    case BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST: return 183;
    case BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL: return 184;
    case BS_SDK_ERROR_SQL_ERROR: return 185;
    case BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL: return 187;
    case BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL: return 188;
    case BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL: return 189;
    case BS_SDK_ERROR_NO_FACE_CREDENTIAL: return 190;
    case BS_SDK_ERROR_DUPLICATE_FACE: return 191;
    case BS_SDK_ERROR_DUPLICATE_FINGERPRINT: return 192;
    case BS_SDK_ERROR_CANNOT_FIND_OPERATOR: return 193;
    case BS_SDK_ERROR_INVALID_SCHEDULE: return 194;
    case BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE: return 195;
    case BS_SDK_ERROR_DST_SCHEDULE_FULL: return 196;
    case BS_SDK_ERROR_USER_PHRASE_FULL: return 197;
    case BS_SDK_ERROR_AUTH_GROUP_FULL: return 198;
    case BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP: return 199;
    case BS_SDK_ERROR_FLOOR_SCHEDULE_FULL: return 200;
    case BS_SDK_ERROR_FACE_FULL: return 201;
    case BS_SDK_ERROR_CANNOT_UPDATE_FACE: return 202;
    case BS_SDK_ERROR_USER_JOB_FULL: return 203;
    case BS_SDK_ERROR_TIMER_CANCELED: return 204;
    case BS_SDK_ERROR_INVALID_LINK_ID: return 205;
    case BS_SDK_ERROR_OPERATOR_FULL: return 206;
    case BS_SDK_ERROR_CACHE_MISSED: return 207;
    case BS_SDK_ERROR_READER_FULL: return 208;
    case BS_SDK_ERROR_NO_USER_IMAGE: return 209;
    case BS_SDK_ERROR_NO_USER_NAME: return 210;
    case BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL: return 211;
    case BS_SDK_ERROR_NO_PIN_CREDENTIAL: return 212;
    case BS_SDK_ERROR_NO_CARD_CREDENTIAL: return 213;
    case BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL: return 214;
    case BS_SDK_ERROR_NO_CREDENTIAL: return 215;
    case BS_SDK_ERROR_TIME_PERIOD_FULL: return 216;
    case BS_SDK_ERROR_HOLIDAY_FULL: return 217;
    case BS_SDK_ERROR_HOLIDAY_GROUP_FULL: return 218;
    case BS_SDK_ERROR_ACCESS_SCHEDULE_FULL: return 219;
    case BS_SDK_ERROR_FLOOR_LEVEL_FULL: return 220;
    case BS_SDK_ERROR_ACCESS_GROUP_FULL: return 221;
    case BS_SDK_ERROR_DB_SLOT_FULL: return 222;
    case BS_SDK_ERROR_DOOR_SCHEDULE_FULL: return 223;
    case BS_SDK_ERROR_CANNOT_FIND_LOG: return 224;
    case BS_SDK_ERROR_NO_ADMIN_USER: return 225;
    case BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH: return 226;
    case BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT: return 227;
    case BS_SDK_ERROR_SLOT_DATA_CHECKSUM: return 228;
    case BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG: return 229;
    case BS_SDK_ERROR_USER_IMAGE_FULL: return 230;
    case BS_SDK_ERROR_USER_NAME_FULL: return 231;
    case BS_SDK_ERROR_BLACKLIST_FULL: return 232;
    case BS_SDK_ERROR_INVALID_USER_ID: return 233;
    case BS_SDK_ERROR_ACCESS_LEVEL_FULL: return 234;
    case BS_SDK_ERROR_CANNOT_FIND_USER: return 235;
    case BS_SDK_ERROR_INVALID_LOG_FILE: return 236;
    case BS_SDK_ERROR_NO_VALID_HDR_FILE: return 237;
    case BS_SDK_ERROR_CARD_FULL: return 238;
    case BS_SDK_ERROR_DUPLICATE_CARD: return 239;
    case BS_SDK_ERROR_FINGERPRINT_FULL: return 240;
    case BS_SDK_ERROR_DUPLICATE_TEMPLATE: return 241;
    case BS_SDK_ERROR_USER_FULL: return 242;
    case BS_SDK_ERROR_DUPLICATE_ID: return 243;
    case BS_SDK_ERROR_CANNOT_INIT_DB: return 244;
    case BS_SDK_ERROR_INVALID_SLOT_DATA: return 245;
    case BS_SDK_ERROR_INVALID_SLOT_NO: return 246;
    case BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT: return 247;
    case BS_SDK_ERROR_INVALID_DATA_FILE: return 248;
    case BS_SDK_ERROR_CANNOT_SET_TIME: return 249;
    case BS_SDK_ERROR_TIMEOUT: return 250;
    case BS_SDK_ERROR_NOT_SUPPORTED: return 251;
    case BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY: return 252;
    case BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL: return 253;
    case BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL: return 254;
    case BS_SDK_ERROR_WIEGAND_QUEUE_FULL: return 255;
    case BS_SDK_ERROR_INPUT_QUEUE_FULL: return 256;
    case BS_SDK_ERROR_INVALID_LCD_PACKET: return 257;
    case BS_SDK_ERROR_CANNOT_READ_LCD_PACKET: return 258;
    case BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET: return 259;
    case BS_SDK_ERROR_INVALID_LCD_PARAM: return 260;
    case BS_SDK_ERROR_INVALID_INTERPHONE_TYPE: return 261;
    case BS_SDK_ERROR_INVALID_PORT: return 262;
    case BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION: return 263;
    case BS_SDK_ERROR_CANNOT_ENABLE_INPUT: return 264;
    case BS_SDK_ERROR_READ_INPUT_TIMEOUT: return 265;
    case BS_SDK_ERROR_CANNOT_READ_INPUT: return 266;
    case BS_SDK_ERROR_CANNOT_READ_IO_PACKET: return 267;
    case BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET: return 268;
    case BS_SDK_ERROR_INVALID_RELAY: return 269;
    case BS_SDK_ERROR_ALREADY_OPEN_DIR: return 270;
    case BS_SDK_ERROR_DATA_MISMATCH: return 271;
    case BS_SDK_ERROR_CANNOT_GET_SYSINFO: return 272;
    case BS_SDK_ERROR_CANNOT_GET_STAT: return 273;
    case BS_SDK_ERROR_CANNOT_READ_FILE: return 274;
    case BS_SDK_ERROR_CANNOT_SEEK_FILE: return 275;
    case BS_SDK_ERROR_CANNOT_WRITE_FILE: return 276;
    case BS_SDK_ERROR_CANNOT_OPEN_FILE: return 277;
    case BS_SDK_ERROR_CANNOT_OPEN_DIR: return 278;
    case BS_SDK_ERROR_INCOMPATIBLE_FACE: return 279;
    case BS_SDK_ERROR_MATCH_FAIL: return 280;
    case BS_SDK_ERROR_OCCLUDED_MOUTH: return 281;
    case BS_SDK_ERROR_NOT_LOOKING_FRONT: return 282;
    case BS_SDK_ERROR_UNOPENED_EYES: return 283;
    case BS_SDK_ERROR_OVERLAPPED_FACE: return 284;
    case BS_SDK_ERROR_ROTATED_FACE: return 285;
    case BS_SDK_ERROR_BIASED_DETECTION: return 286;
    case BS_SDK_ERROR_LARGE_DETECTION: return 287;
    case BS_SDK_ERROR_SMALL_DETECTION: return 288;
    case BS_SDK_ERROR_NORMALIZE_FACE: return 289;
    case BS_SDK_ERROR_CANNOT_ESTIMATE: return 290;
    case BS_SDK_ERROR_FAKE_FACE_DETECTED: return 291;
    case BS_SDK_ERROR_UNMASKED_FACE_DETECTED: return 292;
    case BS_SDK_ERROR_FACE_SCAN_FAILED: return 293;
    case BS_SDK_ERROR_FACE_SCAN_CANCELLED: return 294;
    case BS_SDK_ERROR_FACE_SCAN_TIMEOUT: return 295;
    case BS_SDK_ERROR_FACE_CAPTURE_FAIL: return 296;
    case BS_SDK_ERROR_CANNOT_FIND_FACE: return 298;
    case BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR: return 299;
    case BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN: return 300;
    case BS_SDK_ERROR_FAKE_FINGER_DETECTED: return 301;
    case BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT: return 302;
    case BS_SDK_ERROR_CAPTURE_LOW_QUALITY: return 303;
    case BS_SDK_ERROR_EXTRACTION_LOW_QUALITY: return 304;
    case BS_SDK_ERROR_NOT_SAME_FINGERPRINT: return 305;
    case BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED: return 306;
    case BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT: return 307;
    case BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL: return 308;
    case BS_SDK_ERROR_IDENTIFY_TIMEOUT: return 310;
    case BS_SDK_ERROR_IDENTIFY_FAIL: return 311;
    case BS_SDK_ERROR_VERIFY_FAIL: return 312;
    case BS_SDK_ERROR_EXTRACTION_FAIL: return 313;
    case BS_SDK_ERROR_INVALID_CODE_SIGN: return 314;
    case BS_SDK_ERROR_NO_PACKET: return 315;
    case BS_SDK_ERROR_PACKET_SEQUENCE: return 316;
    case BS_SDK_ERROR_PACKET_COMMAND: return 317;
    case BS_SDK_ERROR_PACKET_INDEX: return 318;
    case BS_SDK_ERROR_PACKET_CHECKSUM: return 319;
    case BS_SDK_ERROR_INVALID_DEVICE_TYPE: return 320;
    case BS_SDK_ERROR_INVALID_DEVICE_ID: return 321;
    case BS_SDK_ERROR_INVALID_PACKET: return 322;
    case BS_SDK_ERROR_INVALID_PARAM: return 323;
    case BS_SDK_ERROR_INVALID_ADDRESS: return 324;
    case BS_SDK_ERROR_NOT_SUPPORTED_IPV6: return 325;
    case BS_SDK_ERROR_NOT_ENOUGTH_BUFFER: return 326;
    case BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO: return 327;
    case BS_SDK_ERROR_IPV6_IS_NOT_ENABLE: return 328;
    case BS_SDK_ERROR_IPV4_IS_NOT_ENABLE: return 329;
    case BS_SDK_ERROR_SOCKET_IN_PROGRESS: return 330;
    case BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED: return 331;
    case BS_SDK_ERROR_SOCKET_IS_NOT_OPEN: return 332;
    case BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED: return 333;
    case BS_SDK_ERROR_CANNOT_WRITE_SOCKET: return 334;
    case BS_SDK_ERROR_CANNOT_READ_SOCKET: return 335;
    case BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET: return 336;
    case BS_SDK_ERROR_CANNOT_LISTEN_SOCKET: return 337;
    case BS_SDK_ERROR_CANNOT_CONNECT_SOCKET: return 338;
    case BS_SDK_ERROR_CANNOT_OPEN_SOCKET: return 339;
    case BS_SDK_ERROR_FROM_DEVICE_DRIVER: return 340;
    case BS_SDK_SUCCESS: return 341;
    case BS_SDK_DURESS_SUCCESS: return 342;
    case BS_SDK_FIRST_AUTH_SUCCESS: return 343;
    case BS_SDK_SECOND_AUTH_SUCCESS: return 344;
    case BS_SDK_DUAL_AUTH_SUCCESS: return 345;
    case BS_SDK_WIEGAND_BYPASS_SUCCESS: return 346;
    case BS_SDK_ANONYMOUS_SUCCESS: return 347;
    case BS_SDK_LOCKOVERRIDE_SUCCESS: return 348;
    default: return -1;
    }
}

/* The alias of row `row` as a case label: 1 if `code` matches it, 0 if not, -1 if the row is no alias. */
static inline int bs_ref_alias_case(int row, int code) {
    switch (row) {
    case 45: switch (code) { case BS_SDK_ERROR_SSL_VERIFY_CA: return 1; default: return 0; }
    case 47: switch (code) { case BS_SDK_ERROR_SSL_INVALID_CA: return 1; default: return 0; }
    case 50: switch (code) { case BS_SDK_ERROR_SSL_IS_NOT_CONNECTED: return 1; default: return 0; }
    case 52: switch (code) { case BS_SDK_ERROR_SSL_EXIST: return 1; default: return 0; }
    case 103: switch (code) { case BS_SDK_ERROR_SET_FIRE_ALARM: return 1; default: return 0; }
    case 105: switch (code) { case BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION: return 1; default: return 0; }
    case 112: switch (code) { case BS_SDK_ERROR_ZONE_FULL: return 1; default: return 0; }
    case 186: switch (code) { case BS_SDK_ERROR_USER_IMAGE_EX_FULL: return 1; default: return 0; }
    case 297: switch (code) { case BS_SDK_ERROR_NO_FACE_DETECTED: return 1; default: return 0; }
    case 309: switch (code) { case BS_SDK_ERROR_NO_FINGER_DETECTED: return 1; default: return 0; }
    default: return -1;
    }
}

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#endif

/* Every macro that is not a deprecated alias, in #if. */
#if !defined(BS_SDK_ERROR_INITIALIZE_NOTIFYMGR) || (BS_SDK_ERROR_INITIALIZE_NOTIFYMGR) != (-10202)
#error "BS_SDK_ERROR_INITIALIZE_NOTIFYMGR is not -10202 in #if"
#endif
#if !defined(BS_SDK_ERROR_INITIALIZE_FILELOG) || (BS_SDK_ERROR_INITIALIZE_FILELOG) != (-10201)
#error "BS_SDK_ERROR_INITIALIZE_FILELOG is not -10201 in #if"
#endif
#if !defined(BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND) || (BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND) != (-10105)
#error "BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND is not -10105 in #if"
#endif
#if !defined(BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT) || (BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT) != (-10104)
#error "BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT is not -10104 in #if"
#endif
#if !defined(BS_SDK_ERROR_MOBILE_NOT_LOGIN) || (BS_SDK_ERROR_MOBILE_NOT_LOGIN) != (-10103)
#error "BS_SDK_ERROR_MOBILE_NOT_LOGIN is not -10103 in #if"
#endif
#if !defined(BS_SDK_ERROR_MOBILE_NO_RESPONSE) || (BS_SDK_ERROR_MOBILE_NO_RESPONSE) != (-10101)
#error "BS_SDK_ERROR_MOBILE_NO_RESPONSE is not -10101 in #if"
#endif
#if !defined(BS_SDK_ERROR_MOBILE_STATUS_FAULT) || (BS_SDK_ERROR_MOBILE_STATUS_FAULT) != (-10100)
#error "BS_SDK_ERROR_MOBILE_STATUS_FAULT is not -10100 in #if"
#endif
#if !defined(BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE) || (BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE) != (-10011)
#error "BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE is not -10011 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_SCHEDULE_ID) || (BS_SDK_ERROR_INVALID_SCHEDULE_ID) != (-10010)
#error "BS_SDK_ERROR_INVALID_SCHEDULE_ID is not -10010 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_FILE_FORMAT) || (BS_SDK_ERROR_INVALID_FILE_FORMAT) != (-10009)
#error "BS_SDK_ERROR_INVALID_FILE_FORMAT is not -10009 in #if"
#endif
#if !defined(BS_SDK_ERROR_INTERNAL) || (BS_SDK_ERROR_INTERNAL) != (-10008)
#error "BS_SDK_ERROR_INTERNAL is not -10008 in #if"
#endif
#if !defined(BS_SDK_ERROR_DEVICE_BUSY) || (BS_SDK_ERROR_DEVICE_BUSY) != (-10007)
#error "BS_SDK_ERROR_DEVICE_BUSY is not -10007 in #if"
#endif
#if !defined(BS_SDK_ERROR_DECRYPT) || (BS_SDK_ERROR_DECRYPT) != (-10006)
#error "BS_SDK_ERROR_DECRYPT is not -10006 in #if"
#endif
#if !defined(BS_SDK_ERROR_ENCRYPT) || (BS_SDK_ERROR_ENCRYPT) != (-10005)
#error "BS_SDK_ERROR_ENCRYPT is not -10005 in #if"
#endif
#if !defined(BS_SDK_ERROR_EXIST) || (BS_SDK_ERROR_EXIST) != (-10004)
#error "BS_SDK_ERROR_EXIST is not -10004 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANCELED) || (BS_SDK_ERROR_CANCELED) != (-10003)
#error "BS_SDK_ERROR_CANCELED is not -10003 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_RUN_SERVICE) || (BS_SDK_ERROR_CANNOT_RUN_SERVICE) != (-10002)
#error "BS_SDK_ERROR_CANNOT_RUN_SERVICE is not -10002 in #if"
#endif
#if !defined(BS_SDK_ERROR_UNINITIALIZED) || (BS_SDK_ERROR_UNINITIALIZED) != (-10001)
#error "BS_SDK_ERROR_UNINITIALIZED is not -10001 in #if"
#endif
#if !defined(BS_SDK_ERROR_NULL_POINTER) || (BS_SDK_ERROR_NULL_POINTER) != (-10000)
#error "BS_SDK_ERROR_NULL_POINTER is not -10000 in #if"
#endif
#if !defined(BS_SDK_ERROR_UZ_ADD_FAIL) || (BS_SDK_ERROR_UZ_ADD_FAIL) != (-4024)
#error "BS_SDK_ERROR_UZ_ADD_FAIL is not -4024 in #if"
#endif
#if !defined(BS_SDK_ERROR_UZ_SPEC_FULL) || (BS_SDK_ERROR_UZ_SPEC_FULL) != (-4023)
#error "BS_SDK_ERROR_UZ_SPEC_FULL is not -4023 in #if"
#endif
#if !defined(BS_SDK_ERROR_UZ_CHANNEL_FULL) || (BS_SDK_ERROR_UZ_CHANNEL_FULL) != (-4022)
#error "BS_SDK_ERROR_UZ_CHANNEL_FULL is not -4022 in #if"
#endif
#if !defined(BS_SDK_ERROR_UZ_ENABLE_FULL) || (BS_SDK_ERROR_UZ_ENABLE_FULL) != (-4021)
#error "BS_SDK_ERROR_UZ_ENABLE_FULL is not -4021 in #if"
#endif
#if !defined(BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO) || (BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO) != (-4020)
#error "BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO is not -4020 in #if"
#endif
#if !defined(BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE) || (BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE) != (-4017)
#error "BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE is not -4017 in #if"
#endif
#if !defined(BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL) || (BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL) != (-4016)
#error "BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL is not -4016 in #if"
#endif
#if !defined(BS_SDK_ERROR_LICENSE_JSON_FORMAT) || (BS_SDK_ERROR_LICENSE_JSON_FORMAT) != (-4015)
#error "BS_SDK_ERROR_LICENSE_JSON_FORMAT is not -4015 in #if"
#endif
#if !defined(BS_SDK_ERROR_LICENSE_PARRING_JSON) || (BS_SDK_ERROR_LICENSE_PARRING_JSON) != (-4014)
#error "BS_SDK_ERROR_LICENSE_PARRING_JSON is not -4014 in #if"
#endif
#if !defined(BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH) || (BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH) != (-4013)
#error "BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH is not -4013 in #if"
#endif
#if !defined(BS_SDK_ERROR_LICENSE_FILE_NOT_VALID) || (BS_SDK_ERROR_LICENSE_FILE_NOT_VALID) != (-4012)
#error "BS_SDK_ERROR_LICENSE_FILE_NOT_VALID is not -4012 in #if"
#endif
#if !defined(BS_SDK_ERROR_LICENSE_CRC) || (BS_SDK_ERROR_LICENSE_CRC) != (-4011)
#error "BS_SDK_ERROR_LICENSE_CRC is not -4011 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_LICENSE) || (BS_SDK_ERROR_NO_LICENSE) != (-4010)
#error "BS_SDK_ERROR_NO_LICENSE is not -4010 in #if"
#endif
#if !defined(BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE) || (BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE) != (-4009)
#error "BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE is not -4009 in #if"
#endif
#if !defined(BS_SDK_ERROR_FAIL_SLAVE_SET_KEY) || (BS_SDK_ERROR_FAIL_SLAVE_SET_KEY) != (-4008)
#error "BS_SDK_ERROR_FAIL_SLAVE_SET_KEY is not -4008 in #if"
#endif
#if !defined(BS_SDK_ERROR_FAIL_MASTER_SET_KEY) || (BS_SDK_ERROR_FAIL_MASTER_SET_KEY) != (-4007)
#error "BS_SDK_ERROR_FAIL_MASTER_SET_KEY is not -4007 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID) || (BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID) != (-4006)
#error "BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID is not -4006 in #if"
#endif
#if !defined(BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE) || (BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE) != (-4005)
#error "BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE is not -4005 in #if"
#endif
#if !defined(BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE) || (BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE) != (-4004)
#error "BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE is not -4004 in #if"
#endif
#if !defined(BS_SDK_ERROR_DUPLICATE_OSDP_ID) || (BS_SDK_ERROR_DUPLICATE_OSDP_ID) != (-4003)
#error "BS_SDK_ERROR_DUPLICATE_OSDP_ID is not -4003 in #if"
#endif
#if !defined(BS_SDK_ERROR_ALREADY_FULL_SLAVES) || (BS_SDK_ERROR_ALREADY_FULL_SLAVES) != (-4002)
#error "BS_SDK_ERROR_ALREADY_FULL_SLAVES is not -4002 in #if"
#endif
#if !defined(BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL) || (BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL) != (-4001)
#error "BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL is not -4001 in #if"
#endif
#if !defined(BS_SDK_ERROR_MOBILE_PORTAL) || (BS_SDK_ERROR_MOBILE_PORTAL) != (-3100)
#error "BS_SDK_ERROR_MOBILE_PORTAL is not -3100 in #if"
#endif
#if !defined(BS_SDK_ERROR_SSL_VERIFY_KEY) || (BS_SDK_ERROR_SSL_VERIFY_KEY) != (-3007)
#error "BS_SDK_ERROR_SSL_VERIFY_KEY is not -3007 in #if"
#endif
#if !defined(BS_SDK_ERROR_SSL_INVALID_KEY) || (BS_SDK_ERROR_SSL_INVALID_KEY) != (-3006)
#error "BS_SDK_ERROR_SSL_INVALID_KEY is not -3006 in #if"
#endif
#if !defined(BS_SDK_ERROR_SSL_VERIFY_CERT) || (BS_SDK_ERROR_SSL_VERIFY_CERT) != (-3005)
#error "BS_SDK_ERROR_SSL_VERIFY_CERT is not -3005 in #if"
#endif
#if !defined(BS_SDK_ERROR_SSL_INVALID_CERT) || (BS_SDK_ERROR_SSL_INVALID_CERT) != (-3004)
#error "BS_SDK_ERROR_SSL_INVALID_CERT is not -3004 in #if"
#endif
#if !defined(BS_SDK_ERROR_SSL_ALREADY_CONNECTED) || (BS_SDK_ERROR_SSL_ALREADY_CONNECTED) != (-3003)
#error "BS_SDK_ERROR_SSL_ALREADY_CONNECTED is not -3003 in #if"
#endif
#if !defined(BS_SDK_ERROR_SSL_CANNOT_CONNECT) || (BS_SDK_ERROR_SSL_CANNOT_CONNECT) != (-3002)
#error "BS_SDK_ERROR_SSL_CANNOT_CONNECT is not -3002 in #if"
#endif
#if !defined(BS_SDK_ERROR_SSL_NOT_SUPPORTED) || (BS_SDK_ERROR_SSL_NOT_SUPPORTED) != (-3001)
#error "BS_SDK_ERROR_SSL_NOT_SUPPORTED is not -3001 in #if"
#endif
#if !defined(BS_SDK_ERROR_SSL_INIT) || (BS_SDK_ERROR_SSL_INIT) != (-3000)
#error "BS_SDK_ERROR_SSL_INIT is not -3000 in #if"
#endif
#if !defined(BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED) || (BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED) != (-2007)
#error "BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED is not -2007 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY) || (BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY) != (-2006)
#error "BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY is not -2006 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_SEND_TO_SERVER) || (BS_SDK_ERROR_CANNOT_SEND_TO_SERVER) != (-2005)
#error "BS_SDK_ERROR_CANNOT_SEND_TO_SERVER is not -2005 in #if"
#endif
#if !defined(BS_SDK_ERROR_DEVICE_LOCKED) || (BS_SDK_ERROR_DEVICE_LOCKED) != (-2004)
#error "BS_SDK_ERROR_DEVICE_LOCKED is not -2004 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_UPGRADE) || (BS_SDK_ERROR_CANNOT_UPGRADE) != (-2003)
#error "BS_SDK_ERROR_CANNOT_UPGRADE is not -2003 in #if"
#endif
#if !defined(BS_SDK_ERROR_ALLOC_MEM) || (BS_SDK_ERROR_ALLOC_MEM) != (-2002)
#error "BS_SDK_ERROR_ALLOC_MEM is not -2002 in #if"
#endif
#if !defined(BS_SDK_ERROR_FILE_IO) || (BS_SDK_ERROR_FILE_IO) != (-2000)
#error "BS_SDK_ERROR_FILE_IO is not -2000 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_EXECUTE_THREAD) || (BS_SDK_ERROR_CANNOT_EXECUTE_THREAD) != (-1507)
#error "BS_SDK_ERROR_CANNOT_EXECUTE_THREAD is not -1507 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_DETECT_FACE) || (BS_SDK_ERROR_CANNOT_DETECT_FACE) != (-1506)
#error "BS_SDK_ERROR_CANNOT_DETECT_FACE is not -1506 in #if"
#endif
#if !defined(BS_SDK_ERROR_CAMERA_CAPTURE_FAIL) || (BS_SDK_ERROR_CAMERA_CAPTURE_FAIL) != (-1505)
#error "BS_SDK_ERROR_CAMERA_CAPTURE_FAIL is not -1505 in #if"
#endif
#if !defined(BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL) || (BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL) != (-1504)
#error "BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL is not -1504 in #if"
#endif
#if !defined(BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED) || (BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED) != (-1503)
#error "BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED is not -1503 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_ENCODE_JPEG) || (BS_SDK_ERROR_CANNOT_ENCODE_JPEG) != (-1502)
#error "BS_SDK_ERROR_CANNOT_ENCODE_JPEG is not -1502 in #if"
#endif
#if !defined(BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL) || (BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL) != (-1501)
#error "BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL is not -1501 in #if"
#endif
#if !defined(BS_SDK_ERROR_CAMERA_INIT_FAIL) || (BS_SDK_ERROR_CAMERA_INIT_FAIL) != (-1500)
#error "BS_SDK_ERROR_CAMERA_INIT_FAIL is not -1500 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_PASSWORD) || (BS_SDK_ERROR_INVALID_PASSWORD) != (-1400)
#error "BS_SDK_ERROR_INVALID_PASSWORD is not -1400 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_CARD) || (BS_SDK_ERROR_CANNOT_FIND_CARD) != (-1310)
#error "BS_SDK_ERROR_CANNOT_FIND_CARD is not -1310 in #if"
#endif
#if !defined(BS_SDK_ERROR_CARD_CANNOT_SEND_DATA) || (BS_SDK_ERROR_CARD_CANNOT_SEND_DATA) != (-1308)
#error "BS_SDK_ERROR_CARD_CANNOT_SEND_DATA is not -1308 in #if"
#endif
#if !defined(BS_SDK_ERROR_CARD_READ_CANCELLED) || (BS_SDK_ERROR_CARD_READ_CANCELLED) != (-1307)
#error "BS_SDK_ERROR_CARD_READ_CANCELLED is not -1307 in #if"
#endif
#if !defined(BS_SDK_ERROR_CARD_READ_TIMEOUT) || (BS_SDK_ERROR_CARD_READ_TIMEOUT) != (-1306)
#error "BS_SDK_ERROR_CARD_READ_TIMEOUT is not -1306 in #if"
#endif
#if !defined(BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA) || (BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA) != (-1305)
#error "BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA is not -1305 in #if"
#endif
#if !defined(BS_SDK_ERROR_CARD_CIS_CRC) || (BS_SDK_ERROR_CARD_CIS_CRC) != (-1304)
#error "BS_SDK_ERROR_CARD_CIS_CRC is not -1304 in #if"
#endif
#if !defined(BS_SDK_ERROR_CARD_CANNOT_READ_DATA) || (BS_SDK_ERROR_CARD_CANNOT_READ_DATA) != (-1303)
#error "BS_SDK_ERROR_CARD_CANNOT_READ_DATA is not -1303 in #if"
#endif
#if !defined(BS_SDK_ERROR_CARD_NOT_ACTIVATED) || (BS_SDK_ERROR_CARD_NOT_ACTIVATED) != (-1302)
#error "BS_SDK_ERROR_CARD_NOT_ACTIVATED is not -1302 in #if"
#endif
#if !defined(BS_SDK_ERROR_CARD_INIT_FAIL) || (BS_SDK_ERROR_CARD_INIT_FAIL) != (-1301)
#error "BS_SDK_ERROR_CARD_INIT_FAIL is not -1301 in #if"
#endif
#if !defined(BS_SDK_ERROR_CARD_IO) || (BS_SDK_ERROR_CARD_IO) != (-1300)
#error "BS_SDK_ERROR_CARD_IO is not -1300 in #if"
#endif
#if !defined(BS_SDK_ERROR_LIFT_LOCK_VIOLATION) || (BS_SDK_ERROR_LIFT_LOCK_VIOLATION) != (-1230)
#error "BS_SDK_ERROR_LIFT_LOCK_VIOLATION is not -1230 in #if"
#endif
#if !defined(BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL) || (BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL) != (-1229)
#error "BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL is not -1229 in #if"
#endif
#if !defined(BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION) || (BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION) != (-1228)
#error "BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION is not -1228 in #if"
#endif
#if !defined(BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION) || (BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION) != (-1227)
#error "BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION is not -1227 in #if"
#endif
#if !defined(BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION) || (BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION) != (-1226)
#error "BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION is not -1226 in #if"
#endif
#if !defined(BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION) || (BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION) != (-1225)
#error "BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION is not -1225 in #if"
#endif
#if !defined(BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION) || (BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION) != (-1224)
#error "BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION is not -1224 in #if"
#endif
#if !defined(BS_SDK_ERROR_INTERLOCK_ZONE_FULL) || (BS_SDK_ERROR_INTERLOCK_ZONE_FULL) != (-1223)
#error "BS_SDK_ERROR_INTERLOCK_ZONE_FULL is not -1223 in #if"
#endif
#if !defined(BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION) || (BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION) != (-1222)
#error "BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION is not -1222 in #if"
#endif
#if !defined(BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION) || (BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION) != (-1221)
#error "BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION is not -1221 in #if"
#endif
#if !defined(BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION) || (BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION) != (-1220)
#error "BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION is not -1220 in #if"
#endif
#if !defined(BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION) || (BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION) != (-1219)
#error "BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION is not -1219 in #if"
#endif
#if !defined(BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION) || (BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION) != (-1218)
#error "BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION is not -1218 in #if"
#endif
#if !defined(BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION) || (BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION) != (-1217)
#error "BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION is not -1217 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_ARM_CARD) || (BS_SDK_ERROR_CANNOT_FIND_ARM_CARD) != (-1216)
#error "BS_SDK_ERROR_CANNOT_FIND_ARM_CARD is not -1216 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_DISARM) || (BS_SDK_ERROR_CANNOT_DISARM) != (-1215)
#error "BS_SDK_ERROR_CANNOT_DISARM is not -1215 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_ARM) || (BS_SDK_ERROR_CANNOT_ARM) != (-1214)
#error "BS_SDK_ERROR_CANNOT_ARM is not -1214 in #if"
#endif
#if !defined(BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL) || (BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL) != (-1213)
#error "BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL is not -1213 in #if"
#endif
#if !defined(BS_SDK_ERROR_INACTIVE_ZONE) || (BS_SDK_ERROR_INACTIVE_ZONE) != (-1212)
#error "BS_SDK_ERROR_INACTIVE_ZONE is not -1212 in #if"
#endif
#if !defined(BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL) || (BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL) != (-1211)
#error "BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL is not -1211 in #if"
#endif
#if !defined(BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL) || (BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL) != (-1210)
#error "BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL is not -1210 in #if"
#endif
#if !defined(BS_SDK_ERROR_TIMED_APB_ZONE_FULL) || (BS_SDK_ERROR_TIMED_APB_ZONE_FULL) != (-1209)
#error "BS_SDK_ERROR_TIMED_APB_ZONE_FULL is not -1209 in #if"
#endif
#if !defined(BS_SDK_ERROR_APB_ZONE_FULL) || (BS_SDK_ERROR_APB_ZONE_FULL) != (-1208)
#error "BS_SDK_ERROR_APB_ZONE_FULL is not -1208 in #if"
#endif
#if !defined(BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION) || (BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION) != (-1207)
#error "BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION is not -1207 in #if"
#endif
#if !defined(BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION) || (BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION) != (-1206)
#error "BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION is not -1206 in #if"
#endif
#if !defined(BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION) || (BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION) != (-1205)
#error "BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION is not -1205 in #if"
#endif
#if !defined(BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION) || (BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION) != (-1204)
#error "BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION is not -1204 in #if"
#endif
#if !defined(BS_SDK_ERROR_SOFT_APB_VIOLATION) || (BS_SDK_ERROR_SOFT_APB_VIOLATION) != (-1203)
#error "BS_SDK_ERROR_SOFT_APB_VIOLATION is not -1203 in #if"
#endif
#if !defined(BS_SDK_ERROR_HARD_APB_VIOLATION) || (BS_SDK_ERROR_HARD_APB_VIOLATION) != (-1202)
#error "BS_SDK_ERROR_HARD_APB_VIOLATION is not -1202 in #if"
#endif
#if !defined(BS_SDK_ERROR_SET_ZONE) || (BS_SDK_ERROR_SET_ZONE) != (-1201)
#error "BS_SDK_ERROR_SET_ZONE is not -1201 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_ZONE) || (BS_SDK_ERROR_CANNOT_FIND_ZONE) != (-1200)
#error "BS_SDK_ERROR_CANNOT_FIND_ZONE is not -1200 in #if"
#endif
#if !defined(BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED) || (BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED) != (-1135)
#error "BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED is not -1135 in #if"
#endif
#if !defined(BS_SDK_FACE_OR_PIN_AUTH_REQUIRED) || (BS_SDK_FACE_OR_PIN_AUTH_REQUIRED) != (-1134)
#error "BS_SDK_FACE_OR_PIN_AUTH_REQUIRED is not -1134 in #if"
#endif
#if !defined(BS_SDK_FINGERPRINT_AUTH_REQUIRED) || (BS_SDK_FINGERPRINT_AUTH_REQUIRED) != (-1133)
#error "BS_SDK_FINGERPRINT_AUTH_REQUIRED is not -1133 in #if"
#endif
#if !defined(BS_SDK_FACE_AUTH_REQUIRED) || (BS_SDK_FACE_AUTH_REQUIRED) != (-1132)
#error "BS_SDK_FACE_AUTH_REQUIRED is not -1132 in #if"
#endif
#if !defined(BS_SDK_THERMAL_CHECK_REQUIRED) || (BS_SDK_THERMAL_CHECK_REQUIRED) != (-1131)
#error "BS_SDK_THERMAL_CHECK_REQUIRED is not -1131 in #if"
#endif
#if !defined(BS_SDK_MASK_CHECK_REQUIRED) || (BS_SDK_MASK_CHECK_REQUIRED) != (-1130)
#error "BS_SDK_MASK_CHECK_REQUIRED is not -1130 in #if"
#endif
#if !defined(BS_SDK_ERROR_UNMASKED_FACE_VIOLATION) || (BS_SDK_ERROR_UNMASKED_FACE_VIOLATION) != (-1129)
#error "BS_SDK_ERROR_UNMASKED_FACE_VIOLATION is not -1129 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE) || (BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE) != (-1128)
#error "BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE is not -1128 in #if"
#endif
#if !defined(BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION) || (BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION) != (-1127)
#error "BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION is not -1127 in #if"
#endif
#if !defined(BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION) || (BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION) != (-1126)
#error "BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION is not -1126 in #if"
#endif
#if !defined(BS_SDK_ERROR_IDENTIFICATION_REQUIRED) || (BS_SDK_ERROR_IDENTIFICATION_REQUIRED) != (-1125)
#error "BS_SDK_ERROR_IDENTIFICATION_REQUIRED is not -1125 in #if"
#endif
#if !defined(BS_SDK_ERROR_AUTH_GROUP_REQUIRED) || (BS_SDK_ERROR_AUTH_GROUP_REQUIRED) != (-1124)
#error "BS_SDK_ERROR_AUTH_GROUP_REQUIRED is not -1124 in #if"
#endif
#if !defined(BS_SDK_ERROR_AUTH_FAIL) || (BS_SDK_ERROR_AUTH_FAIL) != (-1123)
#error "BS_SDK_ERROR_AUTH_FAIL is not -1123 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL) || (BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL) != (-1122)
#error "BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL is not -1122 in #if"
#endif
#if !defined(BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL) || (BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL) != (-1121)
#error "BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL is not -1121 in #if"
#endif
#if !defined(BS_SDK_ERROR_TNA_CODE_REQUIRED) || (BS_SDK_ERROR_TNA_CODE_REQUIRED) != (-1120)
#error "BS_SDK_ERROR_TNA_CODE_REQUIRED is not -1120 in #if"
#endif
#if !defined(BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED) || (BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED) != (-1119)
#error "BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED is not -1119 in #if"
#endif
#if !defined(BS_SDK_ERROR_PIN_AUTH_REQUIRED) || (BS_SDK_ERROR_PIN_AUTH_REQUIRED) != (-1118)
#error "BS_SDK_ERROR_PIN_AUTH_REQUIRED is not -1118 in #if"
#endif
#if !defined(BS_SDK_ERROR_CARD_AUTH_REQUIRED) || (BS_SDK_ERROR_CARD_AUTH_REQUIRED) != (-1117)
#error "BS_SDK_ERROR_CARD_AUTH_REQUIRED is not -1117 in #if"
#endif
#if !defined(BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED) || (BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED) != (-1116)
#error "BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED is not -1116 in #if"
#endif
#if !defined(BS_SDK_ERROR_DUAL_AUTH_FAIL) || (BS_SDK_ERROR_DUAL_AUTH_FAIL) != (-1115)
#error "BS_SDK_ERROR_DUAL_AUTH_FAIL is not -1115 in #if"
#endif
#if !defined(BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL) || (BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL) != (-1114)
#error "BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL is not -1114 in #if"
#endif
#if !defined(BS_SDK_ERROR_AUTH_UNEXPECTED_USER) || (BS_SDK_ERROR_AUTH_UNEXPECTED_USER) != (-1113)
#error "BS_SDK_ERROR_AUTH_UNEXPECTED_USER is not -1113 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_AUTH_MODE) || (BS_SDK_ERROR_INVALID_AUTH_MODE) != (-1112)
#error "BS_SDK_ERROR_INVALID_AUTH_MODE is not -1112 in #if"
#endif
#if !defined(BS_SDK_ERROR_DUAL_AUTH_TIMEOUT) || (BS_SDK_ERROR_DUAL_AUTH_TIMEOUT) != (-1111)
#error "BS_SDK_ERROR_DUAL_AUTH_TIMEOUT is not -1111 in #if"
#endif
#if !defined(BS_SDK_ERROR_AUTH_TIMEOUT) || (BS_SDK_ERROR_AUTH_TIMEOUT) != (-1110)
#error "BS_SDK_ERROR_AUTH_TIMEOUT is not -1110 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_BLACKLIST) || (BS_SDK_ERROR_CANNOT_FIND_BLACKLIST) != (-1109)
#error "BS_SDK_ERROR_CANNOT_FIND_BLACKLIST is not -1109 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP) || (BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP) != (-1108)
#error "BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP is not -1108 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE) || (BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE) != (-1107)
#error "BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE is not -1107 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL) || (BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL) != (-1106)
#error "BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL is not -1106 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP) || (BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP) != (-1105)
#error "BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP is not -1105 in #if"
#endif
#if !defined(BS_SDK_ERROR_BLACKLIST) || (BS_SDK_ERROR_BLACKLIST) != (-1104)
#error "BS_SDK_ERROR_BLACKLIST is not -1104 in #if"
#endif
#if !defined(BS_SDK_ERROR_EXPIRED) || (BS_SDK_ERROR_EXPIRED) != (-1103)
#error "BS_SDK_ERROR_EXPIRED is not -1103 in #if"
#endif
#if !defined(BS_SDK_ERROR_NOT_YET_VALID) || (BS_SDK_ERROR_NOT_YET_VALID) != (-1102)
#error "BS_SDK_ERROR_NOT_YET_VALID is not -1102 in #if"
#endif
#if !defined(BS_SDK_ERROR_DISABLED) || (BS_SDK_ERROR_DISABLED) != (-1101)
#error "BS_SDK_ERROR_DISABLED is not -1101 in #if"
#endif
#if !defined(BS_SDK_ERROR_ACCESS_RULE_VIOLATION) || (BS_SDK_ERROR_ACCESS_RULE_VIOLATION) != (-1100)
#error "BS_SDK_ERROR_ACCESS_RULE_VIOLATION is not -1100 in #if"
#endif
#if !defined(BS_SDK_ERROR_LIFT_FULL) || (BS_SDK_ERROR_LIFT_FULL) != (-1006)
#error "BS_SDK_ERROR_LIFT_FULL is not -1006 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_LIFT) || (BS_SDK_ERROR_CANNOT_FIND_LIFT) != (-1005)
#error "BS_SDK_ERROR_CANNOT_FIND_LIFT is not -1005 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_RELEASE_DOOR) || (BS_SDK_ERROR_CANNOT_RELEASE_DOOR) != (-1004)
#error "BS_SDK_ERROR_CANNOT_RELEASE_DOOR is not -1004 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_UNLOCK_DOOR) || (BS_SDK_ERROR_CANNOT_UNLOCK_DOOR) != (-1003)
#error "BS_SDK_ERROR_CANNOT_UNLOCK_DOOR is not -1003 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_LOCK_DOOR) || (BS_SDK_ERROR_CANNOT_LOCK_DOOR) != (-1002)
#error "BS_SDK_ERROR_CANNOT_LOCK_DOOR is not -1002 in #if"
#endif
#if !defined(BS_SDK_ERROR_DOOR_FULL) || (BS_SDK_ERROR_DOOR_FULL) != (-1001)
#error "BS_SDK_ERROR_DOOR_FULL is not -1001 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_DOOR) || (BS_SDK_ERROR_CANNOT_FIND_DOOR) != (-1000)
#error "BS_SDK_ERROR_CANNOT_FIND_DOOR is not -1000 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_DEL_DEVICE) || (BS_SDK_ERROR_CANNOT_DEL_DEVICE) != (-913)
#error "BS_SDK_ERROR_CANNOT_DEL_DEVICE is not -913 in #if"
#endif
#if !defined(BS_SDK_ERROR_SLAVE_NOT_READY) || (BS_SDK_ERROR_SLAVE_NOT_READY) != (-912)
#error "BS_SDK_ERROR_SLAVE_NOT_READY is not -912 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_ADD_DEVICE) || (BS_SDK_ERROR_CANNOT_ADD_DEVICE) != (-911)
#error "BS_SDK_ERROR_CANNOT_ADD_DEVICE is not -911 in #if"
#endif
#if !defined(BS_SDK_ERROR_SLAVE_FULL) || (BS_SDK_ERROR_SLAVE_FULL) != (-910)
#error "BS_SDK_ERROR_SLAVE_FULL is not -910 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_SCAN_FACE) || (BS_SDK_ERROR_CANNOT_SCAN_FACE) != (-908)
#error "BS_SDK_ERROR_CANNOT_SCAN_FACE is not -908 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_DEVICE) || (BS_SDK_ERROR_CANNOT_FIND_DEVICE) != (-907)
#error "BS_SDK_ERROR_CANNOT_FIND_DEVICE is not -907 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER) || (BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER) != (-906)
#error "BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER is not -906 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_SET_LED) || (BS_SDK_ERROR_CANNOT_SET_LED) != (-905)
#error "BS_SDK_ERROR_CANNOT_SET_LED is not -905 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_GET_RTC) || (BS_SDK_ERROR_CANNOT_GET_RTC) != (-904)
#error "BS_SDK_ERROR_CANNOT_GET_RTC is not -904 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_SET_RTC) || (BS_SDK_ERROR_CANNOT_SET_RTC) != (-903)
#error "BS_SDK_ERROR_CANNOT_SET_RTC is not -903 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_OPEN_RTC) || (BS_SDK_ERROR_CANNOT_OPEN_RTC) != (-902)
#error "BS_SDK_ERROR_CANNOT_OPEN_RTC is not -902 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_SCAN_CARD) || (BS_SDK_ERROR_CANNOT_SCAN_CARD) != (-901)
#error "BS_SDK_ERROR_CANNOT_SCAN_CARD is not -901 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_SCAN_FINGER) || (BS_SDK_ERROR_CANNOT_SCAN_FINGER) != (-900)
#error "BS_SDK_ERROR_CANNOT_SCAN_FINGER is not -900 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_CONFIG_INDEX) || (BS_SDK_ERROR_INVALID_CONFIG_INDEX) != (-806)
#error "BS_SDK_ERROR_INVALID_CONFIG_INDEX is not -806 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE) || (BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE) != (-805)
#error "BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE is not -805 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_CONFIG_DATA) || (BS_SDK_ERROR_INVALID_CONFIG_DATA) != (-804)
#error "BS_SDK_ERROR_INVALID_CONFIG_DATA is not -804 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_CONFIG_FILE) || (BS_SDK_ERROR_INVALID_CONFIG_FILE) != (-803)
#error "BS_SDK_ERROR_INVALID_CONFIG_FILE is not -803 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE) || (BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE) != (-802)
#error "BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE is not -802 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE) || (BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE) != (-801)
#error "BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE is not -801 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_CONFIG) || (BS_SDK_ERROR_INVALID_CONFIG) != (-800)
#error "BS_SDK_ERROR_INVALID_CONFIG is not -800 in #if"
#endif
#if !defined(BS_SDK_ERROR_ADMIN_CANNOT_SCAN) || (BS_SDK_ERROR_ADMIN_CANNOT_SCAN) != (-771)
#error "BS_SDK_ERROR_ADMIN_CANNOT_SCAN is not -771 in #if"
#endif
#if !defined(BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL) || (BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL) != (-770)
#error "BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL is not -770 in #if"
#endif
#if !defined(BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL) || (BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL) != (-769)
#error "BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL is not -769 in #if"
#endif
#if !defined(BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL) || (BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL) != (-768)
#error "BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL is not -768 in #if"
#endif
#if !defined(BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL) || (BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL) != (-767)
#error "BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL is not -767 in #if"
#endif
#if !defined(BS_SDK_ERROR_USER_OVERRIDE_FULL) || (BS_SDK_ERROR_USER_OVERRIDE_FULL) != (-766)
#error "BS_SDK_ERROR_USER_OVERRIDE_FULL is not -766 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST) || (BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST) != (-765)
#error "BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST is not -765 in #if"
#endif
#if !defined(BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL) || (BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL) != (-764)
#error "BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL is not -764 in #if"
#endif
#if !defined(BS_SDK_ERROR_SQL_ERROR) || (BS_SDK_ERROR_SQL_ERROR) != (-763)
#error "BS_SDK_ERROR_SQL_ERROR is not -763 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL) || (BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL) != (-762)
#error "BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL is not -762 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL) || (BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL) != (-761)
#error "BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL is not -761 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL) || (BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL) != (-760)
#error "BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL is not -760 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_FACE_CREDENTIAL) || (BS_SDK_ERROR_NO_FACE_CREDENTIAL) != (-759)
#error "BS_SDK_ERROR_NO_FACE_CREDENTIAL is not -759 in #if"
#endif
#if !defined(BS_SDK_ERROR_DUPLICATE_FACE) || (BS_SDK_ERROR_DUPLICATE_FACE) != (-758)
#error "BS_SDK_ERROR_DUPLICATE_FACE is not -758 in #if"
#endif
#if !defined(BS_SDK_ERROR_DUPLICATE_FINGERPRINT) || (BS_SDK_ERROR_DUPLICATE_FINGERPRINT) != (-757)
#error "BS_SDK_ERROR_DUPLICATE_FINGERPRINT is not -757 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_OPERATOR) || (BS_SDK_ERROR_CANNOT_FIND_OPERATOR) != (-756)
#error "BS_SDK_ERROR_CANNOT_FIND_OPERATOR is not -756 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_SCHEDULE) || (BS_SDK_ERROR_INVALID_SCHEDULE) != (-755)
#error "BS_SDK_ERROR_INVALID_SCHEDULE is not -755 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE) || (BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE) != (-754)
#error "BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE is not -754 in #if"
#endif
#if !defined(BS_SDK_ERROR_DST_SCHEDULE_FULL) || (BS_SDK_ERROR_DST_SCHEDULE_FULL) != (-753)
#error "BS_SDK_ERROR_DST_SCHEDULE_FULL is not -753 in #if"
#endif
#if !defined(BS_SDK_ERROR_USER_PHRASE_FULL) || (BS_SDK_ERROR_USER_PHRASE_FULL) != (-752)
#error "BS_SDK_ERROR_USER_PHRASE_FULL is not -752 in #if"
#endif
#if !defined(BS_SDK_ERROR_AUTH_GROUP_FULL) || (BS_SDK_ERROR_AUTH_GROUP_FULL) != (-751)
#error "BS_SDK_ERROR_AUTH_GROUP_FULL is not -751 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP) || (BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP) != (-750)
#error "BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP is not -750 in #if"
#endif
#if !defined(BS_SDK_ERROR_FLOOR_SCHEDULE_FULL) || (BS_SDK_ERROR_FLOOR_SCHEDULE_FULL) != (-749)
#error "BS_SDK_ERROR_FLOOR_SCHEDULE_FULL is not -749 in #if"
#endif
#if !defined(BS_SDK_ERROR_FACE_FULL) || (BS_SDK_ERROR_FACE_FULL) != (-748)
#error "BS_SDK_ERROR_FACE_FULL is not -748 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_UPDATE_FACE) || (BS_SDK_ERROR_CANNOT_UPDATE_FACE) != (-747)
#error "BS_SDK_ERROR_CANNOT_UPDATE_FACE is not -747 in #if"
#endif
#if !defined(BS_SDK_ERROR_USER_JOB_FULL) || (BS_SDK_ERROR_USER_JOB_FULL) != (-746)
#error "BS_SDK_ERROR_USER_JOB_FULL is not -746 in #if"
#endif
#if !defined(BS_SDK_ERROR_TIMER_CANCELED) || (BS_SDK_ERROR_TIMER_CANCELED) != (-745)
#error "BS_SDK_ERROR_TIMER_CANCELED is not -745 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_LINK_ID) || (BS_SDK_ERROR_INVALID_LINK_ID) != (-744)
#error "BS_SDK_ERROR_INVALID_LINK_ID is not -744 in #if"
#endif
#if !defined(BS_SDK_ERROR_OPERATOR_FULL) || (BS_SDK_ERROR_OPERATOR_FULL) != (-743)
#error "BS_SDK_ERROR_OPERATOR_FULL is not -743 in #if"
#endif
#if !defined(BS_SDK_ERROR_CACHE_MISSED) || (BS_SDK_ERROR_CACHE_MISSED) != (-742)
#error "BS_SDK_ERROR_CACHE_MISSED is not -742 in #if"
#endif
#if !defined(BS_SDK_ERROR_READER_FULL) || (BS_SDK_ERROR_READER_FULL) != (-741)
#error "BS_SDK_ERROR_READER_FULL is not -741 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_USER_IMAGE) || (BS_SDK_ERROR_NO_USER_IMAGE) != (-740)
#error "BS_SDK_ERROR_NO_USER_IMAGE is not -740 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_USER_NAME) || (BS_SDK_ERROR_NO_USER_NAME) != (-739)
#error "BS_SDK_ERROR_NO_USER_NAME is not -739 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL) || (BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL) != (-738)
#error "BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL is not -738 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_PIN_CREDENTIAL) || (BS_SDK_ERROR_NO_PIN_CREDENTIAL) != (-737)
#error "BS_SDK_ERROR_NO_PIN_CREDENTIAL is not -737 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_CARD_CREDENTIAL) || (BS_SDK_ERROR_NO_CARD_CREDENTIAL) != (-736)
#error "BS_SDK_ERROR_NO_CARD_CREDENTIAL is not -736 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL) || (BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL) != (-735)
#error "BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL is not -735 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_CREDENTIAL) || (BS_SDK_ERROR_NO_CREDENTIAL) != (-734)
#error "BS_SDK_ERROR_NO_CREDENTIAL is not -734 in #if"
#endif
#if !defined(BS_SDK_ERROR_TIME_PERIOD_FULL) || (BS_SDK_ERROR_TIME_PERIOD_FULL) != (-733)
#error "BS_SDK_ERROR_TIME_PERIOD_FULL is not -733 in #if"
#endif
#if !defined(BS_SDK_ERROR_HOLIDAY_FULL) || (BS_SDK_ERROR_HOLIDAY_FULL) != (-732)
#error "BS_SDK_ERROR_HOLIDAY_FULL is not -732 in #if"
#endif
#if !defined(BS_SDK_ERROR_HOLIDAY_GROUP_FULL) || (BS_SDK_ERROR_HOLIDAY_GROUP_FULL) != (-731)
#error "BS_SDK_ERROR_HOLIDAY_GROUP_FULL is not -731 in #if"
#endif
#if !defined(BS_SDK_ERROR_ACCESS_SCHEDULE_FULL) || (BS_SDK_ERROR_ACCESS_SCHEDULE_FULL) != (-730)
#error "BS_SDK_ERROR_ACCESS_SCHEDULE_FULL is not -730 in #if"
#endif
#if !defined(BS_SDK_ERROR_FLOOR_LEVEL_FULL) || (BS_SDK_ERROR_FLOOR_LEVEL_FULL) != (-729)
#error "BS_SDK_ERROR_FLOOR_LEVEL_FULL is not -729 in #if"
#endif
#if !defined(BS_SDK_ERROR_ACCESS_GROUP_FULL) || (BS_SDK_ERROR_ACCESS_GROUP_FULL) != (-728)
#error "BS_SDK_ERROR_ACCESS_GROUP_FULL is not -728 in #if"
#endif
#if !defined(BS_SDK_ERROR_DB_SLOT_FULL) || (BS_SDK_ERROR_DB_SLOT_FULL) != (-727)
#error "BS_SDK_ERROR_DB_SLOT_FULL is not -727 in #if"
#endif
#if !defined(BS_SDK_ERROR_DOOR_SCHEDULE_FULL) || (BS_SDK_ERROR_DOOR_SCHEDULE_FULL) != (-726)
#error "BS_SDK_ERROR_DOOR_SCHEDULE_FULL is not -726 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_LOG) || (BS_SDK_ERROR_CANNOT_FIND_LOG) != (-725)
#error "BS_SDK_ERROR_CANNOT_FIND_LOG is not -725 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_ADMIN_USER) || (BS_SDK_ERROR_NO_ADMIN_USER) != (-724)
#error "BS_SDK_ERROR_NO_ADMIN_USER is not -724 in #if"
#endif
#if !defined(BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH) || (BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH) != (-723)
#error "BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH is not -723 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT) || (BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT) != (-722)
#error "BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT is not -722 in #if"
#endif
#if !defined(BS_SDK_ERROR_SLOT_DATA_CHECKSUM) || (BS_SDK_ERROR_SLOT_DATA_CHECKSUM) != (-721)
#error "BS_SDK_ERROR_SLOT_DATA_CHECKSUM is not -721 in #if"
#endif
#if !defined(BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG) || (BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG) != (-720)
#error "BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG is not -720 in #if"
#endif
#if !defined(BS_SDK_ERROR_USER_IMAGE_FULL) || (BS_SDK_ERROR_USER_IMAGE_FULL) != (-719)
#error "BS_SDK_ERROR_USER_IMAGE_FULL is not -719 in #if"
#endif
#if !defined(BS_SDK_ERROR_USER_NAME_FULL) || (BS_SDK_ERROR_USER_NAME_FULL) != (-718)
#error "BS_SDK_ERROR_USER_NAME_FULL is not -718 in #if"
#endif
#if !defined(BS_SDK_ERROR_BLACKLIST_FULL) || (BS_SDK_ERROR_BLACKLIST_FULL) != (-717)
#error "BS_SDK_ERROR_BLACKLIST_FULL is not -717 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_USER_ID) || (BS_SDK_ERROR_INVALID_USER_ID) != (-716)
#error "BS_SDK_ERROR_INVALID_USER_ID is not -716 in #if"
#endif
#if !defined(BS_SDK_ERROR_ACCESS_LEVEL_FULL) || (BS_SDK_ERROR_ACCESS_LEVEL_FULL) != (-715)
#error "BS_SDK_ERROR_ACCESS_LEVEL_FULL is not -715 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_USER) || (BS_SDK_ERROR_CANNOT_FIND_USER) != (-714)
#error "BS_SDK_ERROR_CANNOT_FIND_USER is not -714 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_LOG_FILE) || (BS_SDK_ERROR_INVALID_LOG_FILE) != (-712)
#error "BS_SDK_ERROR_INVALID_LOG_FILE is not -712 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_VALID_HDR_FILE) || (BS_SDK_ERROR_NO_VALID_HDR_FILE) != (-711)
#error "BS_SDK_ERROR_NO_VALID_HDR_FILE is not -711 in #if"
#endif
#if !defined(BS_SDK_ERROR_CARD_FULL) || (BS_SDK_ERROR_CARD_FULL) != (-710)
#error "BS_SDK_ERROR_CARD_FULL is not -710 in #if"
#endif
#if !defined(BS_SDK_ERROR_DUPLICATE_CARD) || (BS_SDK_ERROR_DUPLICATE_CARD) != (-709)
#error "BS_SDK_ERROR_DUPLICATE_CARD is not -709 in #if"
#endif
#if !defined(BS_SDK_ERROR_FINGERPRINT_FULL) || (BS_SDK_ERROR_FINGERPRINT_FULL) != (-708)
#error "BS_SDK_ERROR_FINGERPRINT_FULL is not -708 in #if"
#endif
#if !defined(BS_SDK_ERROR_DUPLICATE_TEMPLATE) || (BS_SDK_ERROR_DUPLICATE_TEMPLATE) != (-707)
#error "BS_SDK_ERROR_DUPLICATE_TEMPLATE is not -707 in #if"
#endif
#if !defined(BS_SDK_ERROR_USER_FULL) || (BS_SDK_ERROR_USER_FULL) != (-706)
#error "BS_SDK_ERROR_USER_FULL is not -706 in #if"
#endif
#if !defined(BS_SDK_ERROR_DUPLICATE_ID) || (BS_SDK_ERROR_DUPLICATE_ID) != (-705)
#error "BS_SDK_ERROR_DUPLICATE_ID is not -705 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_INIT_DB) || (BS_SDK_ERROR_CANNOT_INIT_DB) != (-704)
#error "BS_SDK_ERROR_CANNOT_INIT_DB is not -704 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_SLOT_DATA) || (BS_SDK_ERROR_INVALID_SLOT_DATA) != (-703)
#error "BS_SDK_ERROR_INVALID_SLOT_DATA is not -703 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_SLOT_NO) || (BS_SDK_ERROR_INVALID_SLOT_NO) != (-702)
#error "BS_SDK_ERROR_INVALID_SLOT_NO is not -702 in #if"
#endif
#if !defined(BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT) || (BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT) != (-701)
#error "BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT is not -701 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_DATA_FILE) || (BS_SDK_ERROR_INVALID_DATA_FILE) != (-700)
#error "BS_SDK_ERROR_INVALID_DATA_FILE is not -700 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_SET_TIME) || (BS_SDK_ERROR_CANNOT_SET_TIME) != (-602)
#error "BS_SDK_ERROR_CANNOT_SET_TIME is not -602 in #if"
#endif
#if !defined(BS_SDK_ERROR_TIMEOUT) || (BS_SDK_ERROR_TIMEOUT) != (-601)
#error "BS_SDK_ERROR_TIMEOUT is not -601 in #if"
#endif
#if !defined(BS_SDK_ERROR_NOT_SUPPORTED) || (BS_SDK_ERROR_NOT_SUPPORTED) != (-600)
#error "BS_SDK_ERROR_NOT_SUPPORTED is not -600 in #if"
#endif
#if !defined(BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY) || (BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY) != (-524)
#error "BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY is not -524 in #if"
#endif
#if !defined(BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL) || (BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL) != (-523)
#error "BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL is not -523 in #if"
#endif
#if !defined(BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL) || (BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL) != (-522)
#error "BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL is not -522 in #if"
#endif
#if !defined(BS_SDK_ERROR_WIEGAND_QUEUE_FULL) || (BS_SDK_ERROR_WIEGAND_QUEUE_FULL) != (-521)
#error "BS_SDK_ERROR_WIEGAND_QUEUE_FULL is not -521 in #if"
#endif
#if !defined(BS_SDK_ERROR_INPUT_QUEUE_FULL) || (BS_SDK_ERROR_INPUT_QUEUE_FULL) != (-520)
#error "BS_SDK_ERROR_INPUT_QUEUE_FULL is not -520 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_LCD_PACKET) || (BS_SDK_ERROR_INVALID_LCD_PACKET) != (-513)
#error "BS_SDK_ERROR_INVALID_LCD_PACKET is not -513 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_READ_LCD_PACKET) || (BS_SDK_ERROR_CANNOT_READ_LCD_PACKET) != (-512)
#error "BS_SDK_ERROR_CANNOT_READ_LCD_PACKET is not -512 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET) || (BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET) != (-511)
#error "BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET is not -511 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_LCD_PARAM) || (BS_SDK_ERROR_INVALID_LCD_PARAM) != (-510)
#error "BS_SDK_ERROR_INVALID_LCD_PARAM is not -510 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_INTERPHONE_TYPE) || (BS_SDK_ERROR_INVALID_INTERPHONE_TYPE) != (-508)
#error "BS_SDK_ERROR_INVALID_INTERPHONE_TYPE is not -508 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_PORT) || (BS_SDK_ERROR_INVALID_PORT) != (-507)
#error "BS_SDK_ERROR_INVALID_PORT is not -507 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION) || (BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION) != (-506)
#error "BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION is not -506 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_ENABLE_INPUT) || (BS_SDK_ERROR_CANNOT_ENABLE_INPUT) != (-505)
#error "BS_SDK_ERROR_CANNOT_ENABLE_INPUT is not -505 in #if"
#endif
#if !defined(BS_SDK_ERROR_READ_INPUT_TIMEOUT) || (BS_SDK_ERROR_READ_INPUT_TIMEOUT) != (-504)
#error "BS_SDK_ERROR_READ_INPUT_TIMEOUT is not -504 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_READ_INPUT) || (BS_SDK_ERROR_CANNOT_READ_INPUT) != (-503)
#error "BS_SDK_ERROR_CANNOT_READ_INPUT is not -503 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_READ_IO_PACKET) || (BS_SDK_ERROR_CANNOT_READ_IO_PACKET) != (-502)
#error "BS_SDK_ERROR_CANNOT_READ_IO_PACKET is not -502 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET) || (BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET) != (-501)
#error "BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET is not -501 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_RELAY) || (BS_SDK_ERROR_INVALID_RELAY) != (-500)
#error "BS_SDK_ERROR_INVALID_RELAY is not -500 in #if"
#endif
#if !defined(BS_SDK_ERROR_ALREADY_OPEN_DIR) || (BS_SDK_ERROR_ALREADY_OPEN_DIR) != (-408)
#error "BS_SDK_ERROR_ALREADY_OPEN_DIR is not -408 in #if"
#endif
#if !defined(BS_SDK_ERROR_DATA_MISMATCH) || (BS_SDK_ERROR_DATA_MISMATCH) != (-407)
#error "BS_SDK_ERROR_DATA_MISMATCH is not -407 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_GET_SYSINFO) || (BS_SDK_ERROR_CANNOT_GET_SYSINFO) != (-406)
#error "BS_SDK_ERROR_CANNOT_GET_SYSINFO is not -406 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_GET_STAT) || (BS_SDK_ERROR_CANNOT_GET_STAT) != (-405)
#error "BS_SDK_ERROR_CANNOT_GET_STAT is not -405 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_READ_FILE) || (BS_SDK_ERROR_CANNOT_READ_FILE) != (-404)
#error "BS_SDK_ERROR_CANNOT_READ_FILE is not -404 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_SEEK_FILE) || (BS_SDK_ERROR_CANNOT_SEEK_FILE) != (-403)
#error "BS_SDK_ERROR_CANNOT_SEEK_FILE is not -403 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_WRITE_FILE) || (BS_SDK_ERROR_CANNOT_WRITE_FILE) != (-402)
#error "BS_SDK_ERROR_CANNOT_WRITE_FILE is not -402 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_OPEN_FILE) || (BS_SDK_ERROR_CANNOT_OPEN_FILE) != (-401)
#error "BS_SDK_ERROR_CANNOT_OPEN_FILE is not -401 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_OPEN_DIR) || (BS_SDK_ERROR_CANNOT_OPEN_DIR) != (-400)
#error "BS_SDK_ERROR_CANNOT_OPEN_DIR is not -400 in #if"
#endif
#if !defined(BS_SDK_ERROR_INCOMPATIBLE_FACE) || (BS_SDK_ERROR_INCOMPATIBLE_FACE) != (-332)
#error "BS_SDK_ERROR_INCOMPATIBLE_FACE is not -332 in #if"
#endif
#if !defined(BS_SDK_ERROR_MATCH_FAIL) || (BS_SDK_ERROR_MATCH_FAIL) != (-331)
#error "BS_SDK_ERROR_MATCH_FAIL is not -331 in #if"
#endif
#if !defined(BS_SDK_ERROR_OCCLUDED_MOUTH) || (BS_SDK_ERROR_OCCLUDED_MOUTH) != (-330)
#error "BS_SDK_ERROR_OCCLUDED_MOUTH is not -330 in #if"
#endif
#if !defined(BS_SDK_ERROR_NOT_LOOKING_FRONT) || (BS_SDK_ERROR_NOT_LOOKING_FRONT) != (-329)
#error "BS_SDK_ERROR_NOT_LOOKING_FRONT is not -329 in #if"
#endif
#if !defined(BS_SDK_ERROR_UNOPENED_EYES) || (BS_SDK_ERROR_UNOPENED_EYES) != (-328)
#error "BS_SDK_ERROR_UNOPENED_EYES is not -328 in #if"
#endif
#if !defined(BS_SDK_ERROR_OVERLAPPED_FACE) || (BS_SDK_ERROR_OVERLAPPED_FACE) != (-327)
#error "BS_SDK_ERROR_OVERLAPPED_FACE is not -327 in #if"
#endif
#if !defined(BS_SDK_ERROR_ROTATED_FACE) || (BS_SDK_ERROR_ROTATED_FACE) != (-326)
#error "BS_SDK_ERROR_ROTATED_FACE is not -326 in #if"
#endif
#if !defined(BS_SDK_ERROR_BIASED_DETECTION) || (BS_SDK_ERROR_BIASED_DETECTION) != (-325)
#error "BS_SDK_ERROR_BIASED_DETECTION is not -325 in #if"
#endif
#if !defined(BS_SDK_ERROR_LARGE_DETECTION) || (BS_SDK_ERROR_LARGE_DETECTION) != (-324)
#error "BS_SDK_ERROR_LARGE_DETECTION is not -324 in #if"
#endif
#if !defined(BS_SDK_ERROR_SMALL_DETECTION) || (BS_SDK_ERROR_SMALL_DETECTION) != (-323)
#error "BS_SDK_ERROR_SMALL_DETECTION is not -323 in #if"
#endif
#if !defined(BS_SDK_ERROR_NORMALIZE_FACE) || (BS_SDK_ERROR_NORMALIZE_FACE) != (-322)
#error "BS_SDK_ERROR_NORMALIZE_FACE is not -322 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_ESTIMATE) || (BS_SDK_ERROR_CANNOT_ESTIMATE) != (-321)
#error "BS_SDK_ERROR_CANNOT_ESTIMATE is not -321 in #if"
#endif
#if !defined(BS_SDK_ERROR_FAKE_FACE_DETECTED) || (BS_SDK_ERROR_FAKE_FACE_DETECTED) != (-320)
#error "BS_SDK_ERROR_FAKE_FACE_DETECTED is not -320 in #if"
#endif
#if !defined(BS_SDK_ERROR_UNMASKED_FACE_DETECTED) || (BS_SDK_ERROR_UNMASKED_FACE_DETECTED) != (-319)
#error "BS_SDK_ERROR_UNMASKED_FACE_DETECTED is not -319 in #if"
#endif
#if !defined(BS_SDK_ERROR_FACE_SCAN_FAILED) || (BS_SDK_ERROR_FACE_SCAN_FAILED) != (-318)
#error "BS_SDK_ERROR_FACE_SCAN_FAILED is not -318 in #if"
#endif
#if !defined(BS_SDK_ERROR_FACE_SCAN_CANCELLED) || (BS_SDK_ERROR_FACE_SCAN_CANCELLED) != (-317)
#error "BS_SDK_ERROR_FACE_SCAN_CANCELLED is not -317 in #if"
#endif
#if !defined(BS_SDK_ERROR_FACE_SCAN_TIMEOUT) || (BS_SDK_ERROR_FACE_SCAN_TIMEOUT) != (-316)
#error "BS_SDK_ERROR_FACE_SCAN_TIMEOUT is not -316 in #if"
#endif
#if !defined(BS_SDK_ERROR_FACE_CAPTURE_FAIL) || (BS_SDK_ERROR_FACE_CAPTURE_FAIL) != (-315)
#error "BS_SDK_ERROR_FACE_CAPTURE_FAIL is not -315 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_FACE_DETECTED) || (BS_SDK_ERROR_NO_FACE_DETECTED) != (-315)
#error "BS_SDK_ERROR_NO_FACE_DETECTED is not -315 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_FACE) || (BS_SDK_ERROR_CANNOT_FIND_FACE) != (-314)
#error "BS_SDK_ERROR_CANNOT_FIND_FACE is not -314 in #if"
#endif
#if !defined(BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR) || (BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR) != (-313)
#error "BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR is not -313 in #if"
#endif
#if !defined(BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN) || (BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN) != (-312)
#error "BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN is not -312 in #if"
#endif
#if !defined(BS_SDK_ERROR_FAKE_FINGER_DETECTED) || (BS_SDK_ERROR_FAKE_FINGER_DETECTED) != (-311)
#error "BS_SDK_ERROR_FAKE_FINGER_DETECTED is not -311 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT) || (BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT) != (-310)
#error "BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT is not -310 in #if"
#endif
#if !defined(BS_SDK_ERROR_CAPTURE_LOW_QUALITY) || (BS_SDK_ERROR_CAPTURE_LOW_QUALITY) != (-309)
#error "BS_SDK_ERROR_CAPTURE_LOW_QUALITY is not -309 in #if"
#endif
#if !defined(BS_SDK_ERROR_EXTRACTION_LOW_QUALITY) || (BS_SDK_ERROR_EXTRACTION_LOW_QUALITY) != (-308)
#error "BS_SDK_ERROR_EXTRACTION_LOW_QUALITY is not -308 in #if"
#endif
#if !defined(BS_SDK_ERROR_NOT_SAME_FINGERPRINT) || (BS_SDK_ERROR_NOT_SAME_FINGERPRINT) != (-307)
#error "BS_SDK_ERROR_NOT_SAME_FINGERPRINT is not -307 in #if"
#endif
#if !defined(BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED) || (BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED) != (-306)
#error "BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED is not -306 in #if"
#endif
#if !defined(BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT) || (BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT) != (-305)
#error "BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT is not -305 in #if"
#endif
#if !defined(BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL) || (BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL) != (-304)
#error "BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL is not -304 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_FINGER_DETECTED) || (BS_SDK_ERROR_NO_FINGER_DETECTED) != (-304)
#error "BS_SDK_ERROR_NO_FINGER_DETECTED is not -304 in #if"
#endif
#if !defined(BS_SDK_ERROR_IDENTIFY_TIMEOUT) || (BS_SDK_ERROR_IDENTIFY_TIMEOUT) != (-303)
#error "BS_SDK_ERROR_IDENTIFY_TIMEOUT is not -303 in #if"
#endif
#if !defined(BS_SDK_ERROR_IDENTIFY_FAIL) || (BS_SDK_ERROR_IDENTIFY_FAIL) != (-302)
#error "BS_SDK_ERROR_IDENTIFY_FAIL is not -302 in #if"
#endif
#if !defined(BS_SDK_ERROR_VERIFY_FAIL) || (BS_SDK_ERROR_VERIFY_FAIL) != (-301)
#error "BS_SDK_ERROR_VERIFY_FAIL is not -301 in #if"
#endif
#if !defined(BS_SDK_ERROR_EXTRACTION_FAIL) || (BS_SDK_ERROR_EXTRACTION_FAIL) != (-300)
#error "BS_SDK_ERROR_EXTRACTION_FAIL is not -300 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_CODE_SIGN) || (BS_SDK_ERROR_INVALID_CODE_SIGN) != (-210)
#error "BS_SDK_ERROR_INVALID_CODE_SIGN is not -210 in #if"
#endif
#if !defined(BS_SDK_ERROR_NO_PACKET) || (BS_SDK_ERROR_NO_PACKET) != (-209)
#error "BS_SDK_ERROR_NO_PACKET is not -209 in #if"
#endif
#if !defined(BS_SDK_ERROR_PACKET_SEQUENCE) || (BS_SDK_ERROR_PACKET_SEQUENCE) != (-207)
#error "BS_SDK_ERROR_PACKET_SEQUENCE is not -207 in #if"
#endif
#if !defined(BS_SDK_ERROR_PACKET_COMMAND) || (BS_SDK_ERROR_PACKET_COMMAND) != (-206)
#error "BS_SDK_ERROR_PACKET_COMMAND is not -206 in #if"
#endif
#if !defined(BS_SDK_ERROR_PACKET_INDEX) || (BS_SDK_ERROR_PACKET_INDEX) != (-205)
#error "BS_SDK_ERROR_PACKET_INDEX is not -205 in #if"
#endif
#if !defined(BS_SDK_ERROR_PACKET_CHECKSUM) || (BS_SDK_ERROR_PACKET_CHECKSUM) != (-204)
#error "BS_SDK_ERROR_PACKET_CHECKSUM is not -204 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_DEVICE_TYPE) || (BS_SDK_ERROR_INVALID_DEVICE_TYPE) != (-203)
#error "BS_SDK_ERROR_INVALID_DEVICE_TYPE is not -203 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_DEVICE_ID) || (BS_SDK_ERROR_INVALID_DEVICE_ID) != (-202)
#error "BS_SDK_ERROR_INVALID_DEVICE_ID is not -202 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_PACKET) || (BS_SDK_ERROR_INVALID_PACKET) != (-201)
#error "BS_SDK_ERROR_INVALID_PACKET is not -201 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_PARAM) || (BS_SDK_ERROR_INVALID_PARAM) != (-200)
#error "BS_SDK_ERROR_INVALID_PARAM is not -200 in #if"
#endif
#if !defined(BS_SDK_ERROR_INVALID_ADDRESS) || (BS_SDK_ERROR_INVALID_ADDRESS) != (-116)
#error "BS_SDK_ERROR_INVALID_ADDRESS is not -116 in #if"
#endif
#if !defined(BS_SDK_ERROR_NOT_SUPPORTED_IPV6) || (BS_SDK_ERROR_NOT_SUPPORTED_IPV6) != (-115)
#error "BS_SDK_ERROR_NOT_SUPPORTED_IPV6 is not -115 in #if"
#endif
#if !defined(BS_SDK_ERROR_NOT_ENOUGTH_BUFFER) || (BS_SDK_ERROR_NOT_ENOUGTH_BUFFER) != (-114)
#error "BS_SDK_ERROR_NOT_ENOUGTH_BUFFER is not -114 in #if"
#endif
#if !defined(BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO) || (BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO) != (-113)
#error "BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO is not -113 in #if"
#endif
#if !defined(BS_SDK_ERROR_IPV6_IS_NOT_ENABLE) || (BS_SDK_ERROR_IPV6_IS_NOT_ENABLE) != (-112)
#error "BS_SDK_ERROR_IPV6_IS_NOT_ENABLE is not -112 in #if"
#endif
#if !defined(BS_SDK_ERROR_IPV4_IS_NOT_ENABLE) || (BS_SDK_ERROR_IPV4_IS_NOT_ENABLE) != (-111)
#error "BS_SDK_ERROR_IPV4_IS_NOT_ENABLE is not -111 in #if"
#endif
#if !defined(BS_SDK_ERROR_SOCKET_IN_PROGRESS) || (BS_SDK_ERROR_SOCKET_IN_PROGRESS) != (-110)
#error "BS_SDK_ERROR_SOCKET_IN_PROGRESS is not -110 in #if"
#endif
#if !defined(BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED) || (BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED) != (-109)
#error "BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED is not -109 in #if"
#endif
#if !defined(BS_SDK_ERROR_SOCKET_IS_NOT_OPEN) || (BS_SDK_ERROR_SOCKET_IS_NOT_OPEN) != (-108)
#error "BS_SDK_ERROR_SOCKET_IS_NOT_OPEN is not -108 in #if"
#endif
#if !defined(BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED) || (BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED) != (-107)
#error "BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED is not -107 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_WRITE_SOCKET) || (BS_SDK_ERROR_CANNOT_WRITE_SOCKET) != (-106)
#error "BS_SDK_ERROR_CANNOT_WRITE_SOCKET is not -106 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_READ_SOCKET) || (BS_SDK_ERROR_CANNOT_READ_SOCKET) != (-105)
#error "BS_SDK_ERROR_CANNOT_READ_SOCKET is not -105 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET) || (BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET) != (-104)
#error "BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET is not -104 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_LISTEN_SOCKET) || (BS_SDK_ERROR_CANNOT_LISTEN_SOCKET) != (-103)
#error "BS_SDK_ERROR_CANNOT_LISTEN_SOCKET is not -103 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_CONNECT_SOCKET) || (BS_SDK_ERROR_CANNOT_CONNECT_SOCKET) != (-102)
#error "BS_SDK_ERROR_CANNOT_CONNECT_SOCKET is not -102 in #if"
#endif
#if !defined(BS_SDK_ERROR_CANNOT_OPEN_SOCKET) || (BS_SDK_ERROR_CANNOT_OPEN_SOCKET) != (-101)
#error "BS_SDK_ERROR_CANNOT_OPEN_SOCKET is not -101 in #if"
#endif
#if !defined(BS_SDK_ERROR_FROM_DEVICE_DRIVER) || (BS_SDK_ERROR_FROM_DEVICE_DRIVER) != (-1)
#error "BS_SDK_ERROR_FROM_DEVICE_DRIVER is not -1 in #if"
#endif
#if !defined(BS_SDK_SUCCESS) || (BS_SDK_SUCCESS) != (1)
#error "BS_SDK_SUCCESS is not 1 in #if"
#endif
#if !defined(BS_SDK_DURESS_SUCCESS) || (BS_SDK_DURESS_SUCCESS) != (2)
#error "BS_SDK_DURESS_SUCCESS is not 2 in #if"
#endif
#if !defined(BS_SDK_FIRST_AUTH_SUCCESS) || (BS_SDK_FIRST_AUTH_SUCCESS) != (3)
#error "BS_SDK_FIRST_AUTH_SUCCESS is not 3 in #if"
#endif
#if !defined(BS_SDK_SECOND_AUTH_SUCCESS) || (BS_SDK_SECOND_AUTH_SUCCESS) != (4)
#error "BS_SDK_SECOND_AUTH_SUCCESS is not 4 in #if"
#endif
#if !defined(BS_SDK_DUAL_AUTH_SUCCESS) || (BS_SDK_DUAL_AUTH_SUCCESS) != (5)
#error "BS_SDK_DUAL_AUTH_SUCCESS is not 5 in #if"
#endif
#if !defined(BS_SDK_WIEGAND_BYPASS_SUCCESS) || (BS_SDK_WIEGAND_BYPASS_SUCCESS) != (11)
#error "BS_SDK_WIEGAND_BYPASS_SUCCESS is not 11 in #if"
#endif
#if !defined(BS_SDK_ANONYMOUS_SUCCESS) || (BS_SDK_ANONYMOUS_SUCCESS) != (12)
#error "BS_SDK_ANONYMOUS_SUCCESS is not 12 in #if"
#endif
#if !defined(BS_SDK_LOCKOVERRIDE_SUCCESS) || (BS_SDK_LOCKOVERRIDE_SUCCESS) != (13)
#error "BS_SDK_LOCKOVERRIDE_SUCCESS is not 13 in #if"
#endif

#endif /* BS_ERRNO_EXPECTED_TABLE_H */
