namespace Supervision.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void TheActKindsAreEight() => Assert.Equal(8, Enum.GetValues<Supervision.Acts.ActKind>().Length);
}
