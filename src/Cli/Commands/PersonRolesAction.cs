using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>person roles LOGIN [--add ROLE ...] [--remove ROLE ...]: grants and takes roles.</summary>
internal sealed class PersonRolesAction : ICommandAction
{
    private static readonly Dictionary<string, string> Options = new(StringComparer.Ordinal)
    {
        ["login"] = "LOGIN",
        ["roles"] = "--add/--remove",
        ["changedBy"] = "--by",
    };

    public string Name => "roles";

    public string Usage => $"roles LOGIN [--add ROLE ...] [--remove ROLE ...] [--by NAME] {RegisterDatabase.Option}";

    public string Summary => "grants (--add) and takes (--remove) roles, each option repeatable; signatory and approver only where the act policy gives the person's position that authority at the office's level";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var login = arguments.Positional(1, "LOGIN (the person's login)");
        var add = arguments.Enums<PersonRole>("add");
        var remove = arguments.Enums<PersonRole>("remove");
        if (add.Count == 0 && remove.Count == 0)
        {
            throw new UsageException($"give --add ROLE or --remove ROLE (roles: {string.Join(", ", EnumNames.All<PersonRole>())})");
        }

        var by = arguments.Option("by", Environment.UserName)!;
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 2);
        return RegisterDatabase.Run(connection, error, async register =>
            PersonOutcomes.Print(await register.People.ChangeRolesAsync(login, add, remove, by), "changed", output, error, Options));
    }
}
