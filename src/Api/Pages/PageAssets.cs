using Microsoft.Extensions.FileProviders;

namespace Supervision.Api.Pages;

/// <summary>
/// The pages' files (<c>src/Api/wwwroot</c>), built into the assembly as resources so that they are
/// served alike from the build folder, a published folder or a test, whatever the working directory.
/// </summary>
public static class PageAssets
{
    /// <summary>The files, by their path under <c>wwwroot</c> ("/js/act-form.js").</summary>
    public static IFileProvider Files { get; } = new EmbeddedFileProvider(typeof(PageAssets).Assembly, "Supervision.Api.wwwroot");
}
