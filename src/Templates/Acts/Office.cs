namespace Supervision.Acts;

/// <summary>The prosecutor's office that brings the act.</summary>
public sealed record Office
{
    /// <summary>The level of the office; decides who may sign.</summary>
    [Mandatory] public OfficeLevel? Level { get; init; }

    /// <summary>The office name as printed in the header, in the act's language
    /// ("Алматы қаласы Бостандық ауданының прокуратурасы").</summary>
    [Mandatory] public string? Name { get; init; }
}
