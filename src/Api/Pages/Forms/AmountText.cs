namespace Supervision.Api.Pages.Forms;

/// <summary>A sum and how an act prints it.</summary>
/// <param name="Value">The sum in tenge.</param>
/// <param name="Text">In digits and words, tenge and tiyn: "125 000 (сто двадцать пять тысяч) тенге 00 тиын".</param>
public sealed record AmountText(decimal Value, string Text);
