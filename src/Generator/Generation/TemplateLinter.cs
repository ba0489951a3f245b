using Supervision.Acts;
using Supervision.Composition;
using Supervision.Examples;
using Supervision.Law;
using Supervision.Reading;
using Supervision.Templating;

namespace Supervision.Generation;

/// <summary>
/// Checks a set of template files before they go live: every file parses; every act in both languages
/// has a template; every field a template reads exists; each Kazakh template and its Russian twin read
/// the same fields; no article or law's date or number is typed into the printed text (it comes from the
/// legal frame); each template renders every shipped example (and a conclusion's court copy) in every
/// legal frame; and each renders, within the budgets of time and pages, the acts generated to take every
/// branch it tests (see <see cref="BranchRenders"/>).
/// </summary>
public static class TemplateLinter
{
    /// <summary>Every problem found, each naming its file, line and column; empty when the templates are fit.</summary>
    /// <param name="files">The template files.</param>
    /// <param name="frames">The legal frames to render the examples in; the product's by default.</param>
    /// <param name="budgets">The time and pages one render may take; the product's (lint-budgets.json) by default.</param>
    public static IReadOnlyList<TemplateProblem> Lint(IReadOnlyList<TemplateFile> files, LegalFrames? frames = null, LintBudgets? budgets = null)
    {
        var (set, problems) = TemplateSet.TryLoad(files);
        if (set is null)
        {
            return problems;
        }

        var found = new List<TemplateProblem>();
        CheckCoverage(set, found);
        CheckFields(set, found);
        CheckParity(set, found);
        CheckTypedCitations(set, found);
        if (found.Count == 0)
        {
            CheckExamplesRender(set, frames ?? LegalFrames.Default, found);
        }

        if (found.Count == 0)
        {
            BranchRenders.Check(set, frames ?? LegalFrames.Default, budgets ?? LintBudgets.Default, found);
        }

        return found;
    }

    private static void CheckTypedCitations(TemplateSet set, List<TemplateProblem> found)
    {
        foreach (var template in set.Templates)
        {
            found.AddRange(TypedCitations.Of(template.Parsed, template.File.Path));
        }

        foreach (var (path, partial) in set.Partials)
        {
            found.AddRange(TypedCitations.Of(partial, path));
        }
    }

    private static void CheckCoverage(TemplateSet set, List<TemplateProblem> found)
    {
        foreach (var language in Enum.GetValues<ActLanguage>())
        {
            foreach (var kind in Enum.GetValues<ActKind>().Where(kind => !set.Templates.Any(t => t.Kind == kind && t.Language == language && t.Instance is null)))
            {
                found.Add(new TemplateProblem(TemplateSources.Folder(language), 0, 0, $"no template words the act '{EnumNames.Of(kind)}'"));
            }
        }
    }

    private static void CheckFields(TemplateSet set, List<TemplateProblem> found)
    {
        foreach (var template in set.Templates)
        {
            var known = TemplateModel.FieldPaths(ActTypes.Of(template.Kind));
            Report(template.File.Path, FieldReferences.Of(template.Parsed).Where(field => !known.Contains(field.Path)), found);
        }

        var anyKind = Enum.GetValues<ActKind>().SelectMany(kind => TemplateModel.FieldPaths(ActTypes.Of(kind))).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, partial) in set.Partials)
        {
            Report(path, FieldReferences.Of(partial).Where(field => !anyKind.Contains(field.Path)), found);
        }

        static void Report(string path, IEnumerable<FieldReference> unknown, List<TemplateProblem> found) =>
            found.AddRange(unknown.Select(field => new TemplateProblem(path, field.Line, field.Column, $"the act has no field act.{field.Path}")));
    }

    private static void CheckParity(TemplateSet set, List<TemplateProblem> found)
    {
        foreach (var kazakh in set.Templates.Where(t => t.Language == ActLanguage.Kk))
        {
            var russian = set.Templates.FirstOrDefault(t => t.Language == ActLanguage.Ru && t.Kind == kazakh.Kind && t.Instance == kazakh.Instance);
            if (russian is null)
            {
                found.Add(new TemplateProblem(kazakh.File.Path, 0, 0, "has no Russian twin in templates-ru"));
                continue;
            }

            CompareFields(kazakh.File.Path, FieldReferences.Of(kazakh.Parsed), russian.File.Path, FieldReferences.Of(russian.Parsed), found);
        }

        foreach (var russian in set.Templates.Where(t => t.Language == ActLanguage.Ru && !set.Templates.Any(k => k.Language == ActLanguage.Kk && k.Kind == t.Kind && k.Instance == t.Instance)))
        {
            found.Add(new TemplateProblem(russian.File.Path, 0, 0, "has no Kazakh twin in templates-kk"));
        }

        var kazakhFolder = TemplateSources.Folder(ActLanguage.Kk) + "/";
        var russianFolder = TemplateSources.Folder(ActLanguage.Ru) + "/";
        foreach (var (path, partial) in set.Partials.Where(pair => pair.Key.StartsWith(kazakhFolder, StringComparison.Ordinal)))
        {
            var twinPath = russianFolder + path[kazakhFolder.Length..];
            if (!set.Partials.TryGetValue(twinPath, out var twin))
            {
                found.Add(new TemplateProblem(path, 0, 0, $"has no Russian twin {twinPath}"));
                continue;
            }

            CompareFields(path, FieldReferences.Of(partial), twinPath, FieldReferences.Of(twin), found);
        }

        foreach (var path in set.Partials.Keys.Where(path => path.StartsWith(russianFolder, StringComparison.Ordinal) && !set.Partials.ContainsKey(kazakhFolder + path[russianFolder.Length..])))
        {
            found.Add(new TemplateProblem(path, 0, 0, "has no Kazakh twin in templates-kk"));
        }
    }

    private static void CompareFields(string kazakhPath, IReadOnlyList<FieldReference> kazakh, string russianPath, IReadOnlyList<FieldReference> russian, List<TemplateProblem> found)
    {
        var kazakhFields = kazakh.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var russianFields = russian.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var field in kazakh.Where(f => !russianFields.Contains(f.Path)).DistinctBy(f => f.Path))
        {
            found.Add(new TemplateProblem(kazakhPath, field.Line, field.Column, $"reads act.{field.Path}, which its twin {russianPath} does not"));
        }

        foreach (var field in russian.Where(f => !kazakhFields.Contains(f.Path)).DistinctBy(f => f.Path))
        {
            found.Add(new TemplateProblem(russianPath, field.Line, field.Column, $"reads act.{field.Path}, which its twin {kazakhPath} does not"));
        }
    }

    private static readonly string[] Variants = [TemplateRenderer.FullVariant, TemplateRenderer.CourtCopyVariant];

    /// <summary>Renders every example dated on the first day of each frame, so that a frame missing a citation or
    /// a term a template asks for is found before an act dated in it is.</summary>
    private static void CheckExamplesRender(TemplateSet set, LegalFrames frames, List<TemplateProblem> found)
    {
        var composer = new ActComposer(new TemplateRenderer(set, frames: frames));
        foreach (var name in ActExamples.Names)
        {
            foreach (var language in Enum.GetValues<ActLanguage>())
            {
                var example = ActReader.Read(ActExamples.Json(name, language)).Act!;
                foreach (var frame in frames.Frames)
                {
                    var act = example with { Date = frame.From };
                    foreach (var variant in Variants.Where(variant => ActGenerator.VariantProblem(act.Kind, variant) is null))
                    {
                        try
                        {
                            composer.Compose(act, variant);
                        }
                        catch (TemplateException exception)
                        {
                            found.AddRange(exception.Problems.Select(p => p with { Message = $"{p.Message} (rendering example {name}.{EnumNames.Of(language)}, {variant}, legal frame \"{frame.Id}\")" }));
                        }
                    }
                }
            }
        }
    }
}
