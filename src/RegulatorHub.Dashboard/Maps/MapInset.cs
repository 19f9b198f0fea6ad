namespace RegulatorHub.Dashboard.Maps;

/// <summary>
/// A feature drawn in a box of its own instead of at its place (Alaska and Hawaii beside the contiguous states,
/// 三沙市's islands beside Hainan island), so that the main map is not shrunk to fit far-away land.
/// </summary>
/// <param name="Key">The feature drawn in the box.</param>
/// <param name="Left">Box left edge, as a fraction of the main layer's width.</param>
/// <param name="Top">Box top edge, as a fraction of the main layer's height.</param>
/// <param name="Width">Box width, as a fraction of the main layer's width.</param>
/// <param name="Height">Box height, as a fraction of the main layer's height.</param>
internal sealed record MapInset(string Key, double Left, double Top, double Width, double Height);
