using Supervision.Acts;

namespace Supervision.Register;

/// <summary>A person of the register, as lists show it: never the password or its hash.</summary>
/// <param name="Login">The login, lowercase, never changed.</param>
/// <param name="OfficeCode">The index of the office the person works in; null for the service's own administrator account, which belongs to no office.</param>
/// <param name="Surname">Surname.</param>
/// <param name="GivenName">Given name.</param>
/// <param name="Patronymic">Patronymic, or null.</param>
/// <param name="TitleKk">The position as a signature prints it in Kazakh ("Астана қаласы Сарыарқа ауданы прокурорының орынбасары").</param>
/// <param name="TitleRu">The same in Russian ("Заместитель прокурора района Сарыарка города Астаны").</param>
/// <param name="Position">The position within the office, which the act policy reads; null for the administrator account.</param>
/// <param name="Rank">The class rank; null for the administrator account.</param>
/// <param name="Iin">The IIN, twelve digits with a valid check digit; null for the administrator account.</param>
/// <param name="Phone">The telephone, or null.</param>
/// <param name="Roles">The roles, in the order <see cref="PersonRole"/> declares them.</param>
/// <param name="Disabled">Whether the person may no longer sign in.</param>
/// <param name="MustChangePassword">Whether the password was set by someone else and must be changed at the next sign-in.</param>
/// <param name="HasPassword">Whether a password is set (a person may sign in by another means, OIDC, later).</param>
/// <param name="FailedSignIns">Failed sign-ins since the last success or lockout.</param>
/// <param name="LockedUntil">Until when sign-in is locked, or null.</param>
/// <param name="AddedBy">Who added the person.</param>
/// <param name="AddedAt">When (UTC, to the millisecond).</param>
public sealed record Person(
    string Login,
    string? OfficeCode,
    string Surname,
    string GivenName,
    string? Patronymic,
    string TitleKk,
    string TitleRu,
    SignatoryPosition? Position,
    ClassRank? Rank,
    string? Iin,
    string? Phone,
    IReadOnlyList<PersonRole> Roles,
    bool Disabled,
    bool MustChangePassword,
    bool HasPassword,
    int FailedSignIns,
    DateTimeOffset? LockedUntil,
    string AddedBy,
    DateTimeOffset AddedAt)
{
    /// <summary>"Surname Given-name Patronymic", as the register's lists name a prosecutor.</summary>
    public string FullName => FullNameOf(Surname, GivenName, Patronymic);

    /// <summary>"Surname Given-name Patronymic" from its parts, the patronymic left out where there is none.</summary>
    public static string FullNameOf(string surname, string givenName, string? patronymic) =>
        string.Join(' ', new[] { surname, givenName, patronymic }.Where(part => !string.IsNullOrEmpty(part)));
}
