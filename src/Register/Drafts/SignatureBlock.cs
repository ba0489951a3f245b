using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// The blocks of an act the register fills from its people, never from what a drafter typed: the
/// signature from the signer's profile (name, printed title in the act's language, class rank,
/// position), the office from the signer's registered office (level, name in the act's language), the
/// approval from the approver's profile.
/// </summary>
internal static class SignatureBlock
{
    /// <summary>Whether the act is issued only once approved (a conclusion, a review conclusion).</summary>
    public static bool NeedsApproval(Act act) => act is IApprovedAct;

    /// <summary>The act signed by the person, as an act of the person's office.</summary>
    public static Act Signed(Act act, Person signer, RegisteredOffice office) =>
        act with { Signatory = Of(signer, act.Language), Office = new Office { Level = office.Level, Name = NameOf(office, act.Language) } };

    /// <summary>The act with the approval block of the person (an act that takes no approval is returned as it is).</summary>
    public static Act Approved(Act act, Person approver) => act switch
    {
        Conclusion conclusion => conclusion with { Approver = Of(approver, act.Language) },
        ReviewConclusion review => review with { Approver = Of(approver, act.Language) },
        _ => act,
    };

    /// <summary>The office's registered name in a language, or null where it is not registered.</summary>
    public static string? NameOf(RegisteredOffice office, ActLanguage language) =>
        language == ActLanguage.Kk ? office.NameKk : office.NameRu;

    private static Signatory Of(Person person, ActLanguage language) => new()
    {
        Position = person.Position,
        Title = language == ActLanguage.Kk ? person.TitleKk : person.TitleRu,
        Name = new PersonName { Surname = person.Surname, GivenName = person.GivenName, Patronymic = person.Patronymic },
        ClassRank = person.Rank,
    };
}
