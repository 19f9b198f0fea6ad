namespace RegulatorHub.Synthetic.Tests;

/// <summary>One 100,000-message feed with the default options, generated once and shared by the test classes.</summary>
public sealed class SampleFixture
{
    public const int Size = 100_000;

    public SampleFixture()
    {
        Options = SyntheticFeedOptions.Default with { Complaints = Size };
        Generator = new SyntheticFeedGenerator(Options);
        Items = [.. Generator.Generate()];
    }

    public SyntheticFeedOptions Options { get; }

    public SyntheticFeedGenerator Generator { get; }

    public IReadOnlyList<SyntheticComplaint> Items { get; }
}
