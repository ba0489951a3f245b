using System.Globalization;
using System.Text;
using Supervision.Rendering.Pdf;
using Supervision.Rendering.Pdf.Drawing;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>
/// <see cref="PdfNumber"/> writes every number as .NET's "0.###" format does (the bytes PDFsharp wrote and
/// <see cref="PdfWriting.AsBefore"/> keeps): page coordinates, halves at the last decimal and next to it,
/// the numbers whose 15-digit rounding decides, zeros of both signs, tiny, huge and non-finite numbers.
/// </summary>
public sealed class PdfNumberTests
{
    public static TheoryData<int> Decimals => [0, 1, 3, 4, 6];

    [Theory]
    [MemberData(nameof(Decimals))]
    public void EveryNumberIsWrittenAsDotNetsFormatWritesIt(int decimals)
    {
        var format = decimals == 0 ? "0" : "0." + new string('#', decimals);
        var scale = Math.Pow(10, decimals);
        var random = new Random(20261203 + decimals);
        var checkedCount = 0;
        var buffer = new byte[400];

        void Check(double value)
        {
            Assert.True(PdfNumber.TryWrite(value, decimals, buffer, out var length));
            var written = Encoding.ASCII.GetString(buffer, 0, length);
            var expected = value.ToString(format, CultureInfo.InvariantCulture);
            Assert.True(expected == written, $"{value:R} with {decimals} decimals: .NET writes {expected}, PdfNumber {written}");
            checkedCount++;
        }

        double[] special = [0.0, -0.0, double.Epsilon, -double.Epsilon, 1e-20, -1e-20, 1e15, -1e15, 123456789012.5, double.MaxValue, double.MinValue, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.5, -0.5, 1.5, 2.5, -2.5];
        foreach (var value in special)
        {
            Check(value);
        }

        // The largest doubles take some 300 bytes: too few is said, not cut.
        Assert.False(PdfNumber.TryWrite(double.MaxValue, decimals, new byte[PdfNumber.UsualLength], out _));

        for (var index = 0; index < 40_000; index++)
        {
            // Page coordinates and sizes; exact halves at the last decimal, and the doubles either side of them;
            // numbers whose decimal expansion has a 5 just past the last decimal and more digits behind.
            var coordinate = (random.NextDouble() * 1200) - 200;
            var half = (Math.Floor(coordinate * scale) + 0.5) / scale;
            Check(coordinate);
            Check(-coordinate);
            Check(half);
            Check(Math.BitIncrement(half));
            Check(Math.BitDecrement(half));
            Check(half + (random.Next(1, 1000) * 1e-13));
            Check(half - (random.Next(1, 1000) * 1e-13));
            Check(random.NextDouble() * Math.Pow(10, random.Next(-9, 12)) * (random.Next(2) == 0 ? 1 : -1));
        }

        // Nearly every coordinate takes the quick way: the test would pass with .NET writing every one, and slowly.
        var quick = Enumerable.Range(0, 10_000).Count(draw => PdfNumber.TryScale((random.NextDouble() * 842) + 0.001, decimals, out _));
        Assert.True(quick > 9_900, $"{quick} of 10 000 coordinates written the quick way");

        Assert.True(checkedCount > 300_000);
    }
}
