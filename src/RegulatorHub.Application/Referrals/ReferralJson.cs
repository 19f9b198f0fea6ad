using System.Globalization;
using System.Text.Json;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Application.Referrals;

/// <summary>
/// The JSON form of referrals, shared by the stores and the bus so a referral means the same everywhere: schema
/// <c>referral-event/v1</c> (described in the README's Referrals section).
/// </summary>
/// <remarks>
/// <para>Enumerations are written by name; instants as ISO 8601 with their offset; days as <c>yyyy-MM-dd</c>; the
/// amount as a JSON number. Properties a reader does not know are ignored, so a later minor version may add some;
/// a breaking change gets a new schema name.</para>
/// <para>Reading checks every property's presence and type and throws <see cref="ReferralFormatException"/> naming its
/// path, then rebuilds the referral with <see cref="Referral.Rehydrate"/>, which throws
/// <see cref="InvalidDataException"/> for a history the rules could not have produced.</para>
/// </remarks>
public static class ReferralJson
{
    /// <summary>Serializes a bus message to UTF-8 JSON.</summary>
    public static byte[] SerializeMessage(ReferralEventMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", ReferralEventMessage.Schema);
            writer.WriteString("origin", message.OriginInstance);
            writer.WritePropertyName("referral");
            WriteReferral(writer, message.Referral);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a bus message.</summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    /// <exception cref="ReferralFormatException">The JSON is not of the schema's shape, or names another schema.</exception>
    /// <exception cref="InvalidDataException">The referral's history is inconsistent.</exception>
    public static ReferralEventMessage DeserializeMessage(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        var root = document.RootElement;
        RequireKind(root, JsonValueKind.Object, "$");
        var schema = RequiredString(root, "schema", "$");
        if (schema != ReferralEventMessage.Schema)
        {
            throw new ReferralFormatException("$.schema", $"schema '{Truncate(schema)}' is not supported; this build reads {ReferralEventMessage.Schema}.");
        }

        var origin = RequiredString(root, "origin", "$");
        var referral = ReadReferral(Required(root, "referral", "$"), "$.referral");
        return new ReferralEventMessage(origin, referral);
    }

    /// <summary>Writes <paramref name="referral"/> as one JSON object.</summary>
    public static void WriteReferral(Utf8JsonWriter writer, StoredReferral referral)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(referral);
        var r = referral.Referral;
        writer.WriteStartObject();
        writer.WriteString("id", r.Id.ToString("D", CultureInfo.InvariantCulture));
        writer.WriteStartObject("complaint");
        writer.WriteString("source", r.Complaint.Source);
        writer.WriteString("caseId", r.Complaint.SourceCaseId);
        writer.WriteEndObject();
        WriteOptional(writer, "merchantKey", r.MerchantKey);
        writer.WriteString("from", r.FromAgencyId);
        writer.WriteString("to", r.ToAgencyId);
        writer.WriteString("originInstance", referral.OriginInstance);
        writer.WritePropertyName("events");
        WriteEvents(writer, r.Events);
        writer.WritePropertyName("snapshot");
        WriteSnapshot(writer, referral.Snapshot);
        writer.WriteEndObject();
    }

    /// <summary>Reads a referral object written by <see cref="WriteReferral"/>.</summary>
    /// <param name="element">The object.</param>
    /// <param name="path">Its JSON path, for error messages.</param>
    /// <exception cref="ReferralFormatException">A property is missing or of the wrong type.</exception>
    /// <exception cref="InvalidDataException">The history is inconsistent.</exception>
    public static StoredReferral ReadReferral(JsonElement element, string path = "$")
    {
        RequireKind(element, JsonValueKind.Object, path);
        var idText = RequiredString(element, "id", path);
        if (!Guid.TryParseExact(idText, "D", out var id))
        {
            throw new ReferralFormatException(path + ".id", "must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");
        }

        var complaintElement = Required(element, "complaint", path);
        RequireKind(complaintElement, JsonValueKind.Object, path + ".complaint");
        var complaint = new ComplaintReference(
            RequiredString(complaintElement, "source", path + ".complaint"),
            RequiredString(complaintElement, "caseId", path + ".complaint"));
        var merchantKey = OptionalString(element, "merchantKey", path);
        var from = RequiredString(element, "from", path);
        var to = RequiredString(element, "to", path);
        var origin = RequiredString(element, "originInstance", path);
        var events = ReadEvents(Required(element, "events", path), path + ".events");
        var snapshot = ReadSnapshot(Required(element, "snapshot", path), path + ".snapshot");
        var referral = Referral.Rehydrate(id, complaint, merchantKey, from, to, events);
        return new StoredReferral(referral, snapshot, origin);
    }

    /// <summary>Writes a history as a JSON array.</summary>
    public static void WriteEvents(Utf8JsonWriter writer, IReadOnlyList<ReferralEvent> events)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        writer.WriteStartArray();
        foreach (var e in events)
        {
            writer.WriteStartObject();
            writer.WriteNumber("seq", e.Sequence);
            writer.WriteString("action", e.Action.ToString());
            writer.WriteString("userId", e.Actor.UserId);
            writer.WriteString("agencyId", e.Actor.AgencyId);
            writer.WriteString("at", e.At);
            WriteOptional(writer, "note", e.Note);
            WriteOptional(writer, "outcome", e.Outcome?.ToString());
            writer.WriteString("stateAfter", e.StateAfter.ToString());
            WriteOptional(writer, "dueBy", e.DueBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads a history written by <see cref="WriteEvents"/> (shape only; the rules are checked by rehydration).</summary>
    /// <exception cref="ReferralFormatException">An event is missing a property or has one of the wrong type.</exception>
    public static IReadOnlyList<ReferralEvent> ReadEvents(JsonElement array, string path = "$")
    {
        RequireKind(array, JsonValueKind.Array, path);
        var events = new List<ReferralEvent>(array.GetArrayLength());
        var i = 0;
        foreach (var e in array.EnumerateArray())
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            RequireKind(e, JsonValueKind.Object, at);
            var seqElement = Required(e, "seq", at);
            if (seqElement.ValueKind != JsonValueKind.Number || !seqElement.TryGetInt32(out var sequence) || sequence < 1)
            {
                throw new ReferralFormatException(at + ".seq", "must be a whole number from 1.");
            }

            var actor = new ReferralActor(RequiredString(e, "userId", at), RequiredString(e, "agencyId", at));
            var outcome = OptionalString(e, "outcome", at) is { } outcomeText ? ParseEnum<ReferralOutcome>(outcomeText, at + ".outcome") : (ReferralOutcome?)null;
            var dueText = OptionalString(e, "dueBy", at);
            DateOnly? dueBy = null;
            if (dueText is not null)
            {
                dueBy = DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
                    ? due
                    : throw new ReferralFormatException(at + ".dueBy", "must be a day as yyyy-MM-dd.");
            }

            events.Add(new ReferralEvent(
                sequence,
                ParseEnum<ReferralAction>(RequiredString(e, "action", at), at + ".action"),
                actor,
                RequiredInstant(e, "at", at),
                OptionalString(e, "note", at),
                outcome,
                ParseEnum<ReferralState>(RequiredString(e, "stateAfter", at), at + ".stateAfter"),
                dueBy));
            i++;
        }

        return events;
    }

    /// <summary>Writes a complaint snapshot as one JSON object.</summary>
    public static void WriteSnapshot(Utf8JsonWriter writer, ReferralComplaintSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(snapshot);
        writer.WriteStartObject();
        writer.WriteString("receivedAt", snapshot.ReceivedAt);
        writer.WriteString("subject", snapshot.SubjectCode);
        writer.WriteString("issue", snapshot.IssueCode);
        WriteOptional(writer, "consumerRegion", snapshot.ConsumerRegionCode);
        WriteOptional(writer, "merchantKey", snapshot.MerchantKey);
        WriteOptional(writer, "merchantName", snapshot.MerchantName);
        WriteOptional(writer, "merchantRegion", snapshot.MerchantRegionCode);
        WriteOptional(writer, "platform", snapshot.Platform);
        writer.WriteString("channel", snapshot.Channel.ToString());
        WriteOptional(writer, "narrative", snapshot.Narrative);
        if (snapshot.Amount is { } amount)
        {
            writer.WriteStartObject("amount");
            writer.WriteNumber("value", amount.Amount);
            writer.WriteString("currency", amount.Currency);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads a snapshot written by <see cref="WriteSnapshot"/>.</summary>
    /// <exception cref="ReferralFormatException">A property is missing or of the wrong type.</exception>
    public static ReferralComplaintSnapshot ReadSnapshot(JsonElement element, string path = "$")
    {
        RequireKind(element, JsonValueKind.Object, path);
        Money? amount = null;
        if (element.TryGetProperty("amount", out var amountElement) && amountElement.ValueKind != JsonValueKind.Null)
        {
            RequireKind(amountElement, JsonValueKind.Object, path + ".amount");
            var value = Required(amountElement, "value", path + ".amount");
            var currency = RequiredString(amountElement, "currency", path + ".amount");
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number) || number < 0)
            {
                throw new ReferralFormatException(path + ".amount.value", "must be a number of at least 0.");
            }

            if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
            {
                throw new ReferralFormatException(path + ".amount.currency", "must be a three-letter upper-case ISO 4217 code.");
            }

            amount = new Money(number, currency);
        }

        return new ReferralComplaintSnapshot(
            RequiredInstant(element, "receivedAt", path),
            RequiredString(element, "subject", path),
            RequiredString(element, "issue", path),
            OptionalString(element, "consumerRegion", path),
            OptionalString(element, "merchantKey", path),
            OptionalString(element, "merchantName", path),
            OptionalString(element, "merchantRegion", path),
            OptionalString(element, "platform", path),
            ParseEnum<ComplaintChannel>(RequiredString(element, "channel", path), path + ".channel"),
            OptionalString(element, "narrative", path),
            amount);
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static JsonElement Required(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new ReferralFormatException($"{path}.{name}", "is required.");

    private static string RequiredString(JsonElement parent, string name, string path)
    {
        var value = Required(parent, name, path);
        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw new ReferralFormatException($"{path}.{name}", "must be a non-empty string.");
    }

    private static string? OptionalString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new ReferralFormatException($"{path}.{name}", "must be a string or null.");
    }

    private static DateTimeOffset RequiredInstant(JsonElement parent, string name, string path)
    {
        var value = Required(parent, name, path);
        return value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var instant)
            ? instant
            : throw new ReferralFormatException($"{path}.{name}", "must be an ISO 8601 date and time with offset.");
    }

    private static T ParseEnum<T>(string text, string path)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text[0])
            ? value
            : throw new ReferralFormatException(path, $"must be one of {string.Join(", ", Enum.GetNames<T>())}.");

    private static void RequireKind(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind != kind)
        {
            throw new ReferralFormatException(path, $"must be a JSON {(kind == JsonValueKind.Array ? "array" : "object")}.");
        }
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
