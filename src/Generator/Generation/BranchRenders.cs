using System.Diagnostics;
using Supervision.Acts;
using Supervision.Calendar;
using Supervision.Composition;
using Supervision.Examples;
using Supervision.Generation.Branches;
using Supervision.Law;
using Supervision.Reading;
using Supervision.Rendering.Pdf;
using Supervision.Templating;
using Supervision.Validation;

namespace Supervision.Generation;

/// <summary>
/// Renders every act template with acts generated to take each branch it (and the partials of its language)
/// tests, through the whole route — template, markup, document, PDF pages — and refuses a template that fails,
/// takes longer than the budget or prints more pages than the budget for any of them. Examples alone take only
/// the branches their values choose: a branch kept for one proceeding number would otherwise go live unseen.
/// </summary>
internal static class BranchRenders
{
    private static readonly string[] Variants = [TemplateRenderer.FullVariant, TemplateRenderer.CourtCopyVariant];

    /// <summary>Adds one problem per template that fails, naming the branch's test and the generated act.</summary>
    public static void Check(TemplateSet set, LegalFrames frames, LintBudgets budgets, List<TemplateProblem> found)
    {
        var composer = new ActComposer(new TemplateRenderer(set, frames: frames));
        var validator = new ActValidator(ActPolicy.Default, WorkingCalendar.Kazakhstan, frames);
        var countPages = FontsInstalled();
        foreach (var template in set.Templates)
        {
            if (Example(set, template) is not { } example)
            {
                continue;
            }

            var tests = BranchTests.Of(template.Parsed, template.File).Concat(PartialTests(set, template.Language));
            var (acts, complete) = ActVariants.For(example, tests, validator, budgets.MaxActsPerTemplate);
            if (acts.Select(act => Problem(composer, act, budgets, countPages)).FirstOrDefault(problem => problem is not null) is { } problem)
            {
                found.Add(problem);
            }
            else if (!complete)
            {
                // Decoy conditions must not use up the budget before the branch that matters: refuse what cannot be seen whole.
                found.Add(new TemplateProblem(template.File.Path, 0, 0,
                    $"the template (with the partials of its language) tests more branches than the linter renders ({budgets.MaxActsPerTemplate} acts): simplify its conditions"));
            }
        }
    }

    /// <summary>The first problem rendering a generated act, or null.</summary>
    private static TemplateProblem? Problem(ActComposer composer, ActVariant generated, LintBudgets budgets, bool countPages)
    {
        var test = generated.Test;
        foreach (var variant in Variants.Where(variant => ActGenerator.VariantProblem(generated.Act.Kind, variant) is null))
        {
            var clock = Stopwatch.StartNew();
            int pages;
            try
            {
                var document = composer.Compose(generated.Act, variant);
                pages = countPages ? PdfRenderer.Lay(document).Count : 0;
            }
            catch (TemplateException exception)
            {
                var first = exception.Problems[0];
                return first with { Message = $"{first.Message} (rendering {generated.Describe()}, {variant})" };
            }

            if (clock.Elapsed > budgets.MaxRenderTime)
            {
                return new TemplateProblem(test.File, test.Line, test.Column,
                    $"rendering {generated.Describe()} ({variant}) took {clock.ElapsedMilliseconds} ms, over the budget of {budgets.MaxRenderMilliseconds} ms");
            }

            if (pages > budgets.MaxPages)
            {
                return new TemplateProblem(test.File, test.Line, test.Column,
                    $"{generated.Describe()} ({variant}) prints {pages} pages, over the budget of {budgets.MaxPages}");
            }
        }

        return null;
    }

    /// <summary>The first shipped example of the template's language that the set renders through this template.</summary>
    private static string? Example(TemplateSet set, ActTemplate template)
    {
        foreach (var name in ActExamples.Names)
        {
            var json = ActExamples.Json(name, template.Language);
            if (ActReader.Read(json).Act is { } act && act.Kind == template.Kind && ReferenceEquals(set.For(act), template))
            {
                return json;
            }
        }

        return null;
    }

    private static IEnumerable<BranchTest> PartialTests(TemplateSet set, ActLanguage language)
    {
        var folder = TemplateSources.Folder(language) + "/";
        return set.Files.Where(file => file.IsPartial && file.Path.StartsWith(folder, StringComparison.Ordinal))
            .SelectMany(file => BranchTests.Of(set.Partials[file.Path], file));
    }

    /// <summary>Whether a font for PDF is installed: without one no page can be counted (and no PDF served), so pages are not checked.</summary>
    private static bool FontsInstalled()
    {
        try
        {
            PdfFonts.EnsureAvailable();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
