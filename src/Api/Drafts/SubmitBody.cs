namespace Supervision.Api.Drafts;

/// <summary>To whom a draft goes for signature (read strictly: unknown properties are refused).</summary>
public sealed class SubmitBody
{
    /// <summary>The login of a person of the draft's office holding the role signatory.</summary>
    public required string Signatory { get; init; }
}
