using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Supervision.Acts;
using Supervision.Language;
using Supervision.Law;
using Supervision.Vocabulary;

namespace Supervision.Templating;

/// <summary>
/// The functions templates call to write numbers, sums, dates and titles in the act's language. They
/// take the model's values (dates, decimals, enum names) and return plain text; the caller's output
/// escapes it like any value.
/// </summary>
/// <remarks>
/// In a Kazakh template: <c>{{ date_of act.date }}</c> → "2025 жылғы 14 қазандағы",
/// <c>{{ date_until act.deadline }}</c> → "2025 жылғы 4 қарашаға дейін", <c>{{ amount act.proceeding.amount }}</c>
/// → "18 436 912 (он сегіз миллион ...) теңге 64 (алпыс төрт) тиын", <c>{{ class_rank act.signatory.classRank }}</c>
/// → "әділет кіші кеңесшісі", <c>{{ initial_surname act.signatory.name }}</c> → "Д. Әбдірахманов",
/// <c>{{ calendar_days 10 }}</c> → "10 күнтізбелік күн" (Russian: "10 календарных дней", the genitive after "в течение"),
/// <c>{{ working_days 3 }}</c> → "3 жұмыс күні" ("3 рабочих дней"),
/// <c>{{ for p in paragraphs act.findings }}</c> → each line of a prose value, to print as its own paragraph.
/// </remarks>
public static class TemplateFunctions
{
    private static readonly ScriptObject Kazakh = Create(ActLanguage.Kk);
    private static readonly ScriptObject Russian = Create(ActLanguage.Ru);

    /// <summary>The functions of a language, shared and read-only.</summary>
    public static ScriptObject For(ActLanguage language) => language == ActLanguage.Kk ? Kazakh : Russian;

    /// <summary>The names of the functions, as templates call them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Kazakh.Keys.Order(StringComparer.Ordinal)];

    private static ScriptObject Create(ActLanguage language)
    {
        var words = Languages.For(language);
        var vocabulary = ActVocabulary.For(language);
        var functions = new ScriptObject();
        functions.Import("full_date", new Func<DateOnly?, string>(day => words.FullDate(Given(day, "full_date"))));
        functions.Import("date_of", new Func<DateOnly?, string>(day => words.DateOf(Given(day, "date_of"))));
        functions.Import("date_on", new Func<DateOnly?, string>(day => words.DateOn(Given(day, "date_on"))));
        functions.Import("date_until", new Func<DateOnly?, string>(day => words.DateUntil(Given(day, "date_until"))));
        functions.Import("amount", new Func<decimal?, string>(sum => words.Amount(Given(sum, "amount"))));
        functions.Import("amount_digits", new Func<decimal?, string>(sum => words.AmountInDigits(Given(sum, "amount_digits"))));
        functions.Import("amount_words", new Func<decimal?, string>(sum => words.AmountInWords(Given(sum, "amount_words"))));
        functions.Import("cardinal", new Func<long?, string>(number => words.Cardinal(Given(number, "cardinal"))));
        functions.Import("calendar_days", new Func<int?, string>(days => TermText.Write(Given(days, "calendar_days"), TermUnit.CalendarDays, language)));
        functions.Import("working_days", new Func<int?, string>(days => TermText.Write(Given(days, "working_days"), TermUnit.WorkingDays, language)));
        functions.Import("class_rank", new Func<string, string>(rank => vocabulary.ClassRank(Parse<ClassRank>(rank))));
        functions.Import("kind_title", new Func<string, string>(kind => vocabulary.KindTitle(Parse<ActKind>(kind))));
        functions.Import("initial_surname", new Func<ScriptObject?, string>(InitialSurname));
        functions.Import("upper", new Func<string, string>(text => text.ToUpper(words.Culture)));
        functions.Import("sentence", new Func<string, string>(text => Sentence(text, words.Culture)));
        functions.Import("paragraphs", new Func<string, ScriptArray>(Paragraphs));
        functions.Import("include", new Func<TemplateContext, SourceSpan, string, object?>(Include));
        functions.IsReadOnly = true;
        return functions;
    }

    /// <summary>"Д. Әбдірахманов": the initial of the given name and the surname (documentation rules).</summary>
    private static string InitialSurname(ScriptObject? name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var given = name["givenName"] as string ?? string.Empty;
        var surname = name["surname"] as string ?? string.Empty;
        return given.Length == 0 ? surname : $"{char.ToUpperInvariant(given.Trim()[0])}. {surname.Trim()}";
    }

    /// <summary>A missing value is an error at the call, never a silent "0" or "1 January of year 1".</summary>
    private static T Given<T>(T? value, string function) where T : struct =>
        value ?? throw new ArgumentNullException(nameof(value), $"{function} was given no value; test optional fields with if");

    /// <summary>
    /// Writes a partial of the act's language in place. Scriban's own include returns the partial's text
    /// as a value, which would then be escaped like any value; here the partial writes its markup
    /// directly, and its own values are escaped as they are printed.
    /// </summary>
    private static object? Include(TemplateContext context, SourceSpan span, string name)
    {
        var path = context.TemplateLoader!.GetPath(context, span, name);
        if (path is null || !context.CachedTemplates.TryGetValue(path, out var partial) || partial.Page is null)
        {
            throw new ScriptRuntimeException(span, $"there is no partial {path}");
        }

        context.EnterRecursive(partial.Page);
        try
        {
            context.Evaluate(partial.Page);
        }
        finally
        {
            context.ExitRecursive(partial.Page);
        }

        return null;
    }

    /// <summary>A prose value's lines, each to be printed as its own paragraph; blank lines dropped.</summary>
    private static ScriptArray Paragraphs(string text) =>
        new(text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

    /// <summary>The text with a capital first letter and a full stop at the end, unless it already ends a sentence.</summary>
    private static string Sentence(string text, CultureInfo culture)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        var capital = char.ToUpper(trimmed[0], culture) + trimmed[1..];
        return capital[^1] is '.' or '!' or '?' or ';' or ':' ? capital : capital + ".";
    }

    private static T Parse<T>(string name) where T : struct, Enum =>
        EnumNames.TryParse<T>(name, out var value)
            ? value
            : throw new ArgumentException($"'{name}' is not one of: {string.Join(", ", EnumNames.All<T>())}");
}
