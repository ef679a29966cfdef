// An application built against the installed BsErrno package: the vendor's style of code (BS2ErrorCode
// compared and printed) and BsErrors, then every answer compared with the C library the package carries.
using System;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using BsErrno;

internal static class Program
{
    [DllImport("bs_errno")] private static extern IntPtr bs_error_name(int code);
    [DllImport("bs_errno")] private static extern IntPtr bs_error_string(int code);
    [DllImport("bs_errno")] private static extern int bs_error_category(int code);
    [DllImport("bs_errno")] private static extern int bs_error_is_success(int code);
    [DllImport("bs_errno")] private static extern int bs_error_format(int code, byte[] buf, UIntPtr size);

    private static int passed;
    private static int failed;

    private static void Expect(bool ok, string what)
    {
        if (ok)
        {
            passed++;
        }
        else
        {
            failed++;
            if (failed <= 20)
            {
                Console.Error.WriteLine("FAILED: " + what);
            }
        }
    }

    private static string Text(IntPtr p)
    {
        int n = 0;
        while (Marshal.ReadByte(p, n) != 0)
        {
            n++;
        }
        var bytes = new byte[n];
        Marshal.Copy(p, bytes, 0, n);
        return Encoding.UTF8.GetString(bytes);
    }

    private static string CFormat(int code)
    {
        var buffer = new byte[600];
        int n = bs_error_format(code, buffer, (UIntPtr)buffer.Length);
        return Encoding.UTF8.GetString(buffer, 0, n);
    }

    private static int ConnectDevice(uint deviceId)
    {
        return (int)BS2ErrorCode.BS_SDK_ERROR_CANNOT_CONNECT_SOCKET; // a vendor call that failed
    }

    private static int Main()
    {
        // The vendor's examples' style, unchanged but for `using BsErrno;`.
        BS2ErrorCode result = (BS2ErrorCode)ConnectDevice(541530000);
        if (result != BS2ErrorCode.BS_SDK_SUCCESS)
        {
            Console.WriteLine("Got error({0}).", result);
        }
        try
        {
            BsErrors.Check(ConnectDevice(541530000), "BS2_ConnectDevice");
        }
        catch (BsCommunicationException e)
        {
            Console.WriteLine(e.Message);
            Expect(e.InnerException is System.IO.IOException, "a communication failure carries an IOException");
        }
        Expect(BsErrors.Check((int)BS2ErrorCode.BS_SDK_DURESS_SUCCESS) == 2, "2 is a success");

        var codes = BsErrors.Codes.Select(c => (int)c).Concat(Enumerable.Range(-100000, 200001));
        foreach (int code in codes)
        {
            Expect(BsErrors.Name(code) == Text(bs_error_name(code)), "Name(" + code + ")");
            Expect(BsErrors.Describe(code) == Text(bs_error_string(code)), "Describe(" + code + ")");
            Expect((int)BsErrors.Category(code) == bs_error_category(code), "Category(" + code + ")");
            Expect(BsErrors.IsSuccess(code) == (bs_error_is_success(code) != 0), "IsSuccess(" + code + ")");
            Expect(BsErrors.Format(code) == CFormat(code), "Format(" + code + ")");
        }
        Console.WriteLine("{0} passed, {1} failed", passed, failed);
        return failed == 0 && passed > 0 ? 0 : 1;
    }
}
