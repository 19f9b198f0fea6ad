using RegulatorHub.Ingestion.Sources.Cfpb;
using static RegulatorHub.Ingestion.Tests.Cfpb.CfpbTestData;

namespace RegulatorHub.Ingestion.Tests.Cfpb;

public sealed class CfpbLayoutTests
{
    [Fact]
    public void DetectLayout_BofaExtractHeader_IsExtract12()
    {
        var layout = CfpbCsvReader.DetectLayout(Split(Header12));

        Assert.Equal(CfpbVintage.Extract12, layout.Vintage);
        Assert.Equal(12, layout.ColumnCount);
        Assert.False(layout.Has(CfpbColumn.Company));
        Assert.Equal(3, layout.Columns[CfpbColumn.DateReceived]);
        Assert.Equal(2, layout.Columns[CfpbColumn.DateSubmitted]);
        Assert.Equal(10, layout.Columns[CfpbColumn.CompanyResponse]);
        Assert.Empty(layout.IgnoredColumns);
        Assert.Null(layout.DateFormat);
    }

    [Fact]
    public void DetectLayout_2014Header_IsLegacy14WithCompanyResponse()
    {
        var layout = CfpbCsvReader.DetectLayout(Split(Header14));

        Assert.Equal(CfpbVintage.Legacy14, layout.Vintage);
        Assert.Equal(10, layout.Columns[CfpbColumn.Company]);
        Assert.Equal(11, layout.Columns[CfpbColumn.CompanyResponse]);
        Assert.Equal(13, layout.Columns[CfpbColumn.ConsumerDisputed]);
        Assert.False(layout.Has(CfpbColumn.Narrative));
    }

    [Fact]
    public void DetectLayout_CurrentHeader_IsCurrent18()
    {
        var layout = CfpbCsvReader.DetectLayout(Split(Header18));

        Assert.Equal(CfpbVintage.Current18, layout.Vintage);
        Assert.False(layout.UnderscoredHeaders);
        Assert.Equal(17, layout.Columns[CfpbColumn.ComplaintId]);
        Assert.Equal(5, layout.Columns[CfpbColumn.Narrative]);
        Assert.Equal(19 - 1, layout.Columns.Count);
    }

    [Fact]
    public void DetectLayout_UnderscoredHeader_IsApi18()
    {
        var layout = CfpbCsvReader.DetectLayout(Split(HeaderApi));

        Assert.Equal(CfpbVintage.Api18, layout.Vintage);
        Assert.True(layout.UnderscoredHeaders);
        Assert.Equal(5, layout.Columns[CfpbColumn.Narrative]);
        Assert.Equal(14, layout.Columns[CfpbColumn.CompanyResponse]);
        Assert.Equal(15, layout.Columns[CfpbColumn.TimelyResponse]);
        Assert.Equal("complaint_id", layout.HeaderOf(CfpbColumn.ComplaintId));
    }

    [Fact]
    public void DetectLayout_CaseSpacingAndQuestionMarksVary_StillRecognized()
    {
        string[] header =
        [
            "COMPLAINT_ID", " Submitted Via ", "date-submitted", "DATE RECEIVED", "state", "PRODUCT", "Sub product", "Issue",
            "SUB_ISSUE", "Company Public Response", "company response to consumer?", "Timely Response",
        ];

        var layout = CfpbCsvReader.DetectLayout(header);

        Assert.Equal(CfpbVintage.Extract12, layout.Vintage);
        Assert.Equal(0, layout.Columns[CfpbColumn.ComplaintId]);
        Assert.Equal(11, layout.Columns[CfpbColumn.TimelyResponse]);
    }

    [Fact]
    public void DetectLayout_UnknownExtraColumn_IsOtherAndIgnoresIt()
    {
        var layout = CfpbCsvReader.DetectLayout([.. Split(Header12), "Analyst note"]);

        Assert.Equal(CfpbVintage.Other, layout.Vintage);
        Assert.Equal(["Analyst note"], layout.IgnoredColumns);
        Assert.Contains("Analyst note", layout.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void DetectLayout_ElevenColumns_RefusedForColumnCount()
    {
        var ex = Assert.Throws<CfpbFormatException>(() => CfpbCsvReader.DetectLayout(Split(Header12)[..11]));

        Assert.Equal(CfpbRefusalReason.ColumnCount, ex.Reason);
        Assert.Contains("11 columns", ex.Message, StringComparison.Ordinal);
        Assert.Contains("12 to 18", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DetectLayout_NineteenColumns_RefusedForColumnCount()
    {
        var ex = Assert.Throws<CfpbFormatException>(() => CfpbCsvReader.DetectLayout([.. Split(Header18), "Extra"]));

        Assert.Equal(CfpbRefusalReason.ColumnCount, ex.Reason);
        Assert.Contains("19 columns", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DetectLayout_IssueMissing_RefusedNamingTheColumn()
    {
        var header = Split(Header14);
        header[3] = "Problem";

        var ex = Assert.Throws<CfpbFormatException>(() => CfpbCsvReader.DetectLayout(header));

        Assert.Equal(CfpbRefusalReason.MissingColumn, ex.Reason);
        Assert.Equal("Issue", ex.Column);
        Assert.Contains("Issue", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DetectLayout_ComplaintIdAndDateMissing_RefusedNamingBoth()
    {
        var header = Split(Header12);
        header[0] = "Case";
        header[3] = "When";

        var ex = Assert.Throws<CfpbFormatException>(() => CfpbCsvReader.DetectLayout(header));

        Assert.Contains("Complaint ID", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Date received", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DetectLayout_TwoHeadersClaimOneColumn_Refused()
    {
        var ex = Assert.Throws<CfpbFormatException>(() => CfpbCsvReader.DetectLayout([.. Split(Header14), "Company response to consumer"]));

        Assert.Equal(CfpbRefusalReason.DuplicateColumn, ex.Reason);
        Assert.Equal("Company response to consumer", ex.Column);
        Assert.Contains("'Company response'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_EmptyFile_Refused()
    {
        var ex = await RefusedAsync(string.Empty);

        Assert.Equal(CfpbRefusalReason.EmptyFile, ex.Reason);
    }

    [Fact]
    public async Task OpenAsync_SemicolonSeparatedFile_RefusedForColumnCount()
    {
        var ex = await RefusedAsync(File(Header12.Replace(',', ';'), Row12().Replace(',', ';')));

        Assert.Equal(CfpbRefusalReason.ColumnCount, ex.Reason);
    }

    [Theory]
    [InlineData(Header12, CfpbVintage.Extract12)]
    [InlineData(Header14, CfpbVintage.Legacy14)]
    [InlineData(Header18, CfpbVintage.Current18)]
    [InlineData(HeaderApi, CfpbVintage.Api18)]
    public async Task OpenAsync_EachVintage_ReportsVintageAndDateFormat(string header, CfpbVintage expected)
    {
        var row = expected switch
        {
            CfpbVintage.Extract12 => Row12(),
            CfpbVintage.Legacy14 => Row14(),
            _ => Row18(),
        };

        var (layout, rows) = await ReadAllAsync(File(header, row));

        Assert.Equal(expected, layout.Vintage);
        Assert.Equal(CfpbDateFormat.IsoDate, layout.DateFormat);
        var only = Assert.Single(rows);
        Assert.False(only.IsRejected, only.Rejection?.ToString());
    }

    [Fact]
    public async Task OpenAsync_Utf8ByteOrderMark_HeaderStillRecognized()
    {
        var (layout, rows) = await ReadAllAsync("\uFEFF" + File(Header12, Row12()));

        Assert.Equal(CfpbVintage.Extract12, layout.Vintage);
        Assert.Equal("Complaint ID", layout.HeaderOf(CfpbColumn.ComplaintId));
        Assert.False(Assert.Single(rows).IsRejected);
    }
}
