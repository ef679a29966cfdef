using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace BsErrno
{
    /// <summary>
    /// What a return code of the BioStar 2 Device SDK means, as the C library <c>bs_errno</c> answers it:
    /// for an <c>int</c> as the SDK returns it and, as extension methods, for a <see cref="BS2ErrorCode"/>.
    /// </summary>
    /// <remarks>
    /// Defined for every <c>int</c>: a code the table does not know is named <c>"UNKNOWN"</c> and still gets
    /// its category from its numeric range. Thread-safe. Each text the library holds is read once.
    /// </remarks>
    /// <example>
    /// <code>
    /// int rc = API.BS2_ConnectDevice(context, deviceId);
    /// BsErrors.Check(rc, "BS2_ConnectDevice");   // returns rc for 1..13, throws a BsSdkException otherwise
    /// </code>
    /// </example>
    public static class BsErrors
    {
        /// <summary>The placeholder name of a code the table does not know.</summary>
        public const string UnknownName = "UNKNOWN";

        /// <summary>The canonical macro name of <paramref name="code"/> (<c>"BS_SDK_ERROR_CANNOT_FIND_USER"</c>
        /// for -714), or <see cref="UnknownName"/>.</summary>
        public static string Name(int code)
        {
            return Native.StaticString(Native.bs_error_name(code));
        }

        /// <summary>The canonical macro name of <paramref name="code"/>: for a code with several names, the
        /// current one (unlike <c>ToString()</c>).</summary>
        public static string Name(this BS2ErrorCode code)
        {
            return Name((int)code);
        }

        /// <summary>One sentence saying what <paramref name="code"/> means (<c>"Cannot find user."</c>), or
        /// <c>"Unknown error code."</c>.</summary>
        public static string Describe(int code)
        {
            return Native.StaticString(Native.bs_error_string(code));
        }

        /// <summary>One sentence saying what <paramref name="code"/> means.</summary>
        public static string Describe(this BS2ErrorCode code)
        {
            return Describe((int)code);
        }

        /// <summary>The family of <paramref name="code"/> by its numeric range, for unknown codes too (-799 is
        /// <see cref="BsErrorCategory.Database"/>); every positive code is <see cref="BsErrorCategory.Success"/>.</summary>
        public static BsErrorCategory Category(int code)
        {
            return (BsErrorCategory)Native.bs_error_category(code);
        }

        /// <summary>The family of <paramref name="code"/> by its numeric range.</summary>
        public static BsErrorCategory Category(this BS2ErrorCode code)
        {
            return Category((int)code);
        }

        /// <summary>The lower-case name of <paramref name="category"/> (<c>"wireless_lock"</c>), or
        /// <c>"unknown"</c> for a value that is no category.</summary>
        public static string Name(this BsErrorCategory category)
        {
            return Native.StaticString(Native.bs_error_category_name((int)category));
        }

        /// <summary>True if <paramref name="code"/> means success: any positive code (1 is plain success,
        /// 2..13 success with a detail). Test this, not <c>rc == BS_SDK_SUCCESS</c>.</summary>
        public static bool IsSuccess(int code)
        {
            return Native.bs_error_is_success(code) != 0;
        }

        /// <summary>True if <paramref name="code"/> means success.</summary>
        public static bool IsSuccess(this BS2ErrorCode code)
        {
            return IsSuccess((int)code);
        }

        /// <summary>True if <paramref name="code"/> is one of the SDK's codes.</summary>
        public static bool IsKnown(int code)
        {
            return Native.bs_error_is_known(code) != 0;
        }

        /// <summary>True if <paramref name="code"/> is one of the SDK's codes (false for an undefined value
        /// cast to the enum).</summary>
        public static bool IsKnown(this BS2ErrorCode code)
        {
            return IsKnown((int)code);
        }

        /// <summary>One line for a log: <c>"BS_SDK_ERROR_CANNOT_FIND_USER (-714): Cannot find user."</c>; an
        /// unknown code says so and gives its category.</summary>
        public static string Format(int code)
        {
            return Native.FormatLine(buffer => Native.bs_error_format(code, buffer, (UIntPtr)buffer.Length));
        }

        /// <summary>One line for a log.</summary>
        public static string Format(this BS2ErrorCode code)
        {
            return Format((int)code);
        }

        /// <summary>The value of a macro name, canonical or alias, and the vendor's C# spelling
        /// (<c>"BS_SDK_ERROR_CANNOT_UPGRADE_MEMORY"</c>). Exact and case-sensitive; false for null, an unknown
        /// name or anything else.</summary>
        public static bool TryFromName(string name, out BS2ErrorCode code)
        {
            byte[] text = Native.CString(name);
            int value = text == null ? 0 : Native.bs_error_from_name(text);
            code = (BS2ErrorCode)value;
            return value != 0;
        }

        /// <summary>Every code of the table, ascending, each once (no aliases).</summary>
        public static IReadOnlyList<BS2ErrorCode> Codes
        {
            get { return AllCodes.Value; }
        }

        private static readonly Lazy<ReadOnlyCollection<BS2ErrorCode>> AllCodes =
            new Lazy<ReadOnlyCollection<BS2ErrorCode>>(() =>
            {
                ulong count = Native.bs_error_count().ToUInt64();
                var codes = new List<BS2ErrorCode>();
                for (ulong i = 0; i < count; i++)
                {
                    codes.Add((BS2ErrorCode)Native.bs_error_code_at(new UIntPtr(i)));
                }
                return codes.AsReadOnly();
            });

        /// <summary>The version of the C library that answers (<c>"0.2.0"</c>).</summary>
        public static string LibraryVersion
        {
            get { return Native.StaticString(Native.bs_errno_version()); }
        }

        /// <summary>
        /// Returns <paramref name="code"/> if it means success (any positive code), else throws its
        /// <see cref="BsSdkException"/>: the class of its category (<see cref="BsCommunicationException"/>, ...),
        /// whose <see cref="Exception.InnerException"/> is the .NET exception that matches its meaning, where one
        /// does (<see cref="TimeoutException"/>, <see cref="System.IO.IOException"/>,
        /// <see cref="ArgumentException"/>).
        /// </summary>
        /// <param name="code">What the SDK call returned.</param>
        /// <param name="function">The call's name, for the message (<c>"BS2_ConnectDevice"</c>), or null.</param>
        public static int Check(int code, string function = null)
        {
            if (IsSuccess(code))
            {
                return code;
            }
            throw ExceptionFor(code, function);
        }

        /// <summary>Returns <paramref name="code"/> if it means success, else throws its
        /// <see cref="BsSdkException"/>; see <see cref="Check(int, string)"/>.</summary>
        public static BS2ErrorCode Check(this BS2ErrorCode code, string function = null)
        {
            Check((int)code, function);
            return code;
        }

        /// <summary>The exception <see cref="Check(int, string)"/> throws for the error
        /// <paramref name="code"/> (not thrown).</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> means success.</exception>
        public static BsSdkException ExceptionFor(int code, string function = null)
        {
            return ExceptionFor(code, function, null);
        }

        internal static BsSdkException ExceptionFor(int code, string function, SdkRelease release)
        {
            if (IsSuccess(code))
            {
                throw new ArgumentOutOfRangeException(
                    "code", code, "a success code (" + Name(code) + ") is not an error");
            }
            return CategoryClasses.Create(Category(code), code, function, release);
        }
    }
}
