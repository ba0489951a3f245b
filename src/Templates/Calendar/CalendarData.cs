using System.Text.Json;

namespace Supervision.Calendar;

/// <summary>
/// The shape of <c>kz-working-days.json</c>: a working-day calendar kept as data, one entry per year,
/// edited by hand after each year's holiday calendar and transfer orders are published.
/// </summary>
/// <param name="Country">ISO code of the country ("KZ").</param>
/// <param name="Title">What the calendar is, in words.</param>
/// <param name="Checked">The day the data was last checked against the official sources.</param>
/// <param name="Weekend">The weekly days off ("saturday", "sunday").</param>
/// <param name="HowToUpdate">Instructions for the person who adds the next year.</param>
/// <param name="Sources">The laws the calendar follows.</param>
/// <param name="Notes">Remarks that concern every year.</param>
/// <param name="Years">The covered years by number.</param>
internal sealed record CalendarData(
    string Country,
    string Title,
    DateOnly Checked,
    IReadOnlyList<DayOfWeek> Weekend,
    IReadOnlyList<string> HowToUpdate,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Notes,
    IReadOnlyDictionary<int, CalendarYear> Years)
{
    /// <summary>Strict reading: a missing field, a null, an unknown field or an enum given as a number is an error,
    /// so that a typo in the hand-edited file fails loudly instead of silently dropping a day.</summary>
    internal static JsonSerializerOptions JsonOptions { get; } = DataFileJson.Strict(JsonNamingPolicy.CamelCase);

    /// <summary>Reads the calendar from JSON text.</summary>
    /// <exception cref="InvalidDataException">The text is not a calendar of this shape.</exception>
    internal static CalendarData Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<CalendarData>(json, JsonOptions)
                ?? throw new InvalidDataException("The working-day calendar is empty (null).");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The working-day calendar is not valid: {e.Message}", e);
        }
    }
}
