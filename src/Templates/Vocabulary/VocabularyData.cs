using System.Text.Json;
using System.Text.Json.Serialization;

namespace Supervision.Vocabulary;

/// <summary>The shape of a vocabulary file: for each enum, its JSON value name → the printed words.</summary>
internal sealed record VocabularyData
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public required IReadOnlyDictionary<string, string> Kinds { get; init; }
    public required IReadOnlyDictionary<string, string> Instances { get; init; }
    public required IReadOnlyDictionary<string, string> Levels { get; init; }
    public required IReadOnlyDictionary<string, string> LevelsLocative { get; init; }
    public required IReadOnlyDictionary<string, string> Positions { get; init; }
    public required IReadOnlyDictionary<string, string> AddresseeKinds { get; init; }
    public required IReadOnlyDictionary<string, string> ClassRanks { get; init; }
    public required IReadOnlyDictionary<string, string> PartyKinds { get; init; }
    public required IReadOnlyDictionary<string, string> ProtestGrounds { get; init; }
    public required IReadOnlyDictionary<string, string> ResolutionTypes { get; init; }
}
