using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// The glyph sets of the embedded font programs of <see cref="PdfWriting.Current"/>: each face's program
/// carries the glyphs of every character the templates can print (<see cref="RequiredCharacters.All"/>),
/// drawn or not, and those the act draws beyond them.
/// </summary>
/// <remarks>
/// Why: a program cut to exactly the glyphs drawn differs from act to act (the verification token alone,
/// twenty random capitals, changes which letters one face draws), so each issued act cut and deflated its
/// own programs, a tenth of the CPU an issue takes. With the set fixed, the program is one per face
/// (<see cref="FontPrograms"/> keeps it) for every act that prints only those characters, at the price of
/// the glyphs an act does not draw (see docs/performance.md, "Issuing"). The fonts' width and
/// ToUnicode tables still list only the characters drawn.
/// </remarks>
internal static class StableGlyphs
{
    private static readonly Lazy<ushort[]>[] Base =
        [.. FontFaces.All.Select(face => new Lazy<ushort[]>(() => Of(face, RequiredCharacters.All)))];

    /// <summary>The face's fixed glyphs and the <paramref name="drawn"/> ones (both ascending), ascending, each once.</summary>
    public static ushort[] With(FontFace face, ushort[] drawn)
    {
        ArgumentNullException.ThrowIfNull(drawn);
        var fixedGlyphs = Base[(int)face].Value;
        var merged = new ushort[fixedGlyphs.Length + drawn.Length];
        int left = 0, right = 0, count = 0;
        while (left < fixedGlyphs.Length || right < drawn.Length)
        {
            ushort next;
            if (right == drawn.Length || (left < fixedGlyphs.Length && fixedGlyphs[left] <= drawn[right]))
            {
                next = fixedGlyphs[left++];
            }
            else
            {
                next = drawn[right++];
            }

            if (count == 0 || merged[count - 1] != next)
            {
                merged[count++] = next;
            }
        }

        return count == merged.Length ? merged : merged[..count];
    }

    private static ushort[] Of(FontFace face, string characters)
    {
        var pdfFace = PdfFace.Of(face);
        return [.. characters.Select(c => pdfFace.Glyph(c)).Where(glyph => glyph != 0).Distinct().Order()];
    }
}
