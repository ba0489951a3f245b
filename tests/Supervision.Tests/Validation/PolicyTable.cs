using Supervision.Acts;

namespace Supervision.Tests.Validation;

/// <summary>Reads the "+"/"-" tables of the policy tests.</summary>
internal static class PolicyTable
{
    private static readonly SignatoryPosition[] Columns =
    [
        SignatoryPosition.Head, SignatoryPosition.ActingHead, SignatoryPosition.FirstDeputy,
        SignatoryPosition.Deputy, SignatoryPosition.SeniorAssistant, SignatoryPosition.Assistant,
    ];

    public static TheoryData<string, OfficeLevel, SignatoryPosition, bool> Parse(string table)
    {
        var data = new TheoryData<string, OfficeLevel, SignatoryPosition, bool>();
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(EnumNames.TryParse<OfficeLevel>(cells[1], out var level), line);
            for (var column = 0; column < Columns.Length; column++)
            {
                data.Add(cells[0], level, Columns[column], cells[2 + column] == "+");
            }
        }

        return data;
    }

    public static (ActKind Kind, ConclusionInstance? Instance) KindOf(string example) => example switch
    {
        "conclusion" => (ActKind.Conclusion, ConclusionInstance.First),
        "conclusion-appeal" => (ActKind.Conclusion, ConclusionInstance.Appeal),
        "conclusion-cassation" => (ActKind.Conclusion, ConclusionInstance.Cassation),
        _ => (EnumNames.TryParse<ActKind>(example, out var kind) ? kind : throw new ArgumentException(example), null),
    };
}
