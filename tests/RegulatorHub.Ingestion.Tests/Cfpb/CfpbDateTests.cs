using RegulatorHub.Ingestion.Sources.Cfpb;
using static RegulatorHub.Ingestion.Tests.Cfpb.CfpbTestData;

namespace RegulatorHub.Ingestion.Tests.Cfpb;

public sealed class CfpbDateTests
{
    [Theory]
    [InlineData("2021-10-27", "2021-10-24", CfpbDateFormat.IsoDate)]
    [InlineData("2021-10-27T12:00:00-05:00", "2021-10-24T00:00:00-05:00", CfpbDateFormat.IsoDate)]
    [InlineData("2021-10-27 00:00:00", "2021-10-24", CfpbDateFormat.IsoDate)]
    [InlineData("10/27/2021", "10/24/2021", CfpbDateFormat.MonthDayYearSlashed)]
    [InlineData("27-10-2021", "24-10-2021", CfpbDateFormat.DayMonthYearDashed)]
    public async Task ReadAsync_EachDateFormat_KeepsTheCalendarDate(string received, string submitted, CfpbDateFormat expected)
    {
        var (layout, rows) = await ReadAllAsync(File(Header12, Row12(received: received, submitted: submitted)));

        Assert.Equal(expected, layout.DateFormat);
        var complaint = Assert.Single(rows).Complaint!;
        Assert.Equal(new DateOnly(2021, 10, 27), complaint.ReceivedDate);
        Assert.Equal(new DateTimeOffset(2021, 10, 27, 0, 0, 0, TimeSpan.FromHours(-5)), complaint.ReceivedAt);
    }

    [Fact]
    public async Task ReadAsync_SlashedDatesAllBelowThirteen_ReadMonthFirst()
    {
        var (layout, rows) = await ReadAllAsync(File(Header12, Row12(received: "03/04/2021", submitted: "3/4/2021")));

        Assert.Equal(CfpbDateFormat.MonthDayYearSlashed, layout.DateFormat);
        Assert.Equal(new DateOnly(2021, 3, 4), Assert.Single(rows).Complaint!.ReceivedDate);
    }

    [Fact]
    public async Task ReadAsync_SlashedDateWithFirstPartAboveTwelve_RefusedAsAmbiguous()
    {
        var text = File(
            Header12,
            Row12(id: "1", received: "10/05/2021", submitted: "10/05/2021"),
            Row12(id: "2", received: "13/05/2021", submitted: "10/05/2021"));

        var ex = await RefusedAsync(text);

        Assert.Equal(CfpbRefusalReason.AmbiguousDates, ex.Reason);
        Assert.Equal("Date received", ex.Column);
        Assert.Equal(3, ex.LineNumber);
        Assert.Contains("mm/dd/yyyy", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_DashedDateWithSecondPartAboveTwelve_RefusedAsAmbiguous()
    {
        var text = File(Header12, Row12(received: "05-13-2021", submitted: "05-12-2021"));

        var ex = await RefusedAsync(text);

        Assert.Equal(CfpbRefusalReason.AmbiguousDates, ex.Reason);
        Assert.Contains("dd-mm-yyyy", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_IsoAndSlashedRows_RefusedAsMixed()
    {
        var text = File(
            Header12,
            Row12(id: "1", received: "2021-10-27", submitted: "2021-10-27"),
            Row12(id: "2", received: "10/28/2021", submitted: "10/28/2021"));

        var ex = await RefusedAsync(text);

        Assert.Equal(CfpbRefusalReason.MixedDateFormats, ex.Reason);
        Assert.Contains("yyyy-mm-dd", ex.Message, StringComparison.Ordinal);
        Assert.Contains("mm/dd/yyyy", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, ex.LineNumber);
    }

    [Fact]
    public async Task ReadAsync_DateColumnsInDifferentFormats_RefusedAsMixed()
    {
        var text = File(Header14, Row14(received: "2014-03-05", sent: "03/06/2014"));

        var ex = await RefusedAsync(text);

        Assert.Equal(CfpbRefusalReason.MixedDateFormats, ex.Reason);
        Assert.Equal("Date sent to company", ex.Column);
    }

    [Fact]
    public async Task ReadAsync_NoRecognizableDate_Refused()
    {
        var text = File(Header12, Row12(received: "44927", submitted: "44926"), Row12(received: "Oct 27 2021", submitted: ""));

        var ex = await RefusedAsync(text);

        Assert.Equal(CfpbRefusalReason.UnrecognizedDates, ex.Reason);
    }

    [Fact]
    public async Task ReadAsync_OneUnparseableDateAmongGoodOnes_RejectsOnlyThatRow()
    {
        var text = File(
            Header12,
            Row12(id: "1"),
            Row12(id: "2", received: "2021-02-30"),
            Row12(id: "3", received: "not a date"),
            Row12(id: "4"));

        var (layout, rows) = await ReadAllAsync(text);

        Assert.Equal(CfpbDateFormat.IsoDate, layout.DateFormat);
        Assert.Equal(4, rows.Count);
        Assert.Equal([3L, 4L], rows.Where(r => r.IsRejected).Select(r => r.LineNumber));
        Assert.All(rows.Where(r => r.IsRejected), r => Assert.Equal("Date received", r.Rejection!.Field));
        Assert.Contains("yyyy-mm-dd", rows[1].Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_OtherFormatAfterScanWindow_RejectsThoseRows()
    {
        var text = File(
            Header12,
            Row12(id: "1"),
            Row12(id: "2"),
            Row12(id: "3", received: "10/27/2021"),
            Row12(id: "4"));

        var (layout, rows) = await ReadAllAsync(text, new CfpbImportOptions { DateScanRows = 2 });

        Assert.Equal(CfpbDateFormat.IsoDate, layout.DateFormat);
        var rejected = Assert.Single(rows, r => r.IsRejected);
        Assert.Equal(4, rejected.LineNumber);
        Assert.Equal(3, rows.Count(r => !r.IsRejected));
    }

    [Fact]
    public async Task ReadAsync_DateFormatForced_SkipsDetection()
    {
        var text = File(Header12, Row12(id: "1", received: "13/05/2021", submitted: ""), Row12(id: "2", received: "2021-05-13", submitted: ""));

        var (layout, rows) = await ReadAllAsync(text, new CfpbImportOptions { DateFormat = CfpbDateFormat.IsoDate });

        Assert.Equal(CfpbDateFormat.IsoDate, layout.DateFormat);
        Assert.True(rows[0].IsRejected);
        Assert.Equal(new DateOnly(2021, 5, 13), rows[1].Complaint!.ReceivedDate);
    }

    [Fact]
    public async Task ReadAsync_HeaderOnly_NoRowsAndNoDateFormat()
    {
        var (layout, rows) = await ReadAllAsync(File(Header18));

        Assert.Empty(rows);
        Assert.Null(layout.DateFormat);
        Assert.Equal(CfpbVintage.Current18, layout.Vintage);
    }

    [Fact]
    public async Task ReadAsync_CustomOffset_AppliedAtMidnight()
    {
        var options = new CfpbImportOptions { ReceivedAtOffset = TimeSpan.FromHours(-8) };

        var (_, rows) = await ReadAllAsync(File(Header12, Row12(received: "2023-01-31")), options);

        var complaint = Assert.Single(rows).Complaint!;
        Assert.Equal(TimeSpan.FromHours(-8), complaint.ReceivedAt.Offset);
        Assert.Equal(new DateOnly(2023, 1, 31), complaint.ReceivedDate);
    }
}
