namespace Supervision.Acts;

/// <summary>
/// Notice from a district, city or equivalent prosecutor to the regional prosecutor that an executive
/// document was withdrawn from a private bailiff by resolution (p. 9, last part: "Қабылданған шара туралы
/// аудандардың, қалалардың прокурорлары ... облыстардың ... прокурорын дереу хабардар етеді"; атқарушылық
/// құжатты алып қою туралы хабарлама / уведомление об изъятии исполнительного документа). The regional
/// prosecutor checks the resolution's legality and grounds, so the notice names the resolution, the private
/// bailiff, the document and the proceeding, why it was withdrawn and to whom it passes; a copy of the
/// resolution is attached. Only district-level offices send it (policy).
/// </summary>
public sealed record WithdrawalNotice() : Act(ActKind.WithdrawalNotice)
{
    /// <summary>The withdrawal resolution reported.</summary>
    [Mandatory] public ResolutionReference? WithdrawalResolution { get; init; }

    /// <summary>The private bailiff the document was withdrawn from, in the genitive as printed in the
    /// resolution ("Ақмола облысының атқарушылық округінің жеке сот орындаушысы Т.С. Бекмұрзиннің",
    /// "исполнительного округа Акмолинской области Бекмұрзина Т.С.").</summary>
    [Mandatory] public string? PrivateBailiff { get; init; }

    /// <summary>The violations of the private bailiff that led to the withdrawal.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Violations { get; init; }

    /// <summary>The harm the violations may cause, which grounds the withdrawal (p. 9).</summary>
    [Mandatory, Prose] public string? Harm { get; init; }

    /// <summary>The territorial department whose state bailiff receives the document, in the dative as
    /// printed in the resolution ("Бурабай аудандық сот орындаушылары бөліміне").</summary>
    [Mandatory] public string? TransferTo { get; init; }

    /// <summary>The date by which the private bailiff is to hand the document over, as the resolution set it;
    /// where given, after the resolution's date.</summary>
    public DateOnly? Deadline { get; init; }
}
