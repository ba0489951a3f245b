namespace Supervision.Register;

/// <summary>A stored act re-created from the register with the template versions it was issued with.</summary>
/// <param name="Act">The register's record of the act.</param>
/// <param name="Document">The document re-created.</param>
/// <param name="MatchesIssued">Whether its SHA-256 equals the one stored at issue; null where no hash was
/// stored for that format and variant (a markup or text rendering, a court copy).</param>
public sealed record RenderedAct(IssuedAct Act, IssuedDocument Document, bool? MatchesIssued);
