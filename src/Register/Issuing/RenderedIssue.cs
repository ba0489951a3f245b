using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// An act numbered and rendered outside the write transaction, with the number its office's counter would
/// give next and the live template versions read before rendering. It holds its office's turn
/// (<see cref="OfficeTurns"/>) until disposed, so no issuer of this register takes that number meanwhile.
/// </summary>
internal sealed class RenderedIssue : IDisposable
{
    private readonly OfficeTurns.Ticket _turn;

    public RenderedIssue(Act source, string officeCode, OfficeTurns.Ticket turn)
    {
        Source = source;
        SourceJson = Supervision.Reading.ActJson.Serialize(source);
        OfficeCode = officeCode;
        _turn = turn;
        Sequence = turn.Number;
    }

    /// <summary>The act as the caller asked it issued, without its number: what the store compares a re-read draft with.</summary>
    public Act Source { get; }

    /// <summary>The source act as the register writes it (<see cref="Supervision.Reading.ActJson.Serialize"/>), written
    /// once, before the act is rendered and the issuer waits for its turn: a decision compares it with the act it would
    /// issue while holding the head.</summary>
    public string SourceJson { get; }

    /// <summary>The numbered act as the register stores it, written when it is rendered, outside the store transaction.</summary>
    public string ActJson { get; private set; } = string.Empty;

    /// <summary>The office whose number it takes.</summary>
    public string OfficeCode { get; }

    /// <summary>The act with its number written in.</summary>
    public Act Act { get; private set; } = null!;

    /// <summary>The number within the office and printed year it was rendered with.</summary>
    public int Sequence { get; private set; }

    /// <summary>The documents rendered at issue with <see cref="Act"/>: the PDF, whose bytes are stored (<see cref="IssuedFormats.Kept"/>).</summary>
    public IReadOnlyList<IssuedDocument> Documents { get; private set; } = [];

    /// <summary>The files the documents were rendered through, at the versions used.</summary>
    public IReadOnlyList<TemplateUse> Uses { get; private set; } = [];

    /// <summary>Every file of the live set the documents were rendered with, at its version: a publication
    /// after the render shows as a difference in the write transaction.</summary>
    public IReadOnlyList<TemplateUse> Live { get; private set; } = [];

    /// <summary>The verification mark its documents print (its token drawn before rendering), or null where the register has no public address.</summary>
    public Supervision.Document.VerificationMark? Mark { get; init; }

    /// <summary>The act's id, taken when it was rendered where the store writes the documents before it locks the
    /// audit head (<see cref="IRegisterStore.WritesDocumentsFirst"/>); null where the id is taken in the store transaction.</summary>
    public long? Id { get; init; }

    /// <summary>Whether the documents' rows are written in the store transaction already (<see cref="ActIssuer.WriteDocumentsAsync"/>).</summary>
    public bool DocumentsWritten { get; private set; }

    /// <summary>Records that the documents' rows are written in the store transaction.</summary>
    public void WroteDocuments() => DocumentsWritten = true;

    /// <summary>Whether this is the last attempt: the store then renders again inside its transaction
    /// instead of giving up when another process took the number or published a template meanwhile.</summary>
    public bool IsLastAttempt { get; init; }

    /// <summary>Records what was rendered (the first time outside the transaction, again inside on the last attempt).</summary>
    public void Rendered(Act numbered, int sequence, IReadOnlyList<IssuedDocument> documents, LiveTemplates live, IReadOnlyList<TemplateUse> uses)
    {
        Live = live.Versions;
        Act = numbered;
        ActJson = Supervision.Reading.ActJson.Serialize(numbered);
        Sequence = sequence;
        Documents = documents;
        Uses = uses;
    }

    /// <summary>Waits until the issuer before this one in the office's line has stored or given up, or with
    /// <paramref name="untilItWrites"/> until it holds the audit head (<see cref="OfficeTurns.Ticket.PreviousAsync"/>).</summary>
    public Task PreviousAsync(bool untilItWrites, CancellationToken cancellationToken) => _turn.PreviousAsync(untilItWrites, cancellationToken);

    /// <summary>This issuer's write transaction holds the audit head: the next in the office's line may ask for it.</summary>
    public void Writing() => _turn.Writing();

    /// <summary>The act is stored under <see cref="Sequence"/>: the numbers handed out after it stand.</summary>
    public void Stored() => _turn.Stored();

    /// <summary>Ends the turn: the next issuer in line may store.</summary>
    public void Dispose() => _turn.Dispose();
}
