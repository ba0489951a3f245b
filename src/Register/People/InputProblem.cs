namespace Supervision.Register;

/// <summary>Why the register refused what a person typed: the field and one line saying what is wrong.</summary>
/// <param name="Field">The request's property at fault, in camelCase as JSON names it ("givenName", "iin", "roles").</param>
/// <param name="Message">One line for a person, quoting the value where that helps.</param>
public sealed record InputProblem(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
