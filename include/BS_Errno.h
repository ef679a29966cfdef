/*
 * BS_Errno.h — the return codes of the Suprema BioStar 2 Device SDK (release 2.9.12.0), from bs-errno.
 *
 * A drop-in replacement for the SDK's header of the same name: every macro keeps its name and value.
 * Deprecated aliases still compile (also in #if and case labels) but make the compiler warn. Link with
 * libbs_errno to also get bs_error_string(), bs_error_name(), bs_error_format() and friends.
 */

#ifndef BS_ERRNO_H
#define BS_ERRNO_H

/*
 * generated — do not edit.
 * Rendered by cbindgen (pinned 0.29.4) from the Rust sources of bs-errno, whose codes come from
 * data/codes.tsv. Edit the data file or the Rust source, then run `cargo xtask generate`;
 * a test fails when this header is stale.
 */

#include <stddef.h>
/*
 * Declares an int typedef deprecated, with a message. MSVC (C and C++) takes __declspec(deprecated) among
 * the declaration specifiers; gcc and clang take the attribute after the declarator; other C++14 and C23
 * compilers the standard attribute.
 */
#if defined(_MSC_VER)
#  define BS_ERRNO_DEPRECATED_TYPEDEF(name, note) typedef __declspec(deprecated(note)) int name
#elif defined(__GNUC__) || defined(__clang__)
#  define BS_ERRNO_DEPRECATED_TYPEDEF(name, note) typedef int name __attribute__((deprecated(note)))
#elif defined(__cplusplus) && __cplusplus >= 201402L
#  define BS_ERRNO_DEPRECATED_TYPEDEF(name, note) typedef int name [[deprecated(note)]]
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 202311L
#  define BS_ERRNO_DEPRECATED_TYPEDEF(name, note) typedef int name [[deprecated(note)]]
#else
#  define BS_ERRNO_DEPRECATED_TYPEDEF(name, note) typedef int name
#endif
/*
 * The SDK's own BS_Errno.h may be reachable in the same translation unit (an SDK source including
 * "../Include/BS_Errno.h"). Its include guard is CORE_JNI_SRC_BS_ERRNO_H_ in every release. Included after
 * this header, it is skipped. Included before, its macros are withdrawn here and defined again below
 * with the same names and values. Either way the translation unit sees this header's definitions.
 */
#ifndef CORE_JNI_SRC_BS_ERRNO_H_
#define CORE_JNI_SRC_BS_ERRNO_H_
#else
#undef BS_SDK_ERROR_INITIALIZE_NOTIFYMGR
#undef BS_SDK_ERROR_INITIALIZE_FILELOG
#undef BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND
#undef BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT
#undef BS_SDK_ERROR_MOBILE_NOT_LOGIN
#undef BS_SDK_ERROR_MOBILE_NO_RESPONSE
#undef BS_SDK_ERROR_MOBILE_STATUS_FAULT
#undef BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE
#undef BS_SDK_ERROR_INVALID_SCHEDULE_ID
#undef BS_SDK_ERROR_INVALID_FILE_FORMAT
#undef BS_SDK_ERROR_INTERNAL
#undef BS_SDK_ERROR_DEVICE_BUSY
#undef BS_SDK_ERROR_DECRYPT
#undef BS_SDK_ERROR_ENCRYPT
#undef BS_SDK_ERROR_EXIST
#undef BS_SDK_ERROR_CANCELED
#undef BS_SDK_ERROR_CANNOT_RUN_SERVICE
#undef BS_SDK_ERROR_UNINITIALIZED
#undef BS_SDK_ERROR_NULL_POINTER
#undef BS_SDK_ERROR_UZ_ADD_FAIL
#undef BS_SDK_ERROR_UZ_SPEC_FULL
#undef BS_SDK_ERROR_UZ_CHANNEL_FULL
#undef BS_SDK_ERROR_UZ_ENABLE_FULL
#undef BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO
#undef BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE
#undef BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL
#undef BS_SDK_ERROR_LICENSE_JSON_FORMAT
#undef BS_SDK_ERROR_LICENSE_PARRING_JSON
#undef BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH
#undef BS_SDK_ERROR_LICENSE_FILE_NOT_VALID
#undef BS_SDK_ERROR_LICENSE_CRC
#undef BS_SDK_ERROR_NO_LICENSE
#undef BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE
#undef BS_SDK_ERROR_FAIL_SLAVE_SET_KEY
#undef BS_SDK_ERROR_FAIL_MASTER_SET_KEY
#undef BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID
#undef BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE
#undef BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE
#undef BS_SDK_ERROR_DUPLICATE_OSDP_ID
#undef BS_SDK_ERROR_ALREADY_FULL_SLAVES
#undef BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL
#undef BS_SDK_ERROR_MOBILE_PORTAL
#undef BS_SDK_ERROR_SSL_VERIFY_KEY
#undef BS_SDK_ERROR_SSL_INVALID_KEY
#undef BS_SDK_ERROR_SSL_VERIFY_CERT
#undef BS_SDK_ERROR_SSL_VERIFY_CA
#undef BS_SDK_ERROR_SSL_INVALID_CERT
#undef BS_SDK_ERROR_SSL_INVALID_CA
#undef BS_SDK_ERROR_SSL_ALREADY_CONNECTED
#undef BS_SDK_ERROR_SSL_CANNOT_CONNECT
#undef BS_SDK_ERROR_SSL_IS_NOT_CONNECTED
#undef BS_SDK_ERROR_SSL_NOT_SUPPORTED
#undef BS_SDK_ERROR_SSL_EXIST
#undef BS_SDK_ERROR_SSL_INIT
#undef BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED
#undef BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY
#undef BS_SDK_ERROR_CANNOT_SEND_TO_SERVER
#undef BS_SDK_ERROR_DEVICE_LOCKED
#undef BS_SDK_ERROR_CANNOT_UPGRADE
#undef BS_SDK_ERROR_ALLOC_MEM
#undef BS_SDK_ERROR_FILE_IO
#undef BS_SDK_ERROR_CANNOT_EXECUTE_THREAD
#undef BS_SDK_ERROR_CANNOT_DETECT_FACE
#undef BS_SDK_ERROR_CAMERA_CAPTURE_FAIL
#undef BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL
#undef BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED
#undef BS_SDK_ERROR_CANNOT_ENCODE_JPEG
#undef BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL
#undef BS_SDK_ERROR_CAMERA_INIT_FAIL
#undef BS_SDK_ERROR_INVALID_PASSWORD
#undef BS_SDK_ERROR_CANNOT_FIND_CARD
#undef BS_SDK_ERROR_CARD_CANNOT_SEND_DATA
#undef BS_SDK_ERROR_CARD_READ_CANCELLED
#undef BS_SDK_ERROR_CARD_READ_TIMEOUT
#undef BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA
#undef BS_SDK_ERROR_CARD_CIS_CRC
#undef BS_SDK_ERROR_CARD_CANNOT_READ_DATA
#undef BS_SDK_ERROR_CARD_NOT_ACTIVATED
#undef BS_SDK_ERROR_CARD_INIT_FAIL
#undef BS_SDK_ERROR_CARD_IO
#undef BS_SDK_ERROR_LIFT_LOCK_VIOLATION
#undef BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL
#undef BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION
#undef BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION
#undef BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION
#undef BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION
#undef BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION
#undef BS_SDK_ERROR_INTERLOCK_ZONE_FULL
#undef BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION
#undef BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION
#undef BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION
#undef BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION
#undef BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION
#undef BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION
#undef BS_SDK_ERROR_CANNOT_FIND_ARM_CARD
#undef BS_SDK_ERROR_CANNOT_DISARM
#undef BS_SDK_ERROR_CANNOT_ARM
#undef BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL
#undef BS_SDK_ERROR_INACTIVE_ZONE
#undef BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL
#undef BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL
#undef BS_SDK_ERROR_TIMED_APB_ZONE_FULL
#undef BS_SDK_ERROR_APB_ZONE_FULL
#undef BS_SDK_ERROR_SET_FIRE_ALARM
#undef BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION
#undef BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION
#undef BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION
#undef BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION
#undef BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION
#undef BS_SDK_ERROR_SOFT_APB_VIOLATION
#undef BS_SDK_ERROR_HARD_APB_VIOLATION
#undef BS_SDK_ERROR_SET_ZONE
#undef BS_SDK_ERROR_ZONE_FULL
#undef BS_SDK_ERROR_CANNOT_FIND_ZONE
#undef BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED
#undef BS_SDK_FACE_OR_PIN_AUTH_REQUIRED
#undef BS_SDK_FINGERPRINT_AUTH_REQUIRED
#undef BS_SDK_FACE_AUTH_REQUIRED
#undef BS_SDK_THERMAL_CHECK_REQUIRED
#undef BS_SDK_MASK_CHECK_REQUIRED
#undef BS_SDK_ERROR_UNMASKED_FACE_VIOLATION
#undef BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE
#undef BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION
#undef BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION
#undef BS_SDK_ERROR_IDENTIFICATION_REQUIRED
#undef BS_SDK_ERROR_AUTH_GROUP_REQUIRED
#undef BS_SDK_ERROR_AUTH_FAIL
#undef BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL
#undef BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL
#undef BS_SDK_ERROR_TNA_CODE_REQUIRED
#undef BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED
#undef BS_SDK_ERROR_PIN_AUTH_REQUIRED
#undef BS_SDK_ERROR_CARD_AUTH_REQUIRED
#undef BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED
#undef BS_SDK_ERROR_DUAL_AUTH_FAIL
#undef BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL
#undef BS_SDK_ERROR_AUTH_UNEXPECTED_USER
#undef BS_SDK_ERROR_INVALID_AUTH_MODE
#undef BS_SDK_ERROR_DUAL_AUTH_TIMEOUT
#undef BS_SDK_ERROR_AUTH_TIMEOUT
#undef BS_SDK_ERROR_CANNOT_FIND_BLACKLIST
#undef BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP
#undef BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE
#undef BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL
#undef BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP
#undef BS_SDK_ERROR_BLACKLIST
#undef BS_SDK_ERROR_EXPIRED
#undef BS_SDK_ERROR_NOT_YET_VALID
#undef BS_SDK_ERROR_DISABLED
#undef BS_SDK_ERROR_ACCESS_RULE_VIOLATION
#undef BS_SDK_ERROR_LIFT_FULL
#undef BS_SDK_ERROR_CANNOT_FIND_LIFT
#undef BS_SDK_ERROR_CANNOT_RELEASE_DOOR
#undef BS_SDK_ERROR_CANNOT_UNLOCK_DOOR
#undef BS_SDK_ERROR_CANNOT_LOCK_DOOR
#undef BS_SDK_ERROR_DOOR_FULL
#undef BS_SDK_ERROR_CANNOT_FIND_DOOR
#undef BS_SDK_ERROR_CANNOT_DEL_DEVICE
#undef BS_SDK_ERROR_SLAVE_NOT_READY
#undef BS_SDK_ERROR_CANNOT_ADD_DEVICE
#undef BS_SDK_ERROR_SLAVE_FULL
#undef BS_SDK_ERROR_CANNOT_SCAN_FACE
#undef BS_SDK_ERROR_CANNOT_FIND_DEVICE
#undef BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER
#undef BS_SDK_ERROR_CANNOT_SET_LED
#undef BS_SDK_ERROR_CANNOT_GET_RTC
#undef BS_SDK_ERROR_CANNOT_SET_RTC
#undef BS_SDK_ERROR_CANNOT_OPEN_RTC
#undef BS_SDK_ERROR_CANNOT_SCAN_CARD
#undef BS_SDK_ERROR_CANNOT_SCAN_FINGER
#undef BS_SDK_ERROR_INVALID_CONFIG_INDEX
#undef BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE
#undef BS_SDK_ERROR_INVALID_CONFIG_DATA
#undef BS_SDK_ERROR_INVALID_CONFIG_FILE
#undef BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE
#undef BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE
#undef BS_SDK_ERROR_INVALID_CONFIG
#undef BS_SDK_ERROR_ADMIN_CANNOT_SCAN
#undef BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL
#undef BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL
#undef BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL
#undef BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL
#undef BS_SDK_ERROR_USER_OVERRIDE_FULL
#undef BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST
#undef BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL
#undef BS_SDK_ERROR_SQL_ERROR
#undef BS_SDK_ERROR_USER_IMAGE_EX_FULL
#undef BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL
#undef BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL
#undef BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL
#undef BS_SDK_ERROR_NO_FACE_CREDENTIAL
#undef BS_SDK_ERROR_DUPLICATE_FACE
#undef BS_SDK_ERROR_DUPLICATE_FINGERPRINT
#undef BS_SDK_ERROR_CANNOT_FIND_OPERATOR
#undef BS_SDK_ERROR_INVALID_SCHEDULE
#undef BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE
#undef BS_SDK_ERROR_DST_SCHEDULE_FULL
#undef BS_SDK_ERROR_USER_PHRASE_FULL
#undef BS_SDK_ERROR_AUTH_GROUP_FULL
#undef BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP
#undef BS_SDK_ERROR_FLOOR_SCHEDULE_FULL
#undef BS_SDK_ERROR_FACE_FULL
#undef BS_SDK_ERROR_CANNOT_UPDATE_FACE
#undef BS_SDK_ERROR_USER_JOB_FULL
#undef BS_SDK_ERROR_TIMER_CANCELED
#undef BS_SDK_ERROR_INVALID_LINK_ID
#undef BS_SDK_ERROR_OPERATOR_FULL
#undef BS_SDK_ERROR_CACHE_MISSED
#undef BS_SDK_ERROR_READER_FULL
#undef BS_SDK_ERROR_NO_USER_IMAGE
#undef BS_SDK_ERROR_NO_USER_NAME
#undef BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL
#undef BS_SDK_ERROR_NO_PIN_CREDENTIAL
#undef BS_SDK_ERROR_NO_CARD_CREDENTIAL
#undef BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL
#undef BS_SDK_ERROR_NO_CREDENTIAL
#undef BS_SDK_ERROR_TIME_PERIOD_FULL
#undef BS_SDK_ERROR_HOLIDAY_FULL
#undef BS_SDK_ERROR_HOLIDAY_GROUP_FULL
#undef BS_SDK_ERROR_ACCESS_SCHEDULE_FULL
#undef BS_SDK_ERROR_FLOOR_LEVEL_FULL
#undef BS_SDK_ERROR_ACCESS_GROUP_FULL
#undef BS_SDK_ERROR_DB_SLOT_FULL
#undef BS_SDK_ERROR_DOOR_SCHEDULE_FULL
#undef BS_SDK_ERROR_CANNOT_FIND_LOG
#undef BS_SDK_ERROR_NO_ADMIN_USER
#undef BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH
#undef BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT
#undef BS_SDK_ERROR_SLOT_DATA_CHECKSUM
#undef BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG
#undef BS_SDK_ERROR_USER_IMAGE_FULL
#undef BS_SDK_ERROR_USER_NAME_FULL
#undef BS_SDK_ERROR_BLACKLIST_FULL
#undef BS_SDK_ERROR_INVALID_USER_ID
#undef BS_SDK_ERROR_ACCESS_LEVEL_FULL
#undef BS_SDK_ERROR_CANNOT_FIND_USER
#undef BS_SDK_ERROR_INVALID_LOG_FILE
#undef BS_SDK_ERROR_NO_VALID_HDR_FILE
#undef BS_SDK_ERROR_CARD_FULL
#undef BS_SDK_ERROR_DUPLICATE_CARD
#undef BS_SDK_ERROR_FINGERPRINT_FULL
#undef BS_SDK_ERROR_DUPLICATE_TEMPLATE
#undef BS_SDK_ERROR_USER_FULL
#undef BS_SDK_ERROR_DUPLICATE_ID
#undef BS_SDK_ERROR_CANNOT_INIT_DB
#undef BS_SDK_ERROR_INVALID_SLOT_DATA
#undef BS_SDK_ERROR_INVALID_SLOT_NO
#undef BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT
#undef BS_SDK_ERROR_INVALID_DATA_FILE
#undef BS_SDK_ERROR_CANNOT_SET_TIME
#undef BS_SDK_ERROR_TIMEOUT
#undef BS_SDK_ERROR_NOT_SUPPORTED
#undef BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY
#undef BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL
#undef BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL
#undef BS_SDK_ERROR_WIEGAND_QUEUE_FULL
#undef BS_SDK_ERROR_INPUT_QUEUE_FULL
#undef BS_SDK_ERROR_INVALID_LCD_PACKET
#undef BS_SDK_ERROR_CANNOT_READ_LCD_PACKET
#undef BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET
#undef BS_SDK_ERROR_INVALID_LCD_PARAM
#undef BS_SDK_ERROR_INVALID_INTERPHONE_TYPE
#undef BS_SDK_ERROR_INVALID_PORT
#undef BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION
#undef BS_SDK_ERROR_CANNOT_ENABLE_INPUT
#undef BS_SDK_ERROR_READ_INPUT_TIMEOUT
#undef BS_SDK_ERROR_CANNOT_READ_INPUT
#undef BS_SDK_ERROR_CANNOT_READ_IO_PACKET
#undef BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET
#undef BS_SDK_ERROR_INVALID_RELAY
#undef BS_SDK_ERROR_ALREADY_OPEN_DIR
#undef BS_SDK_ERROR_DATA_MISMATCH
#undef BS_SDK_ERROR_CANNOT_GET_SYSINFO
#undef BS_SDK_ERROR_CANNOT_GET_STAT
#undef BS_SDK_ERROR_CANNOT_READ_FILE
#undef BS_SDK_ERROR_CANNOT_SEEK_FILE
#undef BS_SDK_ERROR_CANNOT_WRITE_FILE
#undef BS_SDK_ERROR_CANNOT_OPEN_FILE
#undef BS_SDK_ERROR_CANNOT_OPEN_DIR
#undef BS_SDK_ERROR_INCOMPATIBLE_FACE
#undef BS_SDK_ERROR_MATCH_FAIL
#undef BS_SDK_ERROR_OCCLUDED_MOUTH
#undef BS_SDK_ERROR_NOT_LOOKING_FRONT
#undef BS_SDK_ERROR_UNOPENED_EYES
#undef BS_SDK_ERROR_OVERLAPPED_FACE
#undef BS_SDK_ERROR_ROTATED_FACE
#undef BS_SDK_ERROR_BIASED_DETECTION
#undef BS_SDK_ERROR_LARGE_DETECTION
#undef BS_SDK_ERROR_SMALL_DETECTION
#undef BS_SDK_ERROR_NORMALIZE_FACE
#undef BS_SDK_ERROR_CANNOT_ESTIMATE
#undef BS_SDK_ERROR_FAKE_FACE_DETECTED
#undef BS_SDK_ERROR_UNMASKED_FACE_DETECTED
#undef BS_SDK_ERROR_FACE_SCAN_FAILED
#undef BS_SDK_ERROR_FACE_SCAN_CANCELLED
#undef BS_SDK_ERROR_FACE_SCAN_TIMEOUT
#undef BS_SDK_ERROR_FACE_CAPTURE_FAIL
#undef BS_SDK_ERROR_NO_FACE_DETECTED
#undef BS_SDK_ERROR_CANNOT_FIND_FACE
#undef BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR
#undef BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN
#undef BS_SDK_ERROR_FAKE_FINGER_DETECTED
#undef BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT
#undef BS_SDK_ERROR_CAPTURE_LOW_QUALITY
#undef BS_SDK_ERROR_EXTRACTION_LOW_QUALITY
#undef BS_SDK_ERROR_NOT_SAME_FINGERPRINT
#undef BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED
#undef BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT
#undef BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL
#undef BS_SDK_ERROR_NO_FINGER_DETECTED
#undef BS_SDK_ERROR_IDENTIFY_TIMEOUT
#undef BS_SDK_ERROR_IDENTIFY_FAIL
#undef BS_SDK_ERROR_VERIFY_FAIL
#undef BS_SDK_ERROR_EXTRACTION_FAIL
#undef BS_SDK_ERROR_INVALID_CODE_SIGN
#undef BS_SDK_ERROR_NO_PACKET
#undef BS_SDK_ERROR_PACKET_SEQUENCE
#undef BS_SDK_ERROR_PACKET_COMMAND
#undef BS_SDK_ERROR_PACKET_INDEX
#undef BS_SDK_ERROR_PACKET_CHECKSUM
#undef BS_SDK_ERROR_INVALID_DEVICE_TYPE
#undef BS_SDK_ERROR_INVALID_DEVICE_ID
#undef BS_SDK_ERROR_INVALID_PACKET
#undef BS_SDK_ERROR_INVALID_PARAM
#undef BS_SDK_ERROR_INVALID_ADDRESS
#undef BS_SDK_ERROR_NOT_SUPPORTED_IPV6
#undef BS_SDK_ERROR_NOT_ENOUGTH_BUFFER
#undef BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO
#undef BS_SDK_ERROR_IPV6_IS_NOT_ENABLE
#undef BS_SDK_ERROR_IPV4_IS_NOT_ENABLE
#undef BS_SDK_ERROR_SOCKET_IN_PROGRESS
#undef BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED
#undef BS_SDK_ERROR_SOCKET_IS_NOT_OPEN
#undef BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED
#undef BS_SDK_ERROR_CANNOT_WRITE_SOCKET
#undef BS_SDK_ERROR_CANNOT_READ_SOCKET
#undef BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET
#undef BS_SDK_ERROR_CANNOT_LISTEN_SOCKET
#undef BS_SDK_ERROR_CANNOT_CONNECT_SOCKET
#undef BS_SDK_ERROR_CANNOT_OPEN_SOCKET
#undef BS_SDK_ERROR_FROM_DEVICE_DRIVER
#undef BS_SDK_SUCCESS
#undef BS_SDK_DURESS_SUCCESS
#undef BS_SDK_FIRST_AUTH_SUCCESS
#undef BS_SDK_SECOND_AUTH_SUCCESS
#undef BS_SDK_DUAL_AUTH_SUCCESS
#undef BS_SDK_WIEGAND_BYPASS_SUCCESS
#undef BS_SDK_ANONYMOUS_SUCCESS
#undef BS_SDK_LOCKOVERRIDE_SUCCESS
#endif

/*
 * The type each deprecated alias macro casts to, as in `#define BS_SDK_ERROR_ZONE_FULL (T)-1201`. In code,
 * the cast to a deprecated typedef raises a deprecation warning naming the replacement, and the macro
 * is still an integer constant expression (case labels, static assertions, array sizes). In #if, T is
 * an identifier that is not a macro, which counts as 0: (0)-1201 is -1201.
 */
BS_ERRNO_DEPRECATED_TYPEDEF(BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_VERIFY_CA, "use BS_SDK_ERROR_SSL_VERIFY_CERT (deprecated since SDK 2.7.2)");
BS_ERRNO_DEPRECATED_TYPEDEF(BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_INVALID_CA, "use BS_SDK_ERROR_SSL_INVALID_CERT (deprecated since SDK 2.7.2)");
BS_ERRNO_DEPRECATED_TYPEDEF(BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_IS_NOT_CONNECTED, "use BS_SDK_ERROR_SSL_CANNOT_CONNECT (deprecated since SDK 2.7.2)");
BS_ERRNO_DEPRECATED_TYPEDEF(BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_EXIST, "use BS_SDK_ERROR_SSL_NOT_SUPPORTED (deprecated since SDK 2.7.2)");
BS_ERRNO_DEPRECATED_TYPEDEF(BsErrorDeprecatedAlias_BS_SDK_ERROR_SET_FIRE_ALARM, "use BS_SDK_ERROR_APB_ZONE_FULL (deprecated since SDK 2.7.2)");
BS_ERRNO_DEPRECATED_TYPEDEF(BsErrorDeprecatedAlias_BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION, "use BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION (deprecated since SDK 2.7.0.0)");
BS_ERRNO_DEPRECATED_TYPEDEF(BsErrorDeprecatedAlias_BS_SDK_ERROR_ZONE_FULL, "use BS_SDK_ERROR_SET_ZONE (deprecated since SDK 2.6.0)");
BS_ERRNO_DEPRECATED_TYPEDEF(BsErrorDeprecatedAlias_BS_SDK_ERROR_USER_IMAGE_EX_FULL, "use BS_SDK_ERROR_SQL_ERROR (deprecated since SDK 2.9.9.1)");


/**
 * Failed to initialize the SDK notification manager.
 */
#define BS_SDK_ERROR_INITIALIZE_NOTIFYMGR -10202

/**
 * Failed to initialize the SDK file log.
 */
#define BS_SDK_ERROR_INITIALIZE_FILELOG -10201

/**
 * Cannot find mobile device.
 */
#define BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND -10105

/**
 * Failed to add mobile device.
 */
#define BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT -10104

/**
 * Not logged in to the mobile access service.
 */
#define BS_SDK_ERROR_MOBILE_NOT_LOGIN -10103

/**
 * No response from the mobile access service.
 */
#define BS_SDK_ERROR_MOBILE_NO_RESPONSE -10101

/**
 * Mobile access service reported a fault status.
 */
#define BS_SDK_ERROR_MOBILE_STATUS_FAULT -10100

/**
 * Unknown fingerprint template format.
 */
#define BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE -10011

/**
 * Invalid schedule ID.
 */
#define BS_SDK_ERROR_INVALID_SCHEDULE_ID -10010

/**
 * Invalid file format.
 */
#define BS_SDK_ERROR_INVALID_FILE_FORMAT -10009

/**
 * Internal SDK error.
 */
#define BS_SDK_ERROR_INTERNAL -10008

/**
 * Device cannot response.
 */
#define BS_SDK_ERROR_DEVICE_BUSY -10007

/**
 * Failed on decryption.
 */
#define BS_SDK_ERROR_DECRYPT -10006

/**
 * Failed on encryption.
 */
#define BS_SDK_ERROR_ENCRYPT -10005

/**
 * Already exists.
 */
#define BS_SDK_ERROR_EXIST -10004

/**
 * Canceled.
 */
#define BS_SDK_ERROR_CANCELED -10003

/**
 * Cannot run SDK service.
 */
#define BS_SDK_ERROR_CANNOT_RUN_SERVICE -10002

/**
 * SDK not initialized.
 */
#define BS_SDK_ERROR_UNINITIALIZED -10001

/**
 * Wrong pointer.
 */
#define BS_SDK_ERROR_NULL_POINTER -10000

/**
 * Failed to add wireless lock.
 */
#define BS_SDK_ERROR_UZ_ADD_FAIL -4024

/**
 * No more wireless lock specifications can be added.
 */
#define BS_SDK_ERROR_UZ_SPEC_FULL -4023

/**
 * No more wireless lock channels can be added.
 */
#define BS_SDK_ERROR_UZ_CHANNEL_FULL -4022

/**
 * No more wireless locks can be enabled.
 */
#define BS_SDK_ERROR_UZ_ENABLE_FULL -4021

/**
 * No wireless locks are enabled.
 */
#define BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO -4020

/**
 * License does not match the device.
 */
#define BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE -4017

/**
 * License was only partially enabled.
 */
#define BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL -4016

/**
 * Invalid license JSON format.
 */
#define BS_SDK_ERROR_LICENSE_JSON_FORMAT -4015

/**
 * Failed to parse license JSON.
 */
#define BS_SDK_ERROR_LICENSE_PARRING_JSON -4014

/**
 * Invalid license payload length.
 */
#define BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH -4013

/**
 * Invalid license file.
 */
#define BS_SDK_ERROR_LICENSE_FILE_NOT_VALID -4012

/**
 * License checksum error.
 */
#define BS_SDK_ERROR_LICENSE_CRC -4011

/**
 * No license.
 */
#define BS_SDK_ERROR_NO_LICENSE -4010

/**
 * OSDP slave device disconnected.
 */
#define BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE -4009

/**
 * Failed to set the secure key on the OSDP slave device.
 */
#define BS_SDK_ERROR_FAIL_SLAVE_SET_KEY -4008

/**
 * Failed to set the secure key on the OSDP master device.
 */
#define BS_SDK_ERROR_FAIL_MASTER_SET_KEY -4007

/**
 * Invalid OSDP device ID.
 */
#define BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID -4006

/**
 * Failed to update OSDP device.
 */
#define BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE -4005

/**
 * Failed to add OSDP device.
 */
#define BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE -4004

/**
 * Duplicated OSDP ID.
 */
#define BS_SDK_ERROR_DUPLICATE_OSDP_ID -4003

/**
 * No more OSDP slave devices can be added.
 */
#define BS_SDK_ERROR_ALREADY_FULL_SLAVES -4002

/**
 * Channel is not an OSDP standard channel.
 */
#define BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL -4001

/**
 * Mobile access portal error.
 */
#define BS_SDK_ERROR_MOBILE_PORTAL -3100

/**
 * Failed to verify SSL key.
 */
#define BS_SDK_ERROR_SSL_VERIFY_KEY -3007

/**
 * Invalid SSL key.
 */
#define BS_SDK_ERROR_SSL_INVALID_KEY -3006

/**
 * Failed to verify SSL certificate.
 */
#define BS_SDK_ERROR_SSL_VERIFY_CERT -3005

/**
 * Invalid SSL certificate.
 */
#define BS_SDK_ERROR_SSL_INVALID_CERT -3004

/**
 * SSL connection already established.
 */
#define BS_SDK_ERROR_SSL_ALREADY_CONNECTED -3003

/**
 * Cannot establish SSL connection.
 */
#define BS_SDK_ERROR_SSL_CANNOT_CONNECT -3002

/**
 * SSL not supported.
 */
#define BS_SDK_ERROR_SSL_NOT_SUPPORTED -3001

/**
 * Failed to initialize SSL.
 */
#define BS_SDK_ERROR_SSL_INIT -3000

/**
 * Firmware upgrade not supported.
 */
#define BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED -2007

/**
 * Not enough memory for firmware upgrade.
 */
#define BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY -2006

/**
 * Cannot send data to server.
 */
#define BS_SDK_ERROR_CANNOT_SEND_TO_SERVER -2005

/**
 * Device is locked.
 */
#define BS_SDK_ERROR_DEVICE_LOCKED -2004

/**
 * Failed on upgrade.
 */
#define BS_SDK_ERROR_CANNOT_UPGRADE -2003

/**
 * Failed to allocate memory.
 */
#define BS_SDK_ERROR_ALLOC_MEM -2002

/**
 * Failed on file I/O operation.
 */
#define BS_SDK_ERROR_FILE_IO -2000

/**
 * Cannot start thread.
 */
#define BS_SDK_ERROR_CANNOT_EXECUTE_THREAD -1507

/**
 * Cannot detect face.
 */
#define BS_SDK_ERROR_CANNOT_DETECT_FACE -1506

/**
 * Failed to capture image with the camera.
 */
#define BS_SDK_ERROR_CAMERA_CAPTURE_FAIL -1505

/**
 * Unable to remove the Jpeg encoder.
 */
#define BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL -1504

/**
 * Failed to initialize Jpeg encoder.
 */
#define BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED -1503

/**
 * Cannot encode to JPEG.
 */
#define BS_SDK_ERROR_CANNOT_ENCODE_JPEG -1502

/**
 * Failed to initialize the JPEG encoder.
 */
#define BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL -1501

/**
 * Failed to initialize the camera.
 */
#define BS_SDK_ERROR_CAMERA_INIT_FAIL -1500

/**
 * Invalid password.
 */
#define BS_SDK_ERROR_INVALID_PASSWORD -1400

/**
 * Cannot find card.
 */
#define BS_SDK_ERROR_CANNOT_FIND_CARD -1310

/**
 * Failed to send card data.
 */
#define BS_SDK_ERROR_CARD_CANNOT_SEND_DATA -1308

/**
 * Card read canceled.
 */
#define BS_SDK_ERROR_CARD_READ_CANCELLED -1307

/**
 * Card read timeout.
 */
#define BS_SDK_ERROR_CARD_READ_TIMEOUT -1306

/**
 * Cannot write data on card.
 */
#define BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA -1305

/**
 * CIS checksum error.
 */
#define BS_SDK_ERROR_CARD_CIS_CRC -1304

/**
 * Cannot read data from card.
 */
#define BS_SDK_ERROR_CARD_CANNOT_READ_DATA -1303

/**
 * Card has not been activated.
 */
#define BS_SDK_ERROR_CARD_NOT_ACTIVATED -1302

/**
 * Failed to initialize card.
 */
#define BS_SDK_ERROR_CARD_INIT_FAIL -1301

/**
 * Unsupported Card I/O.
 */
#define BS_SDK_ERROR_CARD_IO -1300

/**
 * Lift lock rules violated.
 */
#define BS_SDK_ERROR_LIFT_LOCK_VIOLATION -1230

/**
 * No more lift lock/unlock zones can be added.
 */
#define BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL -1229

/**
 * Hard authentication limit rules violated.
 */
#define BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION -1228

/**
 * Soft authentication limit rules violated.
 */
#define BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION -1227

/**
 * User exceeded the authentication limit.
 */
#define BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION -1226

/**
 * Authentication count limit exceeded.
 */
#define BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION -1225

/**
 * Authentication limit schedule violated.
 */
#define BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION -1224

/**
 * No more interlock zones can be added.
 */
#define BS_SDK_ERROR_INTERLOCK_ZONE_FULL -1223

/**
 * Interlock zone input rules violated.
 */
#define BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION -1222

/**
 * Interlock zone door rules violated.
 */
#define BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION -1221

/**
 * Soft entrance time limit violated.
 */
#define BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION -1220

/**
 * Hard entrance time limit violated.
 */
#define BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION -1219

/**
 * Soft entrance count limit violated.
 */
#define BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION -1218

/**
 * Hard entrance count limit violated.
 */
#define BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION -1217

/**
 * Cannot find arming card.
 */
#define BS_SDK_ERROR_CANNOT_FIND_ARM_CARD -1216

/**
 * Cannot disarm intrusion alarm zone.
 */
#define BS_SDK_ERROR_CANNOT_DISARM -1215

/**
 * Cannot arm intrusion alarm zone.
 */
#define BS_SDK_ERROR_CANNOT_ARM -1214

/**
 * No more intrusion alarm zones can be added.
 */
#define BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL -1213

/**
 * Inactive zone.
 */
#define BS_SDK_ERROR_INACTIVE_ZONE -1212

/**
 * Cannot add more scheduled lock/unlock zone.
 */
#define BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL -1211

/**
 * Cannot add more fire alarm zone.
 */
#define BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL -1210

/**
 * Cannot add more Timed APB zone.
 */
#define BS_SDK_ERROR_TIMED_APB_ZONE_FULL -1209

/**
 * No more APB zones can be added.
 */
#define BS_SDK_ERROR_APB_ZONE_FULL -1208

/**
 * Intrusion alarm rules violated.
 */
#define BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION -1207

/**
 * Invalid user attempted access in the lock schedule.
 */
#define BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION -1206

/**
 * Timed Soft APB rules violated.
 */
#define BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION -1205

/**
 * Timed Hard APB rules violated.
 */
#define BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION -1204

/**
 * Soft APB rules violated.
 */
#define BS_SDK_ERROR_SOFT_APB_VIOLATION -1203

/**
 * Hard APB rules violated.
 */
#define BS_SDK_ERROR_HARD_APB_VIOLATION -1202

/**
 * No more zones can be added.
 */
#define BS_SDK_ERROR_SET_ZONE -1201

/**
 * Unregistered zone.
 */
#define BS_SDK_ERROR_CANNOT_FIND_ZONE -1200

/**
 * Fingerprint or PIN is required.
 */
#define BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED -1135

/**
 * Face or PIN is required.
 */
#define BS_SDK_FACE_OR_PIN_AUTH_REQUIRED -1134

/**
 * Fingerprint authentication is required.
 */
#define BS_SDK_FINGERPRINT_AUTH_REQUIRED -1133

/**
 * Face authentication is required.
 */
#define BS_SDK_FACE_AUTH_REQUIRED -1132

/**
 * Temperature check is required.
 */
#define BS_SDK_THERMAL_CHECK_REQUIRED -1131

/**
 * Mask check is required.
 */
#define BS_SDK_MASK_CHECK_REQUIRED -1130

/**
 * Access denied without a mask.
 */
#define BS_SDK_ERROR_UNMASKED_FACE_VIOLATION -1129

/**
 * Cannot measure temperature.
 */
#define BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE -1128

/**
 * Access denied for high temperature.
 */
#define BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION -1127

/**
 * Anti-tailgating rules violated.
 */
#define BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION -1126

/**
 * Identification is required.
 */
#define BS_SDK_ERROR_IDENTIFICATION_REQUIRED -1125

/**
 * Authentication group is required.
 */
#define BS_SDK_ERROR_AUTH_GROUP_REQUIRED -1124

/**
 * Authentication failed.
 */
#define BS_SDK_ERROR_AUTH_FAIL -1123

/**
 * Cannot find floor level.
 */
#define BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL -1122

/**
 * Server matching refused.
 */
#define BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL -1121

/**
 * T&A code required.
 */
#define BS_SDK_ERROR_TNA_CODE_REQUIRED -1120

/**
 * Fingerprint or PIN required.
 */
#define BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED -1119

/**
 * PIN is required.
 */
#define BS_SDK_ERROR_PIN_AUTH_REQUIRED -1118

/**
 * Card is required.
 */
#define BS_SDK_ERROR_CARD_AUTH_REQUIRED -1117

/**
 * Fingerprint is required.
 */
#define BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED -1116

/**
 * Failed on dual authentication.
 */
#define BS_SDK_ERROR_DUAL_AUTH_FAIL -1115

/**
 * Invalid credentials in current schedule.
 */
#define BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL -1114

/**
 * User information is not matched with the credentials.
 */
#define BS_SDK_ERROR_AUTH_UNEXPECTED_USER -1113

/**
 * Invalid authentication mode.
 */
#define BS_SDK_ERROR_INVALID_AUTH_MODE -1112

/**
 * Dual authentication timeout.
 */
#define BS_SDK_ERROR_DUAL_AUTH_TIMEOUT -1111

/**
 * Authentication timeout.
 */
#define BS_SDK_ERROR_AUTH_TIMEOUT -1110

/**
 * Blacklist doesn't exist.
 */
#define BS_SDK_ERROR_CANNOT_FIND_BLACKLIST -1109

/**
 * Cannot find holiday group.
 */
#define BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP -1108

/**
 * Cannot find access schedule.
 */
#define BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE -1107

/**
 * Cannot find access level.
 */
#define BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL -1106

/**
 * Cannot find access group.
 */
#define BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP -1105

/**
 * Card registered to blacklist.
 */
#define BS_SDK_ERROR_BLACKLIST -1104

/**
 * Time expired.
 */
#define BS_SDK_ERROR_EXPIRED -1103

/**
 * Not valid yet.
 */
#define BS_SDK_ERROR_NOT_YET_VALID -1102

/**
 * Disabled user.
 */
#define BS_SDK_ERROR_DISABLED -1101

/**
 * Access rules violated.
 */
#define BS_SDK_ERROR_ACCESS_RULE_VIOLATION -1100

/**
 * No more lifts can be added.
 */
#define BS_SDK_ERROR_LIFT_FULL -1006

/**
 * Cannot find lift.
 */
#define BS_SDK_ERROR_CANNOT_FIND_LIFT -1005

/**
 * Failed to release door.
 */
#define BS_SDK_ERROR_CANNOT_RELEASE_DOOR -1004

/**
 * Cannot unlock door.
 */
#define BS_SDK_ERROR_CANNOT_UNLOCK_DOOR -1003

/**
 * Cannot lock door.
 */
#define BS_SDK_ERROR_CANNOT_LOCK_DOOR -1002

/**
 * No more doors can be added.
 */
#define BS_SDK_ERROR_DOOR_FULL -1001

/**
 * Cannot find door.
 */
#define BS_SDK_ERROR_CANNOT_FIND_DOOR -1000

/**
 * Cannot delete device.
 */
#define BS_SDK_ERROR_CANNOT_DEL_DEVICE -913

/**
 * Slave device is not ready.
 */
#define BS_SDK_ERROR_SLAVE_NOT_READY -912

/**
 * Cannot add device.
 */
#define BS_SDK_ERROR_CANNOT_ADD_DEVICE -911

/**
 * No more slave devices can be added.
 */
#define BS_SDK_ERROR_SLAVE_FULL -910

/**
 * Cannot scan face.
 */
#define BS_SDK_ERROR_CANNOT_SCAN_FACE -908

/**
 * Cannot find device.
 */
#define BS_SDK_ERROR_CANNOT_FIND_DEVICE -907

/**
 * Device driver missing.
 */
#define BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER -906

/**
 * Cannot set LCD pattern.
 */
#define BS_SDK_ERROR_CANNOT_SET_LED -905

/**
 * Unable to get time of RTC device.
 */
#define BS_SDK_ERROR_CANNOT_GET_RTC -904

/**
 * Unable to set time on RTC device.
 */
#define BS_SDK_ERROR_CANNOT_SET_RTC -903

/**
 * No RTC device.
 */
#define BS_SDK_ERROR_CANNOT_OPEN_RTC -902

/**
 * Cannot scan card.
 */
#define BS_SDK_ERROR_CANNOT_SCAN_CARD -901

/**
 * Cannot scan finger.
 */
#define BS_SDK_ERROR_CANNOT_SCAN_FINGER -900

/**
 * Invalid configuration sector index.
 */
#define BS_SDK_ERROR_INVALID_CONFIG_INDEX -806

/**
 * Cannot write system configuration file.
 */
#define BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE -805

/**
 * Invalid system configuration.
 */
#define BS_SDK_ERROR_INVALID_CONFIG_DATA -804

/**
 * Invalid system configuration header information.
 */
#define BS_SDK_ERROR_INVALID_CONFIG_FILE -803

/**
 * Cannot read system configuration file.
 */
#define BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE -802

/**
 * Cannot open system configuration file.
 */
#define BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE -801

/**
 * Invalid system configuration.
 */
#define BS_SDK_ERROR_INVALID_CONFIG -800

/**
 * Administrator credential cannot be scanned.
 */
#define BS_SDK_ERROR_ADMIN_CANNOT_SCAN -771

/**
 * Credential type not supported for administrators.
 */
#define BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL -770

/**
 * Administrator does not have enough credentials.
 */
#define BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL -769

/**
 * Administrator has no credentials.
 */
#define BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL -768

/**
 * Invalid administrator credential.
 */
#define BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL -767

/**
 * No more user overrides can be added.
 */
#define BS_SDK_ERROR_USER_OVERRIDE_FULL -766

/**
 * Cannot find lock override list.
 */
#define BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST -765

/**
 * No more lock override entries can be added.
 */
#define BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL -764

/**
 * Database query failed.
 */
#define BS_SDK_ERROR_SQL_ERROR -763

/**
 * No registered fingerprint or PIN.
 */
#define BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL -762

/**
 * No registered face or PIN.
 */
#define BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL -761

/**
 * No registered fingerprint credential.
 */
#define BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL -760

/**
 * No registered face.
 */
#define BS_SDK_ERROR_NO_FACE_CREDENTIAL -759

/**
 * Face already enrolled.
 */
#define BS_SDK_ERROR_DUPLICATE_FACE -758

/**
 * Duplicated fingerprint.
 */
#define BS_SDK_ERROR_DUPLICATE_FINGERPRINT -757

/**
 * Cannot find operator.
 */
#define BS_SDK_ERROR_CANNOT_FIND_OPERATOR -756

/**
 * Invalid schedule.
 */
#define BS_SDK_ERROR_INVALID_SCHEDULE -755

/**
 * Cannot find daylight saving time schedule.
 */
#define BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE -754

/**
 * No more daylight saving time schedules can be added.
 */
#define BS_SDK_ERROR_DST_SCHEDULE_FULL -753

/**
 * No more user phrases can be added.
 */
#define BS_SDK_ERROR_USER_PHRASE_FULL -752

/**
 * No more authentication groups can be added.
 */
#define BS_SDK_ERROR_AUTH_GROUP_FULL -751

/**
 * Cannot find authentication group.
 */
#define BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP -750

/**
 * No more floor schedules can be added.
 */
#define BS_SDK_ERROR_FLOOR_SCHEDULE_FULL -749

/**
 * No more faces can be added.
 */
#define BS_SDK_ERROR_FACE_FULL -748

/**
 * Cannot update face template.
 */
#define BS_SDK_ERROR_CANNOT_UPDATE_FACE -747

/**
 * Cannot add more job codes.
 */
#define BS_SDK_ERROR_USER_JOB_FULL -746

/**
 * Timer has been canceled.
 */
#define BS_SDK_ERROR_TIMER_CANCELED -745

/**
 * Invalid link ID.
 */
#define BS_SDK_ERROR_INVALID_LINK_ID -744

/**
 * No more operators can be added.
 */
#define BS_SDK_ERROR_OPERATOR_FULL -743

/**
 * Cannot find cache data.
 */
#define BS_SDK_ERROR_CACHE_MISSED -742

/**
 * Unable to add more devices.
 */
#define BS_SDK_ERROR_READER_FULL -741

/**
 * No user profile picture.
 */
#define BS_SDK_ERROR_NO_USER_IMAGE -740

/**
 * User name not registered.
 */
#define BS_SDK_ERROR_NO_USER_NAME -739

/**
 * No registered PIN or fingerprint.
 */
#define BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL -738

/**
 * No registered PIN.
 */
#define BS_SDK_ERROR_NO_PIN_CREDENTIAL -737

/**
 * Card not registered.
 */
#define BS_SDK_ERROR_NO_CARD_CREDENTIAL -736

/**
 * No registered fingerprint.
 */
#define BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL -735

/**
 * No credentials.
 */
#define BS_SDK_ERROR_NO_CREDENTIAL -734

/**
 * No more time periods can be added for one day.
 */
#define BS_SDK_ERROR_TIME_PERIOD_FULL -733

/**
 * No more holidays can be added.
 */
#define BS_SDK_ERROR_HOLIDAY_FULL -732

/**
 * No more holiday groups can be added.
 */
#define BS_SDK_ERROR_HOLIDAY_GROUP_FULL -731

/**
 * Access schedule is full.
 */
#define BS_SDK_ERROR_ACCESS_SCHEDULE_FULL -730

/**
 * No more floor levels can be added.
 */
#define BS_SDK_ERROR_FLOOR_LEVEL_FULL -729

/**
 * No more access groups can be added.
 */
#define BS_SDK_ERROR_ACCESS_GROUP_FULL -728

/**
 * Not enough space in database.
 */
#define BS_SDK_ERROR_DB_SLOT_FULL -727

/**
 * No more door schedules can be added.
 */
#define BS_SDK_ERROR_DOOR_SCHEDULE_FULL -726

/**
 * Cannot find log.
 */
#define BS_SDK_ERROR_CANNOT_FIND_LOG -725

/**
 * There is no administrator.
 */
#define BS_SDK_ERROR_NO_ADMIN_USER -724

/**
 * Template format does not match the type of the server.
 */
#define BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH -723

/**
 * Cannot update fingerprint template.
 */
#define BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT -722

/**
 * Invalid sector data.
 */
#define BS_SDK_ERROR_SLOT_DATA_CHECKSUM -721

/**
 * User profile picture's size is too big.
 */
#define BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG -720

/**
 * No more profile pictures can be added.
 */
#define BS_SDK_ERROR_USER_IMAGE_FULL -719

/**
 * No more user names can be added.
 */
#define BS_SDK_ERROR_USER_NAME_FULL -718

/**
 * No more cards can be added to blacklist.
 */
#define BS_SDK_ERROR_BLACKLIST_FULL -717

/**
 * Invalid user ID.
 */
#define BS_SDK_ERROR_INVALID_USER_ID -716

/**
 * No more access levels can be added.
 */
#define BS_SDK_ERROR_ACCESS_LEVEL_FULL -715

/**
 * Cannot find user.
 */
#define BS_SDK_ERROR_CANNOT_FIND_USER -714

/**
 * Invalid log file.
 */
#define BS_SDK_ERROR_INVALID_LOG_FILE -712

/**
 * Invalid file header.
 */
#define BS_SDK_ERROR_NO_VALID_HDR_FILE -711

/**
 * No more cards can be added.
 */
#define BS_SDK_ERROR_CARD_FULL -710

/**
 * Duplicated Card.
 */
#define BS_SDK_ERROR_DUPLICATE_CARD -709

/**
 * No more fingerprints can be added.
 */
#define BS_SDK_ERROR_FINGERPRINT_FULL -708

/**
 * Fingerprint already enrolled.
 */
#define BS_SDK_ERROR_DUPLICATE_TEMPLATE -707

/**
 * No more users can be added.
 */
#define BS_SDK_ERROR_USER_FULL -706

/**
 * Duplicated ID.
 */
#define BS_SDK_ERROR_DUPLICATE_ID -705

/**
 * Cannot initialize Database.
 */
#define BS_SDK_ERROR_CANNOT_INIT_DB -704

/**
 * Invalid slot data.
 */
#define BS_SDK_ERROR_INVALID_SLOT_DATA -703

/**
 * Invalid slot number.
 */
#define BS_SDK_ERROR_INVALID_SLOT_NO -702

/**
 * The data is larger than the slot.
 */
#define BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT -701

/**
 * Invalid data file.
 */
#define BS_SDK_ERROR_INVALID_DATA_FILE -700

/**
 * Cannot set time.
 */
#define BS_SDK_ERROR_CANNOT_SET_TIME -602

/**
 * Timeout.
 */
#define BS_SDK_ERROR_TIMEOUT -601

/**
 * Not supported.
 */
#define BS_SDK_ERROR_NOT_SUPPORTED -600

/**
 * Empty output data of wiegand device.
 */
#define BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY -524

/**
 * Not enough output buffer space on wiegand device.
 */
#define BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL -523

/**
 * Not enough buffer space on miscellaneous device.
 */
#define BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL -522

/**
 * Not enough input buffer space on wiegand device.
 */
#define BS_SDK_ERROR_WIEGAND_QUEUE_FULL -521

/**
 * Not enough buffer space on input device.
 */
#define BS_SDK_ERROR_INPUT_QUEUE_FULL -520

/**
 * Invalid LCD packet.
 */
#define BS_SDK_ERROR_INVALID_LCD_PACKET -513

/**
 * Failed to read LCD packet.
 */
#define BS_SDK_ERROR_CANNOT_READ_LCD_PACKET -512

/**
 * Failed to write LCD packet.
 */
#define BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET -511

/**
 * Invalid LCD parameter.
 */
#define BS_SDK_ERROR_INVALID_LCD_PARAM -510

/**
 * Invalid intercom type.
 */
#define BS_SDK_ERROR_INVALID_INTERPHONE_TYPE -508

/**
 * Invalid port.
 */
#define BS_SDK_ERROR_INVALID_PORT -507

/**
 * Cannot set the duration of the input device.
 */
#define BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION -506

/**
 * Cannot enable the input device.
 */
#define BS_SDK_ERROR_CANNOT_ENABLE_INPUT -505

/**
 * Timeout during reading the input device.
 */
#define BS_SDK_ERROR_READ_INPUT_TIMEOUT -504

/**
 * Cannot read input device.
 */
#define BS_SDK_ERROR_CANNOT_READ_INPUT -503

/**
 * Failed to read I/O packet.
 */
#define BS_SDK_ERROR_CANNOT_READ_IO_PACKET -502

/**
 * Failed to write I/O packet.
 */
#define BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET -501

/**
 * Invalid Relay.
 */
#define BS_SDK_ERROR_INVALID_RELAY -500

/**
 * Directory is already open.
 */
#define BS_SDK_ERROR_ALREADY_OPEN_DIR -408

/**
 * Failed on data redundancy check.
 */
#define BS_SDK_ERROR_DATA_MISMATCH -407

/**
 * Cannot get system information.
 */
#define BS_SDK_ERROR_CANNOT_GET_SYSINFO -406

/**
 * Cannot get file status.
 */
#define BS_SDK_ERROR_CANNOT_GET_STAT -405

/**
 * Cannot read file.
 */
#define BS_SDK_ERROR_CANNOT_READ_FILE -404

/**
 * Cannot seek file.
 */
#define BS_SDK_ERROR_CANNOT_SEEK_FILE -403

/**
 * Cannot write on file.
 */
#define BS_SDK_ERROR_CANNOT_WRITE_FILE -402

/**
 * Cannot open file.
 */
#define BS_SDK_ERROR_CANNOT_OPEN_FILE -401

/**
 * Cannot open directory.
 */
#define BS_SDK_ERROR_CANNOT_OPEN_DIR -400

/**
 * Incompatible face template.
 */
#define BS_SDK_ERROR_INCOMPATIBLE_FACE -332

/**
 * Face matching failed.
 */
#define BS_SDK_ERROR_MATCH_FAIL -331

/**
 * Mouth is covered.
 */
#define BS_SDK_ERROR_OCCLUDED_MOUTH -330

/**
 * Face is not looking to the front.
 */
#define BS_SDK_ERROR_NOT_LOOKING_FRONT -329

/**
 * Eyes are not open.
 */
#define BS_SDK_ERROR_UNOPENED_EYES -328

/**
 * More than one face detected.
 */
#define BS_SDK_ERROR_OVERLAPPED_FACE -327

/**
 * Face is rotated too far.
 */
#define BS_SDK_ERROR_ROTATED_FACE -326

/**
 * Face is off center.
 */
#define BS_SDK_ERROR_BIASED_DETECTION -325

/**
 * Face is too close.
 */
#define BS_SDK_ERROR_LARGE_DETECTION -324

/**
 * Face is too far away.
 */
#define BS_SDK_ERROR_SMALL_DETECTION -323

/**
 * Failed to normalize face image.
 */
#define BS_SDK_ERROR_NORMALIZE_FACE -322

/**
 * Cannot estimate face pose.
 */
#define BS_SDK_ERROR_CANNOT_ESTIMATE -321

/**
 * Fake face detected.
 */
#define BS_SDK_ERROR_FAKE_FACE_DETECTED -320

/**
 * Face without a mask detected.
 */
#define BS_SDK_ERROR_UNMASKED_FACE_DETECTED -319

/**
 * Face scan failed.
 */
#define BS_SDK_ERROR_FACE_SCAN_FAILED -318

/**
 * Face scan canceled.
 */
#define BS_SDK_ERROR_FACE_SCAN_CANCELLED -317

/**
 * Face scan timeout.
 */
#define BS_SDK_ERROR_FACE_SCAN_TIMEOUT -316

/**
 * Cannot capture the face image.
 */
#define BS_SDK_ERROR_FACE_CAPTURE_FAIL -315

/**
 * Alias of `BS_SDK_ERROR_FACE_CAPTURE_FAIL` (-315).
 */
#define BS_SDK_ERROR_NO_FACE_DETECTED BS_SDK_ERROR_FACE_CAPTURE_FAIL

/**
 * Face not registered.
 */
#define BS_SDK_ERROR_CANNOT_FIND_FACE -314

/**
 * Fake finger detection sensor error.
 */
#define BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR -313

/**
 * Possible fake finger; try again.
 */
#define BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN -312

/**
 * Fake finger detected.
 */
#define BS_SDK_ERROR_FAKE_FINGER_DETECTED -311

/**
 * Fingerprint not registered.
 */
#define BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT -310

/**
 * Low quality of captured fingerprint image.
 */
#define BS_SDK_ERROR_CAPTURE_LOW_QUALITY -309

/**
 * Need more information of fingerprint minutiae.
 */
#define BS_SDK_ERROR_EXTRACTION_LOW_QUALITY -308

/**
 * Not identical fingerprints.
 */
#define BS_SDK_ERROR_NOT_SAME_FINGERPRINT -307

/**
 * Fingerprint scan canceled.
 */
#define BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED -306

/**
 * Fingerprint scan timeout.
 */
#define BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT -305

/**
 * Cannot capture the fingerprint image.
 */
#define BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL -304

/**
 * Alias of `BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL` (-304).
 */
#define BS_SDK_ERROR_NO_FINGER_DETECTED BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL

/**
 * Identification timeout.
 */
#define BS_SDK_ERROR_IDENTIFY_TIMEOUT -303

/**
 * Failed on 1:N identification.
 */
#define BS_SDK_ERROR_IDENTIFY_FAIL -302

/**
 * Failed on 1:1 verification.
 */
#define BS_SDK_ERROR_VERIFY_FAIL -301

/**
 * Cannot extract template data.
 */
#define BS_SDK_ERROR_EXTRACTION_FAIL -300

/**
 * Invalid code signature.
 */
#define BS_SDK_ERROR_INVALID_CODE_SIGN -210

/**
 * Invalid packet.
 */
#define BS_SDK_ERROR_NO_PACKET -209

/**
 * Packet sequence error due to unstable network connection.
 */
#define BS_SDK_ERROR_PACKET_SEQUENCE -207

/**
 * Invalid command.
 */
#define BS_SDK_ERROR_PACKET_COMMAND -206

/**
 * Packet data may be lost.
 */
#define BS_SDK_ERROR_PACKET_INDEX -205

/**
 * Packet data's checksum is not correct.
 */
#define BS_SDK_ERROR_PACKET_CHECKSUM -204

/**
 * Invalid device type.
 */
#define BS_SDK_ERROR_INVALID_DEVICE_TYPE -203

/**
 * Invalid device ID.
 */
#define BS_SDK_ERROR_INVALID_DEVICE_ID -202

/**
 * Invalid packet.
 */
#define BS_SDK_ERROR_INVALID_PACKET -201

/**
 * Invalid parameter.
 */
#define BS_SDK_ERROR_INVALID_PARAM -200

/**
 * Invalid address.
 */
#define BS_SDK_ERROR_INVALID_ADDRESS -116

/**
 * IPv6 not supported.
 */
#define BS_SDK_ERROR_NOT_SUPPORTED_IPV6 -115

/**
 * Not enough buffer space.
 */
#define BS_SDK_ERROR_NOT_ENOUGTH_BUFFER -114

/**
 * Specified device information not supported.
 */
#define BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO -113

/**
 * IPv6 is not enabled.
 */
#define BS_SDK_ERROR_IPV6_IS_NOT_ENABLE -112

/**
 * IPv4 is not enabled.
 */
#define BS_SDK_ERROR_IPV4_IS_NOT_ENABLE -111

/**
 * Already in progress.
 */
#define BS_SDK_ERROR_SOCKET_IN_PROGRESS -110

/**
 * Socket not set to listen.
 */
#define BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED -109

/**
 * Cannot use socket.
 */
#define BS_SDK_ERROR_SOCKET_IS_NOT_OPEN -108

/**
 * Not connected to socket.
 */
#define BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED -107

/**
 * Cannot write on socket.
 */
#define BS_SDK_ERROR_CANNOT_WRITE_SOCKET -106

/**
 * Cannot read from socket.
 */
#define BS_SDK_ERROR_CANNOT_READ_SOCKET -105

/**
 * Cannot accept socket.
 */
#define BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET -104

/**
 * Cannot set socket to listen for connections.
 */
#define BS_SDK_ERROR_CANNOT_LISTEN_SOCKET -103

/**
 * Cannot connect to socket.
 */
#define BS_SDK_ERROR_CANNOT_CONNECT_SOCKET -102

/**
 * Cannot create a socket.
 */
#define BS_SDK_ERROR_CANNOT_OPEN_SOCKET -101

/**
 * Device driver error.
 */
#define BS_SDK_ERROR_FROM_DEVICE_DRIVER -1

/**
 * Success.
 */
#define BS_SDK_SUCCESS 1

/**
 * Authenticated as duress fingerprint.
 */
#define BS_SDK_DURESS_SUCCESS 2

/**
 * First user has been authenticated.
 */
#define BS_SDK_FIRST_AUTH_SUCCESS 3

/**
 * Second user has been authenticated.
 */
#define BS_SDK_SECOND_AUTH_SUCCESS 4

/**
 * Success on dual authentication.
 */
#define BS_SDK_DUAL_AUTH_SUCCESS 5

/**
 * Authenticated through Wiegand bypass.
 */
#define BS_SDK_WIEGAND_BYPASS_SUCCESS 11

/**
 * Anonymous authentication succeeded.
 */
#define BS_SDK_ANONYMOUS_SUCCESS 12

/**
 * Access granted by lock override.
 */
#define BS_SDK_LOCKOVERRIDE_SUCCESS 13

/**
 * The family a return code belongs to, decided by its numeric range.
 *
 * In C this is `BsErrorCategory` with constants `BS_ERROR_CATEGORY_UNKNOWN`,
 * `BS_ERROR_CATEGORY_SUCCESS`, `BS_ERROR_CATEGORY_DRIVER`, ... The discriminants are ABI: they never
 * change and new categories are only ever appended.
 */
typedef enum BsErrorCategory {
  /**
   * Outside every range, 0 included (the SDK never returns 0).
   */
  BS_ERROR_CATEGORY_UNKNOWN = 0,
  /**
   * The call succeeded: 1 is plain success, 2 to 13 are success with a detail. Codes 1 and above.
   */
  BS_ERROR_CATEGORY_SUCCESS = 1,
  /**
   * The device driver failed. Code -1.
   */
  BS_ERROR_CATEGORY_DRIVER = 2,
  /**
   * Sockets and network. Codes -1xx.
   */
  BS_ERROR_CATEGORY_COMMUNICATION = 3,
  /**
   * Packets and parameters. Codes -2xx.
   */
  BS_ERROR_CATEGORY_PACKET = 4,
  /**
   * Fingerprint and face. Codes -3xx.
   */
  BS_ERROR_CATEGORY_BIOMETRIC = 5,
  /**
   * Files and directories. Codes -4xx.
   */
  BS_ERROR_CATEGORY_FILE_IO = 6,
  /**
   * Relays, inputs, Wiegand and LCD. Codes -5xx.
   */
  BS_ERROR_CATEGORY_IO = 7,
  /**
   * Timeouts and unsupported operations. Codes -6xx.
   */
  BS_ERROR_CATEGORY_UTIL = 8,
  /**
   * Users, credentials and the device database. Codes -7xx.
   */
  BS_ERROR_CATEGORY_DATABASE = 9,
  /**
   * System configuration. Codes -8xx.
   */
  BS_ERROR_CATEGORY_CONFIG = 10,
  /**
   * Devices and their peripherals. Codes -9xx.
   */
  BS_ERROR_CATEGORY_DEVICE = 11,
  /**
   * Doors and lifts. Codes -10xx.
   */
  BS_ERROR_CATEGORY_DOOR = 12,
  /**
   * Access rules and authentication. Codes -11xx.
   */
  BS_ERROR_CATEGORY_ACCESS_CONTROL = 13,
  /**
   * Zones (APB, interlock, intrusion and others). Codes -12xx.
   */
  BS_ERROR_CATEGORY_ZONE = 14,
  /**
   * Cards. Codes -13xx.
   */
  BS_ERROR_CATEGORY_CARD = 15,
  /**
   * Operations. Codes -14xx.
   */
  BS_ERROR_CATEGORY_OPERATION = 16,
  /**
   * Camera, JPEG encoder and threads. Codes -15xx.
   */
  BS_ERROR_CATEGORY_SYSTEM = 17,
  /**
   * Memory, upgrade and other failures. Codes -2999..-2000.
   */
  BS_ERROR_CATEGORY_MISC = 18,
  /**
   * SSL. Codes -30xx.
   */
  BS_ERROR_CATEGORY_SSL = 19,
  /**
   * Mobile access. Codes -31xx and -101xx.
   */
  BS_ERROR_CATEGORY_MOBILE_ACCESS = 20,
  /**
   * OSDP. Codes -4009..-4000.
   */
  BS_ERROR_CATEGORY_OSDP = 21,
  /**
   * Licenses. Codes -4019..-4010.
   */
  BS_ERROR_CATEGORY_LICENSE = 22,
  /**
   * Suprema's UZ wireless locks. Codes -4029..-4020.
   */
  BS_ERROR_CATEGORY_WIRELESS_LOCK = 23,
  /**
   * The SDK itself, on the host. Codes -100xx and -102xx.
   */
  BS_ERROR_CATEGORY_SDK = 24
} BsErrorCategory;

/**
 * A second name for a code, as [`bs_error_alias_at`] reports it. All strings are static and never NULL.
 */
typedef struct BsErrorAlias {
  /**
   * The alias macro name, e.g. "BS_SDK_ERROR_SET_FIRE_ALARM".
   */
  const char *name;
  /**
   * Its value, the same as its canonical code's (-1208).
   */
  int code;
  /**
   * 1 if the vendor marks it deprecated (using it in C then raises a warning), else 0.
   */
  int deprecated;
  /**
   * The SDK version of the deprecation ("2.7.2"), or "" where none is stated.
   */
  const char *deprecated_since;
  /**
   * What the code meant under this name ("Cannot set fire alarm."), or "" where the alias has no text of
   * its own.
   */
  const char *description;
} BsErrorAlias;

/**
 * Deprecated alias of `BS_SDK_ERROR_SSL_VERIFY_CERT` (-3005), deprecated since SDK 2.7.2.
 *
 * In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
 * compilers warn wherever it is used in code, and in `#if` it still gives the value.
 */
#define BS_SDK_ERROR_SSL_VERIFY_CA (BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_VERIFY_CA)-3005

/**
 * Deprecated alias of `BS_SDK_ERROR_SSL_INVALID_CERT` (-3004), deprecated since SDK 2.7.2.
 *
 * In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
 * compilers warn wherever it is used in code, and in `#if` it still gives the value.
 */
#define BS_SDK_ERROR_SSL_INVALID_CA (BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_INVALID_CA)-3004

/**
 * Deprecated alias of `BS_SDK_ERROR_SSL_CANNOT_CONNECT` (-3002), deprecated since SDK 2.7.2.
 *
 * In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
 * compilers warn wherever it is used in code, and in `#if` it still gives the value.
 */
#define BS_SDK_ERROR_SSL_IS_NOT_CONNECTED (BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_IS_NOT_CONNECTED)-3002

/**
 * Deprecated alias of `BS_SDK_ERROR_SSL_NOT_SUPPORTED` (-3001), deprecated since SDK 2.7.2.
 *
 * Its old meaning: SSL already exists.
 *
 * In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
 * compilers warn wherever it is used in code, and in `#if` it still gives the value.
 */
#define BS_SDK_ERROR_SSL_EXIST (BsErrorDeprecatedAlias_BS_SDK_ERROR_SSL_EXIST)-3001

/**
 * Deprecated alias of `BS_SDK_ERROR_APB_ZONE_FULL` (-1208), deprecated since SDK 2.7.2.
 *
 * Its old meaning: Cannot set fire alarm.
 *
 * In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
 * compilers warn wherever it is used in code, and in `#if` it still gives the value.
 */
#define BS_SDK_ERROR_SET_FIRE_ALARM (BsErrorDeprecatedAlias_BS_SDK_ERROR_SET_FIRE_ALARM)-1208

/**
 * Deprecated alias of `BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION` (-1207), deprecated since SDK 2.7.0.0.
 *
 * Its old meaning: Invalid user attempted access in the unlock schedule.
 *
 * In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
 * compilers warn wherever it is used in code, and in `#if` it still gives the value.
 */
#define BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION (BsErrorDeprecatedAlias_BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION)-1207

/**
 * Deprecated alias of `BS_SDK_ERROR_SET_ZONE` (-1201), deprecated since SDK 2.6.0.
 *
 * Its old meaning: No more zones can be added.
 *
 * In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
 * compilers warn wherever it is used in code, and in `#if` it still gives the value.
 */
#define BS_SDK_ERROR_ZONE_FULL (BsErrorDeprecatedAlias_BS_SDK_ERROR_ZONE_FULL)-1201

/**
 * Deprecated alias of `BS_SDK_ERROR_SQL_ERROR` (-763), deprecated since SDK 2.9.9.1.
 *
 * Its old meaning: The extended user image storage is full.
 *
 * In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:
 * compilers warn wherever it is used in code, and in `#if` it still gives the value.
 */
#define BS_SDK_ERROR_USER_IMAGE_EX_FULL (BsErrorDeprecatedAlias_BS_SDK_ERROR_USER_IMAGE_EX_FULL)-763

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

/**
 * The description of a return code, e.g. "Cannot find user." for -714.
 *
 * Defined for every int: an unknown code gives the fixed text "Unknown error code.". Never NULL; the
 * string is static (never free it) and valid for the life of the program. Thread-safe; never allocates.
 */
const char *bs_error_string(int code);

/**
 * The canonical macro name of a return code, e.g. "BS_SDK_ERROR_CANNOT_FIND_USER" for -714.
 *
 * For a code with aliases this is the current name (-1208 gives "BS_SDK_ERROR_APB_ZONE_FULL"). Defined
 * for every int: an unknown code gives the fixed placeholder "UNKNOWN". Never NULL; static; thread-safe;
 * never allocates.
 */
const char *bs_error_name(int code);

/**
 * The category of a return code, by numeric range, so that a code from a newer SDK still gets its
 * family (-799 is BS_ERROR_CATEGORY_DATABASE although the table does not know it).
 *
 * Any positive code is BS_ERROR_CATEGORY_SUCCESS; 0 and codes outside every range are
 * BS_ERROR_CATEGORY_UNKNOWN. Thread-safe; never allocates.
 */
enum BsErrorCategory bs_error_category(int code);

/**
 * The lowercase name of a category: "success", "communication", "wireless_lock", ...
 *
 * Defined for every int: a value that is not a BsErrorCategory constant gives "unknown". Never NULL;
 * static; thread-safe; never allocates.
 */
const char *bs_error_category_name(BsErrorCategory category);

/**
 * 1 if the code is one of the SDK's codes (an alias's value counts), else 0. Defined for every int.
 */
int bs_error_is_known(int code);

/**
 * 1 if the code means success (any positive code: 1 is plain success, 2..13 success with a detail),
 * else 0. Defined for every int.
 */
int bs_error_is_success(int code);

/**
 * The value of a macro name, canonical or alias: "BS_SDK_ERROR_CANNOT_FIND_USER" gives -714,
 * "BS_SDK_ERROR_SET_FIRE_ALARM" gives -1208.
 *
 * The match is exact and case-sensitive. Returns 0 (never a code) for NULL, "", an unknown name, any
 * string longer than the longest name, or bytes that are not a name (non-UTF-8 included). `name` must be
 * NULL or a NUL-terminated string; it is read no further than the longest name plus one byte.
 * Thread-safe; never allocates.
 *
 * # Safety
 * `name` is NULL or points to a readable NUL-terminated string.
 */
int bs_error_from_name(const char *name);

/**
 * The number of distinct codes in the table (339), for enumerating with bs_error_code_at.
 */
size_t bs_error_count(void);

/**
 * The code at `index` in ascending order (index 0 is the most negative code); 0 when `index` is past
 * the end. Thread-safe; never allocates.
 */
int bs_error_code_at(size_t index);

/**
 * The number of aliases (10): names that stand for a code that has another, canonical name.
 */
size_t bs_error_alias_count(void);

/**
 * Fills `*out` with the alias at `index` (ascending order of code) and returns 1; returns 0 and leaves
 * `*out` untouched when `index` is past the end or `out` is NULL. Thread-safe; never allocates.
 *
 * # Safety
 * `out` is NULL or points to a writable BsErrorAlias.
 */
int bs_error_alias_at(size_t index, struct BsErrorAlias *out);

/**
 * Writes one line describing `code` into `buf`, following snprintf's rules.
 *
 * A known code gives "NAME (code): description", e.g.
 * "BS_SDK_ERROR_CANNOT_FIND_USER (-714): Cannot find user."; an unknown one says so and gives its
 * category, e.g. "UNKNOWN (-799): Unknown error code (category: database).".
 *
 * Returns the length of the full line (without the NUL) whatever `size` is, so a return value >= `size`
 * means the output was truncated. Writes at most `size` bytes including the terminating NUL, always
 * NUL-terminates when `size` > 0, and writes nothing at all when `buf` is NULL or `size` is 0.
 * Thread-safe; never allocates.
 *
 * # Safety
 * `buf` is NULL or points to at least `size` writable bytes.
 */
int bs_error_format(int code, char *buf, size_t size);

/**
 * The macro name a code had in the SDK version `sdk_version`, e.g. "BS_SDK_ERROR_FAKE_FACE_DETECTED" for
 * -319 in "2.7.1.1" (today -319 is "BS_SDK_ERROR_UNMASKED_FACE_DETECTED").
 *
 * The version is the string BS2_Version() returns ("2.7.1.1", also "V2.7.1.1" or shorter forms such as
 * "2.7.1"). It answers as the newest SDK release not after it, as the oldest release (2.6.2.5) when it
 * is older, and as today's table when it is newer than every release. A code that release did not define
 * gives "UNKNOWN". NULL or a malformed version answers as today's table, exactly like bs_error_name.
 * Never NULL; static; thread-safe; never allocates; reads at most 64 bytes of `sdk_version`.
 *
 * # Safety
 * `sdk_version` is NULL or points to a readable NUL-terminated string.
 */
const char *bs_error_name_for_sdk(int code, const char *sdk_version);

/**
 * The description of a code in the SDK version `sdk_version`: the meaning of the name that release gave
 * it ("Fake face detected." for -319 in "2.7.1.1"). A code that release did not define gives "Unknown
 * error code.". The version is read as by bs_error_name_for_sdk; NULL or a malformed version answers as
 * today's table, exactly like bs_error_string. Never NULL; static; thread-safe; never allocates.
 *
 * # Safety
 * `sdk_version` is NULL or points to a readable NUL-terminated string.
 */
const char *bs_error_string_for_sdk(int code, const char *sdk_version);

/**
 * bs_error_format for the SDK version `sdk_version`: "BS_SDK_ERROR_FAKE_FACE_DETECTED (-319): Fake face
 * detected." for -319 in "2.7.1.1"; a code that release did not define gives the unknown-code line with
 * its category. The same snprintf rules and return value as bs_error_format; the version is read as by
 * bs_error_name_for_sdk (NULL or malformed: today's table). Thread-safe; never allocates.
 *
 * # Safety
 * `sdk_version` is NULL or a readable NUL-terminated string; `buf` is NULL or points to at least `size`
 * writable bytes.
 */
int bs_error_format_for_sdk(int code, const char *sdk_version, char *buf, size_t size);

/**
 * The SDK release whose table answers for `sdk_version`, as four numbers: "2.7.1.1" for "V2.7.1.1",
 * "2.7.1.1" for "2.7.1.5" (the newest release not after it), "2.6.2.5" for "2.5", and the newest release
 * (today's table) for a newer version, NULL or a malformed one. Never NULL; static;
 * thread-safe; never allocates.
 *
 * # Safety
 * `sdk_version` is NULL or points to a readable NUL-terminated string.
 */
const char *bs_sdk_release(const char *sdk_version);

/**
 * 1 if `sdk_version` is a version the `_for_sdk` functions read ("2.7.1.1", "V2.7.1.1", "2.7"), 0 for
 * NULL and anything else (those answer as today's table). Thread-safe; never allocates.
 *
 * # Safety
 * `sdk_version` is NULL or points to a readable NUL-terminated string.
 */
int bs_sdk_version_is_valid(const char *sdk_version);

/**
 * The version of this library, e.g. "0.1.0". Never NULL; static.
 */
const char *bs_errno_version(void);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus

#endif  /* BS_ERRNO_H */
