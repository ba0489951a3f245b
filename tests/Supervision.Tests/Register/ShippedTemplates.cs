using Supervision.Templating;

namespace Supervision.Tests.Register;

/// <summary>
/// A fresh register's audit chain starts with one entry per shipped template file (version 1 of each), so the
/// entries the tests make come after these: their numbers are counted from here, not typed, and do not change
/// when a kind of act (and its two templates) is added.
/// </summary>
internal static class ShippedTemplates
{
    /// <summary>How many template files the product ships (Kazakh and Russian, partials included).</summary>
    public static int Count { get; } = TemplateSources.Embedded().Count;
}
