using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using RegulatorHub.Application.Audit;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly AuditEntry s_entry = new(
        7, new DateTimeOffset(2026, 4, 15, 1, 2, 3, TimeSpan.Zero).AddTicks(1234567), "acct-hz-regulator", "samr-hz", null,
        AuditAction.ComplaintViewed, "complaint:12315-zj/ZJ2026-0001", AuditOutcome.Allowed, "hotspot review", null,
        AuditChain.GenesisHash, Hash: string.Empty);

    [Fact]
    public void CanonicalBytes_Entry_AreLengthPrefixedFieldsInTheDocumentedOrder()
    {
        var bytes = AuditChain.CanonicalBytes(s_entry);

        var fields = new List<string?>();
        for (var position = 0; position < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(position));
            position += 4;
            if (length == uint.MaxValue)
            {
                fields.Add(null);
                continue;
            }

            fields.Add(Encoding.UTF8.GetString(bytes, position, (int)length));
            position += (int)length;
        }

        Assert.Equal(
            [
                "regulatorhub-audit-v1", "7", "2026-04-15T01:02:03.1234567Z", "acct-hz-regulator", "samr-hz", null,
                "ComplaintViewed", "complaint:12315-zj/ZJ2026-0001", "allowed", "hotspot review", null,
            ],
            fields);
    }

    [Fact]
    public void ComputeHash_FixedKeyAndEntry_StaysTheSameAcrossVersions()
    {
        // Computed independently (Python hmac over the documented layout). A change here breaks every stored chain.
        var hash = AuditRecords.Chain.ComputeHash(s_entry);

        Assert.Equal("0f47a26d69f32b12ad589b8f93813eb0181a2d49372fc4ff454895baa32b90df", hash);
    }

    [Fact]
    public void ComputeHash_UnderAnotherCulture_IsTheSame()
    {
        var invariant = AuditRecords.Chain.ComputeHash(s_entry);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal(invariant, AuditRecords.Chain.ComputeHash(s_entry));
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal(invariant, AuditRecords.Chain.ComputeHash(s_entry));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void ComputeHash_FieldBoundaryMoved_Differs()
    {
        var one = s_entry with { Actor = "acct-a", AgencyId = "bc" };
        var other = s_entry with { Actor = "acct-ab", AgencyId = "c" };

        Assert.NotEqual(AuditRecords.Chain.ComputeHash(one), AuditRecords.Chain.ComputeHash(other));
    }

    [Fact]
    public void ComputeHash_NullAndEmptyDetail_Differ()
    {
        Assert.NotEqual(AuditRecords.Chain.ComputeHash(s_entry), AuditRecords.Chain.ComputeHash(s_entry with { Detail = string.Empty }));
    }

    [Fact]
    public void ComputeHash_OneTickLaterOrOtherKey_Differs()
    {
        var hash = AuditRecords.Chain.ComputeHash(s_entry);

        Assert.NotEqual(hash, AuditRecords.Chain.ComputeHash(s_entry with { At = s_entry.At.AddTicks(1) }));
        Assert.NotEqual(hash, new AuditChain(new byte[32]).ComputeHash(s_entry));
        Assert.NotEqual(hash, AuditRecords.Chain.ComputeHash(s_entry with { PreviousHash = new string('1', 64) }));
    }

    [Fact]
    public void Link_RecordAtAnOffset_StoresUtcAndHashesTheInstant()
    {
        var record = AuditRecords.Make(1);

        var entry = AuditRecords.Chain.Link(1, AuditChain.GenesisHash, record);

        Assert.Equal(TimeSpan.Zero, entry.At.Offset);
        Assert.Equal(record.At.UtcTicks, entry.At.UtcTicks);
        Assert.Matches("^[0-9a-f]{64}$", entry.Hash);
        Assert.True(AuditRecords.Chain.IsConsistent(entry));
    }

    [Fact]
    public void Next_AfterHead_TakesItsSequenceAndHash()
    {
        var first = AuditRecords.Chain.Next(null, AuditRecords.Make(1));
        var second = AuditRecords.Chain.Next(new AuditHead(first.Sequence, first.Hash), AuditRecords.Make(2));

        Assert.Equal((1L, AuditChain.GenesisHash), (first.Sequence, first.PreviousHash));
        Assert.Equal((2L, first.Hash), (second.Sequence, second.PreviousHash));
    }

    [Fact]
    public void IsConsistent_HashInUpperCase_IsFalse()
    {
        var entry = AuditRecords.Chain.Link(1, AuditChain.GenesisHash, AuditRecords.Make(1));

        Assert.False(AuditRecords.Chain.IsConsistent(entry with { Hash = entry.Hash.ToUpperInvariant() }));
    }

    [Fact]
    public void Constructor_KeyShorterThan32Bytes_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AuditChain(new byte[31]));
    }

    [Theory]
    [InlineData("ComplaintViewed", AuditAction.ComplaintViewed)]
    [InlineData("complaintviewed", AuditAction.Unrecognized)]
    [InlineData("4", AuditAction.Unrecognized)]
    [InlineData("Unrecognized", AuditAction.Unrecognized)]
    [InlineData("PaymentMade", AuditAction.Unrecognized)]
    [InlineData(null, AuditAction.Unrecognized)]
    public void ParseActionName_OnlyExactMemberNames_ParseToTheMember(string? name, AuditAction expected)
    {
        Assert.Equal(expected, AuditActionName.Parse(name));
    }
}
