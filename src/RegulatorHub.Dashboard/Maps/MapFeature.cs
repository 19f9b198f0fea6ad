namespace RegulatorHub.Dashboard.Maps;

/// <summary>One drawable region of a <see cref="MapShape"/>: its key, display name and projected outline.</summary>
/// <param name="Key">The region code (<c>440000</c>, <c>440100</c>, <c>US-CA</c>), or <see langword="null"/> for a
/// feature the gazetteer has no code for (the districts of 香港, for example): drawn grey and never selectable.</param>
/// <param name="Name">The name shown in tooltips and read by screen readers, e.g. <c>广东省 · Guangdong</c>.</param>
/// <param name="Path">SVG path data (<c>d</c>) in the map's <see cref="MapShape.ViewBox"/>; rings are closed and may
/// include holes, so it is filled with the even-odd rule.</param>
public sealed record MapFeature(string? Key, string Name, string Path);
