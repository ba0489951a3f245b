using System.Text.Json.Serialization;

namespace Supervision.Acts;

/// <summary>
/// The parts every act has: requisites of the header, the addressee, the signature and executor lines,
/// the enforcement proceeding it supervises and its attachments. Each kind adds what the law says it
/// must say. Fields are nullable because a missing field is a validation error with a path, not a
/// deserialization failure.
/// </summary>
public abstract record Act
{
    /// <summary>Sets the kind, which each kind's type decides.</summary>
    protected Act(ActKind kind) => Kind = kind;

    /// <summary>The kind of act; decided by the type, written first in JSON.</summary>
    [JsonPropertyOrder(-2)]
    public ActKind Kind { get; }

    /// <summary>The language the act is written in.</summary>
    [JsonPropertyOrder(-1)]
    public ActLanguage Language { get; init; }

    /// <summary>The outgoing registration number ("2-05-24/1234").</summary>
    [Mandatory] public string? Number { get; init; }

    /// <summary>The date of the act.</summary>
    [Mandatory] public DateOnly? Date { get; init; }

    /// <summary>The place of issue as printed under the header ("Алматы қ.", "г. Алматы").</summary>
    [Mandatory] public string? Place { get; init; }

    /// <summary>The office that brings the act.</summary>
    [Mandatory] public Office? Office { get; init; }

    /// <summary>Who the act goes to; required or forbidden by kind (policy).</summary>
    public Addressee? Addressee { get; init; }

    /// <summary>The prosecutor who signs the act.</summary>
    [Mandatory] public Signatory? Signatory { get; init; }

    /// <summary>The employee who prepared the act.</summary>
    [Mandatory] public Executor? Executor { get; init; }

    /// <summary>The enforcement proceeding supervised; required or optional by kind (policy).</summary>
    public Proceeding? Proceeding { get; init; }

    /// <summary>Attached documents; required for some kinds (policy).</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }
}
