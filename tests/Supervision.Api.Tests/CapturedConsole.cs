using System.Collections.Concurrent;
using Supervision.Api.Register;

namespace Supervision.Api.Tests;

/// <summary>What the service printed on its console (and only there), kept for the test to read.</summary>
public sealed class CapturedConsole : ConsoleNotice
{
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>Every line printed, in order.</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    /// <inheritdoc />
    public override void Write(params string[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            _lines.Enqueue(line);
        }
    }
}
