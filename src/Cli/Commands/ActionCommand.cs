namespace Supervision.Cli.Commands;

/// <summary>A verb made of actions ("register list", "person add"): the action is the first positional
/// argument, and each action is a <see cref="ICommandAction"/> whose own positional arguments start at index 1.</summary>
internal abstract class ActionCommand(string name, string about, ICommandAction[] actions) : ICommand
{
    public string Name => name;

    public string Usage => string.Join("\n  supervision ", actions.Select(action => $"{name} {action.Usage}"));

    public string Summary => $"{about}: " + string.Join("; ", actions.Select(action => $"{action.Name} {action.Summary}"));

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var actionName = arguments.Positional(0, $"the action: {string.Join(", ", actions.Select(a => a.Name))}");
        var action = actions.FirstOrDefault(a => a.Name == actionName)
            ?? throw new UsageException($"unknown action '{actionName}'; {name} has: {string.Join(", ", actions.Select(a => a.Name))}");
        return action.Run(arguments, output, error);
    }
}

/// <summary>One action of a verb made of actions; its positional arguments start at index 1.</summary>
internal interface ICommandAction
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    int Run(Arguments arguments, TextWriter output, TextWriter error);
}
