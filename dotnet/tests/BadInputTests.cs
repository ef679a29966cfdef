using System;
using NUnit.Framework;

namespace BsErrno.Tests
{
    /// <summary>Every input gets a defined answer.</summary>
    [TestFixture]
    public class BadInputTests
    {
        [TestCase(int.MinValue)]
        [TestCase(int.MinValue + 1)]
        [TestCase(-1000000)]
        [TestCase(0)]
        [TestCase(-799)]
        [TestCase(int.MaxValue)]
        public void AnyIntHasAnAnswer(int code)
        {
            Assert.IsNotNullOrEmpty(BsErrors.Name(code));
            Assert.IsNotNullOrEmpty(BsErrors.Describe(code));
            Assert.IsNotNullOrEmpty(BsErrors.Format(code));
            Assert.IsTrue(Enum.IsDefined(typeof(BsErrorCategory), BsErrors.Category(code)));
            Assert.AreEqual(code > 0, BsErrors.IsSuccess(code));
        }

        [TestCase(-12345)]
        [TestCase(0)]
        [TestCase(int.MinValue)]
        public void AnUndefinedEnumValueIsUnknown(int code)
        {
            var value = (BS2ErrorCode)code;
            Assert.IsFalse(Enum.IsDefined(typeof(BS2ErrorCode), value));
            Assert.AreEqual(BsErrors.UnknownName, value.Name());
            Assert.IsFalse(value.IsKnown());
            Assert.IsFalse(value.IsSuccess());
            Assert.AreEqual(CLibrary.Format(code), value.Format());
            Assert.Throws(Is.InstanceOf<BsSdkException>(), () => value.Check());
        }

        [Test]
        public void AnUndefinedPositiveEnumValueIsSuccess()
        {
            var value = (BS2ErrorCode)777;
            Assert.IsTrue(value.IsSuccess());
            Assert.AreEqual(value, value.Check());
        }

        [TestCase(null)]
        [TestCase("")]
        [TestCase("bs_sdk_success")]
        [TestCase("BS_SDK_SUCCESS\0")]
        [TestCase("BS_SDK_SUCCESS\0BS_SDK_ERROR_NULL_POINTER")]
        [TestCase(" BS_SDK_SUCCESS")]
        [TestCase("BS_SDK_ERRÖR_NULL_POINTER")]
        [TestCase("UNKNOWN")]
        public void ANameThatIsNoNameIsRefused(string name)
        {
            BS2ErrorCode code;
            Assert.IsFalse(BsErrors.TryFromName(name, out code));
            Assert.AreEqual(0, (int)code);
        }

        [Test]
        public void AVeryLongNameIsRefused()
        {
            BS2ErrorCode code;
            Assert.IsFalse(BsErrors.TryFromName(new string('A', 100000), out code));
        }

        [Test]
        public void AnUndefinedCategoryIsNamedUnknown()
        {
            foreach (int value in new[] { -1, ExpectedTable.Categories.Length, 1000, int.MinValue, int.MaxValue })
            {
                Assert.AreEqual("unknown", ((BsErrorCategory)value).Name(), "{0}", value);
            }
        }
    }
}
