using System.Runtime.CompilerServices;
using System.Text;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Exports.Complaints;

namespace RegulatorHub.Exports.Tests.Complaints;

public sealed class ComplaintCsvWriterTests
{
    private static readonly ComplaintExportHeader s_header = new(
        "zj-amr", "region=330000; from=2026-03-01", 4711, new DateTimeOffset(2026, 3, 10, 8, 5, 0, TimeSpan.Zero), "1.2.3+abc");

    [Fact]
    public async Task Write_FewRows_MatchesTheGoldenFileByteForByte()
    {
        using var output = new MemoryStream();

        var rows = await new ComplaintCsvWriter().WriteAsync(output, s_header, Batched(Rows()), CancellationToken.None);

        if (Environment.GetEnvironmentVariable("REGULATORHUB_GOLDEN_OUT") is { Length: > 0 } folder)
        {
            // Regenerating on purpose: write what this build produces, to be reviewed and copied over the golden file.
            await File.WriteAllBytesAsync(Path.Combine(folder, "complaints.csv"), output.ToArray());
        }

        var golden = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Complaints", "Golden", "complaints.csv"));
        Assert.Equal(3, rows);
        Assert.Equal(Encoding.UTF8.GetString(golden), Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(golden, output.ToArray());
    }

    [Fact]
    public async Task Write_Always_StartsWithTheUtf8ByteOrderMarkThenCommentLines()
    {
        using var output = new MemoryStream();

        await new ComplaintCsvWriter().WriteAsync(output, s_header, Batched(Rows()), CancellationToken.None);

        var bytes = output.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("# export: complaints", lines[0]);
        Assert.Contains("# agency: zj-amr", lines);
        Assert.Contains("# generated_at: 2026-03-10T08:05:00Z", lines);
        Assert.Contains("# data_watermark: 4711", lines);
        Assert.Contains("# software_version: 1.2.3+abc", lines);
        Assert.Equal(string.Join(',', ComplaintCsvWriter.Columns), lines.First(l => !l.StartsWith('#')));
    }

    [Fact]
    public async Task Write_FormulaLikeText_IsNeutralizedInEveryTextColumn()
    {
        using var output = new MemoryStream();
        var row = Row("=1+1") with { MerchantName = "@SUM(A1)", Platform = "+cmd", Narrative = "-2+3", SourceCaseId = "=CASE" };

        await new ComplaintCsvWriter().WriteAsync(output, s_header, Batched(Of(row)), CancellationToken.None);

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("'@SUM(A1)", text, StringComparison.Ordinal);
        Assert.Contains("'+cmd", text, StringComparison.Ordinal);
        Assert.Contains("'-2+3", text, StringComparison.Ordinal);
        Assert.Contains("'=CASE", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",@", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_NewlineInTheFilter_StaysOneCommentLine()
    {
        using var output = new MemoryStream();

        await new ComplaintCsvWriter().WriteAsync(output, s_header with { Filter = "region=330000\nx,y" }, Batched(Of()), CancellationToken.None);

        var lines = Encoding.UTF8.GetString(output.ToArray()[3..]).Split("\r\n");
        Assert.Contains("# filter: region=330000 x,y", lines);
        Assert.Equal(0, new ComplaintCsvWriter().RowsWritten);
    }

    [Fact]
    public async Task Write_SourceFailsMidway_RowsWrittenTellsHowFarItGot()
    {
        using var output = new MemoryStream();
        var writer = new ComplaintCsvWriter();

        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(output, s_header, Batched(FailingAfter(2)), CancellationToken.None));

        Assert.Equal(2, writer.RowsWritten);
    }

    [Fact]
    public void DescribeFilter_EveryPart_InAFixedOrder()
    {
        var query = new ComplaintExportQuery(["330000", "310101"], new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), "goods.food", "m:abc");

        Assert.Equal("region=330000,310101; from=2026-01-01; to=2026-01-31; category=goods.food; merchant=m:abc", ComplaintCsvWriter.DescribeFilter(query));
        Assert.Equal("region=330100", ComplaintCsvWriter.DescribeFilter(new ComplaintExportQuery(["330100"])));
    }

    // Two rows per batch, so a file crosses batches as an export does.
    private static async IAsyncEnumerable<ComplaintExportBatch> Batched(IAsyncEnumerable<ComplaintExportRow> rows)
    {
        var batch = new ComplaintExportBatch();
        await foreach (var row in rows)
        {
            batch.Add(row);
            if (batch.Count == 2)
            {
                yield return batch;
                batch = new ComplaintExportBatch();
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private static async IAsyncEnumerable<ComplaintExportRow> Rows()
    {
        await Task.Yield();
        yield return Row("买到过期食品，商家拒绝退款。");
        yield return Row("He said \"no refund\", then hung up.\r\nSecond line, with a comma") with
        {
            SourceCaseId = "ZJ-2", Channel = ComplaintChannel.WeChat, Outcome = null, Status = ComplaintStatus.InMediation, Amount = null,
        };
        yield return Row("=HYPERLINK(\"http://evil\")") with
        {
            SourceCaseId = "ZJ-3", MerchantKey = null, MerchantName = null, MerchantRegionCode = null, Platform = null,
            ConsumerRegionCode = null, PersonalDataRemoved = null, ReceivedAt = new DateTimeOffset(2026, 3, 1, 0, 0, 0, 123, TimeSpan.FromHours(-5)),
        };
    }

    private static async IAsyncEnumerable<ComplaintExportRow> FailingAfter(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return Row("ok");
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException("The store went away.");
    }

    private static async IAsyncEnumerable<ComplaintExportRow> Of(params ComplaintExportRow[] rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    private static ComplaintExportRow Row(string narrative) => new(
        "12315-zj", "ZJ-1", new DateTimeOffset(2026, 3, 9, 23, 30, 15, TimeSpan.FromHours(8)), new DateOnly(2026, 3, 9), ComplaintChannel.Phone,
        "goods.food", "quality", "330106", "m:hz-food", "杭州某某食品有限公司", "330100", "tiangou", new Money(88.5m, "CNY"),
        ComplaintStatus.Closed, ComplaintOutcome.AgreementReached, narrative, "mobile:1");
}
