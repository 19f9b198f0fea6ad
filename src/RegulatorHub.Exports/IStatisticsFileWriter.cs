using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Exports;

/// <summary>Writes a built <see cref="StatisticsTable"/> as one file format, suppression marks and metadata included.</summary>
public interface IStatisticsFileWriter
{
    /// <summary>The format written.</summary>
    ExportFormat Format { get; }

    /// <summary>The MIME type of the file.</summary>
    string ContentType { get; }

    /// <summary>The file name extension, without the dot.</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="table"/> to <paramref name="destination"/>, which is left open.</summary>
    Task WriteAsync(StatisticsTable table, Stream destination, CancellationToken cancellationToken);
}
