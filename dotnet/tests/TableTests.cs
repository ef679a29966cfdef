using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NUnit.Framework;

namespace BsErrno.Tests
{
    /// <summary>The enum against the data, and every answer against the C library.</summary>
    [TestFixture]
    public class TableTests
    {
        /// <summary>Every code of the data, and every int in -100000..100000.</summary>
        private static IEnumerable<int> SweptCodes()
        {
            foreach (ExpectedRow row in ExpectedTable.Rows)
            {
                yield return row.Code;
            }
            for (int code = -100000; code <= 100000; code++)
            {
                yield return code;
            }
            yield return int.MinValue;
            yield return int.MaxValue;
        }

        [Test]
        public void EveryCodeAnswersAsTheCLibrary()
        {
            int checkedCodes = 0;
            foreach (int code in SweptCodes())
            {
                var value = (BS2ErrorCode)code;
                Assert.AreEqual(CLibrary.Name(code), BsErrors.Name(code), "Name({0})", code);
                Assert.AreEqual(CLibrary.Name(code), value.Name(), "Name((BS2ErrorCode){0})", code);
                Assert.AreEqual(CLibrary.Describe(code), BsErrors.Describe(code), "Describe({0})", code);
                Assert.AreEqual(CLibrary.Describe(code), value.Describe(), "Describe((BS2ErrorCode){0})", code);
                Assert.AreEqual(CLibrary.Category(code), (int)BsErrors.Category(code), "Category({0})", code);
                Assert.AreEqual(CLibrary.Category(code), (int)value.Category(), "Category((BS2ErrorCode){0})", code);
                Assert.AreEqual(CLibrary.IsSuccess(code) != 0, BsErrors.IsSuccess(code), "IsSuccess({0})", code);
                Assert.AreEqual(CLibrary.IsSuccess(code) != 0, value.IsSuccess(), "IsSuccess((BS2ErrorCode){0})", code);
                Assert.AreEqual(CLibrary.IsKnown(code) != 0, BsErrors.IsKnown(code), "IsKnown({0})", code);
                Assert.AreEqual(CLibrary.IsKnown(code) != 0, value.IsKnown(), "IsKnown((BS2ErrorCode){0})", code);
                Assert.AreEqual(CLibrary.Format(code), BsErrors.Format(code), "Format({0})", code);
                Assert.AreEqual(CLibrary.Format(code), value.Format(), "Format((BS2ErrorCode){0})", code);
                checkedCodes++;
            }
            Assert.AreEqual(ExpectedTable.Rows.Length + 200001 + 2, checkedCodes);
        }

        [Test]
        public void EachTextIsReadOnce()
        {
            foreach (ExpectedRow row in ExpectedTable.Rows)
            {
                Assert.AreSame(BsErrors.Name(row.Code), BsErrors.Name(row.Code), row.Name);
                Assert.AreSame(BsErrors.Describe(row.Code), BsErrors.Describe(row.Code), row.Name);
            }
        }

        [Test]
        public void TheEnumHasEveryNameOfTheDataWithItsValue()
        {
            var expected = ExpectedTable.Rows.ToDictionary(r => r.Name, r => r.Code);
            var actual = Enum.GetNames(typeof(BS2ErrorCode))
                .ToDictionary(n => n, n => (int)Enum.Parse(typeof(BS2ErrorCode), n));
            CollectionAssert.AreEquivalent(expected, actual);
            Assert.AreEqual(typeof(int), Enum.GetUnderlyingType(typeof(BS2ErrorCode)));
        }

        [Test]
        public void TheEnumIsNoSetOfFlags()
        {
            Assert.IsFalse(typeof(BS2ErrorCode).IsDefined(typeof(FlagsAttribute), false));
            Assert.AreEqual("7", ((BS2ErrorCode)7).ToString());
        }

        [Test]
        public void ExactlyTheDeprecatedAliasesAreObsoleteWithTheHeadersMessage()
        {
            foreach (ExpectedRow row in ExpectedTable.Rows)
            {
                FieldInfo field = typeof(BS2ErrorCode).GetField(row.Name);
                var obsolete = (ObsoleteAttribute)Attribute.GetCustomAttribute(field, typeof(ObsoleteAttribute));
                if (row.Deprecated)
                {
                    Assert.IsNotNull(obsolete, row.Name);
                    Assert.AreEqual(row.ObsoleteMessage, obsolete.Message, row.Name);
                    Assert.IsFalse(obsolete.IsError, row.Name);
                }
                else
                {
                    Assert.IsNull(obsolete, row.Name);
                }
            }
        }

        [Test]
        public void EveryNameOfTheDataGivesItsCode()
        {
            foreach (ExpectedRow row in ExpectedTable.Rows)
            {
                BS2ErrorCode code;
                Assert.IsTrue(BsErrors.TryFromName(row.Name, out code), row.Name);
                Assert.AreEqual(row.Code, (int)code, row.Name);
                Assert.AreEqual(CLibrary.FromName(row.Name), (int)code, row.Name);
            }
        }

        [Test]
        public void EveryCanonicalCodeAnswersAsTheData()
        {
            foreach (ExpectedRow row in ExpectedTable.Rows.Where(r => r.AliasOf == null))
            {
                Assert.AreEqual(row.Name, BsErrors.Name(row.Code));
                Assert.AreEqual(row.Description, BsErrors.Describe(row.Code), row.Name);
                Assert.AreEqual(row.Category, BsErrors.Category(row.Code).Name(), row.Name);
                Assert.IsTrue(BsErrors.IsKnown(row.Code), row.Name);
            }
            foreach (ExpectedRow row in ExpectedTable.Rows.Where(r => r.AliasOf != null))
            {
                Assert.AreEqual(row.AliasOf, BsErrors.Name(row.Code), "{0} is an alias", row.Name);
            }
        }

        [Test]
        public void CodesListsEveryCanonicalCodeAscending()
        {
            int[] expected = ExpectedTable.Rows.Where(r => r.AliasOf == null).Select(r => r.Code).ToArray();
            CollectionAssert.AreEqual(expected, BsErrors.Codes.Select(c => (int)c).ToArray());
        }

        [Test]
        public void TheCategoryEnumIsTheDatas()
        {
            var expected = ExpectedTable.Categories.ToDictionary(c => c.Member, c => c.Number);
            var actual = Enum.GetNames(typeof(BsErrorCategory))
                .ToDictionary(n => n, n => (int)Enum.Parse(typeof(BsErrorCategory), n));
            CollectionAssert.AreEquivalent(expected, actual);
            foreach (ExpectedCategory category in ExpectedTable.Categories)
            {
                Assert.AreEqual(category.Name, ((BsErrorCategory)category.Number).Name());
            }
        }

        [Test]
        public void TheLibraryVersionIsThePackages()
        {
            string informational = typeof(BsErrors).Assembly
                .GetCustomAttributes(typeof(AssemblyInformationalVersionAttribute), false)
                .Cast<AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
            Assert.AreEqual(informational, BsErrors.LibraryVersion);
        }
    }
}
