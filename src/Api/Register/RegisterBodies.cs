using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Drafts;
using Supervision.Reading;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>
/// Reads the register's request bodies other than acts strictly: a JSON object with the endpoint's
/// properties and nothing else, each of its type; the first problem found is a 400 naming where.
/// </summary>
internal static class RegisterBodies
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 8, AllowDuplicateProperties = false };

    /// <summary>A status change: <c>{ status, answerDate, answerNumber?, recoveredAmount? }</c>; who made it is the principal, never a field.</summary>
    public static (StatusUpdate? Change, ProblemDetails? Problem) StatusChange(string json) =>
        Read(json, ["status", "answerDate", "answerNumber", "recoveredAmount"], fields =>
        {
            var status = fields.RequiredText("status", "one of executed, answered, withdrawn");
            if (status is not null && (!EnumNames.TryParse<ActStatus>(status, out var parsed) || parsed == ActStatus.Issued))
            {
                fields.Fail($"'{status}' is not a status an act can be given: one of executed, answered, withdrawn", "status");
            }

            var date = fields.Date("answerDate");
            var number = fields.OptionalText("answerNumber");
            var recovered = fields.OptionalNumber("recoveredAmount");
            return fields.Problem is null
                ? new StatusUpdate(EnumNames.TryParse<ActStatus>(status!, out var value) ? value : ActStatus.Issued, date!.Value, number, recovered)
                : null;
        });

    /// <summary>A template proposal: <c>{ path, text }</c>; the proposer is the principal.</summary>
    public static (ProposalBody? Body, ProblemDetails? Problem) Proposal(string json) =>
        Read(json, ["path", "text"], fields =>
        {
            var path = fields.RequiredText("path", "the template file, as templates-kk/order.sbn");
            var text = fields.RequiredText("text", "the file's whole new text", allowBlank: true);
            return fields.Problem is null ? new ProposalBody { Path = path!, Text = text! } : null;
        });

    /// <summary>An approval of a proposed template version: <c>{ path, version }</c>.</summary>
    public static (ApprovalBody? Body, ProblemDetails? Problem) Approval(string json) =>
        Read(json, ["path", "version"], fields =>
        {
            var path = fields.RequiredText("path", "the template file, as templates-kk/order.sbn");
            var version = fields.Count("version", "the proposed version's number");
            return fields.Problem is null ? new ApprovalBody { Path = path!, Version = version!.Value } : null;
        });

    /// <summary>A submission of a draft: <c>{ signatory }</c>, the login of the person who is to sign it.</summary>
    public static (SubmitBody? Body, ProblemDetails? Problem) Submit(string json) =>
        Read(json, ["signatory"], fields =>
        {
            var signatory = fields.RequiredText("signatory", "the login of a signatory of the draft's office (GET /api/people?role=signatory)");
            return fields.Problem is null ? new SubmitBody { Signatory = signatory!.Trim() } : null;
        });

    /// <summary>A return of a draft to its drafter: <c>{ remarks }</c>.</summary>
    public static (ReturnBody? Body, ProblemDetails? Problem) Return(string json) =>
        Read(json, ["remarks"], fields =>
        {
            var remarks = fields.RequiredText("remarks", "what the drafter must change");
            return fields.Problem is null ? new ReturnBody { Remarks = remarks! } : null;
        });

    /// <summary>A signature to attach: <c>{ preparedId, cms }</c>, the CMS (DER) in base64; who attaches is the principal.</summary>
    public static (Signing.SignatureBody? Body, ProblemDetails? Problem) Signature(string json) =>
        Read(json, ["preparedId", "cms"], fields =>
        {
            var prepared = fields.RequiredText("preparedId", "the preparedId that POST .../signature/prepare answered");
            var cms = fields.RequiredText("cms", "the signatory's detached CMS SignedData (DER) in base64");
            byte[]? der = null;
            if (cms is not null)
            {
                try
                {
                    der = Convert.FromBase64String(cms.Trim());
                }
                catch (FormatException)
                {
                    fields.Fail("'cms' is not base64: give the CMS SignedData's DER bytes in base64 (RFC 4648)", "cms");
                }
            }

            return fields.Problem is null ? new Signing.SignatureBody { PreparedId = prepared!.Trim(), Cms = der! } : null;
        });

    /// <summary>Reads a JSON object that has only the given properties, each through <paramref name="read"/>; the first problem wins.</summary>
    internal static (T? Value, ProblemDetails? Problem) Read<T>(string json, string[] properties, Func<BodyFields, T?> read) where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, RegisterProblems.Unreadable($"the body must be a JSON object with {string.Join(", ", properties)}", null));
            }

            if (root.EnumerateObject().Select(property => property.Name).FirstOrDefault(name => !properties.Contains(name, StringComparer.Ordinal)) is { } unknown)
            {
                return (null, RegisterProblems.Unreadable($"unknown property '{(unknown.Length > 40 ? unknown[..40] + "…" : unknown)}'; the body takes {string.Join(", ", properties)}", unknown.Length > 40 ? null : unknown));
            }

            var fields = new BodyFields(root);
            var value = read(fields);
            return (value, fields.Problem);
        }
        catch (JsonException exception)
        {
            var (line, column) = JsonPosition.Of(exception, json);
            return (null, RegisterProblems.Unreadable($"not valid JSON: {JsonPosition.Describe(exception)}", null, line, column));
        }
        catch (InvalidOperationException)
        {
            // JsonElement.GetString refuses escapes that are not UTF-16 (a lone surrogate).
            return (null, RegisterProblems.Unreadable("a text holds an escape that is not a character (a lone surrogate)", null));
        }
    }
}
