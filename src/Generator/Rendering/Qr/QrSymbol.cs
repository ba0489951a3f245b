using System.Collections.Concurrent;
using QRCoder;

namespace Supervision.Rendering.Qr;

/// <summary>
/// The QR code of a verification address as QRCoder lays it out (error correction level M, a quiet zone of
/// four light modules on every side): the one module matrix the PDF, DOCX and HTML renderers draw, so that
/// the three print the same code.
/// </summary>
/// <remarks>
/// Laying a code out is QRCoder's costliest step (it scores all eight masks over the whole matrix), and an
/// issued act is rendered in every format one after another with the same address; so the codes of the
/// last <see cref="RecentCapacity"/> addresses are kept, and the PNG is drawn from the kept layout.
/// </remarks>
internal sealed class QrSymbol
{
    /// <summary>The light modules around the code on each side, as ISO/IEC 18004 asks.</summary>
    public const int QuietZone = 4;

    /// <summary>How many addresses' codes are kept; when full, the store starts over.</summary>
    private const int RecentCapacity = 64;

    private static readonly ConcurrentDictionary<string, QrSymbol> Recent = new(StringComparer.Ordinal);

    private readonly bool[,] _dark;
    private readonly byte[] _layout;

    private QrSymbol(bool[,] dark, byte[] layout)
    {
        _dark = dark;
        _layout = layout;
    }

    /// <summary>Modules across (and down), the quiet zone included.</summary>
    public int Size => _dark.GetLength(0);

    /// <summary>Whether the module at a column and row (from the top left corner, quiet zone included) is dark.</summary>
    public bool IsDark(int column, int row) => _dark[row, column];

    /// <summary>The code of a text (the verification address), encoded the same way every time.</summary>
    public static QrSymbol Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Recent.TryGetValue(text, out var kept))
        {
            return kept;
        }

        if (Recent.Count >= RecentCapacity)
        {
            Recent.Clear();
        }

        return Recent.GetOrAdd(text, Make(text));
    }

    private static QrSymbol Make(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var dark = new bool[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                dark[row, column] = matrix[row][column];
            }
        }

        return new QrSymbol(dark, data.GetRawData(QRCodeData.Compression.Uncompressed));
    }

    /// <summary>The code as a black-on-white PNG, <paramref name="pixelsPerModule"/> pixels a module (QRCoder's writer: the same bytes every time).</summary>
    public static byte[] Png(string text, int pixelsPerModule)
    {
        using var data = new QRCodeData(Of(text)._layout, QRCodeData.Compression.Uncompressed);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(pixelsPerModule, drawQuietZones: true);
    }

    /// <summary>
    /// The dark modules as few rectangles as a simple sweep finds: each row's runs of dark modules, a run
    /// merged with the same run in the rows below it. Coordinates in modules, quiet zone included.
    /// </summary>
    public IReadOnlyList<(int Column, int Row, int Width, int Height)> Rectangles()
    {
        var rectangles = new List<(int Column, int Row, int Width, int Height)>();
        var taken = new bool[Size, Size];
        for (var row = 0; row < Size; row++)
        {
            var column = 0;
            while (column < Size)
            {
                if (!_dark[row, column] || taken[row, column])
                {
                    column++;
                    continue;
                }

                var width = 1;
                while (column + width < Size && _dark[row, column + width] && !taken[row, column + width])
                {
                    width++;
                }

                var height = 1;
                while (row + height < Size && SameRun(row + height, column, width))
                {
                    height++;
                }

                for (var down = 0; down < height; down++)
                {
                    for (var across = 0; across < width; across++)
                    {
                        taken[row + down, column + across] = true;
                    }
                }

                rectangles.Add((column, row, width, height));
                column += width;
            }
        }

        return rectangles;
    }

    /// <summary>Whether a row's run of dark modules is exactly [column, column + width): dark throughout, light on both sides.</summary>
    private bool SameRun(int row, int column, int width)
    {
        for (var across = column; across < column + width; across++)
        {
            if (!_dark[row, across])
            {
                return false;
            }
        }

        var leftLight = column == 0 || !_dark[row, column - 1];
        var rightLight = column + width == Size || !_dark[row, column + width];
        return leftLight && rightLight;
    }
}
