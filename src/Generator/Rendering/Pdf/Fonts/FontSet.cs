namespace Supervision.Rendering.Pdf.Fonts;

/// <summary>The four faces of the family acts are set in, each checked to carry every required character.</summary>
internal sealed class FontSet
{
    private readonly TrueTypeFont[] _faces;

    /// <summary>A set from its faces, in the order of <see cref="FontFace"/>.</summary>
    public FontSet(string family, string folder, IReadOnlyList<TrueTypeFont> faces)
    {
        ArgumentNullException.ThrowIfNull(faces);
        if (faces.Count != FontFaces.All.Count)
        {
            throw new ArgumentException("a font set has four faces: regular, bold, italic, bold italic", nameof(faces));
        }

        Family = family;
        Folder = folder;
        _faces = [.. faces];
        _drawnInEveryFace = new ulong[0x10000 / 64];
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (_faces.All(face => face.Covers((char)c)))
            {
                _drawnInEveryFace[c >> 6] |= 1UL << (c & 63);
            }
        }
    }

    /// <summary>
    /// The characters of the Basic Multilingual Plane every face draws, a bit each, worked out once: the validator asks
    /// of every character of every act's every field.
    /// </summary>
    private readonly ulong[] _drawnInEveryFace;

    /// <summary>The family's name ("Liberation Serif").</summary>
    public string Family { get; }

    /// <summary>The folder the files came from.</summary>
    public string Folder { get; }

    /// <summary>The font of a face.</summary>
    public TrueTypeFont this[FontFace face] => _faces[(int)face];

    /// <summary>Whether every face has a glyph for a character: the validator cannot know which face a
    /// template prints a field in, so a character is drawable only if bold and italic draw it too. The
    /// character map is read for the Basic Multilingual Plane only, so nothing beyond it (emoji) is drawable.</summary>
    public bool DrawsInEveryFace(int codePoint) =>
        codePoint is >= 0 and <= 0xFFFF && (_drawnInEveryFace[codePoint >> 6] & (1UL << (codePoint & 63))) != 0;

    /// <inheritdoc/>
    public override string ToString() => $"{Family} ({Folder})";
}
