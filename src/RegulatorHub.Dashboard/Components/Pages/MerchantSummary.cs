namespace RegulatorHub.Dashboard.Components.Pages;

/// <summary>A merchant's figures for the period shown.</summary>
/// <param name="Name">Display name, when the facts carry one.</param>
/// <param name="Headline">Complaints, the previous period's and repeat complainants.</param>
/// <param name="AllComplaints">Complaints against every merchant in the period (same filter otherwise), for the share.</param>
public sealed record MerchantSummary(string? Name, Headline Headline, long AllComplaints)
{
    /// <summary>This merchant's share of all complaints in the period.</summary>
    public double? Share => AllComplaints == 0 ? null : (double)Headline.Total / AllComplaints;
}
