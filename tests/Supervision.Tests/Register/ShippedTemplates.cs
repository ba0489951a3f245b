using Supervision.Templating;

namespace Supervision.Tests.Register;

/// <summary>
/// A new register's audit chain opens with one entry per shipped template file (each kind's template and the
/// partials, in both languages); the entries a test makes follow them. Counting from the shipped set keeps the
/// tests' sequence numbers right when a kind of act is added.
/// </summary>
internal static class ShippedTemplates
{
    /// <summary>How many template files the product ships: the entries that open the chain.</summary>
    public static int Count { get; } = TemplateSources.Embedded().Count;

    /// <summary>The sequence number of the <paramref name="n"/>-th entry after the shipped templates.</summary>
    public static int After(int n) => Count + n;
}
