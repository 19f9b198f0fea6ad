namespace RegulatorHub.Feeds.V1;

/// <summary>A region given either as a GB/T 2260 code (or US-XX) or as names at up to three levels.</summary>
public sealed class FeedRegion
{
    public string? Code { get; set; }

    public string? Province { get; set; }

    public string? City { get; set; }

    public string? County { get; set; }
}
