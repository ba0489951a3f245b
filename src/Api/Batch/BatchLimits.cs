namespace Supervision.Api.Batch;

/// <summary>
/// The bounds of <c>POST /api/acts/batch</c> (configuration section <c>Batch</c>): how large its body may
/// be and how many acts it may hold. Both are checked before the first byte of the zip is sent, so a batch
/// beyond them is a clear 413 or 422, never a zip cut short.
/// </summary>
public sealed class BatchLimits
{
    /// <summary>The configuration section these limits are read from.</summary>
    public const string Section = "Batch";

    /// <summary>The largest batch body, in bytes (32 MiB by default, some ten thousand acts); larger is 413.</summary>
    public long MaxBodyBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>The most acts one batch may hold (10 000 by default); more is 422 <c>batch-too-large</c>.</summary>
    public int MaxItems { get; set; } = 10_000;
}
