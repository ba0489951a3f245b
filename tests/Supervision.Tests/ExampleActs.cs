using Supervision.Acts;
using Supervision.Examples;
using Supervision.Reading;

namespace Supervision.Tests;

/// <summary>The shipped examples, read into models for tests to start from and break.</summary>
internal static class ExampleActs
{
    public static Act Load(string name, ActLanguage language)
    {
        var result = ActReader.Read(ActExamples.Json(name, language));
        Assert.True(result.Succeeded, $"{name}.{EnumNames.Of(language)}.json: {result.Error}");
        return result.Act;
    }

    public static T Load<T>(ActLanguage language, ConclusionInstance? instance = null) where T : Act
    {
        var kind = Enum.GetValues<ActKind>().Single(kind => ActTypes.Of(kind) == typeof(T));
        return (T)Load(ActExamples.Name(kind, instance), language);
    }

    /// <summary>Every example name with every language, for theories.</summary>
    public static TheoryData<string, ActLanguage> All()
    {
        var data = new TheoryData<string, ActLanguage>();
        foreach (var name in ActExamples.Names)
        {
            foreach (var language in Enum.GetValues<ActLanguage>())
            {
                data.Add(name, language);
            }
        }

        return data;
    }

    public static TheoryData<ActLanguage> Languages() => [.. Enum.GetValues<ActLanguage>()];
}
