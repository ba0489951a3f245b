using System.Globalization;
using Supervision.Acts;

namespace Supervision.Law;

/// <summary>
/// Prints a number of days as terms are written: "10 күнтізбелік күн", "3 жұмыс күні"; in Russian the genitive
/// after "в течение", "не более", "не менее" ("10 календарных дней", "3 рабочих дней", "1 рабочего дня") or the
/// accusative after "за" ("не менее чем за 3 рабочих дня"); months likewise ("1 ай", "1 месяца", "за 1 месяц");
/// a day of the next month as "до 7-го числа следующего месяца", "келесі айдың 7-күніне дейін" in every case.
/// </summary>
internal static class TermText
{
    /// <summary>The cases a template may ask for, by language; the first is the default.</summary>
    public static IReadOnlyList<string> Cases(ActLanguage language) => language == ActLanguage.Kk ? ["nominative"] : ["genitive", "accusative"];

    /// <exception cref="ArgumentException">The case is not one of <see cref="Cases"/>.</exception>
    public static string Write(int days, TermUnit unit, ActLanguage language, string? grammaticalCase = null)
    {
        var cases = Cases(language);
        var form = grammaticalCase ?? cases[0];
        if (!cases.Contains(form))
        {
            throw new ArgumentException($"'{form}' is not a case terms are printed in; use one of: {string.Join(", ", cases)}");
        }

        var number = days.ToString(CultureInfo.InvariantCulture);
        if (unit == TermUnit.Months)
        {
            return language == ActLanguage.Kk ? $"{number} ай" : $"{number} {RussianMonths(days, form)}";
        }

        if (unit == TermUnit.DayOfNextMonth)
        {
            // A day of a month, not a count: "келесі айдың 7-күніне дейін", "до 7-го числа следующего месяца".
            return language == ActLanguage.Kk ? $"келесі айдың {number}-күніне дейін" : $"до {number}-го числа следующего месяца";
        }

        if (language == ActLanguage.Kk)
        {
            // Numerals take the noun in the singular; "жұмыс күні" is a compound with its possessive.
            return unit == TermUnit.CalendarDays ? $"{number} күнтізбелік күн" : $"{number} жұмыс күні";
        }

        var adjective = unit == TermUnit.CalendarDays ? "календарн" : "рабоч";
        var (adjectiveEnding, noun) = Russian(days, form, unit);
        return $"{number} {adjective}{adjectiveEnding} {noun}";
    }

    /// <summary>"1 месяца", "2 месяцев" after "в течение"; "1 месяц", "2 месяца", "5 месяцев" after "за".</summary>
    private static string RussianMonths(int months, string form)
    {
        var lastTwo = months % 100;
        var last = months % 10;
        var one = last == 1 && lastTwo != 11;
        var few = last is >= 2 and <= 4 && lastTwo is < 12 or > 14;
        if (form == "genitive")
        {
            return one ? "месяца" : "месяцев";
        }

        return one ? "месяц" : few ? "месяца" : "месяцев";
    }

    private static (string AdjectiveEnding, string Noun) Russian(int days, string form, TermUnit unit)
    {
        var lastTwo = days % 100;
        var last = days % 10;
        var one = last == 1 && lastTwo != 11;
        var few = last is >= 2 and <= 4 && lastTwo is < 12 or > 14;
        // "календарн-ый" takes hard endings; after "ч" Russian spelling wants "рабоч-ий", "рабоч-его", "рабоч-их".
        var hard = unit == TermUnit.CalendarDays;
        var (single, genitiveSingle, plural) = hard ? ("ый", "ого", "ых") : ("ий", "его", "их");
        if (form == "genitive")
        {
            return one ? (genitiveSingle, "дня") : (plural, "дней");
        }

        return one ? (single, "день") : few ? (plural, "дня") : (plural, "дней");
    }
}
