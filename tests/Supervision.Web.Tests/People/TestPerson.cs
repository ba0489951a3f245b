using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Web.Tests.People;

/// <summary>A person of the tests' register, as the administrator would add him with <c>person add</c>.</summary>
/// <param name="Login">His login.</param>
/// <param name="Position">His position in his office.</param>
/// <param name="Surname">Surname.</param>
/// <param name="GivenName">Given name.</param>
/// <param name="Patronymic">Patronymic.</param>
/// <param name="TitleKk">The printed position title in Kazakh.</param>
/// <param name="TitleRu">The printed position title in Russian.</param>
/// <param name="Rank">Class rank.</param>
/// <param name="Roles">Roles.</param>
/// <param name="Office">His office: the district office unless another is named.</param>
public sealed record TestPerson(
    string Login,
    SignatoryPosition Position,
    string Surname,
    string GivenName,
    string Patronymic,
    string TitleKk,
    string TitleRu,
    ClassRank Rank,
    IReadOnlyList<PersonRole> Roles,
    string Office = TestPeople.District)
{
    /// <summary>"Surname Given Patronymic", as the session names him.</summary>
    public string FullName => $"{Surname} {GivenName} {Patronymic}";
}
