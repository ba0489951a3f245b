namespace Supervision.Register;

/// <summary>One SQL statement with its parameters, to be sent in one command with others: one round trip on
/// PostgreSQL instead of one each (a draft's update goes in the command of its audit entry).</summary>
internal sealed record SqlStatement(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
