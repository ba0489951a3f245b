using System.Text.Json;
using System.Text.Json.Serialization;
using Supervision.Acts;

namespace Supervision.Api.Verification;

/// <summary>The words of the public verification page, in Kazakh and in Russian (verification-page.kk.json and .ru.json: data a lawyer edits).</summary>
internal sealed record VerificationPageLabels
{
    // Declared before the languages, which are read with it.
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static VerificationPageLabels Kazakh { get; } = Load(ActLanguage.Kk);

    public static VerificationPageLabels Russian { get; } = Load(ActLanguage.Ru);

    [JsonIgnore]
    public ActLanguage Language { get; private init; }

    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string Code { get; init; }

    public required string Kind { get; init; }

    public required string Number { get; init; }

    public required string Date { get; init; }

    public required string Office { get; init; }

    public required string Sha256 { get; init; }

    public required string Signature { get; init; }

    public required string Signer { get; init; }

    public required string Position { get; init; }

    public required string SignedAt { get; init; }

    public required string Validity { get; init; }

    public required string Range { get; init; }

    public required string NotSigned { get; init; }

    public required string Compare { get; init; }

    public required string CompareHint { get; init; }

    public required string File { get; init; }

    public required string CompareButton { get; init; }

    public required string Matches { get; init; }

    public required string Differs { get; init; }

    public required string FileSha256 { get; init; }

    public required string NoFile { get; init; }

    public required string TooLarge { get; init; }

    public required string NotFoundTitle { get; init; }

    public required string NotFound { get; init; }

    public static VerificationPageLabels For(ActLanguage language) => language == ActLanguage.Ru ? Russian : Kazakh;

    private static VerificationPageLabels Load(ActLanguage language)
    {
        var name = $"Supervision.Api.Verification.verification-page.{EnumNames.Of(language)}.json";
        using var stream = typeof(VerificationPageLabels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        var labels = JsonSerializer.Deserialize<VerificationPageLabels>(stream, Options) ?? throw new InvalidOperationException($"The embedded resource {name} is empty.");
        return labels with { Language = language };
    }
}
