namespace RegulatorHub.Feeds.V1;

/// <summary>
/// A structured identifier of the complainant. It never reaches the store: ingestion turns it into a keyed
/// pseudonym so repeat complainants can be counted without being identified.
/// </summary>
public sealed class FeedComplainant
{
    /// <summary>See <see cref="FeedVocabulary.IdTypes"/>.</summary>
    public string? IdType { get; set; }

    public string? Id { get; set; }
}
