using System.Text;
using RegulatorHub.Hosting.Publishing;
using RegulatorHub.Synthetic;

namespace RegulatorHub.Ingestion.Tests.Publishing;

public sealed class FeedSourcesTests
{
    [Fact]
    public async Task JsonLines_SendsEachLineAsWrittenWithSourceAndCaseIdAsMessageId()
    {
        var lines = "{\"source\":\"12315-zj\",\"caseId\":\"ZJ-1\",\"narrative\":\"产品质量\"}\r\n\n  \n{\"caseId\":\"ZJ-2\",\"x\":{\"source\":\"nested\"},\"source\":\"12315-zj\"}";
        var problems = new List<LineProblem>();

        var messages = await ReadAsync(lines, problems);

        Assert.Empty(problems);
        Assert.Equal(["12315-zj:ZJ-1", "12315-zj:ZJ-2"], messages.Select(m => m.MessageId));
        Assert.Equal("{\"source\":\"12315-zj\",\"caseId\":\"ZJ-1\",\"narrative\":\"产品质量\"}", Encoding.UTF8.GetString(messages[0].Body.Span));
    }

    [Fact]
    public async Task JsonLines_LinesWithoutAnIdAreReportedByNumberAndNotSent()
    {
        var lines = "{\"source\":\"a\",\"caseId\":\"1\"}\nnot json\n[1,2]\n{\"source\":\"a\"}\n{\"source\":\"a\",\"caseId\":7}\n{\"source\":\"a\",\"caseId\":\"2\"}\n";
        var problems = new List<LineProblem>();

        var messages = await ReadAsync(lines, problems);

        Assert.Equal(["a:1", "a:2"], messages.Select(m => m.MessageId));
        Assert.Equal(
            [new LineProblem(2, "not valid JSON"), new LineProblem(3, "not a JSON object"), new LineProblem(4, "no string 'caseId' property"), new LineProblem(5, "no string 'caseId' property")],
            problems);
    }

    [Fact]
    public async Task JsonLines_LongFileAcrossManyBuffers_EveryLineRead()
    {
        var text = string.Join('\n', Enumerable.Range(1, 20_000).Select(i => $"{{\"source\":\"s\",\"caseId\":\"{i}\",\"narrative\":\"{new string('x', i % 300)}\"}}"));

        var messages = await ReadAsync(text, []);

        Assert.Equal(20_000, messages.Count);
        Assert.Equal("s:20000", messages[^1].MessageId);
    }

    [Fact]
    public async Task Synthetic_SameSeedSameMessages()
    {
        var options = SyntheticFeedOptions.Default with { Complaints = 50, Seed = 7 };

        var first = await FeedSources.Synthetic(options).ToListAsync();
        var second = await FeedSources.Synthetic(options).ToListAsync();

        Assert.Equal(first.Select(m => m.MessageId), second.Select(m => m.MessageId));
        Assert.All(first, m => Assert.Contains(":", m.MessageId, StringComparison.Ordinal));
    }

    private static async Task<List<Application.Messaging.OutboundFeedMessage>> ReadAsync(string text, List<LineProblem> problems)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await FeedSources.JsonLines(stream, problems.Add).ToListAsync();
    }
}
