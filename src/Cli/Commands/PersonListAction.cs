using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>person list [--office INDEX]: one line per person, by login.</summary>
internal sealed class PersonListAction : ICommandAction
{
    public string Name => "list";

    public string Usage => $"list [--office INDEX] {RegisterDatabase.Option}";

    public string Summary => "lists the people (of one office): login, office, position, name, roles, and whether disabled or without a password";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var office = arguments.Option("office");
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        return RegisterDatabase.Run(connection, error, async register =>
        {
            var people = await register.People.ListAsync(office);
            foreach (var person in people)
            {
                output.WriteLine(Line(person));
            }

            output.WriteLine($"{people.Count} person(s)");
            return CommandLine.Ok;
        });
    }

    /// <summary>"a.seitova  2-11  deputy  Сейітова Айгүл Маратқызы  roles drafter, signatory  no password".</summary>
    public static string Line(Person person) =>
        $"{person.Login}  {person.OfficeCode ?? "-"}  {(person.Position is { } position ? EnumNames.Of(position) : "-")}  {person.FullName}  roles {Roles(person.Roles)}"
        + (person.HasPassword ? string.Empty : "  no password")
        + (person.Disabled ? "  disabled" : string.Empty);

    /// <summary>"drafter, signatory", or "none".</summary>
    public static string Roles(IReadOnlyList<PersonRole> roles) =>
        roles.Count == 0 ? "none" : string.Join(", ", roles.Select(EnumNames.Of));
}
