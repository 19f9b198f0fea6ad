namespace RegulatorHub.Dashboard.Maps;

/// <summary>One class of a <see cref="ChoroplethScale"/>: the values it holds and its fill colour.</summary>
/// <param name="Min">The smallest value in the class.</param>
/// <param name="Max">The largest value in the class.</param>
/// <param name="Fill">The CSS colour of the class, <c>#rrggbb</c>.</param>
/// <param name="Count">How many regions fall in the class.</param>
public sealed record ChoroplethClass(double Min, double Max, string Fill, int Count);
