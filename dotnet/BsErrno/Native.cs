using System;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace BsErrno
{
    /// <summary>The C library <c>bs_errno</c> (libbs_errno.so, bs_errno.dll): every answer comes from it.</summary>
    internal static class Native
    {
        private const string Library = "bs_errno";

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr bs_error_string(int code);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr bs_error_name(int code);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int bs_error_category(int code);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr bs_error_category_name(int category);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int bs_error_is_known(int code);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int bs_error_is_success(int code);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int bs_error_from_name(byte[] name);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern UIntPtr bs_error_count();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int bs_error_code_at(UIntPtr index);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int bs_error_format(int code, byte[] buf, UIntPtr size);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr bs_errno_version();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr bs_sdk_release_find(byte[] version);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern UIntPtr bs_sdk_release_count();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr bs_sdk_release_at(UIntPtr index);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr bs_sdk_release_version(IntPtr release);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr bs_sdk_release_date(IntPtr release);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr bs_error_name_in(IntPtr release, int code);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr bs_error_string_in(IntPtr release, int code);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int bs_error_format_in(IntPtr release, int code, byte[] buf, UIntPtr size);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int bs_error_is_known_in(IntPtr release, int code);

        // Every string the library returns is static, so each is decoded once and found again by its address.
        private static readonly ConcurrentDictionary<IntPtr, string> Decoded = new ConcurrentDictionary<IntPtr, string>();

        /// <summary>The static NUL-terminated UTF-8 string at <paramref name="text"/>, or null for NULL.</summary>
        internal static string StaticString(IntPtr text)
        {
            if (text == IntPtr.Zero)
            {
                return null;
            }
            string known;
            return Decoded.TryGetValue(text, out known) ? known : Decoded.GetOrAdd(text, Decode(text));
        }

        private static string Decode(IntPtr text)
        {
            int length = 0;
            while (Marshal.ReadByte(text, length) != 0)
            {
                length++;
            }
            var bytes = new byte[length];
            Marshal.Copy(text, bytes, 0, length);
            return Encoding.UTF8.GetString(bytes);
        }

        /// <summary><paramref name="text"/> as a NUL-terminated UTF-8 string, or null when C could not read it
        /// as the same text (null, or a NUL inside).</summary>
        internal static byte[] CString(string text)
        {
            if (text == null || text.IndexOf('\0') >= 0)
            {
                return null;
            }
            var bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
            Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, 0);
            return bytes;
        }

        /// <summary>The line a format function writes, grown until it fits.</summary>
        internal static string FormatLine(Func<byte[], int> format)
        {
            var buffer = new byte[160];
            while (true)
            {
                int length = format(buffer);
                if (length < 0)
                {
                    throw new InvalidOperationException("bs_errno: a format function failed (" + length + ")");
                }
                if (length < buffer.Length)
                {
                    return Encoding.UTF8.GetString(buffer, 0, length);
                }
                buffer = new byte[length + 1];
            }
        }
    }
}
