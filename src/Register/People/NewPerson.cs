using Supervision.Acts;

namespace Supervision.Register;

/// <summary>A person to add (<c>person add</c>); see <see cref="Person"/> for what each field holds.</summary>
/// <param name="Login">2 to 64 Latin letters, digits, dots, hyphens or underscores, starting with a letter; stored lowercase.</param>
/// <param name="OfficeCode">The index of an office the register knows.</param>
/// <param name="Surname">Surname.</param>
/// <param name="GivenName">Given name.</param>
/// <param name="Patronymic">Patronymic, or null.</param>
/// <param name="TitleKk">The printed position title in Kazakh.</param>
/// <param name="TitleRu">The printed position title in Russian.</param>
/// <param name="Position">The position within the office.</param>
/// <param name="Rank">The class rank.</param>
/// <param name="Iin">The IIN: twelve digits, the last a valid check digit.</param>
/// <param name="Phone">The telephone, or null.</param>
/// <param name="Roles">At least one role.</param>
/// <param name="Password">The first password, or null for none yet; the person must change it at the first sign-in.</param>
public sealed record NewPerson(
    string Login,
    string OfficeCode,
    string Surname,
    string GivenName,
    string? Patronymic,
    string TitleKk,
    string TitleRu,
    SignatoryPosition Position,
    ClassRank Rank,
    string Iin,
    string? Phone,
    IReadOnlyList<PersonRole> Roles,
    string? Password)
{
    /// <summary>Leaves the password out of logs and messages that print the request.</summary>
    public override string ToString() => $"NewPerson {{ Login = {Login}, OfficeCode = {OfficeCode} }}";
}
