namespace Supervision.Acts;

/// <summary>A person's full name in parts, so that acts can print "А. Ермеков" as the documentation rules want.</summary>
public sealed record PersonName
{
    /// <summary>Surname ("Ермеков").</summary>
    [Mandatory] public string? Surname { get; init; }

    /// <summary>Given name ("Асқар").</summary>
    [Mandatory] public string? GivenName { get; init; }

    /// <summary>Patronymic, where the person has one ("Бекұлы").</summary>
    public string? Patronymic { get; init; }
}
