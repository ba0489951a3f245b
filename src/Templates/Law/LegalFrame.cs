using Supervision.Acts;

namespace Supervision.Law;

/// <summary>
/// The law as it stood over a span of dates: which articles each act is brought under, what it cites and
/// which terms hold. The date of an act selects its frame.
/// </summary>
public sealed class LegalFrame
{
    internal LegalFrame(string id, string title, DateOnly from, DateOnly? until, string source, IReadOnlyDictionary<ActKind, KindFrame> kinds)
    {
        Id = id;
        Title = title;
        From = from;
        Until = until;
        Source = source;
        Kinds = kinds;
    }

    /// <summary>The frame's name in the file: "seed-2016".</summary>
    public string Id { get; }

    /// <summary>What the frame is, in words.</summary>
    public string Title { get; }

    /// <summary>The first day an act may be dated in this frame.</summary>
    public DateOnly From { get; }

    /// <summary>The last day; null where the frame runs until the next one starts.</summary>
    public DateOnly? Until { get; }

    /// <summary>The laws and orders the frame follows.</summary>
    public string Source { get; }

    /// <summary>Every kind's entry.</summary>
    public IReadOnlyDictionary<ActKind, KindFrame> Kinds { get; }

    /// <summary>The entry of a kind (every frame has all of them).</summary>
    public KindFrame For(ActKind kind) => Kinds[kind];
}
