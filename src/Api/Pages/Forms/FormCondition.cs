namespace Supervision.Api.Pages.Forms;

/// <summary>When a field applies: while the top-level field <paramref name="Field"/> has one of <paramref name="Values"/>.</summary>
/// <param name="Field">The field the condition reads: "instance".</param>
/// <param name="Values">The values under which the field applies: "appeal", "cassation".</param>
public sealed record FormCondition(string Field, IReadOnlyList<string> Values);
