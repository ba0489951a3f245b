using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Supervision.Api.Pages;

namespace Supervision.Web.Tests;

/// <summary>The pages as served: their addresses, their security headers, and nothing that would fetch from elsewhere.</summary>
public sealed partial class PageHostingTests(WebApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/templates")]
    public async Task A_page_is_HTML_with_a_policy_that_allows_this_service_only(string path)
    {
        using var response = await app.Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_inbox_may_connect_to_this_service_and_to_NCALayer_only()
    {
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Address };
        using var inbox = await noRedirect.GetAsync(new Uri("/inbox", UriKind.Relative), TestContext.Current.CancellationToken);
        using var form = await noRedirect.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        var origin = $"wss://127.0.0.1:{app.NcaLayer.Address.Port}";
        Assert.Equal(PageHeadersMiddleware.InboxPolicy(origin), Assert.Single(inbox.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains($"connect-src 'self' {origin};", PageHeadersMiddleware.InboxPolicy(origin), StringComparison.Ordinal);
        Assert.Equal(PageHeadersMiddleware.Policy, Assert.Single(form.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task The_preview_stylesheet_is_the_renderers()
    {
        var css = await app.Http.GetStringAsync(new Uri(PagesSetup.ActStylesheetPath, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(Supervision.Rendering.Html.HtmlRenderer.Stylesheet, css);
    }

    [Fact]
    public async Task No_page_file_names_another_host()
    {
        var root = PageAssets.Files.GetDirectoryContents("");
        var files = root.Where(file => !file.IsDirectory).ToList();
        Assert.Contains(files, file => file.Name.EndsWith(".html", StringComparison.Ordinal));
        foreach (var file in files)
        {
            using var reader = new StreamReader(file.CreateReadStream());
            // An SVG names its namespace with a URL that is never fetched.
            var text = (await reader.ReadToEndAsync(TestContext.Current.CancellationToken))
                .Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal);
            Assert.DoesNotMatch(ExternalAddress(), text);
        }
    }

    [Theory]
    [InlineData("/js/act-form.js", "text/javascript")]
    [InlineData("/js/schema-form.js", "text/javascript")]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/i18n/kk.json", "application/json")]
    public async Task The_pages_assets_are_served_from_the_assembly(string path, string mediaType)
    {
        using var response = await app.Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_interface_words_are_the_same_keys_in_both_languages()
    {
        var kazakh = await app.Http.GetFromJsonAsync<Dictionary<string, string>>(new Uri("/i18n/kk.json", UriKind.Relative), TestContext.Current.CancellationToken);
        var russian = await app.Http.GetFromJsonAsync<Dictionary<string, string>>(new Uri("/i18n/ru.json", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(kazakh!.Keys.Order(StringComparer.Ordinal), russian!.Keys.Order(StringComparer.Ordinal));
        Assert.All(kazakh.Concat(russian), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    // A URL with a host: "https://...", "//cdn...", or url(http...) in CSS.
    [GeneratedRegex(@"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAddress();
}
