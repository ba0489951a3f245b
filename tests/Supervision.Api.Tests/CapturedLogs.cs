using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Supervision.Api.Tests;

/// <summary>A logger provider that keeps every line: category, level, the formatted message and its structured values.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(pair => pair.Key, pair => pair.Value?.ToString(), StringComparer.Ordinal)
                : [];
            lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception), values, exception));
        }
    }
}

/// <summary>One captured log line.</summary>
public sealed record LogLine(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, string?> Values, Exception? Exception);
