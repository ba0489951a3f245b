using System.Globalization;

namespace Supervision.Api.Register;

/// <summary>Where to find an issued act and its documents (paths on this service).</summary>
/// <param name="Self">The act's record: <c>/api/acts/issued/{id}</c>.</param>
/// <param name="Docx">Its DOCX, re-created with the template versions it was issued with.</param>
/// <param name="Pdf">Its PDF, likewise.</param>
/// <param name="Html">Its HTML, likewise.</param>
public sealed record IssuedActLinks(string Self, string Docx, string Pdf, string Html)
{
    /// <summary>The links of the act with the id.</summary>
    public static IssuedActLinks For(long id)
    {
        var self = string.Create(CultureInfo.InvariantCulture, $"/api/acts/issued/{id}");
        return new(self, $"{self}/document?format=docx", $"{self}/document?format=pdf", $"{self}/document?format=html");
    }
}
