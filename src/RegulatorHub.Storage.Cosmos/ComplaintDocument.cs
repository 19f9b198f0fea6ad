using RegulatorHub.Analytics.Facts;
using System.Globalization;
using System.Text.Json;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Domain.Privacy;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// A complaint as a JSON document in the <c>complaints</c> container, written and read with System.Text.Json's
/// writer and reader directly: no reflection on the hot path, and the property names stay short because every byte
/// is stored and billed.
/// </summary>
internal static class ComplaintDocument
{
    /// <summary>What the store adds to a complaint's own fields.</summary>
    /// <param name="Bucket">Second component of the hierarchical partition key.</param>
    /// <param name="Sequence">Store-order number.</param>
    /// <param name="LikelyDuplicateOf">Number of an earlier complaint with the same complainant, merchant and day.</param>
    /// <param name="WriteId">Unique per store call: tells our own earlier attempt from someone else's after a lost answer.</param>
    public readonly record struct StoreFields(string Bucket, long Sequence, long? LikelyDuplicateOf, string WriteId);

    public static MemoryStream Write(Complaint c, StoreFields fields)
    {
        var stream = new MemoryStream(1024);
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteString("id", CosmosKeys.ToId(c.SourceCaseId));
        w.WriteString("source", c.Source);
        w.WriteString("bucket", fields.Bucket);
        w.WriteString("caseId", c.SourceCaseId);
        w.WriteNumber("seq", fields.Sequence);
        w.WriteString("writeId", fields.WriteId);
        w.WriteNumber("kind", (int)c.SourceKind);
        w.WriteString("at", c.ReceivedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
        w.WriteString("date", c.ReceivedDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteNumber("channel", (int)c.Channel);
        w.WriteString("subject", c.SubjectCode);
        w.WriteString("issue", c.IssueCode);
        WriteOptional(w, "sourceCategory", c.SourceCategory);
        WriteOptional(w, "sourceIssue", c.SourceIssue);
        WriteOptional(w, "region", c.ConsumerRegionCode);
        if (c.Merchant is { } merchant)
        {
            w.WriteStartObject("merchant");
            w.WriteString("key", merchant.Key.Value);
            w.WriteString("name", merchant.Name);
            WriteOptional(w, "region", merchant.RegionCode);
            w.WriteEndObject();
        }

        WriteOptional(w, "platform", c.Platform);
        WriteOptional(w, "order", c.OrderReference);
        if (c.Amount is { } amount)
        {
            // Minor units as an integer: JSON numbers are doubles to many readers, money must not be.
            w.WriteNumber("amountMinor", decimal.ToInt64(decimal.Round(amount.Amount * 100m)));
            w.WriteString("currency", amount.Currency);
        }

        WriteOptional(w, "narrative", c.Narrative);
        if (c.PersonalDataRemoved.Total > 0)
        {
            w.WriteString("removed", c.PersonalDataRemoved.ToString());
        }

        WriteOptional(w, "complainant", c.ComplainantPseudonym);
        w.WriteNumber("status", (int)c.Status);
        if (c.Outcome is { } outcome)
        {
            w.WriteNumber("outcome", (int)outcome);
        }

        if (fields.LikelyDuplicateOf is { } duplicateOf)
        {
            w.WriteNumber("likelyDuplicateOf", duplicateOf);
        }

        w.WriteEndObject();
        w.Flush();
        stream.Position = 0;
        return stream;
    }

    public static Complaint ReadComplaint(JsonElement d)
    {
        MerchantRef? merchant = null;
        if (d.TryGetProperty("merchant", out var m) && m.ValueKind == JsonValueKind.Object)
        {
            merchant = new MerchantRef(MerchantKey.Parse(m.GetProperty("key").GetString()!), m.GetProperty("name").GetString()!, Optional(m, "region"));
        }

        return new Complaint
        {
            Source = d.GetProperty("source").GetString()!,
            SourceCaseId = d.GetProperty("caseId").GetString()!,
            SourceKind = (SourceKind)d.GetProperty("kind").GetInt32(),
            ReceivedAt = DateTimeOffset.ParseExact(d.GetProperty("at").GetString()!, "yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            Channel = (ComplaintChannel)d.GetProperty("channel").GetInt32(),
            SubjectCode = d.GetProperty("subject").GetString()!,
            IssueCode = d.GetProperty("issue").GetString()!,
            SourceCategory = Optional(d, "sourceCategory"),
            SourceIssue = Optional(d, "sourceIssue"),
            ConsumerRegionCode = Optional(d, "region"),
            Merchant = merchant,
            Platform = Optional(d, "platform"),
            OrderReference = Optional(d, "order"),
            Amount = d.TryGetProperty("amountMinor", out var minor) ? new Money(minor.GetInt64() / 100m, d.GetProperty("currency").GetString()!) : null,
            Narrative = Optional(d, "narrative"),
            PersonalDataRemoved = PersonalDataCounts.Parse(Optional(d, "removed")),
            ComplainantPseudonym = Optional(d, "complainant"),
            Status = (ComplaintStatus)d.GetProperty("status").GetInt32(),
            Outcome = d.TryGetProperty("outcome", out var outcome) ? (ComplaintOutcome)outcome.GetInt32() : null,
        };
    }

    /// <summary>The analytics dimensions of a stored complaint document (the narrative is never read).</summary>
    public static ComplaintFact ReadFact(JsonElement d)
    {
        string? merchantKey = null;
        string? merchantName = null;
        if (d.TryGetProperty("merchant", out var m) && m.ValueKind == JsonValueKind.Object)
        {
            merchantKey = m.GetProperty("key").GetString();
            merchantName = Optional(m, "name");
        }

        return new ComplaintFact(
            DateOnly.ParseExact(d.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            d.GetProperty("subject").GetString()!,
            d.GetProperty("issue").GetString()!,
            Optional(d, "region"),
            merchantKey,
            merchantName,
            Optional(d, "platform"),
            (ComplaintChannel)d.GetProperty("channel").GetInt32(),
            d.GetProperty("source").GetString()!,
            Optional(d, "complainant"));
    }

    public static string? WriteIdOf(JsonElement d) => Optional(d, "writeId");

    public static long? LikelyDuplicateOf(JsonElement d) => d.TryGetProperty("likelyDuplicateOf", out var v) ? v.GetInt64() : null;

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
