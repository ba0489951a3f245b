using System.Globalization;

namespace Supervision.ReadsBench;

/// <summary>"--name value" pairs of a command line.</summary>
internal sealed class Options(string[] args, string usage)
{
    private readonly Dictionary<string, string> _values = Enumerable.Range(0, args.Length / 2)
        .ToDictionary(i => args[2 * i].TrimStart('-'), i => args[(2 * i) + 1], StringComparer.Ordinal);

    public string Text(string name, string? fallback = null) =>
        _values.TryGetValue(name, out var value) ? value : fallback ?? throw new ArgumentException($"--{name} is required. {usage}");

    public int Number(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
