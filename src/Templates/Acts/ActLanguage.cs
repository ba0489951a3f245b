using System.Text.Json.Serialization;

namespace Supervision.Acts;

/// <summary>The language of an act. One act has one language (documentation rules).</summary>
public enum ActLanguage
{
    /// <summary>Kazakh (kk-KZ).</summary>
    [JsonStringEnumMemberName("kk")] Kk,

    /// <summary>Russian (ru-RU).</summary>
    [JsonStringEnumMemberName("ru")] Ru,
}
