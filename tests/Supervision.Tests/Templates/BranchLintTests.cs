using Supervision.Generation;

namespace Supervision.Tests.Templates;

/// <summary>
/// The linter renders each template with acts generated to take every branch it tests, not only with the
/// examples: a branch kept for one proceeding number cannot go live unseen.
/// </summary>
public sealed class BranchLintTests
{
    [Fact]
    public void ABranchNestingAThousandBlocksForOneProceedingNumberIsRefusedNamingItsLineAndTheAct()
    {
        var (files, conditionLine, bodyLine) = BranchTemplates.WithBranch(BranchTemplates.NestedThousandDeep, "templates-kk/order.sbn");

        var problem = Assert.Single(TemplateLinter.Lint(files));

        Assert.Equal(("templates-kk/order.sbn", bodyLine), (problem.File, problem.Line));
        Assert.Contains("nested 1000 deep", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"templates-kk/order.sbn:{conditionLine}", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"act.proceeding.number = \"{BranchTemplates.Number}\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABranchThatPrintsABookIsRefusedByThePageBudgetAtItsCondition()
    {
        var paragraph = "Осы ұйғарым орындалып, оның нәтижелері туралы прокуратураға жазбаша хабарлансын. ";
        var body = $"{{{{ for i in 1..60 }}}}\n{string.Concat(Enumerable.Repeat(paragraph, 20))}\n\n{{{{ end }}}}";
        var (files, conditionLine, _) = BranchTemplates.WithBranch(body, "templates-ru/order.sbn");

        var problem = Assert.Single(TemplateLinter.Lint(files, budgets: LintBudgets.Default with { MaxPages = 10 }));

        Assert.Equal(("templates-ru/order.sbn", conditionLine), (problem.File, problem.Line));
        Assert.Contains("over the budget of 10", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASlowBranchIsRefusedByTheTimeBudgetAtItsCondition()
    {
        // A hundred strings of a hundred thousand characters (20 MB) cannot be made within a millisecond; the budget is
        // set that low so the test does not depend on how fast the machine is, and the branch comes first so that it is
        // the first act tried (every render of the shipped protest takes more than a millisecond too). Not a thousand:
        // on a loaded machine that took longer than the renderer's own 2 s limit, which refuses it at another line.
        var body = "{{ for i in 1..100 }}{{ padded = \"x\" | string.pad_left 100000 }}{{ end }}";
        var (files, conditionLine, _) = BranchTemplates.WithFirstBranch(body, "templates-kk/protest.sbn");

        var problems = TemplateLinter.Lint(files, budgets: LintBudgets.Default with { MaxRenderMilliseconds = 1 });

        Assert.Contains(problems, problem => problem.File == "templates-kk/protest.sbn" && problem.Line == conditionLine
            && problem.Message.Contains("over the budget of 1 ms", StringComparison.Ordinal));
    }

    [Fact]
    public void AWhenOfAnEnumValueNoExampleHasIsTaken()
    {
        // The example goes to a justice body; "chamber-head", one of the values the schema lists, may receive it too.
        var body = "{{ case act.addressee.kind }}{{ when \"chamber-head\" }}{{ date_of act.addressee.address }}{{ end }}";
        var (files, _, _) = BranchTemplates.WithBranch(body, "templates-kk/submission.sbn", "templates-ru/submission.sbn");

        var problem = TemplateLinter.Lint(files)[0];

        Assert.Equal("templates-kk/submission.sbn", problem.File);
        Assert.Contains("act.addressee.kind = \"chamber-head\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecoyConditionsCannotUseUpTheBudgetBeforeTheBranchThatMatters()
    {
        // Ninety conditions on the proceeding number, each taken by a valid act, before the branch that breaks.
        var decoys = string.Concat(Enumerable.Range(0, 90).Select(i => $"{{{{ if act.proceeding.number == \"{i}/1\" }}}}.{{{{ end }}}}\n"));
        var (branched, _, _) = BranchTemplates.WithBranch(BranchTemplates.NestedThousandDeep, "templates-kk/order.sbn");
        var files = branched.Select(file => file.Path == "templates-kk/order.sbn"
            ? file with { Text = file.Text.Replace("{{ if act.proceeding.number", decoys + "{{ if act.proceeding.number", StringComparison.Ordinal) }
            : file).ToList();

        var problem = Assert.Single(TemplateLinter.Lint(files));

        Assert.Contains("more branches than the linter renders (80 acts)", problem.Message, StringComparison.Ordinal);
        Assert.Equal(("templates-kk/order.sbn", 0), (problem.File, problem.Line));
    }

    [Fact]
    public void TheShippedBudgetsAreRead() =>
        Assert.Equal((40, 3000), (LintBudgets.Default.MaxPages, LintBudgets.Default.MaxRenderMilliseconds));
}
