namespace RegulatorHub.Dashboard.Browser.Tests;

/// <summary>The browser tests share one dashboard and one browser (<see cref="DashboardFixture"/>) and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard in a browser";
}
