namespace RegulatorHub.Application.Storage;

/// <summary>Size and time span of the complaint store.</summary>
/// <param name="Complaints">Stored complaints.</param>
/// <param name="Quarantined">Quarantined messages and rows.</param>
/// <param name="OldestReceived">Earliest received date, or <see langword="null"/> when empty.</param>
/// <param name="NewestReceived">Latest received date, or <see langword="null"/> when empty.</param>
/// <param name="Watermark">Monotonic position of the last stored complaint (for catch-up readers).</param>
public sealed record StoreSummary(long Complaints, long Quarantined, DateOnly? OldestReceived, DateOnly? NewestReceived, long Watermark);
