namespace Supervision.Register;

/// <summary>
/// Why the register refused a decision, with a stable code a door turns into its answer (403, 404,
/// 409, 400) and one line for a person.
/// </summary>
/// <param name="Code"><see cref="Forbidden"/>, <see cref="NotFound"/>, <see cref="Conflict"/> or <see cref="InvalidInput"/>.</param>
/// <param name="Message">One line saying why, naming the person, the act or the state.</param>
public sealed record Refusal(string Code, string Message)
{
    /// <summary>The principal may not do this (a role, a scope, an office or a person it is not).</summary>
    public const string Forbidden = "forbidden";

    /// <summary>No such draft, act or template version, or none the principal may see.</summary>
    public const string NotFound = "not-found";

    /// <summary>The thing is not in a state that allows it (signed already, issued, awaiting approval).</summary>
    public const string Conflict = "conflict";

    /// <summary>What the caller gave is wrong on its own (an office the act prints that is not the principal's, an empty remark).</summary>
    public const string InvalidInput = "invalid-input";

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";

    internal static Refusal Forbid(string message) => new(Forbidden, message);

    internal static Refusal Missing(string message) => new(NotFound, message);

    internal static Refusal State(string message) => new(Conflict, message);

    internal static Refusal Input(string message) => new(InvalidInput, message);
}
