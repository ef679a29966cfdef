// The stand-in vendor SDK of the documentation's C# examples (see xtask/src/doc_examples.rs): the vendor's
// `API` class as the examples call it, and what an application around them has. Each example's statements
// become the body of Example.Main, compiled against the package's assembly (not run).
using System;
using System.Runtime.InteropServices;

static class API
{
    public static int BS2_ConnectDevice(IntPtr context, uint deviceId) { return -102; }
    public static IntPtr BS2_Version() { return Marshal.StringToHGlobalAnsi("2.7.1.1"); }
}

sealed class Log
{
    public void Warn(string message) { Console.Error.WriteLine(message); }
}

static partial class Example
{
    static IntPtr context = IntPtr.Zero;
    static uint deviceId = 541530000;
    static int rc = 1;
    static Log log = new Log();
}
