using System.Collections.Frozen;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Document;
using Supervision.Generation;
using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Api.Acts;

/// <summary>
/// The output formats the contract names (<see cref="OutputFormat"/>) and those this build renders.
/// A format is available when the generator renders a document in it: each is probed once, at start,
/// with an empty document, so that a renderer that lands later (PDF) is served without a change here,
/// and until then its name is a clear 400, not a failure. A renderer that cannot work on this machine
/// (PDF without fonts that carry the Kazakh letters) is unavailable too, with the reason.
/// </summary>
public sealed class OutputFormatCatalog
{
    private static readonly ActDocument ProbeDocument = new(new DocumentInfo("probe", "probe", "probe", "kk-KZ", new DateOnly(2025, 1, 1)), []);

    private readonly FrozenSet<OutputFormat> _available;
    private readonly FrozenDictionary<OutputFormat, Unavailable> _reasons;

    /// <summary>Why a format is not rendered, and whether that lies with this machine (then the problem is a 503) rather than the build.</summary>
    private sealed record Unavailable(string Reason, bool OnThisMachine);

    private OutputFormatCatalog(IReadOnlyDictionary<OutputFormat, Unavailable?> probed)
    {
        _available = probed.Where(pair => pair.Value is null).Select(pair => pair.Key).ToFrozenSet();
        _reasons = probed.Where(pair => pair.Value is not null).ToFrozenDictionary(pair => pair.Key, pair => pair.Value!);
        Available = [.. EnumNames.All<OutputFormat>().Where(name => EnumNames.TryParse<OutputFormat>(name, out var format) && _available.Contains(format))];
    }

    /// <summary>The formats this build renders.</summary>
    public static OutputFormatCatalog Probed { get; } = new(Enum.GetValues<OutputFormat>().ToDictionary(format => format, Probe));

    /// <summary>Every format name of the contract (<see cref="OutputFormat"/>), in declaration order.</summary>
    public static IReadOnlyList<string> Contract => EnumNames.All<OutputFormat>();

    /// <summary>The names of the formats this build renders.</summary>
    public IReadOnlyList<string> Available { get; }

    /// <summary>Whether this build renders a format.</summary>
    public bool IsAvailable(OutputFormat format) => _available.Contains(format);

    /// <summary>Parses a format query value: null when it names an available format, else the problem (400; 503 where this machine lacks what the format needs).</summary>
    public ProblemDetails? Parse(string? name, out OutputFormat format)
    {
        if (name is not null && EnumNames.TryParse(name, out format))
        {
            return IsAvailable(format) ? null : ApiProblems.FormatUnavailable(name, Available, _reasons.GetValueOrDefault(format)?.Reason, _reasons.GetValueOrDefault(format)?.OnThisMachine ?? false);
        }

        format = default;
        return ApiProblems.BadQueryValue("format", name, Contract);
    }

    /// <summary>Null when the format renders; else why not.</summary>
    private static Unavailable? Probe(OutputFormat format)
    {
        if (format == OutputFormat.Markup)
        {
            // Markup is the template's own output; the generator writes it without a renderer.
            return null;
        }

        try
        {
            ActGenerator.RenderDocument(ProbeDocument, format);
            return null;
        }
        catch (NotSupportedException)
        {
            return new Unavailable("this build has no renderer for it yet", OnThisMachine: false);
        }
        catch (FontsUnavailableException exception)
        {
            return new Unavailable(exception.Message, OnThisMachine: true);
        }
#pragma warning disable CA1031 // A renderer that exists may still refuse an empty document: it is available all the same.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
