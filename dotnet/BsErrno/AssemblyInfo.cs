using System.Reflection;
using System.Runtime.Versioning;

[assembly: AssemblyTitle("BsErrno")]
[assembly: AssemblyDescription("Suprema BioStar 2 Device SDK return codes: names, descriptions, categories and exceptions")]
[assembly: TargetFramework(".NETStandard,Version=v2.0", FrameworkDisplayName = "")]
