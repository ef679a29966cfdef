using System;
using System.Linq;
using NUnit.Framework;

namespace BsErrno.Tests
{
    /// <summary>BsErrors.Check: success codes come back, each error throws its category's class.</summary>
    [TestFixture]
    public class CheckTests
    {
        private static ExpectedCategory CategoryOf(int code)
        {
            return ExpectedTable.Categories.Single(c => c.Number == (int)BsErrors.Category(code));
        }

        /// <summary>The .NET exception the code's meaning maps to: its name first (the Python package's rule),
        /// then its category (data/categories.tsv).</summary>
        private static Type ExpectedInner(int code)
        {
            string name = BsErrors.Name(code);
            if (name.Contains("TIMEOUT"))
            {
                return typeof(TimeoutException);
            }
            if (name.EndsWith("_PARAM", StringComparison.Ordinal) || name == "BS_SDK_ERROR_NULL_POINTER")
            {
                return typeof(ArgumentException);
            }
            string inner = CategoryOf(code).InnerException;
            return inner == null ? null : Type.GetType(inner + ", netstandard", true);
        }

        [Test]
        public void SuccessCodesComeBack()
        {
            foreach (int code in new[] { 1, 2, 3, 7, 13, 14, 1000, int.MaxValue })
            {
                Assert.AreEqual(code, BsErrors.Check(code), "{0}", code);
                Assert.AreEqual((BS2ErrorCode)code, ((BS2ErrorCode)code).Check(), "{0}", code);
            }
            foreach (ExpectedRow row in ExpectedTable.Rows.Where(r => r.Category == "success"))
            {
                Assert.AreEqual(row.Code, BsErrors.Check(row.Code, "BS2_Anything"));
            }
        }

        [Test]
        public void EveryErrorThrowsItsCategorysClass()
        {
            int[] codes = ExpectedTable.Rows.Where(r => r.Category != "success").Select(r => r.Code)
                .Concat(new[] { 0, -799, -2, -5000, -100000, int.MinValue }).ToArray();
            foreach (int code in codes)
            {
                var error = Assert.Throws(Is.InstanceOf<BsSdkException>(), () => BsErrors.Check(code, "BS2_Call"));
                var sdkError = (BsSdkException)error;
                ExpectedCategory category = CategoryOf(code);
                Assert.AreEqual("BsErrno." + category.ExceptionClass, error.GetType().FullName, "{0}", code);
                Assert.AreEqual(code, sdkError.Code);
                Assert.AreEqual((BS2ErrorCode)code, sdkError.ErrorCode);
                Assert.AreEqual(CLibrary.Name(code), sdkError.Name);
                Assert.AreEqual(CLibrary.Describe(code), sdkError.Description);
                Assert.AreEqual(category.Number, (int)sdkError.Category);
                Assert.AreEqual("BS2_Call", sdkError.Function);
                Assert.IsNull(sdkError.Release);
                Assert.AreEqual("BS2_Call: " + CLibrary.Format(code), sdkError.Message);
                Type inner = ExpectedInner(code);
                if (inner == null)
                {
                    Assert.IsNull(error.InnerException, "{0}", code);
                }
                else
                {
                    Assert.AreEqual(inner, error.InnerException.GetType(), "{0}", code);
                    Assert.AreEqual(error.Message, error.InnerException.Message);
                }
                Assert.AreEqual(error.GetType(), BsErrors.ExceptionFor(code, "BS2_Call").GetType());
            }
        }

        [Test]
        public void EveryCategoryOfErrorsHasItsClassAndTheDatasMeaning()
        {
            foreach (ExpectedCategory category in ExpectedTable.Categories.Where(c => c.ExceptionClass != null))
            {
                Type type = typeof(BsSdkException).Assembly.GetType("BsErrno." + category.ExceptionClass, true);
                Assert.IsTrue(type.IsSubclassOf(typeof(BsSdkException)), category.Name);
            }
            // A code of the category whose name says nothing more carries the category's meaning.
            foreach (ExpectedCategory category in ExpectedTable.Categories.Where(c => c.InnerException != null))
            {
                ExpectedRow plain = ExpectedTable.Rows.First(r => r.Category == category.Name && r.AliasOf == null
                    && !r.Name.Contains("TIMEOUT") && !r.Name.EndsWith("_PARAM", StringComparison.Ordinal));
                var error = BsErrors.ExceptionFor(plain.Code);
                Assert.AreEqual(category.InnerException, error.InnerException.GetType().FullName, plain.Name);
            }
        }

        [Test]
        public void WithoutAFunctionTheMessageIsTheLine()
        {
            var error = Assert.Throws<BsDatabaseException>(() => BsErrors.Check(-714));
            Assert.AreEqual(CLibrary.Format(-714), error.Message);
            Assert.IsNull(error.Function);
        }

        [Test]
        public void ASuccessCodeHasNoException()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => BsErrors.ExceptionFor(1));
            Assert.Throws<ArgumentOutOfRangeException>(() => BsErrors.ExceptionFor(int.MaxValue));
        }
    }
}
