namespace RegulatorHub.Application.Configuration;

/// <summary>Configuration section <c>Audit</c>: the audit trail.</summary>
public sealed class AuditOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Audit";

    /// <summary>
    /// <c>Audit:Key</c>: base64 HMAC key (≥ 32 bytes) that chains the audit trail's entries. When empty, the embedded
    /// default creates a random key file (<c>audit.key</c>) in the data directory on first start. Keep it apart from the
    /// store: whoever holds it can rewrite the trail undetected. Never commit a key.
    /// </summary>
    public string? Key { get; set; }
}
