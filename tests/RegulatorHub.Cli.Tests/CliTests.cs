using Microsoft.Data.Sqlite;

namespace RegulatorHub.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("regulatorhub-cli-");

    private static string BofaSample => Path.Combine(CliRunner.RepositoryRoot, "samples", "cfpb", "bofa_2017_2023.csv.gz");

    [Fact]
    public async Task Import_BofaSampleTwice_Stores62516ThenNothing()
    {
        var first = await CliRunner.RunAsync("import", "--format", "cfpb", BofaSample, "--data-dir", _data.FullName);
        var second = await CliRunner.RunAsync("import", "--format", "cfpb", BofaSample, "--data-dir", _data.FullName);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("stored 62,516, already stored 0, rejected 0", first.Output, StringComparison.Ordinal);
        Assert.Contains("12-column", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("stored 0, already stored 62,516, rejected 0", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FileWithBrokenRows_ReportsEachByLineAndStoresTheGoodOnes()
    {
        var file = Path.Combine(_data.FullName, "broken.csv");
        await File.WriteAllLinesAsync(file,
        [
            "Complaint ID,Submitted via,Date submitted,Date received,State,Product,Sub-product,Issue,Sub-issue,Company public response,Company response to consumer,Timely response?",
            "1001,Web,2021-10-24,2021-10-27,NY,Mortgage,,Trouble during payment process,,,Closed with explanation,Yes",
            "1002,Web,2021-10-24,not-a-date,NY,Mortgage,,Trouble during payment process,,,Closed with explanation,Yes",
            "1003,Phone,2021-10-25,2021-10-25,ZZ,Mortgage,,Trouble during payment process,,,Closed with explanation,Yes",
            ",Web,2021-10-26,2021-10-26,CA,Credit card,,Fees or interest,,,In progress,",
            "1005,Web,2021-10-26,2021-10-26,CA,Credit card,,Fees or interest,,,In progress,",
        ]);

        var result = await CliRunner.RunAsync("import", "--format", "cfpb", file, "--data-dir", _data.FullName);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("stored 2,", result.Output, StringComparison.Ordinal);
        Assert.Contains("rejected 3", result.Output, StringComparison.Ordinal);
        Assert.Contains("line 3:", result.Output, StringComparison.Ordinal);
        Assert.Contains("line 4:", result.Output, StringComparison.Ordinal);
        Assert.Contains("line 5:", result.Output, StringComparison.Ordinal);
        Assert.Contains("1002,Web,2021-10-24,not-a-date,NY,Mortgage", await QuarantinedPayloadsAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BrokenRowAfterTheDateScanWindow_KeptInQuarantineWithItsText()
    {
        var file = Path.Combine(_data.FullName, "long.csv");
        var lines = new List<string> { "Complaint ID,Submitted via,Date submitted,Date received,State,Product,Sub-product,Issue,Sub-issue,Company public response,Company response to consumer,Timely response?" };
        lines.AddRange(Enumerable.Range(1, 1_500).Select(i => $"{i},Web,2021-10-24,2021-10-27,NY,Mortgage,,Trouble during payment process,,,Closed with explanation,Yes"));
        lines.Add("9999,Web,2021-10-24,2021-10-27,NY,\"Mortgage, second\",,,,,Closed,Yes");
        await File.WriteAllLinesAsync(file, lines);

        var result = await CliRunner.RunAsync("import", "--format", "cfpb", file, "--data-dir", _data.FullName);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("stored 1,500,", result.Output, StringComparison.Ordinal);
        Assert.Contains("line 1502: Issue", result.Output, StringComparison.Ordinal);
        Assert.Contains("9999,Web,2021-10-24,2021-10-27,NY,\"Mortgage, second\"", await QuarantinedPayloadsAsync(), StringComparison.Ordinal);
    }

    private async Task<string> QuarantinedPayloadsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_data.FullName, "regulatorhub.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM quarantine";
        await using var reader = await command.ExecuteReaderAsync();
        var payloads = new System.Text.StringBuilder();
        while (await reader.ReadAsync())
        {
            payloads.AppendLine(System.Text.Encoding.UTF8.GetString((byte[])reader.GetValue(0)));
        }

        return payloads.ToString();
    }

    [Fact]
    public async Task Import_AmbiguousFile_RefusedWithAClearMessage()
    {
        var file = Path.Combine(_data.FullName, "few-columns.csv");
        await File.WriteAllLinesAsync(file, ["Complaint ID,Date received,Product,Issue", "1,2021-01-01,Mortgage,Fees"]);

        var result = await CliRunner.RunAsync("import", "--format", "cfpb", file, "--data-dir", _data.FullName);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("refused", result.Output, StringComparison.Ordinal);
        Assert.Contains("column", result.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Import_MissingFile_NamesTheFile()
    {
        var result = await CliRunner.RunAsync("import", "--format", "cfpb", "/no/such/file.csv", "--data-dir", _data.FullName);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/no/such/file.csv", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedThenStats_PrintsATableByCategory()
    {
        var seed = await CliRunner.RunAsync("seed", "--complaints", "2000", "--end", "2026-06-30", "--data-dir", _data.FullName);
        var stats = await CliRunner.RunAsync("stats", "--by", "category", "--top", "5", "--data-dir", _data.FullName);
        var again = await CliRunner.RunAsync("seed", "--complaints", "2000", "--data-dir", _data.FullName);

        Assert.Equal(0, seed.ExitCode);
        Assert.Contains("Stored", seed.Output, StringComparison.Ordinal);
        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("Category", stats.Output, StringComparison.Ordinal);
        Assert.Matches(@"goods\.|services\.", stats.Output);
        Assert.Contains("already seeded", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrub_LinesOnStdin_WritesThemScrubbedInOrder()
    {
        var input = "我叫张伟，电话13812345678，订单号20250315123456。\nNo personal data here.\nCall me at (415) 555-0123.\n";

        var result = await CliRunner.RunWithInputAsync(input, "scrub");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain("13812345678", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("张伟", lines[0], StringComparison.Ordinal);
        Assert.Contains("[手机号]", lines[0], StringComparison.Ordinal);
        Assert.Contains("20250315123456", lines[0], StringComparison.Ordinal);
        Assert.Equal("No personal data here.", lines[1]);
        Assert.DoesNotContain("555-0123", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--by", "stats", "--by", "colour")]
    [InlineData("--from", "stats", "--by", "category", "--from", "2025-13-01")]
    [InlineData("--top", "stats", "--by", "category", "--top", "0")]
    [InlineData("--complaints", "seed", "--complaints", "0")]
    [InlineData("--format", "import", "--format", "xml", "x.csv")]
    public async Task BadOption_ExitCode2NamingTheOption(string option, params string[] arguments)
    {
        var result = await CliRunner.RunAsync([.. arguments, "--data-dir", _data.FullName]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }
}
