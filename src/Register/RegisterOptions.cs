namespace Supervision.Register;

/// <summary>How to open the register.</summary>
public sealed record RegisterOptions
{
    /// <summary>The default: a SQLite file in the current folder.</summary>
    public const string DefaultConnection = "supervision.db";

    /// <summary>A SQLite file path ("supervision.db"), a SQLite connection string ("Data Source=..."), or
    /// a PostgreSQL one ("Host=...;Database=...;Username=...;Password=...").</summary>
    public string Connection { get; init; } = DefaultConnection;

    /// <summary>Which database; <see cref="RegisterProvider.Auto"/> decides from <see cref="Connection"/>.</summary>
    public RegisterProvider Provider { get; init; } = RegisterProvider.Auto;

    /// <summary>
    /// The audit key as base64 (at least 32 bytes), where it is given as a setting rather than a file: the
    /// choice for PostgreSQL with several replicas, which must all hold the same key (and so must the command
    /// line). Takes precedence over <see cref="AuditKeyFile"/>. Never logged.
    /// </summary>
    public string? AuditKey { get; init; }

    /// <summary>
    /// The audit key's file. Null: beside a SQLite database file ("supervision.db.audit-key"), or
    /// "supervision-audit.key" in the current folder for PostgreSQL — the service and the command line never leave
    /// it null for PostgreSQL: they give the data folder's file (<see cref="PostgresAuditKey.DefaultFile"/>). The file is created with a new key
    /// (owner-only permissions) at the first start of a register whose chain has no key yet; where the
    /// chain has one and the file is missing, the register does not open.
    /// </summary>
    public string? AuditKeyFile { get; init; }

    /// <summary>
    /// Whether to seal a chain written before keys (plain SHA-256) with a key that already existed (a
    /// setting, a file made by hand): <c>audit seal</c>. Without it only a key file created at this very
    /// start seals such a chain, so that a chain rewritten without the key is not sealed by a restart.
    /// </summary>
    public bool SealPlainChain { get; init; }

    /// <summary>
    /// How long an answer to a request sent with an Idempotency-Key is kept, for its retries: 7 days unless set,
    /// never under the 24 hours the service promises. Older answers are forgotten by
    /// <see cref="ActRegister.ForgetOldAnswersAsync"/>.
    /// </summary>
    public TimeSpan KeepAnswersFor { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// The service's public address ("https://supervision.prokuror.kz"), which the QR code of every act issued
    /// carries as "{PublicBaseUrl}/verify/{token}". Null (a register opened without it, as the command line
    /// opens one): acts are issued without a verification token or mark.
    /// </summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>The clock for timestamps and for "today" in control lists; the system clock by default.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The template files the program ships (the embedded templates-kk/ and templates-ru/); tests stand in a release's.</summary>
    internal IReadOnlyList<Templating.TemplateFile>? ShippedTemplates { get; init; }

    /// <summary>The validator issuing checks acts with (<see cref="Validation.ActValidator.Default"/> when none is given);
    /// tests give one whose clock stands elsewhere, to issue acts its bounds would refuse today.</summary>
    internal Validation.ActValidator? Validator { get; init; }

    /// <summary>
    /// The folder of CA certificates (PEM or DER) signatures must chain to, and of the CRLs (<c>*.crl</c>) that
    /// revoke certificates: the service's setting <c>Signing:TrustStore</c>. Null: no signature is trusted.
    /// </summary>
    public string? TrustStore { get; init; }
}
