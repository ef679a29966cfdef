using System;
using System.Runtime.InteropServices;
using System.Text;

namespace BsErrno.Tests
{
    /// <summary>The C library called directly, with the tests' own declarations: the reference the package's
    /// answers are compared with.</summary>
    internal static class CLibrary
    {
        [DllImport("bs_errno", EntryPoint = "bs_error_name")]
        private static extern IntPtr NamePtr(int code);

        [DllImport("bs_errno", EntryPoint = "bs_error_string")]
        private static extern IntPtr StringPtr(int code);

        [DllImport("bs_errno", EntryPoint = "bs_error_category")]
        internal static extern int Category(int code);

        [DllImport("bs_errno", EntryPoint = "bs_error_is_success")]
        internal static extern int IsSuccess(int code);

        [DllImport("bs_errno", EntryPoint = "bs_error_is_known")]
        internal static extern int IsKnown(int code);

        [DllImport("bs_errno", EntryPoint = "bs_error_format")]
        private static extern int FormatInto(int code, byte[] buf, UIntPtr size);

        [DllImport("bs_errno", EntryPoint = "bs_error_from_name")]
        private static extern int FromNameBytes(byte[] name);

        [DllImport("bs_errno", EntryPoint = "bs_sdk_release_find")]
        private static extern IntPtr FindBytes(byte[] version);

        [DllImport("bs_errno", EntryPoint = "bs_error_name_in")]
        private static extern IntPtr NameInPtr(IntPtr release, int code);

        [DllImport("bs_errno", EntryPoint = "bs_error_string_in")]
        private static extern IntPtr StringInPtr(IntPtr release, int code);

        [DllImport("bs_errno", EntryPoint = "bs_error_format_in")]
        private static extern int FormatInInto(IntPtr release, int code, byte[] buf, UIntPtr size);

        [DllImport("bs_errno", EntryPoint = "bs_error_is_known_in")]
        internal static extern int IsKnownIn(IntPtr release, int code);

        internal static string Name(int code)
        {
            return Text(NamePtr(code));
        }

        internal static string Describe(int code)
        {
            return Text(StringPtr(code));
        }

        internal static string Format(int code)
        {
            var buffer = new byte[600];
            int length = FormatInto(code, buffer, (UIntPtr)buffer.Length);
            return Encoding.UTF8.GetString(buffer, 0, length);
        }

        internal static int FromName(string name)
        {
            return FromNameBytes(Encoding.UTF8.GetBytes(name + "\0"));
        }

        internal static IntPtr Find(string version)
        {
            return FindBytes(Encoding.UTF8.GetBytes(version + "\0"));
        }

        internal static string NameIn(IntPtr release, int code)
        {
            return Text(NameInPtr(release, code));
        }

        internal static string DescribeIn(IntPtr release, int code)
        {
            return Text(StringInPtr(release, code));
        }

        internal static string FormatIn(IntPtr release, int code)
        {
            var buffer = new byte[600];
            int length = FormatInInto(release, code, buffer, (UIntPtr)buffer.Length);
            return Encoding.UTF8.GetString(buffer, 0, length);
        }

        private static string Text(IntPtr text)
        {
            if (text == IntPtr.Zero)
            {
                return null;
            }
            int length = 0;
            while (Marshal.ReadByte(text, length) != 0)
            {
                length++;
            }
            var bytes = new byte[length];
            Marshal.Copy(text, bytes, 0, length);
            return Encoding.UTF8.GetString(bytes);
        }
    }
}
