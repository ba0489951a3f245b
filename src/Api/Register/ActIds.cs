using System.Globalization;

namespace Supervision.Api.Register;

/// <summary>An issued act's id as the path gives it: digits only, above zero; anything else names no act (404).</summary>
internal static class ActIds
{
    public static bool TryParse(string id, out long value) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
