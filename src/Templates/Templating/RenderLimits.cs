namespace Supervision.Templating;

/// <summary>
/// Bounds on one render of a template, so that an edited template that loops forever, recurses without
/// end or prints without end is stopped with a message instead of taking the service down.
/// </summary>
/// <param name="LoopLimit">Iterations of one loop.</param>
/// <param name="RecursiveLimit">Depth of nested includes and function calls.</param>
/// <param name="MaxOutputCharacters">Characters of markup one render may print (an act is some tens of thousands).</param>
/// <param name="Timeout">Wall time of one render.</param>
public sealed record RenderLimits(int LoopLimit, int RecursiveLimit, int MaxOutputCharacters, TimeSpan Timeout)
{
    /// <summary>Limits generous for any real act and tight for a runaway template.</summary>
    public static RenderLimits Default { get; } = new(LoopLimit: 1_000, RecursiveLimit: 32, MaxOutputCharacters: 1_000_000, Timeout: TimeSpan.FromSeconds(2));
}
