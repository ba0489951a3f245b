using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Access;
using Supervision.Api.Problems;
using Supervision.Language;
using Supervision.Validation;

namespace Supervision.Api.Pages.Forms;

/// <summary>A sum as the acts print it, for the form to show while the sum is typed.</summary>
[ApiController]
[Authorize(Policy = Capability.ActsRender)]
[Route("api/amount")]
[Tags("Pages")]
public sealed class AmountController : ControllerBase
{
    /// <summary>A sum in tenge in digits and words: "632 924 (алты жүз отыз екі мың ...) теңге 51 (...) тиын".</summary>
    /// <param name="value">The sum in tenge with at most two decimals after a point: "632924.51".</param>
    /// <param name="language">The act's language: "kk" or "ru".</param>
    /// <response code="200">The sum as printed.</response>
    /// <response code="400">The value is not such a sum (negative, finer than a tiyn, over the largest sum an act may hold), or the language is missing or wrong.</response>
    [HttpGet(Name = "getAmountInWords")]
    [ProducesResponseType(typeof(AmountText), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    public IActionResult Words([FromQuery] string? value, [FromQuery] string? language)
    {
        if (language is null || !EnumNames.TryParse<ActLanguage>(language, out var actLanguage))
        {
            return new ProblemResult(ApiProblems.BadQueryValue("language", language, EnumNames.All<ActLanguage>()));
        }

        if (value is null || value.Length > 32
            || !decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            return new ProblemResult(ApiProblems.BadQueryValue("value", value, ["a sum in tenge such as 632924.51"]));
        }

        // The validator's limits: the form never shows in words a sum the act would be refused for.
        return AmountLimits.Refusal(amount) is { } refusal
            ? new ProblemResult(ApiProblems.Create(StatusCodes.Status400BadRequest, ProblemTypes.BadQuery, "A query parameter is wrong", $"'{value}' cannot be printed as a sum: {refusal}"))
            : Ok(new AmountText(amount, Languages.For(actLanguage).Amount(amount)));
    }
}
