namespace Supervision.Document.Typesetting;

/// <summary>
/// The approval stamp («БЕКІТЕМІН» / «УТВЕРЖДАЮ») stands in the upper right corner of the first page,
/// above the office's name, as the format of official documents places it: wherever a template writes
/// it, it is moved to the top. The engine owns the layout; the template only says that there is one.
/// </summary>
public static class ApprovalPlacement
{
    /// <summary>The blocks with any approval stamp moved to the top, the others in their order.</summary>
    public static IReadOnlyList<Block> Apply(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var first = -1;
        for (var index = 0; index < blocks.Count; index++)
        {
            if (blocks[index] is ApprovalBlock)
            {
                first = index;
                break;
            }
        }

        return first <= 0 ? blocks : [.. blocks.OfType<ApprovalBlock>(), .. blocks.Where(block => block is not ApprovalBlock)];
    }
}
