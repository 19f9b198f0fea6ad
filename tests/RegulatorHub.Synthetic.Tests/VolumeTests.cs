using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Synthetic.Tests;

[Collection(SampleCollection.Name)]
public sealed class VolumeTests(SampleFixture sample)
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1_000)]
    [InlineData(12_345)]
    public void Generate_AnyCount_YieldsExactlyThatMany(int complaints)
    {
        var generator = new SyntheticFeedGenerator(SyntheticFeedOptions.Default with { Complaints = complaints });

        Assert.Equal(complaints, generator.Generate().Count());
        Assert.Equal(complaints, generator.Summary.Messages);
    }

    public static TheoryData<SyntheticFeedOptions> EdgeOptions => new()
    {
        SyntheticFeedOptions.Default with { Complaints = 3_000, PlatformShare = 0 },
        SyntheticFeedOptions.Default with { Complaints = 3_000, PlatformShare = 1 },
        SyntheticFeedOptions.Default with { Complaints = 3_000, Start = new DateOnly(2025, 11, 11), End = new DateOnly(2025, 11, 11) },
        SyntheticFeedOptions.Default with { Complaints = 3_000, OutbreaksPerYear = 0, PersonalDataShare = 0 },
        SyntheticFeedOptions.Default with { Complaints = 50, ResendShare = 0.2, CrossChannelDuplicateShare = 0.2, OutbreaksPerYear = 52 },
        SyntheticFeedOptions.Default with { Complaints = 20_000, Start = new DateOnly(2006, 7, 1), OutbreaksPerYear = 52 },
    };

    [Theory]
    [MemberData(nameof(EdgeOptions))]
    public void Generate_EdgeOptions_ExactCountOrderedAndMatchingSummary(SyntheticFeedOptions options)
    {
        var generator = new SyntheticFeedGenerator(options);

        var items = generator.Generate().ToList();

        Assert.Equal(options.Complaints, items.Count);
        Assert.Equal(generator.Summary.Resends, items.Count(i => i.IsResend));
        Assert.Equal(generator.Summary.CrossChannelDuplicates, items.Count(i => i.DuplicateOf is not null));
        Assert.Equal(generator.Summary.PlatformMessages, items.Count(i => !i.IsResend && i.Message.Kind == FeedVocabulary.PlatformKind));
        Assert.All(items, i => Assert.InRange(Day(i), options.Start, options.End));
        for (var i = 1; i < items.Count; i++)
        {
            Assert.True(items[i - 1].Message.ReceivedAt <= items[i].Message.ReceivedAt);
        }
    }

    [Fact]
    public void Generate_ShortPeriodManyComplaints_YieldsExactCountWithinPeriod()
    {
        var options = SyntheticFeedOptions.Default with { Complaints = 5_000, Start = new DateOnly(2025, 3, 10), End = new DateOnly(2025, 3, 20) };

        var items = new SyntheticFeedGenerator(options).Generate().ToList();

        Assert.Equal(5_000, items.Count);
        Assert.All(items, i => Assert.InRange(Day(i), options.Start, options.End));
    }

    [Fact]
    public void Generate_DefaultSample_ChronologicalOrder()
    {
        for (var i = 1; i < sample.Items.Count; i++)
        {
            Assert.True(sample.Items[i - 1].Message.ReceivedAt <= sample.Items[i].Message.ReceivedAt, $"Message {i} is earlier than message {i - 1}.");
        }
    }

    [Fact]
    public void Generate_DefaultSample_AllWithinDateRangeInChinaTime()
    {
        Assert.All(sample.Items, i =>
        {
            Assert.Equal(TimeSpan.FromHours(8), i.Message.ReceivedAt!.Value.Offset);
            Assert.InRange(Day(i), sample.Options.Start, sample.Options.End);
        });
        Assert.Equal(sample.Options.Start, Day(sample.Items[0]));
        Assert.Equal(sample.Options.End, Day(sample.Items[^1]));
    }

    [Fact]
    public void Summary_DefaultSample_MatchesOutput()
    {
        var summary = sample.Generator.Summary;
        var items = sample.Items;

        Assert.Equal(items.Count, summary.Messages);
        Assert.Equal(items.Count(i => i.IsResend), summary.Resends);
        Assert.Equal(items.Count(i => i.DuplicateOf is not null), summary.CrossChannelDuplicates);
        Assert.Equal(items.Count(i => i.OutbreakId is not null && !i.IsResend), summary.OutbreakComplaints);
        Assert.Equal(items.Count(i => !i.IsResend && i.Message.Kind == FeedVocabulary.HotlineKind), summary.HotlineMessages);
        Assert.Equal(items.Count(i => !i.IsResend && i.Message.Kind == FeedVocabulary.PlatformKind), summary.PlatformMessages);
        Assert.Equal(items.Select(i => i.Message.Source + ":" + i.Message.CaseId).Distinct(StringComparer.Ordinal).Count(), summary.UniqueCases);
        Assert.Equal(summary.Messages, summary.BaselineComplaints + summary.OutbreakComplaints + summary.CrossChannelDuplicates + summary.Resends);
    }

    [Fact]
    public void Generate_DefaultSample_BothKindsInRoughlyStatedShare()
    {
        var platform = sample.Items.Count(i => i.Message.Kind == FeedVocabulary.PlatformKind) / (double)sample.Items.Count;

        Assert.InRange(platform, 0.40, 0.50);
    }

    [Fact]
    public void Generate_DefaultSample_WeekdaysBusierThanWeekends()
    {
        var perDay = CountsPerDay(sample.Items);
        var weekday = perDay.Where(p => p.Key.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Average(p => p.Value);
        var weekend = perDay.Where(p => p.Key.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday).Average(p => p.Value);

        Assert.True(weekday > weekend * 1.15, $"weekday average {weekday:F1}, weekend average {weekend:F1}");
    }

    [Fact]
    public void Generate_DefaultSample_ConsumerRightsDayPeak()
    {
        var hotline = CountsPerDay(sample.Items.Where(i => i.Message.Kind == FeedVocabulary.HotlineKind));
        var peak = hotline.Where(p => p.Key is { Month: 3, Day: 15 }).Average(p => p.Value);
        var early = hotline.Where(p => p.Key is { Month: 3, Day: >= 1 and <= 10 }).Average(p => p.Value);

        Assert.True(peak > early * 1.6, $"3·15 average {peak:F1}, 1–10 March average {early:F1}");
    }

    [Fact]
    public void Generate_DefaultSample_PlatformSurgeAfterDouble11()
    {
        var platform = CountsPerDay(sample.Items.Where(i => i.Message.Kind == FeedVocabulary.PlatformKind));
        var surge = platform.Where(p => p.Key is { Month: 11, Day: >= 12 and <= 18 }).Average(p => p.Value);
        var before = platform.Where(p => p.Key is { Month: 10, Day: >= 15 }).Average(p => p.Value);
        var later = platform.Where(p => p.Key is { Month: 12, Day: >= 5 and <= 20 }).Average(p => p.Value);

        Assert.True(surge > before * 1.6, $"12–18 Nov average {surge:F1}, late October average {before:F1}");
        Assert.True(surge > later * 1.6, $"12–18 Nov average {surge:F1}, December average {later:F1}");
    }

    [Fact]
    public void Generate_DefaultSample_InternetServicesRiseOverThePeriod()
    {
        var hotline = sample.Items.Where(i => i.Message.Kind == FeedVocabulary.HotlineKind).ToList();
        var firstYear = hotline.Where(i => Day(i) < sample.Options.Start.AddYears(1)).ToList();
        var lastYear = hotline.Where(i => Day(i) > sample.Options.End.AddYears(-1)).ToList();

        double Share(List<SyntheticComplaint> items) => items.Count(i => i.SubjectCode == "services.internet") / (double)items.Count;

        Assert.True(Share(lastYear) > Share(firstYear) * 1.2, $"first year {Share(firstYear):P1}, last year {Share(lastYear):P1}");
    }

    [Fact]
    public void Generate_DefaultSample_OlderComplaintsMostlyClosed()
    {
        var old = sample.Items.Where(i => Day(i) < sample.Options.End.AddDays(-90)).ToList();
        var recent = sample.Items.Where(i => Day(i) > sample.Options.End.AddDays(-3)).ToList();

        Assert.True(old.Count(i => i.Message.Status == "closed") > 0.85 * old.Count);
        Assert.True(recent.Count(i => i.Message.Status == "closed") < 0.3 * recent.Count);
        Assert.All(sample.Items, i => Assert.True(i.Message.Outcome is null || i.Message.Status == "closed"));
    }

    private static DateOnly Day(SyntheticComplaint item) => DateOnly.FromDateTime(item.Message.ReceivedAt!.Value.DateTime);

    private static Dictionary<DateOnly, int> CountsPerDay(IEnumerable<SyntheticComplaint> items) =>
        items.GroupBy(Day).ToDictionary(g => g.Key, g => g.Count());
}
