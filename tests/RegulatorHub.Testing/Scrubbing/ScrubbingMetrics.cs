using System.Globalization;
using System.Text;
using RegulatorHub.Domain.Privacy;
using RegulatorHub.Ingestion.Scrubbing;

namespace RegulatorHub.Testing.Scrubbing;

/// <summary>
/// Span-level precision/recall per kind: a detection is a true positive when it overlaps a labelled span of the same
/// kind; a label is recalled when some detection of its kind overlaps it. Kept free of xUnit so a benchmark can reuse it.
/// </summary>
public sealed class ScrubbingMetrics
{
    private readonly Dictionary<PersonalDataKind, (int Tp, int Fp, int Labels, int Recalled)> _counts = [];

    /// <summary>Adds one narrative's labels and detections.</summary>
    public void Add(IReadOnlyList<PersonalDataSpan> labels, IReadOnlyList<PersonalDataSpan> detections)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(detections);
        foreach (var d in detections)
        {
            var hit = false;
            foreach (var l in labels)
            {
                if (l.Kind == d.Kind && l.Overlaps(d))
                {
                    hit = true;
                    break;
                }
            }

            Update(d.Kind, hit ? 1 : 0, hit ? 0 : 1, 0, 0);
        }

        foreach (var l in labels)
        {
            var recalled = false;
            foreach (var d in detections)
            {
                if (l.Kind == d.Kind && l.Overlaps(d))
                {
                    recalled = true;
                    break;
                }
            }

            Update(l.Kind, 0, 0, 1, recalled ? 1 : 0);
        }
    }

    /// <summary>Metrics for <paramref name="kind"/> (all zero counts when it never occurred).</summary>
    public KindMetrics For(PersonalDataKind kind)
    {
        var c = _counts.GetValueOrDefault(kind);
        return new KindMetrics(kind, c.Tp, c.Fp, c.Labels, c.Recalled);
    }

    /// <summary>Metrics for every kind that occurred as a label or a detection.</summary>
    public IReadOnlyList<KindMetrics> All() => [.. _counts.Keys.Order().Select(For)];

    /// <summary>One line per kind, for test output and benchmark logs.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        foreach (var m in All())
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{m.Kind,-13} labels={m.Labels,5} tp={m.TruePositives,5} fp={m.FalsePositives,4} precision={m.Precision:F4} recall={m.Recall:F4}");
        }

        return sb.ToString();
    }

    private void Update(PersonalDataKind kind, int tp, int fp, int labels, int recalled)
    {
        var c = _counts.GetValueOrDefault(kind);
        _counts[kind] = (c.Tp + tp, c.Fp + fp, c.Labels + labels, c.Recalled + recalled);
    }
}
