using Scriban;
using Scriban.Runtime;
using Supervision.Acts;
using Supervision.Law;

namespace Supervision.Templating;

/// <summary>
/// The functions that print what the law says, from the legal frame the act's date selects
/// (<see cref="LegalFrames"/>): a template never types an article, a law's date or number, or a term.
/// </summary>
/// <remarks>
/// In a Russian template: <c>руководствуясь {{ cite "basis" }},</c> → "руководствуясь статьей 19 Закона Республики
/// Казахстан от 21 декабря 1995 года № 2709 «О прокуратуре»,"; <c>{{ cite "administrative-offences" "genitive" }}</c>;
/// <c>{{ cite_defining "study" }}</c> also defines the law's short name "(далее – Закон)";
/// <c>в течение {{ term "consideration" }}</c> → "в течение 10 календарных дней";
/// <c>{{ if has_term "notice" }}</c>; <c># {{ document_type "ПРЕДПИСАНИЕ" }}</c> → the frame's printed type, or the one given.
/// In Kazakh the default case is the accusative (<c>{{ cite "basis" }} басшылыққа алып</c>), in Russian the instrumental.
/// </remarks>
public sealed class LawFunctions
{
    private readonly Act _act;
    private readonly LegalFrames _frames;

    private LawFunctions(Act act, LegalFrames frames)
    {
        _act = act;
        _frames = frames;
    }

    private delegate string CiteFunction(TemplateContext context, string name, string? grammaticalCase = null);

    private delegate string TermFunction(TemplateContext context, string name, string? grammaticalCase = null);

    /// <summary>The names of the functions, as templates call them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["cite", "cite_defining", "document_type", "has_term", "term"];

    /// <summary>
    /// The functions, made once for every act: each reads the act whose <see cref="LawFunctions"/> the template's context
    /// carries (<see cref="For"/>). Made anew for each act, Scriban read each function's signature by reflection and
    /// called it through reflection: some 3 % of rendering an act.
    /// </summary>
    internal static ScriptObject Functions { get; } = Create();

    /// <summary>The law of one act, reading the frame its date selects: for the template's context to carry.</summary>
    public static LawFunctions For(Act act, LegalFrames frames)
    {
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(frames);
        return new LawFunctions(act, frames);
    }

    private static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("cite", new CiteFunction(CiteIn));
        functions.Import("cite_defining", new CiteFunction(CiteDefiningIn));
        functions.Import("term", new TermFunction(TermIn));
        functions.Import("has_term", new Func<TemplateContext, string, bool>((context, name) => Of(context).HasTerm(name)));
        functions.Import("document_type", new Func<TemplateContext, string, string>((context, templates) => Of(context).DocumentType(templates)));
        functions.IsReadOnly = true;
        return functions;
    }

    private static string CiteIn(TemplateContext context, string name, string? grammaticalCase = null) => Of(context).Cite(name, grammaticalCase);

    private static string CiteDefiningIn(TemplateContext context, string name, string? grammaticalCase = null) => Of(context).CiteDefining(name, grammaticalCase);

    private static string TermIn(TemplateContext context, string name, string? grammaticalCase = null) => Of(context).Term(name, grammaticalCase);

    private static LawFunctions Of(TemplateContext context) =>
        (context as EscapingTemplateContext)?.Law ?? throw new InvalidOperationException("The template is rendered without an act's law in its context.");

    /// <summary>A citation of the act's kind by name, in a case (default: Kazakh accusative, Russian instrumental).</summary>
    public string Cite(string name, string? grammaticalCase = null) =>
        CitationText.Write(Citation(name), _act.Language, grammaticalCase, defineShortName: false);

    /// <summary>As <see cref="Cite"/>, defining the law's short name after it: "(далее – Закон)", "(бұдан әрі – Заң)".</summary>
    public string CiteDefining(string name, string? grammaticalCase = null) =>
        CitationText.Write(Citation(name), _act.Language, grammaticalCase, defineShortName: true);

    /// <summary>A term of the act's kind by name: "10 календарных дней" (genitive; "accusative" for "за 3 рабочих дня"), "10 күнтізбелік күн".</summary>
    public string Term(string name, string? grammaticalCase = null)
    {
        var frame = Frame();
        return frame.Terms.TryGetValue(name, out var term)
            ? TermText.Write(term.Days, term.Unit, _act.Language, grammaticalCase)
            : throw new ArgumentException($"the legal frame has no term \"{name}\" for {EnumNames.Of(_act.Kind)}; it has: {Known(frame.Terms.Keys)}");
    }

    /// <summary>Whether the frame sets a term of this name for the act's kind (the notice before a submission's consideration, ...).</summary>
    public bool HasTerm(string name) => Frame().Terms.ContainsKey(name);

    /// <summary>The document type the frame prints for the kind, or the template's own where the frame sets none.</summary>
    public string DocumentType(string templates) => Frame().DocumentTypes.GetValueOrDefault(_act.Language, templates);

    private Citation Citation(string name)
    {
        var frame = Frame();
        return frame.Citations.TryGetValue(name, out var citation)
            ? citation
            : throw new ArgumentException($"the legal frame has no citation \"{name}\" for {EnumNames.Of(_act.Kind)}; it has: {Known(frame.Citations.Keys)}");
    }

    private KindFrame Frame()
    {
        if (_act.Date is not { } date)
        {
            throw new ArgumentException("the act has no date, which chooses its legal frame");
        }

        return _frames.At(date)?.For(_act.Kind)
            ?? throw new ArgumentException($"no legal frame covers {date:dd.MM.yyyy}, the act's date");
    }

    private static string Known(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal));
}
