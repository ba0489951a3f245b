namespace Supervision.FollowUps;

/// <summary>One field a follow-up takes from its source act: both as JSON paths of the act model, with dots
/// for nested fields ("withdrawalResolution.number" ← "number").</summary>
/// <param name="To">The follow-up's field.</param>
/// <param name="From">The source act's field.</param>
public sealed record FieldCopy(string To, string From);
