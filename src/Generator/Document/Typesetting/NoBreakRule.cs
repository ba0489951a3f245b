using System.Text.RegularExpressions;

namespace Supervision.Document.Typesetting;

/// <summary>
/// One place where a line must not break: a pattern that matches the single space (U+0020) to be
/// replaced by a no-break space (U+00A0), with the name a reader knows the rule by and an example.
/// </summary>
/// <param name="Name">What the rule keeps together, as a typesetter says it.</param>
/// <param name="Example">A text the rule applies to, with the space it binds.</param>
/// <param name="Pattern">A pattern whose every match is one space; lookarounds say where.</param>
public sealed record NoBreakRule(string Name, string Example, Regex Pattern)
{
    /// <summary>A rule from a pattern written with lookarounds around a single space.</summary>
    public NoBreakRule(string name, string example, string pattern)
        : this(name, example, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, NoBreakRules.MatchTimeout))
    {
    }
}
