namespace Supervision.Acts;

/// <summary>
/// The reasoned reply to the applicant (p. 8: "арыз иесіне жауап"): a party to an enforcement proceeding
/// complained of a bailiff; the prosecutor called for the enforcement file, studied it and answers what was
/// studied, what was found, what acts of supervision were brought, and how the reply may be appealed — to the
/// superior prosecutor or to the court. Addressed to the applicant (<see cref="AddresseeKind.Applicant"/>).
/// </summary>
public sealed record ApplicantReply() : Act(ActKind.ApplicantReply)
{
    /// <summary>The date the application reached the office (its registration date).</summary>
    [Mandatory] public DateOnly? ComplaintDate { get; init; }

    /// <summary>What the application is about, as printed: Russian after "Ваше заявление от ... года"
    /// ("о бездействии частного судебного исполнителя Тоқтарова Қ.Б."), Kazakh before the date
    /// ("жеке сот орындаушысы Қ.Б. Тоқтаровтың әрекетсіздігі туралы").</summary>
    [Mandatory] public string? Subject { get; init; }

    /// <summary>What the study of the enforcement file established, each paragraph on its own line.</summary>
    [Mandatory, Prose] public string? Findings { get; init; }

    /// <summary>The acts of supervision brought on what was found, if any.</summary>
    public IReadOnlyList<ProsecutorMeasure>? Measures { get; init; }

    /// <summary>The answer to the application: whether its arguments were confirmed and what follows.</summary>
    [Mandatory, Prose] public string? Conclusion { get; init; }

    /// <summary>The superior prosecutor to whom the reply may be appealed, in the dative as printed ("прокурору
    /// Павлодарской области", "Павлодар облысының прокурорына"); without it the reply says "the superior
    /// prosecutor".</summary>
    public string? SuperiorProsecutor { get; init; }
}
