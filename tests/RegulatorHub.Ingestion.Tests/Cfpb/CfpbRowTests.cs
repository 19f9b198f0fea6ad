using System.Text;
using RegulatorHub.Ingestion.Sources.Cfpb;
using static RegulatorHub.Ingestion.Tests.Cfpb.CfpbTestData;

namespace RegulatorHub.Ingestion.Tests.Cfpb;

public sealed class CfpbRowTests
{
    [Fact]
    public async Task ReadAsync_BrokenRowsAfterMultiLineNarrative_ReportedByPhysicalLineAndGoodRowsKept()
    {
        var text = File(
            Header18,                                                            // line 1
            Row18(id: "1", narrative: "First line of the story\nsecond line\nthird line"), // lines 2-4
            Row18(id: ""),                                                       // line 5
            Row18(id: "3"),                                                      // line 6
            Line("2023-07-10", "Mortgage", "too", "few", "fields"),            // line 7
            Row18(id: "5", state: "ZZ"),                                         // line 8
            Row18(id: "6", received: "2023-13-45"),                              // line 9
            Row18(id: "7", product: " "),                                        // line 10
            Row18(id: "8", issue: string.Empty),                                 // line 11
            Row18(id: "9", narrative: "two\r\nlines"),                           // lines 12-13
            Row18(id: "A10"),                                                    // line 14
            Row18(id: "11"));                                                    // line 15

        var (_, rows) = await ReadAllAsync(text);

        Assert.Equal(11, rows.Count);
        Assert.Equal(["1", "3", "9", "11"], rows.Where(r => !r.IsRejected).Select(r => r.Complaint!.SourceCaseId));
        Assert.Equal([2L, 6L, 12L, 15L], rows.Where(r => !r.IsRejected).Select(r => r.LineNumber));
        var rejections = rows.Where(r => r.IsRejected).Select(r => r.Rejection!).ToList();
        Assert.Equal(
            [
                (5L, "Complaint ID"),
                (7L, CfpbRowRejection.WholeRow),
                (8L, "State"),
                (9L, "Date received"),
                (10L, "Product"),
                (11L, "Issue"),
                (14L, "Complaint ID"),
            ],
            rejections.Select(r => (r.LineNumber, r.Field)));
        Assert.Contains("empty", rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("wrong number of fields: 5 where the header has 18", rejections[1].Reason, StringComparison.Ordinal);
        Assert.Contains("state", rejections[2].Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("not a number", rejections[6].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_EveryDataRow_EndsUpAsComplaintOrRejection()
    {
        var lines = new List<string> { Header12 };
        for (var i = 0; i < 2500; i++)
        {
            lines.Add(i % 7 == 0 ? Row12(id: string.Empty) : Row12(id: (10_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var (_, rows) = await ReadAllAsync(File([.. lines]), new CfpbImportOptions { DateScanRows = 1000 });

        Assert.Equal(2500, rows.Count);
        Assert.Equal(Enumerable.Range(2, 2500).Select(i => (long)i), rows.Select(r => r.LineNumber));
        Assert.Equal(Enumerable.Range(0, 2500).Count(i => i % 7 == 0), rows.Count(r => r.IsRejected));
    }

    [Fact]
    public async Task ReadAsync_BlankLinesBetweenRows_SkippedButCountedInLineNumbers()
    {
        var text = Header12 + "\n\n" + Row12(id: "1") + "\n\n\n" + Row12(id: "") + "\n";

        var (_, rows) = await ReadAllAsync(text);

        Assert.Equal(2, rows.Count);
        Assert.Equal(3, rows[0].LineNumber);
        Assert.Equal(6, rows[1].LineNumber);
        Assert.True(rows[1].IsRejected);
    }

    [Fact]
    public async Task ReadAsync_TextAfterClosingQuote_RejectsRowAsMalformed()
    {
        var bad = Row12(id: "2").Replace("Mortgage,", "\"Mortgage\"x,", StringComparison.Ordinal);
        var text = File(Header12, Row12(id: "1"), bad, Row12(id: "3"));

        var (_, rows) = await ReadAllAsync(text);

        Assert.Equal(3, rows.Count);
        var rejected = Assert.Single(rows, r => r.IsRejected);
        Assert.Equal(3, rejected.LineNumber);
        Assert.Equal(CfpbRowRejection.WholeRow, rejected.Rejection!.Field);
        Assert.Contains("quot", rejected.Rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_QuoteNeverClosedNearEnd_RejectsThatRow()
    {
        var text = File(Header12, Row12(id: "1"), "2,Web,2021-10-24,2021-10-27,NY,\"Mortgage,x", Row12(id: "3"));

        var (_, rows) = await ReadAllAsync(text);

        Assert.Equal(2, rows.Count);
        Assert.False(rows[0].IsRejected);
        Assert.Equal(3, rows[1].LineNumber);
        Assert.Contains("never closed", rows[1].Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_QuoteNeverClosedInHugeFile_RefusedAsOversized()
    {
        var builder = new StringBuilder();
        builder.Append(Header12).Append('\n').Append(Row12(id: "1")).Append('\n');
        builder.Append("2,Web,2021-10-24,2021-10-27,NY,\"Mortgage,x\n");
        for (var i = 0; i < 20_000; i++)
        {
            builder.Append(Row12(id: "9")).Append('\n');
        }

        using var stream = ToStream(builder.ToString());
        var ex = await Assert.ThrowsAsync<CfpbFormatException>(async () =>
        {
            await foreach (var row in CfpbCsvReader.ReadAsync(stream, new CfpbImportOptions { MaxRecordBytes = 64 * 1024 }))
            {
                Assert.NotNull(row);
            }
        });

        Assert.Equal(CfpbRefusalReason.OversizedRecord, ex.Reason);
        Assert.Equal(3, ex.LineNumber);
    }

    [Fact]
    public async Task ReadAsync_RejectionReasons_NeverEchoFieldValues()
    {
        var text = File(
            Header18,
            Row18(id: "", narrative: "My SSN is XXX-XX-1234 SECRETNARRATIVE"),
            Row18(id: "2", state: "SECRETSTATE", narrative: "SECRETNARRATIVE"),
            Row18(id: "3", received: "2023-99-99", narrative: "SECRETNARRATIVE"),
            Row18(id: "SECRETID"));

        var (_, rows) = await ReadAllAsync(text);

        Assert.Equal(4, rows.Count(r => r.IsRejected));
        Assert.All(rows, r => Assert.DoesNotContain("SECRET", r.Rejection!.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadRowsAsync_SecondEnumeration_Throws()
    {
        using var stream = ToStream(File(Header12, Row12()));
        await using var reader = await CfpbCsvReader.OpenAsync(stream);
        await foreach (var row in reader.ReadRowsAsync())
        {
            Assert.False(row.IsRejected);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var row in reader.ReadRowsAsync())
            {
                Assert.NotNull(row);
            }
        });
    }

    [Fact]
    public async Task ReadAsync_GzipInput_DetectedFromContent()
    {
        var (layout, rows) = await ReadAllAsync(File(Header12, Row12(id: "1"), Row12(id: "2")), gzip: true);

        Assert.Equal(CfpbVintage.Extract12, layout.Vintage);
        Assert.Equal(2, rows.Count(r => !r.IsRejected));
    }

    [Fact]
    public async Task ReadAsync_NonSeekableStream_Read()
    {
        var bytes = Encoding.UTF8.GetBytes(File(Header12, Row12()));
        using var stream = new ForwardOnlyStream(bytes);

        var rows = new List<CfpbRowResult>();
        await foreach (var row in CfpbCsvReader.ReadAsync(stream))
        {
            rows.Add(row);
        }

        Assert.False(Assert.Single(rows).IsRejected);
    }

    [Fact]
    public async Task ReadAsync_CallerStream_LeftOpen()
    {
        using var stream = ToStream(File(Header12, Row12()), gzip: true);
        await foreach (var row in CfpbCsvReader.ReadAsync(stream))
        {
            Assert.False(row.IsRejected);
        }

        Assert.True(stream.CanRead);
    }

    /// <summary>A stream that cannot seek, like stdin or a network download.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
