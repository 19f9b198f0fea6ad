using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Parquet;
using Parquet.Schema;

namespace RegulatorHub.Exports.Tests;

public sealed class StatisticsFileWriterGoldenTests
{
    [Fact]
    public async Task CsvWriter_GoldenTable_MatchesGoldenBytes()
    {
        var table = await StatisticsTestData.GoldenTableAsync();

        var bytes = await StatisticsTestData.WriteAsync(new StatisticsCsvWriter(), table);

        GoldenFiles.AssertMatches("statistics.csv", bytes);
    }

    [Fact]
    public async Task CsvWriter_GoldenTable_StartsWithBomAndEndsLinesWithCrLf()
    {
        var table = await StatisticsTestData.GoldenTableAsync();

        var bytes = await StatisticsTestData.WriteAsync(new StatisticsCsvWriter(), table);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("# suppression: " + table.Metadata.RuleDescription + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains("# definition: {\"schema\":\"statistics-definition/v1\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XlsxWriter_GoldenTable_ReadsBackAsGoldenDump()
    {
        var table = await StatisticsTestData.GoldenTableAsync();

        var bytes = await StatisticsTestData.WriteAsync(new StatisticsXlsxWriter(), table);

        GoldenFiles.AssertMatches("statistics.xlsx.txt", XlsxDump(bytes));
    }

    [Fact]
    public async Task ParquetWriter_GoldenTable_ReadsBackAsGoldenDump()
    {
        var table = await StatisticsTestData.GoldenTableAsync();

        var bytes = await StatisticsTestData.WriteAsync(new StatisticsParquetWriter(), table);

        GoldenFiles.AssertMatches("statistics.parquet.txt", await ParquetDump(bytes));
    }

    internal static string XlsxDump(byte[] bytes)
    {
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var dump = new StringBuilder();
        dump.Append(CultureInfo.InvariantCulture, $"title: {workbook.Properties.Title}\n");
        dump.Append(CultureInfo.InvariantCulture, $"subject: {workbook.Properties.Subject}\n");
        dump.Append(CultureInfo.InvariantCulture, $"comments: {workbook.Properties.Comments}\n");
        foreach (var sheet in workbook.Worksheets)
        {
            dump.Append(CultureInfo.InvariantCulture, $"sheet {sheet.Name} frozen rows={sheet.SheetView.SplitRow} columns={sheet.SheetView.SplitColumn}\n");
            foreach (var cell in sheet.CellsUsed())
            {
                var bold = cell.Style.Font.Bold ? " bold" : string.Empty;
                var formula = cell.HasFormula ? " FORMULA " + cell.FormulaA1 : string.Empty;
                dump.Append(CultureInfo.InvariantCulture, $"{cell.Address} {cell.DataType}{bold}{formula}: {Convert.ToString(cell.Value, CultureInfo.InvariantCulture)}\n");
            }
        }

        return dump.ToString();
    }

    internal static async Task<string> ParquetDump(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var dump = new StringBuilder();
        var fields = reader.Schema.GetDataFields();
        foreach (var field in fields)
        {
            dump.Append(CultureInfo.InvariantCulture, $"field {field.Name} {field.ClrType.Name} nullable={field.IsNullable}\n");
        }

        foreach (var (key, value) in reader.CustomMetadata.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            dump.Append(CultureInfo.InvariantCulture, $"meta {key}: {value}\n");
        }

        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var rows = (int)group.RowCount;
            var columns = new List<string[]>();
            foreach (var field in fields)
            {
                columns.Add(await ReadColumn(group, field, rows));
            }

            for (var r = 0; r < rows; r++)
            {
                dump.Append(string.Join(" | ", columns.Select(c => c[r]))).Append('\n');
            }
        }

        return dump.ToString();
    }

    private static async Task<string[]> ReadColumn(ParquetRowGroupReader group, DataField field, int rows)
    {
        if (field.ClrType != typeof(long) && field.ClrType != typeof(bool))
        {
            var values = new string?[rows];
            await group.ReadAsync(field, values.AsMemory());
            return [.. values.Select(v => v ?? "null")];
        }

        if (field.ClrType == typeof(long))
        {
            var values = new long?[rows];
            await group.ReadAsync<long>(field, values.AsMemory());
            return [.. values.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "null")];
        }

        var flags = new bool[rows];
        await group.ReadAsync<bool>(field, flags.AsMemory());
        return [.. flags.Select(v => v ? "true" : "false")];
    }
}
