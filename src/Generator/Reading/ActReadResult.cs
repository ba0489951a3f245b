using System.Diagnostics.CodeAnalysis;
using Supervision.Acts;

namespace Supervision.Reading;

/// <summary>Either the act that was read or the reason it could not be.</summary>
public sealed record ActReadResult
{
    private ActReadResult(Act? act, ActReadError? error) => (Act, Error) = (act, error);

    /// <summary>The act, when reading succeeded.</summary>
    public Act? Act { get; }

    /// <summary>The error, when reading failed.</summary>
    public ActReadError? Error { get; }

    /// <summary>Whether the act was read.</summary>
    [MemberNotNullWhen(true, nameof(Act))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Act is not null;

    internal static ActReadResult Success(Act act) => new(act, null);

    internal static ActReadResult Failure(ActReadError error) => new(null, error);
}
