namespace RegulatorHub.Exports.Complaints;

/// <summary>
/// What a complaint-level export says about itself in its leading <c># key: value</c> lines, so that a file found later
/// tells who made it, from what, when and with which selection.
/// </summary>
/// <param name="AgencyId">The agency the export was made for.</param>
/// <param name="Filter">The selection in the export's own words (see <see cref="ComplaintCsvWriter.DescribeFilter"/>).</param>
/// <param name="DataWatermark">The store's highest store-order number when the export began, when known: rows stored
/// later are not in the file.</param>
/// <param name="GeneratedAt">When the export began (from the caller's <see cref="TimeProvider"/>).</param>
/// <param name="SoftwareVersion">The version of RegulatorHub that wrote it.</param>
public sealed record ComplaintExportHeader(
    string AgencyId,
    string Filter,
    long? DataWatermark,
    DateTimeOffset GeneratedAt,
    string SoftwareVersion);
