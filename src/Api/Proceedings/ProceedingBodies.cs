using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.Proceedings;

/// <summary>Reads a proceeding body strictly: its properties and nothing else, each of its type; the first problem is a 400 naming the property.</summary>
internal static class ProceedingBodies
{
    private static readonly string[] Properties =
    [
        "officeCode", "number", "executiveDocument", "creditor", "debtor", "category", "privateInterest", "withoutWrit", "termBreached",
        "sumDue", "recovered", "recoveredOn", "executed", "openedOn", "closedOn", "actIds",
    ];

    public static (ProceedingEntry? Entry, ProblemDetails? Problem) Read(string json) =>
        RegisterBodies.Read(json, Properties, fields =>
        {
            var office = fields.RequiredText("officeCode", "the office's index, as 2-11");
            var number = fields.RequiredText("number", "the enforcement proceeding's number");
            var document = fields.RequiredText("executiveDocument", "the executive document: kind, number, date, issuer");
            var creditor = fields.RequiredText("creditor", "the creditor");
            var debtor = fields.RequiredText("debtor", "the debtor");
            var categoryName = fields.RequiredText("category", string.Join(", ", EnumNames.All<ProceedingCategory>()));
            var category = ProceedingCategory.StateRevenue;
            if (categoryName is not null && !EnumNames.TryParse(categoryName, out category))
            {
                fields.Fail($"'{(categoryName.Length > 40 ? categoryName[..40] + "…" : categoryName)}' is not a category: one of {string.Join(", ", EnumNames.All<ProceedingCategory>())}", "category");
            }

            var privateInterest = fields.OptionalFlag("privateInterest", false);
            var withoutWrit = fields.OptionalFlag("withoutWrit", false);
            var termBreached = fields.OptionalFlag("termBreached", false);
            var sumDue = fields.OptionalNumber("sumDue");
            var recovered = fields.OptionalNumber("recovered");
            var recoveredOn = fields.OptionalDate("recoveredOn");
            var executed = fields.OptionalFlag("executed");
            var opened = fields.Date("openedOn");
            var closed = fields.OptionalDate("closedOn");
            var acts = fields.Ids("actIds", "the ids of issued acts brought on the proceeding");
            return fields.Problem is null
                ? new ProceedingEntry
                {
                    OfficeCode = office!,
                    Number = number!,
                    ExecutiveDocument = document!,
                    Creditor = creditor!,
                    Debtor = debtor!,
                    Category = category,
                    PrivateInterest = privateInterest!.Value,
                    WithoutWrit = withoutWrit!.Value,
                    TermBreached = termBreached!.Value,
                    SumDue = sumDue,
                    Recovered = recovered,
                    RecoveredOn = recoveredOn,
                    Executed = executed,
                    OpenedOn = opened!.Value,
                    ClosedOn = closed,
                    ActIds = acts,
                }
                : null;
        });
}
