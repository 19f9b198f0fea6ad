using RegulatorHub.Application.Exports;

namespace RegulatorHub.Exports;

/// <summary>A statistics file ready to send: its bytes, how to label them, and the history record written for it.</summary>
/// <param name="Content">The whole file. Tables are capped at <c>StatisticsTableBuilder.MaxCells</c>, so a file is small.</param>
/// <param name="ContentType">The media type of <paramref name="Content"/>.</param>
/// <param name="Record">The entry in the user's export history (its file name, hash and reproducibility metadata).</param>
public sealed record StatisticsExport(byte[] Content, string ContentType, ExportRecord Record);
