using Supervision.Templating;

namespace Supervision.Tests.Register;

/// <summary>
/// The template files a new register publishes before anything else, one audit entry each: the entries a test
/// makes after them are counted from here, so that a kind's new templates do not renumber every audit test.
/// </summary>
internal static class ShippedTemplates
{
    /// <summary>How many there are (26 for the eight kinds of issue 11).</summary>
    public static readonly int Count = TemplateSources.Embedded().Count;
}
