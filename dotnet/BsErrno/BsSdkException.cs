using System;

namespace BsErrno
{
    /// <summary>
    /// A BioStar 2 SDK call returned an error code. <see cref="BsErrors.Check(int, string)"/> throws the
    /// subclass of the code's category (<see cref="BsCommunicationException"/>, <see cref="BsDatabaseException"/>,
    /// ...); catch this class for every SDK failure.
    /// </summary>
    /// <remarks>
    /// <para>The message is the code's line, <c>"BS2_ConnectDevice: BS_SDK_ERROR_CANNOT_CONNECT_SOCKET (-102):
    /// Cannot connect to socket."</c>.</para>
    /// <para>Where .NET has an exception for what the code means, <see cref="Exception.InnerException"/> is one
    /// with the same message: <see cref="TimeoutException"/> for a code whose name says <c>TIMEOUT</c>,
    /// <see cref="ArgumentException"/> for an invalid parameter (<c>..._PARAM</c>, <c>NULL_POINTER</c>), and
    /// otherwise the category's (<see cref="System.IO.IOException"/> for communication and file I/O). So a retry
    /// policy can ask <c>e.InnerException is TimeoutException</c>, as .NET's own HttpClient reports timeouts. C#
    /// has no multiple inheritance: a class cannot be both a <see cref="BsSdkException"/> and an
    /// <see cref="System.IO.IOException"/>.</para>
    /// </remarks>
    public class BsSdkException : Exception
    {
        /// <summary>The exception for <paramref name="code"/>, as <paramref name="release"/> names it (null:
        /// today's table). <see cref="BsErrors.ExceptionFor(int, string)"/> picks the category's class.</summary>
        public BsSdkException(int code, string function = null, SdkRelease release = null)
            : base(MessageOf(code, function, release), MeaningOf(code, function, release))
        {
            Code = code;
            Name = release == null ? BsErrors.Name(code) : release.Name(code);
            Description = release == null ? BsErrors.Describe(code) : release.Describe(code);
            Category = BsErrors.Category(code);
            Function = function;
            Release = release;
        }

        /// <summary>The code the call returned.</summary>
        public int Code { get; private set; }

        /// <summary>The code as the enum (possibly a value it does not name).</summary>
        public BS2ErrorCode ErrorCode
        {
            get { return (BS2ErrorCode)Code; }
        }

        /// <summary>The macro name (as <see cref="Release"/> named it), or <c>"UNKNOWN"</c>.</summary>
        public string Name { get; private set; }

        /// <summary>What the code means (as <see cref="Release"/> named it).</summary>
        public string Description { get; private set; }

        /// <summary>The family of the code, by its numeric range.</summary>
        public BsErrorCategory Category { get; private set; }

        /// <summary>The name of the call that returned the code, or null.</summary>
        public string Function { get; private set; }

        /// <summary>The SDK release whose names the exception carries, or null for today's table.</summary>
        public SdkRelease Release { get; private set; }

        private static string MessageOf(int code, string function, SdkRelease release)
        {
            string line = release == null ? BsErrors.Format(code) : release.Format(code);
            return function == null ? line : function + ": " + line;
        }

        private static Exception MeaningOf(int code, string function, SdkRelease release)
        {
            string message = MessageOf(code, function, release);
            string name = BsErrors.Name(code);
            if (name.Contains("TIMEOUT"))
            {
                return new TimeoutException(message);
            }
            if (name.EndsWith("_PARAM", StringComparison.Ordinal) || name == "BS_SDK_ERROR_NULL_POINTER")
            {
                return new ArgumentException(message);
            }
            return CategoryClasses.Meaning(BsErrors.Category(code), message);
        }
    }
}
