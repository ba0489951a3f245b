using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.HeldChecks;

/// <summary>Reads a held check's body strictly: its properties and nothing else, each of its type; the first problem is a 400 naming the property.</summary>
internal static class HeldCheckBodies
{
    private static readonly string[] Properties = ["officeCode", "checkStart", "checkEnd", "checked", "note"];

    public static (HeldCheckEntry? Entry, ProblemDetails? Problem) Read(string json) =>
        RegisterBodies.Read(json, Properties, fields =>
        {
            var office = fields.RequiredText("officeCode", "the office's index, as 2");
            var start = fields.Date("checkStart");
            var end = fields.Date("checkEnd");
            var objects = fields.Texts("checked", "the departments of justice and chambers of private bailiffs checked, each in the nominative");
            var note = fields.OptionalText("note");
            return fields.Problem is null
                ? new HeldCheckEntry { OfficeCode = office!, CheckStart = start!.Value, CheckEnd = end!.Value, Checked = objects!, Note = note }
                : null;
        });
}
