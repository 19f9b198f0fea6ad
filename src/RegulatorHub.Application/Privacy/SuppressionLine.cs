namespace RegulatorHub.Application.Privacy;

/// <summary>A row or column of the suppression grid: the entries in <see cref="Cells"/> add up to <see cref="Total"/>.</summary>
/// <param name="Node">The graph node of the line.</param>
/// <param name="Cells">Entry indexes of the cells (the total excluded).</param>
/// <param name="Total">Entry index of the line's total.</param>
internal sealed record SuppressionLine(int Node, IReadOnlyList<int> Cells, int Total);
