using Supervision.Acts;

namespace Supervision.Register;

/// <summary>An act to issue: it gets the next registration number of its office and year, is rendered
/// with the live templates and is stored with everything needed to show and re-create it later.</summary>
/// <param name="Act">The act; a number it carries is replaced by the registration number.</param>
/// <param name="IssuedBy">Who issues it (a login or a name), recorded with the act and in the audit trail.</param>
/// <param name="OfficeCode">The office's registration index ("2-11"), printed at the head of its numbers.
/// Needed the first time an office (by the name printed in the act) issues; after that the name finds it.</param>
public sealed record IssueRequest(Act Act, string IssuedBy, string? OfficeCode = null);
