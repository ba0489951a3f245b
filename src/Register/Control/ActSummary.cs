using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// An issued act as lists show it: what it is, whose, its term and where its execution stands. Lists read
/// these columns only, never the act's JSON, documents or template versions, so that a list's memory is a
/// few hundred bytes an act whatever the acts hold; the whole record is <see cref="IssuedAct"/>.
/// </summary>
public sealed record ActSummary
{
    /// <summary>The summary of a whole record.</summary>
    public static ActSummary Of(IssuedAct act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return new()
        {
            Id = act.Id,
            RegistrationNumber = act.RegistrationNumber,
            OfficeCode = act.OfficeCode,
            OfficeName = act.OfficeName,
            Kind = act.Kind,
            Language = act.Language,
            Date = act.Date,
            Prosecutor = act.Prosecutor,
            DueDate = act.DueDate,
            Status = act.Status,
            AnswerDate = act.AnswerDate,
            AnswerNumber = act.AnswerNumber,
            IssuedBy = act.IssuedBy,
            IssuedAt = act.IssuedAt,
        };
    }

    /// <summary>The register's id of the act.</summary>
    public required long Id { get; init; }

    /// <summary>The printed registration number ("2-11-25/4186").</summary>
    public required string RegistrationNumber { get; init; }

    /// <summary>The office's registration index ("2-11").</summary>
    public required string OfficeCode { get; init; }

    /// <summary>The office's name as printed in the act.</summary>
    public required string OfficeName { get; init; }

    /// <summary>The kind of act.</summary>
    public required ActKind Kind { get; init; }

    /// <summary>The act's language.</summary>
    public required ActLanguage Language { get; init; }

    /// <summary>The act's date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The prosecutor who signed it: "Surname Given-name Patronymic", as stored.</summary>
    public required string Prosecutor { get; init; }

    /// <summary>When it must be executed or answered; null where its kind sets no term.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Where its execution stands.</summary>
    public required ActStatus Status { get; init; }

    /// <summary>The date of the answer (or of execution, or of withdrawal).</summary>
    public DateOnly? AnswerDate { get; init; }

    /// <summary>The number of the answer letter.</summary>
    public string? AnswerNumber { get; init; }

    /// <summary>Who issued it.</summary>
    public required string IssuedBy { get; init; }

    /// <summary>When it was issued (UTC).</summary>
    public required DateTimeOffset IssuedAt { get; init; }
}
