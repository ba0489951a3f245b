using Supervision.Validation;

namespace Supervision.Api.Acts;

/// <summary>The answer to an act without errors: <c>{ "valid": true, "warnings": [...] }</c>. An act with
/// errors is a 422 problem instead, which lists its warnings beside the errors.</summary>
/// <param name="Valid">Always true.</param>
/// <param name="Warnings">Things to look at that do not stop the act (a sum without its words, a law cited
/// without its article, a date after today), each with path, code and a message in the act's language; often empty.</param>
public sealed record ValidityResult(bool Valid, IReadOnlyList<ValidationError> Warnings);
