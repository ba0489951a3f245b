using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Reading;
using Supervision.Register;
using Supervision.Validation;

namespace Supervision.Api.Drafts;

/// <summary>The answers of the draft endpoints: what came of a decision, as a view or a problem.</summary>
internal static class DraftAnswers
{
    /// <summary>
    /// 200 (or 201 for a new draft) with the draft as it now stands; 422 with every error where the act
    /// with the signature or approval filled in fails the validator (and the warnings beside them, as
    /// <c>POST /api/acts/render</c> reports them); the refusal's status otherwise.
    /// </summary>
    public static IActionResult Of(ControllerBase controller, DraftOutcome outcome, bool created = false, IReadOnlyList<ValidationError>? warnings = null) => outcome switch
    {
        DraftOutcome.Saved { Draft: var draft } when created => controller.Created(Link(draft.Id), DraftView.Of(draft)),
        DraftOutcome.Saved saved => controller.Ok(DraftView.Of(saved.Draft)),
        DraftOutcome.Issued issued => controller.Ok(DraftView.Of(issued.Draft)),
        DraftOutcome.Invalid invalid => new ProblemResult(ApiProblems.Invalid(invalid.Errors, warnings ?? [])),
        DraftOutcome.Refused refused => new ProblemResult(RegisterProblems.Refused(refused.Refusal)),
        _ => throw new InvalidOperationException($"Unexpected draft outcome {outcome.GetType().Name}."),
    };

    /// <summary>The warnings of the act a draft holds, to stand beside the errors of a refused signature or approval.</summary>
    public static IReadOnlyList<ValidationError> Warnings(Draft? draft) =>
        draft is not null && ActReader.Read(draft.ActJson) is { Succeeded: true } read ? ActValidator.Default.Validate(read.Act).Warnings : [];

    /// <summary>404 for an id that is not a draft's (not a positive number).</summary>
    public static ProblemResult NotFound(string id) =>
        new(RegisterProblems.Refused(new Refusal(Refusal.NotFound, $"no draft has the id '{(id.Length > 40 ? id[..40] + "…" : id)}'")));

    /// <summary>The draft's id, or null where the path holds no draft id.</summary>
    public static long? Id(string id) =>
        long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    /// <summary>The draft's address.</summary>
    public static string Link(long id) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/api/drafts/{id}");
}
