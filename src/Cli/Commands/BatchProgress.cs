using System.Globalization;
using Supervision.Batch;

namespace Supervision.Cli.Commands;

/// <summary>
/// Progress of render-batch on standard error: a bar redrawn in place on a terminal, a plain line every
/// tenth of the way (and for each item with errors) when the output is a file or a pipe.
/// </summary>
internal sealed class BatchProgress
{
    private const int Width = 30;

    private readonly TextWriter _writer;
    private readonly int _total;
    private readonly bool _terminal;
    private int _done;
    private int _failed;
    private int _lastLine;

    private BatchProgress(TextWriter writer, int total, bool terminal) => (_writer, _total, _terminal) = (writer, total, terminal);

    /// <summary>A bar when <paramref name="writer"/> is the terminal's standard error, lines otherwise.</summary>
    public static BatchProgress For(TextWriter writer, int total) =>
        new(writer, total, ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);

    /// <summary>One more item written.</summary>
    public void Advance(BatchEntry entry)
    {
        _done++;
        if (!entry.Rendered)
        {
            _failed++;
        }

        if (_terminal)
        {
            var filled = _total == 0 ? Width : _done * Width / _total;
            _writer.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {_done}/{_total}, {_failed} with errors"));
            return;
        }

        if (!entry.Rendered)
        {
            _writer.WriteLine($"{entry.Source}: not rendered (see manifest.json)");
        }

        var step = Math.Max(1, _total / 10);
        if (_done == _total || _done - _lastLine >= step)
        {
            _lastLine = _done;
            _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rendered {_done}/{_total}, {_failed} with errors"));
        }
    }

    /// <summary>Ends the bar's line.</summary>
    public void Finish()
    {
        if (_terminal)
        {
            _writer.WriteLine();
        }
    }
}
