using RegulatorHub.Domain.Regions;
using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Synthetic.Tests;

[Collection(SampleCollection.Name)]
public sealed class OutbreakTests(SampleFixture sample)
{
    [Fact]
    public void Outbreaks_DefaultOptions_AboutFourAYearWithinThePeriod()
    {
        var outbreaks = sample.Generator.Outbreaks;

        Assert.InRange(outbreaks.Count, 8, 13);
        Assert.All(outbreaks, o =>
        {
            Assert.InRange(o.Start, sample.Options.Start, sample.Options.End);
            Assert.InRange(o.End, o.Start, sample.Options.End);
            Assert.True(o.Complaints >= 3);
        });
        Assert.Equal(outbreaks.Count, outbreaks.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(sample.Generator.Summary.OutbreakComplaints, outbreaks.Sum(o => o.Complaints));
    }

    [Fact]
    public void Generate_100kSample_InjectedComplaintsCarryTheOutbreakDimensions()
    {
        foreach (var outbreak in sample.Generator.Outbreaks)
        {
            var injected = sample.Items.Where(i => i.OutbreakId == outbreak.Id && !i.IsResend).ToList();

            Assert.Equal(outbreak.Complaints, injected.Count);
            Assert.All(injected, i => Assert.True(Matches(i, outbreak), $"{outbreak.Id}: {i.Message.Source}:{i.Message.CaseId}"));
            Assert.All(injected, i => Assert.InRange(Day(i), outbreak.Start, outbreak.End));
        }
    }

    [Fact]
    public void Generate_100kSample_OutbreakWindowsStandOutFromTheirBaseline()
    {
        foreach (var outbreak in sample.Generator.Outbreaks)
        {
            var length = outbreak.End.DayNumber - outbreak.Start.DayNumber + 1;
            var baselineStart = outbreak.Start.AddDays(-4 * length);
            var during = sample.Items.Count(i => Matches(i, outbreak) && Day(i) >= outbreak.Start && Day(i) <= outbreak.End);
            var before = sample.Items.Count(i => Matches(i, outbreak) && Day(i) >= baselineStart && Day(i) < outbreak.Start);

            // The window holds every injected complaint, and far more than a window of the same length before it.
            Assert.True(during >= outbreak.Complaints, outbreak.Id);
            Assert.True(during > (before / 4.0 * 3) + 3, $"{outbreak.Id} ({outbreak.Description}): {during} in window, {before} in the 4 windows before");
        }
    }

    private static bool Matches(SyntheticComplaint item, GroundTruthOutbreak outbreak)
    {
        var m = item.Message;
        if (m.Kind != outbreak.Kind || item.SubjectCode != outbreak.SubjectCode || item.IssueCode != outbreak.IssueCode)
        {
            return false;
        }

        if (outbreak.MerchantKey is not null && item.MerchantKey != outbreak.MerchantKey)
        {
            return false;
        }

        if (outbreak.Platform is not null && m.Platform != outbreak.Platform)
        {
            return false;
        }

        var region = m.ConsumerRegion is null ? null
            : m.ConsumerRegion.Code ?? RegionGazetteer.Default.Resolve(m.ConsumerRegion.Province, m.ConsumerRegion.City, m.ConsumerRegion.County).Region?.Code;
        if (outbreak.CountyCode is not null && region != outbreak.CountyCode)
        {
            return false;
        }

        return outbreak.ProvinceCode is null || (region is not null && RegionGazetteer.Default.ProvinceCodeOf(region) == outbreak.ProvinceCode);
    }

    private static DateOnly Day(SyntheticComplaint item) => DateOnly.FromDateTime(item.Message.ReceivedAt!.Value.DateTime);
}
