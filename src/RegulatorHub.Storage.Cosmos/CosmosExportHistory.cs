using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Application.Exports;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// The export history in the <c>exports</c> container, partitioned by owner: recording, listing and finding are
/// single-partition operations on one user's exports, and no call can reach another owner's. The document id is the
/// export id (escaped as <see cref="CosmosKeys.ToId"/> does); a composite index serves the newest-first listing.
/// </summary>
public sealed class CosmosExportHistory(CosmosDatabase database) : IExportHistory
{
    private readonly CosmosItems _items = new(database, CosmosContainers.Exports, "an export record");

    /// <inheritdoc />
    public async Task<bool> RecordAsync(ExportRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var status = await _items.CreateAsync(Write(record), record.Owner, cancellationToken).ConfigureAwait(false);

        // The id is taken: a retry of this very record (ours, sent again after a lost answer, or the caller's) is fine.
        return status != HttpStatusCode.Conflict || await FindAsync(record.Owner, record.Id, cancellationToken).ConfigureAwait(false) == record;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExportRecord>> ListAsync(string owner, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, IExportHistory.MaxListLimit);
        if (owner.Length == 0)
        {
            return [];
        }

        // TOP takes a literal (the local server's parser has no parameter there); the limit is a checked int.
        var query = new QueryDefinition(string.Create(CultureInfo.InvariantCulture, $"SELECT TOP {limit} * FROM c ORDER BY c.generatedAt DESC, c.id DESC"));
        var found = await _items.QueryAsync(query, owner, cancellationToken).ConfigureAwait(false);
        return [.. found.Select(f => Read(f.Document))];
    }

    /// <inheritdoc />
    public async Task<ExportRecord?> FindAsync(string owner, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(id);
        if (owner.Length == 0 || id.Length == 0)
        {
            return null;
        }

        var found = await _items.ReadAsync(CosmosKeys.ToId(id), owner, cancellationToken).ConfigureAwait(false);
        return found is { } f ? Read(f.Document) : null;
    }

    private static byte[] Write(ExportRecord r) => CosmosItems.Write(w =>
    {
        w.WriteString("id", CosmosKeys.ToId(r.Id));
        w.WriteString("owner", r.Owner);
        w.WriteString("exportId", r.Id);
        w.WriteString("kind", r.Kind.ToString());
        w.WriteString("format", r.Format);
        w.WriteString("fileName", r.FileName);
        w.WriteString("definition", r.DefinitionJson);
        w.WriteString("watermark", r.Watermark);
        w.WriteString("dataFrom", r.DataFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("dataTo", r.DataTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("generatedAt", CosmosItems.Instant(r.GeneratedAt));
        w.WriteNumber("rowCount", r.RowCount);
        WriteOptional(w, "cellCount", r.CellCount);
        WriteOptional(w, "suppressedCells", r.SuppressedCells);
        w.WriteString("suppressionRule", r.SuppressionRule);
        w.WriteString("softwareVersion", r.SoftwareVersion);
        w.WriteString("sha256", r.Sha256);
        w.WriteString("agency", r.Agency);
    });

    private static void WriteOptional(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static long? OptionalLong(JsonElement d, string name) =>
        d.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    private static DateOnly? OptionalDay(JsonElement d, string name) =>
        CosmosItems.OptionalString(d, name) is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static ExportRecord Read(JsonElement d) => new(
        d.GetProperty("exportId").GetString()!,
        d.GetProperty("owner").GetString()!,
        Enum.Parse<ExportKind>(d.GetProperty("kind").GetString()!),
        d.GetProperty("format").GetString()!,
        d.GetProperty("fileName").GetString()!,
        d.GetProperty("definition").GetString()!,
        CosmosItems.OptionalString(d, "watermark"),
        OptionalDay(d, "dataFrom"),
        OptionalDay(d, "dataTo"),
        CosmosItems.ParseInstant(d.GetProperty("generatedAt").GetString()!),
        d.GetProperty("rowCount").GetInt64(),
        OptionalLong(d, "cellCount"),
        OptionalLong(d, "suppressedCells"),
        CosmosItems.OptionalString(d, "suppressionRule"),
        d.GetProperty("softwareVersion").GetString()!,
        CosmosItems.OptionalString(d, "sha256"),
        CosmosItems.OptionalString(d, "agency"));
}
