using System.Text.Json;
using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Storage;
using RegulatorHub.Application.Validation;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>The embedded quarantine: refused messages with their reasons and raw payloads.</summary>
public sealed class SqliteQuarantineStore(SqliteDatabase database) : IQuarantineStore
{
    /// <inheritdoc />
    public async Task AddAsync(IReadOnlyList<QuarantineEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await using var lease = await database.AcquireWriterAsync(cancellationToken);
        using var transaction = lease.Connection.BeginTransaction();
        await using var command = lease.Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO quarantine (quarantined_at, message_id, source, source_case_id, reason, errors, payload)
            VALUES ($at, $message, $source, $case, $reason, $errors, $payload)
            """;
        var at = command.Parameters.Add("$at", SqliteType.Integer);
        var message = command.Parameters.Add("$message", SqliteType.Text);
        var source = command.Parameters.Add("$source", SqliteType.Text);
        var caseId = command.Parameters.Add("$case", SqliteType.Text);
        var reason = command.Parameters.Add("$reason", SqliteType.Text);
        var errors = command.Parameters.Add("$errors", SqliteType.Text);
        var payload = command.Parameters.Add("$payload", SqliteType.Blob);
        foreach (var entry in entries)
        {
            at.Value = entry.QuarantinedAt.ToUnixTimeMilliseconds();
            message.Value = (object?)entry.MessageId ?? DBNull.Value;
            source.Value = (object?)entry.Source ?? DBNull.Value;
            caseId.Value = (object?)entry.SourceCaseId ?? DBNull.Value;
            reason.Value = entry.Reason;
            errors.Value = SerializeErrors(entry.Errors);
            payload.Value = entry.Payload.ToArray();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        transaction.Commit();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<QuarantineEntry>> ListRecentAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT quarantined_at, message_id, source, source_case_id, reason, errors, payload FROM quarantine ORDER BY id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<QuarantineEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new QuarantineEntry(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                DeserializeErrors(reader.GetString(5)),
                (byte[])reader.GetValue(6)));
        }

        return entries;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, long>> CountByReasonAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT reason, COUNT(*) FROM quarantine GROUP BY reason ORDER BY reason";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private static string SerializeErrors(IReadOnlyList<FieldError> errors)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                writer.WriteStartObject();
                writer.WriteString("field", error.Field);
                writer.WriteString("rule", error.Rule);
                writer.WriteString("message", error.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static List<FieldError> DeserializeErrors(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(e => new FieldError(e.GetProperty("field").GetString()!, e.GetProperty("rule").GetString()!, e.GetProperty("message").GetString()!))
            .ToList();
    }
}
