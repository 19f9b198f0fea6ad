namespace RegulatorHub.Synthetic.Generation;

/// <summary>A cross-channel duplicate waiting for its time of day.</summary>
internal sealed record PendingDuplicate(Draft Draft, string OriginId, int Second);
