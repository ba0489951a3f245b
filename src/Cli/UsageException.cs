namespace Supervision.Cli;

/// <summary>The command line was not understood: a missing or unknown argument or option.</summary>
internal sealed class UsageException(string message) : Exception(message);
