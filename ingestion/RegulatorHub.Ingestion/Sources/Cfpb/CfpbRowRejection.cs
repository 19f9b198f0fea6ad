namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>A data row that could not become a complaint, and why.</summary>
/// <param name="LineNumber">The physical line of the file where the row starts (1-based, header and lines inside quoted fields counted).</param>
/// <param name="Field">The header of the field at fault as the file writes it, or <c>(row)</c> when the row as a whole is at fault.</param>
/// <param name="Reason">What is wrong, without the field's value (values may be personal data).</param>
public sealed record CfpbRowRejection(long LineNumber, string Field, string Reason)
{
    /// <summary>The <see cref="Field"/> used when the row as a whole is at fault (field count, quoting).</summary>
    public const string WholeRow = "(row)";

    /// <summary>
    /// The row's fields written back as one CSV record, so a refused row can be kept in quarantine and replayed
    /// after a fix. It may hold personal data: never log or print it.
    /// </summary>
    public string? Record { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {LineNumber}: {Field}: {Reason}");
}
