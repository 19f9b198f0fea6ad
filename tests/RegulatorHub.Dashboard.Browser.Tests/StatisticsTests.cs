using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.Playwright;
using RegulatorHub.Testing.Browser;

namespace RegulatorHub.Dashboard.Browser.Tests;

/// <summary>
/// The analyst's acceptance path: build a category × province table with suppressed cells, preview it, download CSV and
/// Excel, and find in both files exactly the previewed table (x marks included) and the suppression rule; then see both
/// downloads in "My exports".
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class StatisticsTests(DashboardFixture fixture)
{
    [Fact]
    public Task Analyst_builds_a_table_downloads_CSV_and_Excel_that_match_the_preview_and_sees_both_in_my_exports() =>
        fixture.RunAsync(nameof(Analyst_builds_a_table_downloads_CSV_and_Excel_that_match_the_preview_and_sees_both_in_my_exports), async page =>
        {
            await DashboardPage.SignInAsync(page, "analyst", "analyst-demo");
            await page.ClickAsync("[data-testid=nav-statistics]");
            await DashboardPage.WaitForInteractiveAsync(page);

            // The fresh page fills in a default range; then the analyst picks category × region (province), no periods, June.
            await DashboardPage.WaitForAddressAsync(page, url => url.Contains("from=", StringComparison.Ordinal), "a date range in the address");
            await page.SelectOptionAsync("[data-testid=stats-dimension-0]", "category");
            await page.SelectOptionAsync("[data-testid=stats-dimension-1]", "region");
            await page.SelectOptionAsync("[data-testid=stats-region-level]", "province");
            await page.SelectOptionAsync("[data-testid=stats-granularity]", "none");
            await page.FillAsync("[data-testid=stats-from]", "2026-06-01");
            await page.FillAsync("[data-testid=stats-to]", "2026-06-30");
            // Each change is one navigation; the address settles on the whole definition in its canonical order.
            const string Definition = "dimensions=category,region&regionLevel=province&granularity=none&from=2026-06-01&to=2026-06-30";
            await DashboardPage.WaitForAddressAsync(page, url => url.Contains(Definition, StringComparison.Ordinal), Definition);

            await page.ClickAsync("[data-testid=stats-preview]");
            await page.Locator("[data-testid=stats-table]").WaitForAsync();

            // The chart draws the same table (Plotly renders into an SVG once the data arrives).
            await page.Locator("#stats-chart .main-svg").First.WaitForAsync();
            var preview = await ReadPreviewAsync(page);
            Assert.True(preview.Rows.Count >= 2, "The preview has rows.");
            Assert.Contains(preview.Rows, row => row.Cells.Contains("x"));
            var rule = (await page.Locator("[data-testid=stats-rule]").TextContentAsync())!.Trim();
            Assert.StartsWith("Counts from 1 to", rule, StringComparison.Ordinal);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardFixture.ScreenshotDirectory, "statistics-builder.png"), FullPage = true });

            var csv = await DownloadAsync(page, "download-csv");
            var (csvTable, csvRule) = ReadCsv(csv);
            Assert.Equal(preview.Rows, csvTable);
            Assert.Equal(rule, csvRule);

            var xlsx = await DownloadAsync(page, "download-xlsx");
            var (xlsxTable, xlsxRule) = ReadXlsx(xlsx);
            Assert.Equal(preview.Rows, xlsxTable);
            Assert.Equal(rule, xlsxRule);

            // Both downloads are in the analyst's history, newest first, with the suppression counted.
            await page.ClickAsync("[data-testid=nav-exports]");
            var records = page.Locator("[data-testid=export-record]");
            await records.First.WaitForAsync();
            Assert.Equal("xlsx", await records.Nth(0).GetAttributeAsync("data-format"));
            Assert.Equal("csv", await records.Nth(1).GetAttributeAsync("data-format"));
            Assert.Equal(2, await page.Locator("[data-testid=export-record] [data-testid=export-run-again]").CountAsync());
        }, locale: "en", signedIn: false);

    // Each line: the row's code (empty for the total line), then every count as published ("x" when suppressed), then its total.
    private static async Task<(List<Line> Rows, int Columns)> ReadPreviewAsync(IPage page)
    {
        var lines = await page.Locator("[data-testid=stats-table] tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.getAttribute('data-row-key') ?? '', ...Array.from(r.querySelectorAll('td')).map(td => td.getAttribute('data-value'))])");
        var columns = await page.Locator("[data-testid=stats-table] thead th[data-column-key]").CountAsync();
        return ([.. lines.Select(l => new Line(l[0], [.. l.Skip(1)]))], columns);
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string testId)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"[data-testid={testId}]"));
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path);
    }

    private static (List<Line> Rows, string Rule) ReadCsv(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        var rule = text.Split('\n').Select(l => l.TrimEnd('\r')).Single(l => l.StartsWith("# suppression: ", StringComparison.Ordinal))["# suppression: ".Length..];
        var options = new CsvReaderOptions { Separator = ',', HasHeader = true, CommentPrefix = '#', DetectSeparatorHint = false };
        using var csv = CsvReader.Create(new StringReader(text), options, leaveOpen: false);
        var rows = new List<Line>();
        while (csv.Read())
        {
            rows.Add(FileLine([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]));
        }

        var header = csv.Headers;
        Assert.Equal(["category_code", "category_name"], header.Take(2));
        Assert.Equal("Total", header[^1]);
        return (rows, rule);
    }

    private static (List<Line> Rows, string Rule) ReadXlsx(byte[] bytes)
    {
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet("Statistics");
        var width = sheet.Row(1).LastCellUsed().Address.ColumnNumber;
        Assert.Equal("category_code", sheet.Cell(1, 1).GetString());
        var rows = new List<Line>();
        for (var r = 2; r <= sheet.LastRowUsed().RowNumber(); r++)
        {
            rows.Add(FileLine([.. Enumerable.Range(1, width).Select(c => sheet.Cell(r, c).GetString())]));
        }

        var metadata = workbook.Worksheet("Metadata");
        var rule = metadata.RowsUsed().Single(row => row.Cell(1).GetString() == "suppression").Cell(2).GetString();
        return (rows, rule);
    }

    // A file line has a code and a name per row dimension (one here); the total line starts "Total", "".
    private static Line FileLine(IReadOnlyList<string> fields) =>
        new(fields[0] == "Total" && fields[1].Length == 0 ? string.Empty : fields[0], [.. fields.Skip(2)]);

    private sealed record Line(string Key, IReadOnlyList<string> Cells)
    {
        public bool Equals(Line? other) => other is not null && Key == other.Key && Cells.SequenceEqual(other.Cells);

        public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

        public override string ToString() => $"{Key}: {string.Join(",", Cells)}";
    }
}
