namespace Supervision.Api.Signing;

/// <summary>
/// How signatures made with the signatories' own keys are checked (configuration section <c>Signing</c>;
/// environment <c>Signing__TrustStore</c>, which the command line reads too).
/// </summary>
public sealed class SigningSettings
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string Section = "Signing";

    /// <summary>
    /// A folder of the CA certificates signatures must chain to (PEM or DER: the National Certification
    /// Centre's RSA roots and intermediates in production) and of their CRLs (<c>*.crl</c>, PEM or DER), which
    /// revoke certificates; relative paths from the content root. Empty: no signature is trusted.
    /// </summary>
    public string? TrustStore { get; set; }
}
