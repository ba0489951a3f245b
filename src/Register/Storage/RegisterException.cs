namespace Supervision.Register;

/// <summary>The register cannot do what was asked for a reason outside the act's rules: the database
/// cannot be opened or is of a newer schema, the connection string is not understood (all
/// <see cref="RegisterFailureKind.Unavailable"/>), a value it cannot hold (<see cref="RegisterFailureKind.Refused"/>),
/// stored data it cannot read (<see cref="RegisterFailureKind.Damaged"/>). Its message is one line for a person.</summary>
public sealed class RegisterException : Exception
{
    /// <summary>A register failure with its message: the database is not available.</summary>
    public RegisterException(string message)
        : base(message)
    {
    }

    /// <summary>A register failure caused by another exception: the database is not available.</summary>
    public RegisterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A register failure with no message.</summary>
    public RegisterException()
    {
    }

    private RegisterException(RegisterFailureKind kind, string message, string? field)
        : base(message)
    {
        Kind = kind;
        Field = field;
    }

    /// <summary>What kind of failure this is; <see cref="RegisterFailureKind.Unavailable"/> unless made by
    /// <see cref="Refused"/> or <see cref="Damaged"/>.</summary>
    public RegisterFailureKind Kind { get; } = RegisterFailureKind.Unavailable;

    /// <summary>The field of the act (or column of the register) whose value was refused, where known.</summary>
    public string? Field { get; }

    /// <summary>A value the register cannot hold; the message says why, naming no more of the value than needed.</summary>
    public static RegisterException Refused(string message, string? field) => new(RegisterFailureKind.Refused, message, field);

    /// <summary>Stored data this program cannot use; the message names the row, never its content.</summary>
    public static RegisterException Damaged(string message) => new(RegisterFailureKind.Damaged, message, null);
}
