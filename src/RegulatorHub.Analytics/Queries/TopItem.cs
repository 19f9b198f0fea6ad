namespace RegulatorHub.Analytics.Queries;

/// <summary>One ranked group of a <see cref="TopQuery"/>.</summary>
/// <param name="Key">The group's key; <see langword="null"/> for "not stated".</param>
/// <param name="Label">A display name where the facts carry one (merchants), else <see langword="null"/>.</param>
/// <param name="Count">Facts in the period.</param>
/// <param name="Share">Fraction of all filtered facts in the period (0–1).</param>
/// <param name="PreviousCount">Facts in the previous period.</param>
/// <param name="Change">Relative change from the previous period (0.25 = +25%); <see langword="null"/> when it had none.</param>
/// <param name="RatePer100k">Facts per 100,000 residents in the period, where the region's population is known.</param>
public sealed record TopItem(string? Key, string? Label, long Count, double Share, long PreviousCount, double? Change, double? RatePer100k);
