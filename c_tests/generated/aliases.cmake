# generated — do not edit. Rendered by `cargo xtask generate` from data/codes.tsv and data/categories.tsv.
# The aliases c_tests/check_aliases.cmake compiles: deprecated ones must warn, plain ones must not.
set(BS_ERRNO_DEPRECATED_ALIASES
  BS_SDK_ERROR_SSL_VERIFY_CA
  BS_SDK_ERROR_SSL_INVALID_CA
  BS_SDK_ERROR_SSL_IS_NOT_CONNECTED
  BS_SDK_ERROR_SSL_EXIST
  BS_SDK_ERROR_SET_FIRE_ALARM
  BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION
  BS_SDK_ERROR_ZONE_FULL
  BS_SDK_ERROR_USER_IMAGE_EX_FULL
)
set(BS_ERRNO_PLAIN_ALIASES
  BS_SDK_ERROR_NO_FACE_DETECTED
  BS_SDK_ERROR_NO_FINGER_DETECTED
)
