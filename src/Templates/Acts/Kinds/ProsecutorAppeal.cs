namespace Supervision.Acts;

/// <summary>
/// The prosecutor's appeal against a court act in a civil case on an enforcement dispute (p. 7): brought only
/// where a ground of art. 427 of the Civil Procedure Code for reversing or changing the decision exists, and
/// worded as art. 404 requires — the appeal court it goes to, through the court that made the act; the act
/// contested (court, date, case); what is wrong with it and why; the requests; the attachments. The kind is
/// <c>appeal-protest</c>; the type is not named after it because <see cref="Acts.AppealProtest"/> already names
/// the earlier protest a proposal to a higher court refers to. The legal frame prints its title: an appeal
/// protest in the seed's frame, an appeal petition after Law No. 91-VI of 11.07.2017.
/// </summary>
public sealed record ProsecutorAppeal() : Act(ActKind.AppealProtest)
{
    /// <summary>The court that made the act, through which the appeal is filed, as printed: Russian accusative
    /// after "через" ("Сарыаркинский районный суд города Астаны"), Kazakh nominative before "арқылы"
    /// ("Астана қаласы Сарыарқа аудандық соты").</summary>
    [Mandatory] public string? TrialCourt { get; init; }

    /// <summary>The appeal court, as printed: Russian accusative after "В" ("судебную коллегию по гражданским
    /// делам суда города Астаны"), Kazakh dative ("Астана қалалық сотының азаматтық істер жөніндегі сот алқасына").</summary>
    [Mandatory] public string? AppealCourt { get; init; }

    /// <summary>The court's case number.</summary>
    [Mandatory] public string? CaseNumber { get; init; }

    /// <summary>The case, as printed after "гражданскому делу №" ("по жалобе ... на действия частного судебного
    /// исполнителя ...") and before "№ ... азаматтық іс" ("... әрекеттеріне шағымы бойынша").</summary>
    [Mandatory, Prose] public string? CaseName { get; init; }

    /// <summary>The court act contested: its name ("Решение", "шешімі"), court, date and what it decided.</summary>
    [Mandatory] public CourtAct? ContestedAct { get; init; }

    /// <summary>The day the act was made in its final form: the appeal term runs from it (Civil Procedure Code
    /// art. 403).</summary>
    [Mandatory] public DateOnly? FinalFormOn { get; init; }

    /// <summary>What is wrong with the court act and why: each ground a point.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Grounds { get; init; }

    /// <summary>The norms the court violated or misapplied.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? ViolatedNorms { get; init; }

    /// <summary>What the appeal court is asked to do, each a point after "ПРОШУ:" / "СҰРАЙМЫН:" (to reverse the
    /// act and make a new decision, to change it in a part, to leave the rest unchanged).</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Requests { get; init; }
}
