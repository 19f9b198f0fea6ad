using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;
using SQLitePCL;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// One export reader's prepared chunk statement (<see cref="ComplaintExportSql.BuildChunk"/>), stepped through SQLite's
/// own interface so that each text is copied from SQLite's UTF-8 straight into a <see cref="ComplaintExportBatch"/>.
/// </summary>
/// <remarks>
/// Why not <see cref="SqliteDataReader"/>: it can only hand a text out as a new .NET string (decoded to UTF-16), which
/// the file writer then encodes back to UTF-8; those strings cost an export as much as SQLite's scan itself. A text
/// value's bytes are valid until the next step, and are copied before it (<see cref="SqliteColumnValues"/>, which
/// also says why the columns are not read through SQLitePCLRaw). The statement lives on the reader's own connection
/// (<see cref="SqliteExportConnection"/>) and is finalized before it closes; the connection's <c>busy_timeout</c> makes a
/// step wait for a lock as commands do.
/// </remarks>
internal sealed class ComplaintExportChunkReader : IDisposable
{
    // The ordinals of ComplaintExportSql's columns.
    private const int Source = 0, CaseId = 1, ReceivedAtMs = 2, OffsetMinutes = 3, ReceivedDate = 4, Channel = 5, Subject = 6,
        Issue = 7, ConsumerRegion = 8, MerchantKey = 9, MerchantName = 10, MerchantRegion = 11, Platform = 12, AmountMinor = 13,
        Currency = 14, Status = 15, Outcome = 16, Narrative = 17, PersonalDataRemoved = 18;

    private readonly SqliteExportConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly int _lowIndex;
    private readonly int _highIndex;

    /// <summary>Prepares the chunk statement of <paramref name="query"/> on <paramref name="connection"/>.</summary>
    public ComplaintExportChunkReader(SqliteExportConnection connection, ComplaintExportQuery query)
    {
        _connection = connection;
        using var command = new SqliteCommand();
        var sql = ComplaintExportSql.BuildChunk(query, command.Parameters);
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement));
        try
        {
            foreach (SqliteParameter parameter in command.Parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(_statement, parameter.ParameterName);
                Check(parameter.Value switch
                {
                    long number => raw.sqlite3_bind_int64(_statement, index, number),
                    int number => raw.sqlite3_bind_int64(_statement, index, number),
                    string text => raw.sqlite3_bind_text(_statement, index, text),
                    var other => throw new InvalidOperationException($"Export parameter {parameter.ParameterName} has an unexpected type {other?.GetType().Name ?? "null"}."),
                });
            }

            _lowIndex = raw.sqlite3_bind_parameter_index(_statement, ComplaintExportSql.ChunkLow);
            _highIndex = raw.sqlite3_bind_parameter_index(_statement, ComplaintExportSql.ChunkHigh);
        }
        catch
        {
            _statement.Dispose();
            throw;
        }
    }

    /// <summary>The rows with row ids <paramref name="low"/> to <paramref name="high"/> (inclusive), newest first, into a new batch.</summary>
    /// <exception cref="SqliteException">SQLite failed the step (the message is SQLite's, without any row's content).</exception>
    public ComplaintExportBatch Read(long low, long high, CancellationToken cancellationToken)
    {
        Check(raw.sqlite3_reset(_statement));
        Check(raw.sqlite3_bind_int64(_statement, _lowIndex, low));
        Check(raw.sqlite3_bind_int64(_statement, _highIndex, high));
        var batch = new ComplaintExportBatch();
        var referenced = false;
        try
        {
            // One reference on the statement for the whole chunk: the column reads use its raw handle.
            _statement.DangerousAddRef(ref referenced);
            var handle = _statement.DangerousGetHandle();
            int result;
            while ((result = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Add(batch, handle);
            }

            if (result != raw.SQLITE_DONE)
            {
                Check(result);
            }

            return batch;
        }
        catch
        {
            batch.Dispose();
            throw;
        }
        finally
        {
            if (referenced)
            {
                _statement.DangerousRelease();
            }
        }
    }

    /// <summary>Finalizes the statement.</summary>
    public void Dispose() => _statement.Dispose();

    private static void Add(ComplaintExportBatch batch, IntPtr row)
    {
        var amount = SqliteColumnValues.IsNull(row, AmountMinor) ? (decimal?)null : SqliteColumnValues.Int64(row, AmountMinor) / 100m;
        batch.StartRow(new ComplaintExportValues(
            ReceivedAt: DateTimeOffset.FromUnixTimeMilliseconds(SqliteColumnValues.Int64(row, ReceivedAtMs))
                .ToOffset(TimeSpan.FromMinutes(SqliteColumnValues.Int32(row, OffsetMinutes))),
            ReceivedDate: ComplaintRowWriter.FromDateKey(SqliteColumnValues.Int64(row, ReceivedDate)),
            Channel: (ComplaintChannel)SqliteColumnValues.Int32(row, Channel),
            Amount: amount,
            Status: (ComplaintStatus)SqliteColumnValues.Int32(row, Status),
            Outcome: SqliteColumnValues.IsNull(row, Outcome) ? null : (ComplaintOutcome)SqliteColumnValues.Int32(row, Outcome)));
        Text(batch, row, Source);
        Text(batch, row, CaseId);
        Text(batch, row, Subject);
        Text(batch, row, Issue);
        Text(batch, row, ConsumerRegion);
        Text(batch, row, MerchantKey);

        // As the full record reads it: a merchant missing from the merchants table is named by its key.
        Text(batch, row, SqliteColumnValues.IsNull(row, MerchantName) && !SqliteColumnValues.IsNull(row, MerchantKey) ? MerchantKey : MerchantName);
        Text(batch, row, MerchantRegion);
        Text(batch, row, Platform);
        if (amount is null)
        {
            batch.AddNull();
        }
        else
        {
            Text(batch, row, Currency);
        }

        Text(batch, row, Narrative);
        Text(batch, row, PersonalDataRemoved);
    }

    private static void Text(ComplaintExportBatch batch, IntPtr row, int column)
    {
        if (SqliteColumnValues.TryText(row, column, out var utf8))
        {
            batch.AddText(utf8);
        }
        else
        {
            batch.AddNull();
        }
    }

    private void Check(int result) => _connection.Check(result);
}
