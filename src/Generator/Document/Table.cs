namespace Supervision.Document;

/// <summary>A simple table; the first row is a header row when <paramref name="HasHeader"/>.</summary>
/// <param name="Rows">Rows of cells; every row has the same number of cells.</param>
/// <param name="HasHeader">Whether the first row heads the columns (bold, repeated on each page).</param>
public sealed record Table(IReadOnlyList<TableRow> Rows, bool HasHeader) : Block
{
    /// <summary>The number of columns.</summary>
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows[0].Cells.Count;
}

/// <summary>A row of a table.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells);

/// <summary>A cell: its text, left-aligned, without indent.</summary>
public sealed record TableCell(IReadOnlyList<Inline> Inlines, Alignment Alignment = Alignment.Left);
