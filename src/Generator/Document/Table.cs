namespace Supervision.Document;

/// <summary>A simple table; the first row is a header row when <paramref name="HasHeader"/>.</summary>
/// <param name="Rows">Rows of cells; every row has the same number of cells.</param>
/// <param name="HasHeader">Whether the first row heads the columns (bold, repeated on each page).</param>
/// <param name="Widths">Each column's relative width (the dashes of its markup separator), or null for equal columns.</param>
public sealed record Table(IReadOnlyList<TableRow> Rows, bool HasHeader, IReadOnlyList<double>? Widths = null) : Block
{
    /// <summary>The number of columns.</summary>
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows[0].Cells.Count;

    /// <summary>Each of <paramref name="columns"/> columns' share of the text width, summing to 1: the
    /// <see cref="Widths"/> where they give one positive width per column, else equal shares.</summary>
    public double[] Shares(int columns)
    {
        var shares = new double[columns];
        if (Widths is { } widths && widths.Count == columns && widths.All(width => width > 0))
        {
            var total = widths.Sum();
            for (var column = 0; column < columns; column++)
            {
                shares[column] = widths[column] / total;
            }
        }
        else
        {
            Array.Fill(shares, 1.0 / columns);
        }

        return shares;
    }
}

/// <summary>A row of a table.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells);

/// <summary>A cell: its text, left-aligned, without indent.</summary>
public sealed record TableCell(IReadOnlyList<Inline> Inlines, Alignment Alignment = Alignment.Left);
