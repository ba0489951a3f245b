namespace Supervision.Reading;

/// <summary>Why an act could not be read, and where: a one-line, human message.</summary>
/// <param name="Message">What is wrong, e.g. "'distric' is not one of: general, regional, district".</param>
/// <param name="Path">The JSON path of the value, e.g. "office.level"; null where the text is not JSON at all.</param>
/// <param name="Line">1-based line in the input, where known.</param>
/// <param name="Column">1-based column (in characters) in the input, where known.</param>
public sealed record ActReadError(string Message, string? Path, int? Line, int? Column)
{
    /// <summary>"line 3, column 14, office.level: 'distric' is not one of: general, regional, district".</summary>
    public override string ToString()
    {
        var where = new List<string>(3);
        if (Line is { } line)
        {
            where.Add($"line {line}");
        }

        if (Column is { } column)
        {
            where.Add($"column {column}");
        }

        if (!string.IsNullOrEmpty(Path))
        {
            where.Add(Path);
        }

        return where.Count == 0 ? Message : $"{string.Join(", ", where)}: {Message}";
    }
}
