using Supervision.Acts;

namespace Supervision.Register;

/// <summary>Which issued acts to list; every filter given must hold. Ordered by id.</summary>
public sealed record RegisterQuery
{
    /// <summary>The most acts one page holds.</summary>
    public const int MaxLimit = 500;

    /// <summary>Acts of one office (its index, "2-11").</summary>
    public string? OfficeCode { get; init; }

    /// <summary>Acts signed by one prosecutor ("Surname Given-name Patronymic"), compared in the names' normal form
    /// (<see cref="NameKey"/>): case, white space, invisible characters and Ё/Е do not matter.</summary>
    public string? Prosecutor { get; init; }

    /// <summary>Acts this person signed in the register (his login): issued from drafts he signed, or issued by him without a draft.</summary>
    public string? Signatory { get; init; }

    /// <summary>Acts that carry (<see cref="EdsState.Attached"/>) or still lack (<see cref="EdsState.Missing"/>) their signatory's EDS signature.</summary>
    public EdsState? Eds { get; init; }

    /// <summary>Acts in one status.</summary>
    public ActStatus? Status { get; init; }

    /// <summary>Acts of one kind.</summary>
    public ActKind? Kind { get; init; }

    /// <summary>Acts due before this date (exclusive); acts without a term are left out.</summary>
    public DateOnly? DueBefore { get; init; }

    /// <summary>Acts due on or after this date; acts without a term are left out.</summary>
    public DateOnly? DueFrom { get; init; }

    /// <summary>Acts dated on or after this date.</summary>
    public DateOnly? DateFrom { get; init; }

    /// <summary>Acts dated on or before this date.</summary>
    public DateOnly? DateTo { get; init; }

    /// <summary>At most this many acts (1 to <see cref="MaxLimit"/>; 500 by default).</summary>
    public int Limit { get; init; } = 500;

    /// <summary>Skip this many first.</summary>
    public int Offset { get; init; }

    /// <summary>The offices whose acts the principal may read (null: every office); set by the register, never by a caller.</summary>
    internal IReadOnlyCollection<string>? VisibleOffices { get; init; }
}
