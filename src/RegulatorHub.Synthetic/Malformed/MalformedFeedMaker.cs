using System.Text;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Synthetic.Malformed;

/// <summary>
/// Breaks valid feed messages in realistic ways, so tests and benchmarks can check that every malformed message is
/// quarantined with a reason and none is stored. Which kind of damage a message gets cycles with its index, so
/// the mix is deterministic and covers every stage.
/// </summary>
public static class MalformedFeedMaker
{
    private static readonly MalformedKind[] s_kinds = Enum.GetValues<MalformedKind>();

    /// <summary>The kind of damage the <paramref name="index"/>-th malformed message gets.</summary>
    public static MalformedKind KindFor(int index) => s_kinds[index % s_kinds.Length];

    /// <summary>Serializes a damaged copy of <paramref name="message"/>; the original is not changed.</summary>
    public static byte[] Break(FeedMessage message, MalformedKind kind)
    {
        var copy = FeedMessageSerializer.Deserialize(FeedMessageSerializer.Serialize(message));
        switch (kind)
        {
            case MalformedKind.TruncatedJson:
                var whole = FeedMessageSerializer.Serialize(copy);
                return whole[..(whole.Length / 2)];
            case MalformedKind.UnknownProperty:
                return Splice(FeedMessageSerializer.Serialize(copy), "\"priority\":\"high\",");
            case MalformedKind.WrongType:
                return Splice(FeedMessageSerializer.Serialize(copy), "\"category\":42,", removeProperty: "category");
            case MalformedKind.MissingCaseId:
                copy.CaseId = null;
                break;
            case MalformedKind.UnknownChannel:
                copy.Channel = "carrier-pigeon";
                break;
            case MalformedKind.BadCreditCode:
                copy.Merchant ??= new FeedMerchant { Name = "无名商店" };

                copy.Merchant.CreditCode = WrongCheckCharacter("91330100MA2A0000X");
                break;
            case MalformedKind.FutureDate:
                copy.ReceivedAt = copy.ReceivedAt?.AddYears(30);
                break;
            case MalformedKind.UnmappedCategory:
                copy.Category = "不存在的类别";
                break;
            case MalformedKind.UnknownRegion:
                copy.ConsumerRegion = new FeedRegion { Province = "火星省", City = "奥林匹斯市" };
                break;
            case MalformedKind.InvalidUtf8:
                copy.CaseId = copy.CaseId + "\u0001";
                return ReplaceFirst(FeedMessageSerializer.Serialize(copy), "\\u0001"u8, [0xC3, 0x28]);
            case MalformedKind.HugeField:
                copy.Narrative = string.Concat(Enumerable.Repeat("商品质量问题。", 30_000));
                break;
            case MalformedKind.UnknownSchemaVersion:
                copy.Schema = "regulatorhub.complaint-feed/v9";
                break;
            case MalformedKind.NotAnObject:
                return "[\"complaint\"]"u8.ToArray();
            case MalformedKind.EmptyBody:
                return [];
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of damage.");
        }

        return FeedMessageSerializer.Serialize(copy);
    }

    // Swaps the first occurrence of a byte pattern: used to put bytes into the body that no serializer would write.
    private static byte[] ReplaceFirst(byte[] body, ReadOnlySpan<byte> find, byte[] replacement)
    {
        var at = body.AsSpan().IndexOf(find);
        return at < 0 ? throw new InvalidOperationException("Marker not found in the serialized message.") : [.. body[..at], .. replacement, .. body[(at + find.Length)..]];
    }

    // A structurally plausible code whose check character is deliberately not the right one.
    private static string WrongCheckCharacter(string first17)
    {
        var right = UnifiedSocialCreditCode.ComputeCheckCharacter(first17)!.Value;
        return first17 + (right == '0' ? '1' : '0');
    }

    // Inserts raw JSON right after the opening brace, optionally dropping an existing property first so the
    // message stays otherwise valid and only the intended rule fails.
    private static byte[] Splice(byte[] json, string insert, string? removeProperty = null)
    {
        var text = Encoding.UTF8.GetString(json);
        if (removeProperty is not null)
        {
            var start = text.IndexOf($"\"{removeProperty}\":\"", StringComparison.Ordinal);
            if (start >= 0)
            {
                var valueEnd = text.IndexOf('"', start + removeProperty.Length + 4);
                var end = valueEnd + 1 < text.Length && text[valueEnd + 1] == ',' ? valueEnd + 2 : valueEnd + 1;
                text = text.Remove(start, end - start);
            }
        }

        return Encoding.UTF8.GetBytes(text.Insert(1, insert));
    }
}
