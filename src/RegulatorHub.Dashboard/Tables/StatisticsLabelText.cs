using System.Globalization;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Dashboard.Tables;

/// <summary>The name of a statistics table's row or column label in the current UI language.</summary>
public static class StatisticsLabelText
{
    /// <summary>The Chinese name in Chinese, otherwise the English name where there is one.</summary>
    public static string Of(StatisticsLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? label.Name : label.NameEn ?? label.Name;
    }

    /// <summary>The labels of one row joined for a chart legend or axis.</summary>
    public static string Of(IReadOnlyList<StatisticsLabel> labels, string whenEmpty)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels.Count == 0 ? whenEmpty : string.Join(" · ", labels.Select(Of));
    }
}
