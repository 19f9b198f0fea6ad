using RegulatorHub.Domain.Privacy;
using RegulatorHub.Ingestion.Scrubbing;
using Xunit.Abstractions;
using RegulatorHub.Testing.Scrubbing;

namespace RegulatorHub.Ingestion.Tests.Scrubbing;

public sealed class ScrubbingCorpusEvaluationTests
{
    private const int Seed = 20_261_123;
    private const int CorpusSize = 2_500;

    private static readonly PersonalDataKind[] s_strictKinds =
    [
        PersonalDataKind.ResidentId, PersonalDataKind.Mobile, PersonalDataKind.Landline, PersonalDataKind.BankCard,
        PersonalDataKind.Email,
    ];

    private readonly ITestOutputHelper _output;

    public ScrubbingCorpusEvaluationTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Generate_SameSeed_SameCorpus()
    {
        var a = new ScrubbingCorpusGenerator(Seed).Generate(50);
        var b = new ScrubbingCorpusGenerator(Seed).Generate(50);

        Assert.Equal(a.Select(n => n.Text), b.Select(n => n.Text));
    }

    [Fact]
    public void Detect_LabelledCorpus_MeetsPrecisionAndRecallGoals()
    {
        var corpus = new ScrubbingCorpusGenerator(Seed).Generate(CorpusSize);
        var metrics = new ScrubbingMetrics();
        foreach (var narrative in corpus)
        {
            metrics.Add(narrative.Labels, NarrativeScrubber.Detect(narrative.Text));
        }

        _output.WriteLine(metrics.Format());
        foreach (var kind in s_strictKinds)
        {
            var m = metrics.For(kind);
            Assert.True(m.Labels > 50, $"{kind}: only {m.Labels} labels planted");
            Assert.True(m.Recall >= 0.99, $"{kind}: recall {m.Recall:F4}");
            Assert.True(m.Precision >= 0.97, $"{kind}: precision {m.Precision:F4}");
        }

        Assert.True(metrics.For(PersonalDataKind.Name).Recall >= 0.90, $"Name recall {metrics.For(PersonalDataKind.Name).Recall:F4}");
        Assert.True(metrics.For(PersonalDataKind.Address).Recall >= 0.90, $"Address recall {metrics.For(PersonalDataKind.Address).Recall:F4}");
    }

    [Fact]
    public void Scrub_LabelledCorpus_LeavesLookAlikesAndRemovesPlantedValues()
    {
        var corpus = new ScrubbingCorpusGenerator(Seed).Generate(CorpusSize);
        var failures = new List<string>();
        foreach (var narrative in corpus)
        {
            var scrubbed = NarrativeScrubber.Scrub(narrative.Text).Text;
            foreach (var lookAlike in narrative.LookAlikes)
            {
                if (!scrubbed.Contains(lookAlike, StringComparison.Ordinal))
                {
                    failures.Add($"look-alike '{lookAlike}' lost in: {narrative.Text}");
                }
            }

            foreach (var label in narrative.Labels)
            {
                var value = narrative.Text.Substring(label.Start, label.Length);
                if (scrubbed.Contains(value, StringComparison.Ordinal))
                {
                    failures.Add($"{label.Kind} '{value}' kept in: {narrative.Text}");
                }
            }
        }

        foreach (var f in failures.Take(20))
        {
            _output.WriteLine(f);
        }

        Assert.True(failures.Count <= corpus.Count / 100, $"{failures.Count} failures; first: {failures.FirstOrDefault()}");
    }
}
