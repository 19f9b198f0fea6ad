using RegulatorHub.Domain.Crosswalks;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Synthetic.Vocabulary;

namespace RegulatorHub.Synthetic.Tests;

[Collection(SampleCollection.Name)]
public sealed class CrosswalkTests(SampleFixture sample)
{
    [Fact]
    public void Generate_100kSample_EveryLabelMapsToItsGroundTruthCode()
    {
        foreach (var item in sample.Items)
        {
            var (categoryId, issueId) = FeedVocabulary.CrosswalksFor(item.Message.Kind!);

            Assert.True(CrosswalkCatalog.Default.Get(categoryId).TryMap(item.Message.Category!, out var subject, out var subjectFallback), item.Message.Category);
            Assert.True(CrosswalkCatalog.Default.Get(issueId).TryMap(item.Message.IssueType!, out var issue, out var issueFallback), item.Message.IssueType);
            Assert.False(subjectFallback);
            Assert.False(issueFallback);
            Assert.Equal(item.SubjectCode, subject);
            Assert.Equal(item.IssueCode, issue);
        }
    }

    [Fact]
    public void Vocabulary_EveryLabelTheGeneratorCanEmit_IsListedInItsCrosswalk()
    {
        var hotlineCategory = CrosswalkCatalog.Default.Get("hotline-category");
        var hotlineIssue = CrosswalkCatalog.Default.Get("hotline-issue");
        var platformCategory = CrosswalkCatalog.Default.Get("platform-category");
        var platformType = CrosswalkCatalog.Default.Get("platform-complaint-type");

        foreach (var subject in SubjectCatalog.All)
        {
            foreach (var (label, _) in subject.HotlineLabels)
            {
                Assert.True(hotlineCategory.TryMap(label, out var code, out var fallback) && !fallback, label);
                Assert.Equal(subject.Code, code);
            }
        }

        for (var i = 0; i < IssueCodes.Codes.Length; i++)
        {
            foreach (var (label, _) in IssueCodes.HotlineLabels[i])
            {
                Assert.True(hotlineIssue.TryMap(label, out var code, out var fallback) && !fallback, label);
                Assert.Equal(IssueCodes.Codes[i], code);
            }
        }

        foreach (var label in PlatformCatalog.Labels)
        {
            Assert.True(platformCategory.TryMap(label.Label, out var code, out var fallback) && !fallback, label.Label);
            Assert.Equal(label.SubjectCode, code);
        }

        foreach (var type in PlatformCatalog.ComplaintTypes)
        {
            Assert.True(platformType.TryMap(type.Label, out var code, out var fallback) && !fallback, type.Label);
            Assert.Equal(IssueCodes.Codes[type.Issue], code);
        }
    }

    [Fact]
    public void Generate_100kSample_EverySubjectAndIssueAppears()
    {
        Assert.Equal(24, sample.Items.Select(i => i.SubjectCode).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(11, sample.Items.Select(i => i.IssueCode).Distinct(StringComparer.Ordinal).Count());
    }
}
