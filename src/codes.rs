// generated — do not edit. Rendered by `cargo xtask generate` from data/codes.tsv;
// edit the data and regenerate (a test fails when this file is stale).

//! Every return code of the BioStar 2 Device SDK as a constant, named and valued as in the vendor's
//! `BS_Errno.h` (SDK 2.9.12.0): 339 codes and 10 aliases.
//!
//! ```
//! use bs_errno::codes::*;
//! assert_eq!(BS_SDK_ERROR_CANNOT_FIND_USER, -714);
//! assert_eq!(BS_SDK_ERROR_NO_FINGER_DETECTED, BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL);
//! ```

use core::ffi::c_int;

/// Failed to initialize the SDK notification manager.
pub const BS_SDK_ERROR_INITIALIZE_NOTIFYMGR: c_int = -10202;

/// Failed to initialize the SDK file log.
pub const BS_SDK_ERROR_INITIALIZE_FILELOG: c_int = -10201;

/// Cannot find mobile device.
pub const BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND: c_int = -10105;

/// Failed to add mobile device.
pub const BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT: c_int = -10104;

/// Not logged in to the mobile access service.
pub const BS_SDK_ERROR_MOBILE_NOT_LOGIN: c_int = -10103;

/// No response from the mobile access service.
pub const BS_SDK_ERROR_MOBILE_NO_RESPONSE: c_int = -10101;

/// Mobile access service reported a fault status.
pub const BS_SDK_ERROR_MOBILE_STATUS_FAULT: c_int = -10100;

/// Unknown fingerprint template format.
pub const BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE: c_int = -10011;

/// Invalid schedule ID.
pub const BS_SDK_ERROR_INVALID_SCHEDULE_ID: c_int = -10010;

/// Invalid file format.
pub const BS_SDK_ERROR_INVALID_FILE_FORMAT: c_int = -10009;

/// Internal SDK error.
pub const BS_SDK_ERROR_INTERNAL: c_int = -10008;

/// Device cannot response.
pub const BS_SDK_ERROR_DEVICE_BUSY: c_int = -10007;

/// Failed on decryption.
pub const BS_SDK_ERROR_DECRYPT: c_int = -10006;

/// Failed on encryption.
pub const BS_SDK_ERROR_ENCRYPT: c_int = -10005;

/// Already exists.
pub const BS_SDK_ERROR_EXIST: c_int = -10004;

/// Canceled.
pub const BS_SDK_ERROR_CANCELED: c_int = -10003;

/// Cannot run SDK service.
pub const BS_SDK_ERROR_CANNOT_RUN_SERVICE: c_int = -10002;

/// SDK not initialized.
pub const BS_SDK_ERROR_UNINITIALIZED: c_int = -10001;

/// Wrong pointer.
pub const BS_SDK_ERROR_NULL_POINTER: c_int = -10000;

/// Failed to add wireless lock.
pub const BS_SDK_ERROR_UZ_ADD_FAIL: c_int = -4024;

/// No more wireless lock specifications can be added.
pub const BS_SDK_ERROR_UZ_SPEC_FULL: c_int = -4023;

/// No more wireless lock channels can be added.
pub const BS_SDK_ERROR_UZ_CHANNEL_FULL: c_int = -4022;

/// No more wireless locks can be enabled.
pub const BS_SDK_ERROR_UZ_ENABLE_FULL: c_int = -4021;

/// No wireless locks are enabled.
pub const BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO: c_int = -4020;

/// License does not match the device.
pub const BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE: c_int = -4017;

/// License was only partially enabled.
pub const BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL: c_int = -4016;

/// Invalid license JSON format.
pub const BS_SDK_ERROR_LICENSE_JSON_FORMAT: c_int = -4015;

/// Failed to parse license JSON.
pub const BS_SDK_ERROR_LICENSE_PARRING_JSON: c_int = -4014;

/// Invalid license payload length.
pub const BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH: c_int = -4013;

/// Invalid license file.
pub const BS_SDK_ERROR_LICENSE_FILE_NOT_VALID: c_int = -4012;

/// License checksum error.
pub const BS_SDK_ERROR_LICENSE_CRC: c_int = -4011;

/// No license.
pub const BS_SDK_ERROR_NO_LICENSE: c_int = -4010;

/// OSDP slave device disconnected.
pub const BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE: c_int = -4009;

/// Failed to set the secure key on the OSDP slave device.
pub const BS_SDK_ERROR_FAIL_SLAVE_SET_KEY: c_int = -4008;

/// Failed to set the secure key on the OSDP master device.
pub const BS_SDK_ERROR_FAIL_MASTER_SET_KEY: c_int = -4007;

/// Invalid OSDP device ID.
pub const BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID: c_int = -4006;

/// Failed to update OSDP device.
pub const BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE: c_int = -4005;

/// Failed to add OSDP device.
pub const BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE: c_int = -4004;

/// Duplicated OSDP ID.
pub const BS_SDK_ERROR_DUPLICATE_OSDP_ID: c_int = -4003;

/// No more OSDP slave devices can be added.
pub const BS_SDK_ERROR_ALREADY_FULL_SLAVES: c_int = -4002;

/// Channel is not an OSDP standard channel.
pub const BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL: c_int = -4001;

/// Mobile access portal error.
pub const BS_SDK_ERROR_MOBILE_PORTAL: c_int = -3100;

/// Failed to verify SSL key.
pub const BS_SDK_ERROR_SSL_VERIFY_KEY: c_int = -3007;

/// Invalid SSL key.
pub const BS_SDK_ERROR_SSL_INVALID_KEY: c_int = -3006;

/// Failed to verify SSL certificate.
pub const BS_SDK_ERROR_SSL_VERIFY_CERT: c_int = -3005;

/// Deprecated alias of `BS_SDK_ERROR_SSL_VERIFY_CERT` (-3005), deprecated since SDK 2.7.2.
///
/// In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
/// compilers warn wherever it is used in code, and in `#if` it still gives the value.
#[deprecated(since = "2.7.2", note = "use BS_SDK_ERROR_SSL_VERIFY_CERT")]
pub const BS_SDK_ERROR_SSL_VERIFY_CA: c_int = -3005 as BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_VERIFY_CA;

/// Invalid SSL certificate.
pub const BS_SDK_ERROR_SSL_INVALID_CERT: c_int = -3004;

/// Deprecated alias of `BS_SDK_ERROR_SSL_INVALID_CERT` (-3004), deprecated since SDK 2.7.2.
///
/// In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
/// compilers warn wherever it is used in code, and in `#if` it still gives the value.
#[deprecated(since = "2.7.2", note = "use BS_SDK_ERROR_SSL_INVALID_CERT")]
pub const BS_SDK_ERROR_SSL_INVALID_CA: c_int = -3004 as BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_INVALID_CA;

/// SSL connection already established.
pub const BS_SDK_ERROR_SSL_ALREADY_CONNECTED: c_int = -3003;

/// Cannot establish SSL connection.
pub const BS_SDK_ERROR_SSL_CANNOT_CONNECT: c_int = -3002;

/// Deprecated alias of `BS_SDK_ERROR_SSL_CANNOT_CONNECT` (-3002), deprecated since SDK 2.7.2.
///
/// In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
/// compilers warn wherever it is used in code, and in `#if` it still gives the value.
#[deprecated(since = "2.7.2", note = "use BS_SDK_ERROR_SSL_CANNOT_CONNECT")]
pub const BS_SDK_ERROR_SSL_IS_NOT_CONNECTED: c_int = -3002 as BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_IS_NOT_CONNECTED;

/// SSL not supported.
pub const BS_SDK_ERROR_SSL_NOT_SUPPORTED: c_int = -3001;

/// Deprecated alias of `BS_SDK_ERROR_SSL_NOT_SUPPORTED` (-3001), deprecated since SDK 2.7.2.
///
/// Its old meaning: SSL already exists.
///
/// In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
/// compilers warn wherever it is used in code, and in `#if` it still gives the value.
#[deprecated(since = "2.7.2", note = "use BS_SDK_ERROR_SSL_NOT_SUPPORTED")]
pub const BS_SDK_ERROR_SSL_EXIST: c_int = -3001 as BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_EXIST;

/// Failed to initialize SSL.
pub const BS_SDK_ERROR_SSL_INIT: c_int = -3000;

/// Firmware upgrade not supported.
pub const BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED: c_int = -2007;

/// Not enough memory for firmware upgrade.
pub const BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY: c_int = -2006;

/// Cannot send data to server.
pub const BS_SDK_ERROR_CANNOT_SEND_TO_SERVER: c_int = -2005;

/// Device is locked.
pub const BS_SDK_ERROR_DEVICE_LOCKED: c_int = -2004;

/// Failed on upgrade.
pub const BS_SDK_ERROR_CANNOT_UPGRADE: c_int = -2003;

/// Failed to allocate memory.
pub const BS_SDK_ERROR_ALLOC_MEM: c_int = -2002;

/// Failed on file I/O operation.
pub const BS_SDK_ERROR_FILE_IO: c_int = -2000;

/// Cannot start thread.
pub const BS_SDK_ERROR_CANNOT_EXECUTE_THREAD: c_int = -1507;

/// Cannot detect face.
pub const BS_SDK_ERROR_CANNOT_DETECT_FACE: c_int = -1506;

/// Failed to capture image with the camera.
pub const BS_SDK_ERROR_CAMERA_CAPTURE_FAIL: c_int = -1505;

/// Unable to remove the Jpeg encoder.
pub const BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL: c_int = -1504;

/// Failed to initialize Jpeg encoder.
pub const BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED: c_int = -1503;

/// Cannot encode to JPEG.
pub const BS_SDK_ERROR_CANNOT_ENCODE_JPEG: c_int = -1502;

/// Failed to initialize the JPEG encoder.
pub const BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL: c_int = -1501;

/// Failed to initialize the camera.
pub const BS_SDK_ERROR_CAMERA_INIT_FAIL: c_int = -1500;

/// Invalid password.
pub const BS_SDK_ERROR_INVALID_PASSWORD: c_int = -1400;

/// Cannot find card.
pub const BS_SDK_ERROR_CANNOT_FIND_CARD: c_int = -1310;

/// Failed to send card data.
pub const BS_SDK_ERROR_CARD_CANNOT_SEND_DATA: c_int = -1308;

/// Card read canceled.
pub const BS_SDK_ERROR_CARD_READ_CANCELLED: c_int = -1307;

/// Card read timeout.
pub const BS_SDK_ERROR_CARD_READ_TIMEOUT: c_int = -1306;

/// Cannot write data on card.
pub const BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA: c_int = -1305;

/// CIS checksum error.
pub const BS_SDK_ERROR_CARD_CIS_CRC: c_int = -1304;

/// Cannot read data from card.
pub const BS_SDK_ERROR_CARD_CANNOT_READ_DATA: c_int = -1303;

/// Card has not been activated.
pub const BS_SDK_ERROR_CARD_NOT_ACTIVATED: c_int = -1302;

/// Failed to initialize card.
pub const BS_SDK_ERROR_CARD_INIT_FAIL: c_int = -1301;

/// Unsupported Card I/O.
pub const BS_SDK_ERROR_CARD_IO: c_int = -1300;

/// Lift lock rules violated.
pub const BS_SDK_ERROR_LIFT_LOCK_VIOLATION: c_int = -1230;

/// No more lift lock/unlock zones can be added.
pub const BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL: c_int = -1229;

/// Hard authentication limit rules violated.
pub const BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION: c_int = -1228;

/// Soft authentication limit rules violated.
pub const BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION: c_int = -1227;

/// User exceeded the authentication limit.
pub const BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION: c_int = -1226;

/// Authentication count limit exceeded.
pub const BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION: c_int = -1225;

/// Authentication limit schedule violated.
pub const BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION: c_int = -1224;

/// No more interlock zones can be added.
pub const BS_SDK_ERROR_INTERLOCK_ZONE_FULL: c_int = -1223;

/// Interlock zone input rules violated.
pub const BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION: c_int = -1222;

/// Interlock zone door rules violated.
pub const BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION: c_int = -1221;

/// Soft entrance time limit violated.
pub const BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION: c_int = -1220;

/// Hard entrance time limit violated.
pub const BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION: c_int = -1219;

/// Soft entrance count limit violated.
pub const BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION: c_int = -1218;

/// Hard entrance count limit violated.
pub const BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION: c_int = -1217;

/// Cannot find arming card.
pub const BS_SDK_ERROR_CANNOT_FIND_ARM_CARD: c_int = -1216;

/// Cannot disarm intrusion alarm zone.
pub const BS_SDK_ERROR_CANNOT_DISARM: c_int = -1215;

/// Cannot arm intrusion alarm zone.
pub const BS_SDK_ERROR_CANNOT_ARM: c_int = -1214;

/// No more intrusion alarm zones can be added.
pub const BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL: c_int = -1213;

/// Inactive zone.
pub const BS_SDK_ERROR_INACTIVE_ZONE: c_int = -1212;

/// Cannot add more scheduled lock/unlock zone.
pub const BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL: c_int = -1211;

/// Cannot add more fire alarm zone.
pub const BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL: c_int = -1210;

/// Cannot add more Timed APB zone.
pub const BS_SDK_ERROR_TIMED_APB_ZONE_FULL: c_int = -1209;

/// No more APB zones can be added.
pub const BS_SDK_ERROR_APB_ZONE_FULL: c_int = -1208;

/// Deprecated alias of `BS_SDK_ERROR_APB_ZONE_FULL` (-1208), deprecated since SDK 2.7.2.
///
/// Its old meaning: Cannot set fire alarm.
///
/// In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
/// compilers warn wherever it is used in code, and in `#if` it still gives the value.
#[deprecated(since = "2.7.2", note = "use BS_SDK_ERROR_APB_ZONE_FULL")]
pub const BS_SDK_ERROR_SET_FIRE_ALARM: c_int = -1208 as BsErrorDeprecatedAlias_BS_SDK_ERROR_SET_FIRE_ALARM;

/// Intrusion alarm rules violated.
pub const BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION: c_int = -1207;

/// Deprecated alias of `BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION` (-1207), deprecated since SDK 2.7.0.0.
///
/// Its old meaning: Invalid user attempted access in the unlock schedule.
///
/// In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
/// compilers warn wherever it is used in code, and in `#if` it still gives the value.
#[deprecated(note = "deprecated since SDK 2.7.0.0: use BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION")]
pub const BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION: c_int = -1207 as BsErrorDeprecatedAlias_BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION;

/// Invalid user attempted access in the lock schedule.
pub const BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION: c_int = -1206;

/// Timed Soft APB rules violated.
pub const BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION: c_int = -1205;

/// Timed Hard APB rules violated.
pub const BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION: c_int = -1204;

/// Soft APB rules violated.
pub const BS_SDK_ERROR_SOFT_APB_VIOLATION: c_int = -1203;

/// Hard APB rules violated.
pub const BS_SDK_ERROR_HARD_APB_VIOLATION: c_int = -1202;

/// No more zones can be added.
pub const BS_SDK_ERROR_SET_ZONE: c_int = -1201;

/// Deprecated alias of `BS_SDK_ERROR_SET_ZONE` (-1201), deprecated since SDK 2.6.0.
///
/// Its old meaning: No more zones can be added.
///
/// In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
/// compilers warn wherever it is used in code, and in `#if` it still gives the value.
#[deprecated(since = "2.6.0", note = "use BS_SDK_ERROR_SET_ZONE")]
pub const BS_SDK_ERROR_ZONE_FULL: c_int = -1201 as BsErrorDeprecatedAlias_BS_SDK_ERROR_ZONE_FULL;

/// Unregistered zone.
pub const BS_SDK_ERROR_CANNOT_FIND_ZONE: c_int = -1200;

/// Fingerprint or PIN is required.
pub const BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED: c_int = -1135;

/// Face or PIN is required.
pub const BS_SDK_FACE_OR_PIN_AUTH_REQUIRED: c_int = -1134;

/// Fingerprint authentication is required.
pub const BS_SDK_FINGERPRINT_AUTH_REQUIRED: c_int = -1133;

/// Face authentication is required.
pub const BS_SDK_FACE_AUTH_REQUIRED: c_int = -1132;

/// Temperature check is required.
pub const BS_SDK_THERMAL_CHECK_REQUIRED: c_int = -1131;

/// Mask check is required.
pub const BS_SDK_MASK_CHECK_REQUIRED: c_int = -1130;

/// Access denied without a mask.
pub const BS_SDK_ERROR_UNMASKED_FACE_VIOLATION: c_int = -1129;

/// Cannot measure temperature.
pub const BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE: c_int = -1128;

/// Access denied for high temperature.
pub const BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION: c_int = -1127;

/// Anti-tailgating rules violated.
pub const BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION: c_int = -1126;

/// Identification is required.
pub const BS_SDK_ERROR_IDENTIFICATION_REQUIRED: c_int = -1125;

/// Authentication group is required.
pub const BS_SDK_ERROR_AUTH_GROUP_REQUIRED: c_int = -1124;

/// Authentication failed.
pub const BS_SDK_ERROR_AUTH_FAIL: c_int = -1123;

/// Cannot find floor level.
pub const BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL: c_int = -1122;

/// Server matching refused.
pub const BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL: c_int = -1121;

/// T&A code required.
pub const BS_SDK_ERROR_TNA_CODE_REQUIRED: c_int = -1120;

/// Fingerprint or PIN required.
pub const BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED: c_int = -1119;

/// PIN is required.
pub const BS_SDK_ERROR_PIN_AUTH_REQUIRED: c_int = -1118;

/// Card is required.
pub const BS_SDK_ERROR_CARD_AUTH_REQUIRED: c_int = -1117;

/// Fingerprint is required.
pub const BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED: c_int = -1116;

/// Failed on dual authentication.
pub const BS_SDK_ERROR_DUAL_AUTH_FAIL: c_int = -1115;

/// Invalid credentials in current schedule.
pub const BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL: c_int = -1114;

/// User information is not matched with the credentials.
pub const BS_SDK_ERROR_AUTH_UNEXPECTED_USER: c_int = -1113;

/// Invalid authentication mode.
pub const BS_SDK_ERROR_INVALID_AUTH_MODE: c_int = -1112;

/// Dual authentication timeout.
pub const BS_SDK_ERROR_DUAL_AUTH_TIMEOUT: c_int = -1111;

/// Authentication timeout.
pub const BS_SDK_ERROR_AUTH_TIMEOUT: c_int = -1110;

/// Blacklist doesn't exist.
pub const BS_SDK_ERROR_CANNOT_FIND_BLACKLIST: c_int = -1109;

/// Cannot find holiday group.
pub const BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP: c_int = -1108;

/// Cannot find access schedule.
pub const BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE: c_int = -1107;

/// Cannot find access level.
pub const BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL: c_int = -1106;

/// Cannot find access group.
pub const BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP: c_int = -1105;

/// Card registered to blacklist.
pub const BS_SDK_ERROR_BLACKLIST: c_int = -1104;

/// Time expired.
pub const BS_SDK_ERROR_EXPIRED: c_int = -1103;

/// Not valid yet.
pub const BS_SDK_ERROR_NOT_YET_VALID: c_int = -1102;

/// Disabled user.
pub const BS_SDK_ERROR_DISABLED: c_int = -1101;

/// Access rules violated.
pub const BS_SDK_ERROR_ACCESS_RULE_VIOLATION: c_int = -1100;

/// No more lifts can be added.
pub const BS_SDK_ERROR_LIFT_FULL: c_int = -1006;

/// Cannot find lift.
pub const BS_SDK_ERROR_CANNOT_FIND_LIFT: c_int = -1005;

/// Failed to release door.
pub const BS_SDK_ERROR_CANNOT_RELEASE_DOOR: c_int = -1004;

/// Cannot unlock door.
pub const BS_SDK_ERROR_CANNOT_UNLOCK_DOOR: c_int = -1003;

/// Cannot lock door.
pub const BS_SDK_ERROR_CANNOT_LOCK_DOOR: c_int = -1002;

/// No more doors can be added.
pub const BS_SDK_ERROR_DOOR_FULL: c_int = -1001;

/// Cannot find door.
pub const BS_SDK_ERROR_CANNOT_FIND_DOOR: c_int = -1000;

/// Cannot delete device.
pub const BS_SDK_ERROR_CANNOT_DEL_DEVICE: c_int = -913;

/// Slave device is not ready.
pub const BS_SDK_ERROR_SLAVE_NOT_READY: c_int = -912;

/// Cannot add device.
pub const BS_SDK_ERROR_CANNOT_ADD_DEVICE: c_int = -911;

/// No more slave devices can be added.
pub const BS_SDK_ERROR_SLAVE_FULL: c_int = -910;

/// Cannot scan face.
pub const BS_SDK_ERROR_CANNOT_SCAN_FACE: c_int = -908;

/// Cannot find device.
pub const BS_SDK_ERROR_CANNOT_FIND_DEVICE: c_int = -907;

/// Device driver missing.
pub const BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER: c_int = -906;

/// Cannot set LCD pattern.
pub const BS_SDK_ERROR_CANNOT_SET_LED: c_int = -905;

/// Unable to get time of RTC device.
pub const BS_SDK_ERROR_CANNOT_GET_RTC: c_int = -904;

/// Unable to set time on RTC device.
pub const BS_SDK_ERROR_CANNOT_SET_RTC: c_int = -903;

/// No RTC device.
pub const BS_SDK_ERROR_CANNOT_OPEN_RTC: c_int = -902;

/// Cannot scan card.
pub const BS_SDK_ERROR_CANNOT_SCAN_CARD: c_int = -901;

/// Cannot scan finger.
pub const BS_SDK_ERROR_CANNOT_SCAN_FINGER: c_int = -900;

/// Invalid configuration sector index.
pub const BS_SDK_ERROR_INVALID_CONFIG_INDEX: c_int = -806;

/// Cannot write system configuration file.
pub const BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE: c_int = -805;

/// Invalid system configuration.
pub const BS_SDK_ERROR_INVALID_CONFIG_DATA: c_int = -804;

/// Invalid system configuration header information.
pub const BS_SDK_ERROR_INVALID_CONFIG_FILE: c_int = -803;

/// Cannot read system configuration file.
pub const BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE: c_int = -802;

/// Cannot open system configuration file.
pub const BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE: c_int = -801;

/// Invalid system configuration.
pub const BS_SDK_ERROR_INVALID_CONFIG: c_int = -800;

/// Administrator credential cannot be scanned.
pub const BS_SDK_ERROR_ADMIN_CANNOT_SCAN: c_int = -771;

/// Credential type not supported for administrators.
pub const BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL: c_int = -770;

/// Administrator does not have enough credentials.
pub const BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL: c_int = -769;

/// Administrator has no credentials.
pub const BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL: c_int = -768;

/// Invalid administrator credential.
pub const BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL: c_int = -767;

/// No more user overrides can be added.
pub const BS_SDK_ERROR_USER_OVERRIDE_FULL: c_int = -766;

/// Cannot find lock override list.
pub const BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST: c_int = -765;

/// No more lock override entries can be added.
pub const BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL: c_int = -764;

/// Database query failed.
pub const BS_SDK_ERROR_SQL_ERROR: c_int = -763;

/// Deprecated alias of `BS_SDK_ERROR_SQL_ERROR` (-763), deprecated since SDK 2.9.9.1.
///
/// Its old meaning: The extended user image storage is full.
///
/// In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
/// compilers warn wherever it is used in code, and in `#if` it still gives the value.
#[deprecated(note = "deprecated since SDK 2.9.9.1: use BS_SDK_ERROR_SQL_ERROR")]
pub const BS_SDK_ERROR_USER_IMAGE_EX_FULL: c_int = -763 as BsErrorDeprecatedAlias_BS_SDK_ERROR_USER_IMAGE_EX_FULL;

/// No registered fingerprint or PIN.
pub const BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL: c_int = -762;

/// No registered face or PIN.
pub const BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL: c_int = -761;

/// No registered fingerprint credential.
pub const BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL: c_int = -760;

/// No registered face.
pub const BS_SDK_ERROR_NO_FACE_CREDENTIAL: c_int = -759;

/// Face already enrolled.
pub const BS_SDK_ERROR_DUPLICATE_FACE: c_int = -758;

/// Duplicated fingerprint.
pub const BS_SDK_ERROR_DUPLICATE_FINGERPRINT: c_int = -757;

/// Cannot find operator.
pub const BS_SDK_ERROR_CANNOT_FIND_OPERATOR: c_int = -756;

/// Invalid schedule.
pub const BS_SDK_ERROR_INVALID_SCHEDULE: c_int = -755;

/// Cannot find daylight saving time schedule.
pub const BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE: c_int = -754;

/// No more daylight saving time schedules can be added.
pub const BS_SDK_ERROR_DST_SCHEDULE_FULL: c_int = -753;

/// No more user phrases can be added.
pub const BS_SDK_ERROR_USER_PHRASE_FULL: c_int = -752;

/// No more authentication groups can be added.
pub const BS_SDK_ERROR_AUTH_GROUP_FULL: c_int = -751;

/// Cannot find authentication group.
pub const BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP: c_int = -750;

/// No more floor schedules can be added.
pub const BS_SDK_ERROR_FLOOR_SCHEDULE_FULL: c_int = -749;

/// No more faces can be added.
pub const BS_SDK_ERROR_FACE_FULL: c_int = -748;

/// Cannot update face template.
pub const BS_SDK_ERROR_CANNOT_UPDATE_FACE: c_int = -747;

/// Cannot add more job codes.
pub const BS_SDK_ERROR_USER_JOB_FULL: c_int = -746;

/// Timer has been canceled.
pub const BS_SDK_ERROR_TIMER_CANCELED: c_int = -745;

/// Invalid link ID.
pub const BS_SDK_ERROR_INVALID_LINK_ID: c_int = -744;

/// No more operators can be added.
pub const BS_SDK_ERROR_OPERATOR_FULL: c_int = -743;

/// Cannot find cache data.
pub const BS_SDK_ERROR_CACHE_MISSED: c_int = -742;

/// Unable to add more devices.
pub const BS_SDK_ERROR_READER_FULL: c_int = -741;

/// No user profile picture.
pub const BS_SDK_ERROR_NO_USER_IMAGE: c_int = -740;

/// User name not registered.
pub const BS_SDK_ERROR_NO_USER_NAME: c_int = -739;

/// No registered PIN or fingerprint.
pub const BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL: c_int = -738;

/// No registered PIN.
pub const BS_SDK_ERROR_NO_PIN_CREDENTIAL: c_int = -737;

/// Card not registered.
pub const BS_SDK_ERROR_NO_CARD_CREDENTIAL: c_int = -736;

/// No registered fingerprint.
pub const BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL: c_int = -735;

/// No credentials.
pub const BS_SDK_ERROR_NO_CREDENTIAL: c_int = -734;

/// No more time periods can be added for one day.
pub const BS_SDK_ERROR_TIME_PERIOD_FULL: c_int = -733;

/// No more holidays can be added.
pub const BS_SDK_ERROR_HOLIDAY_FULL: c_int = -732;

/// No more holiday groups can be added.
pub const BS_SDK_ERROR_HOLIDAY_GROUP_FULL: c_int = -731;

/// Access schedule is full.
pub const BS_SDK_ERROR_ACCESS_SCHEDULE_FULL: c_int = -730;

/// No more floor levels can be added.
pub const BS_SDK_ERROR_FLOOR_LEVEL_FULL: c_int = -729;

/// No more access groups can be added.
pub const BS_SDK_ERROR_ACCESS_GROUP_FULL: c_int = -728;

/// Not enough space in database.
pub const BS_SDK_ERROR_DB_SLOT_FULL: c_int = -727;

/// No more door schedules can be added.
pub const BS_SDK_ERROR_DOOR_SCHEDULE_FULL: c_int = -726;

/// Cannot find log.
pub const BS_SDK_ERROR_CANNOT_FIND_LOG: c_int = -725;

/// There is no administrator.
pub const BS_SDK_ERROR_NO_ADMIN_USER: c_int = -724;

/// Template format does not match the type of the server.
pub const BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH: c_int = -723;

/// Cannot update fingerprint template.
pub const BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT: c_int = -722;

/// Invalid sector data.
pub const BS_SDK_ERROR_SLOT_DATA_CHECKSUM: c_int = -721;

/// User profile picture's size is too big.
pub const BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG: c_int = -720;

/// No more profile pictures can be added.
pub const BS_SDK_ERROR_USER_IMAGE_FULL: c_int = -719;

/// No more user names can be added.
pub const BS_SDK_ERROR_USER_NAME_FULL: c_int = -718;

/// No more cards can be added to blacklist.
pub const BS_SDK_ERROR_BLACKLIST_FULL: c_int = -717;

/// Invalid user ID.
pub const BS_SDK_ERROR_INVALID_USER_ID: c_int = -716;

/// No more access levels can be added.
pub const BS_SDK_ERROR_ACCESS_LEVEL_FULL: c_int = -715;

/// Cannot find user.
pub const BS_SDK_ERROR_CANNOT_FIND_USER: c_int = -714;

/// Invalid log file.
pub const BS_SDK_ERROR_INVALID_LOG_FILE: c_int = -712;

/// Invalid file header.
pub const BS_SDK_ERROR_NO_VALID_HDR_FILE: c_int = -711;

/// No more cards can be added.
pub const BS_SDK_ERROR_CARD_FULL: c_int = -710;

/// Duplicated Card.
pub const BS_SDK_ERROR_DUPLICATE_CARD: c_int = -709;

/// No more fingerprints can be added.
pub const BS_SDK_ERROR_FINGERPRINT_FULL: c_int = -708;

/// Fingerprint already enrolled.
pub const BS_SDK_ERROR_DUPLICATE_TEMPLATE: c_int = -707;

/// No more users can be added.
pub const BS_SDK_ERROR_USER_FULL: c_int = -706;

/// Duplicated ID.
pub const BS_SDK_ERROR_DUPLICATE_ID: c_int = -705;

/// Cannot initialize Database.
pub const BS_SDK_ERROR_CANNOT_INIT_DB: c_int = -704;

/// Invalid slot data.
pub const BS_SDK_ERROR_INVALID_SLOT_DATA: c_int = -703;

/// Invalid slot number.
pub const BS_SDK_ERROR_INVALID_SLOT_NO: c_int = -702;

/// The data is larger than the slot.
pub const BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT: c_int = -701;

/// Invalid data file.
pub const BS_SDK_ERROR_INVALID_DATA_FILE: c_int = -700;

/// Cannot set time.
pub const BS_SDK_ERROR_CANNOT_SET_TIME: c_int = -602;

/// Timeout.
pub const BS_SDK_ERROR_TIMEOUT: c_int = -601;

/// Not supported.
pub const BS_SDK_ERROR_NOT_SUPPORTED: c_int = -600;

/// Empty output data of wiegand device.
pub const BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY: c_int = -524;

/// Not enough output buffer space on wiegand device.
pub const BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL: c_int = -523;

/// Not enough buffer space on miscellaneous device.
pub const BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL: c_int = -522;

/// Not enough input buffer space on wiegand device.
pub const BS_SDK_ERROR_WIEGAND_QUEUE_FULL: c_int = -521;

/// Not enough buffer space on input device.
pub const BS_SDK_ERROR_INPUT_QUEUE_FULL: c_int = -520;

/// Invalid LCD packet.
pub const BS_SDK_ERROR_INVALID_LCD_PACKET: c_int = -513;

/// Failed to read LCD packet.
pub const BS_SDK_ERROR_CANNOT_READ_LCD_PACKET: c_int = -512;

/// Failed to write LCD packet.
pub const BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET: c_int = -511;

/// Invalid LCD parameter.
pub const BS_SDK_ERROR_INVALID_LCD_PARAM: c_int = -510;

/// Invalid intercom type.
pub const BS_SDK_ERROR_INVALID_INTERPHONE_TYPE: c_int = -508;

/// Invalid port.
pub const BS_SDK_ERROR_INVALID_PORT: c_int = -507;

/// Cannot set the duration of the input device.
pub const BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION: c_int = -506;

/// Cannot enable the input device.
pub const BS_SDK_ERROR_CANNOT_ENABLE_INPUT: c_int = -505;

/// Timeout during reading the input device.
pub const BS_SDK_ERROR_READ_INPUT_TIMEOUT: c_int = -504;

/// Cannot read input device.
pub const BS_SDK_ERROR_CANNOT_READ_INPUT: c_int = -503;

/// Failed to read I/O packet.
pub const BS_SDK_ERROR_CANNOT_READ_IO_PACKET: c_int = -502;

/// Failed to write I/O packet.
pub const BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET: c_int = -501;

/// Invalid Relay.
pub const BS_SDK_ERROR_INVALID_RELAY: c_int = -500;

/// Directory is already open.
pub const BS_SDK_ERROR_ALREADY_OPEN_DIR: c_int = -408;

/// Failed on data redundancy check.
pub const BS_SDK_ERROR_DATA_MISMATCH: c_int = -407;

/// Cannot get system information.
pub const BS_SDK_ERROR_CANNOT_GET_SYSINFO: c_int = -406;

/// Cannot get file status.
pub const BS_SDK_ERROR_CANNOT_GET_STAT: c_int = -405;

/// Cannot read file.
pub const BS_SDK_ERROR_CANNOT_READ_FILE: c_int = -404;

/// Cannot seek file.
pub const BS_SDK_ERROR_CANNOT_SEEK_FILE: c_int = -403;

/// Cannot write on file.
pub const BS_SDK_ERROR_CANNOT_WRITE_FILE: c_int = -402;

/// Cannot open file.
pub const BS_SDK_ERROR_CANNOT_OPEN_FILE: c_int = -401;

/// Cannot open directory.
pub const BS_SDK_ERROR_CANNOT_OPEN_DIR: c_int = -400;

/// Incompatible face template.
pub const BS_SDK_ERROR_INCOMPATIBLE_FACE: c_int = -332;

/// Face matching failed.
pub const BS_SDK_ERROR_MATCH_FAIL: c_int = -331;

/// Mouth is covered.
pub const BS_SDK_ERROR_OCCLUDED_MOUTH: c_int = -330;

/// Face is not looking to the front.
pub const BS_SDK_ERROR_NOT_LOOKING_FRONT: c_int = -329;

/// Eyes are not open.
pub const BS_SDK_ERROR_UNOPENED_EYES: c_int = -328;

/// More than one face detected.
pub const BS_SDK_ERROR_OVERLAPPED_FACE: c_int = -327;

/// Face is rotated too far.
pub const BS_SDK_ERROR_ROTATED_FACE: c_int = -326;

/// Face is off center.
pub const BS_SDK_ERROR_BIASED_DETECTION: c_int = -325;

/// Face is too close.
pub const BS_SDK_ERROR_LARGE_DETECTION: c_int = -324;

/// Face is too far away.
pub const BS_SDK_ERROR_SMALL_DETECTION: c_int = -323;

/// Failed to normalize face image.
pub const BS_SDK_ERROR_NORMALIZE_FACE: c_int = -322;

/// Cannot estimate face pose.
pub const BS_SDK_ERROR_CANNOT_ESTIMATE: c_int = -321;

/// Fake face detected.
pub const BS_SDK_ERROR_FAKE_FACE_DETECTED: c_int = -320;

/// Face without a mask detected.
pub const BS_SDK_ERROR_UNMASKED_FACE_DETECTED: c_int = -319;

/// Face scan failed.
pub const BS_SDK_ERROR_FACE_SCAN_FAILED: c_int = -318;

/// Face scan canceled.
pub const BS_SDK_ERROR_FACE_SCAN_CANCELLED: c_int = -317;

/// Face scan timeout.
pub const BS_SDK_ERROR_FACE_SCAN_TIMEOUT: c_int = -316;

/// Cannot capture the face image.
pub const BS_SDK_ERROR_FACE_CAPTURE_FAIL: c_int = -315;

/// Alias of `BS_SDK_ERROR_FACE_CAPTURE_FAIL` (-315).
pub const BS_SDK_ERROR_NO_FACE_DETECTED: c_int = BS_SDK_ERROR_FACE_CAPTURE_FAIL;

/// Face not registered.
pub const BS_SDK_ERROR_CANNOT_FIND_FACE: c_int = -314;

/// Fake finger detection sensor error.
pub const BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR: c_int = -313;

/// Possible fake finger; try again.
pub const BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN: c_int = -312;

/// Fake finger detected.
pub const BS_SDK_ERROR_FAKE_FINGER_DETECTED: c_int = -311;

/// Fingerprint not registered.
pub const BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT: c_int = -310;

/// Low quality of captured fingerprint image.
pub const BS_SDK_ERROR_CAPTURE_LOW_QUALITY: c_int = -309;

/// Need more information of fingerprint minutiae.
pub const BS_SDK_ERROR_EXTRACTION_LOW_QUALITY: c_int = -308;

/// Not identical fingerprints.
pub const BS_SDK_ERROR_NOT_SAME_FINGERPRINT: c_int = -307;

/// Fingerprint scan canceled.
pub const BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED: c_int = -306;

/// Fingerprint scan timeout.
pub const BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT: c_int = -305;

/// Cannot capture the fingerprint image.
pub const BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL: c_int = -304;

/// Alias of `BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL` (-304).
pub const BS_SDK_ERROR_NO_FINGER_DETECTED: c_int = BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL;

/// Identification timeout.
pub const BS_SDK_ERROR_IDENTIFY_TIMEOUT: c_int = -303;

/// Failed on 1:N identification.
pub const BS_SDK_ERROR_IDENTIFY_FAIL: c_int = -302;

/// Failed on 1:1 verification.
pub const BS_SDK_ERROR_VERIFY_FAIL: c_int = -301;

/// Cannot extract template data.
pub const BS_SDK_ERROR_EXTRACTION_FAIL: c_int = -300;

/// Invalid code signature.
pub const BS_SDK_ERROR_INVALID_CODE_SIGN: c_int = -210;

/// Invalid packet.
pub const BS_SDK_ERROR_NO_PACKET: c_int = -209;

/// Packet sequence error due to unstable network connection.
pub const BS_SDK_ERROR_PACKET_SEQUENCE: c_int = -207;

/// Invalid command.
pub const BS_SDK_ERROR_PACKET_COMMAND: c_int = -206;

/// Packet data may be lost.
pub const BS_SDK_ERROR_PACKET_INDEX: c_int = -205;

/// Packet data's checksum is not correct.
pub const BS_SDK_ERROR_PACKET_CHECKSUM: c_int = -204;

/// Invalid device type.
pub const BS_SDK_ERROR_INVALID_DEVICE_TYPE: c_int = -203;

/// Invalid device ID.
pub const BS_SDK_ERROR_INVALID_DEVICE_ID: c_int = -202;

/// Invalid packet.
pub const BS_SDK_ERROR_INVALID_PACKET: c_int = -201;

/// Invalid parameter.
pub const BS_SDK_ERROR_INVALID_PARAM: c_int = -200;

/// Invalid address.
pub const BS_SDK_ERROR_INVALID_ADDRESS: c_int = -116;

/// IPv6 not supported.
pub const BS_SDK_ERROR_NOT_SUPPORTED_IPV6: c_int = -115;

/// Not enough buffer space.
pub const BS_SDK_ERROR_NOT_ENOUGTH_BUFFER: c_int = -114;

/// Specified device information not supported.
pub const BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO: c_int = -113;

/// IPv6 is not enabled.
pub const BS_SDK_ERROR_IPV6_IS_NOT_ENABLE: c_int = -112;

/// IPv4 is not enabled.
pub const BS_SDK_ERROR_IPV4_IS_NOT_ENABLE: c_int = -111;

/// Already in progress.
pub const BS_SDK_ERROR_SOCKET_IN_PROGRESS: c_int = -110;

/// Socket not set to listen.
pub const BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED: c_int = -109;

/// Cannot use socket.
pub const BS_SDK_ERROR_SOCKET_IS_NOT_OPEN: c_int = -108;

/// Not connected to socket.
pub const BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED: c_int = -107;

/// Cannot write on socket.
pub const BS_SDK_ERROR_CANNOT_WRITE_SOCKET: c_int = -106;

/// Cannot read from socket.
pub const BS_SDK_ERROR_CANNOT_READ_SOCKET: c_int = -105;

/// Cannot accept socket.
pub const BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET: c_int = -104;

/// Cannot set socket to listen for connections.
pub const BS_SDK_ERROR_CANNOT_LISTEN_SOCKET: c_int = -103;

/// Cannot connect to socket.
pub const BS_SDK_ERROR_CANNOT_CONNECT_SOCKET: c_int = -102;

/// Cannot create a socket.
pub const BS_SDK_ERROR_CANNOT_OPEN_SOCKET: c_int = -101;

/// Device driver error.
pub const BS_SDK_ERROR_FROM_DEVICE_DRIVER: c_int = -1;

/// Success.
pub const BS_SDK_SUCCESS: c_int = 1;

/// Authenticated as duress fingerprint.
pub const BS_SDK_DURESS_SUCCESS: c_int = 2;

/// First user has been authenticated.
pub const BS_SDK_FIRST_AUTH_SUCCESS: c_int = 3;

/// Second user has been authenticated.
pub const BS_SDK_SECOND_AUTH_SUCCESS: c_int = 4;

/// Success on dual authentication.
pub const BS_SDK_DUAL_AUTH_SUCCESS: c_int = 5;

/// Authenticated through Wiegand bypass.
pub const BS_SDK_WIEGAND_BYPASS_SUCCESS: c_int = 11;

/// Anonymous authentication succeeded.
pub const BS_SDK_ANONYMOUS_SUCCESS: c_int = 12;

/// Access granted by lock override.
pub const BS_SDK_LOCKOVERRIDE_SUCCESS: c_int = 13;

/// The type whose cast marks `BS_SDK_ERROR_SSL_VERIFY_CA` deprecated in C.
/// cbindgen:ignore
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub type BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_VERIFY_CA = c_int;

/// The type whose cast marks `BS_SDK_ERROR_SSL_INVALID_CA` deprecated in C.
/// cbindgen:ignore
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub type BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_INVALID_CA = c_int;

/// The type whose cast marks `BS_SDK_ERROR_SSL_IS_NOT_CONNECTED` deprecated in C.
/// cbindgen:ignore
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub type BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_IS_NOT_CONNECTED = c_int;

/// The type whose cast marks `BS_SDK_ERROR_SSL_EXIST` deprecated in C.
/// cbindgen:ignore
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub type BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_EXIST = c_int;

/// The type whose cast marks `BS_SDK_ERROR_SET_FIRE_ALARM` deprecated in C.
/// cbindgen:ignore
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub type BsErrorDeprecatedAlias_BS_SDK_ERROR_SET_FIRE_ALARM = c_int;

/// The type whose cast marks `BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION` deprecated in C.
/// cbindgen:ignore
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub type BsErrorDeprecatedAlias_BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION = c_int;

/// The type whose cast marks `BS_SDK_ERROR_ZONE_FULL` deprecated in C.
/// cbindgen:ignore
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub type BsErrorDeprecatedAlias_BS_SDK_ERROR_ZONE_FULL = c_int;

/// The type whose cast marks `BS_SDK_ERROR_USER_IMAGE_EX_FULL` deprecated in C.
/// cbindgen:ignore
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub type BsErrorDeprecatedAlias_BS_SDK_ERROR_USER_IMAGE_EX_FULL = c_int;
