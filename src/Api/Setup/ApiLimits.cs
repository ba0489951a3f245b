using Supervision.Templating;

namespace Supervision.Api.Setup;

/// <summary>
/// The bounds the service holds every request to (configuration section <c>Limits</c>): how large a
/// body may be, and how much time, output and how many workers a template preview may take.
/// </summary>
public sealed class ApiLimits
{
    /// <summary>The configuration section these limits are read from.</summary>
    public const string Section = "Limits";

    /// <summary>The largest request body accepted on <c>/api</c>, in bytes (1 MiB by default); larger is 413.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The longest query string accepted, in characters after the '?' (4096 by default); longer is 414.
    /// Kestrel's own request-line limit is set above it (<see cref="MaxRequestLineBytes"/>) so that this
    /// service, not the server, answers, with a problem.</summary>
    public int MaxQueryLength { get; set; } = 4096;

    /// <summary>Kestrel's limit on the request line (method, path, query): 32 KiB, four times its default,
    /// so that a query over <see cref="MaxQueryLength"/> reaches the service and is answered as a problem;
    /// a line longer still is refused by Kestrel itself with a bare 414.</summary>
    public int MaxRequestLineBytes => Math.Max(32 * 1024, MaxQueryLength * 2);

    /// <summary>Wall time one preview may render (1 s by default); the worker is abandoned after it plus a grace second.</summary>
    public TimeSpan PreviewTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Characters of markup one preview may print.</summary>
    public int PreviewMaxOutputCharacters { get; set; } = 200_000;

    /// <summary>Iterations of one loop in a previewed template.</summary>
    public int PreviewLoopLimit { get; set; } = 1_000;

    /// <summary>Depth of nested includes and calls in a previewed template.</summary>
    public int PreviewRecursiveLimit { get; set; } = 32;

    /// <summary>
    /// Previews rendering at once (by default half the processors, at least one, so that templates that
    /// hold their worker cannot take every core from rendering); more wait up to <see cref="PreviewTimeout"/>, then get 429.
    /// </summary>
    public int PreviewWorkers { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>
    /// Reads over many acts (the list of issued acts, the control lists, the indicators, the control page) served
    /// at once: by default two per processor. More wait their turn, oldest first, so that the memory their pages
    /// take stays that of a few requests however many callers there are (docs/performance.md, "Reads in bounded
    /// memory"); on two cores more at once finish no sooner.
    /// </summary>
    public int RegisterReads { get; set; } = Environment.ProcessorCount * 2;

    /// <summary>Reads over many acts that may wait for a turn (1 000 by default); beyond them a read is answered 429 at once.</summary>
    public int RegisterReadsQueued { get; set; } = 1_000;

    /// <summary>The template limits of a preview.</summary>
    public RenderLimits PreviewRenderLimits =>
        new(PreviewLoopLimit, PreviewRecursiveLimit, PreviewMaxOutputCharacters, PreviewTimeout);

    /// <summary>How long a preview's worker is awaited before the request is answered without it.</summary>
    public TimeSpan PreviewHardTimeout => PreviewTimeout + TimeSpan.FromSeconds(1);
}
