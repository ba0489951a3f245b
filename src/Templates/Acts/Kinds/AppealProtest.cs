namespace Supervision.Acts;

/// <summary>
/// The appeal protest the prosecutor brought and the court left unsatisfied. How the appeal court dealt
/// with it is told once, by its act among the court acts of the case.
/// </summary>
public sealed record AppealProtest
{
    /// <summary>The prosecutor who brought it, in the genitive as printed ("прокурора района имени
    /// Казыбек би г. Караганды", "Қарағанды қаласы Қазыбек би ауданы прокурорының").</summary>
    [Mandatory] public string? Prosecutor { get; init; }

    /// <summary>The date of the protest.</summary>
    [Mandatory] public DateOnly? Date { get; init; }

    /// <summary>The protest's number.</summary>
    [Mandatory] public string? Number { get; init; }
}
