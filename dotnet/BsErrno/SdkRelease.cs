using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace BsErrno
{
    /// <summary>
    /// The table of one SDK release: what each code was named and meant in the SDK an application runs
    /// (some values changed meaning between releases).
    /// </summary>
    /// <example>
    /// <code>
    /// SdkRelease sdk = SdkRelease.Find(versionFromBS2_Version);   // "2.7.1.1", "V2.7.1.1", "2.7"
    /// sdk.Name(-319);          // "BS_SDK_ERROR_FAKE_FACE_DETECTED" (today: ..._UNMASKED_FACE_DETECTED)
    /// sdk.Check(rc, "BS2_ScanFaceEx");
    /// </code>
    /// </example>
    /// <remarks>There is one instance per release, so releases compare with <c>==</c>. Thread-safe.</remarks>
    public sealed class SdkRelease
    {
        private static readonly ConcurrentDictionary<IntPtr, SdkRelease> Instances =
            new ConcurrentDictionary<IntPtr, SdkRelease>();

        private static readonly Lazy<ReadOnlyCollection<SdkRelease>> Releases =
            new Lazy<ReadOnlyCollection<SdkRelease>>(() =>
            {
                ulong count = Native.bs_sdk_release_count().ToUInt64();
                var releases = new List<SdkRelease>();
                for (ulong i = 0; i < count; i++)
                {
                    releases.Add(Of(Native.bs_sdk_release_at(new UIntPtr(i))));
                }
                return releases.AsReadOnly();
            });

        private readonly IntPtr handle;

        private SdkRelease(IntPtr handle)
        {
            this.handle = handle;
            Version = Native.StaticString(Native.bs_sdk_release_version(handle));
            Date = Native.StaticString(Native.bs_sdk_release_date(handle));
        }

        private static SdkRelease Of(IntPtr handle)
        {
            SdkRelease known;
            return Instances.TryGetValue(handle, out known) ? known : Instances.GetOrAdd(handle, new SdkRelease(handle));
        }

        /// <summary>Every release the library knows, oldest first.</summary>
        public static IReadOnlyList<SdkRelease> All
        {
            get { return Releases.Value; }
        }

        /// <summary>
        /// The release whose table answers for <paramref name="version"/>, as <c>BS2_Version()</c> reports it:
        /// "2.7.1.1", "V2.7.1.1", "2.7.1" or "2.7". A version between releases gets the newest release not
        /// after it, an older one the oldest release, a newer one the newest.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="version"/> is null.</exception>
        /// <exception cref="FormatException"><paramref name="version"/> is not a version.</exception>
        public static SdkRelease Find(string version)
        {
            if (version == null)
            {
                throw new ArgumentNullException("version");
            }
            SdkRelease release;
            if (!TryFind(version, out release))
            {
                throw new FormatException(
                    "\"" + version + "\" is not an SDK version: expected numbers separated by dots, such as "
                    + "\"2.7.1.1\", \"V2.7.1.1\" or \"2.7\"");
            }
            return release;
        }

        /// <summary>Like <see cref="Find(string)"/>, but false (and null) for null or a malformed version.</summary>
        public static bool TryFind(string version, out SdkRelease release)
        {
            byte[] text = Native.CString(version);
            IntPtr handle = text == null ? IntPtr.Zero : Native.bs_sdk_release_find(text);
            release = handle == IntPtr.Zero ? null : Of(handle);
            return release != null;
        }

        /// <summary>The release's version, four numbers: "2.7.1.1".</summary>
        public string Version { get; private set; }

        /// <summary>The release's date, "YYYY-MM-DD".</summary>
        public string Date { get; private set; }

        /// <summary>The macro name this release gave <paramref name="code"/>, or "UNKNOWN" if it did not
        /// define it.</summary>
        public string Name(int code)
        {
            return Native.StaticString(Native.bs_error_name_in(handle, code));
        }

        /// <summary>The macro name this release gave <paramref name="code"/>.</summary>
        public string Name(BS2ErrorCode code)
        {
            return Name((int)code);
        }

        /// <summary>What <paramref name="code"/> meant under this release's name for it, or "Unknown error
        /// code.".</summary>
        public string Describe(int code)
        {
            return Native.StaticString(Native.bs_error_string_in(handle, code));
        }

        /// <summary>What <paramref name="code"/> meant in this release.</summary>
        public string Describe(BS2ErrorCode code)
        {
            return Describe((int)code);
        }

        /// <summary>True if this release defined <paramref name="code"/>.</summary>
        public bool IsKnown(int code)
        {
            return Native.bs_error_is_known_in(handle, code) != 0;
        }

        /// <summary>True if this release defined <paramref name="code"/>.</summary>
        public bool IsKnown(BS2ErrorCode code)
        {
            return IsKnown((int)code);
        }

        /// <summary>One line for a log, as this release named <paramref name="code"/>.</summary>
        public string Format(int code)
        {
            IntPtr release = handle;
            return Native.FormatLine(buffer => Native.bs_error_format_in(release, code, buffer, (UIntPtr)buffer.Length));
        }

        /// <summary>One line for a log, as this release named <paramref name="code"/>.</summary>
        public string Format(BS2ErrorCode code)
        {
            return Format((int)code);
        }

        /// <summary><see cref="BsErrors.Check(int, string)"/> with this release's names in the exception (its
        /// class depends on the numeric category only).</summary>
        public int Check(int code, string function = null)
        {
            if (BsErrors.IsSuccess(code))
            {
                return code;
            }
            throw BsErrors.ExceptionFor(code, function, this);
        }

        /// <summary>"SDK 2.7.1.1".</summary>
        public override string ToString()
        {
            return "SDK " + Version;
        }
    }
}
