namespace Supervision.Register;

/// <summary>How to open the register.</summary>
public sealed record RegisterOptions
{
    /// <summary>The default: a SQLite file in the current folder.</summary>
    public const string DefaultConnection = "supervision.db";

    /// <summary>A SQLite file path ("supervision.db"), a SQLite connection string ("Data Source=..."), or
    /// a PostgreSQL one ("Host=...;Database=...;Username=...;Password=...").</summary>
    public string Connection { get; init; } = DefaultConnection;

    /// <summary>Which database; <see cref="RegisterProvider.Auto"/> decides from <see cref="Connection"/>.</summary>
    public RegisterProvider Provider { get; init; } = RegisterProvider.Auto;

    /// <summary>The clock for timestamps and for "today" in control lists; the system clock by default.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The template files the program ships (the embedded templates-kk/ and templates-ru/); tests stand in a release's.</summary>
    internal IReadOnlyList<Templating.TemplateFile>? ShippedTemplates { get; init; }

    /// <summary>The validator issuing checks acts with (<see cref="Validation.ActValidator.Default"/> when none is given);
    /// tests give one whose clock stands elsewhere, to issue acts its bounds would refuse today.</summary>
    internal Validation.ActValidator? Validator { get; init; }
}
