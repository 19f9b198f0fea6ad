namespace RegulatorHub.Synthetic.Tests;

/// <summary>Test classes in this collection share one <see cref="SampleFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampleFixture>
{
    public const string Name = "synthetic sample";
}
