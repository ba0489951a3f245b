using Supervision.Acts;

namespace Supervision.Law;

/// <summary>
/// What one frame says about one kind of act: the provisions it cites by name ("basis" — the article the act
/// is brought under; "instruction" — the paragraph of the Instruction it rests on; others as its template
/// needs), the terms it is held to, and its printed document type where a frame words it differently.
/// </summary>
public sealed class KindFrame
{
    internal KindFrame(
        ActKind kind,
        string source,
        IReadOnlyDictionary<string, Citation> citations,
        IReadOnlyDictionary<string, LegalTerm> terms,
        IReadOnlyDictionary<ActLanguage, string> documentTypes)
    {
        Kind = kind;
        Source = source;
        Citations = citations;
        Terms = terms;
        DocumentTypes = documentTypes;
    }

    /// <summary>The kind of act.</summary>
    public ActKind Kind { get; }

    /// <summary>Where the entry comes from (seed paragraph, law).</summary>
    public string Source { get; }

    /// <summary>The citations by name.</summary>
    public IReadOnlyDictionary<string, Citation> Citations { get; }

    /// <summary>The terms by name: "consideration", "report", "notice", "study".</summary>
    public IReadOnlyDictionary<string, LegalTerm> Terms { get; }

    /// <summary>The document type as printed in capitals, where the frame sets one; otherwise the template's own.</summary>
    public IReadOnlyDictionary<ActLanguage, string> DocumentTypes { get; }

    /// <summary>A term the code relies on; the loader has checked that every frame has it.</summary>
    public LegalTerm Term(string name) =>
        Terms.TryGetValue(name, out var term) ? term : throw new KeyNotFoundException($"the legal frame has no term '{name}' for {EnumNames.Of(Kind)}");
}
