using Supervision.Templating;

namespace Supervision.Tests.Register;

/// <summary>
/// Where the audit entries of a test start: every register's chain opens with one entry per shipped template
/// (their version 1), so entry numbers are counted after them and hold whatever templates the product ships.
/// </summary>
internal static class AuditSeq
{
    /// <summary>The entries the shipped templates take at the start of the chain.</summary>
    public static readonly int Shipped = TemplateSources.Embedded().Count;

    /// <summary>The sequence number of the test's n-th entry after the shipped templates' (1 is the first).</summary>
    public static long After(int n) => Shipped + n;
}
