using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Audit;
using RegulatorHub.Application.Exports;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Exports;

/// <summary>
/// Produces a statistics file for a user: builds the disclosure-controlled table, writes it in the asked format,
/// records it in the user's export history and writes an <see cref="AuditAction.ExportCreated"/> entry. The one path
/// every statistics download takes (the dashboard's buttons, the API, a re-run of a saved definition), so none of them
/// can skip the suppression, the history or the audit.
/// </summary>
/// <remarks>
/// The file is written to memory first: the builder caps a table at <see cref="StatisticsTableBuilder.MaxCells"/>
/// cells, so the bytes are small, and having them whole gives the response a length and the history a SHA-256 of
/// exactly what the user received. Complaint-level exports, which are large, stream instead.
/// </remarks>
public sealed class StatisticsExportService(
    StatisticsTableBuilder builder, StatisticsFileWriters writers, IExportHistory history, AuditWriter audit)
{
    /// <summary>Builds, writes, records and audits one export.</summary>
    /// <param name="definition">What to count; validated here (problems come back naming their parameter).</param>
    /// <param name="format">The file format.</param>
    /// <param name="user">The signed-in user (cookie or API token); the history owner is their account id.</param>
    /// <param name="cancellationToken">Cancels the build and the write; nothing is recorded then.</param>
    public async Task<StatisticsExportResult> ExportAsync(
        StatisticsDefinition definition, ExportFormat format, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(user);
        var owner = user.FindFirst(ClaimTypes.NameIdentifier)?.Value
            ?? throw new InvalidOperationException("A statistics export needs a signed-in user.");
        var exportId = Guid.CreateVersion7().ToString("N");

        var built = await builder.BuildAsync(definition, cancellationToken).ConfigureAwait(false);
        if (!built.Succeeded)
        {
            var problems = string.Join("; ", built.Errors.Select(e => e.Parameter));
            await audit.WriteAsync(user, AuditAction.ExportCreated, AuditTargets.Export(exportId), AuditOutcome.Failed,
                detail: "statistics; invalid parameters: " + problems, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            return StatisticsExportResult.Failure(built.Errors);
        }

        var table = built.Table;
        var writer = writers.For(format);
        byte[] content;
        using (var buffer = new MemoryStream())
        {
            await writer.WriteAsync(table, buffer, cancellationToken).ConfigureAwait(false);
            content = buffer.ToArray();
        }

        var metadata = table.Metadata;
        var record = new ExportRecord(
            exportId,
            owner,
            ExportKind.Statistics,
            FormatName(format),
            writers.FileName(table, format),
            metadata.DefinitionJson,
            metadata.Watermark,
            metadata.DataFrom,
            metadata.DataTo,
            metadata.GeneratedAt,
            metadata.RowCount,
            metadata.CellCount,
            metadata.SuppressedCount,
            metadata.RuleDescription,
            metadata.Generator.Version,
            Convert.ToHexStringLower(SHA256.HashData(content)),
            user.FindFirst(RegulatorHubClaims.Agency)?.Value);

        // The record and the audit entry are written even if the caller goes away now: the file exists and was asked for.
        await history.RecordAsync(record, CancellationToken.None).ConfigureAwait(false);
        await audit.WriteAsync(user, AuditAction.ExportCreated, AuditTargets.Export(exportId), AuditOutcome.Allowed,
            detail: string.Create(CultureInfo.InvariantCulture,
                $"statistics; format={record.Format}; rows={metadata.RowCount}; cells={metadata.CellCount}; suppressed={metadata.SuppressedCount}; {metadata.QueryString}"),
            cancellationToken: CancellationToken.None).ConfigureAwait(false);
        return StatisticsExportResult.Success(new StatisticsExport(content, writer.ContentType, record));
    }

    /// <summary>The lower-case name of a format, as used in URLs and the history (<c>csv</c>, <c>xlsx</c>, <c>parquet</c>).</summary>
    public static string FormatName(ExportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>Reads a format name (case-insensitive); <see langword="null"/> when it names none.</summary>
    public static ExportFormat? ParseFormat(string? name) =>
        Enum.TryParse<ExportFormat>(name, ignoreCase: true, out var format) && Enum.IsDefined(format) && !int.TryParse(name, out _) ? format : null;
}
