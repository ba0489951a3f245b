using Supervision.Acts;
using Supervision.Generation;

namespace Supervision.Register;

/// <summary>The register's record of an issued act: its number, what it is, its term and status, and
/// what is needed to show exactly what was issued (the act's JSON, the template versions, the hashes).</summary>
public sealed record IssuedAct
{
    /// <summary>The register's id of the act.</summary>
    public required long Id { get; init; }

    /// <summary>The printed registration number ("2-11-25/4186"), also written into the act.</summary>
    public required string RegistrationNumber { get; init; }

    /// <summary>The office's registration index ("2-11").</summary>
    public required string OfficeCode { get; init; }

    /// <summary>The year of the sequence: the year of the act's date.</summary>
    public required int Year { get; init; }

    /// <summary>The number within the office and year, 1..N without gaps.</summary>
    public required int Sequence { get; init; }

    /// <summary>The kind of act.</summary>
    public required ActKind Kind { get; init; }

    /// <summary>The act's language.</summary>
    public required ActLanguage Language { get; init; }

    /// <summary>The act's date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The office's name as printed in the act.</summary>
    public required string OfficeName { get; init; }

    /// <summary>The prosecutor who signed it and controls its execution: "Surname Given-name Patronymic".</summary>
    public required string Prosecutor { get; init; }

    /// <summary>The enforcement proceeding's number, where the act names one.</summary>
    public string? ProceedingNumber { get; init; }

    /// <summary>The proceeding's creditor kind, where the act names one (the p. 17 indicators count the state's).</summary>
    public PartyKind? CreditorKind { get; init; }

    /// <summary>The sum to collect in the proceeding, where the act names one.</summary>
    public decimal? ClaimAmount { get; init; }

    /// <summary>When the act must be executed or answered (see <see cref="DueDates"/>); null where it sets no term.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The act as issued, number included, in the JSON of the act model.</summary>
    public required string ActJson { get; init; }

    /// <summary>Who issued it.</summary>
    public required string IssuedBy { get; init; }

    /// <summary>When it was issued (UTC, to the millisecond).</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>Where its execution stands.</summary>
    public ActStatus Status { get; init; } = ActStatus.Issued;

    /// <summary>The date of the answer (or of execution, or of withdrawal).</summary>
    public DateOnly? AnswerDate { get; init; }

    /// <summary>The number of the answer letter.</summary>
    public string? AnswerNumber { get; init; }

    /// <summary>The sum collected for the creditor by the time of the answer, where reported.</summary>
    public decimal? RecoveredAmount { get; init; }

    /// <summary>Who changed the status last.</summary>
    public string? StatusChangedBy { get; init; }

    /// <summary>When the status was changed last.</summary>
    public DateTimeOffset? StatusChangedAt { get; init; }

    /// <summary>The random token printed with the act's QR code (<see cref="VerificationTokens"/>); null for acts issued before tokens existed or without a public address.</summary>
    public string? VerifyToken { get; init; }

    /// <summary>The verification address the QR code carries, as printed.</summary>
    public string? VerifyUrl { get; init; }

    /// <summary>The verification mark printed at the foot of the act's last page, or null where it has none.</summary>
    public Supervision.Document.VerificationMark? Mark =>
        VerifyToken is { } token && VerifyUrl is { } url ? new Supervision.Document.VerificationMark(url, token) : null;

    /// <summary>The SHA-256 of each stored format's document as issued.</summary>
    public required IReadOnlyDictionary<OutputFormat, string> Sha256 { get; init; }

    /// <summary>The template files and versions the act was rendered with: its own template and its language's partials.</summary>
    public required IReadOnlyList<TemplateUse> Templates { get; init; }
}
