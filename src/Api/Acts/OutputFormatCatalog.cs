using System.Collections.Frozen;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Document;
using Supervision.Generation;

namespace Supervision.Api.Acts;

/// <summary>
/// The output formats the contract names (<see cref="OutputFormat"/>) and those this build renders.
/// A format is available when the generator renders a document in it: each is probed once, at start,
/// with an empty document, so that a renderer that lands later (PDF) is served without a change here,
/// and until then its name is a clear 400, not a failure.
/// </summary>
public sealed class OutputFormatCatalog
{
    private static readonly ActDocument ProbeDocument = new(new DocumentInfo("probe", "probe", "probe", "kk-KZ", new DateOnly(2025, 1, 1)), []);

    private readonly FrozenSet<OutputFormat> _available;

    private OutputFormatCatalog(IEnumerable<OutputFormat> available)
    {
        _available = available.ToFrozenSet();
        Available = [.. EnumNames.All<OutputFormat>().Where(name => EnumNames.TryParse<OutputFormat>(name, out var format) && _available.Contains(format))];
    }

    /// <summary>The formats this build renders.</summary>
    public static OutputFormatCatalog Probed { get; } = new(Enum.GetValues<OutputFormat>().Where(Renders));

    /// <summary>Every format name of the contract: the generator's formats and those promised but not yet
    /// in it (PDF, until its renderer lands), which answer "not available" rather than "unknown".</summary>
    public static IReadOnlyList<string> Contract { get; } = [.. EnumNames.All<OutputFormat>().Union(["pdf"], StringComparer.Ordinal)];

    /// <summary>The names of the formats this build renders.</summary>
    public IReadOnlyList<string> Available { get; }

    /// <summary>Whether this build renders a format.</summary>
    public bool IsAvailable(OutputFormat format) => _available.Contains(format);

    /// <summary>Parses a format query value: null when it names an available format, else the problem (400).</summary>
    public ProblemDetails? Parse(string? name, out OutputFormat format)
    {
        if (name is not null && EnumNames.TryParse(name, out format))
        {
            return IsAvailable(format) ? null : ApiProblems.FormatUnavailable(name, Available);
        }

        format = default;
        return name is not null && Contract.Contains(name)
            ? ApiProblems.FormatUnavailable(name, Available)
            : ApiProblems.BadQueryValue("format", name, Contract);
    }

    private static bool Renders(OutputFormat format)
    {
        if (format == OutputFormat.Markup)
        {
            // Markup is the template's own output; the generator writes it without a renderer.
            return true;
        }

        try
        {
            ActGenerator.RenderDocument(ProbeDocument, format);
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
#pragma warning disable CA1031 // A renderer that exists may still refuse an empty document: it is available all the same.
        catch (Exception)
#pragma warning restore CA1031
        {
            return true;
        }
    }
}
