using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// The prepared statements that write complaints on the writer connection. Parameters are bound by position
/// and rebound for every row (<see cref="SqliteRawStatement"/>): preparing once and rebinding is what keeps the store
/// near the bare insert speed.
/// </summary>
internal sealed class ComplaintRowWriter : IDisposable
{
    private readonly SqliteRawStatement _insert;
    private readonly SqliteRawStatement _findCrossChannel;
    private readonly SqliteRawStatement _insertMerchant;

    // Merchants already written by this process: most complaints are about a merchant seen before.
    private readonly HashSet<string> _knownMerchants = new(StringComparer.Ordinal);
    private readonly RecentCrossChannelKeys _recentKeys;

    public ComplaintRowWriter(SqliteConnection connection)
    {
        Connection = connection;
        _insert = new SqliteRawStatement(connection, SqliteSchema.InsertComplaint,
            "$source", "$case", "$kind", "$at", "$offset", "$date", "$channel", "$subject", "$issue", "$scat", "$sissue",
            "$region", "$province", "$merchant", "$platform", "$order", "$amount", "$currency", "$narrative", "$removed",
            "$complainant", "$status", "$outcome", "$dup");
        _findCrossChannel = new SqliteRawStatement(connection, SqliteSchema.FindCrossChannel, "$complainant", "$merchant", "$date", "$source", "$case");
        _insertMerchant = new SqliteRawStatement(connection, SqliteSchema.InsertMerchant, "$key", "$name", "$region");

        // Rows up to the newest day already stored can only be checked in the database.
        using var newest = connection.CreateCommand();
        newest.CommandText = "SELECT COALESCE(MAX(received_date), 0) FROM complaints";
        _recentKeys = new RecentCrossChannelKeys(Convert.ToInt32(newest.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public SqliteConnection Connection { get; }

    /// <summary>Writes one complaint inside <paramref name="transaction"/>, which the statements run in as the connection's own.</summary>
    public StoreOutcome Write(Complaint complaint, SqliteTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var receivedDate = ToDateKey(complaint.ReceivedDate);
        long? likelyDuplicateOf = null;
        var crossChannelKey = complaint.CrossChannelKey;
        if (crossChannelKey is not null && _recentKeys.TryAnswer(receivedDate, crossChannelKey, out var remembered))
        {
            likelyDuplicateOf = remembered;
        }
        else if (complaint.ComplainantPseudonym is { } complainant && complaint.Merchant is { } merchantRef)
        {
            _findCrossChannel.Bind(0, complainant);
            _findCrossChannel.Bind(1, merchantRef.Key.Value);
            _findCrossChannel.Bind(2, receivedDate);
            _findCrossChannel.Bind(3, complaint.Source);
            _findCrossChannel.Bind(4, complaint.SourceCaseId);
            likelyDuplicateOf = _findCrossChannel.ExecuteScalarInt64();
        }

        _insert.Bind(0, complaint.Source);
        _insert.Bind(1, complaint.SourceCaseId);
        _insert.Bind(2, (int)complaint.SourceKind);
        _insert.Bind(3, complaint.ReceivedAt.ToUnixTimeMilliseconds());
        _insert.Bind(4, (int)complaint.ReceivedAt.Offset.TotalMinutes);
        _insert.Bind(5, receivedDate);
        _insert.Bind(6, (int)complaint.Channel);
        _insert.Bind(7, complaint.SubjectCode);
        _insert.Bind(8, complaint.IssueCode);
        _insert.Bind(9, complaint.SourceCategory);
        _insert.Bind(10, complaint.SourceIssue);
        _insert.Bind(11, complaint.ConsumerRegionCode);
        _insert.Bind(12, RegionCodes.ProvinceOf(complaint.ConsumerRegionCode));
        _insert.Bind(13, complaint.Merchant?.Key.Value);
        _insert.Bind(14, complaint.Platform);
        _insert.Bind(15, complaint.OrderReference);
        _insert.Bind(16, complaint.Amount is { } amount ? decimal.ToInt64(decimal.Round(amount.Amount * 100m)) : null);
        _insert.Bind(17, complaint.Amount?.Currency);
        _insert.Bind(18, complaint.Narrative);
        _insert.Bind(19, complaint.PersonalDataRemoved.Total == 0 ? null : complaint.PersonalDataRemoved.ToString());
        _insert.Bind(20, complaint.ComplainantPseudonym);
        _insert.Bind(21, (int)complaint.Status);
        _insert.Bind(22, complaint.Outcome is { } outcome ? (int)outcome : null);
        _insert.Bind(23, likelyDuplicateOf);
        if (_insert.Execute() == 0)
        {
            return new StoreOutcome(StoreOutcomeKind.Duplicate);
        }

        // A direct call for the new row's id: a RETURNING clause would cost a data reader per row.
        var newId = SQLitePCL.raw.sqlite3_last_insert_rowid(Connection.Handle);

        if (crossChannelKey is not null)
        {
            _recentKeys.Add(receivedDate, crossChannelKey, likelyDuplicateOf ?? newId);
        }

        if (complaint.Merchant is { } merchant && !_knownMerchants.Contains(merchant.Key.Value))
        {
            _insertMerchant.Bind(0, merchant.Key.Value);
            _insertMerchant.Bind(1, merchant.Name);
            _insertMerchant.Bind(2, merchant.RegionCode);
            _insertMerchant.Execute();
            _knownMerchants.Add(merchant.Key.Value);
        }

        return new StoreOutcome(StoreOutcomeKind.Stored, likelyDuplicateOf);
    }

    /// <summary>The batch's transaction committed: remember its cross-channel keys.</summary>
    public void Committed() => _recentKeys.Commit();

    /// <summary>The batch's transaction rolled back: forget what it wrote.</summary>
    public void RolledBack()
    {
        _knownMerchants.Clear();
        _recentKeys.Rollback();
    }

    public static int ToDateKey(DateOnly date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;

    public static DateOnly FromDateKey(long key) => new((int)(key / 10_000), (int)(key / 100 % 100), (int)(key % 100));

    public void Dispose()
    {
        _insert.Dispose();
        _findCrossChannel.Dispose();
        _insertMerchant.Dispose();
    }
}
