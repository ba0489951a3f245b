using System.Runtime.CompilerServices;
using Supervision.Rendering.Html;

namespace Supervision.Tests.Rendering.Html;

/// <summary>
/// The markup of the sample acts pinned in <c>Golden/*.html</c> (the fragment, without the stylesheet): a
/// change to the HTML shows in review as a change to these files. On a difference the test writes what it
/// got to a temporary file and names it; copy that file over the golden one when the change is meant.
/// </summary>
public sealed class GoldenHtmlTests
{
    public static TheoryData<string> Acts => HtmlTextTests.Acts;

    [Theory]
    [MemberData(nameof(Acts))]
    public void The_fragment_of_each_sample_act_is_the_golden_one(string language)
    {
        var name = language == "kk" ? "conclusion.kk.html" : "submission.ru.html";
        var actual = HtmlRenderer.Render(HtmlTextTests.Act(language), new HtmlOptions(FullPage: false));

        var expected = File.ReadAllText(Path.Combine(Folder(), "Golden", name));

        if (expected != actual)
        {
            var written = Path.Combine(Path.GetTempPath(), name);
            File.WriteAllText(written, actual);
            Assert.Fail($"The HTML of {name} changed; what the renderer writes now is in {written}.");
        }
    }

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
