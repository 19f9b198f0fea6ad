namespace RegulatorHub.Synthetic;

/// <summary>An invented e-commerce platform of the synthetic feed (no real company or platform is named).</summary>
/// <param name="Id">Platform id as sent in <c>platform</c> and <c>source</c>, e.g. <c>tiangou</c>.</param>
/// <param name="NameZh">Invented Chinese display name, e.g. 天购商城.</param>
/// <param name="Share">Share of platform complaints at the start of the period, 0–1; the shares sum to 1.</param>
public sealed record SyntheticPlatform(string Id, string NameZh, double Share);
