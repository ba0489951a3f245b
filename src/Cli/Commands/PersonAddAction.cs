using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>person add --login … --office INDEX … --role R [--role R …] [--password-stdin]: adds a person.</summary>
internal sealed class PersonAddAction : ICommandAction
{
    private static readonly Dictionary<string, string> Options = new(StringComparer.Ordinal)
    {
        ["officeCode"] = "--office",
        ["roles"] = "--role",
        ["password"] = "--password-stdin",
        ["addedBy"] = "--by",
    };

    public string Name => "add";

    public string Usage =>
        "add --login LOGIN --office INDEX --position head|acting-head|first-deputy|deputy|senior-assistant|assistant --rank RANK " +
        "--surname NAME --given-name NAME [--patronymic NAME] --title-kk TITLE --title-ru TITLE --iin IIN [--phone PHONE] " +
        $"--role ROLE [--role ROLE ...] [--password-stdin] [--by NAME] {RegisterDatabase.Option}";

    public string Summary => "adds a person to an office with the printed position title in Kazakh and Russian and the roles (drafter, signatory, approver, editor, controller, auditor, admin); signatory and approver only where the act policy gives the position that authority at the office's level; --password-stdin reads the first password from the first line of standard input (stored hashed, to be changed at the first sign-in)";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var login = arguments.Required("login", "LOGIN");
        var office = arguments.Required("office", "INDEX");
        var position = arguments.Enum<SignatoryPosition>("position") ?? throw new UsageException($"--position {string.Join("|", EnumNames.All<SignatoryPosition>())} is required");
        var rank = arguments.Enum<ClassRank>("rank") ?? throw new UsageException($"--rank {string.Join("|", EnumNames.All<ClassRank>())} is required");
        var surname = arguments.Required("surname", "NAME");
        var givenName = arguments.Required("given-name", "NAME");
        var patronymic = arguments.Option("patronymic");
        var titleKk = arguments.Required("title-kk", "TITLE");
        var titleRu = arguments.Required("title-ru", "TITLE");
        var iin = arguments.Required("iin", "IIN");
        var phone = arguments.Option("phone");
        var roles = arguments.Enums<PersonRole>("role");
        if (roles.Count == 0)
        {
            throw new UsageException($"--role {string.Join("|", EnumNames.All<PersonRole>())} is required (repeat it for more roles)");
        }

        var password = arguments.Flag("password-stdin") ? Password(arguments.Input) : null;
        var by = arguments.Option("by", Environment.UserName)!;
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        var person = new NewPerson(login, office, surname, givenName, patronymic, titleKk, titleRu, position, rank, iin, phone, roles, password);
        return RegisterDatabase.Run(connection, error, async register =>
            PersonOutcomes.Print(await register.People.AddAsync(person, by), "added", output, error, Options));
    }

    /// <summary>The first line of standard input, without its line break: nothing else is read, nothing echoed.</summary>
    private static string Password(TextReader input)
    {
        var line = input.ReadLine();
        return string.IsNullOrEmpty(line)
            ? throw new UsageException("--password-stdin: standard input has no password on its first line")
            : line;
    }
}
