// generated — do not edit. Rendered by `cargo xtask generate` from Cargo.toml ([workspace.package]).

using System.Reflection;

[assembly: AssemblyVersion("0.2.0.0")]
[assembly: AssemblyFileVersion("0.2.0.0")]
[assembly: AssemblyInformationalVersion("0.2.0")]

namespace BsErrno
{
    internal static class PackageVersion
    {
        /// <summary>The version of the package (the C library reports its own).</summary>
        internal const string Text = "0.2.0";
    }
}
