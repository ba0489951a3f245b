using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// The embedded font programs of a document (/FontFile2: each face cut down to the glyphs drawn, then
/// deflated), made without PDFsharp's subsetter and kept between documents. PDFsharp cuts and deflates
/// each face anew for every document, the largest part of saving one; here a face is cut by
/// <see cref="FontSubset"/> into the same bytes (deflated as PDFsharp deflates them when written
/// <see cref="PdfWriting.AsBefore"/>, faster otherwise), and since the program is a function of the face, the set
/// of glyphs and the writing, a document drawing the same glyphs in a face as an earlier one gets the earlier bytes.
/// </summary>
/// <remarks>
/// PDFsharp makes a program when it saves the document, for each font in the order it made the fonts,
/// unless the font's descriptor is marked prepared (a private flag, set here through an
/// <see cref="UnsafeAccessorAttribute"/>; a PDFsharp without it gets no help and makes every program
/// itself). Before saving, programs are added as PDFsharp would add them (the same object, keys and
/// bytes, in the same order: a run of fonts from the first, stopping at the first one that cannot be cut
/// here, such as a face with PostScript outlines) and their descriptors marked prepared; the programs
/// PDFsharp then makes for the rest are kept after saving. Each kept program remembers the font name
/// PDFsharp gave the face (without its random subset tag) and is used only for a descriptor of that name.
/// A program is kept the second time its glyph set is cut (see <see cref="SeenBefore"/>), and at most
/// <see cref="Capacity"/> programs are kept (some 20 KB each).
/// </remarks>
internal static class FontPrograms
{
    /// <summary>How many programs are kept; when full, the store starts over.</summary>
    private const int Capacity = 128;

    /// <summary>How many glyph sets are remembered as seen once; when full, the memory starts over.</summary>
    private const int SeenCapacity = 1024;

    private static readonly ConcurrentDictionary<Key, Program> Kept = new();
    private static readonly ConcurrentDictionary<Key, byte> Seen = new();
    private static readonly Lazy<bool> LazyAvailable = new(CanMarkPrepared);

    /// <summary>The descriptors of a document's fonts, by face, for <see cref="Keep"/>.</summary>
    public sealed class Pending
    {
        internal List<(PdfFontDescriptor Descriptor, Key Key)> Made { get; } = [];
    }

    /// <summary>
    /// Adds the programs of the document's fonts, before it is saved; returns the fonts whose programs PDFsharp
    /// will make. A face cut here is deflated as <paramref name="writing"/> says (<see cref="FontSubset.Deflate"/>).
    /// </summary>
    public static Pending Attach(PdfDocument pdf, DocumentFonts fonts, PdfWriting writing)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(fonts);
        var pending = new Pending();
        if (!LazyAvailable.Value)
        {
            return pending;
        }

        var descriptors = new List<PdfFontDescriptor>(fonts.Faces.Count);
        foreach (var item in pdf.Internals.GetAllObjects())
        {
            if (item is PdfFontDescriptor descriptor)
            {
                descriptors.Add(descriptor);
            }
        }

        if (descriptors.Count != fonts.Faces.Count)
        {
            return pending;
        }

        var attaching = true;
        for (var index = 0; index < descriptors.Count; index++)
        {
            var descriptor = descriptors[index];
            var face = fonts.Faces[index];
            var key = new Key(face, fonts.Glyphs(face), writing);
            if (attaching && Find(key, face, Untagged(descriptor)) is { } program)
            {
                Add(pdf, descriptor, program);
                continue;
            }

            attaching = false;
            pending.Made.Add((descriptor, key));
        }

        return pending;
    }

    /// <summary>
    /// The program of a face's glyphs for a file written without PDFsharp (<see cref="DocumentWriter"/>): kept from
    /// an earlier file or cut here, deflated as <paramref name="writing"/> says; null where the face cannot be cut here.
    /// </summary>
    public static (byte[] Deflated, int Length1, byte[] Sha256)? Of(FontFace face, ushort[] glyphs, PdfWriting writing)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        return Find(new Key(face, glyphs, writing), face, OwnName) is { } program ? (program.Bytes, program.Length1, program.Sha256) : null;
    }

    /// <summary>The name the programs of files written without PDFsharp are kept under: none of PDFsharp's.</summary>
    private const string OwnName = "";

    /// <summary>
    /// The program of a face's glyphs: kept from an earlier file for a font of that name, or cut here as PDFsharp cuts
    /// it; null where PDFsharp must make it.
    /// </summary>
    private static Program? Find(Key key, FontFace face, string fontName)
    {
        if (Kept.TryGetValue(key, out var kept) && kept.FontName == fontName)
        {
            return kept;
        }

        if (FontSubset.Of(face) is not { } subset)
        {
            return null;
        }

        var (deflated, length) = subset.Deflate(key.Glyphs, key.Writing);
        var program = new Program(fontName, length, deflated);
        if (SeenBefore(key))
        {
            Store(key, program);
        }

        return program;
    }

    /// <summary>
    /// Whether a glyph set has been cut before. A program is kept only the second time: acts that all
    /// differ then leave nothing behind to outlive them, and an act rendered again keeps its programs.
    /// </summary>
    private static bool SeenBefore(Key key)
    {
        if (Seen.Count >= SeenCapacity)
        {
            Seen.Clear();
        }

        return !Seen.TryAdd(key, 0);
    }

    private static void Store(Key key, Program program)
    {
        if (Kept.Count >= Capacity)
        {
            Kept.Clear();
        }

        Kept.TryAdd(key, program);
    }

    /// <summary>Keeps the programs PDFsharp made while saving.</summary>
    public static void Keep(Pending pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        foreach (var (descriptor, key) in pending.Made)
        {
            if (descriptor.Elements.GetReference("/FontFile2")?.Value is not PdfDictionary { Stream: { } stream } file
                || file.Elements.GetName("/Filter") != "/FlateDecode")
            {
                continue;
            }

            Store(key, new Program(Untagged(descriptor), file.Elements.GetInteger("/Length1"), stream.Value));
        }
    }

    /// <summary>What <c>PdfFontProgram.CreateFontFileAndAddToDescriptor</c> adds, with kept bytes.</summary>
    private static void Add(PdfDocument pdf, PdfFontDescriptor descriptor, Program program)
    {
        Prepared(descriptor) = true;
        var file = new PdfDictionary(pdf);
        pdf.Internals.AddObject(file);
        descriptor.Elements["/FontFile2"] = file.Reference;
        file.Elements["/Length1"] = new PdfInteger(program.Length1);
        file.Elements["/Filter"] = new PdfName("/FlateDecode");
        file.Elements["/Length"] = new PdfInteger(program.Bytes.Length);
        file.CreateStream(program.Bytes);
    }

    /// <summary>The descriptor's font name without the subset tag PDFsharp draws at random ("Liberation Serif,Bold").</summary>
    private static string Untagged(PdfFontDescriptor descriptor)
    {
        var name = descriptor.Elements.GetName("/FontName");
        return name[(name.IndexOf('+', StringComparison.Ordinal) + 1)..];
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_prepared")]
    private static extern ref bool Prepared(PdfFontDescriptor descriptor);

    /// <summary>Whether this PDFsharp has the flag: if not, every program is made by PDFsharp, as before.</summary>
    private static bool CanMarkPrepared()
    {
        try
        {
            _ = Prepared((PdfFontDescriptor)RuntimeHelpers.GetUninitializedObject(typeof(PdfFontDescriptor)));
            return true;
        }
        catch (MissingMemberException)
        {
            return false;
        }
    }

    private sealed record Program(string FontName, int Length1, byte[] Bytes)
    {
        private byte[]? _sha256;

        /// <summary>The SHA-256 of <see cref="Bytes"/>, hashed once.</summary>
        public byte[] Sha256 => _sha256 ??= System.Security.Cryptography.SHA256.HashData(Bytes);
    }

    /// <summary>A face, the glyphs drawn in it (ascending), and how the file is written (which decides how the program is deflated).</summary>
    internal sealed class Key(FontFace face, ushort[] glyphs, PdfWriting writing) : IEquatable<Key>
    {
        private readonly int _hash = Hash(face, glyphs, writing);

        public bool Equals(Key? other) =>
            other is not null && face == other.Face && writing == other.Writing && glyphs.AsSpan().SequenceEqual(other.Glyphs);

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => _hash;

        public FontFace Face => face;

        public ushort[] Glyphs => glyphs;

        public PdfWriting Writing => writing;

        private static int Hash(FontFace face, ushort[] glyphs, PdfWriting writing)
        {
            var hash = default(HashCode);
            hash.Add(face);
            hash.Add(writing);
            hash.AddBytes(MemoryMarshal.AsBytes(glyphs.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
