using System.Text.Json;

namespace Supervision.Generation;

/// <summary>What the template linter allows one render of one act (data: <c>Generation/lint-budgets.json</c>).</summary>
/// <param name="MaxPages">Pages of the PDF one act may take.</param>
/// <param name="MaxRenderMilliseconds">Wall time of one render, template to PDF page layout.</param>
/// <param name="MaxActsPerTemplate">Acts generated per template to take its branches; a template whose tests ask for more is refused.</param>
public sealed record LintBudgets(int MaxPages, int MaxRenderMilliseconds, int MaxActsPerTemplate)
{
    private static readonly Lazy<LintBudgets> LazyDefault = new(() =>
        EmbeddedResources.ReadJson<LintBudgets>(typeof(LintBudgets).Assembly, "Supervision.Generation.lint-budgets.json", DataFileJson.Strict(JsonNamingPolicy.CamelCase)).Checked());

    /// <summary>The product's budgets.</summary>
    /// <exception cref="InvalidOperationException">The data file is missing or holds a budget that is not positive.</exception>
    public static LintBudgets Default => LazyDefault.Value;

    /// <summary>The wall time of one render.</summary>
    public TimeSpan MaxRenderTime => TimeSpan.FromMilliseconds(MaxRenderMilliseconds);

    private LintBudgets Checked() => MaxPages > 0 && MaxRenderMilliseconds > 0 && MaxActsPerTemplate >= 0
        ? this
        : throw new InvalidOperationException("lint-budgets.json: maxPages and maxRenderMilliseconds must be positive, maxActsPerTemplate not negative.");
}
