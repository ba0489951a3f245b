using Supervision.Acts;

namespace Supervision.Register;

/// <summary>An act to issue as it is, named by text: the HTTP door's until it authenticates, and the tests'
/// way to fill a register. Principals issue by signing (<see cref="ActRegister.Drafts"/>, <see cref="ActRegister.IssueAsync(Principal, Act, CancellationToken)"/>).</summary>
/// <param name="Act">The act; a number it carries is replaced by the registration number.</param>
/// <param name="IssuedBy">Who issues it (a login or a name), recorded with the act and in the audit trail.</param>
/// <param name="OfficeCode">The office's registration index ("2-11"), printed at the head of its numbers.
/// Needed the first time an office (by the name printed in the act) issues; after that the name finds it.</param>
internal sealed record IssueRequest(Act Act, string IssuedBy, string? OfficeCode = null);
