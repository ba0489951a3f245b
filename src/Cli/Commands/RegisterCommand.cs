namespace Supervision.Cli.Commands;

/// <summary>register ACTION ...: the register of issued acts — lists, status changes, re-created
/// documents, control lists, indicators and template versions. Each action is a <see cref="IRegisterAction"/>.</summary>
internal sealed class RegisterCommand : ICommand
{
    private static readonly IRegisterAction[] Actions =
    [
        new RegisterListAction(),
        new RegisterShowAction(),
        new RegisterStatusAction(),
        new RegisterDocumentAction(),
        new RegisterControlAction(),
        new RegisterIndicatorsAction(),
        new RegisterTemplatesAction(),
        new RegisterPublishAction(),
    ];

    public string Name => "register";

    public string Usage => string.Join("\n  supervision ", Actions.Select(action => $"register {action.Usage}"));

    public string Summary => "the register of issued acts: " + string.Join("; ", Actions.Select(action => $"{action.Name} {action.Summary}"));

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var name = arguments.Positional(0, $"the action: {string.Join(", ", Actions.Select(a => a.Name))}");
        var action = Actions.FirstOrDefault(a => a.Name == name)
            ?? throw new UsageException($"unknown action '{name}'; register has: {string.Join(", ", Actions.Select(a => a.Name))}");
        return action.Run(arguments, output, error);
    }
}

/// <summary>One action of the register verb; its positional arguments start at index 1.</summary>
internal interface IRegisterAction
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    int Run(Arguments arguments, TextWriter output, TextWriter error);
}
