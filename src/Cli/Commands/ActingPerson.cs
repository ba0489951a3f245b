using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>
/// The person a register verb acts as (--by LOGIN): found by login in the register and enabled, then
/// the principal with the roles the register holds for him. The command line has no sign-in: whoever
/// holds the database file can act as anyone, as an administrator can; what it settles is that every
/// decision is made, checked and audited as a registered person's, never as a free-typed name.
/// </summary>
internal static class ActingPerson
{
    /// <summary>The --by option as the usage lines show it.</summary>
    public const string Option = "--by LOGIN";

    /// <summary>The person's principal, or null after one "error:" line naming --by.</summary>
    public static async Task<Principal?> FindAsync(ActRegister register, string login, TextWriter error)
    {
        var person = await register.People.FindAsync(login);
        if (person is null)
        {
            error.WriteLine($"error: --by: no person has the login {login} (person list shows them)");
            return null;
        }

        if (person.Disabled)
        {
            error.WriteLine($"error: --by: {person.Login} is disabled");
            return null;
        }

        return Principal.ForPerson(person.Login, person.OfficeCode, person.Roles);
    }

    /// <summary>A refusal as one "error:" line; exit code 2 (what was asked cannot be done), never 1 (an invalid act).</summary>
    public static int Refused(TextWriter error, Refusal refusal)
    {
        error.WriteLine($"error: {refusal.Code}: {refusal.Message}");
        return CommandLine.BadInput;
    }
}
