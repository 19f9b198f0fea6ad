using System.Diagnostics.CodeAnalysis;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Exports;

/// <summary>The outcome of <see cref="StatisticsExportService.ExportAsync"/>: a file, or the problems naming parameters.</summary>
public sealed record StatisticsExportResult
{
    private StatisticsExportResult(StatisticsExport? export, IReadOnlyList<StatisticsParameterError> errors)
    {
        Export = export;
        Errors = errors;
    }

    /// <summary>The file, when the definition could be built.</summary>
    public StatisticsExport? Export { get; }

    /// <summary>Why not, each problem naming its parameter; empty on success.</summary>
    public IReadOnlyList<StatisticsParameterError> Errors { get; }

    /// <summary>Whether a file was produced.</summary>
    [MemberNotNullWhen(true, nameof(Export))]
    public bool Succeeded => Export is not null;

    /// <summary>A file.</summary>
    public static StatisticsExportResult Success(StatisticsExport export) => new(export ?? throw new ArgumentNullException(nameof(export)), []);

    /// <summary>The problems that stopped the export.</summary>
    public static StatisticsExportResult Failure(IReadOnlyList<StatisticsParameterError> errors) => new(null, errors);
}
