using Supervision.Acts;

namespace Supervision.Vocabulary;

/// <summary>
/// The words the product prints for the model's enum values in one language: act titles, positions,
/// office levels, addressee kinds, class ranks. Kept as data (vocabulary.kk.json, vocabulary.ru.json)
/// so that a language editor can correct a word without touching code.
/// </summary>
public sealed class ActVocabulary
{
    private static readonly ActVocabulary Kazakh = Load(ActLanguage.Kk);
    private static readonly ActVocabulary Russian = Load(ActLanguage.Ru);

    private readonly VocabularyData _data;

    private ActVocabulary(ActLanguage language, VocabularyData data)
    {
        Language = language;
        _data = data;
    }

    /// <summary>The language of these words.</summary>
    public ActLanguage Language { get; }

    /// <summary>The vocabulary of a language.</summary>
    public static ActVocabulary For(ActLanguage language) => language == ActLanguage.Kk ? Kazakh : Russian;

    /// <summary>The act's name in the nominative, lower case: "жазбаша нұсқау", "письменное указание".</summary>
    public string KindTitle(ActKind kind) => Lookup(_data.Kinds, kind);

    /// <summary>The court instance: "апелляциялық саты", "апелляционная инстанция".</summary>
    public string Instance(ConclusionInstance instance) => Lookup(_data.Instances, instance);

    /// <summary>The office level as a noun phrase: "аудан деңгейіндегі прокуратура".</summary>
    public string Level(OfficeLevel level) => Lookup(_data.Levels, level);

    /// <summary>The office level as a place: "аудан деңгейіндегі прокуратурада", "в прокуратуре районного уровня".</summary>
    public string LevelLocative(OfficeLevel level) => Lookup(_data.LevelsLocative, level);

    /// <summary>A signatory position in the nominative: "орынбасар", "заместитель прокурора".</summary>
    public string Position(SignatoryPosition position) => Lookup(_data.Positions, position);

    /// <summary>An addressee kind in the nominative.</summary>
    public string AddresseeKind(AddresseeKind kind) => Lookup(_data.AddresseeKinds, kind);

    /// <summary>A class rank as printed under the signatory's position: "әділет аға кеңесшісі".</summary>
    public string ClassRank(ClassRank rank) => Lookup(_data.ClassRanks, rank);

    /// <summary>A party kind: "заңды тұлға", "юридическое лицо".</summary>
    public string PartyKind(PartyKind kind) => Lookup(_data.PartyKinds, kind);

    /// <summary>The ground of a proposal to protest to a higher court, as the form offers it.</summary>
    public string ProtestGround(ProtestGround ground) => Lookup(_data.ProtestGrounds, ground);

    /// <summary>What a contested resolution decided, as its title reads: "о приостановлении исполнительного производства".</summary>
    public string ResolutionType(ContestedResolutionType type) => Lookup(_data.ResolutionTypes, type);

    private string Lookup<T>(IReadOnlyDictionary<string, string> words, T value) where T : struct, Enum =>
        words.TryGetValue(EnumNames.Of(value), out var word)
            ? word
            : throw new InvalidOperationException($"vocabulary.{EnumNames.Of(Language)}.json has no word for {typeof(T).Name} '{EnumNames.Of(value)}'.");

    private static ActVocabulary Load(ActLanguage language)
    {
        var name = $"Supervision.Vocabulary.vocabulary.{EnumNames.Of(language)}.json";
        return new ActVocabulary(language, EmbeddedResources.ReadJson<VocabularyData>(typeof(ActVocabulary).Assembly, name, VocabularyData.JsonOptions));
    }
}
