using System;
using System.Linq;
using NUnit.Framework;

namespace BsErrno.Tests
{
    /// <summary>SdkRelease over the C library's release handles.</summary>
    [TestFixture]
    public class SdkReleaseTests
    {
        [Test]
        public void AllIsEveryReleaseOfTheDataOldestFirst()
        {
            CollectionAssert.AreEqual(ExpectedTable.Releases.Select(r => r[0]).ToArray(),
                SdkRelease.All.Select(r => r.Version).ToArray());
            CollectionAssert.AreEqual(ExpectedTable.Releases.Select(r => r[1]).ToArray(),
                SdkRelease.All.Select(r => r.Date).ToArray());
        }

        [Test]
        public void EachVersionFindsItsReleaseAndTheSameInstance()
        {
            foreach (SdkRelease release in SdkRelease.All)
            {
                Assert.AreSame(release, SdkRelease.Find(release.Version));
                Assert.AreSame(release, SdkRelease.Find("V" + release.Version));
                Assert.AreEqual("SDK " + release.Version, release.ToString());
                SdkRelease found;
                Assert.IsTrue(SdkRelease.TryFind(release.Version, out found));
                Assert.AreSame(release, found);
            }
        }

        [Test]
        public void AVersionFindsWhatTheCLibraryFinds()
        {
            string[] versions = { "2.7", "2.7.1", "2.7.1.5", "2.6", "1.0", "99.0", "99.1.2.3", "v2.8" };
            foreach (string version in versions)
            {
                IntPtr handle = CLibrary.Find(version);
                Assert.AreNotEqual(IntPtr.Zero, handle, version);
                SdkRelease release = SdkRelease.Find(version);
                Assert.AreEqual(CLibrary.NameIn(handle, -319), release.Name(-319), version);
                Assert.IsTrue(SdkRelease.All.Contains(release), version);
            }
            Assert.AreSame(SdkRelease.All.First(), SdkRelease.Find("1.0"));
            Assert.AreSame(SdkRelease.All.Last(), SdkRelease.Find("99.0"));
        }

        [TestCase("")]
        [TestCase("junk")]
        [TestCase("99")]
        [TestCase("2.7.x")]
        [TestCase("2.7.1.1.1")]
        [TestCase("2.7.1.1 trailing")]
        [TestCase("2.7.99999999999")]
        [TestCase("2.7\01.1")]
        [TestCase("2.7.1.1\0")]
        [TestCase("２.７")]
        public void AMalformedVersionIsRefused(string version)
        {
            Assert.Throws<FormatException>(() => SdkRelease.Find(version));
            SdkRelease release;
            Assert.IsFalse(SdkRelease.TryFind(version, out release));
            Assert.IsNull(release);
        }

        [Test]
        public void ANullVersionIsRefused()
        {
            Assert.Throws<ArgumentNullException>(() => SdkRelease.Find(null));
            SdkRelease release;
            Assert.IsFalse(SdkRelease.TryFind(null, out release));
            Assert.IsNull(release);
        }

        [Test]
        public void EveryReleaseAnswersAsTheCLibrary()
        {
            int[] codes = ExpectedTable.Rows.Select(r => r.Code)
                .Concat(Enumerable.Range(-11000, 11020)).Concat(new[] { int.MinValue, int.MaxValue }).ToArray();
            foreach (SdkRelease release in SdkRelease.All)
            {
                IntPtr handle = CLibrary.Find(release.Version);
                foreach (int code in codes)
                {
                    Assert.AreEqual(CLibrary.NameIn(handle, code), release.Name(code), "{0} {1}", release, code);
                    Assert.AreEqual(CLibrary.NameIn(handle, code), release.Name((BS2ErrorCode)code));
                    Assert.AreEqual(CLibrary.DescribeIn(handle, code), release.Describe(code), "{0} {1}", release, code);
                    Assert.AreEqual(CLibrary.DescribeIn(handle, code), release.Describe((BS2ErrorCode)code));
                    Assert.AreEqual(CLibrary.FormatIn(handle, code), release.Format(code), "{0} {1}", release, code);
                    Assert.AreEqual(CLibrary.FormatIn(handle, code), release.Format((BS2ErrorCode)code));
                    Assert.AreEqual(CLibrary.IsKnownIn(handle, code) != 0, release.IsKnown(code), "{0} {1}", release, code);
                    Assert.AreEqual(CLibrary.IsKnownIn(handle, code) != 0, release.IsKnown((BS2ErrorCode)code));
                }
            }
        }

        [Test]
        public void CheckCarriesTheReleasesNames()
        {
            foreach (SdkRelease release in SdkRelease.All)
            {
                IntPtr handle = CLibrary.Find(release.Version);
                foreach (ExpectedRow row in ExpectedTable.Rows.Where(r => r.AliasOf == null))
                {
                    if (row.Category == "success")
                    {
                        Assert.AreEqual(row.Code, release.Check(row.Code));
                        continue;
                    }
                    var error = (BsSdkException)Assert.Throws(Is.InstanceOf<BsSdkException>(),
                        () => release.Check(row.Code, "BS2_Call"));
                    Assert.AreSame(release, error.Release);
                    Assert.AreEqual(CLibrary.NameIn(handle, row.Code), error.Name);
                    Assert.AreEqual(CLibrary.DescribeIn(handle, row.Code), error.Description);
                    Assert.AreEqual("BS2_Call: " + CLibrary.FormatIn(handle, row.Code), error.Message);
                    // The class depends on the numeric category only.
                    Assert.AreEqual(BsErrors.ExceptionFor(row.Code).GetType(), error.GetType());
                }
            }
        }
    }
}
