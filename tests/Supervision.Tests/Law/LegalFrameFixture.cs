using Supervision.Law;

namespace Supervision.Tests.Law;

/// <summary>The product's frames with the test frame of Fixtures/law-2017.json added.</summary>
internal static class LegalFrameFixture
{
    public static LegalFrames WithLaw2017 { get; } =
        LegalFrames.Default.Extend(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Law", "Fixtures", "law-2017.json")), "law-2017.json");

    /// <summary>The day the test frame starts.</summary>
    public static DateOnly Law2017Starts { get; } = new(2017, 7, 15);
}
