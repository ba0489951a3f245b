using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>
/// Reads the register's query values: dates as YYYY-MM-DD, enum names, bounded numbers, office indexes.
/// A blank value is no value (an empty field of a form). The first malformed value is kept as the
/// <see cref="Problem"/> (400); the others are still read, as their defaults.
/// </summary>
internal sealed class QueryValues
{
    /// <summary>The first malformed value's problem, or null.</summary>
    public ProblemDetails? Problem { get; private set; }

    /// <summary>A text filter: trimmed, null when blank.</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>"2025-10-14".</summary>
    public static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The execution control query of <c>/api/register/control</c> and the control page: <c>office</c>,
    /// <c>prosecutor</c>, <c>asOf</c> and <c>days</c> (0 to <see cref="RegisterController.MaxDays"/>; 7 by default),
    /// and each list's page: <c>limit</c> (1 to <see cref="ControlQuery.MaxLimit"/>; 100 by default),
    /// <c>overdueOffset</c> and <c>dueSoonOffset</c> (0 by default).
    /// </summary>
    public ControlQuery Control(string? office, string? prosecutor, string? asOf, string? days, (string? Limit, string? OverdueOffset, string? DueSoonOffset) page) =>
        new(Office("office", office), Text(prosecutor), Date("asOf", asOf), Number("days", days, 0, RegisterController.MaxDays, 7))
        {
            Limit = Number("limit", page.Limit, 1, ControlQuery.MaxLimit, 100),
            OverdueOffset = Offset(ControlResponse.OverdueOffset, page.OverdueOffset),
            DueSoonOffset = Offset(ControlResponse.DueSoonOffset, page.DueSoonOffset),
        };

    /// <summary>How many of a list to skip: 0 by default, and never so many that the next page's offset overflows.</summary>
    public int Offset(string name, string? value) => Number(name, value, 0, int.MaxValue - RegisterQuery.MaxLimit - 1, 0);

    public DateOnly? Date(string name, string? value)
    {
        value = Text(value);
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return parsed;
        }

        return Fail<DateOnly?>(name, value, "a date written as YYYY-MM-DD", null);
    }

    public T? Name<T>(string name, string? value) where T : struct, Enum
    {
        value = Text(value);
        if (value is null)
        {
            return null;
        }

        return EnumNames.TryParse<T>(value, out var found) ? found : Fail<T?>(name, value, $"one of {string.Join(", ", EnumNames.All<T>())}", null);
    }

    public int Number(string name, string? value, int min, int max, int fallback)
    {
        value = Text(value);
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : Fail(name, value, string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"), fallback);
    }

    public string? Office(string name, string? value)
    {
        value = Text(value);
        return value is null || RegistrationNumbers.IsOfficeCode(value)
            ? value
            : Fail<string?>(name, value, string.Create(CultureInfo.InvariantCulture, $"an office index: ASCII letters and digits in groups joined by hyphens, at most {RegistrationNumbers.MaxOfficeCodeLength} characters (\"2-11\")"), null);
    }

    private T Fail<T>(string name, string given, string expected, T fallback)
    {
        Problem ??= RegisterProblems.BadQuery(name, given, expected);
        return fallback;
    }
}
