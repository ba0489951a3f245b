namespace Supervision.Cli;

/// <summary>One verb of the command line.</summary>
internal interface ICommand
{
    /// <summary>The verb: "validate".</summary>
    string Name { get; }

    /// <summary>The verb with its arguments, as help prints it.</summary>
    string Usage { get; }

    /// <summary>One line on what the verb does.</summary>
    string Summary { get; }

    /// <summary>Runs the verb; returns the exit code. Throws <see cref="UsageException"/> for wrong arguments.</summary>
    int Run(Arguments arguments, TextWriter output, TextWriter error);
}
