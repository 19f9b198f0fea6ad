using RegulatorHub.Domain.Privacy;
using RegulatorHub.Ingestion.Scrubbing;

namespace RegulatorHub.Testing.Scrubbing;

/// <summary>Span-level detection counts and derived precision/recall for one kind.</summary>
/// <param name="Kind">Kind measured.</param>
/// <param name="TruePositives">Detections overlapping a labelled span of the same kind.</param>
/// <param name="FalsePositives">Detections overlapping no labelled span of the same kind.</param>
/// <param name="Labels">Labelled spans of this kind.</param>
/// <param name="Recalled">Labelled spans overlapped by at least one detection of the same kind.</param>
public sealed record KindMetrics(PersonalDataKind Kind, int TruePositives, int FalsePositives, int Labels, int Recalled)
{
    /// <summary>TP / (TP + FP); 1 when nothing was detected.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Recalled / labels; 1 when nothing was labelled.</summary>
    public double Recall => Labels == 0 ? 1.0 : (double)Recalled / Labels;
}
