namespace Supervision.Api.Acts;

/// <summary>The answer to a valid act: <c>{ "valid": true }</c>. An invalid act is a 422 problem instead.</summary>
/// <param name="Valid">Always true.</param>
public sealed record ValidityResult(bool Valid);
