/* generated — do not edit. Rendered by `cargo xtask generate` from data/codes.tsv; a test fails when
 * this file is stale.
 *
 * Every macro of the data file (349) in #if, in an array size, in a static assertion (C11 and
 * C++) and as a case label, each against the value of the data file. Deprecated aliases warn in
 * code (not in #if); every other use must compile silently. Exits 0 when every case label matches
 * its value and no other.
 */
#include <stdio.h>

#include "BS_Errno.h"

/* --- #if ----------------------------------------------------------------------------------------- */
#if !(BS_SDK_ERROR_INITIALIZE_NOTIFYMGR == -10202)
#  error "BS_SDK_ERROR_INITIALIZE_NOTIFYMGR is not -10202 in #if"
#endif
#if !(BS_SDK_ERROR_INITIALIZE_FILELOG == -10201)
#  error "BS_SDK_ERROR_INITIALIZE_FILELOG is not -10201 in #if"
#endif
#if !(BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND == -10105)
#  error "BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND is not -10105 in #if"
#endif
#if !(BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT == -10104)
#  error "BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT is not -10104 in #if"
#endif
#if !(BS_SDK_ERROR_MOBILE_NOT_LOGIN == -10103)
#  error "BS_SDK_ERROR_MOBILE_NOT_LOGIN is not -10103 in #if"
#endif
#if !(BS_SDK_ERROR_MOBILE_NO_RESPONSE == -10101)
#  error "BS_SDK_ERROR_MOBILE_NO_RESPONSE is not -10101 in #if"
#endif
#if !(BS_SDK_ERROR_MOBILE_STATUS_FAULT == -10100)
#  error "BS_SDK_ERROR_MOBILE_STATUS_FAULT is not -10100 in #if"
#endif
#if !(BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE == -10011)
#  error "BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE is not -10011 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_SCHEDULE_ID == -10010)
#  error "BS_SDK_ERROR_INVALID_SCHEDULE_ID is not -10010 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_FILE_FORMAT == -10009)
#  error "BS_SDK_ERROR_INVALID_FILE_FORMAT is not -10009 in #if"
#endif
#if !(BS_SDK_ERROR_INTERNAL == -10008)
#  error "BS_SDK_ERROR_INTERNAL is not -10008 in #if"
#endif
#if !(BS_SDK_ERROR_DEVICE_BUSY == -10007)
#  error "BS_SDK_ERROR_DEVICE_BUSY is not -10007 in #if"
#endif
#if !(BS_SDK_ERROR_DECRYPT == -10006)
#  error "BS_SDK_ERROR_DECRYPT is not -10006 in #if"
#endif
#if !(BS_SDK_ERROR_ENCRYPT == -10005)
#  error "BS_SDK_ERROR_ENCRYPT is not -10005 in #if"
#endif
#if !(BS_SDK_ERROR_EXIST == -10004)
#  error "BS_SDK_ERROR_EXIST is not -10004 in #if"
#endif
#if !(BS_SDK_ERROR_CANCELED == -10003)
#  error "BS_SDK_ERROR_CANCELED is not -10003 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_RUN_SERVICE == -10002)
#  error "BS_SDK_ERROR_CANNOT_RUN_SERVICE is not -10002 in #if"
#endif
#if !(BS_SDK_ERROR_UNINITIALIZED == -10001)
#  error "BS_SDK_ERROR_UNINITIALIZED is not -10001 in #if"
#endif
#if !(BS_SDK_ERROR_NULL_POINTER == -10000)
#  error "BS_SDK_ERROR_NULL_POINTER is not -10000 in #if"
#endif
#if !(BS_SDK_ERROR_UZ_ADD_FAIL == -4024)
#  error "BS_SDK_ERROR_UZ_ADD_FAIL is not -4024 in #if"
#endif
#if !(BS_SDK_ERROR_UZ_SPEC_FULL == -4023)
#  error "BS_SDK_ERROR_UZ_SPEC_FULL is not -4023 in #if"
#endif
#if !(BS_SDK_ERROR_UZ_CHANNEL_FULL == -4022)
#  error "BS_SDK_ERROR_UZ_CHANNEL_FULL is not -4022 in #if"
#endif
#if !(BS_SDK_ERROR_UZ_ENABLE_FULL == -4021)
#  error "BS_SDK_ERROR_UZ_ENABLE_FULL is not -4021 in #if"
#endif
#if !(BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO == -4020)
#  error "BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO is not -4020 in #if"
#endif
#if !(BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE == -4017)
#  error "BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE is not -4017 in #if"
#endif
#if !(BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL == -4016)
#  error "BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL is not -4016 in #if"
#endif
#if !(BS_SDK_ERROR_LICENSE_JSON_FORMAT == -4015)
#  error "BS_SDK_ERROR_LICENSE_JSON_FORMAT is not -4015 in #if"
#endif
#if !(BS_SDK_ERROR_LICENSE_PARRING_JSON == -4014)
#  error "BS_SDK_ERROR_LICENSE_PARRING_JSON is not -4014 in #if"
#endif
#if !(BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH == -4013)
#  error "BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH is not -4013 in #if"
#endif
#if !(BS_SDK_ERROR_LICENSE_FILE_NOT_VALID == -4012)
#  error "BS_SDK_ERROR_LICENSE_FILE_NOT_VALID is not -4012 in #if"
#endif
#if !(BS_SDK_ERROR_LICENSE_CRC == -4011)
#  error "BS_SDK_ERROR_LICENSE_CRC is not -4011 in #if"
#endif
#if !(BS_SDK_ERROR_NO_LICENSE == -4010)
#  error "BS_SDK_ERROR_NO_LICENSE is not -4010 in #if"
#endif
#if !(BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE == -4009)
#  error "BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE is not -4009 in #if"
#endif
#if !(BS_SDK_ERROR_FAIL_SLAVE_SET_KEY == -4008)
#  error "BS_SDK_ERROR_FAIL_SLAVE_SET_KEY is not -4008 in #if"
#endif
#if !(BS_SDK_ERROR_FAIL_MASTER_SET_KEY == -4007)
#  error "BS_SDK_ERROR_FAIL_MASTER_SET_KEY is not -4007 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID == -4006)
#  error "BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID is not -4006 in #if"
#endif
#if !(BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE == -4005)
#  error "BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE is not -4005 in #if"
#endif
#if !(BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE == -4004)
#  error "BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE is not -4004 in #if"
#endif
#if !(BS_SDK_ERROR_DUPLICATE_OSDP_ID == -4003)
#  error "BS_SDK_ERROR_DUPLICATE_OSDP_ID is not -4003 in #if"
#endif
#if !(BS_SDK_ERROR_ALREADY_FULL_SLAVES == -4002)
#  error "BS_SDK_ERROR_ALREADY_FULL_SLAVES is not -4002 in #if"
#endif
#if !(BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL == -4001)
#  error "BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL is not -4001 in #if"
#endif
#if !(BS_SDK_ERROR_MOBILE_PORTAL == -3100)
#  error "BS_SDK_ERROR_MOBILE_PORTAL is not -3100 in #if"
#endif
#if !(BS_SDK_ERROR_SSL_VERIFY_KEY == -3007)
#  error "BS_SDK_ERROR_SSL_VERIFY_KEY is not -3007 in #if"
#endif
#if !(BS_SDK_ERROR_SSL_INVALID_KEY == -3006)
#  error "BS_SDK_ERROR_SSL_INVALID_KEY is not -3006 in #if"
#endif
#if !(BS_SDK_ERROR_SSL_VERIFY_CERT == -3005)
#  error "BS_SDK_ERROR_SSL_VERIFY_CERT is not -3005 in #if"
#endif
#if !(BS_SDK_ERROR_SSL_VERIFY_CA == -3005)
#  error "BS_SDK_ERROR_SSL_VERIFY_CA is not -3005 in #if"
#endif
#if !(BS_SDK_ERROR_SSL_INVALID_CERT == -3004)
#  error "BS_SDK_ERROR_SSL_INVALID_CERT is not -3004 in #if"
#endif
#if !(BS_SDK_ERROR_SSL_INVALID_CA == -3004)
#  error "BS_SDK_ERROR_SSL_INVALID_CA is not -3004 in #if"
#endif
#if !(BS_SDK_ERROR_SSL_ALREADY_CONNECTED == -3003)
#  error "BS_SDK_ERROR_SSL_ALREADY_CONNECTED is not -3003 in #if"
#endif
#if !(BS_SDK_ERROR_SSL_CANNOT_CONNECT == -3002)
#  error "BS_SDK_ERROR_SSL_CANNOT_CONNECT is not -3002 in #if"
#endif
#if !(BS_SDK_ERROR_SSL_IS_NOT_CONNECTED == -3002)
#  error "BS_SDK_ERROR_SSL_IS_NOT_CONNECTED is not -3002 in #if"
#endif
#if !(BS_SDK_ERROR_SSL_NOT_SUPPORTED == -3001)
#  error "BS_SDK_ERROR_SSL_NOT_SUPPORTED is not -3001 in #if"
#endif
#if !(BS_SDK_ERROR_SSL_EXIST == -3001)
#  error "BS_SDK_ERROR_SSL_EXIST is not -3001 in #if"
#endif
#if !(BS_SDK_ERROR_SSL_INIT == -3000)
#  error "BS_SDK_ERROR_SSL_INIT is not -3000 in #if"
#endif
#if !(BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED == -2007)
#  error "BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED is not -2007 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY == -2006)
#  error "BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY is not -2006 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_SEND_TO_SERVER == -2005)
#  error "BS_SDK_ERROR_CANNOT_SEND_TO_SERVER is not -2005 in #if"
#endif
#if !(BS_SDK_ERROR_DEVICE_LOCKED == -2004)
#  error "BS_SDK_ERROR_DEVICE_LOCKED is not -2004 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_UPGRADE == -2003)
#  error "BS_SDK_ERROR_CANNOT_UPGRADE is not -2003 in #if"
#endif
#if !(BS_SDK_ERROR_ALLOC_MEM == -2002)
#  error "BS_SDK_ERROR_ALLOC_MEM is not -2002 in #if"
#endif
#if !(BS_SDK_ERROR_FILE_IO == -2000)
#  error "BS_SDK_ERROR_FILE_IO is not -2000 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_EXECUTE_THREAD == -1507)
#  error "BS_SDK_ERROR_CANNOT_EXECUTE_THREAD is not -1507 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_DETECT_FACE == -1506)
#  error "BS_SDK_ERROR_CANNOT_DETECT_FACE is not -1506 in #if"
#endif
#if !(BS_SDK_ERROR_CAMERA_CAPTURE_FAIL == -1505)
#  error "BS_SDK_ERROR_CAMERA_CAPTURE_FAIL is not -1505 in #if"
#endif
#if !(BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL == -1504)
#  error "BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL is not -1504 in #if"
#endif
#if !(BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED == -1503)
#  error "BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED is not -1503 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_ENCODE_JPEG == -1502)
#  error "BS_SDK_ERROR_CANNOT_ENCODE_JPEG is not -1502 in #if"
#endif
#if !(BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL == -1501)
#  error "BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL is not -1501 in #if"
#endif
#if !(BS_SDK_ERROR_CAMERA_INIT_FAIL == -1500)
#  error "BS_SDK_ERROR_CAMERA_INIT_FAIL is not -1500 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_PASSWORD == -1400)
#  error "BS_SDK_ERROR_INVALID_PASSWORD is not -1400 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_CARD == -1310)
#  error "BS_SDK_ERROR_CANNOT_FIND_CARD is not -1310 in #if"
#endif
#if !(BS_SDK_ERROR_CARD_CANNOT_SEND_DATA == -1308)
#  error "BS_SDK_ERROR_CARD_CANNOT_SEND_DATA is not -1308 in #if"
#endif
#if !(BS_SDK_ERROR_CARD_READ_CANCELLED == -1307)
#  error "BS_SDK_ERROR_CARD_READ_CANCELLED is not -1307 in #if"
#endif
#if !(BS_SDK_ERROR_CARD_READ_TIMEOUT == -1306)
#  error "BS_SDK_ERROR_CARD_READ_TIMEOUT is not -1306 in #if"
#endif
#if !(BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA == -1305)
#  error "BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA is not -1305 in #if"
#endif
#if !(BS_SDK_ERROR_CARD_CIS_CRC == -1304)
#  error "BS_SDK_ERROR_CARD_CIS_CRC is not -1304 in #if"
#endif
#if !(BS_SDK_ERROR_CARD_CANNOT_READ_DATA == -1303)
#  error "BS_SDK_ERROR_CARD_CANNOT_READ_DATA is not -1303 in #if"
#endif
#if !(BS_SDK_ERROR_CARD_NOT_ACTIVATED == -1302)
#  error "BS_SDK_ERROR_CARD_NOT_ACTIVATED is not -1302 in #if"
#endif
#if !(BS_SDK_ERROR_CARD_INIT_FAIL == -1301)
#  error "BS_SDK_ERROR_CARD_INIT_FAIL is not -1301 in #if"
#endif
#if !(BS_SDK_ERROR_CARD_IO == -1300)
#  error "BS_SDK_ERROR_CARD_IO is not -1300 in #if"
#endif
#if !(BS_SDK_ERROR_LIFT_LOCK_VIOLATION == -1230)
#  error "BS_SDK_ERROR_LIFT_LOCK_VIOLATION is not -1230 in #if"
#endif
#if !(BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL == -1229)
#  error "BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL is not -1229 in #if"
#endif
#if !(BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION == -1228)
#  error "BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION is not -1228 in #if"
#endif
#if !(BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION == -1227)
#  error "BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION is not -1227 in #if"
#endif
#if !(BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION == -1226)
#  error "BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION is not -1226 in #if"
#endif
#if !(BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION == -1225)
#  error "BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION is not -1225 in #if"
#endif
#if !(BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION == -1224)
#  error "BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION is not -1224 in #if"
#endif
#if !(BS_SDK_ERROR_INTERLOCK_ZONE_FULL == -1223)
#  error "BS_SDK_ERROR_INTERLOCK_ZONE_FULL is not -1223 in #if"
#endif
#if !(BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION == -1222)
#  error "BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION is not -1222 in #if"
#endif
#if !(BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION == -1221)
#  error "BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION is not -1221 in #if"
#endif
#if !(BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION == -1220)
#  error "BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION is not -1220 in #if"
#endif
#if !(BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION == -1219)
#  error "BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION is not -1219 in #if"
#endif
#if !(BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION == -1218)
#  error "BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION is not -1218 in #if"
#endif
#if !(BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION == -1217)
#  error "BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION is not -1217 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_ARM_CARD == -1216)
#  error "BS_SDK_ERROR_CANNOT_FIND_ARM_CARD is not -1216 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_DISARM == -1215)
#  error "BS_SDK_ERROR_CANNOT_DISARM is not -1215 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_ARM == -1214)
#  error "BS_SDK_ERROR_CANNOT_ARM is not -1214 in #if"
#endif
#if !(BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL == -1213)
#  error "BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL is not -1213 in #if"
#endif
#if !(BS_SDK_ERROR_INACTIVE_ZONE == -1212)
#  error "BS_SDK_ERROR_INACTIVE_ZONE is not -1212 in #if"
#endif
#if !(BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL == -1211)
#  error "BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL is not -1211 in #if"
#endif
#if !(BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL == -1210)
#  error "BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL is not -1210 in #if"
#endif
#if !(BS_SDK_ERROR_TIMED_APB_ZONE_FULL == -1209)
#  error "BS_SDK_ERROR_TIMED_APB_ZONE_FULL is not -1209 in #if"
#endif
#if !(BS_SDK_ERROR_APB_ZONE_FULL == -1208)
#  error "BS_SDK_ERROR_APB_ZONE_FULL is not -1208 in #if"
#endif
#if !(BS_SDK_ERROR_SET_FIRE_ALARM == -1208)
#  error "BS_SDK_ERROR_SET_FIRE_ALARM is not -1208 in #if"
#endif
#if !(BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION == -1207)
#  error "BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION is not -1207 in #if"
#endif
#if !(BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION == -1207)
#  error "BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION is not -1207 in #if"
#endif
#if !(BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION == -1206)
#  error "BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION is not -1206 in #if"
#endif
#if !(BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION == -1205)
#  error "BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION is not -1205 in #if"
#endif
#if !(BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION == -1204)
#  error "BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION is not -1204 in #if"
#endif
#if !(BS_SDK_ERROR_SOFT_APB_VIOLATION == -1203)
#  error "BS_SDK_ERROR_SOFT_APB_VIOLATION is not -1203 in #if"
#endif
#if !(BS_SDK_ERROR_HARD_APB_VIOLATION == -1202)
#  error "BS_SDK_ERROR_HARD_APB_VIOLATION is not -1202 in #if"
#endif
#if !(BS_SDK_ERROR_SET_ZONE == -1201)
#  error "BS_SDK_ERROR_SET_ZONE is not -1201 in #if"
#endif
#if !(BS_SDK_ERROR_ZONE_FULL == -1201)
#  error "BS_SDK_ERROR_ZONE_FULL is not -1201 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_ZONE == -1200)
#  error "BS_SDK_ERROR_CANNOT_FIND_ZONE is not -1200 in #if"
#endif
#if !(BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED == -1135)
#  error "BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED is not -1135 in #if"
#endif
#if !(BS_SDK_FACE_OR_PIN_AUTH_REQUIRED == -1134)
#  error "BS_SDK_FACE_OR_PIN_AUTH_REQUIRED is not -1134 in #if"
#endif
#if !(BS_SDK_FINGERPRINT_AUTH_REQUIRED == -1133)
#  error "BS_SDK_FINGERPRINT_AUTH_REQUIRED is not -1133 in #if"
#endif
#if !(BS_SDK_FACE_AUTH_REQUIRED == -1132)
#  error "BS_SDK_FACE_AUTH_REQUIRED is not -1132 in #if"
#endif
#if !(BS_SDK_THERMAL_CHECK_REQUIRED == -1131)
#  error "BS_SDK_THERMAL_CHECK_REQUIRED is not -1131 in #if"
#endif
#if !(BS_SDK_MASK_CHECK_REQUIRED == -1130)
#  error "BS_SDK_MASK_CHECK_REQUIRED is not -1130 in #if"
#endif
#if !(BS_SDK_ERROR_UNMASKED_FACE_VIOLATION == -1129)
#  error "BS_SDK_ERROR_UNMASKED_FACE_VIOLATION is not -1129 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE == -1128)
#  error "BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE is not -1128 in #if"
#endif
#if !(BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION == -1127)
#  error "BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION is not -1127 in #if"
#endif
#if !(BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION == -1126)
#  error "BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION is not -1126 in #if"
#endif
#if !(BS_SDK_ERROR_IDENTIFICATION_REQUIRED == -1125)
#  error "BS_SDK_ERROR_IDENTIFICATION_REQUIRED is not -1125 in #if"
#endif
#if !(BS_SDK_ERROR_AUTH_GROUP_REQUIRED == -1124)
#  error "BS_SDK_ERROR_AUTH_GROUP_REQUIRED is not -1124 in #if"
#endif
#if !(BS_SDK_ERROR_AUTH_FAIL == -1123)
#  error "BS_SDK_ERROR_AUTH_FAIL is not -1123 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL == -1122)
#  error "BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL is not -1122 in #if"
#endif
#if !(BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL == -1121)
#  error "BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL is not -1121 in #if"
#endif
#if !(BS_SDK_ERROR_TNA_CODE_REQUIRED == -1120)
#  error "BS_SDK_ERROR_TNA_CODE_REQUIRED is not -1120 in #if"
#endif
#if !(BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED == -1119)
#  error "BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED is not -1119 in #if"
#endif
#if !(BS_SDK_ERROR_PIN_AUTH_REQUIRED == -1118)
#  error "BS_SDK_ERROR_PIN_AUTH_REQUIRED is not -1118 in #if"
#endif
#if !(BS_SDK_ERROR_CARD_AUTH_REQUIRED == -1117)
#  error "BS_SDK_ERROR_CARD_AUTH_REQUIRED is not -1117 in #if"
#endif
#if !(BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED == -1116)
#  error "BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED is not -1116 in #if"
#endif
#if !(BS_SDK_ERROR_DUAL_AUTH_FAIL == -1115)
#  error "BS_SDK_ERROR_DUAL_AUTH_FAIL is not -1115 in #if"
#endif
#if !(BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL == -1114)
#  error "BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL is not -1114 in #if"
#endif
#if !(BS_SDK_ERROR_AUTH_UNEXPECTED_USER == -1113)
#  error "BS_SDK_ERROR_AUTH_UNEXPECTED_USER is not -1113 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_AUTH_MODE == -1112)
#  error "BS_SDK_ERROR_INVALID_AUTH_MODE is not -1112 in #if"
#endif
#if !(BS_SDK_ERROR_DUAL_AUTH_TIMEOUT == -1111)
#  error "BS_SDK_ERROR_DUAL_AUTH_TIMEOUT is not -1111 in #if"
#endif
#if !(BS_SDK_ERROR_AUTH_TIMEOUT == -1110)
#  error "BS_SDK_ERROR_AUTH_TIMEOUT is not -1110 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_BLACKLIST == -1109)
#  error "BS_SDK_ERROR_CANNOT_FIND_BLACKLIST is not -1109 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP == -1108)
#  error "BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP is not -1108 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE == -1107)
#  error "BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE is not -1107 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL == -1106)
#  error "BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL is not -1106 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP == -1105)
#  error "BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP is not -1105 in #if"
#endif
#if !(BS_SDK_ERROR_BLACKLIST == -1104)
#  error "BS_SDK_ERROR_BLACKLIST is not -1104 in #if"
#endif
#if !(BS_SDK_ERROR_EXPIRED == -1103)
#  error "BS_SDK_ERROR_EXPIRED is not -1103 in #if"
#endif
#if !(BS_SDK_ERROR_NOT_YET_VALID == -1102)
#  error "BS_SDK_ERROR_NOT_YET_VALID is not -1102 in #if"
#endif
#if !(BS_SDK_ERROR_DISABLED == -1101)
#  error "BS_SDK_ERROR_DISABLED is not -1101 in #if"
#endif
#if !(BS_SDK_ERROR_ACCESS_RULE_VIOLATION == -1100)
#  error "BS_SDK_ERROR_ACCESS_RULE_VIOLATION is not -1100 in #if"
#endif
#if !(BS_SDK_ERROR_LIFT_FULL == -1006)
#  error "BS_SDK_ERROR_LIFT_FULL is not -1006 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_LIFT == -1005)
#  error "BS_SDK_ERROR_CANNOT_FIND_LIFT is not -1005 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_RELEASE_DOOR == -1004)
#  error "BS_SDK_ERROR_CANNOT_RELEASE_DOOR is not -1004 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_UNLOCK_DOOR == -1003)
#  error "BS_SDK_ERROR_CANNOT_UNLOCK_DOOR is not -1003 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_LOCK_DOOR == -1002)
#  error "BS_SDK_ERROR_CANNOT_LOCK_DOOR is not -1002 in #if"
#endif
#if !(BS_SDK_ERROR_DOOR_FULL == -1001)
#  error "BS_SDK_ERROR_DOOR_FULL is not -1001 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_DOOR == -1000)
#  error "BS_SDK_ERROR_CANNOT_FIND_DOOR is not -1000 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_DEL_DEVICE == -913)
#  error "BS_SDK_ERROR_CANNOT_DEL_DEVICE is not -913 in #if"
#endif
#if !(BS_SDK_ERROR_SLAVE_NOT_READY == -912)
#  error "BS_SDK_ERROR_SLAVE_NOT_READY is not -912 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_ADD_DEVICE == -911)
#  error "BS_SDK_ERROR_CANNOT_ADD_DEVICE is not -911 in #if"
#endif
#if !(BS_SDK_ERROR_SLAVE_FULL == -910)
#  error "BS_SDK_ERROR_SLAVE_FULL is not -910 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_SCAN_FACE == -908)
#  error "BS_SDK_ERROR_CANNOT_SCAN_FACE is not -908 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_DEVICE == -907)
#  error "BS_SDK_ERROR_CANNOT_FIND_DEVICE is not -907 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER == -906)
#  error "BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER is not -906 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_SET_LED == -905)
#  error "BS_SDK_ERROR_CANNOT_SET_LED is not -905 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_GET_RTC == -904)
#  error "BS_SDK_ERROR_CANNOT_GET_RTC is not -904 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_SET_RTC == -903)
#  error "BS_SDK_ERROR_CANNOT_SET_RTC is not -903 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_OPEN_RTC == -902)
#  error "BS_SDK_ERROR_CANNOT_OPEN_RTC is not -902 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_SCAN_CARD == -901)
#  error "BS_SDK_ERROR_CANNOT_SCAN_CARD is not -901 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_SCAN_FINGER == -900)
#  error "BS_SDK_ERROR_CANNOT_SCAN_FINGER is not -900 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_CONFIG_INDEX == -806)
#  error "BS_SDK_ERROR_INVALID_CONFIG_INDEX is not -806 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE == -805)
#  error "BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE is not -805 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_CONFIG_DATA == -804)
#  error "BS_SDK_ERROR_INVALID_CONFIG_DATA is not -804 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_CONFIG_FILE == -803)
#  error "BS_SDK_ERROR_INVALID_CONFIG_FILE is not -803 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE == -802)
#  error "BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE is not -802 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE == -801)
#  error "BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE is not -801 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_CONFIG == -800)
#  error "BS_SDK_ERROR_INVALID_CONFIG is not -800 in #if"
#endif
#if !(BS_SDK_ERROR_ADMIN_CANNOT_SCAN == -771)
#  error "BS_SDK_ERROR_ADMIN_CANNOT_SCAN is not -771 in #if"
#endif
#if !(BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL == -770)
#  error "BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL is not -770 in #if"
#endif
#if !(BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL == -769)
#  error "BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL is not -769 in #if"
#endif
#if !(BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL == -768)
#  error "BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL is not -768 in #if"
#endif
#if !(BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL == -767)
#  error "BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL is not -767 in #if"
#endif
#if !(BS_SDK_ERROR_USER_OVERRIDE_FULL == -766)
#  error "BS_SDK_ERROR_USER_OVERRIDE_FULL is not -766 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST == -765)
#  error "BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST is not -765 in #if"
#endif
#if !(BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL == -764)
#  error "BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL is not -764 in #if"
#endif
#if !(BS_SDK_ERROR_SQL_ERROR == -763)
#  error "BS_SDK_ERROR_SQL_ERROR is not -763 in #if"
#endif
#if !(BS_SDK_ERROR_USER_IMAGE_EX_FULL == -763)
#  error "BS_SDK_ERROR_USER_IMAGE_EX_FULL is not -763 in #if"
#endif
#if !(BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL == -762)
#  error "BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL is not -762 in #if"
#endif
#if !(BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL == -761)
#  error "BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL is not -761 in #if"
#endif
#if !(BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL == -760)
#  error "BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL is not -760 in #if"
#endif
#if !(BS_SDK_ERROR_NO_FACE_CREDENTIAL == -759)
#  error "BS_SDK_ERROR_NO_FACE_CREDENTIAL is not -759 in #if"
#endif
#if !(BS_SDK_ERROR_DUPLICATE_FACE == -758)
#  error "BS_SDK_ERROR_DUPLICATE_FACE is not -758 in #if"
#endif
#if !(BS_SDK_ERROR_DUPLICATE_FINGERPRINT == -757)
#  error "BS_SDK_ERROR_DUPLICATE_FINGERPRINT is not -757 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_OPERATOR == -756)
#  error "BS_SDK_ERROR_CANNOT_FIND_OPERATOR is not -756 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_SCHEDULE == -755)
#  error "BS_SDK_ERROR_INVALID_SCHEDULE is not -755 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE == -754)
#  error "BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE is not -754 in #if"
#endif
#if !(BS_SDK_ERROR_DST_SCHEDULE_FULL == -753)
#  error "BS_SDK_ERROR_DST_SCHEDULE_FULL is not -753 in #if"
#endif
#if !(BS_SDK_ERROR_USER_PHRASE_FULL == -752)
#  error "BS_SDK_ERROR_USER_PHRASE_FULL is not -752 in #if"
#endif
#if !(BS_SDK_ERROR_AUTH_GROUP_FULL == -751)
#  error "BS_SDK_ERROR_AUTH_GROUP_FULL is not -751 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP == -750)
#  error "BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP is not -750 in #if"
#endif
#if !(BS_SDK_ERROR_FLOOR_SCHEDULE_FULL == -749)
#  error "BS_SDK_ERROR_FLOOR_SCHEDULE_FULL is not -749 in #if"
#endif
#if !(BS_SDK_ERROR_FACE_FULL == -748)
#  error "BS_SDK_ERROR_FACE_FULL is not -748 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_UPDATE_FACE == -747)
#  error "BS_SDK_ERROR_CANNOT_UPDATE_FACE is not -747 in #if"
#endif
#if !(BS_SDK_ERROR_USER_JOB_FULL == -746)
#  error "BS_SDK_ERROR_USER_JOB_FULL is not -746 in #if"
#endif
#if !(BS_SDK_ERROR_TIMER_CANCELED == -745)
#  error "BS_SDK_ERROR_TIMER_CANCELED is not -745 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_LINK_ID == -744)
#  error "BS_SDK_ERROR_INVALID_LINK_ID is not -744 in #if"
#endif
#if !(BS_SDK_ERROR_OPERATOR_FULL == -743)
#  error "BS_SDK_ERROR_OPERATOR_FULL is not -743 in #if"
#endif
#if !(BS_SDK_ERROR_CACHE_MISSED == -742)
#  error "BS_SDK_ERROR_CACHE_MISSED is not -742 in #if"
#endif
#if !(BS_SDK_ERROR_READER_FULL == -741)
#  error "BS_SDK_ERROR_READER_FULL is not -741 in #if"
#endif
#if !(BS_SDK_ERROR_NO_USER_IMAGE == -740)
#  error "BS_SDK_ERROR_NO_USER_IMAGE is not -740 in #if"
#endif
#if !(BS_SDK_ERROR_NO_USER_NAME == -739)
#  error "BS_SDK_ERROR_NO_USER_NAME is not -739 in #if"
#endif
#if !(BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL == -738)
#  error "BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL is not -738 in #if"
#endif
#if !(BS_SDK_ERROR_NO_PIN_CREDENTIAL == -737)
#  error "BS_SDK_ERROR_NO_PIN_CREDENTIAL is not -737 in #if"
#endif
#if !(BS_SDK_ERROR_NO_CARD_CREDENTIAL == -736)
#  error "BS_SDK_ERROR_NO_CARD_CREDENTIAL is not -736 in #if"
#endif
#if !(BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL == -735)
#  error "BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL is not -735 in #if"
#endif
#if !(BS_SDK_ERROR_NO_CREDENTIAL == -734)
#  error "BS_SDK_ERROR_NO_CREDENTIAL is not -734 in #if"
#endif
#if !(BS_SDK_ERROR_TIME_PERIOD_FULL == -733)
#  error "BS_SDK_ERROR_TIME_PERIOD_FULL is not -733 in #if"
#endif
#if !(BS_SDK_ERROR_HOLIDAY_FULL == -732)
#  error "BS_SDK_ERROR_HOLIDAY_FULL is not -732 in #if"
#endif
#if !(BS_SDK_ERROR_HOLIDAY_GROUP_FULL == -731)
#  error "BS_SDK_ERROR_HOLIDAY_GROUP_FULL is not -731 in #if"
#endif
#if !(BS_SDK_ERROR_ACCESS_SCHEDULE_FULL == -730)
#  error "BS_SDK_ERROR_ACCESS_SCHEDULE_FULL is not -730 in #if"
#endif
#if !(BS_SDK_ERROR_FLOOR_LEVEL_FULL == -729)
#  error "BS_SDK_ERROR_FLOOR_LEVEL_FULL is not -729 in #if"
#endif
#if !(BS_SDK_ERROR_ACCESS_GROUP_FULL == -728)
#  error "BS_SDK_ERROR_ACCESS_GROUP_FULL is not -728 in #if"
#endif
#if !(BS_SDK_ERROR_DB_SLOT_FULL == -727)
#  error "BS_SDK_ERROR_DB_SLOT_FULL is not -727 in #if"
#endif
#if !(BS_SDK_ERROR_DOOR_SCHEDULE_FULL == -726)
#  error "BS_SDK_ERROR_DOOR_SCHEDULE_FULL is not -726 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_LOG == -725)
#  error "BS_SDK_ERROR_CANNOT_FIND_LOG is not -725 in #if"
#endif
#if !(BS_SDK_ERROR_NO_ADMIN_USER == -724)
#  error "BS_SDK_ERROR_NO_ADMIN_USER is not -724 in #if"
#endif
#if !(BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH == -723)
#  error "BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH is not -723 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT == -722)
#  error "BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT is not -722 in #if"
#endif
#if !(BS_SDK_ERROR_SLOT_DATA_CHECKSUM == -721)
#  error "BS_SDK_ERROR_SLOT_DATA_CHECKSUM is not -721 in #if"
#endif
#if !(BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG == -720)
#  error "BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG is not -720 in #if"
#endif
#if !(BS_SDK_ERROR_USER_IMAGE_FULL == -719)
#  error "BS_SDK_ERROR_USER_IMAGE_FULL is not -719 in #if"
#endif
#if !(BS_SDK_ERROR_USER_NAME_FULL == -718)
#  error "BS_SDK_ERROR_USER_NAME_FULL is not -718 in #if"
#endif
#if !(BS_SDK_ERROR_BLACKLIST_FULL == -717)
#  error "BS_SDK_ERROR_BLACKLIST_FULL is not -717 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_USER_ID == -716)
#  error "BS_SDK_ERROR_INVALID_USER_ID is not -716 in #if"
#endif
#if !(BS_SDK_ERROR_ACCESS_LEVEL_FULL == -715)
#  error "BS_SDK_ERROR_ACCESS_LEVEL_FULL is not -715 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_USER == -714)
#  error "BS_SDK_ERROR_CANNOT_FIND_USER is not -714 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_LOG_FILE == -712)
#  error "BS_SDK_ERROR_INVALID_LOG_FILE is not -712 in #if"
#endif
#if !(BS_SDK_ERROR_NO_VALID_HDR_FILE == -711)
#  error "BS_SDK_ERROR_NO_VALID_HDR_FILE is not -711 in #if"
#endif
#if !(BS_SDK_ERROR_CARD_FULL == -710)
#  error "BS_SDK_ERROR_CARD_FULL is not -710 in #if"
#endif
#if !(BS_SDK_ERROR_DUPLICATE_CARD == -709)
#  error "BS_SDK_ERROR_DUPLICATE_CARD is not -709 in #if"
#endif
#if !(BS_SDK_ERROR_FINGERPRINT_FULL == -708)
#  error "BS_SDK_ERROR_FINGERPRINT_FULL is not -708 in #if"
#endif
#if !(BS_SDK_ERROR_DUPLICATE_TEMPLATE == -707)
#  error "BS_SDK_ERROR_DUPLICATE_TEMPLATE is not -707 in #if"
#endif
#if !(BS_SDK_ERROR_USER_FULL == -706)
#  error "BS_SDK_ERROR_USER_FULL is not -706 in #if"
#endif
#if !(BS_SDK_ERROR_DUPLICATE_ID == -705)
#  error "BS_SDK_ERROR_DUPLICATE_ID is not -705 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_INIT_DB == -704)
#  error "BS_SDK_ERROR_CANNOT_INIT_DB is not -704 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_SLOT_DATA == -703)
#  error "BS_SDK_ERROR_INVALID_SLOT_DATA is not -703 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_SLOT_NO == -702)
#  error "BS_SDK_ERROR_INVALID_SLOT_NO is not -702 in #if"
#endif
#if !(BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT == -701)
#  error "BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT is not -701 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_DATA_FILE == -700)
#  error "BS_SDK_ERROR_INVALID_DATA_FILE is not -700 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_SET_TIME == -602)
#  error "BS_SDK_ERROR_CANNOT_SET_TIME is not -602 in #if"
#endif
#if !(BS_SDK_ERROR_TIMEOUT == -601)
#  error "BS_SDK_ERROR_TIMEOUT is not -601 in #if"
#endif
#if !(BS_SDK_ERROR_NOT_SUPPORTED == -600)
#  error "BS_SDK_ERROR_NOT_SUPPORTED is not -600 in #if"
#endif
#if !(BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY == -524)
#  error "BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY is not -524 in #if"
#endif
#if !(BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL == -523)
#  error "BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL is not -523 in #if"
#endif
#if !(BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL == -522)
#  error "BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL is not -522 in #if"
#endif
#if !(BS_SDK_ERROR_WIEGAND_QUEUE_FULL == -521)
#  error "BS_SDK_ERROR_WIEGAND_QUEUE_FULL is not -521 in #if"
#endif
#if !(BS_SDK_ERROR_INPUT_QUEUE_FULL == -520)
#  error "BS_SDK_ERROR_INPUT_QUEUE_FULL is not -520 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_LCD_PACKET == -513)
#  error "BS_SDK_ERROR_INVALID_LCD_PACKET is not -513 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_READ_LCD_PACKET == -512)
#  error "BS_SDK_ERROR_CANNOT_READ_LCD_PACKET is not -512 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET == -511)
#  error "BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET is not -511 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_LCD_PARAM == -510)
#  error "BS_SDK_ERROR_INVALID_LCD_PARAM is not -510 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_INTERPHONE_TYPE == -508)
#  error "BS_SDK_ERROR_INVALID_INTERPHONE_TYPE is not -508 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_PORT == -507)
#  error "BS_SDK_ERROR_INVALID_PORT is not -507 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION == -506)
#  error "BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION is not -506 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_ENABLE_INPUT == -505)
#  error "BS_SDK_ERROR_CANNOT_ENABLE_INPUT is not -505 in #if"
#endif
#if !(BS_SDK_ERROR_READ_INPUT_TIMEOUT == -504)
#  error "BS_SDK_ERROR_READ_INPUT_TIMEOUT is not -504 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_READ_INPUT == -503)
#  error "BS_SDK_ERROR_CANNOT_READ_INPUT is not -503 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_READ_IO_PACKET == -502)
#  error "BS_SDK_ERROR_CANNOT_READ_IO_PACKET is not -502 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET == -501)
#  error "BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET is not -501 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_RELAY == -500)
#  error "BS_SDK_ERROR_INVALID_RELAY is not -500 in #if"
#endif
#if !(BS_SDK_ERROR_ALREADY_OPEN_DIR == -408)
#  error "BS_SDK_ERROR_ALREADY_OPEN_DIR is not -408 in #if"
#endif
#if !(BS_SDK_ERROR_DATA_MISMATCH == -407)
#  error "BS_SDK_ERROR_DATA_MISMATCH is not -407 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_GET_SYSINFO == -406)
#  error "BS_SDK_ERROR_CANNOT_GET_SYSINFO is not -406 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_GET_STAT == -405)
#  error "BS_SDK_ERROR_CANNOT_GET_STAT is not -405 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_READ_FILE == -404)
#  error "BS_SDK_ERROR_CANNOT_READ_FILE is not -404 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_SEEK_FILE == -403)
#  error "BS_SDK_ERROR_CANNOT_SEEK_FILE is not -403 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_WRITE_FILE == -402)
#  error "BS_SDK_ERROR_CANNOT_WRITE_FILE is not -402 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_OPEN_FILE == -401)
#  error "BS_SDK_ERROR_CANNOT_OPEN_FILE is not -401 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_OPEN_DIR == -400)
#  error "BS_SDK_ERROR_CANNOT_OPEN_DIR is not -400 in #if"
#endif
#if !(BS_SDK_ERROR_INCOMPATIBLE_FACE == -332)
#  error "BS_SDK_ERROR_INCOMPATIBLE_FACE is not -332 in #if"
#endif
#if !(BS_SDK_ERROR_MATCH_FAIL == -331)
#  error "BS_SDK_ERROR_MATCH_FAIL is not -331 in #if"
#endif
#if !(BS_SDK_ERROR_OCCLUDED_MOUTH == -330)
#  error "BS_SDK_ERROR_OCCLUDED_MOUTH is not -330 in #if"
#endif
#if !(BS_SDK_ERROR_NOT_LOOKING_FRONT == -329)
#  error "BS_SDK_ERROR_NOT_LOOKING_FRONT is not -329 in #if"
#endif
#if !(BS_SDK_ERROR_UNOPENED_EYES == -328)
#  error "BS_SDK_ERROR_UNOPENED_EYES is not -328 in #if"
#endif
#if !(BS_SDK_ERROR_OVERLAPPED_FACE == -327)
#  error "BS_SDK_ERROR_OVERLAPPED_FACE is not -327 in #if"
#endif
#if !(BS_SDK_ERROR_ROTATED_FACE == -326)
#  error "BS_SDK_ERROR_ROTATED_FACE is not -326 in #if"
#endif
#if !(BS_SDK_ERROR_BIASED_DETECTION == -325)
#  error "BS_SDK_ERROR_BIASED_DETECTION is not -325 in #if"
#endif
#if !(BS_SDK_ERROR_LARGE_DETECTION == -324)
#  error "BS_SDK_ERROR_LARGE_DETECTION is not -324 in #if"
#endif
#if !(BS_SDK_ERROR_SMALL_DETECTION == -323)
#  error "BS_SDK_ERROR_SMALL_DETECTION is not -323 in #if"
#endif
#if !(BS_SDK_ERROR_NORMALIZE_FACE == -322)
#  error "BS_SDK_ERROR_NORMALIZE_FACE is not -322 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_ESTIMATE == -321)
#  error "BS_SDK_ERROR_CANNOT_ESTIMATE is not -321 in #if"
#endif
#if !(BS_SDK_ERROR_FAKE_FACE_DETECTED == -320)
#  error "BS_SDK_ERROR_FAKE_FACE_DETECTED is not -320 in #if"
#endif
#if !(BS_SDK_ERROR_UNMASKED_FACE_DETECTED == -319)
#  error "BS_SDK_ERROR_UNMASKED_FACE_DETECTED is not -319 in #if"
#endif
#if !(BS_SDK_ERROR_FACE_SCAN_FAILED == -318)
#  error "BS_SDK_ERROR_FACE_SCAN_FAILED is not -318 in #if"
#endif
#if !(BS_SDK_ERROR_FACE_SCAN_CANCELLED == -317)
#  error "BS_SDK_ERROR_FACE_SCAN_CANCELLED is not -317 in #if"
#endif
#if !(BS_SDK_ERROR_FACE_SCAN_TIMEOUT == -316)
#  error "BS_SDK_ERROR_FACE_SCAN_TIMEOUT is not -316 in #if"
#endif
#if !(BS_SDK_ERROR_FACE_CAPTURE_FAIL == -315)
#  error "BS_SDK_ERROR_FACE_CAPTURE_FAIL is not -315 in #if"
#endif
#if !(BS_SDK_ERROR_NO_FACE_DETECTED == -315)
#  error "BS_SDK_ERROR_NO_FACE_DETECTED is not -315 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_FACE == -314)
#  error "BS_SDK_ERROR_CANNOT_FIND_FACE is not -314 in #if"
#endif
#if !(BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR == -313)
#  error "BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR is not -313 in #if"
#endif
#if !(BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN == -312)
#  error "BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN is not -312 in #if"
#endif
#if !(BS_SDK_ERROR_FAKE_FINGER_DETECTED == -311)
#  error "BS_SDK_ERROR_FAKE_FINGER_DETECTED is not -311 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT == -310)
#  error "BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT is not -310 in #if"
#endif
#if !(BS_SDK_ERROR_CAPTURE_LOW_QUALITY == -309)
#  error "BS_SDK_ERROR_CAPTURE_LOW_QUALITY is not -309 in #if"
#endif
#if !(BS_SDK_ERROR_EXTRACTION_LOW_QUALITY == -308)
#  error "BS_SDK_ERROR_EXTRACTION_LOW_QUALITY is not -308 in #if"
#endif
#if !(BS_SDK_ERROR_NOT_SAME_FINGERPRINT == -307)
#  error "BS_SDK_ERROR_NOT_SAME_FINGERPRINT is not -307 in #if"
#endif
#if !(BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED == -306)
#  error "BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED is not -306 in #if"
#endif
#if !(BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT == -305)
#  error "BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT is not -305 in #if"
#endif
#if !(BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL == -304)
#  error "BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL is not -304 in #if"
#endif
#if !(BS_SDK_ERROR_NO_FINGER_DETECTED == -304)
#  error "BS_SDK_ERROR_NO_FINGER_DETECTED is not -304 in #if"
#endif
#if !(BS_SDK_ERROR_IDENTIFY_TIMEOUT == -303)
#  error "BS_SDK_ERROR_IDENTIFY_TIMEOUT is not -303 in #if"
#endif
#if !(BS_SDK_ERROR_IDENTIFY_FAIL == -302)
#  error "BS_SDK_ERROR_IDENTIFY_FAIL is not -302 in #if"
#endif
#if !(BS_SDK_ERROR_VERIFY_FAIL == -301)
#  error "BS_SDK_ERROR_VERIFY_FAIL is not -301 in #if"
#endif
#if !(BS_SDK_ERROR_EXTRACTION_FAIL == -300)
#  error "BS_SDK_ERROR_EXTRACTION_FAIL is not -300 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_CODE_SIGN == -210)
#  error "BS_SDK_ERROR_INVALID_CODE_SIGN is not -210 in #if"
#endif
#if !(BS_SDK_ERROR_NO_PACKET == -209)
#  error "BS_SDK_ERROR_NO_PACKET is not -209 in #if"
#endif
#if !(BS_SDK_ERROR_PACKET_SEQUENCE == -207)
#  error "BS_SDK_ERROR_PACKET_SEQUENCE is not -207 in #if"
#endif
#if !(BS_SDK_ERROR_PACKET_COMMAND == -206)
#  error "BS_SDK_ERROR_PACKET_COMMAND is not -206 in #if"
#endif
#if !(BS_SDK_ERROR_PACKET_INDEX == -205)
#  error "BS_SDK_ERROR_PACKET_INDEX is not -205 in #if"
#endif
#if !(BS_SDK_ERROR_PACKET_CHECKSUM == -204)
#  error "BS_SDK_ERROR_PACKET_CHECKSUM is not -204 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_DEVICE_TYPE == -203)
#  error "BS_SDK_ERROR_INVALID_DEVICE_TYPE is not -203 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_DEVICE_ID == -202)
#  error "BS_SDK_ERROR_INVALID_DEVICE_ID is not -202 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_PACKET == -201)
#  error "BS_SDK_ERROR_INVALID_PACKET is not -201 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_PARAM == -200)
#  error "BS_SDK_ERROR_INVALID_PARAM is not -200 in #if"
#endif
#if !(BS_SDK_ERROR_INVALID_ADDRESS == -116)
#  error "BS_SDK_ERROR_INVALID_ADDRESS is not -116 in #if"
#endif
#if !(BS_SDK_ERROR_NOT_SUPPORTED_IPV6 == -115)
#  error "BS_SDK_ERROR_NOT_SUPPORTED_IPV6 is not -115 in #if"
#endif
#if !(BS_SDK_ERROR_NOT_ENOUGTH_BUFFER == -114)
#  error "BS_SDK_ERROR_NOT_ENOUGTH_BUFFER is not -114 in #if"
#endif
#if !(BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO == -113)
#  error "BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO is not -113 in #if"
#endif
#if !(BS_SDK_ERROR_IPV6_IS_NOT_ENABLE == -112)
#  error "BS_SDK_ERROR_IPV6_IS_NOT_ENABLE is not -112 in #if"
#endif
#if !(BS_SDK_ERROR_IPV4_IS_NOT_ENABLE == -111)
#  error "BS_SDK_ERROR_IPV4_IS_NOT_ENABLE is not -111 in #if"
#endif
#if !(BS_SDK_ERROR_SOCKET_IN_PROGRESS == -110)
#  error "BS_SDK_ERROR_SOCKET_IN_PROGRESS is not -110 in #if"
#endif
#if !(BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED == -109)
#  error "BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED is not -109 in #if"
#endif
#if !(BS_SDK_ERROR_SOCKET_IS_NOT_OPEN == -108)
#  error "BS_SDK_ERROR_SOCKET_IS_NOT_OPEN is not -108 in #if"
#endif
#if !(BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED == -107)
#  error "BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED is not -107 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_WRITE_SOCKET == -106)
#  error "BS_SDK_ERROR_CANNOT_WRITE_SOCKET is not -106 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_READ_SOCKET == -105)
#  error "BS_SDK_ERROR_CANNOT_READ_SOCKET is not -105 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET == -104)
#  error "BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET is not -104 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_LISTEN_SOCKET == -103)
#  error "BS_SDK_ERROR_CANNOT_LISTEN_SOCKET is not -103 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_CONNECT_SOCKET == -102)
#  error "BS_SDK_ERROR_CANNOT_CONNECT_SOCKET is not -102 in #if"
#endif
#if !(BS_SDK_ERROR_CANNOT_OPEN_SOCKET == -101)
#  error "BS_SDK_ERROR_CANNOT_OPEN_SOCKET is not -101 in #if"
#endif
#if !(BS_SDK_ERROR_FROM_DEVICE_DRIVER == -1)
#  error "BS_SDK_ERROR_FROM_DEVICE_DRIVER is not -1 in #if"
#endif
#if !(BS_SDK_SUCCESS == 1)
#  error "BS_SDK_SUCCESS is not 1 in #if"
#endif
#if !(BS_SDK_DURESS_SUCCESS == 2)
#  error "BS_SDK_DURESS_SUCCESS is not 2 in #if"
#endif
#if !(BS_SDK_FIRST_AUTH_SUCCESS == 3)
#  error "BS_SDK_FIRST_AUTH_SUCCESS is not 3 in #if"
#endif
#if !(BS_SDK_SECOND_AUTH_SUCCESS == 4)
#  error "BS_SDK_SECOND_AUTH_SUCCESS is not 4 in #if"
#endif
#if !(BS_SDK_DUAL_AUTH_SUCCESS == 5)
#  error "BS_SDK_DUAL_AUTH_SUCCESS is not 5 in #if"
#endif
#if !(BS_SDK_WIEGAND_BYPASS_SUCCESS == 11)
#  error "BS_SDK_WIEGAND_BYPASS_SUCCESS is not 11 in #if"
#endif
#if !(BS_SDK_ANONYMOUS_SUCCESS == 12)
#  error "BS_SDK_ANONYMOUS_SUCCESS is not 12 in #if"
#endif
#if !(BS_SDK_LOCKOVERRIDE_SUCCESS == 13)
#  error "BS_SDK_LOCKOVERRIDE_SUCCESS is not 13 in #if"
#endif

/* --- array sizes: a negative size is an error -------------------------------------------------- */
typedef char bs_array_size_0[(BS_SDK_ERROR_INITIALIZE_NOTIFYMGR == -10202) ? 1 : -1];
typedef char bs_array_size_1[(BS_SDK_ERROR_INITIALIZE_FILELOG == -10201) ? 1 : -1];
typedef char bs_array_size_2[(BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND == -10105) ? 1 : -1];
typedef char bs_array_size_3[(BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT == -10104) ? 1 : -1];
typedef char bs_array_size_4[(BS_SDK_ERROR_MOBILE_NOT_LOGIN == -10103) ? 1 : -1];
typedef char bs_array_size_5[(BS_SDK_ERROR_MOBILE_NO_RESPONSE == -10101) ? 1 : -1];
typedef char bs_array_size_6[(BS_SDK_ERROR_MOBILE_STATUS_FAULT == -10100) ? 1 : -1];
typedef char bs_array_size_7[(BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE == -10011) ? 1 : -1];
typedef char bs_array_size_8[(BS_SDK_ERROR_INVALID_SCHEDULE_ID == -10010) ? 1 : -1];
typedef char bs_array_size_9[(BS_SDK_ERROR_INVALID_FILE_FORMAT == -10009) ? 1 : -1];
typedef char bs_array_size_10[(BS_SDK_ERROR_INTERNAL == -10008) ? 1 : -1];
typedef char bs_array_size_11[(BS_SDK_ERROR_DEVICE_BUSY == -10007) ? 1 : -1];
typedef char bs_array_size_12[(BS_SDK_ERROR_DECRYPT == -10006) ? 1 : -1];
typedef char bs_array_size_13[(BS_SDK_ERROR_ENCRYPT == -10005) ? 1 : -1];
typedef char bs_array_size_14[(BS_SDK_ERROR_EXIST == -10004) ? 1 : -1];
typedef char bs_array_size_15[(BS_SDK_ERROR_CANCELED == -10003) ? 1 : -1];
typedef char bs_array_size_16[(BS_SDK_ERROR_CANNOT_RUN_SERVICE == -10002) ? 1 : -1];
typedef char bs_array_size_17[(BS_SDK_ERROR_UNINITIALIZED == -10001) ? 1 : -1];
typedef char bs_array_size_18[(BS_SDK_ERROR_NULL_POINTER == -10000) ? 1 : -1];
typedef char bs_array_size_19[(BS_SDK_ERROR_UZ_ADD_FAIL == -4024) ? 1 : -1];
typedef char bs_array_size_20[(BS_SDK_ERROR_UZ_SPEC_FULL == -4023) ? 1 : -1];
typedef char bs_array_size_21[(BS_SDK_ERROR_UZ_CHANNEL_FULL == -4022) ? 1 : -1];
typedef char bs_array_size_22[(BS_SDK_ERROR_UZ_ENABLE_FULL == -4021) ? 1 : -1];
typedef char bs_array_size_23[(BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO == -4020) ? 1 : -1];
typedef char bs_array_size_24[(BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE == -4017) ? 1 : -1];
typedef char bs_array_size_25[(BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL == -4016) ? 1 : -1];
typedef char bs_array_size_26[(BS_SDK_ERROR_LICENSE_JSON_FORMAT == -4015) ? 1 : -1];
typedef char bs_array_size_27[(BS_SDK_ERROR_LICENSE_PARRING_JSON == -4014) ? 1 : -1];
typedef char bs_array_size_28[(BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH == -4013) ? 1 : -1];
typedef char bs_array_size_29[(BS_SDK_ERROR_LICENSE_FILE_NOT_VALID == -4012) ? 1 : -1];
typedef char bs_array_size_30[(BS_SDK_ERROR_LICENSE_CRC == -4011) ? 1 : -1];
typedef char bs_array_size_31[(BS_SDK_ERROR_NO_LICENSE == -4010) ? 1 : -1];
typedef char bs_array_size_32[(BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE == -4009) ? 1 : -1];
typedef char bs_array_size_33[(BS_SDK_ERROR_FAIL_SLAVE_SET_KEY == -4008) ? 1 : -1];
typedef char bs_array_size_34[(BS_SDK_ERROR_FAIL_MASTER_SET_KEY == -4007) ? 1 : -1];
typedef char bs_array_size_35[(BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID == -4006) ? 1 : -1];
typedef char bs_array_size_36[(BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE == -4005) ? 1 : -1];
typedef char bs_array_size_37[(BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE == -4004) ? 1 : -1];
typedef char bs_array_size_38[(BS_SDK_ERROR_DUPLICATE_OSDP_ID == -4003) ? 1 : -1];
typedef char bs_array_size_39[(BS_SDK_ERROR_ALREADY_FULL_SLAVES == -4002) ? 1 : -1];
typedef char bs_array_size_40[(BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL == -4001) ? 1 : -1];
typedef char bs_array_size_41[(BS_SDK_ERROR_MOBILE_PORTAL == -3100) ? 1 : -1];
typedef char bs_array_size_42[(BS_SDK_ERROR_SSL_VERIFY_KEY == -3007) ? 1 : -1];
typedef char bs_array_size_43[(BS_SDK_ERROR_SSL_INVALID_KEY == -3006) ? 1 : -1];
typedef char bs_array_size_44[(BS_SDK_ERROR_SSL_VERIFY_CERT == -3005) ? 1 : -1];
typedef char bs_array_size_45[(BS_SDK_ERROR_SSL_VERIFY_CA == -3005) ? 1 : -1];
typedef char bs_array_size_46[(BS_SDK_ERROR_SSL_INVALID_CERT == -3004) ? 1 : -1];
typedef char bs_array_size_47[(BS_SDK_ERROR_SSL_INVALID_CA == -3004) ? 1 : -1];
typedef char bs_array_size_48[(BS_SDK_ERROR_SSL_ALREADY_CONNECTED == -3003) ? 1 : -1];
typedef char bs_array_size_49[(BS_SDK_ERROR_SSL_CANNOT_CONNECT == -3002) ? 1 : -1];
typedef char bs_array_size_50[(BS_SDK_ERROR_SSL_IS_NOT_CONNECTED == -3002) ? 1 : -1];
typedef char bs_array_size_51[(BS_SDK_ERROR_SSL_NOT_SUPPORTED == -3001) ? 1 : -1];
typedef char bs_array_size_52[(BS_SDK_ERROR_SSL_EXIST == -3001) ? 1 : -1];
typedef char bs_array_size_53[(BS_SDK_ERROR_SSL_INIT == -3000) ? 1 : -1];
typedef char bs_array_size_54[(BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED == -2007) ? 1 : -1];
typedef char bs_array_size_55[(BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY == -2006) ? 1 : -1];
typedef char bs_array_size_56[(BS_SDK_ERROR_CANNOT_SEND_TO_SERVER == -2005) ? 1 : -1];
typedef char bs_array_size_57[(BS_SDK_ERROR_DEVICE_LOCKED == -2004) ? 1 : -1];
typedef char bs_array_size_58[(BS_SDK_ERROR_CANNOT_UPGRADE == -2003) ? 1 : -1];
typedef char bs_array_size_59[(BS_SDK_ERROR_ALLOC_MEM == -2002) ? 1 : -1];
typedef char bs_array_size_60[(BS_SDK_ERROR_FILE_IO == -2000) ? 1 : -1];
typedef char bs_array_size_61[(BS_SDK_ERROR_CANNOT_EXECUTE_THREAD == -1507) ? 1 : -1];
typedef char bs_array_size_62[(BS_SDK_ERROR_CANNOT_DETECT_FACE == -1506) ? 1 : -1];
typedef char bs_array_size_63[(BS_SDK_ERROR_CAMERA_CAPTURE_FAIL == -1505) ? 1 : -1];
typedef char bs_array_size_64[(BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL == -1504) ? 1 : -1];
typedef char bs_array_size_65[(BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED == -1503) ? 1 : -1];
typedef char bs_array_size_66[(BS_SDK_ERROR_CANNOT_ENCODE_JPEG == -1502) ? 1 : -1];
typedef char bs_array_size_67[(BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL == -1501) ? 1 : -1];
typedef char bs_array_size_68[(BS_SDK_ERROR_CAMERA_INIT_FAIL == -1500) ? 1 : -1];
typedef char bs_array_size_69[(BS_SDK_ERROR_INVALID_PASSWORD == -1400) ? 1 : -1];
typedef char bs_array_size_70[(BS_SDK_ERROR_CANNOT_FIND_CARD == -1310) ? 1 : -1];
typedef char bs_array_size_71[(BS_SDK_ERROR_CARD_CANNOT_SEND_DATA == -1308) ? 1 : -1];
typedef char bs_array_size_72[(BS_SDK_ERROR_CARD_READ_CANCELLED == -1307) ? 1 : -1];
typedef char bs_array_size_73[(BS_SDK_ERROR_CARD_READ_TIMEOUT == -1306) ? 1 : -1];
typedef char bs_array_size_74[(BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA == -1305) ? 1 : -1];
typedef char bs_array_size_75[(BS_SDK_ERROR_CARD_CIS_CRC == -1304) ? 1 : -1];
typedef char bs_array_size_76[(BS_SDK_ERROR_CARD_CANNOT_READ_DATA == -1303) ? 1 : -1];
typedef char bs_array_size_77[(BS_SDK_ERROR_CARD_NOT_ACTIVATED == -1302) ? 1 : -1];
typedef char bs_array_size_78[(BS_SDK_ERROR_CARD_INIT_FAIL == -1301) ? 1 : -1];
typedef char bs_array_size_79[(BS_SDK_ERROR_CARD_IO == -1300) ? 1 : -1];
typedef char bs_array_size_80[(BS_SDK_ERROR_LIFT_LOCK_VIOLATION == -1230) ? 1 : -1];
typedef char bs_array_size_81[(BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL == -1229) ? 1 : -1];
typedef char bs_array_size_82[(BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION == -1228) ? 1 : -1];
typedef char bs_array_size_83[(BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION == -1227) ? 1 : -1];
typedef char bs_array_size_84[(BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION == -1226) ? 1 : -1];
typedef char bs_array_size_85[(BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION == -1225) ? 1 : -1];
typedef char bs_array_size_86[(BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION == -1224) ? 1 : -1];
typedef char bs_array_size_87[(BS_SDK_ERROR_INTERLOCK_ZONE_FULL == -1223) ? 1 : -1];
typedef char bs_array_size_88[(BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION == -1222) ? 1 : -1];
typedef char bs_array_size_89[(BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION == -1221) ? 1 : -1];
typedef char bs_array_size_90[(BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION == -1220) ? 1 : -1];
typedef char bs_array_size_91[(BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION == -1219) ? 1 : -1];
typedef char bs_array_size_92[(BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION == -1218) ? 1 : -1];
typedef char bs_array_size_93[(BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION == -1217) ? 1 : -1];
typedef char bs_array_size_94[(BS_SDK_ERROR_CANNOT_FIND_ARM_CARD == -1216) ? 1 : -1];
typedef char bs_array_size_95[(BS_SDK_ERROR_CANNOT_DISARM == -1215) ? 1 : -1];
typedef char bs_array_size_96[(BS_SDK_ERROR_CANNOT_ARM == -1214) ? 1 : -1];
typedef char bs_array_size_97[(BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL == -1213) ? 1 : -1];
typedef char bs_array_size_98[(BS_SDK_ERROR_INACTIVE_ZONE == -1212) ? 1 : -1];
typedef char bs_array_size_99[(BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL == -1211) ? 1 : -1];
typedef char bs_array_size_100[(BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL == -1210) ? 1 : -1];
typedef char bs_array_size_101[(BS_SDK_ERROR_TIMED_APB_ZONE_FULL == -1209) ? 1 : -1];
typedef char bs_array_size_102[(BS_SDK_ERROR_APB_ZONE_FULL == -1208) ? 1 : -1];
typedef char bs_array_size_103[(BS_SDK_ERROR_SET_FIRE_ALARM == -1208) ? 1 : -1];
typedef char bs_array_size_104[(BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION == -1207) ? 1 : -1];
typedef char bs_array_size_105[(BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION == -1207) ? 1 : -1];
typedef char bs_array_size_106[(BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION == -1206) ? 1 : -1];
typedef char bs_array_size_107[(BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION == -1205) ? 1 : -1];
typedef char bs_array_size_108[(BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION == -1204) ? 1 : -1];
typedef char bs_array_size_109[(BS_SDK_ERROR_SOFT_APB_VIOLATION == -1203) ? 1 : -1];
typedef char bs_array_size_110[(BS_SDK_ERROR_HARD_APB_VIOLATION == -1202) ? 1 : -1];
typedef char bs_array_size_111[(BS_SDK_ERROR_SET_ZONE == -1201) ? 1 : -1];
typedef char bs_array_size_112[(BS_SDK_ERROR_ZONE_FULL == -1201) ? 1 : -1];
typedef char bs_array_size_113[(BS_SDK_ERROR_CANNOT_FIND_ZONE == -1200) ? 1 : -1];
typedef char bs_array_size_114[(BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED == -1135) ? 1 : -1];
typedef char bs_array_size_115[(BS_SDK_FACE_OR_PIN_AUTH_REQUIRED == -1134) ? 1 : -1];
typedef char bs_array_size_116[(BS_SDK_FINGERPRINT_AUTH_REQUIRED == -1133) ? 1 : -1];
typedef char bs_array_size_117[(BS_SDK_FACE_AUTH_REQUIRED == -1132) ? 1 : -1];
typedef char bs_array_size_118[(BS_SDK_THERMAL_CHECK_REQUIRED == -1131) ? 1 : -1];
typedef char bs_array_size_119[(BS_SDK_MASK_CHECK_REQUIRED == -1130) ? 1 : -1];
typedef char bs_array_size_120[(BS_SDK_ERROR_UNMASKED_FACE_VIOLATION == -1129) ? 1 : -1];
typedef char bs_array_size_121[(BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE == -1128) ? 1 : -1];
typedef char bs_array_size_122[(BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION == -1127) ? 1 : -1];
typedef char bs_array_size_123[(BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION == -1126) ? 1 : -1];
typedef char bs_array_size_124[(BS_SDK_ERROR_IDENTIFICATION_REQUIRED == -1125) ? 1 : -1];
typedef char bs_array_size_125[(BS_SDK_ERROR_AUTH_GROUP_REQUIRED == -1124) ? 1 : -1];
typedef char bs_array_size_126[(BS_SDK_ERROR_AUTH_FAIL == -1123) ? 1 : -1];
typedef char bs_array_size_127[(BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL == -1122) ? 1 : -1];
typedef char bs_array_size_128[(BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL == -1121) ? 1 : -1];
typedef char bs_array_size_129[(BS_SDK_ERROR_TNA_CODE_REQUIRED == -1120) ? 1 : -1];
typedef char bs_array_size_130[(BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED == -1119) ? 1 : -1];
typedef char bs_array_size_131[(BS_SDK_ERROR_PIN_AUTH_REQUIRED == -1118) ? 1 : -1];
typedef char bs_array_size_132[(BS_SDK_ERROR_CARD_AUTH_REQUIRED == -1117) ? 1 : -1];
typedef char bs_array_size_133[(BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED == -1116) ? 1 : -1];
typedef char bs_array_size_134[(BS_SDK_ERROR_DUAL_AUTH_FAIL == -1115) ? 1 : -1];
typedef char bs_array_size_135[(BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL == -1114) ? 1 : -1];
typedef char bs_array_size_136[(BS_SDK_ERROR_AUTH_UNEXPECTED_USER == -1113) ? 1 : -1];
typedef char bs_array_size_137[(BS_SDK_ERROR_INVALID_AUTH_MODE == -1112) ? 1 : -1];
typedef char bs_array_size_138[(BS_SDK_ERROR_DUAL_AUTH_TIMEOUT == -1111) ? 1 : -1];
typedef char bs_array_size_139[(BS_SDK_ERROR_AUTH_TIMEOUT == -1110) ? 1 : -1];
typedef char bs_array_size_140[(BS_SDK_ERROR_CANNOT_FIND_BLACKLIST == -1109) ? 1 : -1];
typedef char bs_array_size_141[(BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP == -1108) ? 1 : -1];
typedef char bs_array_size_142[(BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE == -1107) ? 1 : -1];
typedef char bs_array_size_143[(BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL == -1106) ? 1 : -1];
typedef char bs_array_size_144[(BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP == -1105) ? 1 : -1];
typedef char bs_array_size_145[(BS_SDK_ERROR_BLACKLIST == -1104) ? 1 : -1];
typedef char bs_array_size_146[(BS_SDK_ERROR_EXPIRED == -1103) ? 1 : -1];
typedef char bs_array_size_147[(BS_SDK_ERROR_NOT_YET_VALID == -1102) ? 1 : -1];
typedef char bs_array_size_148[(BS_SDK_ERROR_DISABLED == -1101) ? 1 : -1];
typedef char bs_array_size_149[(BS_SDK_ERROR_ACCESS_RULE_VIOLATION == -1100) ? 1 : -1];
typedef char bs_array_size_150[(BS_SDK_ERROR_LIFT_FULL == -1006) ? 1 : -1];
typedef char bs_array_size_151[(BS_SDK_ERROR_CANNOT_FIND_LIFT == -1005) ? 1 : -1];
typedef char bs_array_size_152[(BS_SDK_ERROR_CANNOT_RELEASE_DOOR == -1004) ? 1 : -1];
typedef char bs_array_size_153[(BS_SDK_ERROR_CANNOT_UNLOCK_DOOR == -1003) ? 1 : -1];
typedef char bs_array_size_154[(BS_SDK_ERROR_CANNOT_LOCK_DOOR == -1002) ? 1 : -1];
typedef char bs_array_size_155[(BS_SDK_ERROR_DOOR_FULL == -1001) ? 1 : -1];
typedef char bs_array_size_156[(BS_SDK_ERROR_CANNOT_FIND_DOOR == -1000) ? 1 : -1];
typedef char bs_array_size_157[(BS_SDK_ERROR_CANNOT_DEL_DEVICE == -913) ? 1 : -1];
typedef char bs_array_size_158[(BS_SDK_ERROR_SLAVE_NOT_READY == -912) ? 1 : -1];
typedef char bs_array_size_159[(BS_SDK_ERROR_CANNOT_ADD_DEVICE == -911) ? 1 : -1];
typedef char bs_array_size_160[(BS_SDK_ERROR_SLAVE_FULL == -910) ? 1 : -1];
typedef char bs_array_size_161[(BS_SDK_ERROR_CANNOT_SCAN_FACE == -908) ? 1 : -1];
typedef char bs_array_size_162[(BS_SDK_ERROR_CANNOT_FIND_DEVICE == -907) ? 1 : -1];
typedef char bs_array_size_163[(BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER == -906) ? 1 : -1];
typedef char bs_array_size_164[(BS_SDK_ERROR_CANNOT_SET_LED == -905) ? 1 : -1];
typedef char bs_array_size_165[(BS_SDK_ERROR_CANNOT_GET_RTC == -904) ? 1 : -1];
typedef char bs_array_size_166[(BS_SDK_ERROR_CANNOT_SET_RTC == -903) ? 1 : -1];
typedef char bs_array_size_167[(BS_SDK_ERROR_CANNOT_OPEN_RTC == -902) ? 1 : -1];
typedef char bs_array_size_168[(BS_SDK_ERROR_CANNOT_SCAN_CARD == -901) ? 1 : -1];
typedef char bs_array_size_169[(BS_SDK_ERROR_CANNOT_SCAN_FINGER == -900) ? 1 : -1];
typedef char bs_array_size_170[(BS_SDK_ERROR_INVALID_CONFIG_INDEX == -806) ? 1 : -1];
typedef char bs_array_size_171[(BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE == -805) ? 1 : -1];
typedef char bs_array_size_172[(BS_SDK_ERROR_INVALID_CONFIG_DATA == -804) ? 1 : -1];
typedef char bs_array_size_173[(BS_SDK_ERROR_INVALID_CONFIG_FILE == -803) ? 1 : -1];
typedef char bs_array_size_174[(BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE == -802) ? 1 : -1];
typedef char bs_array_size_175[(BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE == -801) ? 1 : -1];
typedef char bs_array_size_176[(BS_SDK_ERROR_INVALID_CONFIG == -800) ? 1 : -1];
typedef char bs_array_size_177[(BS_SDK_ERROR_ADMIN_CANNOT_SCAN == -771) ? 1 : -1];
typedef char bs_array_size_178[(BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL == -770) ? 1 : -1];
typedef char bs_array_size_179[(BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL == -769) ? 1 : -1];
typedef char bs_array_size_180[(BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL == -768) ? 1 : -1];
typedef char bs_array_size_181[(BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL == -767) ? 1 : -1];
typedef char bs_array_size_182[(BS_SDK_ERROR_USER_OVERRIDE_FULL == -766) ? 1 : -1];
typedef char bs_array_size_183[(BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST == -765) ? 1 : -1];
typedef char bs_array_size_184[(BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL == -764) ? 1 : -1];
typedef char bs_array_size_185[(BS_SDK_ERROR_SQL_ERROR == -763) ? 1 : -1];
typedef char bs_array_size_186[(BS_SDK_ERROR_USER_IMAGE_EX_FULL == -763) ? 1 : -1];
typedef char bs_array_size_187[(BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL == -762) ? 1 : -1];
typedef char bs_array_size_188[(BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL == -761) ? 1 : -1];
typedef char bs_array_size_189[(BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL == -760) ? 1 : -1];
typedef char bs_array_size_190[(BS_SDK_ERROR_NO_FACE_CREDENTIAL == -759) ? 1 : -1];
typedef char bs_array_size_191[(BS_SDK_ERROR_DUPLICATE_FACE == -758) ? 1 : -1];
typedef char bs_array_size_192[(BS_SDK_ERROR_DUPLICATE_FINGERPRINT == -757) ? 1 : -1];
typedef char bs_array_size_193[(BS_SDK_ERROR_CANNOT_FIND_OPERATOR == -756) ? 1 : -1];
typedef char bs_array_size_194[(BS_SDK_ERROR_INVALID_SCHEDULE == -755) ? 1 : -1];
typedef char bs_array_size_195[(BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE == -754) ? 1 : -1];
typedef char bs_array_size_196[(BS_SDK_ERROR_DST_SCHEDULE_FULL == -753) ? 1 : -1];
typedef char bs_array_size_197[(BS_SDK_ERROR_USER_PHRASE_FULL == -752) ? 1 : -1];
typedef char bs_array_size_198[(BS_SDK_ERROR_AUTH_GROUP_FULL == -751) ? 1 : -1];
typedef char bs_array_size_199[(BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP == -750) ? 1 : -1];
typedef char bs_array_size_200[(BS_SDK_ERROR_FLOOR_SCHEDULE_FULL == -749) ? 1 : -1];
typedef char bs_array_size_201[(BS_SDK_ERROR_FACE_FULL == -748) ? 1 : -1];
typedef char bs_array_size_202[(BS_SDK_ERROR_CANNOT_UPDATE_FACE == -747) ? 1 : -1];
typedef char bs_array_size_203[(BS_SDK_ERROR_USER_JOB_FULL == -746) ? 1 : -1];
typedef char bs_array_size_204[(BS_SDK_ERROR_TIMER_CANCELED == -745) ? 1 : -1];
typedef char bs_array_size_205[(BS_SDK_ERROR_INVALID_LINK_ID == -744) ? 1 : -1];
typedef char bs_array_size_206[(BS_SDK_ERROR_OPERATOR_FULL == -743) ? 1 : -1];
typedef char bs_array_size_207[(BS_SDK_ERROR_CACHE_MISSED == -742) ? 1 : -1];
typedef char bs_array_size_208[(BS_SDK_ERROR_READER_FULL == -741) ? 1 : -1];
typedef char bs_array_size_209[(BS_SDK_ERROR_NO_USER_IMAGE == -740) ? 1 : -1];
typedef char bs_array_size_210[(BS_SDK_ERROR_NO_USER_NAME == -739) ? 1 : -1];
typedef char bs_array_size_211[(BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL == -738) ? 1 : -1];
typedef char bs_array_size_212[(BS_SDK_ERROR_NO_PIN_CREDENTIAL == -737) ? 1 : -1];
typedef char bs_array_size_213[(BS_SDK_ERROR_NO_CARD_CREDENTIAL == -736) ? 1 : -1];
typedef char bs_array_size_214[(BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL == -735) ? 1 : -1];
typedef char bs_array_size_215[(BS_SDK_ERROR_NO_CREDENTIAL == -734) ? 1 : -1];
typedef char bs_array_size_216[(BS_SDK_ERROR_TIME_PERIOD_FULL == -733) ? 1 : -1];
typedef char bs_array_size_217[(BS_SDK_ERROR_HOLIDAY_FULL == -732) ? 1 : -1];
typedef char bs_array_size_218[(BS_SDK_ERROR_HOLIDAY_GROUP_FULL == -731) ? 1 : -1];
typedef char bs_array_size_219[(BS_SDK_ERROR_ACCESS_SCHEDULE_FULL == -730) ? 1 : -1];
typedef char bs_array_size_220[(BS_SDK_ERROR_FLOOR_LEVEL_FULL == -729) ? 1 : -1];
typedef char bs_array_size_221[(BS_SDK_ERROR_ACCESS_GROUP_FULL == -728) ? 1 : -1];
typedef char bs_array_size_222[(BS_SDK_ERROR_DB_SLOT_FULL == -727) ? 1 : -1];
typedef char bs_array_size_223[(BS_SDK_ERROR_DOOR_SCHEDULE_FULL == -726) ? 1 : -1];
typedef char bs_array_size_224[(BS_SDK_ERROR_CANNOT_FIND_LOG == -725) ? 1 : -1];
typedef char bs_array_size_225[(BS_SDK_ERROR_NO_ADMIN_USER == -724) ? 1 : -1];
typedef char bs_array_size_226[(BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH == -723) ? 1 : -1];
typedef char bs_array_size_227[(BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT == -722) ? 1 : -1];
typedef char bs_array_size_228[(BS_SDK_ERROR_SLOT_DATA_CHECKSUM == -721) ? 1 : -1];
typedef char bs_array_size_229[(BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG == -720) ? 1 : -1];
typedef char bs_array_size_230[(BS_SDK_ERROR_USER_IMAGE_FULL == -719) ? 1 : -1];
typedef char bs_array_size_231[(BS_SDK_ERROR_USER_NAME_FULL == -718) ? 1 : -1];
typedef char bs_array_size_232[(BS_SDK_ERROR_BLACKLIST_FULL == -717) ? 1 : -1];
typedef char bs_array_size_233[(BS_SDK_ERROR_INVALID_USER_ID == -716) ? 1 : -1];
typedef char bs_array_size_234[(BS_SDK_ERROR_ACCESS_LEVEL_FULL == -715) ? 1 : -1];
typedef char bs_array_size_235[(BS_SDK_ERROR_CANNOT_FIND_USER == -714) ? 1 : -1];
typedef char bs_array_size_236[(BS_SDK_ERROR_INVALID_LOG_FILE == -712) ? 1 : -1];
typedef char bs_array_size_237[(BS_SDK_ERROR_NO_VALID_HDR_FILE == -711) ? 1 : -1];
typedef char bs_array_size_238[(BS_SDK_ERROR_CARD_FULL == -710) ? 1 : -1];
typedef char bs_array_size_239[(BS_SDK_ERROR_DUPLICATE_CARD == -709) ? 1 : -1];
typedef char bs_array_size_240[(BS_SDK_ERROR_FINGERPRINT_FULL == -708) ? 1 : -1];
typedef char bs_array_size_241[(BS_SDK_ERROR_DUPLICATE_TEMPLATE == -707) ? 1 : -1];
typedef char bs_array_size_242[(BS_SDK_ERROR_USER_FULL == -706) ? 1 : -1];
typedef char bs_array_size_243[(BS_SDK_ERROR_DUPLICATE_ID == -705) ? 1 : -1];
typedef char bs_array_size_244[(BS_SDK_ERROR_CANNOT_INIT_DB == -704) ? 1 : -1];
typedef char bs_array_size_245[(BS_SDK_ERROR_INVALID_SLOT_DATA == -703) ? 1 : -1];
typedef char bs_array_size_246[(BS_SDK_ERROR_INVALID_SLOT_NO == -702) ? 1 : -1];
typedef char bs_array_size_247[(BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT == -701) ? 1 : -1];
typedef char bs_array_size_248[(BS_SDK_ERROR_INVALID_DATA_FILE == -700) ? 1 : -1];
typedef char bs_array_size_249[(BS_SDK_ERROR_CANNOT_SET_TIME == -602) ? 1 : -1];
typedef char bs_array_size_250[(BS_SDK_ERROR_TIMEOUT == -601) ? 1 : -1];
typedef char bs_array_size_251[(BS_SDK_ERROR_NOT_SUPPORTED == -600) ? 1 : -1];
typedef char bs_array_size_252[(BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY == -524) ? 1 : -1];
typedef char bs_array_size_253[(BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL == -523) ? 1 : -1];
typedef char bs_array_size_254[(BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL == -522) ? 1 : -1];
typedef char bs_array_size_255[(BS_SDK_ERROR_WIEGAND_QUEUE_FULL == -521) ? 1 : -1];
typedef char bs_array_size_256[(BS_SDK_ERROR_INPUT_QUEUE_FULL == -520) ? 1 : -1];
typedef char bs_array_size_257[(BS_SDK_ERROR_INVALID_LCD_PACKET == -513) ? 1 : -1];
typedef char bs_array_size_258[(BS_SDK_ERROR_CANNOT_READ_LCD_PACKET == -512) ? 1 : -1];
typedef char bs_array_size_259[(BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET == -511) ? 1 : -1];
typedef char bs_array_size_260[(BS_SDK_ERROR_INVALID_LCD_PARAM == -510) ? 1 : -1];
typedef char bs_array_size_261[(BS_SDK_ERROR_INVALID_INTERPHONE_TYPE == -508) ? 1 : -1];
typedef char bs_array_size_262[(BS_SDK_ERROR_INVALID_PORT == -507) ? 1 : -1];
typedef char bs_array_size_263[(BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION == -506) ? 1 : -1];
typedef char bs_array_size_264[(BS_SDK_ERROR_CANNOT_ENABLE_INPUT == -505) ? 1 : -1];
typedef char bs_array_size_265[(BS_SDK_ERROR_READ_INPUT_TIMEOUT == -504) ? 1 : -1];
typedef char bs_array_size_266[(BS_SDK_ERROR_CANNOT_READ_INPUT == -503) ? 1 : -1];
typedef char bs_array_size_267[(BS_SDK_ERROR_CANNOT_READ_IO_PACKET == -502) ? 1 : -1];
typedef char bs_array_size_268[(BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET == -501) ? 1 : -1];
typedef char bs_array_size_269[(BS_SDK_ERROR_INVALID_RELAY == -500) ? 1 : -1];
typedef char bs_array_size_270[(BS_SDK_ERROR_ALREADY_OPEN_DIR == -408) ? 1 : -1];
typedef char bs_array_size_271[(BS_SDK_ERROR_DATA_MISMATCH == -407) ? 1 : -1];
typedef char bs_array_size_272[(BS_SDK_ERROR_CANNOT_GET_SYSINFO == -406) ? 1 : -1];
typedef char bs_array_size_273[(BS_SDK_ERROR_CANNOT_GET_STAT == -405) ? 1 : -1];
typedef char bs_array_size_274[(BS_SDK_ERROR_CANNOT_READ_FILE == -404) ? 1 : -1];
typedef char bs_array_size_275[(BS_SDK_ERROR_CANNOT_SEEK_FILE == -403) ? 1 : -1];
typedef char bs_array_size_276[(BS_SDK_ERROR_CANNOT_WRITE_FILE == -402) ? 1 : -1];
typedef char bs_array_size_277[(BS_SDK_ERROR_CANNOT_OPEN_FILE == -401) ? 1 : -1];
typedef char bs_array_size_278[(BS_SDK_ERROR_CANNOT_OPEN_DIR == -400) ? 1 : -1];
typedef char bs_array_size_279[(BS_SDK_ERROR_INCOMPATIBLE_FACE == -332) ? 1 : -1];
typedef char bs_array_size_280[(BS_SDK_ERROR_MATCH_FAIL == -331) ? 1 : -1];
typedef char bs_array_size_281[(BS_SDK_ERROR_OCCLUDED_MOUTH == -330) ? 1 : -1];
typedef char bs_array_size_282[(BS_SDK_ERROR_NOT_LOOKING_FRONT == -329) ? 1 : -1];
typedef char bs_array_size_283[(BS_SDK_ERROR_UNOPENED_EYES == -328) ? 1 : -1];
typedef char bs_array_size_284[(BS_SDK_ERROR_OVERLAPPED_FACE == -327) ? 1 : -1];
typedef char bs_array_size_285[(BS_SDK_ERROR_ROTATED_FACE == -326) ? 1 : -1];
typedef char bs_array_size_286[(BS_SDK_ERROR_BIASED_DETECTION == -325) ? 1 : -1];
typedef char bs_array_size_287[(BS_SDK_ERROR_LARGE_DETECTION == -324) ? 1 : -1];
typedef char bs_array_size_288[(BS_SDK_ERROR_SMALL_DETECTION == -323) ? 1 : -1];
typedef char bs_array_size_289[(BS_SDK_ERROR_NORMALIZE_FACE == -322) ? 1 : -1];
typedef char bs_array_size_290[(BS_SDK_ERROR_CANNOT_ESTIMATE == -321) ? 1 : -1];
typedef char bs_array_size_291[(BS_SDK_ERROR_FAKE_FACE_DETECTED == -320) ? 1 : -1];
typedef char bs_array_size_292[(BS_SDK_ERROR_UNMASKED_FACE_DETECTED == -319) ? 1 : -1];
typedef char bs_array_size_293[(BS_SDK_ERROR_FACE_SCAN_FAILED == -318) ? 1 : -1];
typedef char bs_array_size_294[(BS_SDK_ERROR_FACE_SCAN_CANCELLED == -317) ? 1 : -1];
typedef char bs_array_size_295[(BS_SDK_ERROR_FACE_SCAN_TIMEOUT == -316) ? 1 : -1];
typedef char bs_array_size_296[(BS_SDK_ERROR_FACE_CAPTURE_FAIL == -315) ? 1 : -1];
typedef char bs_array_size_297[(BS_SDK_ERROR_NO_FACE_DETECTED == -315) ? 1 : -1];
typedef char bs_array_size_298[(BS_SDK_ERROR_CANNOT_FIND_FACE == -314) ? 1 : -1];
typedef char bs_array_size_299[(BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR == -313) ? 1 : -1];
typedef char bs_array_size_300[(BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN == -312) ? 1 : -1];
typedef char bs_array_size_301[(BS_SDK_ERROR_FAKE_FINGER_DETECTED == -311) ? 1 : -1];
typedef char bs_array_size_302[(BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT == -310) ? 1 : -1];
typedef char bs_array_size_303[(BS_SDK_ERROR_CAPTURE_LOW_QUALITY == -309) ? 1 : -1];
typedef char bs_array_size_304[(BS_SDK_ERROR_EXTRACTION_LOW_QUALITY == -308) ? 1 : -1];
typedef char bs_array_size_305[(BS_SDK_ERROR_NOT_SAME_FINGERPRINT == -307) ? 1 : -1];
typedef char bs_array_size_306[(BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED == -306) ? 1 : -1];
typedef char bs_array_size_307[(BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT == -305) ? 1 : -1];
typedef char bs_array_size_308[(BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL == -304) ? 1 : -1];
typedef char bs_array_size_309[(BS_SDK_ERROR_NO_FINGER_DETECTED == -304) ? 1 : -1];
typedef char bs_array_size_310[(BS_SDK_ERROR_IDENTIFY_TIMEOUT == -303) ? 1 : -1];
typedef char bs_array_size_311[(BS_SDK_ERROR_IDENTIFY_FAIL == -302) ? 1 : -1];
typedef char bs_array_size_312[(BS_SDK_ERROR_VERIFY_FAIL == -301) ? 1 : -1];
typedef char bs_array_size_313[(BS_SDK_ERROR_EXTRACTION_FAIL == -300) ? 1 : -1];
typedef char bs_array_size_314[(BS_SDK_ERROR_INVALID_CODE_SIGN == -210) ? 1 : -1];
typedef char bs_array_size_315[(BS_SDK_ERROR_NO_PACKET == -209) ? 1 : -1];
typedef char bs_array_size_316[(BS_SDK_ERROR_PACKET_SEQUENCE == -207) ? 1 : -1];
typedef char bs_array_size_317[(BS_SDK_ERROR_PACKET_COMMAND == -206) ? 1 : -1];
typedef char bs_array_size_318[(BS_SDK_ERROR_PACKET_INDEX == -205) ? 1 : -1];
typedef char bs_array_size_319[(BS_SDK_ERROR_PACKET_CHECKSUM == -204) ? 1 : -1];
typedef char bs_array_size_320[(BS_SDK_ERROR_INVALID_DEVICE_TYPE == -203) ? 1 : -1];
typedef char bs_array_size_321[(BS_SDK_ERROR_INVALID_DEVICE_ID == -202) ? 1 : -1];
typedef char bs_array_size_322[(BS_SDK_ERROR_INVALID_PACKET == -201) ? 1 : -1];
typedef char bs_array_size_323[(BS_SDK_ERROR_INVALID_PARAM == -200) ? 1 : -1];
typedef char bs_array_size_324[(BS_SDK_ERROR_INVALID_ADDRESS == -116) ? 1 : -1];
typedef char bs_array_size_325[(BS_SDK_ERROR_NOT_SUPPORTED_IPV6 == -115) ? 1 : -1];
typedef char bs_array_size_326[(BS_SDK_ERROR_NOT_ENOUGTH_BUFFER == -114) ? 1 : -1];
typedef char bs_array_size_327[(BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO == -113) ? 1 : -1];
typedef char bs_array_size_328[(BS_SDK_ERROR_IPV6_IS_NOT_ENABLE == -112) ? 1 : -1];
typedef char bs_array_size_329[(BS_SDK_ERROR_IPV4_IS_NOT_ENABLE == -111) ? 1 : -1];
typedef char bs_array_size_330[(BS_SDK_ERROR_SOCKET_IN_PROGRESS == -110) ? 1 : -1];
typedef char bs_array_size_331[(BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED == -109) ? 1 : -1];
typedef char bs_array_size_332[(BS_SDK_ERROR_SOCKET_IS_NOT_OPEN == -108) ? 1 : -1];
typedef char bs_array_size_333[(BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED == -107) ? 1 : -1];
typedef char bs_array_size_334[(BS_SDK_ERROR_CANNOT_WRITE_SOCKET == -106) ? 1 : -1];
typedef char bs_array_size_335[(BS_SDK_ERROR_CANNOT_READ_SOCKET == -105) ? 1 : -1];
typedef char bs_array_size_336[(BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET == -104) ? 1 : -1];
typedef char bs_array_size_337[(BS_SDK_ERROR_CANNOT_LISTEN_SOCKET == -103) ? 1 : -1];
typedef char bs_array_size_338[(BS_SDK_ERROR_CANNOT_CONNECT_SOCKET == -102) ? 1 : -1];
typedef char bs_array_size_339[(BS_SDK_ERROR_CANNOT_OPEN_SOCKET == -101) ? 1 : -1];
typedef char bs_array_size_340[(BS_SDK_ERROR_FROM_DEVICE_DRIVER == -1) ? 1 : -1];
typedef char bs_array_size_341[(BS_SDK_SUCCESS == 1) ? 1 : -1];
typedef char bs_array_size_342[(BS_SDK_DURESS_SUCCESS == 2) ? 1 : -1];
typedef char bs_array_size_343[(BS_SDK_FIRST_AUTH_SUCCESS == 3) ? 1 : -1];
typedef char bs_array_size_344[(BS_SDK_SECOND_AUTH_SUCCESS == 4) ? 1 : -1];
typedef char bs_array_size_345[(BS_SDK_DUAL_AUTH_SUCCESS == 5) ? 1 : -1];
typedef char bs_array_size_346[(BS_SDK_WIEGAND_BYPASS_SUCCESS == 11) ? 1 : -1];
typedef char bs_array_size_347[(BS_SDK_ANONYMOUS_SUCCESS == 12) ? 1 : -1];
typedef char bs_array_size_348[(BS_SDK_LOCKOVERRIDE_SUCCESS == 13) ? 1 : -1];

/* --- static assertions ------------------------------------------------------------------------- */
#if defined(__cplusplus)
#  define BS_STATIC_ASSERT(condition, text) static_assert(condition, text)
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#  define BS_STATIC_ASSERT(condition, text) _Static_assert(condition, text)
#endif
#ifdef BS_STATIC_ASSERT
BS_STATIC_ASSERT(BS_SDK_ERROR_INITIALIZE_NOTIFYMGR == -10202, "BS_SDK_ERROR_INITIALIZE_NOTIFYMGR is -10202");
BS_STATIC_ASSERT(BS_SDK_ERROR_INITIALIZE_FILELOG == -10201, "BS_SDK_ERROR_INITIALIZE_FILELOG is -10201");
BS_STATIC_ASSERT(BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND == -10105, "BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND is -10105");
BS_STATIC_ASSERT(BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT == -10104, "BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT is -10104");
BS_STATIC_ASSERT(BS_SDK_ERROR_MOBILE_NOT_LOGIN == -10103, "BS_SDK_ERROR_MOBILE_NOT_LOGIN is -10103");
BS_STATIC_ASSERT(BS_SDK_ERROR_MOBILE_NO_RESPONSE == -10101, "BS_SDK_ERROR_MOBILE_NO_RESPONSE is -10101");
BS_STATIC_ASSERT(BS_SDK_ERROR_MOBILE_STATUS_FAULT == -10100, "BS_SDK_ERROR_MOBILE_STATUS_FAULT is -10100");
BS_STATIC_ASSERT(BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE == -10011, "BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE is -10011");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_SCHEDULE_ID == -10010, "BS_SDK_ERROR_INVALID_SCHEDULE_ID is -10010");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_FILE_FORMAT == -10009, "BS_SDK_ERROR_INVALID_FILE_FORMAT is -10009");
BS_STATIC_ASSERT(BS_SDK_ERROR_INTERNAL == -10008, "BS_SDK_ERROR_INTERNAL is -10008");
BS_STATIC_ASSERT(BS_SDK_ERROR_DEVICE_BUSY == -10007, "BS_SDK_ERROR_DEVICE_BUSY is -10007");
BS_STATIC_ASSERT(BS_SDK_ERROR_DECRYPT == -10006, "BS_SDK_ERROR_DECRYPT is -10006");
BS_STATIC_ASSERT(BS_SDK_ERROR_ENCRYPT == -10005, "BS_SDK_ERROR_ENCRYPT is -10005");
BS_STATIC_ASSERT(BS_SDK_ERROR_EXIST == -10004, "BS_SDK_ERROR_EXIST is -10004");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANCELED == -10003, "BS_SDK_ERROR_CANCELED is -10003");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_RUN_SERVICE == -10002, "BS_SDK_ERROR_CANNOT_RUN_SERVICE is -10002");
BS_STATIC_ASSERT(BS_SDK_ERROR_UNINITIALIZED == -10001, "BS_SDK_ERROR_UNINITIALIZED is -10001");
BS_STATIC_ASSERT(BS_SDK_ERROR_NULL_POINTER == -10000, "BS_SDK_ERROR_NULL_POINTER is -10000");
BS_STATIC_ASSERT(BS_SDK_ERROR_UZ_ADD_FAIL == -4024, "BS_SDK_ERROR_UZ_ADD_FAIL is -4024");
BS_STATIC_ASSERT(BS_SDK_ERROR_UZ_SPEC_FULL == -4023, "BS_SDK_ERROR_UZ_SPEC_FULL is -4023");
BS_STATIC_ASSERT(BS_SDK_ERROR_UZ_CHANNEL_FULL == -4022, "BS_SDK_ERROR_UZ_CHANNEL_FULL is -4022");
BS_STATIC_ASSERT(BS_SDK_ERROR_UZ_ENABLE_FULL == -4021, "BS_SDK_ERROR_UZ_ENABLE_FULL is -4021");
BS_STATIC_ASSERT(BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO == -4020, "BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO is -4020");
BS_STATIC_ASSERT(BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE == -4017, "BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE is -4017");
BS_STATIC_ASSERT(BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL == -4016, "BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL is -4016");
BS_STATIC_ASSERT(BS_SDK_ERROR_LICENSE_JSON_FORMAT == -4015, "BS_SDK_ERROR_LICENSE_JSON_FORMAT is -4015");
BS_STATIC_ASSERT(BS_SDK_ERROR_LICENSE_PARRING_JSON == -4014, "BS_SDK_ERROR_LICENSE_PARRING_JSON is -4014");
BS_STATIC_ASSERT(BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH == -4013, "BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH is -4013");
BS_STATIC_ASSERT(BS_SDK_ERROR_LICENSE_FILE_NOT_VALID == -4012, "BS_SDK_ERROR_LICENSE_FILE_NOT_VALID is -4012");
BS_STATIC_ASSERT(BS_SDK_ERROR_LICENSE_CRC == -4011, "BS_SDK_ERROR_LICENSE_CRC is -4011");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_LICENSE == -4010, "BS_SDK_ERROR_NO_LICENSE is -4010");
BS_STATIC_ASSERT(BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE == -4009, "BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE is -4009");
BS_STATIC_ASSERT(BS_SDK_ERROR_FAIL_SLAVE_SET_KEY == -4008, "BS_SDK_ERROR_FAIL_SLAVE_SET_KEY is -4008");
BS_STATIC_ASSERT(BS_SDK_ERROR_FAIL_MASTER_SET_KEY == -4007, "BS_SDK_ERROR_FAIL_MASTER_SET_KEY is -4007");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID == -4006, "BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID is -4006");
BS_STATIC_ASSERT(BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE == -4005, "BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE is -4005");
BS_STATIC_ASSERT(BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE == -4004, "BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE is -4004");
BS_STATIC_ASSERT(BS_SDK_ERROR_DUPLICATE_OSDP_ID == -4003, "BS_SDK_ERROR_DUPLICATE_OSDP_ID is -4003");
BS_STATIC_ASSERT(BS_SDK_ERROR_ALREADY_FULL_SLAVES == -4002, "BS_SDK_ERROR_ALREADY_FULL_SLAVES is -4002");
BS_STATIC_ASSERT(BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL == -4001, "BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL is -4001");
BS_STATIC_ASSERT(BS_SDK_ERROR_MOBILE_PORTAL == -3100, "BS_SDK_ERROR_MOBILE_PORTAL is -3100");
BS_STATIC_ASSERT(BS_SDK_ERROR_SSL_VERIFY_KEY == -3007, "BS_SDK_ERROR_SSL_VERIFY_KEY is -3007");
BS_STATIC_ASSERT(BS_SDK_ERROR_SSL_INVALID_KEY == -3006, "BS_SDK_ERROR_SSL_INVALID_KEY is -3006");
BS_STATIC_ASSERT(BS_SDK_ERROR_SSL_VERIFY_CERT == -3005, "BS_SDK_ERROR_SSL_VERIFY_CERT is -3005");
BS_STATIC_ASSERT(BS_SDK_ERROR_SSL_VERIFY_CA == -3005, "BS_SDK_ERROR_SSL_VERIFY_CA is -3005");
BS_STATIC_ASSERT(BS_SDK_ERROR_SSL_INVALID_CERT == -3004, "BS_SDK_ERROR_SSL_INVALID_CERT is -3004");
BS_STATIC_ASSERT(BS_SDK_ERROR_SSL_INVALID_CA == -3004, "BS_SDK_ERROR_SSL_INVALID_CA is -3004");
BS_STATIC_ASSERT(BS_SDK_ERROR_SSL_ALREADY_CONNECTED == -3003, "BS_SDK_ERROR_SSL_ALREADY_CONNECTED is -3003");
BS_STATIC_ASSERT(BS_SDK_ERROR_SSL_CANNOT_CONNECT == -3002, "BS_SDK_ERROR_SSL_CANNOT_CONNECT is -3002");
BS_STATIC_ASSERT(BS_SDK_ERROR_SSL_IS_NOT_CONNECTED == -3002, "BS_SDK_ERROR_SSL_IS_NOT_CONNECTED is -3002");
BS_STATIC_ASSERT(BS_SDK_ERROR_SSL_NOT_SUPPORTED == -3001, "BS_SDK_ERROR_SSL_NOT_SUPPORTED is -3001");
BS_STATIC_ASSERT(BS_SDK_ERROR_SSL_EXIST == -3001, "BS_SDK_ERROR_SSL_EXIST is -3001");
BS_STATIC_ASSERT(BS_SDK_ERROR_SSL_INIT == -3000, "BS_SDK_ERROR_SSL_INIT is -3000");
BS_STATIC_ASSERT(BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED == -2007, "BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED is -2007");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY == -2006, "BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY is -2006");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_SEND_TO_SERVER == -2005, "BS_SDK_ERROR_CANNOT_SEND_TO_SERVER is -2005");
BS_STATIC_ASSERT(BS_SDK_ERROR_DEVICE_LOCKED == -2004, "BS_SDK_ERROR_DEVICE_LOCKED is -2004");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_UPGRADE == -2003, "BS_SDK_ERROR_CANNOT_UPGRADE is -2003");
BS_STATIC_ASSERT(BS_SDK_ERROR_ALLOC_MEM == -2002, "BS_SDK_ERROR_ALLOC_MEM is -2002");
BS_STATIC_ASSERT(BS_SDK_ERROR_FILE_IO == -2000, "BS_SDK_ERROR_FILE_IO is -2000");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_EXECUTE_THREAD == -1507, "BS_SDK_ERROR_CANNOT_EXECUTE_THREAD is -1507");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_DETECT_FACE == -1506, "BS_SDK_ERROR_CANNOT_DETECT_FACE is -1506");
BS_STATIC_ASSERT(BS_SDK_ERROR_CAMERA_CAPTURE_FAIL == -1505, "BS_SDK_ERROR_CAMERA_CAPTURE_FAIL is -1505");
BS_STATIC_ASSERT(BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL == -1504, "BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL is -1504");
BS_STATIC_ASSERT(BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED == -1503, "BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED is -1503");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_ENCODE_JPEG == -1502, "BS_SDK_ERROR_CANNOT_ENCODE_JPEG is -1502");
BS_STATIC_ASSERT(BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL == -1501, "BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL is -1501");
BS_STATIC_ASSERT(BS_SDK_ERROR_CAMERA_INIT_FAIL == -1500, "BS_SDK_ERROR_CAMERA_INIT_FAIL is -1500");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_PASSWORD == -1400, "BS_SDK_ERROR_INVALID_PASSWORD is -1400");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_CARD == -1310, "BS_SDK_ERROR_CANNOT_FIND_CARD is -1310");
BS_STATIC_ASSERT(BS_SDK_ERROR_CARD_CANNOT_SEND_DATA == -1308, "BS_SDK_ERROR_CARD_CANNOT_SEND_DATA is -1308");
BS_STATIC_ASSERT(BS_SDK_ERROR_CARD_READ_CANCELLED == -1307, "BS_SDK_ERROR_CARD_READ_CANCELLED is -1307");
BS_STATIC_ASSERT(BS_SDK_ERROR_CARD_READ_TIMEOUT == -1306, "BS_SDK_ERROR_CARD_READ_TIMEOUT is -1306");
BS_STATIC_ASSERT(BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA == -1305, "BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA is -1305");
BS_STATIC_ASSERT(BS_SDK_ERROR_CARD_CIS_CRC == -1304, "BS_SDK_ERROR_CARD_CIS_CRC is -1304");
BS_STATIC_ASSERT(BS_SDK_ERROR_CARD_CANNOT_READ_DATA == -1303, "BS_SDK_ERROR_CARD_CANNOT_READ_DATA is -1303");
BS_STATIC_ASSERT(BS_SDK_ERROR_CARD_NOT_ACTIVATED == -1302, "BS_SDK_ERROR_CARD_NOT_ACTIVATED is -1302");
BS_STATIC_ASSERT(BS_SDK_ERROR_CARD_INIT_FAIL == -1301, "BS_SDK_ERROR_CARD_INIT_FAIL is -1301");
BS_STATIC_ASSERT(BS_SDK_ERROR_CARD_IO == -1300, "BS_SDK_ERROR_CARD_IO is -1300");
BS_STATIC_ASSERT(BS_SDK_ERROR_LIFT_LOCK_VIOLATION == -1230, "BS_SDK_ERROR_LIFT_LOCK_VIOLATION is -1230");
BS_STATIC_ASSERT(BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL == -1229, "BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL is -1229");
BS_STATIC_ASSERT(BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION == -1228, "BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION is -1228");
BS_STATIC_ASSERT(BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION == -1227, "BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION is -1227");
BS_STATIC_ASSERT(BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION == -1226, "BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION is -1226");
BS_STATIC_ASSERT(BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION == -1225, "BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION is -1225");
BS_STATIC_ASSERT(BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION == -1224, "BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION is -1224");
BS_STATIC_ASSERT(BS_SDK_ERROR_INTERLOCK_ZONE_FULL == -1223, "BS_SDK_ERROR_INTERLOCK_ZONE_FULL is -1223");
BS_STATIC_ASSERT(BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION == -1222, "BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION is -1222");
BS_STATIC_ASSERT(BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION == -1221, "BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION is -1221");
BS_STATIC_ASSERT(BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION == -1220, "BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION is -1220");
BS_STATIC_ASSERT(BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION == -1219, "BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION is -1219");
BS_STATIC_ASSERT(BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION == -1218, "BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION is -1218");
BS_STATIC_ASSERT(BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION == -1217, "BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION is -1217");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_ARM_CARD == -1216, "BS_SDK_ERROR_CANNOT_FIND_ARM_CARD is -1216");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_DISARM == -1215, "BS_SDK_ERROR_CANNOT_DISARM is -1215");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_ARM == -1214, "BS_SDK_ERROR_CANNOT_ARM is -1214");
BS_STATIC_ASSERT(BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL == -1213, "BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL is -1213");
BS_STATIC_ASSERT(BS_SDK_ERROR_INACTIVE_ZONE == -1212, "BS_SDK_ERROR_INACTIVE_ZONE is -1212");
BS_STATIC_ASSERT(BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL == -1211, "BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL is -1211");
BS_STATIC_ASSERT(BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL == -1210, "BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL is -1210");
BS_STATIC_ASSERT(BS_SDK_ERROR_TIMED_APB_ZONE_FULL == -1209, "BS_SDK_ERROR_TIMED_APB_ZONE_FULL is -1209");
BS_STATIC_ASSERT(BS_SDK_ERROR_APB_ZONE_FULL == -1208, "BS_SDK_ERROR_APB_ZONE_FULL is -1208");
BS_STATIC_ASSERT(BS_SDK_ERROR_SET_FIRE_ALARM == -1208, "BS_SDK_ERROR_SET_FIRE_ALARM is -1208");
BS_STATIC_ASSERT(BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION == -1207, "BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION is -1207");
BS_STATIC_ASSERT(BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION == -1207, "BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION is -1207");
BS_STATIC_ASSERT(BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION == -1206, "BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION is -1206");
BS_STATIC_ASSERT(BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION == -1205, "BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION is -1205");
BS_STATIC_ASSERT(BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION == -1204, "BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION is -1204");
BS_STATIC_ASSERT(BS_SDK_ERROR_SOFT_APB_VIOLATION == -1203, "BS_SDK_ERROR_SOFT_APB_VIOLATION is -1203");
BS_STATIC_ASSERT(BS_SDK_ERROR_HARD_APB_VIOLATION == -1202, "BS_SDK_ERROR_HARD_APB_VIOLATION is -1202");
BS_STATIC_ASSERT(BS_SDK_ERROR_SET_ZONE == -1201, "BS_SDK_ERROR_SET_ZONE is -1201");
BS_STATIC_ASSERT(BS_SDK_ERROR_ZONE_FULL == -1201, "BS_SDK_ERROR_ZONE_FULL is -1201");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_ZONE == -1200, "BS_SDK_ERROR_CANNOT_FIND_ZONE is -1200");
BS_STATIC_ASSERT(BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED == -1135, "BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED is -1135");
BS_STATIC_ASSERT(BS_SDK_FACE_OR_PIN_AUTH_REQUIRED == -1134, "BS_SDK_FACE_OR_PIN_AUTH_REQUIRED is -1134");
BS_STATIC_ASSERT(BS_SDK_FINGERPRINT_AUTH_REQUIRED == -1133, "BS_SDK_FINGERPRINT_AUTH_REQUIRED is -1133");
BS_STATIC_ASSERT(BS_SDK_FACE_AUTH_REQUIRED == -1132, "BS_SDK_FACE_AUTH_REQUIRED is -1132");
BS_STATIC_ASSERT(BS_SDK_THERMAL_CHECK_REQUIRED == -1131, "BS_SDK_THERMAL_CHECK_REQUIRED is -1131");
BS_STATIC_ASSERT(BS_SDK_MASK_CHECK_REQUIRED == -1130, "BS_SDK_MASK_CHECK_REQUIRED is -1130");
BS_STATIC_ASSERT(BS_SDK_ERROR_UNMASKED_FACE_VIOLATION == -1129, "BS_SDK_ERROR_UNMASKED_FACE_VIOLATION is -1129");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE == -1128, "BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE is -1128");
BS_STATIC_ASSERT(BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION == -1127, "BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION is -1127");
BS_STATIC_ASSERT(BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION == -1126, "BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION is -1126");
BS_STATIC_ASSERT(BS_SDK_ERROR_IDENTIFICATION_REQUIRED == -1125, "BS_SDK_ERROR_IDENTIFICATION_REQUIRED is -1125");
BS_STATIC_ASSERT(BS_SDK_ERROR_AUTH_GROUP_REQUIRED == -1124, "BS_SDK_ERROR_AUTH_GROUP_REQUIRED is -1124");
BS_STATIC_ASSERT(BS_SDK_ERROR_AUTH_FAIL == -1123, "BS_SDK_ERROR_AUTH_FAIL is -1123");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL == -1122, "BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL is -1122");
BS_STATIC_ASSERT(BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL == -1121, "BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL is -1121");
BS_STATIC_ASSERT(BS_SDK_ERROR_TNA_CODE_REQUIRED == -1120, "BS_SDK_ERROR_TNA_CODE_REQUIRED is -1120");
BS_STATIC_ASSERT(BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED == -1119, "BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED is -1119");
BS_STATIC_ASSERT(BS_SDK_ERROR_PIN_AUTH_REQUIRED == -1118, "BS_SDK_ERROR_PIN_AUTH_REQUIRED is -1118");
BS_STATIC_ASSERT(BS_SDK_ERROR_CARD_AUTH_REQUIRED == -1117, "BS_SDK_ERROR_CARD_AUTH_REQUIRED is -1117");
BS_STATIC_ASSERT(BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED == -1116, "BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED is -1116");
BS_STATIC_ASSERT(BS_SDK_ERROR_DUAL_AUTH_FAIL == -1115, "BS_SDK_ERROR_DUAL_AUTH_FAIL is -1115");
BS_STATIC_ASSERT(BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL == -1114, "BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL is -1114");
BS_STATIC_ASSERT(BS_SDK_ERROR_AUTH_UNEXPECTED_USER == -1113, "BS_SDK_ERROR_AUTH_UNEXPECTED_USER is -1113");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_AUTH_MODE == -1112, "BS_SDK_ERROR_INVALID_AUTH_MODE is -1112");
BS_STATIC_ASSERT(BS_SDK_ERROR_DUAL_AUTH_TIMEOUT == -1111, "BS_SDK_ERROR_DUAL_AUTH_TIMEOUT is -1111");
BS_STATIC_ASSERT(BS_SDK_ERROR_AUTH_TIMEOUT == -1110, "BS_SDK_ERROR_AUTH_TIMEOUT is -1110");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_BLACKLIST == -1109, "BS_SDK_ERROR_CANNOT_FIND_BLACKLIST is -1109");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP == -1108, "BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP is -1108");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE == -1107, "BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE is -1107");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL == -1106, "BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL is -1106");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP == -1105, "BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP is -1105");
BS_STATIC_ASSERT(BS_SDK_ERROR_BLACKLIST == -1104, "BS_SDK_ERROR_BLACKLIST is -1104");
BS_STATIC_ASSERT(BS_SDK_ERROR_EXPIRED == -1103, "BS_SDK_ERROR_EXPIRED is -1103");
BS_STATIC_ASSERT(BS_SDK_ERROR_NOT_YET_VALID == -1102, "BS_SDK_ERROR_NOT_YET_VALID is -1102");
BS_STATIC_ASSERT(BS_SDK_ERROR_DISABLED == -1101, "BS_SDK_ERROR_DISABLED is -1101");
BS_STATIC_ASSERT(BS_SDK_ERROR_ACCESS_RULE_VIOLATION == -1100, "BS_SDK_ERROR_ACCESS_RULE_VIOLATION is -1100");
BS_STATIC_ASSERT(BS_SDK_ERROR_LIFT_FULL == -1006, "BS_SDK_ERROR_LIFT_FULL is -1006");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_LIFT == -1005, "BS_SDK_ERROR_CANNOT_FIND_LIFT is -1005");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_RELEASE_DOOR == -1004, "BS_SDK_ERROR_CANNOT_RELEASE_DOOR is -1004");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_UNLOCK_DOOR == -1003, "BS_SDK_ERROR_CANNOT_UNLOCK_DOOR is -1003");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_LOCK_DOOR == -1002, "BS_SDK_ERROR_CANNOT_LOCK_DOOR is -1002");
BS_STATIC_ASSERT(BS_SDK_ERROR_DOOR_FULL == -1001, "BS_SDK_ERROR_DOOR_FULL is -1001");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_DOOR == -1000, "BS_SDK_ERROR_CANNOT_FIND_DOOR is -1000");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_DEL_DEVICE == -913, "BS_SDK_ERROR_CANNOT_DEL_DEVICE is -913");
BS_STATIC_ASSERT(BS_SDK_ERROR_SLAVE_NOT_READY == -912, "BS_SDK_ERROR_SLAVE_NOT_READY is -912");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_ADD_DEVICE == -911, "BS_SDK_ERROR_CANNOT_ADD_DEVICE is -911");
BS_STATIC_ASSERT(BS_SDK_ERROR_SLAVE_FULL == -910, "BS_SDK_ERROR_SLAVE_FULL is -910");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_SCAN_FACE == -908, "BS_SDK_ERROR_CANNOT_SCAN_FACE is -908");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_DEVICE == -907, "BS_SDK_ERROR_CANNOT_FIND_DEVICE is -907");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER == -906, "BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER is -906");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_SET_LED == -905, "BS_SDK_ERROR_CANNOT_SET_LED is -905");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_GET_RTC == -904, "BS_SDK_ERROR_CANNOT_GET_RTC is -904");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_SET_RTC == -903, "BS_SDK_ERROR_CANNOT_SET_RTC is -903");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_OPEN_RTC == -902, "BS_SDK_ERROR_CANNOT_OPEN_RTC is -902");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_SCAN_CARD == -901, "BS_SDK_ERROR_CANNOT_SCAN_CARD is -901");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_SCAN_FINGER == -900, "BS_SDK_ERROR_CANNOT_SCAN_FINGER is -900");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_CONFIG_INDEX == -806, "BS_SDK_ERROR_INVALID_CONFIG_INDEX is -806");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE == -805, "BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE is -805");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_CONFIG_DATA == -804, "BS_SDK_ERROR_INVALID_CONFIG_DATA is -804");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_CONFIG_FILE == -803, "BS_SDK_ERROR_INVALID_CONFIG_FILE is -803");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE == -802, "BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE is -802");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE == -801, "BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE is -801");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_CONFIG == -800, "BS_SDK_ERROR_INVALID_CONFIG is -800");
BS_STATIC_ASSERT(BS_SDK_ERROR_ADMIN_CANNOT_SCAN == -771, "BS_SDK_ERROR_ADMIN_CANNOT_SCAN is -771");
BS_STATIC_ASSERT(BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL == -770, "BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL is -770");
BS_STATIC_ASSERT(BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL == -769, "BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL is -769");
BS_STATIC_ASSERT(BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL == -768, "BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL is -768");
BS_STATIC_ASSERT(BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL == -767, "BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL is -767");
BS_STATIC_ASSERT(BS_SDK_ERROR_USER_OVERRIDE_FULL == -766, "BS_SDK_ERROR_USER_OVERRIDE_FULL is -766");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST == -765, "BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST is -765");
BS_STATIC_ASSERT(BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL == -764, "BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL is -764");
BS_STATIC_ASSERT(BS_SDK_ERROR_SQL_ERROR == -763, "BS_SDK_ERROR_SQL_ERROR is -763");
BS_STATIC_ASSERT(BS_SDK_ERROR_USER_IMAGE_EX_FULL == -763, "BS_SDK_ERROR_USER_IMAGE_EX_FULL is -763");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL == -762, "BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL is -762");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL == -761, "BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL is -761");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL == -760, "BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL is -760");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_FACE_CREDENTIAL == -759, "BS_SDK_ERROR_NO_FACE_CREDENTIAL is -759");
BS_STATIC_ASSERT(BS_SDK_ERROR_DUPLICATE_FACE == -758, "BS_SDK_ERROR_DUPLICATE_FACE is -758");
BS_STATIC_ASSERT(BS_SDK_ERROR_DUPLICATE_FINGERPRINT == -757, "BS_SDK_ERROR_DUPLICATE_FINGERPRINT is -757");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_OPERATOR == -756, "BS_SDK_ERROR_CANNOT_FIND_OPERATOR is -756");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_SCHEDULE == -755, "BS_SDK_ERROR_INVALID_SCHEDULE is -755");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE == -754, "BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE is -754");
BS_STATIC_ASSERT(BS_SDK_ERROR_DST_SCHEDULE_FULL == -753, "BS_SDK_ERROR_DST_SCHEDULE_FULL is -753");
BS_STATIC_ASSERT(BS_SDK_ERROR_USER_PHRASE_FULL == -752, "BS_SDK_ERROR_USER_PHRASE_FULL is -752");
BS_STATIC_ASSERT(BS_SDK_ERROR_AUTH_GROUP_FULL == -751, "BS_SDK_ERROR_AUTH_GROUP_FULL is -751");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP == -750, "BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP is -750");
BS_STATIC_ASSERT(BS_SDK_ERROR_FLOOR_SCHEDULE_FULL == -749, "BS_SDK_ERROR_FLOOR_SCHEDULE_FULL is -749");
BS_STATIC_ASSERT(BS_SDK_ERROR_FACE_FULL == -748, "BS_SDK_ERROR_FACE_FULL is -748");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_UPDATE_FACE == -747, "BS_SDK_ERROR_CANNOT_UPDATE_FACE is -747");
BS_STATIC_ASSERT(BS_SDK_ERROR_USER_JOB_FULL == -746, "BS_SDK_ERROR_USER_JOB_FULL is -746");
BS_STATIC_ASSERT(BS_SDK_ERROR_TIMER_CANCELED == -745, "BS_SDK_ERROR_TIMER_CANCELED is -745");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_LINK_ID == -744, "BS_SDK_ERROR_INVALID_LINK_ID is -744");
BS_STATIC_ASSERT(BS_SDK_ERROR_OPERATOR_FULL == -743, "BS_SDK_ERROR_OPERATOR_FULL is -743");
BS_STATIC_ASSERT(BS_SDK_ERROR_CACHE_MISSED == -742, "BS_SDK_ERROR_CACHE_MISSED is -742");
BS_STATIC_ASSERT(BS_SDK_ERROR_READER_FULL == -741, "BS_SDK_ERROR_READER_FULL is -741");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_USER_IMAGE == -740, "BS_SDK_ERROR_NO_USER_IMAGE is -740");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_USER_NAME == -739, "BS_SDK_ERROR_NO_USER_NAME is -739");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL == -738, "BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL is -738");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_PIN_CREDENTIAL == -737, "BS_SDK_ERROR_NO_PIN_CREDENTIAL is -737");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_CARD_CREDENTIAL == -736, "BS_SDK_ERROR_NO_CARD_CREDENTIAL is -736");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL == -735, "BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL is -735");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_CREDENTIAL == -734, "BS_SDK_ERROR_NO_CREDENTIAL is -734");
BS_STATIC_ASSERT(BS_SDK_ERROR_TIME_PERIOD_FULL == -733, "BS_SDK_ERROR_TIME_PERIOD_FULL is -733");
BS_STATIC_ASSERT(BS_SDK_ERROR_HOLIDAY_FULL == -732, "BS_SDK_ERROR_HOLIDAY_FULL is -732");
BS_STATIC_ASSERT(BS_SDK_ERROR_HOLIDAY_GROUP_FULL == -731, "BS_SDK_ERROR_HOLIDAY_GROUP_FULL is -731");
BS_STATIC_ASSERT(BS_SDK_ERROR_ACCESS_SCHEDULE_FULL == -730, "BS_SDK_ERROR_ACCESS_SCHEDULE_FULL is -730");
BS_STATIC_ASSERT(BS_SDK_ERROR_FLOOR_LEVEL_FULL == -729, "BS_SDK_ERROR_FLOOR_LEVEL_FULL is -729");
BS_STATIC_ASSERT(BS_SDK_ERROR_ACCESS_GROUP_FULL == -728, "BS_SDK_ERROR_ACCESS_GROUP_FULL is -728");
BS_STATIC_ASSERT(BS_SDK_ERROR_DB_SLOT_FULL == -727, "BS_SDK_ERROR_DB_SLOT_FULL is -727");
BS_STATIC_ASSERT(BS_SDK_ERROR_DOOR_SCHEDULE_FULL == -726, "BS_SDK_ERROR_DOOR_SCHEDULE_FULL is -726");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_LOG == -725, "BS_SDK_ERROR_CANNOT_FIND_LOG is -725");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_ADMIN_USER == -724, "BS_SDK_ERROR_NO_ADMIN_USER is -724");
BS_STATIC_ASSERT(BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH == -723, "BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH is -723");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT == -722, "BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT is -722");
BS_STATIC_ASSERT(BS_SDK_ERROR_SLOT_DATA_CHECKSUM == -721, "BS_SDK_ERROR_SLOT_DATA_CHECKSUM is -721");
BS_STATIC_ASSERT(BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG == -720, "BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG is -720");
BS_STATIC_ASSERT(BS_SDK_ERROR_USER_IMAGE_FULL == -719, "BS_SDK_ERROR_USER_IMAGE_FULL is -719");
BS_STATIC_ASSERT(BS_SDK_ERROR_USER_NAME_FULL == -718, "BS_SDK_ERROR_USER_NAME_FULL is -718");
BS_STATIC_ASSERT(BS_SDK_ERROR_BLACKLIST_FULL == -717, "BS_SDK_ERROR_BLACKLIST_FULL is -717");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_USER_ID == -716, "BS_SDK_ERROR_INVALID_USER_ID is -716");
BS_STATIC_ASSERT(BS_SDK_ERROR_ACCESS_LEVEL_FULL == -715, "BS_SDK_ERROR_ACCESS_LEVEL_FULL is -715");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_USER == -714, "BS_SDK_ERROR_CANNOT_FIND_USER is -714");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_LOG_FILE == -712, "BS_SDK_ERROR_INVALID_LOG_FILE is -712");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_VALID_HDR_FILE == -711, "BS_SDK_ERROR_NO_VALID_HDR_FILE is -711");
BS_STATIC_ASSERT(BS_SDK_ERROR_CARD_FULL == -710, "BS_SDK_ERROR_CARD_FULL is -710");
BS_STATIC_ASSERT(BS_SDK_ERROR_DUPLICATE_CARD == -709, "BS_SDK_ERROR_DUPLICATE_CARD is -709");
BS_STATIC_ASSERT(BS_SDK_ERROR_FINGERPRINT_FULL == -708, "BS_SDK_ERROR_FINGERPRINT_FULL is -708");
BS_STATIC_ASSERT(BS_SDK_ERROR_DUPLICATE_TEMPLATE == -707, "BS_SDK_ERROR_DUPLICATE_TEMPLATE is -707");
BS_STATIC_ASSERT(BS_SDK_ERROR_USER_FULL == -706, "BS_SDK_ERROR_USER_FULL is -706");
BS_STATIC_ASSERT(BS_SDK_ERROR_DUPLICATE_ID == -705, "BS_SDK_ERROR_DUPLICATE_ID is -705");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_INIT_DB == -704, "BS_SDK_ERROR_CANNOT_INIT_DB is -704");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_SLOT_DATA == -703, "BS_SDK_ERROR_INVALID_SLOT_DATA is -703");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_SLOT_NO == -702, "BS_SDK_ERROR_INVALID_SLOT_NO is -702");
BS_STATIC_ASSERT(BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT == -701, "BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT is -701");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_DATA_FILE == -700, "BS_SDK_ERROR_INVALID_DATA_FILE is -700");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_SET_TIME == -602, "BS_SDK_ERROR_CANNOT_SET_TIME is -602");
BS_STATIC_ASSERT(BS_SDK_ERROR_TIMEOUT == -601, "BS_SDK_ERROR_TIMEOUT is -601");
BS_STATIC_ASSERT(BS_SDK_ERROR_NOT_SUPPORTED == -600, "BS_SDK_ERROR_NOT_SUPPORTED is -600");
BS_STATIC_ASSERT(BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY == -524, "BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY is -524");
BS_STATIC_ASSERT(BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL == -523, "BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL is -523");
BS_STATIC_ASSERT(BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL == -522, "BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL is -522");
BS_STATIC_ASSERT(BS_SDK_ERROR_WIEGAND_QUEUE_FULL == -521, "BS_SDK_ERROR_WIEGAND_QUEUE_FULL is -521");
BS_STATIC_ASSERT(BS_SDK_ERROR_INPUT_QUEUE_FULL == -520, "BS_SDK_ERROR_INPUT_QUEUE_FULL is -520");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_LCD_PACKET == -513, "BS_SDK_ERROR_INVALID_LCD_PACKET is -513");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_READ_LCD_PACKET == -512, "BS_SDK_ERROR_CANNOT_READ_LCD_PACKET is -512");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET == -511, "BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET is -511");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_LCD_PARAM == -510, "BS_SDK_ERROR_INVALID_LCD_PARAM is -510");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_INTERPHONE_TYPE == -508, "BS_SDK_ERROR_INVALID_INTERPHONE_TYPE is -508");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_PORT == -507, "BS_SDK_ERROR_INVALID_PORT is -507");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION == -506, "BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION is -506");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_ENABLE_INPUT == -505, "BS_SDK_ERROR_CANNOT_ENABLE_INPUT is -505");
BS_STATIC_ASSERT(BS_SDK_ERROR_READ_INPUT_TIMEOUT == -504, "BS_SDK_ERROR_READ_INPUT_TIMEOUT is -504");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_READ_INPUT == -503, "BS_SDK_ERROR_CANNOT_READ_INPUT is -503");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_READ_IO_PACKET == -502, "BS_SDK_ERROR_CANNOT_READ_IO_PACKET is -502");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET == -501, "BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET is -501");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_RELAY == -500, "BS_SDK_ERROR_INVALID_RELAY is -500");
BS_STATIC_ASSERT(BS_SDK_ERROR_ALREADY_OPEN_DIR == -408, "BS_SDK_ERROR_ALREADY_OPEN_DIR is -408");
BS_STATIC_ASSERT(BS_SDK_ERROR_DATA_MISMATCH == -407, "BS_SDK_ERROR_DATA_MISMATCH is -407");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_GET_SYSINFO == -406, "BS_SDK_ERROR_CANNOT_GET_SYSINFO is -406");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_GET_STAT == -405, "BS_SDK_ERROR_CANNOT_GET_STAT is -405");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_READ_FILE == -404, "BS_SDK_ERROR_CANNOT_READ_FILE is -404");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_SEEK_FILE == -403, "BS_SDK_ERROR_CANNOT_SEEK_FILE is -403");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_WRITE_FILE == -402, "BS_SDK_ERROR_CANNOT_WRITE_FILE is -402");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_OPEN_FILE == -401, "BS_SDK_ERROR_CANNOT_OPEN_FILE is -401");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_OPEN_DIR == -400, "BS_SDK_ERROR_CANNOT_OPEN_DIR is -400");
BS_STATIC_ASSERT(BS_SDK_ERROR_INCOMPATIBLE_FACE == -332, "BS_SDK_ERROR_INCOMPATIBLE_FACE is -332");
BS_STATIC_ASSERT(BS_SDK_ERROR_MATCH_FAIL == -331, "BS_SDK_ERROR_MATCH_FAIL is -331");
BS_STATIC_ASSERT(BS_SDK_ERROR_OCCLUDED_MOUTH == -330, "BS_SDK_ERROR_OCCLUDED_MOUTH is -330");
BS_STATIC_ASSERT(BS_SDK_ERROR_NOT_LOOKING_FRONT == -329, "BS_SDK_ERROR_NOT_LOOKING_FRONT is -329");
BS_STATIC_ASSERT(BS_SDK_ERROR_UNOPENED_EYES == -328, "BS_SDK_ERROR_UNOPENED_EYES is -328");
BS_STATIC_ASSERT(BS_SDK_ERROR_OVERLAPPED_FACE == -327, "BS_SDK_ERROR_OVERLAPPED_FACE is -327");
BS_STATIC_ASSERT(BS_SDK_ERROR_ROTATED_FACE == -326, "BS_SDK_ERROR_ROTATED_FACE is -326");
BS_STATIC_ASSERT(BS_SDK_ERROR_BIASED_DETECTION == -325, "BS_SDK_ERROR_BIASED_DETECTION is -325");
BS_STATIC_ASSERT(BS_SDK_ERROR_LARGE_DETECTION == -324, "BS_SDK_ERROR_LARGE_DETECTION is -324");
BS_STATIC_ASSERT(BS_SDK_ERROR_SMALL_DETECTION == -323, "BS_SDK_ERROR_SMALL_DETECTION is -323");
BS_STATIC_ASSERT(BS_SDK_ERROR_NORMALIZE_FACE == -322, "BS_SDK_ERROR_NORMALIZE_FACE is -322");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_ESTIMATE == -321, "BS_SDK_ERROR_CANNOT_ESTIMATE is -321");
BS_STATIC_ASSERT(BS_SDK_ERROR_FAKE_FACE_DETECTED == -320, "BS_SDK_ERROR_FAKE_FACE_DETECTED is -320");
BS_STATIC_ASSERT(BS_SDK_ERROR_UNMASKED_FACE_DETECTED == -319, "BS_SDK_ERROR_UNMASKED_FACE_DETECTED is -319");
BS_STATIC_ASSERT(BS_SDK_ERROR_FACE_SCAN_FAILED == -318, "BS_SDK_ERROR_FACE_SCAN_FAILED is -318");
BS_STATIC_ASSERT(BS_SDK_ERROR_FACE_SCAN_CANCELLED == -317, "BS_SDK_ERROR_FACE_SCAN_CANCELLED is -317");
BS_STATIC_ASSERT(BS_SDK_ERROR_FACE_SCAN_TIMEOUT == -316, "BS_SDK_ERROR_FACE_SCAN_TIMEOUT is -316");
BS_STATIC_ASSERT(BS_SDK_ERROR_FACE_CAPTURE_FAIL == -315, "BS_SDK_ERROR_FACE_CAPTURE_FAIL is -315");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_FACE_DETECTED == -315, "BS_SDK_ERROR_NO_FACE_DETECTED is -315");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_FACE == -314, "BS_SDK_ERROR_CANNOT_FIND_FACE is -314");
BS_STATIC_ASSERT(BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR == -313, "BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR is -313");
BS_STATIC_ASSERT(BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN == -312, "BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN is -312");
BS_STATIC_ASSERT(BS_SDK_ERROR_FAKE_FINGER_DETECTED == -311, "BS_SDK_ERROR_FAKE_FINGER_DETECTED is -311");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT == -310, "BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT is -310");
BS_STATIC_ASSERT(BS_SDK_ERROR_CAPTURE_LOW_QUALITY == -309, "BS_SDK_ERROR_CAPTURE_LOW_QUALITY is -309");
BS_STATIC_ASSERT(BS_SDK_ERROR_EXTRACTION_LOW_QUALITY == -308, "BS_SDK_ERROR_EXTRACTION_LOW_QUALITY is -308");
BS_STATIC_ASSERT(BS_SDK_ERROR_NOT_SAME_FINGERPRINT == -307, "BS_SDK_ERROR_NOT_SAME_FINGERPRINT is -307");
BS_STATIC_ASSERT(BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED == -306, "BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED is -306");
BS_STATIC_ASSERT(BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT == -305, "BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT is -305");
BS_STATIC_ASSERT(BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL == -304, "BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL is -304");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_FINGER_DETECTED == -304, "BS_SDK_ERROR_NO_FINGER_DETECTED is -304");
BS_STATIC_ASSERT(BS_SDK_ERROR_IDENTIFY_TIMEOUT == -303, "BS_SDK_ERROR_IDENTIFY_TIMEOUT is -303");
BS_STATIC_ASSERT(BS_SDK_ERROR_IDENTIFY_FAIL == -302, "BS_SDK_ERROR_IDENTIFY_FAIL is -302");
BS_STATIC_ASSERT(BS_SDK_ERROR_VERIFY_FAIL == -301, "BS_SDK_ERROR_VERIFY_FAIL is -301");
BS_STATIC_ASSERT(BS_SDK_ERROR_EXTRACTION_FAIL == -300, "BS_SDK_ERROR_EXTRACTION_FAIL is -300");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_CODE_SIGN == -210, "BS_SDK_ERROR_INVALID_CODE_SIGN is -210");
BS_STATIC_ASSERT(BS_SDK_ERROR_NO_PACKET == -209, "BS_SDK_ERROR_NO_PACKET is -209");
BS_STATIC_ASSERT(BS_SDK_ERROR_PACKET_SEQUENCE == -207, "BS_SDK_ERROR_PACKET_SEQUENCE is -207");
BS_STATIC_ASSERT(BS_SDK_ERROR_PACKET_COMMAND == -206, "BS_SDK_ERROR_PACKET_COMMAND is -206");
BS_STATIC_ASSERT(BS_SDK_ERROR_PACKET_INDEX == -205, "BS_SDK_ERROR_PACKET_INDEX is -205");
BS_STATIC_ASSERT(BS_SDK_ERROR_PACKET_CHECKSUM == -204, "BS_SDK_ERROR_PACKET_CHECKSUM is -204");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_DEVICE_TYPE == -203, "BS_SDK_ERROR_INVALID_DEVICE_TYPE is -203");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_DEVICE_ID == -202, "BS_SDK_ERROR_INVALID_DEVICE_ID is -202");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_PACKET == -201, "BS_SDK_ERROR_INVALID_PACKET is -201");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_PARAM == -200, "BS_SDK_ERROR_INVALID_PARAM is -200");
BS_STATIC_ASSERT(BS_SDK_ERROR_INVALID_ADDRESS == -116, "BS_SDK_ERROR_INVALID_ADDRESS is -116");
BS_STATIC_ASSERT(BS_SDK_ERROR_NOT_SUPPORTED_IPV6 == -115, "BS_SDK_ERROR_NOT_SUPPORTED_IPV6 is -115");
BS_STATIC_ASSERT(BS_SDK_ERROR_NOT_ENOUGTH_BUFFER == -114, "BS_SDK_ERROR_NOT_ENOUGTH_BUFFER is -114");
BS_STATIC_ASSERT(BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO == -113, "BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO is -113");
BS_STATIC_ASSERT(BS_SDK_ERROR_IPV6_IS_NOT_ENABLE == -112, "BS_SDK_ERROR_IPV6_IS_NOT_ENABLE is -112");
BS_STATIC_ASSERT(BS_SDK_ERROR_IPV4_IS_NOT_ENABLE == -111, "BS_SDK_ERROR_IPV4_IS_NOT_ENABLE is -111");
BS_STATIC_ASSERT(BS_SDK_ERROR_SOCKET_IN_PROGRESS == -110, "BS_SDK_ERROR_SOCKET_IN_PROGRESS is -110");
BS_STATIC_ASSERT(BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED == -109, "BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED is -109");
BS_STATIC_ASSERT(BS_SDK_ERROR_SOCKET_IS_NOT_OPEN == -108, "BS_SDK_ERROR_SOCKET_IS_NOT_OPEN is -108");
BS_STATIC_ASSERT(BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED == -107, "BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED is -107");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_WRITE_SOCKET == -106, "BS_SDK_ERROR_CANNOT_WRITE_SOCKET is -106");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_READ_SOCKET == -105, "BS_SDK_ERROR_CANNOT_READ_SOCKET is -105");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET == -104, "BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET is -104");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_LISTEN_SOCKET == -103, "BS_SDK_ERROR_CANNOT_LISTEN_SOCKET is -103");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_CONNECT_SOCKET == -102, "BS_SDK_ERROR_CANNOT_CONNECT_SOCKET is -102");
BS_STATIC_ASSERT(BS_SDK_ERROR_CANNOT_OPEN_SOCKET == -101, "BS_SDK_ERROR_CANNOT_OPEN_SOCKET is -101");
BS_STATIC_ASSERT(BS_SDK_ERROR_FROM_DEVICE_DRIVER == -1, "BS_SDK_ERROR_FROM_DEVICE_DRIVER is -1");
BS_STATIC_ASSERT(BS_SDK_SUCCESS == 1, "BS_SDK_SUCCESS is 1");
BS_STATIC_ASSERT(BS_SDK_DURESS_SUCCESS == 2, "BS_SDK_DURESS_SUCCESS is 2");
BS_STATIC_ASSERT(BS_SDK_FIRST_AUTH_SUCCESS == 3, "BS_SDK_FIRST_AUTH_SUCCESS is 3");
BS_STATIC_ASSERT(BS_SDK_SECOND_AUTH_SUCCESS == 4, "BS_SDK_SECOND_AUTH_SUCCESS is 4");
BS_STATIC_ASSERT(BS_SDK_DUAL_AUTH_SUCCESS == 5, "BS_SDK_DUAL_AUTH_SUCCESS is 5");
BS_STATIC_ASSERT(BS_SDK_WIEGAND_BYPASS_SUCCESS == 11, "BS_SDK_WIEGAND_BYPASS_SUCCESS is 11");
BS_STATIC_ASSERT(BS_SDK_ANONYMOUS_SUCCESS == 12, "BS_SDK_ANONYMOUS_SUCCESS is 12");
BS_STATIC_ASSERT(BS_SDK_LOCKOVERRIDE_SUCCESS == 13, "BS_SDK_LOCKOVERRIDE_SUCCESS is 13");
#endif

/* --- case labels: 1 when `code` matches the label of macro `row` ------------------------------- */
static int bs_case_matches(int row, int code) {
    switch (row) {
    case 0: switch (code) { case BS_SDK_ERROR_INITIALIZE_NOTIFYMGR: return 1; default: return 0; }
    case 1: switch (code) { case BS_SDK_ERROR_INITIALIZE_FILELOG: return 1; default: return 0; }
    case 2: switch (code) { case BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND: return 1; default: return 0; }
    case 3: switch (code) { case BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT: return 1; default: return 0; }
    case 4: switch (code) { case BS_SDK_ERROR_MOBILE_NOT_LOGIN: return 1; default: return 0; }
    case 5: switch (code) { case BS_SDK_ERROR_MOBILE_NO_RESPONSE: return 1; default: return 0; }
    case 6: switch (code) { case BS_SDK_ERROR_MOBILE_STATUS_FAULT: return 1; default: return 0; }
    case 7: switch (code) { case BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE: return 1; default: return 0; }
    case 8: switch (code) { case BS_SDK_ERROR_INVALID_SCHEDULE_ID: return 1; default: return 0; }
    case 9: switch (code) { case BS_SDK_ERROR_INVALID_FILE_FORMAT: return 1; default: return 0; }
    case 10: switch (code) { case BS_SDK_ERROR_INTERNAL: return 1; default: return 0; }
    case 11: switch (code) { case BS_SDK_ERROR_DEVICE_BUSY: return 1; default: return 0; }
    case 12: switch (code) { case BS_SDK_ERROR_DECRYPT: return 1; default: return 0; }
    case 13: switch (code) { case BS_SDK_ERROR_ENCRYPT: return 1; default: return 0; }
    case 14: switch (code) { case BS_SDK_ERROR_EXIST: return 1; default: return 0; }
    case 15: switch (code) { case BS_SDK_ERROR_CANCELED: return 1; default: return 0; }
    case 16: switch (code) { case BS_SDK_ERROR_CANNOT_RUN_SERVICE: return 1; default: return 0; }
    case 17: switch (code) { case BS_SDK_ERROR_UNINITIALIZED: return 1; default: return 0; }
    case 18: switch (code) { case BS_SDK_ERROR_NULL_POINTER: return 1; default: return 0; }
    case 19: switch (code) { case BS_SDK_ERROR_UZ_ADD_FAIL: return 1; default: return 0; }
    case 20: switch (code) { case BS_SDK_ERROR_UZ_SPEC_FULL: return 1; default: return 0; }
    case 21: switch (code) { case BS_SDK_ERROR_UZ_CHANNEL_FULL: return 1; default: return 0; }
    case 22: switch (code) { case BS_SDK_ERROR_UZ_ENABLE_FULL: return 1; default: return 0; }
    case 23: switch (code) { case BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO: return 1; default: return 0; }
    case 24: switch (code) { case BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE: return 1; default: return 0; }
    case 25: switch (code) { case BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL: return 1; default: return 0; }
    case 26: switch (code) { case BS_SDK_ERROR_LICENSE_JSON_FORMAT: return 1; default: return 0; }
    case 27: switch (code) { case BS_SDK_ERROR_LICENSE_PARRING_JSON: return 1; default: return 0; }
    case 28: switch (code) { case BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH: return 1; default: return 0; }
    case 29: switch (code) { case BS_SDK_ERROR_LICENSE_FILE_NOT_VALID: return 1; default: return 0; }
    case 30: switch (code) { case BS_SDK_ERROR_LICENSE_CRC: return 1; default: return 0; }
    case 31: switch (code) { case BS_SDK_ERROR_NO_LICENSE: return 1; default: return 0; }
    case 32: switch (code) { case BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE: return 1; default: return 0; }
    case 33: switch (code) { case BS_SDK_ERROR_FAIL_SLAVE_SET_KEY: return 1; default: return 0; }
    case 34: switch (code) { case BS_SDK_ERROR_FAIL_MASTER_SET_KEY: return 1; default: return 0; }
    case 35: switch (code) { case BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID: return 1; default: return 0; }
    case 36: switch (code) { case BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE: return 1; default: return 0; }
    case 37: switch (code) { case BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE: return 1; default: return 0; }
    case 38: switch (code) { case BS_SDK_ERROR_DUPLICATE_OSDP_ID: return 1; default: return 0; }
    case 39: switch (code) { case BS_SDK_ERROR_ALREADY_FULL_SLAVES: return 1; default: return 0; }
    case 40: switch (code) { case BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL: return 1; default: return 0; }
    case 41: switch (code) { case BS_SDK_ERROR_MOBILE_PORTAL: return 1; default: return 0; }
    case 42: switch (code) { case BS_SDK_ERROR_SSL_VERIFY_KEY: return 1; default: return 0; }
    case 43: switch (code) { case BS_SDK_ERROR_SSL_INVALID_KEY: return 1; default: return 0; }
    case 44: switch (code) { case BS_SDK_ERROR_SSL_VERIFY_CERT: return 1; default: return 0; }
    case 45: switch (code) { case BS_SDK_ERROR_SSL_VERIFY_CA: return 1; default: return 0; }
    case 46: switch (code) { case BS_SDK_ERROR_SSL_INVALID_CERT: return 1; default: return 0; }
    case 47: switch (code) { case BS_SDK_ERROR_SSL_INVALID_CA: return 1; default: return 0; }
    case 48: switch (code) { case BS_SDK_ERROR_SSL_ALREADY_CONNECTED: return 1; default: return 0; }
    case 49: switch (code) { case BS_SDK_ERROR_SSL_CANNOT_CONNECT: return 1; default: return 0; }
    case 50: switch (code) { case BS_SDK_ERROR_SSL_IS_NOT_CONNECTED: return 1; default: return 0; }
    case 51: switch (code) { case BS_SDK_ERROR_SSL_NOT_SUPPORTED: return 1; default: return 0; }
    case 52: switch (code) { case BS_SDK_ERROR_SSL_EXIST: return 1; default: return 0; }
    case 53: switch (code) { case BS_SDK_ERROR_SSL_INIT: return 1; default: return 0; }
    case 54: switch (code) { case BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED: return 1; default: return 0; }
    case 55: switch (code) { case BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY: return 1; default: return 0; }
    case 56: switch (code) { case BS_SDK_ERROR_CANNOT_SEND_TO_SERVER: return 1; default: return 0; }
    case 57: switch (code) { case BS_SDK_ERROR_DEVICE_LOCKED: return 1; default: return 0; }
    case 58: switch (code) { case BS_SDK_ERROR_CANNOT_UPGRADE: return 1; default: return 0; }
    case 59: switch (code) { case BS_SDK_ERROR_ALLOC_MEM: return 1; default: return 0; }
    case 60: switch (code) { case BS_SDK_ERROR_FILE_IO: return 1; default: return 0; }
    case 61: switch (code) { case BS_SDK_ERROR_CANNOT_EXECUTE_THREAD: return 1; default: return 0; }
    case 62: switch (code) { case BS_SDK_ERROR_CANNOT_DETECT_FACE: return 1; default: return 0; }
    case 63: switch (code) { case BS_SDK_ERROR_CAMERA_CAPTURE_FAIL: return 1; default: return 0; }
    case 64: switch (code) { case BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL: return 1; default: return 0; }
    case 65: switch (code) { case BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED: return 1; default: return 0; }
    case 66: switch (code) { case BS_SDK_ERROR_CANNOT_ENCODE_JPEG: return 1; default: return 0; }
    case 67: switch (code) { case BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL: return 1; default: return 0; }
    case 68: switch (code) { case BS_SDK_ERROR_CAMERA_INIT_FAIL: return 1; default: return 0; }
    case 69: switch (code) { case BS_SDK_ERROR_INVALID_PASSWORD: return 1; default: return 0; }
    case 70: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_CARD: return 1; default: return 0; }
    case 71: switch (code) { case BS_SDK_ERROR_CARD_CANNOT_SEND_DATA: return 1; default: return 0; }
    case 72: switch (code) { case BS_SDK_ERROR_CARD_READ_CANCELLED: return 1; default: return 0; }
    case 73: switch (code) { case BS_SDK_ERROR_CARD_READ_TIMEOUT: return 1; default: return 0; }
    case 74: switch (code) { case BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA: return 1; default: return 0; }
    case 75: switch (code) { case BS_SDK_ERROR_CARD_CIS_CRC: return 1; default: return 0; }
    case 76: switch (code) { case BS_SDK_ERROR_CARD_CANNOT_READ_DATA: return 1; default: return 0; }
    case 77: switch (code) { case BS_SDK_ERROR_CARD_NOT_ACTIVATED: return 1; default: return 0; }
    case 78: switch (code) { case BS_SDK_ERROR_CARD_INIT_FAIL: return 1; default: return 0; }
    case 79: switch (code) { case BS_SDK_ERROR_CARD_IO: return 1; default: return 0; }
    case 80: switch (code) { case BS_SDK_ERROR_LIFT_LOCK_VIOLATION: return 1; default: return 0; }
    case 81: switch (code) { case BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL: return 1; default: return 0; }
    case 82: switch (code) { case BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION: return 1; default: return 0; }
    case 83: switch (code) { case BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION: return 1; default: return 0; }
    case 84: switch (code) { case BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION: return 1; default: return 0; }
    case 85: switch (code) { case BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION: return 1; default: return 0; }
    case 86: switch (code) { case BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION: return 1; default: return 0; }
    case 87: switch (code) { case BS_SDK_ERROR_INTERLOCK_ZONE_FULL: return 1; default: return 0; }
    case 88: switch (code) { case BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION: return 1; default: return 0; }
    case 89: switch (code) { case BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION: return 1; default: return 0; }
    case 90: switch (code) { case BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION: return 1; default: return 0; }
    case 91: switch (code) { case BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION: return 1; default: return 0; }
    case 92: switch (code) { case BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION: return 1; default: return 0; }
    case 93: switch (code) { case BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION: return 1; default: return 0; }
    case 94: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_ARM_CARD: return 1; default: return 0; }
    case 95: switch (code) { case BS_SDK_ERROR_CANNOT_DISARM: return 1; default: return 0; }
    case 96: switch (code) { case BS_SDK_ERROR_CANNOT_ARM: return 1; default: return 0; }
    case 97: switch (code) { case BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL: return 1; default: return 0; }
    case 98: switch (code) { case BS_SDK_ERROR_INACTIVE_ZONE: return 1; default: return 0; }
    case 99: switch (code) { case BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL: return 1; default: return 0; }
    case 100: switch (code) { case BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL: return 1; default: return 0; }
    case 101: switch (code) { case BS_SDK_ERROR_TIMED_APB_ZONE_FULL: return 1; default: return 0; }
    case 102: switch (code) { case BS_SDK_ERROR_APB_ZONE_FULL: return 1; default: return 0; }
    case 103: switch (code) { case BS_SDK_ERROR_SET_FIRE_ALARM: return 1; default: return 0; }
    case 104: switch (code) { case BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION: return 1; default: return 0; }
    case 105: switch (code) { case BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION: return 1; default: return 0; }
    case 106: switch (code) { case BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION: return 1; default: return 0; }
    case 107: switch (code) { case BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION: return 1; default: return 0; }
    case 108: switch (code) { case BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION: return 1; default: return 0; }
    case 109: switch (code) { case BS_SDK_ERROR_SOFT_APB_VIOLATION: return 1; default: return 0; }
    case 110: switch (code) { case BS_SDK_ERROR_HARD_APB_VIOLATION: return 1; default: return 0; }
    case 111: switch (code) { case BS_SDK_ERROR_SET_ZONE: return 1; default: return 0; }
    case 112: switch (code) { case BS_SDK_ERROR_ZONE_FULL: return 1; default: return 0; }
    case 113: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_ZONE: return 1; default: return 0; }
    case 114: switch (code) { case BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED: return 1; default: return 0; }
    case 115: switch (code) { case BS_SDK_FACE_OR_PIN_AUTH_REQUIRED: return 1; default: return 0; }
    case 116: switch (code) { case BS_SDK_FINGERPRINT_AUTH_REQUIRED: return 1; default: return 0; }
    case 117: switch (code) { case BS_SDK_FACE_AUTH_REQUIRED: return 1; default: return 0; }
    case 118: switch (code) { case BS_SDK_THERMAL_CHECK_REQUIRED: return 1; default: return 0; }
    case 119: switch (code) { case BS_SDK_MASK_CHECK_REQUIRED: return 1; default: return 0; }
    case 120: switch (code) { case BS_SDK_ERROR_UNMASKED_FACE_VIOLATION: return 1; default: return 0; }
    case 121: switch (code) { case BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE: return 1; default: return 0; }
    case 122: switch (code) { case BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION: return 1; default: return 0; }
    case 123: switch (code) { case BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION: return 1; default: return 0; }
    case 124: switch (code) { case BS_SDK_ERROR_IDENTIFICATION_REQUIRED: return 1; default: return 0; }
    case 125: switch (code) { case BS_SDK_ERROR_AUTH_GROUP_REQUIRED: return 1; default: return 0; }
    case 126: switch (code) { case BS_SDK_ERROR_AUTH_FAIL: return 1; default: return 0; }
    case 127: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL: return 1; default: return 0; }
    case 128: switch (code) { case BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL: return 1; default: return 0; }
    case 129: switch (code) { case BS_SDK_ERROR_TNA_CODE_REQUIRED: return 1; default: return 0; }
    case 130: switch (code) { case BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED: return 1; default: return 0; }
    case 131: switch (code) { case BS_SDK_ERROR_PIN_AUTH_REQUIRED: return 1; default: return 0; }
    case 132: switch (code) { case BS_SDK_ERROR_CARD_AUTH_REQUIRED: return 1; default: return 0; }
    case 133: switch (code) { case BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED: return 1; default: return 0; }
    case 134: switch (code) { case BS_SDK_ERROR_DUAL_AUTH_FAIL: return 1; default: return 0; }
    case 135: switch (code) { case BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL: return 1; default: return 0; }
    case 136: switch (code) { case BS_SDK_ERROR_AUTH_UNEXPECTED_USER: return 1; default: return 0; }
    case 137: switch (code) { case BS_SDK_ERROR_INVALID_AUTH_MODE: return 1; default: return 0; }
    case 138: switch (code) { case BS_SDK_ERROR_DUAL_AUTH_TIMEOUT: return 1; default: return 0; }
    case 139: switch (code) { case BS_SDK_ERROR_AUTH_TIMEOUT: return 1; default: return 0; }
    case 140: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_BLACKLIST: return 1; default: return 0; }
    case 141: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP: return 1; default: return 0; }
    case 142: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE: return 1; default: return 0; }
    case 143: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL: return 1; default: return 0; }
    case 144: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP: return 1; default: return 0; }
    case 145: switch (code) { case BS_SDK_ERROR_BLACKLIST: return 1; default: return 0; }
    case 146: switch (code) { case BS_SDK_ERROR_EXPIRED: return 1; default: return 0; }
    case 147: switch (code) { case BS_SDK_ERROR_NOT_YET_VALID: return 1; default: return 0; }
    case 148: switch (code) { case BS_SDK_ERROR_DISABLED: return 1; default: return 0; }
    case 149: switch (code) { case BS_SDK_ERROR_ACCESS_RULE_VIOLATION: return 1; default: return 0; }
    case 150: switch (code) { case BS_SDK_ERROR_LIFT_FULL: return 1; default: return 0; }
    case 151: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_LIFT: return 1; default: return 0; }
    case 152: switch (code) { case BS_SDK_ERROR_CANNOT_RELEASE_DOOR: return 1; default: return 0; }
    case 153: switch (code) { case BS_SDK_ERROR_CANNOT_UNLOCK_DOOR: return 1; default: return 0; }
    case 154: switch (code) { case BS_SDK_ERROR_CANNOT_LOCK_DOOR: return 1; default: return 0; }
    case 155: switch (code) { case BS_SDK_ERROR_DOOR_FULL: return 1; default: return 0; }
    case 156: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_DOOR: return 1; default: return 0; }
    case 157: switch (code) { case BS_SDK_ERROR_CANNOT_DEL_DEVICE: return 1; default: return 0; }
    case 158: switch (code) { case BS_SDK_ERROR_SLAVE_NOT_READY: return 1; default: return 0; }
    case 159: switch (code) { case BS_SDK_ERROR_CANNOT_ADD_DEVICE: return 1; default: return 0; }
    case 160: switch (code) { case BS_SDK_ERROR_SLAVE_FULL: return 1; default: return 0; }
    case 161: switch (code) { case BS_SDK_ERROR_CANNOT_SCAN_FACE: return 1; default: return 0; }
    case 162: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_DEVICE: return 1; default: return 0; }
    case 163: switch (code) { case BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER: return 1; default: return 0; }
    case 164: switch (code) { case BS_SDK_ERROR_CANNOT_SET_LED: return 1; default: return 0; }
    case 165: switch (code) { case BS_SDK_ERROR_CANNOT_GET_RTC: return 1; default: return 0; }
    case 166: switch (code) { case BS_SDK_ERROR_CANNOT_SET_RTC: return 1; default: return 0; }
    case 167: switch (code) { case BS_SDK_ERROR_CANNOT_OPEN_RTC: return 1; default: return 0; }
    case 168: switch (code) { case BS_SDK_ERROR_CANNOT_SCAN_CARD: return 1; default: return 0; }
    case 169: switch (code) { case BS_SDK_ERROR_CANNOT_SCAN_FINGER: return 1; default: return 0; }
    case 170: switch (code) { case BS_SDK_ERROR_INVALID_CONFIG_INDEX: return 1; default: return 0; }
    case 171: switch (code) { case BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE: return 1; default: return 0; }
    case 172: switch (code) { case BS_SDK_ERROR_INVALID_CONFIG_DATA: return 1; default: return 0; }
    case 173: switch (code) { case BS_SDK_ERROR_INVALID_CONFIG_FILE: return 1; default: return 0; }
    case 174: switch (code) { case BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE: return 1; default: return 0; }
    case 175: switch (code) { case BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE: return 1; default: return 0; }
    case 176: switch (code) { case BS_SDK_ERROR_INVALID_CONFIG: return 1; default: return 0; }
    case 177: switch (code) { case BS_SDK_ERROR_ADMIN_CANNOT_SCAN: return 1; default: return 0; }
    case 178: switch (code) { case BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL: return 1; default: return 0; }
    case 179: switch (code) { case BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL: return 1; default: return 0; }
    case 180: switch (code) { case BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL: return 1; default: return 0; }
    case 181: switch (code) { case BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL: return 1; default: return 0; }
    case 182: switch (code) { case BS_SDK_ERROR_USER_OVERRIDE_FULL: return 1; default: return 0; }
    case 183: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST: return 1; default: return 0; }
    case 184: switch (code) { case BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL: return 1; default: return 0; }
    case 185: switch (code) { case BS_SDK_ERROR_SQL_ERROR: return 1; default: return 0; }
    case 186: switch (code) { case BS_SDK_ERROR_USER_IMAGE_EX_FULL: return 1; default: return 0; }
    case 187: switch (code) { case BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL: return 1; default: return 0; }
    case 188: switch (code) { case BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL: return 1; default: return 0; }
    case 189: switch (code) { case BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL: return 1; default: return 0; }
    case 190: switch (code) { case BS_SDK_ERROR_NO_FACE_CREDENTIAL: return 1; default: return 0; }
    case 191: switch (code) { case BS_SDK_ERROR_DUPLICATE_FACE: return 1; default: return 0; }
    case 192: switch (code) { case BS_SDK_ERROR_DUPLICATE_FINGERPRINT: return 1; default: return 0; }
    case 193: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_OPERATOR: return 1; default: return 0; }
    case 194: switch (code) { case BS_SDK_ERROR_INVALID_SCHEDULE: return 1; default: return 0; }
    case 195: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE: return 1; default: return 0; }
    case 196: switch (code) { case BS_SDK_ERROR_DST_SCHEDULE_FULL: return 1; default: return 0; }
    case 197: switch (code) { case BS_SDK_ERROR_USER_PHRASE_FULL: return 1; default: return 0; }
    case 198: switch (code) { case BS_SDK_ERROR_AUTH_GROUP_FULL: return 1; default: return 0; }
    case 199: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP: return 1; default: return 0; }
    case 200: switch (code) { case BS_SDK_ERROR_FLOOR_SCHEDULE_FULL: return 1; default: return 0; }
    case 201: switch (code) { case BS_SDK_ERROR_FACE_FULL: return 1; default: return 0; }
    case 202: switch (code) { case BS_SDK_ERROR_CANNOT_UPDATE_FACE: return 1; default: return 0; }
    case 203: switch (code) { case BS_SDK_ERROR_USER_JOB_FULL: return 1; default: return 0; }
    case 204: switch (code) { case BS_SDK_ERROR_TIMER_CANCELED: return 1; default: return 0; }
    case 205: switch (code) { case BS_SDK_ERROR_INVALID_LINK_ID: return 1; default: return 0; }
    case 206: switch (code) { case BS_SDK_ERROR_OPERATOR_FULL: return 1; default: return 0; }
    case 207: switch (code) { case BS_SDK_ERROR_CACHE_MISSED: return 1; default: return 0; }
    case 208: switch (code) { case BS_SDK_ERROR_READER_FULL: return 1; default: return 0; }
    case 209: switch (code) { case BS_SDK_ERROR_NO_USER_IMAGE: return 1; default: return 0; }
    case 210: switch (code) { case BS_SDK_ERROR_NO_USER_NAME: return 1; default: return 0; }
    case 211: switch (code) { case BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL: return 1; default: return 0; }
    case 212: switch (code) { case BS_SDK_ERROR_NO_PIN_CREDENTIAL: return 1; default: return 0; }
    case 213: switch (code) { case BS_SDK_ERROR_NO_CARD_CREDENTIAL: return 1; default: return 0; }
    case 214: switch (code) { case BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL: return 1; default: return 0; }
    case 215: switch (code) { case BS_SDK_ERROR_NO_CREDENTIAL: return 1; default: return 0; }
    case 216: switch (code) { case BS_SDK_ERROR_TIME_PERIOD_FULL: return 1; default: return 0; }
    case 217: switch (code) { case BS_SDK_ERROR_HOLIDAY_FULL: return 1; default: return 0; }
    case 218: switch (code) { case BS_SDK_ERROR_HOLIDAY_GROUP_FULL: return 1; default: return 0; }
    case 219: switch (code) { case BS_SDK_ERROR_ACCESS_SCHEDULE_FULL: return 1; default: return 0; }
    case 220: switch (code) { case BS_SDK_ERROR_FLOOR_LEVEL_FULL: return 1; default: return 0; }
    case 221: switch (code) { case BS_SDK_ERROR_ACCESS_GROUP_FULL: return 1; default: return 0; }
    case 222: switch (code) { case BS_SDK_ERROR_DB_SLOT_FULL: return 1; default: return 0; }
    case 223: switch (code) { case BS_SDK_ERROR_DOOR_SCHEDULE_FULL: return 1; default: return 0; }
    case 224: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_LOG: return 1; default: return 0; }
    case 225: switch (code) { case BS_SDK_ERROR_NO_ADMIN_USER: return 1; default: return 0; }
    case 226: switch (code) { case BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH: return 1; default: return 0; }
    case 227: switch (code) { case BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT: return 1; default: return 0; }
    case 228: switch (code) { case BS_SDK_ERROR_SLOT_DATA_CHECKSUM: return 1; default: return 0; }
    case 229: switch (code) { case BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG: return 1; default: return 0; }
    case 230: switch (code) { case BS_SDK_ERROR_USER_IMAGE_FULL: return 1; default: return 0; }
    case 231: switch (code) { case BS_SDK_ERROR_USER_NAME_FULL: return 1; default: return 0; }
    case 232: switch (code) { case BS_SDK_ERROR_BLACKLIST_FULL: return 1; default: return 0; }
    case 233: switch (code) { case BS_SDK_ERROR_INVALID_USER_ID: return 1; default: return 0; }
    case 234: switch (code) { case BS_SDK_ERROR_ACCESS_LEVEL_FULL: return 1; default: return 0; }
    case 235: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_USER: return 1; default: return 0; }
    case 236: switch (code) { case BS_SDK_ERROR_INVALID_LOG_FILE: return 1; default: return 0; }
    case 237: switch (code) { case BS_SDK_ERROR_NO_VALID_HDR_FILE: return 1; default: return 0; }
    case 238: switch (code) { case BS_SDK_ERROR_CARD_FULL: return 1; default: return 0; }
    case 239: switch (code) { case BS_SDK_ERROR_DUPLICATE_CARD: return 1; default: return 0; }
    case 240: switch (code) { case BS_SDK_ERROR_FINGERPRINT_FULL: return 1; default: return 0; }
    case 241: switch (code) { case BS_SDK_ERROR_DUPLICATE_TEMPLATE: return 1; default: return 0; }
    case 242: switch (code) { case BS_SDK_ERROR_USER_FULL: return 1; default: return 0; }
    case 243: switch (code) { case BS_SDK_ERROR_DUPLICATE_ID: return 1; default: return 0; }
    case 244: switch (code) { case BS_SDK_ERROR_CANNOT_INIT_DB: return 1; default: return 0; }
    case 245: switch (code) { case BS_SDK_ERROR_INVALID_SLOT_DATA: return 1; default: return 0; }
    case 246: switch (code) { case BS_SDK_ERROR_INVALID_SLOT_NO: return 1; default: return 0; }
    case 247: switch (code) { case BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT: return 1; default: return 0; }
    case 248: switch (code) { case BS_SDK_ERROR_INVALID_DATA_FILE: return 1; default: return 0; }
    case 249: switch (code) { case BS_SDK_ERROR_CANNOT_SET_TIME: return 1; default: return 0; }
    case 250: switch (code) { case BS_SDK_ERROR_TIMEOUT: return 1; default: return 0; }
    case 251: switch (code) { case BS_SDK_ERROR_NOT_SUPPORTED: return 1; default: return 0; }
    case 252: switch (code) { case BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY: return 1; default: return 0; }
    case 253: switch (code) { case BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL: return 1; default: return 0; }
    case 254: switch (code) { case BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL: return 1; default: return 0; }
    case 255: switch (code) { case BS_SDK_ERROR_WIEGAND_QUEUE_FULL: return 1; default: return 0; }
    case 256: switch (code) { case BS_SDK_ERROR_INPUT_QUEUE_FULL: return 1; default: return 0; }
    case 257: switch (code) { case BS_SDK_ERROR_INVALID_LCD_PACKET: return 1; default: return 0; }
    case 258: switch (code) { case BS_SDK_ERROR_CANNOT_READ_LCD_PACKET: return 1; default: return 0; }
    case 259: switch (code) { case BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET: return 1; default: return 0; }
    case 260: switch (code) { case BS_SDK_ERROR_INVALID_LCD_PARAM: return 1; default: return 0; }
    case 261: switch (code) { case BS_SDK_ERROR_INVALID_INTERPHONE_TYPE: return 1; default: return 0; }
    case 262: switch (code) { case BS_SDK_ERROR_INVALID_PORT: return 1; default: return 0; }
    case 263: switch (code) { case BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION: return 1; default: return 0; }
    case 264: switch (code) { case BS_SDK_ERROR_CANNOT_ENABLE_INPUT: return 1; default: return 0; }
    case 265: switch (code) { case BS_SDK_ERROR_READ_INPUT_TIMEOUT: return 1; default: return 0; }
    case 266: switch (code) { case BS_SDK_ERROR_CANNOT_READ_INPUT: return 1; default: return 0; }
    case 267: switch (code) { case BS_SDK_ERROR_CANNOT_READ_IO_PACKET: return 1; default: return 0; }
    case 268: switch (code) { case BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET: return 1; default: return 0; }
    case 269: switch (code) { case BS_SDK_ERROR_INVALID_RELAY: return 1; default: return 0; }
    case 270: switch (code) { case BS_SDK_ERROR_ALREADY_OPEN_DIR: return 1; default: return 0; }
    case 271: switch (code) { case BS_SDK_ERROR_DATA_MISMATCH: return 1; default: return 0; }
    case 272: switch (code) { case BS_SDK_ERROR_CANNOT_GET_SYSINFO: return 1; default: return 0; }
    case 273: switch (code) { case BS_SDK_ERROR_CANNOT_GET_STAT: return 1; default: return 0; }
    case 274: switch (code) { case BS_SDK_ERROR_CANNOT_READ_FILE: return 1; default: return 0; }
    case 275: switch (code) { case BS_SDK_ERROR_CANNOT_SEEK_FILE: return 1; default: return 0; }
    case 276: switch (code) { case BS_SDK_ERROR_CANNOT_WRITE_FILE: return 1; default: return 0; }
    case 277: switch (code) { case BS_SDK_ERROR_CANNOT_OPEN_FILE: return 1; default: return 0; }
    case 278: switch (code) { case BS_SDK_ERROR_CANNOT_OPEN_DIR: return 1; default: return 0; }
    case 279: switch (code) { case BS_SDK_ERROR_INCOMPATIBLE_FACE: return 1; default: return 0; }
    case 280: switch (code) { case BS_SDK_ERROR_MATCH_FAIL: return 1; default: return 0; }
    case 281: switch (code) { case BS_SDK_ERROR_OCCLUDED_MOUTH: return 1; default: return 0; }
    case 282: switch (code) { case BS_SDK_ERROR_NOT_LOOKING_FRONT: return 1; default: return 0; }
    case 283: switch (code) { case BS_SDK_ERROR_UNOPENED_EYES: return 1; default: return 0; }
    case 284: switch (code) { case BS_SDK_ERROR_OVERLAPPED_FACE: return 1; default: return 0; }
    case 285: switch (code) { case BS_SDK_ERROR_ROTATED_FACE: return 1; default: return 0; }
    case 286: switch (code) { case BS_SDK_ERROR_BIASED_DETECTION: return 1; default: return 0; }
    case 287: switch (code) { case BS_SDK_ERROR_LARGE_DETECTION: return 1; default: return 0; }
    case 288: switch (code) { case BS_SDK_ERROR_SMALL_DETECTION: return 1; default: return 0; }
    case 289: switch (code) { case BS_SDK_ERROR_NORMALIZE_FACE: return 1; default: return 0; }
    case 290: switch (code) { case BS_SDK_ERROR_CANNOT_ESTIMATE: return 1; default: return 0; }
    case 291: switch (code) { case BS_SDK_ERROR_FAKE_FACE_DETECTED: return 1; default: return 0; }
    case 292: switch (code) { case BS_SDK_ERROR_UNMASKED_FACE_DETECTED: return 1; default: return 0; }
    case 293: switch (code) { case BS_SDK_ERROR_FACE_SCAN_FAILED: return 1; default: return 0; }
    case 294: switch (code) { case BS_SDK_ERROR_FACE_SCAN_CANCELLED: return 1; default: return 0; }
    case 295: switch (code) { case BS_SDK_ERROR_FACE_SCAN_TIMEOUT: return 1; default: return 0; }
    case 296: switch (code) { case BS_SDK_ERROR_FACE_CAPTURE_FAIL: return 1; default: return 0; }
    case 297: switch (code) { case BS_SDK_ERROR_NO_FACE_DETECTED: return 1; default: return 0; }
    case 298: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_FACE: return 1; default: return 0; }
    case 299: switch (code) { case BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR: return 1; default: return 0; }
    case 300: switch (code) { case BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN: return 1; default: return 0; }
    case 301: switch (code) { case BS_SDK_ERROR_FAKE_FINGER_DETECTED: return 1; default: return 0; }
    case 302: switch (code) { case BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT: return 1; default: return 0; }
    case 303: switch (code) { case BS_SDK_ERROR_CAPTURE_LOW_QUALITY: return 1; default: return 0; }
    case 304: switch (code) { case BS_SDK_ERROR_EXTRACTION_LOW_QUALITY: return 1; default: return 0; }
    case 305: switch (code) { case BS_SDK_ERROR_NOT_SAME_FINGERPRINT: return 1; default: return 0; }
    case 306: switch (code) { case BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED: return 1; default: return 0; }
    case 307: switch (code) { case BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT: return 1; default: return 0; }
    case 308: switch (code) { case BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL: return 1; default: return 0; }
    case 309: switch (code) { case BS_SDK_ERROR_NO_FINGER_DETECTED: return 1; default: return 0; }
    case 310: switch (code) { case BS_SDK_ERROR_IDENTIFY_TIMEOUT: return 1; default: return 0; }
    case 311: switch (code) { case BS_SDK_ERROR_IDENTIFY_FAIL: return 1; default: return 0; }
    case 312: switch (code) { case BS_SDK_ERROR_VERIFY_FAIL: return 1; default: return 0; }
    case 313: switch (code) { case BS_SDK_ERROR_EXTRACTION_FAIL: return 1; default: return 0; }
    case 314: switch (code) { case BS_SDK_ERROR_INVALID_CODE_SIGN: return 1; default: return 0; }
    case 315: switch (code) { case BS_SDK_ERROR_NO_PACKET: return 1; default: return 0; }
    case 316: switch (code) { case BS_SDK_ERROR_PACKET_SEQUENCE: return 1; default: return 0; }
    case 317: switch (code) { case BS_SDK_ERROR_PACKET_COMMAND: return 1; default: return 0; }
    case 318: switch (code) { case BS_SDK_ERROR_PACKET_INDEX: return 1; default: return 0; }
    case 319: switch (code) { case BS_SDK_ERROR_PACKET_CHECKSUM: return 1; default: return 0; }
    case 320: switch (code) { case BS_SDK_ERROR_INVALID_DEVICE_TYPE: return 1; default: return 0; }
    case 321: switch (code) { case BS_SDK_ERROR_INVALID_DEVICE_ID: return 1; default: return 0; }
    case 322: switch (code) { case BS_SDK_ERROR_INVALID_PACKET: return 1; default: return 0; }
    case 323: switch (code) { case BS_SDK_ERROR_INVALID_PARAM: return 1; default: return 0; }
    case 324: switch (code) { case BS_SDK_ERROR_INVALID_ADDRESS: return 1; default: return 0; }
    case 325: switch (code) { case BS_SDK_ERROR_NOT_SUPPORTED_IPV6: return 1; default: return 0; }
    case 326: switch (code) { case BS_SDK_ERROR_NOT_ENOUGTH_BUFFER: return 1; default: return 0; }
    case 327: switch (code) { case BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO: return 1; default: return 0; }
    case 328: switch (code) { case BS_SDK_ERROR_IPV6_IS_NOT_ENABLE: return 1; default: return 0; }
    case 329: switch (code) { case BS_SDK_ERROR_IPV4_IS_NOT_ENABLE: return 1; default: return 0; }
    case 330: switch (code) { case BS_SDK_ERROR_SOCKET_IN_PROGRESS: return 1; default: return 0; }
    case 331: switch (code) { case BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED: return 1; default: return 0; }
    case 332: switch (code) { case BS_SDK_ERROR_SOCKET_IS_NOT_OPEN: return 1; default: return 0; }
    case 333: switch (code) { case BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED: return 1; default: return 0; }
    case 334: switch (code) { case BS_SDK_ERROR_CANNOT_WRITE_SOCKET: return 1; default: return 0; }
    case 335: switch (code) { case BS_SDK_ERROR_CANNOT_READ_SOCKET: return 1; default: return 0; }
    case 336: switch (code) { case BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET: return 1; default: return 0; }
    case 337: switch (code) { case BS_SDK_ERROR_CANNOT_LISTEN_SOCKET: return 1; default: return 0; }
    case 338: switch (code) { case BS_SDK_ERROR_CANNOT_CONNECT_SOCKET: return 1; default: return 0; }
    case 339: switch (code) { case BS_SDK_ERROR_CANNOT_OPEN_SOCKET: return 1; default: return 0; }
    case 340: switch (code) { case BS_SDK_ERROR_FROM_DEVICE_DRIVER: return 1; default: return 0; }
    case 341: switch (code) { case BS_SDK_SUCCESS: return 1; default: return 0; }
    case 342: switch (code) { case BS_SDK_DURESS_SUCCESS: return 1; default: return 0; }
    case 343: switch (code) { case BS_SDK_FIRST_AUTH_SUCCESS: return 1; default: return 0; }
    case 344: switch (code) { case BS_SDK_SECOND_AUTH_SUCCESS: return 1; default: return 0; }
    case 345: switch (code) { case BS_SDK_DUAL_AUTH_SUCCESS: return 1; default: return 0; }
    case 346: switch (code) { case BS_SDK_WIEGAND_BYPASS_SUCCESS: return 1; default: return 0; }
    case 347: switch (code) { case BS_SDK_ANONYMOUS_SUCCESS: return 1; default: return 0; }
    case 348: switch (code) { case BS_SDK_LOCKOVERRIDE_SUCCESS: return 1; default: return 0; }
    default: return 0;
    }
}

static const struct { const char *name; int code; } bs_expected[349] = {
    {"BS_SDK_ERROR_INITIALIZE_NOTIFYMGR", -10202},
    {"BS_SDK_ERROR_INITIALIZE_FILELOG", -10201},
    {"BS_SDK_ERROR_MOBILE_DEVICE_NOT_FOUND", -10105},
    {"BS_SDK_ERROR_MOBILE_ADD_DEVICE_FAULT", -10104},
    {"BS_SDK_ERROR_MOBILE_NOT_LOGIN", -10103},
    {"BS_SDK_ERROR_MOBILE_NO_RESPONSE", -10101},
    {"BS_SDK_ERROR_MOBILE_STATUS_FAULT", -10100},
    {"BS_SDK_ERROR_UNKNOWN_FINGER_TEMPLATE", -10011},
    {"BS_SDK_ERROR_INVALID_SCHEDULE_ID", -10010},
    {"BS_SDK_ERROR_INVALID_FILE_FORMAT", -10009},
    {"BS_SDK_ERROR_INTERNAL", -10008},
    {"BS_SDK_ERROR_DEVICE_BUSY", -10007},
    {"BS_SDK_ERROR_DECRYPT", -10006},
    {"BS_SDK_ERROR_ENCRYPT", -10005},
    {"BS_SDK_ERROR_EXIST", -10004},
    {"BS_SDK_ERROR_CANCELED", -10003},
    {"BS_SDK_ERROR_CANNOT_RUN_SERVICE", -10002},
    {"BS_SDK_ERROR_UNINITIALIZED", -10001},
    {"BS_SDK_ERROR_NULL_POINTER", -10000},
    {"BS_SDK_ERROR_UZ_ADD_FAIL", -4024},
    {"BS_SDK_ERROR_UZ_SPEC_FULL", -4023},
    {"BS_SDK_ERROR_UZ_CHANNEL_FULL", -4022},
    {"BS_SDK_ERROR_UZ_ENABLE_FULL", -4021},
    {"BS_SDK_ERROR_UZ_ENABLE_COUNT_ZERO", -4020},
    {"BS_SDK_ERROR_LICENSE_NO_MATCH_DEVICE", -4017},
    {"BS_SDK_ERROR_LICENSE_ENABLE_PARTIAL", -4016},
    {"BS_SDK_ERROR_LICENSE_JSON_FORMAT", -4015},
    {"BS_SDK_ERROR_LICENSE_PARRING_JSON", -4014},
    {"BS_SDK_ERROR_LICENSE_PAYLOAD_LENGTH", -4013},
    {"BS_SDK_ERROR_LICENSE_FILE_NOT_VALID", -4012},
    {"BS_SDK_ERROR_LICENSE_CRC", -4011},
    {"BS_SDK_ERROR_NO_LICENSE", -4010},
    {"BS_SDK_ERROR_DISCONNECT_SLAVE_DEVICE", -4009},
    {"BS_SDK_ERROR_FAIL_SLAVE_SET_KEY", -4008},
    {"BS_SDK_ERROR_FAIL_MASTER_SET_KEY", -4007},
    {"BS_SDK_ERROR_INVALID_OSDP_DEVICE_ID", -4006},
    {"BS_SDK_ERROR_FAIL_UPDATE_OSDP_DEVICE", -4005},
    {"BS_SDK_ERROR_FAIL_ADD_OSDP_DEVICE", -4004},
    {"BS_SDK_ERROR_DUPLICATE_OSDP_ID", -4003},
    {"BS_SDK_ERROR_ALREADY_FULL_SLAVES", -4002},
    {"BS_SDK_ERROR_NOT_OSDP_STANDARD_CHANNEL", -4001},
    {"BS_SDK_ERROR_MOBILE_PORTAL", -3100},
    {"BS_SDK_ERROR_SSL_VERIFY_KEY", -3007},
    {"BS_SDK_ERROR_SSL_INVALID_KEY", -3006},
    {"BS_SDK_ERROR_SSL_VERIFY_CERT", -3005},
    {"BS_SDK_ERROR_SSL_VERIFY_CA", -3005},
    {"BS_SDK_ERROR_SSL_INVALID_CERT", -3004},
    {"BS_SDK_ERROR_SSL_INVALID_CA", -3004},
    {"BS_SDK_ERROR_SSL_ALREADY_CONNECTED", -3003},
    {"BS_SDK_ERROR_SSL_CANNOT_CONNECT", -3002},
    {"BS_SDK_ERROR_SSL_IS_NOT_CONNECTED", -3002},
    {"BS_SDK_ERROR_SSL_NOT_SUPPORTED", -3001},
    {"BS_SDK_ERROR_SSL_EXIST", -3001},
    {"BS_SDK_ERROR_SSL_INIT", -3000},
    {"BS_SDK_ERROR_UPGRADE_NOT_SUPPORTED", -2007},
    {"BS_SDK_ERROR_CANNOT_UPGRADE_MEMOEY", -2006},
    {"BS_SDK_ERROR_CANNOT_SEND_TO_SERVER", -2005},
    {"BS_SDK_ERROR_DEVICE_LOCKED", -2004},
    {"BS_SDK_ERROR_CANNOT_UPGRADE", -2003},
    {"BS_SDK_ERROR_ALLOC_MEM", -2002},
    {"BS_SDK_ERROR_FILE_IO", -2000},
    {"BS_SDK_ERROR_CANNOT_EXECUTE_THREAD", -1507},
    {"BS_SDK_ERROR_CANNOT_DETECT_FACE", -1506},
    {"BS_SDK_ERROR_CAMERA_CAPTURE_FAIL", -1505},
    {"BS_SDK_ERROR_JPEG_ENCODER_DEINIT_FAIL", -1504},
    {"BS_SDK_ERROR_JPEG_ENCODER_NOT_INITIALIZED", -1503},
    {"BS_SDK_ERROR_CANNOT_ENCODE_JPEG", -1502},
    {"BS_SDK_ERROR_JPEG_ENCODER_INIT_FAIL", -1501},
    {"BS_SDK_ERROR_CAMERA_INIT_FAIL", -1500},
    {"BS_SDK_ERROR_INVALID_PASSWORD", -1400},
    {"BS_SDK_ERROR_CANNOT_FIND_CARD", -1310},
    {"BS_SDK_ERROR_CARD_CANNOT_SEND_DATA", -1308},
    {"BS_SDK_ERROR_CARD_READ_CANCELLED", -1307},
    {"BS_SDK_ERROR_CARD_READ_TIMEOUT", -1306},
    {"BS_SDK_ERROR_CARD_CANNOT_WRITE_DATA", -1305},
    {"BS_SDK_ERROR_CARD_CIS_CRC", -1304},
    {"BS_SDK_ERROR_CARD_CANNOT_READ_DATA", -1303},
    {"BS_SDK_ERROR_CARD_NOT_ACTIVATED", -1302},
    {"BS_SDK_ERROR_CARD_INIT_FAIL", -1301},
    {"BS_SDK_ERROR_CARD_IO", -1300},
    {"BS_SDK_ERROR_LIFT_LOCK_VIOLATION", -1230},
    {"BS_SDK_ERROR_LIFT_LOCK_UNLOCK_ZONE_FULL", -1229},
    {"BS_SDK_ERROR_HARD_AUTH_LIMIT_VIOLATION", -1228},
    {"BS_SDK_ERROR_SOFT_AUTH_LIMIT_VIOLATION", -1227},
    {"BS_SDK_ERROR_AUTH_LIMIT_USER_VIOLATION", -1226},
    {"BS_SDK_ERROR_AUTH_LIMIT_COUNT_VIOLATION", -1225},
    {"BS_SDK_ERROR_AUTH_LIMIT_SCHEDULE_VIOLATION", -1224},
    {"BS_SDK_ERROR_INTERLOCK_ZONE_FULL", -1223},
    {"BS_SDK_ERROR_INTERLOCK_ZONE_INPUT_VIOLATION", -1222},
    {"BS_SDK_ERROR_INTERLOCK_ZONE_DOOR_VIOLATION", -1221},
    {"BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_TIME_VIOLATION", -1220},
    {"BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_TIME_VIOLATION", -1219},
    {"BS_SDK_ERROR_SOFT_ENTRANCE_LIMIT_COUNT_VIOLATION", -1218},
    {"BS_SDK_ERROR_HARD_ENTRANCE_LIMIT_COUNT_VIOLATION", -1217},
    {"BS_SDK_ERROR_CANNOT_FIND_ARM_CARD", -1216},
    {"BS_SDK_ERROR_CANNOT_DISARM", -1215},
    {"BS_SDK_ERROR_CANNOT_ARM", -1214},
    {"BS_SDK_ERROR_INTRUSION_ALARM_ZONE_FULL", -1213},
    {"BS_SDK_ERROR_INACTIVE_ZONE", -1212},
    {"BS_SDK_ERROR_SCHEDULED_LOCK_UNLOCK_ZONE_FULL", -1211},
    {"BS_SDK_ERROR_FIRE_ALARM_ZONE_FULL", -1210},
    {"BS_SDK_ERROR_TIMED_APB_ZONE_FULL", -1209},
    {"BS_SDK_ERROR_APB_ZONE_FULL", -1208},
    {"BS_SDK_ERROR_SET_FIRE_ALARM", -1208},
    {"BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION", -1207},
    {"BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION", -1207},
    {"BS_SDK_ERROR_SCHEDULED_LOCK_VIOLATION", -1206},
    {"BS_SDK_ERROR_SOFT_TIMED_APB_VIOLATION", -1205},
    {"BS_SDK_ERROR_HARD_TIMED_APB_VIOLATION", -1204},
    {"BS_SDK_ERROR_SOFT_APB_VIOLATION", -1203},
    {"BS_SDK_ERROR_HARD_APB_VIOLATION", -1202},
    {"BS_SDK_ERROR_SET_ZONE", -1201},
    {"BS_SDK_ERROR_ZONE_FULL", -1201},
    {"BS_SDK_ERROR_CANNOT_FIND_ZONE", -1200},
    {"BS_SDK_FINGERPRINT_OR_PIN_AUTH_REQUIRED", -1135},
    {"BS_SDK_FACE_OR_PIN_AUTH_REQUIRED", -1134},
    {"BS_SDK_FINGERPRINT_AUTH_REQUIRED", -1133},
    {"BS_SDK_FACE_AUTH_REQUIRED", -1132},
    {"BS_SDK_THERMAL_CHECK_REQUIRED", -1131},
    {"BS_SDK_MASK_CHECK_REQUIRED", -1130},
    {"BS_SDK_ERROR_UNMASKED_FACE_VIOLATION", -1129},
    {"BS_SDK_ERROR_CANNOT_MEASURE_TEMPERATURE", -1128},
    {"BS_SDK_ERROR_HIGH_TEMPERATURE_VIOLATION", -1127},
    {"BS_SDK_ERROR_ANTI_TAILGATE_VIOLATION", -1126},
    {"BS_SDK_ERROR_IDENTIFICATION_REQUIRED", -1125},
    {"BS_SDK_ERROR_AUTH_GROUP_REQUIRED", -1124},
    {"BS_SDK_ERROR_AUTH_FAIL", -1123},
    {"BS_SDK_ERROR_CANNOT_FIND_FLOOR_LEVEL", -1122},
    {"BS_SDK_ERROR_AUTH_SERVER_MATCH_REFUSAL", -1121},
    {"BS_SDK_ERROR_TNA_CODE_REQUIRED", -1120},
    {"BS_SDK_ERROR_BIOMETRIC_OR_PIN_AUTH_REQUIRED", -1119},
    {"BS_SDK_ERROR_PIN_AUTH_REQUIRED", -1118},
    {"BS_SDK_ERROR_CARD_AUTH_REQUIRED", -1117},
    {"BS_SDK_ERROR_BIOMETRIC_AUTH_REQUIRED", -1116},
    {"BS_SDK_ERROR_DUAL_AUTH_FAIL", -1115},
    {"BS_SDK_ERROR_AUTH_UNEXPECTED_CREDENTIAL", -1114},
    {"BS_SDK_ERROR_AUTH_UNEXPECTED_USER", -1113},
    {"BS_SDK_ERROR_INVALID_AUTH_MODE", -1112},
    {"BS_SDK_ERROR_DUAL_AUTH_TIMEOUT", -1111},
    {"BS_SDK_ERROR_AUTH_TIMEOUT", -1110},
    {"BS_SDK_ERROR_CANNOT_FIND_BLACKLIST", -1109},
    {"BS_SDK_ERROR_CANNOT_FIND_HOLIDAY_GROUP", -1108},
    {"BS_SDK_ERROR_CANNOT_FIND_ACCESS_SCHEDULE", -1107},
    {"BS_SDK_ERROR_CANNOT_FIND_ACCESS_LEVEL", -1106},
    {"BS_SDK_ERROR_CANNOT_FIND_ACCESS_GROUP", -1105},
    {"BS_SDK_ERROR_BLACKLIST", -1104},
    {"BS_SDK_ERROR_EXPIRED", -1103},
    {"BS_SDK_ERROR_NOT_YET_VALID", -1102},
    {"BS_SDK_ERROR_DISABLED", -1101},
    {"BS_SDK_ERROR_ACCESS_RULE_VIOLATION", -1100},
    {"BS_SDK_ERROR_LIFT_FULL", -1006},
    {"BS_SDK_ERROR_CANNOT_FIND_LIFT", -1005},
    {"BS_SDK_ERROR_CANNOT_RELEASE_DOOR", -1004},
    {"BS_SDK_ERROR_CANNOT_UNLOCK_DOOR", -1003},
    {"BS_SDK_ERROR_CANNOT_LOCK_DOOR", -1002},
    {"BS_SDK_ERROR_DOOR_FULL", -1001},
    {"BS_SDK_ERROR_CANNOT_FIND_DOOR", -1000},
    {"BS_SDK_ERROR_CANNOT_DEL_DEVICE", -913},
    {"BS_SDK_ERROR_SLAVE_NOT_READY", -912},
    {"BS_SDK_ERROR_CANNOT_ADD_DEVICE", -911},
    {"BS_SDK_ERROR_SLAVE_FULL", -910},
    {"BS_SDK_ERROR_CANNOT_SCAN_FACE", -908},
    {"BS_SDK_ERROR_CANNOT_FIND_DEVICE", -907},
    {"BS_SDK_ERROR_CANNOT_OPEN_DEVICE_DRIVER", -906},
    {"BS_SDK_ERROR_CANNOT_SET_LED", -905},
    {"BS_SDK_ERROR_CANNOT_GET_RTC", -904},
    {"BS_SDK_ERROR_CANNOT_SET_RTC", -903},
    {"BS_SDK_ERROR_CANNOT_OPEN_RTC", -902},
    {"BS_SDK_ERROR_CANNOT_SCAN_CARD", -901},
    {"BS_SDK_ERROR_CANNOT_SCAN_FINGER", -900},
    {"BS_SDK_ERROR_INVALID_CONFIG_INDEX", -806},
    {"BS_SDK_ERROR_CANNOT_WRITE_CONFIG_FILE", -805},
    {"BS_SDK_ERROR_INVALID_CONFIG_DATA", -804},
    {"BS_SDK_ERROR_INVALID_CONFIG_FILE", -803},
    {"BS_SDK_ERROR_CANNOT_READ_CONFIG_FILE", -802},
    {"BS_SDK_ERROR_CANNOT_OPEN_CONFIG_FILE", -801},
    {"BS_SDK_ERROR_INVALID_CONFIG", -800},
    {"BS_SDK_ERROR_ADMIN_CANNOT_SCAN", -771},
    {"BS_SDK_ERROR_ADMIN_UNSUPPORTED_CREDENTIAL", -770},
    {"BS_SDK_ERROR_ADMIN_USER_NOT_ENOUGH_CREDENTIAL", -769},
    {"BS_SDK_ERROR_ADMIN_USER_NO_CREDENTIAL", -768},
    {"BS_SDK_ERROR_ADMIN_INVALID_CREDENTIAL", -767},
    {"BS_SDK_ERROR_USER_OVERRIDE_FULL", -766},
    {"BS_SDK_ERROR_CANNOT_FIND_LOCKOVERRIDE_LIST", -765},
    {"BS_SDK_ERROR_LOCKOVERRIDE_LIST_FULL", -764},
    {"BS_SDK_ERROR_SQL_ERROR", -763},
    {"BS_SDK_ERROR_USER_IMAGE_EX_FULL", -763},
    {"BS_SDK_ERROR_NO_FINGERPRINT_PIN_CREDENTIAL", -762},
    {"BS_SDK_ERROR_NO_FACE_PIN_CREDENTIAL", -761},
    {"BS_SDK_ERROR_NO_FINGERPRINT_CREDENTIAL", -760},
    {"BS_SDK_ERROR_NO_FACE_CREDENTIAL", -759},
    {"BS_SDK_ERROR_DUPLICATE_FACE", -758},
    {"BS_SDK_ERROR_DUPLICATE_FINGERPRINT", -757},
    {"BS_SDK_ERROR_CANNOT_FIND_OPERATOR", -756},
    {"BS_SDK_ERROR_INVALID_SCHEDULE", -755},
    {"BS_SDK_ERROR_CANNOT_FIND_DST_SCHEDULE", -754},
    {"BS_SDK_ERROR_DST_SCHEDULE_FULL", -753},
    {"BS_SDK_ERROR_USER_PHRASE_FULL", -752},
    {"BS_SDK_ERROR_AUTH_GROUP_FULL", -751},
    {"BS_SDK_ERROR_CANNOT_FIND_AUTH_GROUP", -750},
    {"BS_SDK_ERROR_FLOOR_SCHEDULE_FULL", -749},
    {"BS_SDK_ERROR_FACE_FULL", -748},
    {"BS_SDK_ERROR_CANNOT_UPDATE_FACE", -747},
    {"BS_SDK_ERROR_USER_JOB_FULL", -746},
    {"BS_SDK_ERROR_TIMER_CANCELED", -745},
    {"BS_SDK_ERROR_INVALID_LINK_ID", -744},
    {"BS_SDK_ERROR_OPERATOR_FULL", -743},
    {"BS_SDK_ERROR_CACHE_MISSED", -742},
    {"BS_SDK_ERROR_READER_FULL", -741},
    {"BS_SDK_ERROR_NO_USER_IMAGE", -740},
    {"BS_SDK_ERROR_NO_USER_NAME", -739},
    {"BS_SDK_ERROR_NO_BIOMETRIC_PIN_CREDENTIAL", -738},
    {"BS_SDK_ERROR_NO_PIN_CREDENTIAL", -737},
    {"BS_SDK_ERROR_NO_CARD_CREDENTIAL", -736},
    {"BS_SDK_ERROR_NO_BIOMETRIC_CREDENTIAL", -735},
    {"BS_SDK_ERROR_NO_CREDENTIAL", -734},
    {"BS_SDK_ERROR_TIME_PERIOD_FULL", -733},
    {"BS_SDK_ERROR_HOLIDAY_FULL", -732},
    {"BS_SDK_ERROR_HOLIDAY_GROUP_FULL", -731},
    {"BS_SDK_ERROR_ACCESS_SCHEDULE_FULL", -730},
    {"BS_SDK_ERROR_FLOOR_LEVEL_FULL", -729},
    {"BS_SDK_ERROR_ACCESS_GROUP_FULL", -728},
    {"BS_SDK_ERROR_DB_SLOT_FULL", -727},
    {"BS_SDK_ERROR_DOOR_SCHEDULE_FULL", -726},
    {"BS_SDK_ERROR_CANNOT_FIND_LOG", -725},
    {"BS_SDK_ERROR_NO_ADMIN_USER", -724},
    {"BS_SDK_ERROR_TEMPLATE_FORMAT_MISMATCH", -723},
    {"BS_SDK_ERROR_CANNOT_UPDATE_FINGERPRINT", -722},
    {"BS_SDK_ERROR_SLOT_DATA_CHECKSUM", -721},
    {"BS_SDK_ERROR_USER_IMAGE_SIZE_TOO_BIG", -720},
    {"BS_SDK_ERROR_USER_IMAGE_FULL", -719},
    {"BS_SDK_ERROR_USER_NAME_FULL", -718},
    {"BS_SDK_ERROR_BLACKLIST_FULL", -717},
    {"BS_SDK_ERROR_INVALID_USER_ID", -716},
    {"BS_SDK_ERROR_ACCESS_LEVEL_FULL", -715},
    {"BS_SDK_ERROR_CANNOT_FIND_USER", -714},
    {"BS_SDK_ERROR_INVALID_LOG_FILE", -712},
    {"BS_SDK_ERROR_NO_VALID_HDR_FILE", -711},
    {"BS_SDK_ERROR_CARD_FULL", -710},
    {"BS_SDK_ERROR_DUPLICATE_CARD", -709},
    {"BS_SDK_ERROR_FINGERPRINT_FULL", -708},
    {"BS_SDK_ERROR_DUPLICATE_TEMPLATE", -707},
    {"BS_SDK_ERROR_USER_FULL", -706},
    {"BS_SDK_ERROR_DUPLICATE_ID", -705},
    {"BS_SDK_ERROR_CANNOT_INIT_DB", -704},
    {"BS_SDK_ERROR_INVALID_SLOT_DATA", -703},
    {"BS_SDK_ERROR_INVALID_SLOT_NO", -702},
    {"BS_SDK_ERROR_TOO_LARGE_DATA_FOR_SLOT", -701},
    {"BS_SDK_ERROR_INVALID_DATA_FILE", -700},
    {"BS_SDK_ERROR_CANNOT_SET_TIME", -602},
    {"BS_SDK_ERROR_TIMEOUT", -601},
    {"BS_SDK_ERROR_NOT_SUPPORTED", -600},
    {"BS_SDK_ERROR_WIEGAND_DATA_QUEUE_EMPTY", -524},
    {"BS_SDK_ERROR_WIEGAND_DATA_QUEUE_FULL", -523},
    {"BS_SDK_ERROR_MISC_INPUT_QUEUE_FULL", -522},
    {"BS_SDK_ERROR_WIEGAND_QUEUE_FULL", -521},
    {"BS_SDK_ERROR_INPUT_QUEUE_FULL", -520},
    {"BS_SDK_ERROR_INVALID_LCD_PACKET", -513},
    {"BS_SDK_ERROR_CANNOT_READ_LCD_PACKET", -512},
    {"BS_SDK_ERROR_CANNOT_WRITE_LCD_PACKET", -511},
    {"BS_SDK_ERROR_INVALID_LCD_PARAM", -510},
    {"BS_SDK_ERROR_INVALID_INTERPHONE_TYPE", -508},
    {"BS_SDK_ERROR_INVALID_PORT", -507},
    {"BS_SDK_ERROR_CANNOT_SET_INPUT_DURATION", -506},
    {"BS_SDK_ERROR_CANNOT_ENABLE_INPUT", -505},
    {"BS_SDK_ERROR_READ_INPUT_TIMEOUT", -504},
    {"BS_SDK_ERROR_CANNOT_READ_INPUT", -503},
    {"BS_SDK_ERROR_CANNOT_READ_IO_PACKET", -502},
    {"BS_SDK_ERROR_CANNOT_WRITE_IO_PACKET", -501},
    {"BS_SDK_ERROR_INVALID_RELAY", -500},
    {"BS_SDK_ERROR_ALREADY_OPEN_DIR", -408},
    {"BS_SDK_ERROR_DATA_MISMATCH", -407},
    {"BS_SDK_ERROR_CANNOT_GET_SYSINFO", -406},
    {"BS_SDK_ERROR_CANNOT_GET_STAT", -405},
    {"BS_SDK_ERROR_CANNOT_READ_FILE", -404},
    {"BS_SDK_ERROR_CANNOT_SEEK_FILE", -403},
    {"BS_SDK_ERROR_CANNOT_WRITE_FILE", -402},
    {"BS_SDK_ERROR_CANNOT_OPEN_FILE", -401},
    {"BS_SDK_ERROR_CANNOT_OPEN_DIR", -400},
    {"BS_SDK_ERROR_INCOMPATIBLE_FACE", -332},
    {"BS_SDK_ERROR_MATCH_FAIL", -331},
    {"BS_SDK_ERROR_OCCLUDED_MOUTH", -330},
    {"BS_SDK_ERROR_NOT_LOOKING_FRONT", -329},
    {"BS_SDK_ERROR_UNOPENED_EYES", -328},
    {"BS_SDK_ERROR_OVERLAPPED_FACE", -327},
    {"BS_SDK_ERROR_ROTATED_FACE", -326},
    {"BS_SDK_ERROR_BIASED_DETECTION", -325},
    {"BS_SDK_ERROR_LARGE_DETECTION", -324},
    {"BS_SDK_ERROR_SMALL_DETECTION", -323},
    {"BS_SDK_ERROR_NORMALIZE_FACE", -322},
    {"BS_SDK_ERROR_CANNOT_ESTIMATE", -321},
    {"BS_SDK_ERROR_FAKE_FACE_DETECTED", -320},
    {"BS_SDK_ERROR_UNMASKED_FACE_DETECTED", -319},
    {"BS_SDK_ERROR_FACE_SCAN_FAILED", -318},
    {"BS_SDK_ERROR_FACE_SCAN_CANCELLED", -317},
    {"BS_SDK_ERROR_FACE_SCAN_TIMEOUT", -316},
    {"BS_SDK_ERROR_FACE_CAPTURE_FAIL", -315},
    {"BS_SDK_ERROR_NO_FACE_DETECTED", -315},
    {"BS_SDK_ERROR_CANNOT_FIND_FACE", -314},
    {"BS_SDK_ERROR_FAKE_FINGER_SENSOR_ERROR", -313},
    {"BS_SDK_ERROR_FAKE_FINGER_TRY_AGAIN", -312},
    {"BS_SDK_ERROR_FAKE_FINGER_DETECTED", -311},
    {"BS_SDK_ERROR_CANNOT_FIND_FINGERPRINT", -310},
    {"BS_SDK_ERROR_CAPTURE_LOW_QUALITY", -309},
    {"BS_SDK_ERROR_EXTRACTION_LOW_QUALITY", -308},
    {"BS_SDK_ERROR_NOT_SAME_FINGERPRINT", -307},
    {"BS_SDK_ERROR_FINGERPRINT_SCAN_CANCELLED", -306},
    {"BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT", -305},
    {"BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL", -304},
    {"BS_SDK_ERROR_NO_FINGER_DETECTED", -304},
    {"BS_SDK_ERROR_IDENTIFY_TIMEOUT", -303},
    {"BS_SDK_ERROR_IDENTIFY_FAIL", -302},
    {"BS_SDK_ERROR_VERIFY_FAIL", -301},
    {"BS_SDK_ERROR_EXTRACTION_FAIL", -300},
    {"BS_SDK_ERROR_INVALID_CODE_SIGN", -210},
    {"BS_SDK_ERROR_NO_PACKET", -209},
    {"BS_SDK_ERROR_PACKET_SEQUENCE", -207},
    {"BS_SDK_ERROR_PACKET_COMMAND", -206},
    {"BS_SDK_ERROR_PACKET_INDEX", -205},
    {"BS_SDK_ERROR_PACKET_CHECKSUM", -204},
    {"BS_SDK_ERROR_INVALID_DEVICE_TYPE", -203},
    {"BS_SDK_ERROR_INVALID_DEVICE_ID", -202},
    {"BS_SDK_ERROR_INVALID_PACKET", -201},
    {"BS_SDK_ERROR_INVALID_PARAM", -200},
    {"BS_SDK_ERROR_INVALID_ADDRESS", -116},
    {"BS_SDK_ERROR_NOT_SUPPORTED_IPV6", -115},
    {"BS_SDK_ERROR_NOT_ENOUGTH_BUFFER", -114},
    {"BS_SDK_ERROR_NOT_SUPPORTED_SPECIFIED_DEVICE_INFO", -113},
    {"BS_SDK_ERROR_IPV6_IS_NOT_ENABLE", -112},
    {"BS_SDK_ERROR_IPV4_IS_NOT_ENABLE", -111},
    {"BS_SDK_ERROR_SOCKET_IN_PROGRESS", -110},
    {"BS_SDK_ERROR_SOCKET_IS_NOT_LISTENED", -109},
    {"BS_SDK_ERROR_SOCKET_IS_NOT_OPEN", -108},
    {"BS_SDK_ERROR_SOCKET_IS_NOT_CONNECTED", -107},
    {"BS_SDK_ERROR_CANNOT_WRITE_SOCKET", -106},
    {"BS_SDK_ERROR_CANNOT_READ_SOCKET", -105},
    {"BS_SDK_ERROR_CANNOT_ACCEPT_SOCKET", -104},
    {"BS_SDK_ERROR_CANNOT_LISTEN_SOCKET", -103},
    {"BS_SDK_ERROR_CANNOT_CONNECT_SOCKET", -102},
    {"BS_SDK_ERROR_CANNOT_OPEN_SOCKET", -101},
    {"BS_SDK_ERROR_FROM_DEVICE_DRIVER", -1},
    {"BS_SDK_SUCCESS", 1},
    {"BS_SDK_DURESS_SUCCESS", 2},
    {"BS_SDK_FIRST_AUTH_SUCCESS", 3},
    {"BS_SDK_SECOND_AUTH_SUCCESS", 4},
    {"BS_SDK_DUAL_AUTH_SUCCESS", 5},
    {"BS_SDK_WIEGAND_BYPASS_SUCCESS", 11},
    {"BS_SDK_ANONYMOUS_SUCCESS", 12},
    {"BS_SDK_LOCKOVERRIDE_SUCCESS", 13},
};

int main(void) {
    int failures = 0;
    int row;
    const int count = (int)(sizeof bs_expected / sizeof bs_expected[0]);
    for (row = 0; row < count; row++) {
        int code = bs_expected[row].code;
        if (!bs_case_matches(row, code) || bs_case_matches(row, code - 1) || bs_case_matches(row, code + 1)) {
            printf("case %s: does not match %d alone\n", bs_expected[row].name, code);
            failures++;
        }
    }
    printf("%d macros: #if, array sizes, static assertions and case labels give the data file's values; "
           "%d case failures\n", count, failures);
    return failures == 0 ? 0 : 1;
}
