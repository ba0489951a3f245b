namespace Supervision.Acts;

/// <summary>The bailiff's resolution a protest contests.</summary>
public sealed record ContestedResolution
{
    /// <summary>What the resolution decided: a suspension makes the protest demand the proceeding's resumption.</summary>
    [Mandatory] public ContestedResolutionType? Type { get; init; }

    /// <summary>The resolution's title as printed ("атқарушылық іс жүргізуді тоқтата тұру туралы", "о приостановлении исполнительного производства").</summary>
    [Mandatory] public string? Subject { get; init; }

    /// <summary>The resolution's number, where it has one.</summary>
    public string? Number { get; init; }

    /// <summary>The date of the resolution.</summary>
    [Mandatory] public DateOnly? Date { get; init; }

    /// <summary>Who made it, as printed in the genitive ("жеке сот орындаушысы Д.Е. Нұрлановтың").</summary>
    [Mandatory] public string? Author { get; init; }
}
