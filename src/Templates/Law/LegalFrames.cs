using System.Text.Json;
using Supervision.Acts;

namespace Supervision.Law;

/// <summary>
/// The legal frames: what the acts cite and which terms hold, by the date of the act. Kept as data
/// (<c>src/Generator/Validation/Policy/legal-frames.json</c>, see docs/legal-frames.md) so that a lawyer adds the
/// frame of a new law without code; templates print citations from it (<c>{{ cite "basis" }}</c>) and the
/// validator takes its terms from it.
/// </summary>
public sealed class LegalFrames
{
    /// <summary>The citation every kind has: the article the act is brought under.</summary>
    public const string BasisCitation = "basis";

    /// <summary>The citation every kind has: the paragraph of the Instruction the act rests on.</summary>
    public const string InstructionCitation = "instruction";

    /// <summary>The term of consideration: a protest's minimum, a submission's maximum.</summary>
    public const string ConsiderationTerm = "consideration";

    /// <summary>The term within which a submission's results are reported after its consideration.</summary>
    public const string ReportTerm = "report";

    /// <summary>The term within which an enforcement file is studied after its arrival.</summary>
    public const string StudyTerm = "study";

    /// <summary>The term of an appeal, in months from the day the decision is made in its final form.</summary>
    public const string AppealTerm = "appeal";

    /// <summary>The day of the month after its period by which a regional prosecutor's information reaches the
    /// General Prosecutor's Office (p. 11, 12).</summary>
    public const string DeliveryTerm = "delivery";

    /// <summary>The file's name inside the assembly.</summary>
    internal const string ResourceName = "Supervision.Law.legal-frames.json";

    private static readonly Lazy<LegalFrames> LazyDefault = new(() =>
        Parse(EmbeddedResources.ReadText(typeof(LegalFrames).Assembly, ResourceName), "legal-frames.json"));

    private readonly IReadOnlyList<(string File, LegalFramesFile Data)> _files;

    private LegalFrames(IReadOnlyList<(string File, LegalFramesFile Data)> files)
    {
        _files = files;
        Frames = FrameChecker.Check(files);
    }

    /// <summary>The frames the product ships with.</summary>
    public static LegalFrames Default => LazyDefault.Value;

    /// <summary>Every frame, earliest first.</summary>
    public IReadOnlyList<LegalFrame> Frames { get; }

    /// <summary>Reads a frame file.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="fileName">Its name, for messages.</param>
    /// <exception cref="InvalidDataException">The file has an error; the message names its place.</exception>
    public static LegalFrames Parse(string json, string fileName) => new([(fileName, Read(json, fileName))]);

    /// <summary>These frames with those of another file added (a new law's frame): its frames may use these laws
    /// and inherit from these frames; the whole is checked again.</summary>
    /// <exception cref="InvalidDataException">The file has an error, or its frames overlap these; the message names the place.</exception>
    public LegalFrames Extend(string json, string fileName) => new([.. _files, (fileName, Read(json, fileName))]);

    /// <summary>The frame an act dated on this day falls in; null where no frame covers the day.</summary>
    public LegalFrame? At(DateOnly day)
    {
        LegalFrame? found = null;
        foreach (var frame in Frames.TakeWhile(frame => frame.From <= day))
        {
            found = frame;
        }

        return found is { Until: { } until } && until < day ? null : found;
    }

    /// <summary>The entry of the act's kind in the frame its date selects; null where it has no date or no frame covers it.</summary>
    public KindFrame? For(Act act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return act.Date is { } date ? At(date)?.For(act.Kind) : null;
    }

    private static LegalFramesFile Read(string json, string fileName)
    {
        try
        {
            return JsonSerializer.Deserialize<LegalFramesFile>(json, LegalFramesFile.JsonOptions)
                ?? throw new InvalidDataException($"{fileName}: the file is empty (null).");
        }
        catch (JsonException exception)
        {
            var where = exception.Path is { } path ? $" at {path}" + (exception.LineNumber is { } line ? $" (line {line + 1})" : string.Empty) : string.Empty;
            throw new InvalidDataException($"{fileName}{where}: {exception.Message}", exception);
        }
    }
}
