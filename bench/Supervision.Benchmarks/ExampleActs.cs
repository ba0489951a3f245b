using Supervision.Acts;
using Supervision.Examples;
using Supervision.Reading;

namespace Supervision.Benchmarks;

/// <summary>The benchmarks' acts: an example named with its language after a dot, as "protest.kk".</summary>
internal static class ExampleActs
{
    /// <summary>Reads the example <paramref name="example"/> ("protest.kk": the example protest in Kazakh).</summary>
    public static Act Read(string example)
    {
        var dot = example.LastIndexOf('.');
        if (!EnumNames.TryParse<ActLanguage>(example[(dot + 1)..], out var language))
        {
            throw new InvalidOperationException($"'{example}' does not end in a language.");
        }

        return ActReader.Read(ActExamples.Json(example[..dot], language)).Act!;
    }
}
