using RegulatorHub.Domain.Privacy;
using RegulatorHub.Ingestion.Scrubbing;
using Xunit.Abstractions;
using SyntheticFeedGenerator = RegulatorHub.Synthetic.SyntheticFeedGenerator;
using SyntheticFeedOptions = RegulatorHub.Synthetic.SyntheticFeedOptions;

namespace RegulatorHub.Ingestion.Tests.Scrubbing;

/// <summary>Second, independent corpus: the platform's synthetic feed, which plants personal data and look-alikes.</summary>
public sealed class SyntheticFeedScrubbingTests
{
    private readonly ITestOutputHelper _output;

    public SyntheticFeedScrubbingTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Scrub_SyntheticFeed_RemovesPersonalDataAndKeepsLookAlikes()
    {
        var options = SyntheticFeedOptions.Default with { Complaints = 3_000 };
        var planted = 0;
        var leaked = new List<string>();
        var kept = 0;
        var lost = new List<string>();

        foreach (var complaint in new SyntheticFeedGenerator(options).Generate())
        {
            var narrative = complaint.Message.Narrative;
            if (narrative is null)
            {
                continue;
            }

            var scrubbed = NarrativeScrubber.Scrub(narrative).Text;
            foreach (var item in complaint.PersonalData)
            {
                planted++;
                if (scrubbed.Contains(StreetLevelPart(item), StringComparison.Ordinal))
                {
                    leaked.Add($"{item.Kind} '{item.Value}' in: {narrative}");
                }
            }

            foreach (var item in complaint.LookAlikes)
            {
                if (scrubbed.Contains(item.Value, StringComparison.Ordinal))
                {
                    kept++;
                }
                else
                {
                    lost.Add($"{item.Kind} '{item.Value}' in: {narrative}");
                }
            }
        }

        _output.WriteLine($"planted={planted} leaked={leaked.Count} lookAlikesKept={kept} lookAlikesLost={lost.Count}");
        foreach (var line in leaked.Take(15).Concat(lost.Take(15)))
        {
            _output.WriteLine(line);
        }

        Assert.True(planted > 100, $"only {planted} personal data items planted");
        Assert.True(leaked.Count <= planted / 100, $"{leaked.Count} of {planted} leaked; first: {leaked.FirstOrDefault()}");
        Assert.True(lost.Count <= (kept + lost.Count) / 100, $"{lost.Count} look-alikes lost; first: {lost.FirstOrDefault()}");
    }

    // The scrubber keeps the county-level part of an address by design, so only the part from the first digit on
    // (road number, building, room) has to disappear.
    private static string StreetLevelPart(RegulatorHub.Synthetic.EmbeddedPersonalData item)
    {
        if (item.Kind != RegulatorHub.Synthetic.PersonalDataKind.Address)
        {
            return item.Value;
        }

        var firstDigit = item.Value.AsSpan().IndexOfAnyInRange('0', '9');
        return firstDigit < 0 ? item.Value : item.Value[firstDigit..];
    }
}
