namespace BsErrno.Tests
{
    /// <summary>A row of data/codes.tsv, as ExpectedTable (generated) lists it.</summary>
    internal sealed class ExpectedRow
    {
        internal ExpectedRow(int code, string name, string aliasOf, bool deprecated, string obsoleteMessage,
            string category, string description)
        {
            Code = code;
            Name = name;
            AliasOf = aliasOf;
            Deprecated = deprecated;
            ObsoleteMessage = obsoleteMessage;
            Category = category;
            Description = description;
        }

        internal int Code { get; private set; }
        internal string Name { get; private set; }
        internal string AliasOf { get; private set; }
        internal bool Deprecated { get; private set; }
        internal string ObsoleteMessage { get; private set; }
        internal string Category { get; private set; }
        internal string Description { get; private set; }
    }

    /// <summary>A row of data/categories.tsv.</summary>
    internal sealed class ExpectedCategory
    {
        internal ExpectedCategory(int number, string name, string member, string exceptionClass, string innerException)
        {
            Number = number;
            Name = name;
            Member = member;
            ExceptionClass = exceptionClass;
            InnerException = innerException;
        }

        internal int Number { get; private set; }
        internal string Name { get; private set; }
        internal string Member { get; private set; }
        internal string ExceptionClass { get; private set; }
        internal string InnerException { get; private set; }
    }
}
