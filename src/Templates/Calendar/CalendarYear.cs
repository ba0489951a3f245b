namespace Supervision.Calendar;

/// <summary>One year of the calendar: its holidays and the days moved by law or by decree.</summary>
/// <param name="Holidays">Every public holiday of the year on its real date, weekend or not.</param>
/// <param name="DaysOff">Weekdays not worked although not holidays: holidays carried over from a weekend,
/// and days off moved by an order or decree.</param>
/// <param name="WorkingWeekends">Saturdays or Sundays made working days by an order or decree.</param>
/// <param name="Sources">The documents the year's data relies on.</param>
/// <param name="Notes">What is uncertain or was not found.</param>
internal sealed record CalendarYear(
    IReadOnlyList<Holiday> Holidays,
    IReadOnlyList<MovedDay> DaysOff,
    IReadOnlyList<MovedDay> WorkingWeekends,
    IReadOnlyList<string>? Sources = null,
    IReadOnlyList<string>? Notes = null);

/// <summary>A public holiday.</summary>
/// <param name="Date">Its date.</param>
/// <param name="Name">Its name in Kazakh and Russian ("Жаңа жыл / Новый год").</param>
/// <param name="Kind">National, state or religious; religious days off do not carry over from a weekend.</param>
/// <param name="Provisional">True while the date is expected but not yet officially announced.</param>
internal sealed record Holiday(DateOnly Date, string Name, HolidayKind Kind, bool Provisional = false);

/// <summary>A day whose status differs from what the weekday alone says.</summary>
/// <param name="Date">The day.</param>
/// <param name="Reason">Why, in words ("8 March fell on Saturday").</param>
/// <param name="MovedBy">The order or decree that moved it; absent for a holiday carried over by law.</param>
internal sealed record MovedDay(DateOnly Date, string Reason, string? MovedBy = null);

/// <summary>The kinds of holiday in the Law "On holidays in the Republic of Kazakhstan" and the Labour Code.</summary>
internal enum HolidayKind
{
    /// <summary>The national holiday (Republic Day); carries over from a weekend.</summary>
    National,

    /// <summary>A state holiday; carries over from a weekend.</summary>
    State,

    /// <summary>A religious day off (7 January, first day of Kurban Ait); does not carry over.</summary>
    Religious,
}
