using System.Globalization;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Exports;

/// <summary>The registered statistics file writers, looked up by format, and the names of the files they write.</summary>
public sealed class StatisticsFileWriters
{
    private readonly Dictionary<ExportFormat, IStatisticsFileWriter> _writers;

    /// <summary>Creates the lookup.</summary>
    /// <param name="writers">One writer per format; a later writer of the same format replaces an earlier one.</param>
    public StatisticsFileWriters(IEnumerable<IStatisticsFileWriter> writers)
    {
        ArgumentNullException.ThrowIfNull(writers);
        _writers = [];
        foreach (var writer in writers)
        {
            _writers[writer.Format] = writer;
        }
    }

    /// <summary>The formats available.</summary>
    public IReadOnlyCollection<ExportFormat> Formats => _writers.Keys;

    /// <summary>The writer of a format.</summary>
    /// <exception cref="KeyNotFoundException">No writer of that format is registered.</exception>
    public IStatisticsFileWriter For(ExportFormat format) =>
        _writers.TryGetValue(format, out var writer) ? writer : throw new KeyNotFoundException($"No statistics writer is registered for {format}.");

    /// <summary>The download name of a table in a format, from its generation time: <c>regulatorhub-statistics-20261124T0215Z.csv</c>.</summary>
    public string FileName(StatisticsTable table, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(table);
        var stamp = table.Metadata.GeneratedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);
        return $"regulatorhub-statistics-{stamp}.{For(format).FileExtension}";
    }
}
