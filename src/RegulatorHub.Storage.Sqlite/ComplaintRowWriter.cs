using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// The prepared statements that write complaints on the writer connection. Parameters are bound by position
/// and reused for every row: preparing once and rebinding is what keeps the store near the bare insert speed.
/// </summary>
internal sealed class ComplaintRowWriter : IDisposable
{
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _p;
    private readonly SqliteCommand _findCrossChannel;
    private readonly SqliteParameter[] _f;
    private readonly SqliteCommand _insertMerchant;
    private readonly SqliteParameter[] _m;

    // Merchants already written by this process: most complaints are about a merchant seen before.
    private readonly HashSet<string> _knownMerchants = new(StringComparer.Ordinal);
    private readonly RecentCrossChannelKeys _recentKeys;

    public ComplaintRowWriter(SqliteConnection connection)
    {
        Connection = connection;
        (_insert, _p) = Prepare(connection, SqliteSchema.InsertComplaint,
            "$source", "$case", "$kind", "$at", "$offset", "$date", "$channel", "$subject", "$issue", "$scat", "$sissue",
            "$region", "$province", "$merchant", "$platform", "$order", "$amount", "$currency", "$narrative", "$removed",
            "$complainant", "$status", "$outcome", "$dup");
        (_findCrossChannel, _f) = Prepare(connection, SqliteSchema.FindCrossChannel, "$complainant", "$merchant", "$date", "$source", "$case");
        (_insertMerchant, _m) = Prepare(connection, SqliteSchema.InsertMerchant, "$key", "$name", "$region");

        // Rows up to the newest day already stored can only be checked in the database.
        using var newest = connection.CreateCommand();
        newest.CommandText = "SELECT COALESCE(MAX(received_date), 0) FROM complaints";
        _recentKeys = new RecentCrossChannelKeys(Convert.ToInt32(newest.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public SqliteConnection Connection { get; }

    public StoreOutcome Write(Complaint complaint, SqliteTransaction transaction)
    {
        var receivedDate = ToDateKey(complaint.ReceivedDate);
        long? likelyDuplicateOf = null;
        var crossChannelKey = complaint.CrossChannelKey;
        if (crossChannelKey is not null && _recentKeys.TryAnswer(receivedDate, crossChannelKey, out var remembered))
        {
            likelyDuplicateOf = remembered;
        }
        else if (complaint.ComplainantPseudonym is { } complainant && complaint.Merchant is { } merchantRef)
        {
            _findCrossChannel.Transaction = transaction;
            _f[0].Value = complainant;
            _f[1].Value = merchantRef.Key.Value;
            _f[2].Value = receivedDate;
            _f[3].Value = complaint.Source;
            _f[4].Value = complaint.SourceCaseId;
            likelyDuplicateOf = _findCrossChannel.ExecuteScalar() is long id ? id : null;
        }

        _insert.Transaction = transaction;
        _p[0].Value = complaint.Source;
        _p[1].Value = complaint.SourceCaseId;
        _p[2].Value = (int)complaint.SourceKind;
        _p[3].Value = complaint.ReceivedAt.ToUnixTimeMilliseconds();
        _p[4].Value = (int)complaint.ReceivedAt.Offset.TotalMinutes;
        _p[5].Value = receivedDate;
        _p[6].Value = (int)complaint.Channel;
        _p[7].Value = complaint.SubjectCode;
        _p[8].Value = complaint.IssueCode;
        _p[9].Value = (object?)complaint.SourceCategory ?? DBNull.Value;
        _p[10].Value = (object?)complaint.SourceIssue ?? DBNull.Value;
        _p[11].Value = (object?)complaint.ConsumerRegionCode ?? DBNull.Value;
        _p[12].Value = (object?)RegionCodes.ProvinceOf(complaint.ConsumerRegionCode) ?? DBNull.Value;
        _p[13].Value = (object?)complaint.Merchant?.Key.Value ?? DBNull.Value;
        _p[14].Value = (object?)complaint.Platform ?? DBNull.Value;
        _p[15].Value = (object?)complaint.OrderReference ?? DBNull.Value;
        _p[16].Value = complaint.Amount is { } amount ? decimal.ToInt64(decimal.Round(amount.Amount * 100m)) : DBNull.Value;
        _p[17].Value = (object?)complaint.Amount?.Currency ?? DBNull.Value;
        _p[18].Value = (object?)complaint.Narrative ?? DBNull.Value;
        _p[19].Value = complaint.PersonalDataRemoved.Total == 0 ? DBNull.Value : complaint.PersonalDataRemoved.ToString();
        _p[20].Value = (object?)complaint.ComplainantPseudonym ?? DBNull.Value;
        _p[21].Value = (int)complaint.Status;
        _p[22].Value = complaint.Outcome is { } outcome ? (int)outcome : DBNull.Value;
        _p[23].Value = (object?)likelyDuplicateOf ?? DBNull.Value;
        if (_insert.ExecuteNonQuery() == 0)
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
            _insertMerchant.Transaction = transaction;
            _m[0].Value = merchant.Key.Value;
            _m[1].Value = merchant.Name;
            _m[2].Value = (object?)merchant.RegionCode ?? DBNull.Value;
            _insertMerchant.ExecuteNonQuery();
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

    private static (SqliteCommand, SqliteParameter[]) Prepare(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameters = new SqliteParameter[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = names[i];
            command.Parameters.Add(parameters[i]);
        }

        return (command, parameters);
    }
}
