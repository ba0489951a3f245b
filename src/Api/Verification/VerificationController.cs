using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Register;

namespace Supervision.Api.Verification;

/// <summary>
/// The public verification page the QR code of every issued act leads to: anyone holding a printout checks,
/// without signing in, that the register issued the act and that a PDF is the one it keeps.
/// </summary>
/// <remarks>A page, not an API: no [ApiController], whose automatic 400 problems would stand in for the page's own answers.</remarks>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = false)]
[Route("verify")]
[Tags("Pages")]
[RegisterErrors]
public sealed class VerificationController(RegisterHost host) : ControllerBase
{
    /// <summary>The largest PDF the page compares: acts are far smaller, and the body is hashed as it streams.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>The verification page of an act (HTML, Kazakh by default).</summary>
    /// <remarks>
    /// Shows the act's kind, registration number, date and office, the SHA-256 of its PDF (the signed PDF's once
    /// it is signed) and its electronic signature: signer, position, time and certificate validity. Nothing of
    /// the parties nor of the act's text. A token no act has is a 404 page in the page's language.
    /// </remarks>
    /// <param name="token">The token printed beside the QR code ("7K2M-9QXD-4HPA-VR3T-E8WN"; case and hyphens do not matter).</param>
    /// <param name="lang">"kk" (default) or "ru".</param>
    /// <response code="200">The page.</response>
    /// <response code="404">No act has the token: a page saying so.</response>
    [HttpGet("{token}", Name = "showVerificationPage")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, "text/html")]
    [ProducesResponseType(typeof(string), StatusCodes.Status404NotFound, "text/html")]
    public async Task<IActionResult> Show(string token, [FromQuery] string? lang) =>
        await AnswerAsync(token, Labels(lang), null);

    /// <summary>Compares a PDF with the act's: the same page, saying whether the file's SHA-256 matches.</summary>
    /// <remarks>A multipart form with the file in the field <c>file</c>, at most 20 MB (beyond: a 413 page). The file is hashed, never stored.</remarks>
    /// <param name="token">The act's verification token.</param>
    /// <param name="lang">"kk" (default) or "ru".</param>
    /// <response code="200">The page with the answer.</response>
    /// <response code="404">No act has the token.</response>
    /// <response code="413">The file is larger than 20 MB.</response>
    [HttpPost("{token}", Name = "compareWithIssuedAct")]
    [RequestSizeLimit(MaxFileBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes)]
    [FormReadByAction]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, "text/html")]
    [ProducesResponseType(typeof(string), StatusCodes.Status404NotFound, "text/html")]
    [ProducesResponseType(typeof(string), StatusCodes.Status413PayloadTooLarge, "text/html")]
    public async Task<IActionResult> Compare(string token, [FromQuery] string? lang)
    {
        var labels = Labels(lang);
        return await AnswerAsync(token, labels, await HashAsync());
    }

    private async Task<Comparison> HashAsync()
    {
        if (Request.ContentLength > MaxFileBytes + (64 * 1024))
        {
            return new Comparison.TooLarge(MaxFileBytes);
        }

        try
        {
            if (!Request.HasFormContentType)
            {
                return new Comparison.NoFile();
            }

            var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
            if (form.Files.GetFile("file") is not { Length: > 0 } file)
            {
                return new Comparison.NoFile();
            }

            if (file.Length > MaxFileBytes)
            {
                return new Comparison.TooLarge(MaxFileBytes);
            }

            await using var content = file.OpenReadStream();
            return new Comparison.Compared(Convert.ToHexStringLower(await SHA256.HashDataAsync(content, HttpContext.RequestAborted)));
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            // The form reader stops at the limits above: the file is too large.
            return new Comparison.TooLarge(MaxFileBytes);
        }
    }

    private async Task<IActionResult> AnswerAsync(string token, VerificationPageLabels labels, Comparison? comparison)
    {
        Response.Headers.ContentSecurityPolicy = VerificationPage.ContentSecurityPolicy;
        Response.Headers.CacheControl = "no-store";
        var register = await host.GetAsync(HttpContext.RequestAborted);
        var verified = await register.VerifyAsync(token, HttpContext.RequestAborted);
        if (verified is null)
        {
            return Page(StatusCodes.Status404NotFound, VerificationPage.NotFound(token, labels));
        }

        return Page(comparison is Comparison.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status200OK, VerificationPage.Found(verified, token, labels, comparison));
    }

    private static ContentResult Page(int status, string html) => new() { StatusCode = status, Content = html, ContentType = "text/html; charset=utf-8" };

    /// <summary>Kazakh unless Russian is asked for; anything else reads as Kazakh, the page's default.</summary>
    private static VerificationPageLabels Labels(string? lang) =>
        VerificationPageLabels.For(string.Equals(lang?.Trim(), "ru", StringComparison.OrdinalIgnoreCase) ? ActLanguage.Ru : ActLanguage.Kk);
}
