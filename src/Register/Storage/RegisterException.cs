namespace Supervision.Register;

/// <summary>The register cannot do what was asked for a reason outside the act: the database cannot be
/// opened or is of a newer schema, the connection string is not understood. Its message is one line for a person.</summary>
public sealed class RegisterException : Exception
{
    /// <summary>A register failure with its message.</summary>
    public RegisterException(string message)
        : base(message)
    {
    }

    /// <summary>A register failure caused by another exception.</summary>
    public RegisterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A register failure with no message.</summary>
    public RegisterException()
    {
    }
}
