using System.Globalization;
using System.Text.Json;
using Supervision.Validation;

namespace Supervision.Document;

/// <summary>
/// The words of the verification mark in one language (Document/Wording/verification-mark.kk.json and .ru.json,
/// data a lawyer edits): the address and code lines, the e-document sentence of Law No. 370-II art. 7 p. 1 and
/// the signer line. Every renderer prints the same <see cref="Lines"/>, so DOCX, HTML, PDF and plain text agree.
/// </summary>
public sealed record VerificationWording
{
    private static readonly VerificationWording Kazakh = Load("kk");
    private static readonly VerificationWording Russian = Load("ru");

    /// <summary>The line with the verification address: "{url}" filled in.</summary>
    public required string Address { get; init; }

    /// <summary>The line with the printed token: "{token}" filled in.</summary>
    public required string Code { get; init; }

    /// <summary>The e-document sentence, printed on signed acts only.</summary>
    public required string Law { get; init; }

    /// <summary>The signer line: "{signer}", "{position}", "{date}", "{time}" filled in.</summary>
    public required string Signer { get; init; }

    /// <summary>The wording for a document culture ("kk-KZ" or "ru-RU"); Kazakh unless the culture is Russian.</summary>
    public static VerificationWording For(string culture) =>
        culture.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? Russian : Kazakh;

    /// <summary>The lines printed beside the QR code, top to bottom: the code, the address and, once signed, the law's sentence and the signer.</summary>
    public static IReadOnlyList<string> Lines(VerificationMark mark, string culture)
    {
        ArgumentNullException.ThrowIfNull(mark);
        var wording = For(culture);
        var lines = new List<string>(4)
        {
            wording.Code.Replace("{token}", mark.Token, StringComparison.Ordinal),
            wording.Address.Replace("{url}", mark.Url, StringComparison.Ordinal),
        };
        if (mark.Signature is { } signature)
        {
            // The time of signing as a person in Kazakhstan read it on the clock (UTC+5).
            var local = signature.SignedAt.ToOffset(KazakhstanTime.Offset);
            lines.Add(wording.Law);
            lines.Add(wording.Signer
                .Replace("{signer}", signature.Signer, StringComparison.Ordinal)
                .Replace("{position}", signature.Position, StringComparison.Ordinal)
                .Replace("{date}", local.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{time}", local.ToString("HH:mm", CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        return lines;
    }

    private static VerificationWording Load(string language) =>
        EmbeddedResources.ReadJson<VerificationWording>(
            typeof(VerificationWording).Assembly,
            $"Supervision.Wording.verification-mark.{language}.json",
            new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                ReadCommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
                UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
            });
}
