using RegulatorHub.Application.Storage;

namespace RegulatorHub.Dashboard.Components.Pages;

/// <summary>The quarantine as the health page shows it: counts per reason and the newest entries.</summary>
/// <param name="ByReason">Messages per reason code.</param>
/// <param name="Recent">Newest entries first (their payloads are never displayed).</param>
public sealed record QuarantineView(IReadOnlyDictionary<string, long> ByReason, IReadOnlyList<QuarantineEntry> Recent);
