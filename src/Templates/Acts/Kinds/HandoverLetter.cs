namespace Supervision.Acts;

/// <summary>
/// Covering letter passing an executive document withdrawn from a private bailiff, with the enforcement file,
/// to the territorial justice body (its department of bailiffs) or to the regional chamber of private bailiffs,
/// for execution by a state bailiff (p. 9, last part; art. 25 p. 4-5 of the Enforcement Law; атқарушылық
/// құжатты беру туралы ілеспе хат / сопроводительное письмо о передаче исполнительного документа). It names
/// the resolution, the document and the proceeding; what is passed is listed as attachments (policy: required).
/// </summary>
public sealed record HandoverLetter() : Act(ActKind.HandoverLetter)
{
    /// <summary>The withdrawal resolution the letter carries out.</summary>
    [Mandatory] public ResolutionReference? WithdrawalResolution { get; init; }

    /// <summary>The private bailiff the document was withdrawn from, in the genitive as printed in the
    /// resolution.</summary>
    [Mandatory] public string? PrivateBailiff { get; init; }

    /// <summary>The date by which the addressee is asked to report that a state bailiff has taken the document
    /// into execution, and who; without it the letter asks for the report without delay. After the act date.</summary>
    public DateOnly? ReplyBy { get; init; }
}
