namespace Supervision.Register;

/// <summary>People's full names by login (<see cref="People.NamesAsync"/>), for lists that show who drafted, signed,
/// recorded or published something by name instead of by login.</summary>
public sealed class PersonNames
{
    private readonly IReadOnlyDictionary<string, string> _byLogin;

    internal PersonNames(IReadOnlyDictionary<string, string> byLogin) => _byLogin = byLogin;

    /// <summary>No names: every login stays a login.</summary>
    public static PersonNames None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The full name of the person with this login; null where there is no login or no such person (a
    /// client's name, "shipped").</summary>
    public string? Of(string? login) => login is not null && _byLogin.TryGetValue(login, out var name) ? name : null;
}
