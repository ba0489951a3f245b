using System.Globalization;

namespace Supervision.Register;

/// <summary>
/// The printed registration number: the office's index, the two-digit year and the sequence within
/// the office and year — "2-11-25/4186", the form of the outgoing numbers in the examples.
/// </summary>
public static class RegistrationNumbers
{
    /// <summary>The longest office index accepted.</summary>
    public const int MaxOfficeCodeLength = 20;

    /// <summary>"2-11-25/4186" for office "2-11", year 2025, sequence 4186.</summary>
    public static string Format(string officeCode, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{officeCode}-{PrintedYear(year):00}/{sequence}");

    /// <summary>The year as the number prints it, 0..99: the key of the office's number sequence, so that two
    /// years printing alike (2026, 2126) can never hand out the same printed number.</summary>
    public static int PrintedYear(int year) => year % 100;

    /// <summary>Whether an office index is fit for print and file names: ASCII letters and digits in groups joined by single hyphens ("2-11", "15-3-A").</summary>
    public static bool IsOfficeCode(string? code) =>
        code is { Length: > 0 and <= MaxOfficeCodeLength }
        && code.Split('-').All(group => group.Length > 0 && group.All(char.IsAsciiLetterOrDigit));
}
