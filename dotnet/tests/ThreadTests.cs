using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace BsErrno.Tests
{
    [TestFixture]
    public class ThreadTests
    {
        [Test]
        public void ManyThreadsGetTheSameAnswers()
        {
            int[] codes = ExpectedTable.Rows.Select(r => r.Code).Concat(Enumerable.Range(-2000, 2100)).ToArray();
            string[] expected = codes.Select(c => CLibrary.Name(c) + "|" + CLibrary.Describe(c) + "|" + CLibrary.Format(c)).ToArray();
            var failures = new int[1];
            Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
            {
                for (int round = 0; round < 5; round++)
                {
                    for (int i = 0; i < codes.Length; i++)
                    {
                        int at = (i + worker * 97) % codes.Length;
                        int code = codes[at];
                        string answer = BsErrors.Name(code) + "|" + BsErrors.Describe(code) + "|" + BsErrors.Format(code);
                        if (answer != expected[at])
                        {
                            System.Threading.Interlocked.Increment(ref failures[0]);
                        }
                    }
                }
            });
            Assert.AreEqual(0, failures[0]);
        }
    }
}
