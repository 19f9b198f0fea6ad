namespace RegulatorHub.Application.Configuration;

/// <summary>Configuration section <c>Ingestion</c>: how the ingestion worker batches and retries.</summary>
public sealed class IngestionOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Ingestion";

    /// <summary><c>Ingestion:RunWorker</c>: run the ingestion worker inside this host (embedded mode).</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary><c>Ingestion:BatchSize</c>: messages parsed and stored per transaction (1–10,000).</summary>
    public int BatchSize { get; set; } = 2_000;

    /// <summary><c>Ingestion:MaxDeliveryCount</c>: deliveries before a message that keeps failing is set aside.</summary>
    public int MaxDeliveryCount { get; set; } = 5;

    /// <summary>
    /// <c>Ingestion:PseudonymKey</c>: base64 HMAC key (≥ 32 bytes) for complainant pseudonyms. When empty, the
    /// embedded default creates a random key file in the data directory on first start. Never commit a key.
    /// </summary>
    public string? PseudonymKey { get; set; }

    /// <summary>
    /// <c>Ingestion:RawIdentifierPolicy</c>: what to do with a message carrying a raw identifier in a structured
    /// field (<c>Quarantine</c>, the default, or <c>ScrubAndAccept</c>).
    /// </summary>
    public RawIdentifierPolicy RawIdentifierPolicy { get; set; } = RawIdentifierPolicy.Quarantine;

    /// <summary>
    /// <c>Ingestion:RawIdentifierPolicyBySource:&lt;source&gt;</c>: the policy for one source, overriding
    /// <see cref="RawIdentifierPolicy"/>; e.g. <c>Ingestion__RawIdentifierPolicyBySource__tmall=ScrubAndAccept</c>.
    /// </summary>
    public Dictionary<string, RawIdentifierPolicy> RawIdentifierPolicyBySource { get; } = new(StringComparer.Ordinal);

    /// <summary>The policy that applies to messages from <paramref name="source"/>.</summary>
    public RawIdentifierPolicy RawIdentifierPolicyFor(string source) =>
        RawIdentifierPolicyBySource.TryGetValue(source, out var policy) ? policy : RawIdentifierPolicy;
}
