using System.Text;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Analytics.Tests.Application.Storage;

public sealed class ComplaintExportBatchTests
{
    [Fact]
    public void Add_RowsWithAndWithoutOptionalParts_ReadBackEqual()
    {
        using var batch = new ComplaintExportBatch();
        var full = Row("买到过期食品，商家拒绝退款。");
        var sparse = Row(null) with
        {
            ConsumerRegionCode = null, MerchantKey = null, MerchantName = null, MerchantRegionCode = null, Platform = null,
            Amount = null, Outcome = null, PersonalDataRemoved = null,
        };

        batch.Add(full);
        batch.Add(sparse);

        Assert.Equal(2, batch.Count);
        Assert.Equal(full, batch.ToRow(0));
        Assert.Equal(sparse, batch.ToRow(1));
    }

    [Fact]
    public void Text_EmptyAndAbsent_AreTwoThings()
    {
        using var batch = new ComplaintExportBatch();
        batch.Add(Row(string.Empty) with { Platform = null });

        Assert.False(batch.IsNull(0, ComplaintExportText.Narrative));
        Assert.Equal(string.Empty, batch.ToRow(0).Narrative);
        Assert.True(batch.IsNull(0, ComplaintExportText.Platform));
        Assert.Null(batch.ToRow(0).Platform);
        Assert.True(batch.Text(0, ComplaintExportText.Platform).IsEmpty);
    }

    [Fact]
    public void AddText_Utf8Bytes_AreCopiedNotReferenced()
    {
        using var batch = new ComplaintExportBatch();
        var narrative = Encoding.UTF8.GetBytes("原文");
        batch.StartRow(Values());
        foreach (var field in Enum.GetValues<ComplaintExportText>())
        {
            if (field == ComplaintExportText.Narrative)
            {
                batch.AddText(narrative);
            }
            else
            {
                batch.AddText("x");
            }
        }

        narrative.AsSpan().Clear();

        Assert.Equal("原文", Encoding.UTF8.GetString(batch.Text(0, ComplaintExportText.Narrative)));
    }

    [Fact]
    public void Add_ManyLongRows_GrowsBeyondItsFirstBuffersWithoutLosingAny()
    {
        using var batch = new ComplaintExportBatch();
        var rows = Enumerable.Range(0, 700).Select(i => Row(new string('文', 200 + i)) with { SourceCaseId = $"C-{i}" }).ToList();

        rows.ForEach(batch.Add);

        Assert.Equal(700, batch.Count);
        Assert.Equal(rows, Enumerable.Range(0, batch.Count).Select(batch.ToRow));
        Assert.True(batch.TextBytes > 64 * 1024);
    }

    [Fact]
    public void StartRow_PreviousRowIncomplete_Throws()
    {
        using var batch = new ComplaintExportBatch();
        batch.StartRow(Values());
        batch.AddText("12315-zj");

        var error = Assert.Throws<InvalidOperationException>(() => batch.StartRow(Values()));

        Assert.Contains(nameof(ComplaintExportText.SourceCaseId), error.Message, StringComparison.Ordinal);
        Assert.Equal(0, batch.Count);
    }

    [Fact]
    public void AddText_NoRowOpen_Throws()
    {
        using var batch = new ComplaintExportBatch();

        Assert.Throws<InvalidOperationException>(() => batch.AddText("x"));
        Assert.Throws<InvalidOperationException>(batch.AddNull);
    }

    [Fact]
    public void Read_RowOutOfRangeOrDisposed_Throws()
    {
        var batch = new ComplaintExportBatch();
        batch.Add(Row("x"));

        Assert.Throws<ArgumentOutOfRangeException>(() => batch.ToRow(1));
        batch.Dispose();
        batch.Dispose();
        Assert.Throws<ObjectDisposedException>(() => batch.ToRow(0));
    }

    private static ComplaintExportValues Values() =>
        new(new DateTimeOffset(2026, 3, 9, 23, 30, 15, TimeSpan.FromHours(8)), new DateOnly(2026, 3, 9), ComplaintChannel.Phone, null, ComplaintStatus.Received, null);

    private static ComplaintExportRow Row(string? narrative) => new(
        "12315-zj", "ZJ-1", new DateTimeOffset(2026, 3, 9, 23, 30, 15, 120, TimeSpan.FromHours(8)), new DateOnly(2026, 3, 9), ComplaintChannel.WeChat,
        "goods.food", "quality", "330106", "m:hz-food", "杭州某某食品有限公司", "330100", "tiangou", new Money(88.5m, "CNY"),
        ComplaintStatus.Closed, ComplaintOutcome.AgreementReached, narrative, "mobile:1");
}
